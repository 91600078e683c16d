/*
 * tests/vm/test_iter.c - the built-in iterators against CPython 3.11.
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
#include "iter.h"
#include "list.h"
#include "range.h"
#include "vm_harness.h"

static void test_inline_steps_of_list_and_range_iterators(void **unused)
{
    (void)unused;
    jg_err err;
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    jg_value items[2] = {jg_int(7), jg_int(8)};
    jg_list *l = jg_list_from(vm, items, 2);
    jg_iter *it = jg_iter_new(vm, vm->t.list_iterator, JG_IT_LIST, jg_obj_value(l));
    jg_value v;
    assert_true(jg_iter_list_next(it, &v) && v == jg_int(7));
    assert_true(jg_iter_list_next(it, &v) && v == jg_int(8));
    assert_false(jg_iter_list_next(it, &v));
    assert_int_equal(jg_list_append(vm, l, jg_int(9)), JG_OK);
    assert_false(jg_iter_list_next(it, &v)); /* exhausted stays exhausted */
    jg_value r;
    assert_int_equal(jg_range_new(vm, jg_int(10), jg_int(0), jg_int(-3), &r), JG_OK);
    jg_value ri;
    assert_int_equal(jg_get_iter(vm, r, &ri), JG_OK);
    jg_iter *rit = JG_AS(jg_iter, ri);
    assert_int_equal(rit->pos_flags, 0);
    int64_t want[4] = {10, 7, 4, 1}, n = 0;
    while (jg_iter_range_next(rit, &v))
        assert_true(v == jg_int(want[n++]));
    assert_int_equal(n, 4);
    jg_vm_free(&vm);
}

