/*
 * tests/vm/test_dict.c - dict objects and dict views against CPython 3.11.
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
#include "dict.h"
#include "vm_harness.h"

static void test_str_keys_match_by_pointer_or_by_content(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_dict *d = jg_dict_new(vm);
    jg_str *interned = jg_str_intern_cstr(vm, "alpha");
    jg_str *copy = jg_str_from_cstr(vm, "alpha");
    assert_ptr_not_equal(interned, copy);
    assert_int_equal(jg_dict_set_str(vm, d, interned, jg_int(1)), JG_OK);
    assert_true(jg_dict_get_str(d, interned) == jg_int(1));
    assert_true(jg_dict_get_str(d, copy) == jg_int(1));
    assert_true(jg_dict_get_str(d, jg_str_intern_cstr(vm, "beta")) == JG_UNDEF);
    uint64_t v = d->version;
    assert_int_equal(jg_dict_set_str(vm, d, copy, jg_int(2)), JG_OK);
    assert_true(d->version != v);
    assert_int_equal(d->n_used, 1);
    assert_true(jg_dict_get_str(d, interned) == jg_int(2));
    jg_vm_free(&vm);
}

static void test_entries_stay_in_insertion_order_through_growth_and_deletion(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_dict *d = jg_dict_new(vm);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(jg_dict_set(vm, d, jg_int((i * 37) % 1000), jg_int(i)), JG_OK);
    bool found;
    for (int i = 0; i < 1000; i += 2) {
        assert_int_equal(jg_dict_del(vm, d, jg_int((i * 37) % 1000), &found), JG_OK);
        assert_true(found);
    }
    assert_int_equal(jg_dict_del(vm, d, jg_int(0), &found), JG_OK);
    assert_false(found);
    assert_int_equal(d->n_used, 500);
    uint32_t pos = 0;
    jg_value k, v;
    int64_t h;
    int expect = 1;
    while (jg_dict_next(d, &pos, &k, &v, &h)) {
        assert_true(v == jg_int(expect));
        assert_true(k == jg_int((expect * 37) % 1000));
        assert_true(h == jg_as_int(k));
        expect += 2;
    }
    assert_int_equal(expect, 1001);
    jg_value out;
    assert_int_equal(jg_dict_get(vm, d, jg_float(37.0), &out, &found), JG_OK);
    assert_true(found && out == jg_int(1));
    jg_vm_free(&vm);
}

static void test_unhashable_keys_raise_type_error(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_dict *d = jg_dict_new(vm);
    jg_list *l = jg_list_new(vm, 0);
    assert_int_equal(jg_dict_set(vm, d, jg_obj_value(l), jg_int(1)), JG_RAISED);
    assert_true(jg_exc_matches(vm, vm->t.TypeError));
    jg_clear_exc(vm);
    assert_int_equal(d->n_used, 0);
    jg_vm_free(&vm);
}

static void test_insertion_order_is_kept(void **unused)
{
    (void)unused;
    expect_output("d = {}\n"
        "for k in ['b', 'a', 'c']:\n"
        "    d[k] = len(d)\n"
        "print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))\n"
        "d['a'] = 100; print(d)\n"
        "del d['b']; d['b'] = 5; print(d)\n"
        "d.update({'z': 0, 'a': -1}); print(d)\n"
        "print(dict(zip('xyz', range(3))), dict([('k', 1), ('j', 2)]), dict(a=1, "
        "b=2), dict({1: 2}, c=3))\n",
        "{'b': 0, 'a': 1, 'c': 2} ['b', 'a', 'c'] ['b', 'a', 'c'] [0, 1, 2] [('b'"
        ", 0), ('a', 1), ('c', 2)]\n"
        "{'b': 0, 'a': 100, 'c': 2}\n"
        "{'a': 100, 'c': 2, 'b': 5}\n"
        "{'a': -1, 'c': 2, 'b': 5, 'z': 0}\n"
        "{'x': 0, 'y': 1, 'z': 2} {'k': 1, 'j': 2} {'a': 1, 'b': 2} {1: 2, 'c': 3"
        "}\n");
}

static void test_many_keys_survive_growth_and_deletion(void **unused)
{
    (void)unused;
    expect_output("d = {}\n"
        "for i in range(1000):\n"
        "    d[i * 7 % 1003] = i\n"
        "for i in range(0, 1000, 3):\n"
        "    del d[i * 7 % 1003]\n"
        "print(len(d), list(d)[:8], list(d.values())[-5:], sum(d), d[7], d.get(0)"
        ")\n"
        "s = {str(i): i for i in range(500)}\n"
        "for i in range(0, 500, 2):\n"
        "    s.pop(str(i))\n"
        "print(len(s), list(s)[:5], s['499'], '2' in s, '3' in s)\n",
        "666 [7, 14, 28, 35, 49, 56, 70, 77] [992, 994, 995, 997, 998] 332699 1 N"
        "one\n"
        "250 ['1', '3', '5', '7', '9'] 499 False True\n");
}

/* An index of up to 128 slots keeps its slots in bytes (dict.h): a small
 * made-to-size dict fits a 192-byte cell, and tables on both sides of the
 * 128-slot boundary - 85 entries and 86, with dummies left by deletions -
 * find every key, and none of the deleted ones. */
