/*
 * tests/vm/test_list.c - list objects and list.sort against CPython 3.11.
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
#include "list.h"
#include "vm_harness.h"

static void test_append_grows_and_insert_clamps(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_list *l = jg_list_new(vm, 0);
    for (int i = 0; i < 10000; i++)
        assert_int_equal(jg_list_append(vm, l, jg_int(i)), JG_OK);
    assert_int_equal(l->len, 10000);
    assert_true(l->cap >= l->len);
    assert_int_equal(jg_list_insert(vm, l, -20000, jg_int(-1)), JG_OK);
    assert_int_equal(jg_list_insert(vm, l, 20000, jg_int(-2)), JG_OK);
    assert_true(l->items[0] == jg_int(-1) && l->items[l->len - 1] == jg_int(-2));
    jg_tuple *t = jg_list_to_tuple(vm, l);
    assert_int_equal(t->len, 10002);
    jg_vm_free(&vm);
}

static void test_native_sort_is_stable_and_reports_python_keys(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_value items[6] = {jg_int(3), jg_float(1.5), jg_int(2), jg_float(3.0), jg_int(-7),
                         jg_int(2)};
    jg_list *l = jg_list_from(vm, items, 6);
    assert_int_equal(jg_list_sort(vm, l, JG_NONE, false), JG_OK);
    jg_value want[6] = {jg_int(-7), jg_float(1.5), jg_int(2), jg_int(2), jg_int(3),
                        jg_float(3.0)};
    for (int i = 0; i < 6; i++)
        assert_true(l->items[i] == want[i]);
    assert_int_equal(jg_list_sort(vm, l, JG_NONE, true), JG_OK);
    assert_true(l->items[0] == jg_int(3) && l->items[1] == jg_float(3.0));
    jg_vm_free(&vm);
}

static void test_extend_from_a_list_and_from_itself(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_value items[3] = {jg_int(1), jg_int(2), jg_int(3)};
    jg_list *l = jg_list_from(vm, items, 3);
    jg_value rest;
    assert_int_equal(jg_list_extend_iter(vm, l, jg_obj_value(l), &rest), JG_OK);
    assert_true(rest == JG_UNDEF);
    assert_int_equal(l->len, 6);
    assert_true(l->items[5] == jg_int(3));
    jg_vm_free(&vm);
}

static void test_mutating_methods_and_their_results(void **unused)
{
    (void)unused;
    expect_output("a = [3, 1, 2]\n"
        "print(a.append(4), a)\n"
        "a.extend([5, 6]); a.extend((7,)); a.extend(range(8, 10)); a.extend('ab')"
        "; a.extend({'k': 1})\n"
        "print(a)\n"
        "a.insert(0, 'first'); a.insert(-1, 'before-last'); a.insert(100, 'end');"
        " a.insert(-100, 'start')\n"
        "a.insert(True, 'one')\n"
        "print(a)\n"
        "print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)\n"
        "a.remove('first'); a.remove(5)\n"
        "print(a, a.reverse(), a)\n"
        "b = a.copy(); b.clear()\n"
        "print(a, b, len(a), a.count(2), a.index(2))\n"
        "a.extend(a)\n"
        "print(a)\n",
        "None [3, 1, 2, 4]\n"
        "[3, 1, 2, 4, 5, 6, 7, 8, 9, 'a', 'b', 'k']\n"
        "['start', 'one', 'first', 3, 1, 2, 4, 5, 6, 7, 8, 9, 'a', 'b', 'before-l"
        "ast', 'k', 'end']\n"
        "end start 3 before-last ['one', 'first', 1, 2, 4, 5, 6, 7, 8, 9, 'a', 'b"
        "', 'k']\n"
        "['k', 'b', 'a', 9, 8, 7, 6, 4, 2, 1, 'one'] None ['k', 'b', 'a', 9, 8, 7"
        ", 6, 4, 2, 1, 'one']\n"
        "['k', 'b', 'a', 9, 8, 7, 6, 4, 2, 1, 'one'] [] 11 1 8\n"
        "['k', 'b', 'a', 9, 8, 7, 6, 4, 2, 1, 'one', 'k', 'b', 'a', 9, 8, 7, 6, 4"
        ", 2, 1, 'one']\n");
}

static void test_method_errors_are_cpythons(void **unused)
{
    (void)unused;
    expect_output("a = [1, 2, 3]\n"
        "tests = [lambda: a.index(7), lambda: a.remove(7), lambda: [].pop(), lamb"
        "da: a.pop(10),\n"
        "         lambda: a[3], lambda: a[-4], lambda: a['0'], lambda: a.insert('"
        "x', 1),\n"
        "         lambda: a.append(), lambda: a.append(1, 2), lambda: a.pop(1, 2)"
        ", lambda: a.insert(1),\n"
        "         lambda: a.index(), lambda: a.index(1, 'a'), lambda: a.count(), "
        "lambda: a.sort(1),\n"
        "         lambda: a.sort(key=1, x=2), lambda: a.extend(1), lambda: a.pop("
        "'a'), lambda: a.copy(1),\n"
        "         lambda: a.append(x=1), lambda: list.append(1, 2), lambda: a.pop"
        "(2**70),\n"
        "         lambda: a[2**70], lambda: a.index(3, 0, 2), lambda: a.index('x'"
        ")]\n"
        "for f in tests:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "ValueError 7 is not in list\n"
        "ValueError list.remove(x): x not in list\n"
        "IndexError pop from empty list\n"
        "IndexError pop index out of range\n"
        "IndexError list index out of range\n"
        "IndexError list index out of range\n"
        "TypeError list indices must be integers or slices, not str\n"
        "TypeError 'str' object cannot be interpreted as an integer\n"
        "TypeError list.append() takes exactly one argument (0 given)\n"
        "TypeError list.append() takes exactly one argument (2 given)\n"
        "TypeError pop expected at most 1 argument, got 2\n"
        "TypeError insert expected 2 arguments, got 1\n"
        "TypeError index expected at least 1 argument, got 0\n"
        "TypeError slice indices must be integers or have an __index__ method\n"
        "TypeError list.count() takes exactly one argument (0 given)\n"
        "TypeError sort() takes no positional arguments\n"
        "TypeError 'x' is an invalid keyword argument for sort()\n"
        "TypeError 'int' object is not iterable\n"
        "TypeError 'str' object cannot be interpreted as an integer\n"
        "TypeError list.copy() takes no arguments (1 given)\n"
        "TypeError list.append() takes no keyword arguments\n"
        "TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int"
        "' object\n"
        "OverflowError Python int too large to convert to C ssize_t\n"
        "IndexError cannot fit 'int' into an index-sized integer\n"
        "ValueError 3 is not in list\n"
        "ValueError 'x' is not in list\n");
}

static void test_indexing_slicing_and_slice_assignment(void **unused)
{
    (void)unused;
    expect_output("a = list(range(10))\n"
        "print(a[2], a[-1], a[2:5], a[::3], a[::-2], a[8:2:-2], a[-3:], a[:100], "
        "a[100:], a[2**70:], a[True])\n"
        "a[0] = 'x'; a[-1] = 'y'\n"
        "print(a)\n"
        "a[1:3] = []; print(a)\n"
        "a[1:1] = [7, 8, 9]; print(a)\n"
        "a[::2] = 'abcdef'; print(a)\n"
        "a[5:2] = [0]; print(a)\n"
        "a[:] = a; print(a)\n"
        "a[2:4] = (i * i for i in range(3)); print(a)\n"
        "b = [1, 2, 3]; b[1:] = b; print(b)\n"
        "c = list(range(6)); c[::-2] = [10, 20, 30]; print(c)\n"
        "for f in [lambda: c.__setitem__(slice(None, None, 2), [1]), lambda: c.__"
        "setitem__(slice(0, 1), 5),\n"
        "          lambda: c.__setitem__(slice(None, None, 2), 5), lambda: c.__se"
        "titem__(9, 1),\n"
        "          lambda: c.__setitem__('a', 1), lambda: c.__setitem__(slice(Non"
        "e, None, 0), [])]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "2 9 [2, 3, 4] [0, 3, 6, 9] [9, 7, 5, 3, 1] [8, 6, 4] [7, 8, 9] [0, 1, 2,"
        " 3, 4, 5, 6, 7, 8, 9] [] [] 1\n"
        "['x', 1, 2, 3, 4, 5, 6, 7, 8, 'y']\n"
        "['x', 3, 4, 5, 6, 7, 8, 'y']\n"
        "['x', 7, 8, 9, 3, 4, 5, 6, 7, 8, 'y']\n"
        "['a', 7, 'b', 9, 'c', 4, 'd', 6, 'e', 8, 'f']\n"
        "['a', 7, 'b', 9, 'c', 0, 4, 'd', 6, 'e', 8, 'f']\n"
        "['a', 7, 'b', 9, 'c', 0, 4, 'd', 6, 'e', 8, 'f']\n"
        "['a', 7, 0, 1, 4, 'c', 0, 4, 'd', 6, 'e', 8, 'f']\n"
        "[1, 1, 2, 3]\n"
        "[0, 30, 2, 20, 4, 10]\n"
        "ValueError attempt to assign sequence of size 1 to extended slice of siz"
        "e 3\n"
        "TypeError can only assign an iterable\n"
        "TypeError must assign iterable to extended slice\n"
        "IndexError list assignment index out of range\n"
        "TypeError list indices must be integers or slices, not str\n"
        "ValueError slice step cannot be zero\n");
}

static void test_deletion_of_items_and_slices(void **unused)
{
    (void)unused;
    expect_output("a = list(range(12))\n"
        "del a[0]; print(a)\n"
        "del a[-1]; print(a)\n"
        "del a[2:4]; print(a)\n"
        "del a[::2]; print(a)\n"
        "del a[::-3]; print(a)\n"
        "del a[10:]; print(a)\n"
        "del a[:]; print(a, len(a))\n"
        "b = [1, 2, 3]\n"
        "del b[1:1]; print(b)\n"
        "for f in [lambda: b.__delitem__(9), lambda: b.__delitem__('a'), lambda: "
        "b.__delitem__(slice(None, None, 0))]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n"
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
        "[1, 2, 5, 6, 7, 8, 9, 10]\n"
        "[2, 6, 8, 10]\n"
        "[6, 8]\n"
        "[6, 8]\n"
        "[] 0\n"
        "[1, 2, 3]\n"
        "IndexError list assignment index out of range\n"
        "TypeError list indices must be integers or slices, not str\n"
        "ValueError slice step cannot be zero\n");
}

static void test_operators_and_comparisons(void **unused)
{
    (void)unused;
    expect_output("a = [1, 2]; b = a\n"
        "a += [3]; print(a, b, a is b)\n"
        "a += (4, 5); a += range(2); a += 'xy'; print(a)\n"
        "a = a + [4]; print(a is b)\n"
        "print([0] * 3, [1, 2] * 2, 3 * ['x'], [] * 5, [1] * -1, [1, 2] * True)\n"
        "c = [1, 2]; c *= 2; print(c); c *= 0; print(c)\n"
        "grid = [[0] * 2] * 2; grid[0][0] = 9; print(grid)\n"
        "print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2"
        "], [] < [0], [1] == [1.0])\n"
        "print(2 in [1, 2], [2] in [[2]], 5 not in [1], [1, 2] != [1, 2, 3], [[1]"
        "] < [[2]])\n"
        "for f in [lambda: [1] + (2,), lambda: [1] * 2.0, lambda: 2.0 * [1], lamb"
        "da: [1] * 'a',\n"
        "          lambda: [1] < 1, lambda: [1] < (1,), lambda: [1, 2] < [1, 'a']"
        "]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "[1, 2, 3] [1, 2, 3] True\n"
        "[1, 2, 3, 4, 5, 0, 1, 'x', 'y']\n"
        "False\n"
        "[0, 0, 0] [1, 2, 1, 2] ['x', 'x', 'x'] [] [] [1, 2]\n"
        "[1, 2, 1, 2]\n"
        "[]\n"
        "[[9, 0], [9, 0]]\n"
        "True True True True True True\n"
        "True True True True True\n"
        "can only concatenate list (not \"tuple\") to list\n"
        "can't multiply sequence by non-int of type 'float'\n"
        "can't multiply sequence by non-int of type 'float'\n"
        "can't multiply sequence by non-int of type 'str'\n"
        "'<' not supported between instances of 'list' and 'int'\n"
        "'<' not supported between instances of 'list' and 'tuple'\n"
        "'<' not supported between instances of 'int' and 'str'\n");
}

static void test_sort_is_stable_with_key_and_reverse(void **unused)
{
    (void)unused;
    expect_output("people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve"
        "', 22)]\n"
        "print(sorted(people, key=lambda p: p[1]))\n"
        "print(sorted(people, key=lambda p: p[1], reverse=True))\n"
        "print(sorted(people, reverse=True))\n"
        "words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']\n"
        "print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len"
        ", reverse=True))\n"
        "nums = [5, -3, 2, -8, 0, 7]\n"
        "nums.sort(key=abs); print(nums)\n"
        "nums.sort(reverse=True); print(nums)\n"
        "print(sorted([3.5, 1, 2.25, -1]), sorted([(1, 'b'), (1, 'a'), (0, 'z')])"
        ", sorted([[2, 1], [1, 2], [1]]))\n"
        "x = [1]; x.sort(reverse=1); x.sort(reverse=0); print(x)\n",
        "[('eve', 22), ('bob', 25), ('carol', 25), ('alice', 30), ('dave', 30)]\n"
        "[('alice', 30), ('dave', 30), ('bob', 25), ('carol', 25), ('eve', 22)]\n"
        "[('eve', 22), ('dave', 30), ('carol', 25), ('bob', 25), ('alice', 30)]\n"
        "['Apple', 'Banana', 'apple', 'banana', 'cherry'] ['Apple', 'apple', 'ban"
        "ana', 'Banana', 'cherry'] ['banana', 'cherry', 'Banana', 'Apple', 'apple"
        "']\n"
        "[0, 2, -3, 5, 7, -8]\n"
        "[7, 5, 2, 0, -3, -8]\n"
        "[-1, 1, 2.25, 3.5] [(0, 'z'), (1, 'a'), (1, 'b')] [[1], [1, 2], [2, 1]]\n"
        "[1]\n");
}

static void test_sort_of_many_items_matches_cpython(void **unused)
{
    (void)unused;
    expect_output("seed = [7]\n"
        "def rnd(n):\n"
        "    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648\n"
        "    return seed[0] % (n + 1)\n"
        "data = [rnd(1000) for _ in range(2000)]\n"
        "s = sorted(data)\n"
        "print(s[:10], s[-5:], s == sorted(s), len(s))\n"
        "pairs = [(rnd(20), i) for i in range(500)]\n"
        "keyed = sorted(pairs, key=lambda p: p[0])\n"
        "print(keyed[:8], all(keyed[i][1] < keyed[i + 1][1] for i in range(499) i"
        "f keyed[i][0] == keyed[i + 1][0]))\n"
        "strs = [str(rnd(10**9) / 7) for _ in range(300)]\n"
        "print(sorted(strs)[:3], sorted(strs, reverse=True)[:2])\n"
        "runs = list(range(100)) + list(range(100, 0, -1)) + [5] * 50 + list(rang"
        "e(50))\n"
        "print(sorted(runs)[95:110], sorted(runs, reverse=True)[:5])\n",
        "[0, 0, 1, 2, 3, 3, 3, 3, 3, 5] [999, 999, 999, 1000, 1000] True 2000\n"
        "[(0, 13), (0, 19), (0, 22), (0, 45), (0, 68), (0, 74), (0, 79), (0, 84)]"
        " True\n"
        "['100092712.0', '101238297.57142857', '102181795.42857143'] ['98851732.7"
        "1428572', '98566150.57142857']\n"
        "[15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19, 19, 19, 20] [100, 99, 9"
        "9, 98, 98]\n");
}

static void test_sort_compares_in_cpythons_order(void **unused)
{
    (void)unused;
    expect_output("class K:\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "    def __lt__(self, o):\n"
        "        print('lt', self.v, o.v)\n"
        "        return self.v < o.v\n"
        "    def __repr__(self):\n"
        "        return 'K%d' % self.v\n"
        "a = [K(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]]\n"
        "a.sort()\n"
        "print(a)\n"
        "b = [K(v) for v in [2, 2, 1]]\n"
        "print(sorted(b, reverse=True))\n",
        "lt 1 3\n"
        "lt 4 1\n"
        "lt 4 3\n"
        "lt 1 3\n"
        "lt 1 1\n"
        "lt 5 3\n"
        "lt 5 4\n"
        "lt 9 3\n"
        "lt 9 5\n"
        "lt 2 4\n"
        "lt 2 1\n"
        "lt 2 3\n"
        "lt 6 3\n"
        "lt 6 5\n"
        "lt 6 9\n"
        "[K1, K1, K2, K3, K4, K5, K6, K9]\n"
        "lt 2 1\n"
        "lt 2 2\n"
        "[K2, K2, K1]\n");
}

static void test_sort_errors_leave_cpythons_state(void **unused)
{
    (void)unused;
    expect_output("for data in [[1, 'a', 2], ['a', 1], [1, None], [3, 1, 'a', 2], [2, 1, 3,"
        " 'x', 0]]:\n"
        "    try:\n"
        "        data.sort()\n"
        "    except TypeError as e:\n"
        "        print(e, data)\n"
        "try:\n"
        "    sorted([1, 2], key=len)\n"
        "except TypeError as e:\n"
        "    print(e)\n"
        "def bad(x):\n"
        "    if x == 3:\n"
        "        raise ValueError('no 3')\n"
        "    return -x\n"
        "l = [1, 2, 3, 4]\n"
        "try:\n"
        "    l.sort(key=bad)\n"
        "except ValueError as e:\n"
        "    print(e, l)\n"
        "m = [3, 2, 1]\n"
        "def grab(x):\n"
        "    print('during sort:', m)\n"
        "    return x\n"
        "m.sort(key=grab); print(m)\n"
        "def meddle(x):\n"
        "    m.append(0)\n"
        "    return x\n"
        "try:\n"
        "    m.sort(key=meddle)\n"
        "except ValueError as e:\n"
        "    print(e, m)\n",
        "'<' not supported between instances of 'str' and 'int' [1, 'a', 2]\n"
        "'<' not supported between instances of 'int' and 'str' ['a', 1]\n"
        "'<' not supported between instances of 'NoneType' and 'int' [1, None]\n"
        "'<' not supported between instances of 'str' and 'int' [3, 1, 'a', 2]\n"
        "'<' not supported between instances of 'str' and 'int' [1, 2, 3, 'x', 0]"
        "\n"
        "object of type 'int' has no len()\n"
        "no 3 [1, 2, 3, 4]\n"
        "during sort: []\n"
        "during sort: []\n"
        "during sort: []\n"
        "[1, 2, 3]\n"
        "list modified during sort [1, 2, 3]\n");
}

static void test_repr_of_recursive_and_nested_lists(void **unused)
{
    (void)unused;
    expect_output("a = [1, 'two', 3.0, None, [4, [5]], (6,), {7: 8}]\n"
        "print(a, str(a), repr([]))\n"
        "a.append(a); print(a)\n"
        "b = [a, [a]]; print(b)\n"
        "class R:\n"
        "    def __repr__(self):\n"
        "        return 'R!'\n"
        "print([R(), [R()]])\n",
        "[1, 'two', 3.0, None, [4, [5]], (6,), {7: 8}] [1, 'two', 3.0, None, [4, "
        "[5]], (6,), {7: 8}] []\n"
        "[1, 'two', 3.0, None, [4, [5]], (6,), {7: 8}, [...]]\n"
        "[[1, 'two', 3.0, None, [4, [5]], (6,), {7: 8}, [...]], [[1, 'two', 3.0, "
        "None, [4, [5]], (6,), {7: 8}, [...]]]]\n"
        "[R!, [R!]]\n");
}

static void test_constructor_and_copies(void **unused)
{
    (void)unused;
    expect_output("print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1, '"
        "b': 2}), list({'a': 1}.items()))\n"
        "print(list(x for x in range(3)), list(map(str, range(3))), list(iter([1,"
        " 2])))\n"
        "def gen():\n"
        "    yield 1\n"
        "    yield 2\n"
        "print(list(gen()), [*gen(), *[3]], list(zip('ab', gen())))\n"
        "orig = [[1, 2], [3, 4]]\n"
        "shallow = orig.copy(); sliced = orig[:]; listed = list(orig)\n"
        "shallow[0].append(99); shallow.append([5])\n"
        "print(orig, shallow, sliced, listed, orig == sliced, orig is sliced, ori"
        "g[0] is sliced[0])\n"
        "for f in [lambda: list(1), lambda: list(1, 2), lambda: list(x=1)]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "[] ['a', 'b', 'c'] [0, 1, 2] [1, 2] ['a', 'b'] [('a', 1)]\n"
        "[0, 1, 2] ['0', '1', '2'] [1, 2]\n"
        "[1, 2] [1, 2, 3] [('a', 1), ('b', 2)]\n"
        "[[1, 2, 99], [3, 4]] [[1, 2, 99], [3, 4], [5]] [[1, 2, 99], [3, 4]] [[1,"
        " 2, 99], [3, 4]] True False True\n"
        "'int' object is not iterable\n"
        "list expected at most 1 argument, got 2\n"
        "list() takes no keyword arguments\n");
}

static void test_python_level_equality_in_searches(void **unused)
{
    (void)unused;
    expect_output("class E:\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "    def __eq__(self, o):\n"
        "        print('eq', self.v, getattr(o, 'v', o))\n"
        "        return getattr(o, 'v', o) == self.v\n"
        "    def __repr__(self):\n"
        "        return 'E(%r)' % self.v\n"
        "a = [1, E(2), 3, E(2)]\n"
        "print(a.index(3), a.count(E(2)), E(2) in a, a.index(E(2)))\n"
        "a.remove(E(2)); print(a)\n"
        "try:\n"
        "    a.index(E(9))\n"
        "except ValueError as e:\n"
        "    print(e)\n"
        "print([E(1)] == [E(1)], [E(1)] < [E(2), 1] if False else 'skip')\n",
        "eq 2 3\n"
        "eq 2 1\n"
        "eq 2 2\n"
        "eq 2 3\n"
        "eq 2 2\n"
        "eq 2 1\n"
        "eq 2 2\n"
        "eq 2 1\n"
        "eq 2 2\n"
        "2 2 True 1\n"
        "eq 2 1\n"
        "eq 2 2\n"
        "[1, 3, E(2)]\n"
        "eq 9 1\n"
        "eq 9 3\n"
        "eq 2 9\n"
        "E(9) is not in list\n"
        "eq 1 1\n"
        "True skip\n");
}

static void test_subclass_instances_keep_list_behaviour(void **unused)
{
    (void)unused;
    expect_output("class Stack(list):\n"
        "    def push(self, x):\n"
        "        self.append(x)\n"
        "    def peek(self):\n"
        "        return self[-1]\n"
        "s = Stack()\n"
        "s.push(1); s.push(2)\n"
        "print(s, s.peek(), len(s), type(s).__name__, s + [3], type(s + [3]).__na"
        "me__, s == [1, 2], type(s[:]).__name__)\n"
        "s.tag = 'x'\n"
        "print(s.tag, isinstance(s, list), list(reversed(s)))\n"
        "class Counted(list):\n"
        "    def __len__(self):\n"
        "        return 99\n"
        "c = Counted([1, 2])\n"
        "print(len(c), c, list(c))\n",
        "[1, 2] 2 2 Stack [1, 2, 3] list True list\n"
        "x True [2, 1]\n"
        "99 [1, 2] [1, 2]\n");
}

static void test_reversed_iteration_and_iterators(void **unused)
{
    (void)unused;
    expect_output("a = [1, 2, 3]\n"
        "r = reversed(a)\n"
        "print(next(r), list(r), list(r))\n"
        "it = iter(a)\n"
        "a.append(4)\n"
        "print(list(it))\n"
        "it2 = iter(a)\n"
        "print(list(it2)); a.append(5); print(list(it2))\n"
        "print(type(iter([])).__name__, type(reversed([])).__name__)\n",
        "3 [2, 1] []\n"
        "[1, 2, 3, 4]\n"
        "[1, 2, 3, 4]\n"
        "[]\n"
        "list_iterator list_reverseiterator\n");
}

static void test_deep_nesting_repr_and_compare(void **unused)
{
    (void)unused;
    expect_output("a = []\n"
        "b = []\n"
        "for i in range(600):\n"
        "    a = [a]\n"
        "    b = [b]\n"
        "print(len(repr(a)), repr(a)[:10], a == b, a < [[]] if False else 'n/a')\n"
        "t = ()\n"
        "for i in range(600):\n"
        "    t = (t, i)\n"
        "print(len(repr(t)), hash(t) == hash(t))\n",
        "1202 [[[[[[[[[[ True n/a\n"
        "4092 True\n");
}

static void test_python_sort_of_many_items_compares_as_cpython(void **unused)
{
    (void)unused;
    expect_output("seed = [3]\n"
        "def rnd(n):\n"
        "    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648\n"
        "    return seed[0] % (n + 1)\n"
        "calls = [0]\n"
        "class K:\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "    def __lt__(self, o):\n"
        "        calls[0] += 1\n"
        "        return self.v < o.v\n"
        "data = [K(rnd(50)) for _ in range(700)]\n"
        "data += [K(i) for i in range(300)] + [K(i) for i in range(200, 0, -1)]\n"
        "order = sorted(range(len(data)), key=lambda i: data[i])\n"
        "print(calls[0], order[:12], order[-6:])\n"
        "calls[0] = 0\n"
        "data.sort(reverse=True)\n"
        "print(calls[0], [k.v for k in data[:10]])\n",
        "7221 [21, 106, 149, 159, 194, 295, 317, 318, 331, 343, 361, 379] [994, 9"
        "95, 996, 997, 998, 999]\n"
        "7149 [299, 298, 297, 296, 295, 294, 293, 292, 291, 290]\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_append_grows_and_insert_clamps),
        cmocka_unit_test(test_native_sort_is_stable_and_reports_python_keys),
        cmocka_unit_test(test_extend_from_a_list_and_from_itself),
        cmocka_unit_test(test_mutating_methods_and_their_results),
        cmocka_unit_test(test_method_errors_are_cpythons),
        cmocka_unit_test(test_indexing_slicing_and_slice_assignment),
        cmocka_unit_test(test_deletion_of_items_and_slices),
        cmocka_unit_test(test_operators_and_comparisons),
        cmocka_unit_test(test_sort_is_stable_with_key_and_reverse),
        cmocka_unit_test(test_sort_of_many_items_matches_cpython),
        cmocka_unit_test(test_sort_compares_in_cpythons_order),
        cmocka_unit_test(test_sort_errors_leave_cpythons_state),
        cmocka_unit_test(test_repr_of_recursive_and_nested_lists),
        cmocka_unit_test(test_constructor_and_copies),
        cmocka_unit_test(test_python_level_equality_in_searches),
        cmocka_unit_test(test_subclass_instances_keep_list_behaviour),
        cmocka_unit_test(test_reversed_iteration_and_iterators),
        cmocka_unit_test(test_deep_nesting_repr_and_compare),
        cmocka_unit_test(test_python_sort_of_many_items_compares_as_cpython),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