static void test_enumerate_with_start(void **unused)
{
    (void)unused;
    expect_output("print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate(["
        "], 1)), list(enumerate('ab', start=-1)))\n"
        "print(list(enumerate('ab', 2**70)), list(enumerate(iterable='xy')), type"
        "(enumerate([])).__name__)\n"
        "e = enumerate(iter([1, 2, 3]))\n"
        "print(next(e), list(e), list(e))\n"
        "for f in [lambda: enumerate(), lambda: enumerate(1), lambda: enumerate(["
        "], 'a'), lambda: enumerate([], 1, 2),\n"
        "          lambda: enumerate(x=1), lambda: enumerate([], start=1.5)]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "[(0, 'a'), (1, 'b'), (2, 'c')] [(5, 'a'), (6, 'b')] [] [(-1, 'a'), (0, '"
        "b')]\n"
        "[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')] [(0, 'x')"
        ", (1, 'y')] enumerate\n"
        "(0, 1) [(1, 2), (2, 3)] []\n"
        "enumerate() missing required argument 'iterable'\n"
        "'int' object is not iterable\n"
        "'str' object cannot be interpreted as an integer\n"
        "enumerate() takes at most 2 arguments (3 given)\n"
        "'x' is an invalid keyword argument for enumerate()\n"
        "'float' object cannot be interpreted as an integer\n");
}

static void test_zip_and_strict_zip(void **unused)
{
    (void)unused;
    expect_output("print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip(["
        "1], [2], [3])), list(zip(range(3), 'xyz', strict=True)))\n"
        "for args in [([1, 2], [1]), ([1, 2], [1, 2], [1]), ([1], [1, 2]), ([1], "
        "[1], [1, 2]), ([], [1])]:\n"
        "    try:\n"
        "        print(list(zip(*args, strict=True)))\n"
        "    except ValueError as e:\n"
        "        print(e)\n"
        "z = zip(iter([1, 2, 3]), iter('ab'))\n"
        "print(list(z), list(z))\n"
        "for f in [lambda: zip(1), lambda: zip(x=1), lambda: zip([1], 2)]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "[] [('a',), ('b',)] [('a', 1), ('b', 2)] [(1, 2, 3)] [(0, 'x'), (1, 'y')"
        ", (2, 'z')]\n"
        "zip() argument 2 is shorter than argument 1\n"
        "zip() argument 3 is shorter than arguments 1-2\n"
        "zip() argument 2 is longer than argument 1\n"
        "zip() argument 3 is longer than arguments 1-2\n"
        "zip() argument 2 is longer than argument 1\n"
        "[(1, 'a'), (2, 'b')] []\n"
        "'int' object is not iterable\n"
        "'x' is an invalid keyword argument for zip()\n"
        "'int' object is not iterable\n");
}

static void test_map_and_filter(void **unused)
{
    (void)unused;
    expect_output("print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list("
        "map(str, range(3))), list(map(int, '123')))\n"
        "print(list(map(lambda x, y: x + y, 'ab', 'xyz')), list(map(len, ['a', 'b"
        "b'])), list(map(tuple, ['ab'])))\n"
        "print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(bool, [0"
        ", 2])), list(filter(lambda x: x % 2, range(7))))\n"
        "print(list(filter(str.isdigit, 'a1b2')), list(filter(len, ['', 'x'])))\n"
        "m = map(abs, [-1, -2])\n"
        "print(next(m), list(m), list(m))\n"
        "for f in [lambda: map(len), lambda: map(), lambda: filter(), lambda: fil"
        "ter(None),\n"
        "          lambda: list(map(None, [1])), lambda: list(filter(1, [1])), la"
        "mbda: map(len, 1)]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "[1, 2, 3] [8, 9] ['0', '1', '2'] [1, 2, 3]\n"
        "['ax', 'by'] [1, 2] [('a', 'b')]\n"
        "[1, 'a', [0]] [2] [1, 3, 5]\n"
        "['1', '2'] ['x']\n"
        "1 [2] []\n"
        "map() must have at least two arguments.\n"
        "map() must have at least two arguments.\n"
        "filter expected 2 arguments, got 0\n"
        "filter expected 2 arguments, got 1\n"
        "'NoneType' object is not callable\n"
        "'int' object is not callable\n"
        "'int' object is not iterable\n");
}

static void test_python_code_inside_native_iterators(void **unused)
{
    (void)unused;
    expect_output("class R:\n"
        "    def __init__(self, n):\n"
        "        self.n = n\n"
        "    def __repr__(self):\n"
        "        return 'R%d' % self.n\n"
        "print(list(map(repr, [R(1), R(2)])), list(map(str, [1, R(2), 3])), tuple"
        "(map(str, [R(5), 6])))\n"
        "def g():\n"
        "    yield 1\n"
        "    yield 2\n"
        "print(list(map(lambda x: x * 10, g())), list(zip(g(), map(str, [R(7), R("
        "8)]))), sorted(map(str, [R(2), R(1)])))\n"
        "out = [0]\n"
        "out += map(str, [R(3), R(4)])\n"
        "out.extend(filter(lambda r: r.n > 1, [R(1), R(2)]))\n"
        "print(out)\n"
        "class B:\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "    def __bool__(self):\n"
        "        return self.v\n"
        "print(len(list(filter(None, [B(True), B(False), B(True)]))))\n"
        "print(dict(zip(['a', 'b'], map(str, [R(1), R(2)]))), set(map(str, [R(9)]"
        ")), list(enumerate(g(), 1)))\n",
        "['R1', 'R2'] ['1', 'R2', '3'] ('R5', '6')\n"
        "[10, 20] [(1, 'R7'), (2, 'R8')] ['R1', 'R2']\n"
        "[0, 'R3', 'R4', R2]\n"
        "2\n"
        "{'a': 'R1', 'b': 'R2'} {'R9'} [(1, 1), (2, 2)]\n");
}

static void test_reversed_of_sequences_and_user_classes(void **unused)
{
    (void)unused;
    expect_output("print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reverse"
        "d('abcé')), list(reversed(range(3))))\n"
        "print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items()))"
        ", type(reversed((1,))).__name__)\n"
        "class Seq:\n"
        "    def __len__(self):\n"
        "        return 3\n"
        "    def __getitem__(self, i):\n"
        "        if i >= 3:\n"
        "            raise IndexError(i)\n"
        "        return i * 10\n"
        "print(list(reversed(Seq())), list(Seq()), 20 in Seq())\n"
        "class Rev:\n"
        "    def __reversed__(self):\n"
        "        return iter('zyx')\n"
        "print(list(reversed(Rev())))\n"
        "class NotRev:\n"
        "    __reversed__ = None\n"
        "for f in [lambda: reversed(1), lambda: reversed({1}), lambda: reversed()"
        ", lambda: reversed([], []),\n"
        "          lambda: reversed(x=1), lambda: reversed(NotRev())]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n"
        "r = reversed([1, 2])\n"
        "print(next(r), next(r), next(r, 'done'))\n",
        "[3, 2, 1] [3, 2, 1] ['é', 'c', 'b', 'a'] [2, 1, 0]\n"
        "['b', 'a'] [('a', 1)] reversed\n"
        "[20, 10, 0] [0, 10, 20] True\n"
        "['z', 'y', 'x']\n"
        "'int' object is not reversible\n"
        "'set' object is not reversible\n"
        "reversed expected 1 argument, got 0\n"
        "reversed expected 1 argument, got 2\n"
        "reversed() takes no keyword arguments\n"
        "'NotRev' object is not reversible\n"
        "2 1 done\n");
}

static void test_iter_with_sentinel(void **unused)
{
    (void)unused;
    expect_output("data = [1, 2, 3, 0, 4]\n"
        "pos = [0]\n"
        "def read():\n"
        "    pos[0] += 1\n"
        "    return data[pos[0] - 1]\n"
        "print(list(iter(read, 0)), next(iter(read, 4), 'end'))\n"
        "class Stop:\n"
        "    def __init__(self):\n"
        "        self.n = 0\n"
        "    def __call__(self):\n"
        "        self.n += 1\n"
        "        if self.n > 2:\n"
        "            raise StopIteration\n"
        "        return self.n\n"
        "print(list(iter(Stop(), 99)))\n"
        "try:\n"
        "    iter(1, 2)\n"
        "except TypeError as e:\n"
        "    print(e)\n",
        "[1, 2, 3] end\n"
        "[1, 2]\n"
        "iter(v, w): v must be callable\n");
}

static void test_user_iterators_in_constructors(void **unused)
{
    (void)unused;
    expect_output("class Count:\n"
        "    def __init__(self, n):\n"
        "        self.i = 0\n"
        "        self.n = n\n"
        "    def __iter__(self):\n"
        "        return self\n"
        "    def __next__(self):\n"
        "        if self.i >= self.n:\n"
        "            raise StopIteration\n"
        "        self.i += 1\n"
        "        return self.i\n"
        "print(list(Count(3)), tuple(Count(3)), set(Count(3)), dict.fromkeys(Coun"
        "t(2)), sorted(Count(3), reverse=True))\n"
        "print(frozenset(Count(2)), dict(zip(Count(2), Count(2))), list(enumerate"
        "(Count(2))), max(Count(4)))\n"
        "s = {9}\n"
        "s.update(Count(2)); print(s)\n"
        "l = [1]\n"
        "l.extend(Count(2)); l[1:2] = Count(3); print(l)\n"
        "d = {}\n"
        "d.update(zip('ab', Count(2))); print(d)\n"
        "print([x for x in Count(2)], list(map(str, Count(2))), list(filter(lambd"
        "a x: x > 1, Count(3))))\n",
        "[1, 2, 3] (1, 2, 3) {1, 2, 3} {1: None, 2: None} [3, 2, 1]\n"
        "frozenset({1, 2}) {1: 1, 2: 2} [(0, 1), (1, 2)] 4\n"
        "{9, 2, 1}\n"
        "[1, 1, 2, 3, 2]\n"
        "{'a': 1, 'b': 2}\n"
        "[1, 2] ['1', '2'] [2, 3]\n");
}

static void test_iterators_stay_exhausted(void **unused)
{
    (void)unused;
    expect_output("a = [1]\n"
        "it = iter(a)\n"
        "print(list(it)); a.append(2); print(list(it))\n"
        "t = iter((1, 2))\n"
        "print(list(t), list(t))\n"
        "d = {'a': 1}\n"
        "di = iter(d)\n"
        "print(list(di), list(di))\n"
        "s = iter({1})\n"
        "print(list(s), list(s))\n"
        "st = iter('ab')\n"
        "print(list(st), list(st), type(st).__name__ in ('str_iterator', 'str_asc"
        "ii_iterator'))\n",
        "[1]\n"
        "[]\n"
        "[1, 2] []\n"
        "['a'] []\n"
        "[1] []\n"
        "['a', 'b'] [] True\n");
}

static void test_python_halves_of_iterator_constructors(void **unused)
{
    (void)unused;
    expect_output("class I:\n"
        "    def __index__(self):\n"
        "        return 10\n"
        "def gen(n):\n"
        "    for i in range(n):\n"
        "        yield i\n"
        "print(list(enumerate('ab', I())), list(zip(gen(2), 'ab', strict=True)))\n"
        "for a, b in [(gen(3), gen(2)), (gen(1), gen(2))]:\n"
        "    try:\n"
        "        list(zip(a, b, strict=True))\n"
        "    except ValueError as e:\n"
        "        print(e)\n"
        "class M:\n"
        "    def keys(self):\n"
        "        return ['x', 'y']\n"
        "    def __getitem__(self, k):\n"
        "        return k.upper()\n"
        "print(dict(M()), dict(M(), z=1))\n"
        "d = {}\n"
        "d.update(M()); print(d)\n"
        "class Seq:\n"
        "    def __getitem__(self, i):\n"
        "        if i > 2:\n"
        "            raise IndexError\n"
        "        return i\n"
        "print(list(Seq()), list(iter(Seq())), list(map(lambda x: -x, Seq())), so"
        "rted(Seq(), reverse=True))\n"
        "print(list(map(lambda a, b: a * b, gen(3), [10, 20, 30])), list(filter(l"
        "ambda v: v, gen(3))))\n",
        "[(10, 'a'), (11, 'b')] [(0, 'a'), (1, 'b')]\n"
        "zip() argument 2 is shorter than argument 1\n"
        "zip() argument 2 is longer than argument 1\n"
        "{'x': 'X', 'y': 'Y'} {'x': 'X', 'y': 'Y', 'z': 1}\n"
        "{'x': 'X', 'y': 'Y'}\n"
        "[0, 1, 2] [0, 1, 2] [0, -1, -2] [2, 1, 0]\n"
        "[0, 20, 60] [1, 2]\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inline_steps_of_list_and_range_iterators),
        cmocka_unit_test(test_enumerate_with_start),
        cmocka_unit_test(test_zip_and_strict_zip),
        cmocka_unit_test(test_map_and_filter),
        cmocka_unit_test(test_python_code_inside_native_iterators),
        cmocka_unit_test(test_reversed_of_sequences_and_user_classes),
        cmocka_unit_test(test_iter_with_sentinel),
        cmocka_unit_test(test_user_iterators_in_constructors),
        cmocka_unit_test(test_iterators_stay_exhausted),
        cmocka_unit_test(test_python_halves_of_iterator_constructors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