static void test_index_widths_on_both_sides_of_128_slots(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_dict *small = jg_dict_new_sized(vm, 5);
    assert_non_null(small);
    assert_true(jg_gc_cell_size(small) <= 192);
    for (uint32_t n = 84; n <= 87; n++) {
        jg_dict *d = jg_dict_new_sized(vm, n);
        for (uint32_t i = 0; i < n; i++)
            assert_int_equal(jg_dict_set(vm, d, jg_int(i * 131), jg_int(i)), JG_OK);
        assert_int_equal(d->index_mask + 1, n <= 85 ? 128u : 256u);
        for (uint32_t i = 0; i < n; i += 3) {
            bool found;
            assert_int_equal(jg_dict_del(vm, d, jg_int(i * 131), &found), JG_OK);
            assert_true(found);
        }
        for (uint32_t i = 0; i < n; i++) {
            jg_value v = JG_UNDEF;
            bool found;
            assert_int_equal(jg_dict_get(vm, d, jg_int(i * 131), &v, &found), JG_OK);
            assert_true(found == (i % 3 != 0));
            if (found)
                assert_true(v == jg_int(i));
        }
    }
    jg_vm_free(&vm);
}

static void test_key_errors_and_equivalent_keys(void **unused)
{
    (void)unused;
    expect_output("d = {1: 'one'}\n"
        "d[1.0] = 'float one'; d[True] = 'true'\n"
        "print(d, len(d), d[1], {0: 'a', False: 'b', 0.0: 'c'})\n"
        "nan = float('nan')\n"
        "print({nan: 1}[nan], {nan: 1, nan: 2}, {-0.0: 'neg'}[0])\n"
        "for key in ['missing', 42, (1, 2), None, \"quote's\", frozenset()]:\n"
        "    try:\n"
        "        d[key]\n"
        "    except KeyError as e:\n"
        "        print(type(e).__name__, e, repr(e), e.args)\n"
        "for f in [lambda: d.__setitem__([1], 2), lambda: {}[{}], lambda: {[]: 1}"
        ", lambda: d.__delitem__(5),\n"
        "          lambda: hash({})]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "{1: 'true'} 1 true {0: 'c'}\n"
        "1 {nan: 2} neg\n"
        "KeyError 'missing' KeyError('missing') ('missing',)\n"
        "KeyError 42 KeyError(42) (42,)\n"
        "KeyError (1, 2) KeyError((1, 2)) ((1, 2),)\n"
        "KeyError None KeyError(None) (None,)\n"
        "KeyError \"quote's\" KeyError(\"quote's\") (\"quote's\",)\n"
        "KeyError frozenset() KeyError(frozenset()) (frozenset(),)\n"
        "TypeError unhashable type: 'list'\n"
        "TypeError unhashable type: 'dict'\n"
        "TypeError unhashable type: 'list'\n"
        "KeyError 5\n"
        "TypeError unhashable type: 'dict'\n");
}

