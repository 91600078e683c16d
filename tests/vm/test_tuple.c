/*
 * tests/vm/test_tuple.c - tuple objects against CPython 3.11.
 *
 * Each test runs a small program on a fresh VM and compares everything it
 * prints with what python3.11 printed for the same program (the expected
 * text below was produced by running each program under /usr/bin/python3).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "jumpgate.h"
#include "vm.h"
#include "tuple.h"
#include "vm_harness.h"

static void test_hash_lanes_give_cpythons_tuple_hashes(void **unused)
{
    (void)unused;
    int64_t none[1] = {0};
    int64_t one_two[2] = {1, 2};
    int64_t minus[1] = {-2};
    assert_true(jg_tuple_hash_lanes(none, 0) == 5740354900026072187ll);
    assert_true(jg_tuple_hash_lanes(one_two, 2) == -3550055125485641917ll);
    assert_true(jg_tuple_hash_lanes(minus, 1) == 8078679518589016365ll);
}

static void test_pairs_are_two_inline_items(void **unused)
{
    (void)unused;
    jg_err err;
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    jg_tuple *t = jg_tuple_pack2(vm, jg_int(1), jg_int(2));
    assert_int_equal(t->len, 2);
    assert_true(sizeof(jg_tuple) + 2 * sizeof(jg_value) <= 48);
    int64_t h;
    assert_int_equal(jg_tuple_hash_items(vm, t->items, t->len, &h), JG_OK);
    assert_true(h == -3550055125485641917ll);
    assert_ptr_equal(jg_tuple_new(vm, 0), jg_tuple_new(vm, 0));
    jg_vm_free(&vm);
}

static void test_reprs_match_cpython(void **unused)
{
    (void)unused;
    expect_output("print((), (1,), (1, 2), ('a', \"b'c\", None, True, 1.5), ((1,), ((),)))\n"
        "print(repr((1, [2, (3,)])), str(('x',)))\n",
        "() (1,) (1, 2) ('a', \"b'c\", None, True, 1.5) ((1,), ((),))\n"
        "(1, [2, (3,)]) ('x',)\n");
}

static void test_hash_is_cpythons_xxhash(void **unused)
{
    (void)unused;
    expect_output("print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((1, 2), (3,"
        " 4))))\n"
        "print(hash((1.5, 2.0, -3)), hash((True, False, None)) == hash((1, 0, Non"
        "e)), hash((2**61, 2**70)))\n"
        "print(hash((1, (2, (3, (4,))))), hash(tuple(range(20))))\n",
        "5740354900026072187 -6644214454873602895 -3550055125485641917 8078679518"
        "589016365 -1467267874458550984\n"
        "-4189174160255492353 True -8846299738375034064\n"
        "135294473449115980 -9217304902224717415\n");
}

static void test_equal_tuples_hash_equal_and_work_as_keys(void **unused)
{
    (void)unused;
    expect_output("d = {(1, 2): 'a', (1, (2, 3)): 'b'}\n"
        "print(d[(1, 2)], d[(1, (2, 3))], (1, 2) in d, (2, 1) in d, d.get((1.0, 2"
        ".0)))\n"
        "print(hash((1, 2)) == hash((1.0, 2.0)), {(1, 2), (1.0, 2.0), (2, 1)} == "
        "{(1, 2), (2, 1)})\n",
        "a b True False a\n"
        "True True\n");
}

static void test_indexing_and_slicing(void **unused)
{
    (void)unused;
    expect_output("t = (10, 20, 30, 40, 50)\n"
        "print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[-2:], t[10:], t[:-10], t[1"
        ":4:2], t[4:0:-2])\n"
        "print(t[True], t[2**70:], t[-2**70:2])\n"
        "for bad in [lambda: t[5], lambda: t[-6], lambda: t['a'], lambda: t[1.0],"
        " lambda: t[::0], lambda: t[2**70], lambda: t['a':]]:\n"
        "    try:\n"
        "        bad()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "10 50 (20, 30) (50, 40, 30, 20, 10) (10, 30, 50) (40, 50) () () (20, 40)"
        " (50, 30)\n"
        "20 () (10, 20)\n"
        "IndexError tuple index out of range\n"
        "IndexError tuple index out of range\n"
        "TypeError tuple indices must be integers or slices, not str\n"
        "TypeError tuple indices must be integers or slices, not float\n"
        "ValueError slice step cannot be zero\n"
        "IndexError cannot fit 'int' into an index-sized integer\n"
        "TypeError slice indices must be integers or None or have an __index__ me"
        "thod\n");
}

static void test_concatenation_and_repetition(void **unused)
{
    (void)unused;
    expect_output("print((1, 2) + (3,), () + (), (1,) * 3, 3 * (0, 1), (1, 2) * 0, (1,) * -"
        "5, (1, 2) * True)\n"
        "t = (1,)\n"
        "t += (2,)\n"
        "t *= 2\n"
        "print(t)\n"
        "for bad in [lambda: (1,) + [2], lambda: (1,) + 1, lambda: (1,) * 2.0, la"
        "mbda: (1,) * 'a', lambda: 2.5 * (1,), lambda: (1,) * (2,)]:\n"
        "    try:\n"
        "        bad()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "(1, 2, 3) () (1, 1, 1) (0, 1, 0, 1, 0, 1) () () (1, 2)\n"
        "(1, 2, 1, 2)\n"
        "can only concatenate tuple (not \"list\") to tuple\n"
        "can only concatenate tuple (not \"int\") to tuple\n"
        "can't multiply sequence by non-int of type 'float'\n"
        "can't multiply sequence by non-int of type 'str'\n"
        "can't multiply sequence by non-int of type 'float'\n"
        "can't multiply sequence by non-int of type 'tuple'\n");
}

static void test_comparisons_are_lexicographic(void **unused)
{
    (void)unused;
    expect_output("print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, "
        "2), () < (0,))\n"
        "print((1, 'a') < (1, 'b'), (1, 2) <= (1, 2), (1, 2) >= (1, 3), (1, 2) !="
        " (1, 2.0))\n"
        "nan = float('nan')\n"
        "print((1, [2]) == (1, [2]), (nan,) == (nan,), (nan,) < (nan, 1), nan in "
        "(1, nan))\n"
        "try:\n"
        "    (1, 2) < (1, 'a')\n"
        "except TypeError as e:\n"
        "    print(e)\n"
        "try:\n"
        "    (1,) < [1]\n"
        "except TypeError as e:\n"
        "    print(e)\n"
        "print((1,) == [1], (1, 2) != [1, 2])\n",
        "True True True True True\n"
        "True True False False\n"
        "True True True True\n"
        "'<' not supported between instances of 'int' and 'str'\n"
        "'<' not supported between instances of 'tuple' and 'list'\n"
        "False True\n");
}

static void test_index_count_and_membership(void **unused)
{
    (void)unused;
    expect_output("t = (1, 2, 3, 2, 1, 2.0, True)\n"
        "print(t.index(2), t.index(2, 2), t.index(1, 1), t.count(2), t.count(1), "
        "t.count('x'), 3 in t, 9 in t)\n"
        "print(t.index(2, -4), t.index(1, 0, 1), ((1,), [2]).index([2]))\n"
        "for bad in [lambda: t.index(9), lambda: t.index(), lambda: t.index(1, 'a"
        "'), lambda: t.count(), lambda: t.index(2, 0, 1)]:\n"
        "    try:\n"
        "        bad()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "1 3 4 3 3 0 True False\n"
        "3 0 1\n"
        "ValueError tuple.index(x): x not in tuple\n"
        "TypeError index expected at least 1 argument, got 0\n"
        "TypeError slice indices must be integers or have an __index__ method\n"
        "TypeError tuple.count() takes exactly one argument (0 given)\n"
        "ValueError tuple.index(x): x not in tuple\n");
}

static void test_constructor_takes_any_iterable(void **unused)
{
    (void)unused;
    expect_output("print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'a': "
        "1}), tuple(x * x for x in range(4)))\n"
        "print(tuple(map(str, [1, 2])), tuple(zip((1, 2), 'ab')), tuple(reversed("
        "(1, 2, 3))))\n"
        "t = (1, 2)\n"
        "print(tuple(t) is t, tuple(iter([])))\n"
        "for bad in [lambda: tuple(1), lambda: tuple(1, 2), lambda: tuple(x=1)]:\n"
        "    try:\n"
        "        bad()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "() (1, 2) ('a', 'b') (0, 1, 2) ('a',) (0, 1, 4, 9)\n"
        "('1', '2') ((1, 'a'), (2, 'b')) (3, 2, 1)\n"
        "True ()\n"
        "'int' object is not iterable\n"
        "tuple expected at most 1 argument, got 2\n"
        "tuple() takes no keyword arguments\n");
}

static void test_nested_containers_repr_with_recursion(void **unused)
{
    (void)unused;
    expect_output("l = []\n"
        "t = (l, 1)\n"
        "l.append(t)\n"
        "print(t, l)\n",
        "([(...)], 1) [([...], 1)]\n");
}

static void test_unpacking_and_iteration(void **unused)
{
    (void)unused;
    expect_output("a, b, *c = (1, 2, 3, 4)\n"
        "print(a, b, c)\n"
        "for x, y in ((1, 2), (3, 4)):\n"
        "    print(x + y, end=' ')\n"
        "print(len((1, 2, 3)), list(iter((5, 6))), max((3, 9, 2)), sum((1, 2, 3))"
        ")\n",
        "1 2 [3, 4]\n"
        "3 7 3 [5, 6] 9 6\n");
}

static void test_user_objects_with_python_eq_and_hash(void **unused)
{
    (void)unused;
    expect_output("class P:\n"
        "    def __init__(self, x):\n"
        "        self.x = x\n"
        "    def __eq__(self, o):\n"
        "        print('eq', self.x, o.x if isinstance(o, P) else o)\n"
        "        return isinstance(o, P) and self.x == o.x\n"
        "    def __hash__(self):\n"
        "        return hash(self.x)\n"
        "    def __repr__(self):\n"
        "        return 'P(%d)' % self.x\n"
        "t = (P(1), P(2))\n"
        "print(t, t == (P(1), P(2)), P(2) in t, t.index(P(2)), t.count(P(1)))\n"
        "print(hash(t) == hash((1, 2)), {t: 1}[(P(1), P(2))])\n",
        "eq 1 1\n"
        "eq 2 2\n"
        "eq 1 2\n"
        "eq 2 2\n"
        "eq 1 2\n"
        "eq 2 2\n"
        "eq 1 1\n"
        "eq 2 1\n"
        "(P(1), P(2)) True True 1 1\n"
        "eq 1 1\n"
        "eq 2 2\n"
        "True 1\n");
}

static void test_subclass_instances_behave_as_tuples(void **unused)
{
    (void)unused;
    expect_output("class Pair(tuple):\n"
        "    def first(self):\n"
        "        return self[0]\n"
        "p = Pair((3, 4))\n"
        "print(p, p.first(), len(p), p + (5,), type(p + (5,)).__name__, p == (3, "
        "4), hash(p) == hash((3, 4)))\n"
        "print(type(p[:]).__name__, isinstance(p, tuple))\n",
        "(3, 4) 3 2 (3, 4, 5) tuple True True\n"
        "tuple True\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hash_lanes_give_cpythons_tuple_hashes),
        cmocka_unit_test(test_pairs_are_two_inline_items),
        cmocka_unit_test(test_reprs_match_cpython),
        cmocka_unit_test(test_hash_is_cpythons_xxhash),
        cmocka_unit_test(test_equal_tuples_hash_equal_and_work_as_keys),
        cmocka_unit_test(test_indexing_and_slicing),
        cmocka_unit_test(test_concatenation_and_repetition),
        cmocka_unit_test(test_comparisons_are_lexicographic),
        cmocka_unit_test(test_index_count_and_membership),
        cmocka_unit_test(test_constructor_takes_any_iterable),
        cmocka_unit_test(test_nested_containers_repr_with_recursion),
        cmocka_unit_test(test_unpacking_and_iteration),
        cmocka_unit_test(test_user_objects_with_python_eq_and_hash),
        cmocka_unit_test(test_subclass_instances_behave_as_tuples),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