static void test_methods_and_their_errors(void **unused)
{
    (void)unused;
    expect_output("d = {'a': 1, 'b': 2}\n"
        "print(d.get('a'), d.get('x'), d.get('x', 0), d.setdefault('c', 3), d.set"
        "default('a', 99), d.setdefault('n'), d)\n"
        "print(d.pop('a'), d.pop('missing', 'dflt'), d)\n"
        "d.update([('e', 5)], f=6); d.update(g=7); d.update({'h': 8}.items())\n"
        "print(d, d.popitem(), d.popitem(), d)\n"
        "c = d.copy(); c['new'] = 1\n"
        "print(d, c, c == d, type(c).__name__)\n"
        "print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys({3: "
        "4}), dict.fromkeys(range(2), []))\n"
        "c.clear(); print(c, len(c))\n"
        "for f in [lambda: d.pop('zzz'), lambda: {}.popitem(), lambda: d.get(), l"
        "ambda: d.get(1, 2, 3),\n"
        "          lambda: d.setdefault(), lambda: d.update(1), lambda: d.update("
        "[1]), lambda: d.update([(1, 2, 3)]),\n"
        "          lambda: d.update(1, 2), lambda: dict(1, 2), lambda: d.keys(1),"
        " lambda: d.get(x=1),\n"
        "          lambda: dict.fromkeys(), lambda: dict.fromkeys(1), lambda: d.p"
        "op(), lambda: d.copy(1),\n"
        "          lambda: dict([1]), lambda: dict(['abc'])]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n"
        "print(dict(['ab', 'cd']), dict([[1, 2]]))\n",
        "1 None 0 3 1 None {'a': 1, 'b': 2, 'c': 3, 'n': None}\n"
        "1 dflt {'b': 2, 'c': 3, 'n': None}\n"
        "{'b': 2, 'c': 3, 'n': None, 'e': 5, 'f': 6} ('h', 8) ('g', 7) {'b': 2, '"
        "c': 3, 'n': None, 'e': 5, 'f': 6}\n"
        "{'b': 2, 'c': 3, 'n': None, 'e': 5, 'f': 6} {'b': 2, 'c': 3, 'n': None, "
        "'e': 5, 'f': 6, 'new': 1} False dict\n"
        "{'a': None, 'b': None, 'c': None} {1: 0, 2: 0} {3: None} {0: [], 1: []}\n"
        "{} 0\n"
        "KeyError 'zzz'\n"
        "KeyError 'popitem(): dictionary is empty'\n"
        "TypeError get expected at least 1 argument, got 0\n"
        "TypeError get expected at most 2 arguments, got 3\n"
        "TypeError setdefault expected at least 1 argument, got 0\n"
        "TypeError 'int' object is not iterable\n"
        "TypeError cannot convert dictionary update sequence element #0 to a sequ"
        "ence\n"
        "ValueError dictionary update sequence element #0 has length 3; 2 is requ"
        "ired\n"
        "TypeError update expected at most 1 argument, got 2\n"
        "TypeError dict expected at most 1 argument, got 2\n"
        "TypeError dict.keys() takes no arguments (1 given)\n"
        "TypeError dict.get() takes no keyword arguments\n"
        "TypeError fromkeys expected at least 1 argument, got 0\n"
        "TypeError 'int' object is not iterable\n"
        "TypeError pop expected at least 1 argument, got 0\n"
        "TypeError dict.copy() takes no arguments (1 given)\n"
        "TypeError cannot convert dictionary update sequence element #0 to a sequ"
        "ence\n"
        "ValueError dictionary update sequence element #0 has length 3; 2 is requ"
        "ired\n"
        "{'a': 'b', 'c': 'd'} {1: 2}\n");
}

static void test_views_are_live_and_set_like(void **unused)
{
    (void)unused;
    expect_output("d = {'a': 1, 'b': 2}\n"
        "k, v, it = d.keys(), d.values(), d.items()\n"
        "d['c'] = 3\n"
        "print(k, v, it, len(k), len(v), len(it))\n"
        "print('a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it, 'z' in k, 5 in v"
        ", 'b' in it)\n"
        "print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sort"
        "ed(k ^ {'a', 'q'}))\n"
        "print(sorted({'a', 'z'} & k), sorted(['q'] | k), k == {'a', 'b', 'c'}, k"
        " != {'a'}, k < {'a', 'b', 'c', 'd'})\n"
        "print(it & {('a', 1), ('a', 2)}, sorted(it - {('a', 1)}), it == {('a', 1"
        "), ('b', 2), ('c', 3)})\n"
        "print(k.isdisjoint({'x'}), k.isdisjoint(['a']), list(reversed(k)), list("
        "reversed(v)), list(reversed(it)))\n"
        "print(v == v, v == d.values(), k == d.keys(), dict(it) == d)\n"
        "for f in [lambda: hash(k), lambda: k | 1, lambda: it & 1, lambda: v | {1"
        "}]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n"
        "e = {}\n"
        "print(e.keys(), e.values(), e.items())\n",
        "dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), "
        "('b', 2), ('c', 3)]) 3 3 3\n"
        "True True True False False False False\n"
        "['a'] ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'q']\n"
        "['a'] ['a', 'b', 'c', 'q'] True True True\n"
        "{('a', 1)} [('b', 2), ('c', 3)] True\n"
        "True False ['c', 'b', 'a'] [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)]\n"
        "True False True True\n"
        "unhashable type: 'dict_keys'\n"
        "'int' object is not iterable\n"
        "'int' object is not iterable\n"
        "unsupported operand type(s) for |: 'dict_values' and 'set'\n"
        "dict_keys([]) dict_values([]) dict_items([])\n");
}

static void test_changing_size_during_iteration_raises(void **unused)
{
    (void)unused;
    expect_output("d = {i: i * i for i in range(5)}\n"
        "try:\n"
        "    for k in d:\n"
        "        if k == 2:\n"
        "            d[10] = 100\n"
        "except RuntimeError as e:\n"
        "    print(type(e).__name__, e)\n"
        "for k in list(d):\n"
        "    if k % 2:\n"
        "        del d[k]\n"
        "print(d)\n"
        "for k in d:\n"
        "    d[k] = -d[k]\n"
        "print(d)\n"
        "it = iter(d)\n"
        "next(it)\n"
        "del d[0]\n"
        "d[99] = 1\n"
        "try:\n"
        "    next(it)\n"
        "except RuntimeError as e:\n"
        "    print(e)\n"
        "it = iter(d.items())\n"
        "print(list(it), list(it))\n",
        "RuntimeError dictionary changed size during iteration\n"
        "{0: 0, 2: 4, 4: 16, 10: 100}\n"
        "{0: 0, 2: -4, 4: -16, 10: -100}\n"
        "[(2, -4), (4, -16), (10, -100), (99, 1)] []\n");
}

static void test_merge_operators_and_unpacking(void **unused)
{
    (void)unused;
    expect_output("a = {'x': 1, 'y': 2}\n"
        "b = {'y': 20, 'z': 30}\n"
        "print(a | b, b | a, {**a, **b}, {**a, 'w': 0, **b})\n"
        "a |= b; print(a)\n"
        "a |= [('q', 9)]; print(a)\n"
        "a |= zip('mn', [1, 2]); print(a)\n"
        "print(dict(a, extra=True), {**{}}, {'k': 1, **{'k': 2}})\n"
        "print(a == {'x': 1, 'y': 20, 'z': 30, 'q': 9, 'm': 1, 'n': 2}, {1: 2} !="
        " {1: 3}, {} == dict(), {1: [1]} == {1: [1]})\n"
        "for f in [lambda: a | [], lambda: a < a, lambda: [] | a]:\n"
        "    try:\n"
        "        f()\n"
        "    except TypeError as e:\n"
        "        print(e)\n",
        "{'x': 1, 'y': 20, 'z': 30} {'y': 2, 'z': 30, 'x': 1} {'x': 1, 'y': 20, '"
        "z': 30} {'x': 1, 'y': 20, 'w': 0, 'z': 30}\n"
        "{'x': 1, 'y': 20, 'z': 30}\n"
        "{'x': 1, 'y': 20, 'z': 30, 'q': 9}\n"
        "{'x': 1, 'y': 20, 'z': 30, 'q': 9, 'm': 1, 'n': 2}\n"
        "{'x': 1, 'y': 20, 'z': 30, 'q': 9, 'm': 1, 'n': 2, 'extra': True} {} {'k"
        "': 2}\n"
        "True True True True\n"
        "unsupported operand type(s) for |: 'dict' and 'list'\n"
        "'<' not supported between instances of 'dict' and 'dict'\n"
        "unsupported operand type(s) for |: 'list' and 'dict'\n");
}

static void test_repr_of_nested_and_recursive_dicts(void **unused)
{
    (void)unused;
    expect_output("d = {'a': [1, 2], 'b': {'c': (3,)}, 1: None, (1, 2): 1.5, 'q': \"it's\"}\n"
        "print(d, str(d))\n"
        "d['self'] = d\n"
        "print(d)\n"
        "l = [d]\n"
        "print(l)\n",
        "{'a': [1, 2], 'b': {'c': (3,)}, 1: None, (1, 2): 1.5, 'q': \"it's\"} {'a':"
        " [1, 2], 'b': {'c': (3,)}, 1: None, (1, 2): 1.5, 'q': \"it's\"}\n"
        "{'a': [1, 2], 'b': {'c': (3,)}, 1: None, (1, 2): 1.5, 'q': \"it's\", 'self"
        "': {...}}\n"
        "[{'a': [1, 2], 'b': {'c': (3,)}, 1: None, (1, 2): 1.5, 'q': \"it's\", 'sel"
        "f': {...}}]\n");
}

static void test_python_level_keys(void **unused)
{
    (void)unused;
    expect_output("class P:\n"
        "    def __init__(self, x, y):\n"
        "        self.x, self.y = x, y\n"
        "    def __eq__(self, o):\n"
        "        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)\n"
        "    def __hash__(self):\n"
        "        return hash((self.x, self.y))\n"
        "    def __repr__(self):\n"
        "        return 'P(%d, %d)' % (self.x, self.y)\n"
        "d = {P(1, 2): 'a', P(3, 4): 'b'}\n"
        "d[P(1, 2)] = 'c'\n"
        "print(d, d[P(3, 4)], P(1, 2) in d, P(9, 9) in d, d.get(P(9, 9), '-'), le"
        "n(d))\n"
        "d.setdefault(P(5, 6), 'e'); print(d.pop(P(3, 4)), d)\n"
        "del d[P(1, 2)]; print(d)\n"
        "try:\n"
        "    d[P(0, 0)]\n"
        "except KeyError as e:\n"
        "    print('KeyError', e.args)\n"
        "e = dict.fromkeys([P(1, 1), P(1, 1), P(2, 2)], 0); print(e)\n"
        "f = dict(zip([P(1, 1), P(2, 2), P(1, 1)], 'abc')); print(f)\n"
        "print(e == {P(1, 1): 0, P(2, 2): 0}, {(P(1, 1), 1): 'tuple key'}[(P(1, 1"
        "), 1)])\n"
        "class H:\n"
        "    def __hash__(self):\n"
        "        return 5\n"
        "h1, h2 = H(), H()\n"
        "g = {h1: 1, 5: 'five', h2: 2}\n"
        "print(g[h1], g[5], g[h2], len(g))\n",
        "{P(1, 2): 'c', P(3, 4): 'b'} b True False - 2\n"
        "b {P(1, 2): 'c', P(5, 6): 'e'}\n"
        "{P(5, 6): 'e'}\n"
        "KeyError (P(0, 0),)\n"
        "{P(1, 1): 0, P(2, 2): 0}\n"
        "{P(1, 1): 'c', P(2, 2): 'b'}\n"
        "True tuple key\n"
        "1 five 2 3\n");
}

static void test_missing_hook_of_subclasses(void **unused)
{
    (void)unused;
    expect_output("class D(dict):\n"
        "    def __missing__(self, key):\n"
        "        print('missing', key)\n"
        "        return key * 2\n"
        "d = D(a=1)\n"
        "print(d['a'], d['bb'], d.get('zz'), 'zz' in d, d)\n"
        "class Counter(dict):\n"
        "    def __missing__(self, key):\n"
        "        return 0\n"
        "c = Counter()\n"
        "for ch in 'hello':\n"
        "    c[ch] += 1\n"
        "print(c, type(c).__name__, isinstance(c, dict))\n"
        "class Plain(dict):\n"
        "    pass\n"
        "p = Plain({1: 2})\n"
        "try:\n"
        "    p[3]\n"
        "except KeyError as e:\n"
        "    print('KeyError', e)\n"
        "print(p, p.copy(), type(p.copy()).__name__, Plain.fromkeys('ab'), type(P"
        "lain.fromkeys('ab')).__name__)\n",
        "missing bb\n"
        "1 bbbb None False {'a': 1}\n"
        "{'h': 1, 'e': 1, 'l': 2, 'o': 1} Counter True\n"
        "KeyError 3\n"
        "{1: 2} {1: 2} dict {'a': None, 'b': None} Plain\n");
}

static void test_comprehensions_and_counting_patterns(void **unused)
{
    (void)unused;
    expect_output("text = 'the cat and the hat and the bat'\n"
        "counts = {}\n"
        "for w in text.split():\n"
        "    counts[w] = counts.get(w, 0) + 1\n"
        "print(counts)\n"
        "groups = {}\n"
        "for w in text.split():\n"
        "    groups.setdefault(len(w), []).append(w)\n"
        "print(groups)\n"
        "print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts"
        ", key=counts.get))\n"
        "sq = {x: x * x for x in range(6) if x % 2}\n"
        "print(sq, {v: k for k, v in sq.items()})\n",
        "{'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}\n"
        "{3: ['the', 'cat', 'and', 'the', 'hat', 'and', 'the', 'bat']}\n"
        "[('the', 3), ('and', 2), ('bat', 1), ('cat', 1), ('hat', 1)] the\n"
        "{1: 1, 3: 9, 5: 25} {1: 1, 9: 3, 25: 5}\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_str_keys_match_by_pointer_or_by_content),
        cmocka_unit_test(test_entries_stay_in_insertion_order_through_growth_and_deletion),
        cmocka_unit_test(test_unhashable_keys_raise_type_error),
        cmocka_unit_test(test_insertion_order_is_kept),
        cmocka_unit_test(test_many_keys_survive_growth_and_deletion),
        cmocka_unit_test(test_key_errors_and_equivalent_keys),
        cmocka_unit_test(test_methods_and_their_errors),
        cmocka_unit_test(test_views_are_live_and_set_like),
        cmocka_unit_test(test_changing_size_during_iteration_raises),
        cmocka_unit_test(test_merge_operators_and_unpacking),
        cmocka_unit_test(test_repr_of_nested_and_recursive_dicts),
        cmocka_unit_test(test_python_level_keys),
        cmocka_unit_test(test_missing_hook_of_subclasses),
        cmocka_unit_test(test_comprehensions_and_counting_patterns),
        cmocka_unit_test(test_index_widths_on_both_sides_of_128_slots),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
