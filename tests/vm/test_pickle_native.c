/*
 * tests/vm/test_pickle_native.c - ext NATIVE (vm/pickle_native.c, PICKLE.md
 * "NATIVE objects"): built-in iterators, exceptions, subclass instances and
 * the other built-in objects round-trip with their behaviour and sharing;
 * malformed NATIVE bodies are refused with their reason; and whatever a
 * mangled pickle loads stays safe to use (iterate, print, pickle again).
 * Programs CPython also runs are in tests/lang/modules/pickle_native_*.py.
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
#include "exc.h"
#include "pickle.h"
#include "vm_harness.h"
#include "pickle_expect.h"

/* ---------------------------------------------------------------- building pickles */

typedef struct {
    uint8_t d[4096];
    size_t n;
} pk;

static void put(pk *b, const void *p, size_t n)
{
    assert_true(b->n + n <= sizeof b->d);
    memcpy(b->d + b->n, p, n);
    b->n += n;
}

static void u8(pk *b, uint8_t x)
{
    put(b, &x, 1);
}

static void be(pk *b, uint64_t x, int n)
{
    for (int i = n - 1; i >= 0; i--)
        u8(b, (uint8_t)(x >> (8 * i)));
}

static void mp_int(pk *b, int64_t v)
{
    if (v >= 0 && v < 128) {
        u8(b, (uint8_t)v);
    } else if (v < 0 && v >= -32) {
        u8(b, (uint8_t)(int8_t)v);
    } else {
        u8(b, 0xd3);
        be(b, (uint64_t)v, 8);
    }
}

static void mp_nil(pk *b)
{
    u8(b, 0xc0);
}

static void mp_bool(pk *b, bool v)
{
    u8(b, v ? 0xc3 : 0xc2);
}

static void mp_float(pk *b, double d)
{
    uint64_t x;
    memcpy(&x, &d, 8);
    u8(b, 0xcb);
    be(b, x, 8);
}

static void mp_str(pk *b, const char *s)
{
    size_t n = strlen(s);
    u8(b, 0xd9);
    u8(b, (uint8_t)n);
    put(b, s, n);
}

static void mp_bin(pk *b, const void *p, size_t n)
{
    u8(b, 0xc5);
    be(b, n, 2);
    put(b, p, n);
}

static void mp_array(pk *b, uint32_t n)
{
    u8(b, 0xdc);
    be(b, n, 2);
}

/* An ext 32 whose length ext_end patches. */
static size_t ext_begin(pk *b, int type)
{
    size_t at = b->n;
    u8(b, 0xc9);
    be(b, 0, 4);
    u8(b, (uint8_t)(int8_t)type);
    return at;
}

static void ext_end(pk *b, size_t at)
{
    size_t len = b->n - at - 6;
    for (int i = 0; i < 4; i++)
        b->d[at + 1 + i] = (uint8_t)(len >> (8 * (3 - i)));
}

static void head(pk *b)
{
    b->n = 0;
    put(b, JG_PICKLE_MAGIC, 4);
    mp_int(b, JG_PICKLE_FORMAT_VERSION);
    mp_int(b, JG_COMPILER_VERSION);
}

/* NATIVE [tag, ...n fields]: returns the offset ext_end needs. */
static size_t native(pk *b, const char *tag, uint32_t n)
{
    size_t at = ext_begin(b, JG_PX_NATIVE);
    mp_array(b, n + 1);
    mp_str(b, tag);
    return at;
}

static void builtin(pk *b, const char *name)
{
    size_t at = ext_begin(b, JG_PX_BUILTIN);
    mp_str(b, name);
    ext_end(b, at);
}

/* CLASS: a class of __main__ by name. */
static void main_class(pk *b, const char *name)
{
    size_t at = ext_begin(b, JG_PX_CLASS);
    mp_array(b, 2);
    mp_str(b, "__main__");
    mp_str(b, name);
    ext_end(b, at);
}

/* LIST of ints. */
static void list_of(pk *b, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    size_t at = ext_begin(b, JG_PX_LIST);
    mp_array(b, (uint32_t)n);
    for (int i = 0; i < n; i++)
        mp_int(b, va_arg(ap, int));
    ext_end(b, at);
    va_end(ap);
}

static void empty(pk *b, int type)
{
    size_t at = ext_begin(b, type);
    if (type == JG_PX_DICT)
        u8(b, 0x80);
    else
        mp_array(b, 0);
    if (type == JG_PX_SET || type == JG_PX_FROZENSET)
        mp_nil(b); /* no table */
    ext_end(b, at);
}

/* ---------------------------------------------------------------- checking */

static jg_bytes *dumps(jg_vm *vm, jg_value v)
{
    jg_bytes *b = NULL;
    assert_int_equal(jg_pickle_dumps(vm, v, &b), JG_OK);
    return b;
}

static jg_value loads(jg_vm *vm, const pk *b)
{
    jg_value v;
    jg_status st = jg_pickle_loads(vm, b->d, b->n, &v);
    if (st != JG_OK) {
        jg_str *msg = NULL;
        jg_value exc = vm->exc;
        jg_clear_exc(vm);
        jg_exc_str(vm, exc, &msg);
        fail_msg("loads failed: %s", msg ? msg->data : "?");
    }
    return v;
}

/* loads must fail with UnpicklingError whose message contains 'want'. */
static void expect_error(jg_vm *vm, const pk *b, const char *want)
{
    expect_unpickling_error(vm, b->d, b->n, want);
}

/* next(it) as a str, "<end>" once exhausted. */
static const char *next_str(jg_vm *vm, jg_value it, char *buf, size_t cap)
{
    jg_value x;
    assert_int_equal(jg_next(vm, it, &x), JG_OK);
    if (x == JG_UNDEF)
        return "<end>";
    jg_str *s;
    assert_int_equal(jg_repr(vm, x, &s), JG_OK);
    snprintf(buf, cap, "%s", s->data);
    return buf;
}

static jg_vm *run(const char *src)
{
    jg_vm_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = discard_write;
    cfg.write_err = discard_write;
    jg_err err;
    memset(&err, 0, sizeof err);
    jg_vm *vm = jg_vm_new(&cfg, &err);
    assert_non_null(vm);
    if (jg_vm_run_source(vm, "test.py", src, strlen(src), &err) != JG_OK)
        fail_msg("program failed: %s", err.msg);
    return vm;
}

static jg_value global(jg_vm *vm, const char *name)
{
    jg_value v = jg_dict_get_str(vm->main_module->dict, jg_str_intern_cstr(vm, name));
    assert_true(v != JG_UNDEF);
    return v;
}

/* ---------------------------------------------------------------- round trips */

static void test_iterators_resume_where_they_were(void **unused)
{
    (void)unused;
    expect_output(
        "import pickle\n"
        "def rt(x):\n"
        "    return pickle.loads(pickle.dumps(x))\n"
        "def half(it, n=1):\n"
        "    for _ in range(n):\n"
        "        next(it)\n"
        "    return it\n"
        "print(list(rt(half(iter([1, 2, 3])))), list(rt(half(reversed([1, 2, 3])))))\n"
        "print(list(rt(half(iter((1, 2, 3))))),\n"
        "      list(rt(half(iter('h\\u00e9\\u20acl\\U0001f600x'), 2))))\n"
        "print(list(rt(half(iter(b'abc')))), list(rt(half(reversed('a\\u00e9\\u20ac')))))\n"
        "print(list(rt(half(iter(range(3, 9, 2))))), list(rt(half(reversed(range(4))))))\n"
        "print(list(rt(half(iter(range(2 ** 60, 2 ** 60 + 3))))), list(rt(iter(range(0)))))\n"
        "d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}\n"
        "del d['b']\n"
        "print(list(rt(half(iter(d)))), list(rt(half(iter(d.values())))),\n"
        "      list(rt(half(iter(d.items())))))\n"
        "print(list(rt(half(reversed(d)))), list(rt(half(reversed(d.items())))))\n"
        "print(rt(d.keys()), rt(d.values()), rt(d.items()))\n"
        "print(list(rt(half(enumerate('abc', 10)))), list(rt(half(zip('abc', [1, 2, 3])))))\n"
        "print(list(rt(half(map(abs, [-1, -2, -3])))),\n"
        "      list(rt(half(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))))\n"
        "print(list(rt(half(filter(None, [0, 1, 2, 0, 3])))),\n"
        "      list(rt(half(filter(lambda x: x % 2, range(7))))))\n"
        "class Seq:\n"
        "    def __getitem__(self, i):\n"
        "        if i > 3:\n"
        "            raise IndexError(i)\n"
        "        return i * i\n"
        "print(list(rt(half(iter(Seq())))))\n"
        "class Tick:\n"
        "    def __init__(self):\n"
        "        self.n = 0\n"
        "    def __call__(self):\n"
        "        self.n += 1\n"
        "        return self.n\n"
        "it = half(iter(Tick(), 4))\n"
        "print(list(rt(it)), list(it))\n"
        "z = half(zip([1, 2], [3, 4, 5], strict=True))\n"
        "try:\n"
        "    list(rt(z))\n"
        "except ValueError as e:\n"
        "    print(e)\n"
        "it = iter([1, 2])\n"
        "a, b = rt([it, it])\n"
        "print(a is b, next(a), next(b), list(rt(it)))\n"
        "l = [1, 2, 3]\n"
        "l.append(iter(l))\n"
        "l2 = rt(l)\n"
        "print(next(l2[3]), next(l2[3]), l2[3] is not l[3])\n"
        "ex = iter([1])\n"
        "list(ex)\n"
        "print(list(rt(ex)))\n",
        "[2, 3] [2, 1]\n"
        "[2, 3] ['\xe2\x82\xac', 'l', '\xf0\x9f\x98\x80', 'x']\n"
        "[98, 99] ['\xc3\xa9', 'a']\n"
        "[5, 7] [2, 1, 0]\n"
        "[1152921504606846977, 1152921504606846978] []\n"
        "['c', 'd'] [3, 4] [('c', 3), ('d', 4)]\n"
        "['c', 'a'] [('c', 3), ('a', 1)]\n"
        "dict_keys(['a', 'c', 'd']) dict_values([1, 3, 4]) "
        "dict_items([('a', 1), ('c', 3), ('d', 4)])\n"
        "[(11, 'b'), (12, 'c')] [('b', 2), ('c', 3)]\n"
        "[2, 3] [10, 18]\n"
        "[2, 3] [3, 5]\n"
        "[1, 4, 9]\n"
        "[2, 3] [2, 3]\n"
        "zip() argument 2 is longer than argument 1\n"
        "True 1 2 [1, 2]\n"
        "1 2 True\n"
        "[]\n");
}

static void test_dict_and_set_checks_survive(void **unused)
{
    (void)unused;
    expect_output(
        "import pickle\n"
        "def rt(x):\n"
        "    return pickle.loads(pickle.dumps(x))\n"
        "def attempt(f):\n"
        "    try:\n"
        "        print(f())\n"
        "    except RuntimeError as e:\n"
        "        print('RuntimeError:', e)\n"
        "d = {i: i for i in range(8)}\n"
        "del d[2], d[5]\n"
        "it = iter(d)\n"
        "next(it), next(it)\n"
        "d2, it2 = rt((d, it))\n"
        "print(list(it2))\n"
        "d2, it2 = rt((d, it))\n"
        "d2['x'] = 1\n"
        "attempt(lambda: next(it2))\n"
        "d2, it2 = rt((d, it))\n"
        "del d2[0]\n"
        "d2[99] = 0\n"
        "attempt(lambda: list(it2))\n"
        "d['y'] = 2\n"
        "attempt(lambda: next(it))\n"
        "attempt(lambda: next(rt(it)))\n"
        "s = {1, 2, 3, 4}\n"
        "it = iter(s)\n"
        "first = next(it)\n"
        "s2, it2 = rt((s, it))\n"
        "print(sorted(it2 ), first not in s2 or first in s2)\n"
        "s2, it2 = rt((s, it))\n"
        "s2.add(9)\n"
        "attempt(lambda: next(it2))\n"
        "s = set(range(40))\n"
        "for i in range(40):\n"
        "    if i not in (3, 17, 33):\n"
        "        s.discard(i)\n"
        "it = iter(s)\n"
        "seen = [next(it)]\n"
        "s2, it2 = rt((s, it))\n"
        "print(sorted(seen + list(it2)), sorted(s2))\n"
        "s.add(1)\n"
        "attempt(lambda: next(it))\n"
        "attempt(lambda: next(rt(it)))\n",
        "[3, 4, 6, 7]\n"
        "RuntimeError: dictionary changed size during iteration\n"
        "RuntimeError: dictionary keys changed during iteration\n"
        "RuntimeError: dictionary changed size during iteration\n"
        "RuntimeError: dictionary changed size during iteration\n"
        "[2, 3, 4] True\n"
        "RuntimeError: Set changed size during iteration\n"
        "[3, 17, 33] [3, 17, 33]\n"
        "RuntimeError: Set changed size during iteration\n"
        "RuntimeError: Set changed size during iteration\n");
}

static void test_other_objects_round_trip(void **unused)
{
    (void)unused;
    expect_output(
        "import pickle, math, sys, random\n"
        "def rt(x):\n"
        "    return pickle.loads(pickle.dumps(x))\n"
        "print(rt(slice(1, None, -1)), type(rt(object())).__name__)\n"
        "o = object()\n"
        "a, b = rt([o, o])\n"
        "print(a is b)\n"
        "class C:\n"
        "    def __init__(self):\n"
        "        self._v = 5\n"
        "    @property\n"
        "    def v(self):\n"
        "        return self._v\n"
        "    @staticmethod\n"
        "    def s(x):\n"
        "        return x + 1\n"
        "    @classmethod\n"
        "    def k(cls):\n"
        "        return cls.__name__\n"
        "class D(C):\n"
        "    def get(self):\n"
        "        return super()\n"
        "p, s, k = rt([C.__dict__['v'], C.__dict__['s'], C.__dict__['k']])\n"
        "print(p.fget(C()), s.__func__(1), type(k).__name__)\n"
        "print(rt(D().get()).v, type(rt(D().get())).__name__)\n"
        "l = [3, 1]\n"
        "app = rt(l.append)\n"
        "app(7)\n"
        "l2, app2 = rt([l, l.append])\n"
        "app2(9)\n"
        "print(l, l2, rt(math.sqrt)(81), rt(sys.stdout) is sys.stdout, rt(math) is math)\n"
        "print(rt(list.append), rt(dict.fromkeys)('ab', 0), rt({}.get)('x', 'dflt'))\n"
        "w = rt(sys.stdout.write)\n"
        "w('written\\n')\n"
        "print(rt({}.fromkeys)('a'), rt(int.from_bytes)(b'\\x01\\x00', 'big'))\n"
        "g = random.Random(7)\n"
        "g.random()\n"
        "g.gauss(0, 1)\n"
        "h = rt(g)\n"
        "print([g.random() for _ in range(2)] == [h.random() for _ in range(2)],\n"
        "      h.gauss_next == g.gauss_next)\n"
        "class L(list):\n"
        "    pass\n"
        "class Dct(dict):\n"
        "    pass\n"
        "class I(int):\n"
        "    def twice(self):\n"
        "        return self * 2\n"
        "class S(str):\n"
        "    pass\n"
        "class T(tuple):\n"
        "    pass\n"
        "class F(frozenset):\n"
        "    pass\n"
        "class B(bytes):\n"
        "    pass\n"
        "x = L([1, 2])\n"
        "x.tag = 'x'\n"
        "x.append(x)\n"
        "y = rt(x)\n"
        "print(type(y).__name__, y[:2], y[2] is y, y.tag)\n"
        "dd = Dct(a=1)\n"
        "dd['me'] = dd\n"
        "d2 = rt(dd)\n"
        "print(type(d2).__name__, d2['a'], d2['me'] is d2)\n"
        "print(rt(I(21)).twice(), type(rt(I(10 ** 30))).__name__, rt(I(10 ** 30)) == 10 ** 30)\n"
        "print(repr(rt(S('h\\u00e9'))), type(rt(S('x'))).__name__, rt(T((1, [2]))),\n"
        "      sorted(rt(F({3, 1}))), rt(B(b'q')))\n"
        "t = T(([],))\n"
        "t[0].append(t)\n"
        "t2 = rt(t)\n"
        "print(type(t2).__name__, t2[0][0] is t2)\n"
        "from collections import namedtuple, defaultdict, Counter, OrderedDict, deque\n"
        "P = namedtuple('P', 'x y')\n"
        "dfd = defaultdict(list)\n"
        "dfd['k'].append(1)\n"
        "print(rt(P(1, 2)), rt(dfd), rt(Counter('abca')), rt(OrderedDict(z=1)),\n"
        "      rt(deque([1, 2])))\n",
        "slice(1, None, -1) object\n"
        "True\n"
        "5 2 classmethod\n"
        "5 super\n"
        "[3, 1] [3, 1, 9] 9.0 True True\n"
        "<built-in function append> {'a': 0, 'b': 0} dflt\n"
        "written\n"
        "{'a': None} 256\n"
        "True True\n"
        "L [1, 2] True x\n"
        "Dct 1 True\n"
        "42 I True\n"
        "'h\xc3\xa9' S (1, [2]) [1, 3] b'q'\n"
        "T True\n"
        "P(x=1, y=2) defaultdict(<class 'list'>, {'k': [1]}) Counter({'a': 2, 'b': 1, 'c': 1}) "
        "OrderedDict([('z', 1)]) deque([1, 2])\n");
}

static void test_exceptions_keep_their_state(void **unused)
{
    (void)unused;
    expect_output(
        "import pickle\n"
        "def rt(x):\n"
        "    return pickle.loads(pickle.dumps(x))\n"
        "class AppError(Exception):\n"
        "    def __init__(self, code):\n"
        "        super().__init__('app', code)\n"
        "        self.code = code\n"
        "try:\n"
        "    try:\n"
        "        {}['k']\n"
        "    except KeyError as e:\n"
        "        raise AppError(7) from e\n"
        "except AppError as e:\n"
        "    caught = e\n"
        "e2 = rt(caught)\n"
        "print(repr(e2), e2.args, e2.code, repr(e2.__cause__), e2.__suppress_context__)\n"
        "print(e2.__context__ is e2.__cause__, e2.__traceback__.tb_lineno)\n"
        "try:\n"
        "    try:\n"
        "        1 / 0\n"
        "    except ZeroDivisionError:\n"
        "        raise ValueError('v')\n"
        "except ValueError as e:\n"
        "    v = rt(e)\n"
        "print(repr(v.__context__), v.__cause__, v.__suppress_context__)\n"
        "print(rt(StopIteration(3)).value, rt(SystemExit(2)).code)\n"
        "try:\n"
        "    'x'.nope\n"
        "except AttributeError as e:\n"
        "    a = rt(e)\n"
        "print(a.name, a.obj, a)\n"
        "ex = ValueError('shared')\n"
        "p, q = rt([ex, ex])\n"
        "print(p is q)\n",
        "AppError('app', 7) ('app', 7) 7 KeyError('k') True\n"
        "True 12\n"
        "ZeroDivisionError('division by zero') None False\n"
        "3 2\n"
        "nope x 'str' object has no attribute 'nope'\n"
        "True\n");
}

static void test_refusals(void **unused)
{
    (void)unused;
    expect_output("import pickle, sys\n"
                  "for v in [sys.exit.__class__]:\n"
                  "    try:\n"
                  "        pickle.dumps(v)\n"
                  "        print('pickled')\n"
                  "    except pickle.PicklingError as e:\n"
                  "        print(e)\n",
                  "pickled\n");
}

/* The prelude's markers come back as the same objects; code objects as CODE. */
static void test_markers_are_the_same_objects(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    for (int i = 0; i < 2; i++) {
        jg_bytes *b = dumps(vm, vm->markers[i]);
        jg_value back;
        assert_int_equal(jg_pickle_loads(vm, b->data, b->len, &back), JG_OK);
        assert_true(back == vm->markers[i]);
    }
    jg_vm_free(&vm);
}

/* ---------------------------------------------------------------- loaded objects */

static void test_crafted_iterators_stay_in_bounds(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    char buf[64];
    pk b;
    size_t at;
    /* A str iterator at code point 2 of "hé€x": yields '€' whole. */
    head(&b);
    at = native(&b, "str_iterator", 2);
    mp_str(&b, "h\xc3\xa9\xe2\x82\xacx");
    mp_int(&b, 2);
    ext_end(&b, at);
    jg_value it = loads(vm, &b);
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "'\xe2\x82\xac'");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "'x'");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    /* reversed over it, 3 code points left: '€', 'é', 'h'. */
    head(&b);
    at = native(&b, "reversed", 2);
    mp_str(&b, "h\xc3\xa9\xe2\x82\xacx");
    mp_int(&b, 3);
    ext_end(&b, at);
    it = loads(vm, &b);
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "'\xe2\x82\xac'");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "'\xc3\xa9'");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "'h'");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    /* A list iterator past the end is exhausted, and stays so. */
    head(&b);
    at = native(&b, "list_iterator", 2);
    list_of(&b, 2, 1, 2);
    mp_int(&b, 1000);
    ext_end(&b, at);
    it = loads(vm, &b);
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    /* A dict iterator far past the entries: exhausted. */
    head(&b);
    at = native(&b, "dict_keyiterator", 5);
    empty(&b, JG_PX_DICT);
    mp_int(&b, 4000000000);
    mp_int(&b, 5);
    mp_int(&b, 0);
    mp_bool(&b, false);
    ext_end(&b, at);
    it = loads(vm, &b);
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    /* ...and going backwards from far past them: the last one. */
    head(&b);
    at = native(&b, "dict_valueiterator", 5);
    {
        size_t d = ext_begin(&b, JG_PX_DICT);
        u8(&b, 0x82);
        mp_int(&b, 1);
        mp_int(&b, 10);
        mp_int(&b, 2);
        mp_int(&b, 20);
        ext_end(&b, d);
    }
    mp_int(&b, 4000000000);
    mp_int(&b, 2);
    mp_int(&b, 2);
    mp_bool(&b, true);
    ext_end(&b, at);
    it = loads(vm, &b);
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "20");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "10");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    /* A range iterator whose values leave the small ints: the big form. */
    head(&b);
    at = native(&b, "range_iterator", 3);
    mp_int(&b, (int64_t)1 << 46);
    mp_int(&b, (int64_t)1 << 46);
    mp_int(&b, 3);
    ext_end(&b, at);
    it = loads(vm, &b);
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "70368744177664");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "140737488355328");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "211106232532992");
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    /* A bytes iterator at its end. */
    head(&b);
    at = native(&b, "bytes_iterator", 2);
    mp_bin(&b, "ab", 2);
    mp_int(&b, 2);
    ext_end(&b, at);
    it = loads(vm, &b);
    assert_string_equal(next_str(vm, it, buf, sizeof buf), "<end>");
    jg_gc_collect(vm);
    jg_vm_free(&vm);
}

static void test_malformed_bodies_give_reasons(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    pk b;
    size_t at;
#define CASE(build, want)                                                                    \
    do {                                                                                     \
        head(&b);                                                                            \
        build;                                                                               \
        expect_error(vm, &b, want);                                                          \
    } while (0)
    CASE(at = ext_begin(&b, JG_PX_NATIVE); mp_array(&b, 0); ext_end(&b, at),
         "native object without a tag");
    CASE(at = ext_begin(&b, JG_PX_NATIVE); mp_int(&b, 3); ext_end(&b, at),
         "ext type 21 holds no array");
    CASE(at = ext_begin(&b, JG_PX_NATIVE); mp_array(&b, 1); mp_int(&b, 3); ext_end(&b, at),
         "expected a native object tag, found int");
    CASE(at = native(&b, "nope", 0); ext_end(&b, at), "unknown native object 'nope'");
    CASE(at = native(&b, "object", 1); mp_nil(&b); ext_end(&b, at), "object of 1 parts");
    CASE(at = native(&b, "slice", 2); mp_nil(&b); mp_nil(&b); ext_end(&b, at),
         "slice of 2 parts");
    CASE(at = native(&b, "slice", 3); mp_nil(&b); mp_nil(&b); mp_nil(&b); mp_nil(&b);
         ext_end(&b, at), "ext type 21 body is");
    /* list iterators */
    CASE(at = native(&b, "list_iterator", 2); mp_int(&b, 1); mp_int(&b, 0); ext_end(&b, at),
         "expected a list, found int");
    CASE(at = native(&b, "list_iterator", 2); list_of(&b, 1, 5); mp_int(&b, -1);
         ext_end(&b, at), "iterator position out of range");
    CASE(at = native(&b, "list_reverseiterator", 2); list_of(&b, 1, 5); mp_int(&b, -2);
         ext_end(&b, at), "iterator position out of range");
    CASE(at = native(&b, "list_iterator", 2); list_of(&b, 1, 5); mp_float(&b, 0.5);
         ext_end(&b, at), "iterator position out of range");
    CASE(at = native(&b, "tuple_iterator", 2); list_of(&b, 0); mp_int(&b, 0); ext_end(&b, at),
         "expected a tuple, found list");
    CASE(at = native(&b, "tuple_iterator", 4); mp_nil(&b); mp_int(&b, 0); mp_nil(&b);
         mp_nil(&b); ext_end(&b, at), "tuple_iterator of 4 parts");
    /* str, bytes and reversed positions */
    CASE(at = native(&b, "str_iterator", 2); mp_str(&b, "h\xc3\xa9"); mp_int(&b, 3);
         ext_end(&b, at), "iterator position out of range");
    CASE(at = native(&b, "str_iterator", 2); mp_bin(&b, "ab", 2); mp_int(&b, 0);
         ext_end(&b, at), "expected a str, found bytes");
    CASE(at = native(&b, "bytes_iterator", 2); mp_bin(&b, "ab", 2); mp_int(&b, 3);
         ext_end(&b, at), "iterator position out of range");
    CASE(at = native(&b, "reversed", 2); mp_str(&b, "ab"); mp_int(&b, 3); ext_end(&b, at),
         "reversed position out of range");
    CASE(at = native(&b, "reversed", 2); mp_str(&b, "ab"); mp_int(&b, -1); ext_end(&b, at),
         "reversed position out of range");
    /* range */
    CASE(at = native(&b, "range_iterator", 3); mp_int(&b, 0); mp_int(&b, 0); mp_int(&b, 3);
         ext_end(&b, at), "range iterator step is zero");
    CASE(at = native(&b, "range_iterator", 3); mp_int(&b, 0); mp_int(&b, 1); mp_int(&b, -3);
         ext_end(&b, at), "range iterator count is negative");
    CASE(at = native(&b, "range_iterator", 3); mp_str(&b, "0"); mp_int(&b, 1); mp_int(&b, 3);
         ext_end(&b, at), "range iterator field is not an int");
    CASE(at = native(&b, "range_iterator", 3); mp_bool(&b, true); mp_int(&b, 1);
         mp_int(&b, 3); ext_end(&b, at), "range iterator field is not an int");
    /* dicts and sets */
    CASE(at = native(&b, "dict_keyiterator", 5); empty(&b, JG_PX_DICT); mp_int(&b, -1);
         mp_int(&b, 0); mp_int(&b, 0); mp_bool(&b, false); ext_end(&b, at),
         "dict iterator position out of range");
    CASE(at = native(&b, "dict_itemiterator", 5); empty(&b, JG_PX_DICT); mp_int(&b, 0);
         mp_int(&b, 0); mp_int(&b, 0); mp_int(&b, 1); ext_end(&b, at),
         "dict iterator direction is not a bool");
    CASE(at = native(&b, "dict_keyiterator", 5); empty(&b, JG_PX_LIST); mp_int(&b, 0);
         mp_int(&b, 0); mp_int(&b, 0); mp_bool(&b, false); ext_end(&b, at),
         "expected a dict, found list");
    CASE(at = native(&b, "dict_keyiterator", 5); empty(&b, JG_PX_DICT); mp_int(&b, 0);
         mp_int(&b, 0); mp_int(&b, (int64_t)1 << 33); mp_bool(&b, false); ext_end(&b, at),
         "dict iterator size out of range");
    CASE(at = native(&b, "dict_keys", 1); empty(&b, JG_PX_SET); ext_end(&b, at),
         "expected a dict, found set");
    CASE(at = native(&b, "set_iterator", 5); mp_nil(&b); mp_int(&b, 0); mp_int(&b, 0);
         mp_int(&b, 0); mp_int(&b, 1); ext_end(&b, at),
         "exhausted set iterator with items to come");
    CASE(at = native(&b, "set_iterator", 3); mp_nil(&b); mp_int(&b, 0); mp_int(&b, 0);
         ext_end(&b, at), "set_iterator of 3 parts");
    CASE(at = native(&b, "set_iterator", 5); empty(&b, JG_PX_SET); mp_int(&b, 0);
         mp_int(&b, 0); mp_int(&b, 1); empty(&b, JG_PX_LIST); ext_end(&b, at),
         "unhashable type: 'list'");
    /* zip, map, enumerate, callable */
    CASE(at = native(&b, "zip", 4); empty(&b, JG_PX_TUPLE); mp_bool(&b, false);
         list_of(&b, 1, 1); mp_int(&b, -1); ext_end(&b, at), "more items taken than iterators");
    CASE(at = native(&b, "zip", 4); empty(&b, JG_PX_TUPLE); mp_bool(&b, false); mp_nil(&b);
         mp_int(&b, 1); ext_end(&b, at), "zip check position out of range");
    CASE(at = native(&b, "zip", 4); empty(&b, JG_PX_LIST); mp_bool(&b, false); mp_nil(&b);
         mp_int(&b, -1); ext_end(&b, at), "expected a tuple of iterators, found list");
    CASE(at = native(&b, "map", 3); builtin(&b, "abs"); empty(&b, JG_PX_TUPLE);
         empty(&b, JG_PX_DICT); ext_end(&b, at), "expected a list, found dict");
    CASE(at = native(&b, "enumerate", 2); empty(&b, JG_PX_LIST); mp_float(&b, 1.0);
         ext_end(&b, at), "enumerate count is not an int");
    CASE(at = native(&b, "callable_iterator", 3); mp_nil(&b); mp_nil(&b); mp_int(&b, 1);
         ext_end(&b, at), "exhausted callable iterator with a result taken");
    /* exceptions */
    CASE(at = native(&b, "exception", 12); builtin(&b, "int"); ext_end(&b, at),
         "class 'int' is not an exception class");
    CASE(at = native(&b, "exception", 13); for (int i = 0; i < 13; i++) mp_nil(&b);
         ext_end(&b, at), "exception of 13 parts");
    CASE(at = native(&b, "exception", 12); builtin(&b, "ValueError"); empty(&b, JG_PX_LIST);
         ext_end(&b, at), "expected exception args, found list");
    CASE(at = native(&b, "exception", 12); builtin(&b, "ValueError"); empty(&b, JG_PX_TUPLE);
         mp_nil(&b); mp_int(&b, 1); ext_end(&b, at), "expected an exception, found int");
    CASE(at = native(&b, "exception", 12); builtin(&b, "ValueError"); empty(&b, JG_PX_TUPLE);
         {
             size_t d = ext_begin(&b, JG_PX_DICT);
             u8(&b, 0x81);
             mp_int(&b, 1);
             mp_int(&b, 2);
             ext_end(&b, d);
         } ext_end(&b, at),
         "attribute name is not a str");
    CASE(at = native(&b, "exception", 14); builtin(&b, "ValueError"); empty(&b, JG_PX_TUPLE);
         mp_nil(&b); mp_nil(&b); mp_nil(&b); mp_bool(&b, false); mp_nil(&b); mp_nil(&b);
         mp_bool(&b, false); mp_nil(&b); mp_nil(&b); mp_nil(&b); mp_int(&b, 1); mp_int(&b, 0);
         ext_end(&b, at), "expected a code reference, found int");
    CASE(at = native(&b, "exception", 12); builtin(&b, "ValueError"); empty(&b, JG_PX_TUPLE);
         mp_nil(&b); mp_nil(&b); mp_nil(&b); mp_int(&b, 0); ext_end(&b, at),
         "__suppress_context__ is not a bool");
    /* subclass instances, generators, tracebacks */
    CASE(at = native(&b, "subclass", 3); builtin(&b, "list"); mp_nil(&b); empty(&b, JG_PX_LIST);
         ext_end(&b, at), "'list' is not a subclass of a built-in type");
    CASE(at = native(&b, "random", 3); builtin(&b, "int"); mp_nil(&b); mp_bin(&b, "", 0);
         ext_end(&b, at), "'int' is not a random generator class");
    CASE(at = native(&b, "traceback", 1); mp_int(&b, 3); ext_end(&b, at),
         "expected an attribute dict, found int");
    /* methods, modules */
    CASE(at = native(&b, "builtin_method", 3); mp_int(&b, 5); builtin(&b, "list");
         mp_str(&b, "append"); ext_end(&b, at), "'append' method bound to a 'int' object");
    CASE(at = native(&b, "builtin_method", 3); empty(&b, JG_PX_LIST); builtin(&b, "list");
         mp_str(&b, "nope"); ext_end(&b, at), "type 'list' has no built-in method 'nope'");
    CASE(at = native(&b, "builtin_method", 3); mp_int(&b, 5); mp_nil(&b); mp_str(&b, "append");
         ext_end(&b, at), "'int' object has no built-in method 'append'");
    CASE(at = native(&b, "builtin_method", 3); mp_int(&b, 5); mp_int(&b, 5);
         mp_str(&b, "append"); ext_end(&b, at), "expected a type, found int");
    CASE(at = native(&b, "builtin_method", 3); empty(&b, JG_PX_LIST); builtin(&b, "int");
         mp_str(&b, "__new__"); ext_end(&b, at), "type 'int' has no built-in method '__new__'");
    CASE(at = native(&b, "builtin_method", 3); builtin(&b, "int"); builtin(&b, "dict");
         mp_str(&b, "fromkeys"); ext_end(&b, at), "'fromkeys' method bound to a 'type' object");
    CASE(at = native(&b, "method_descriptor", 2); builtin(&b, "list"); mp_str(&b, "nope");
         ext_end(&b, at), "type 'list' has no built-in method 'nope'");
    CASE(at = native(&b, "method_descriptor", 2); mp_int(&b, 1); mp_str(&b, "x");
         ext_end(&b, at), "expected a type, found int");
    CASE(at = native(&b, "module_attr", 2); mp_str(&b, "nosuchmod"); mp_str(&b, "x");
         ext_end(&b, at), "module 'nosuchmod' is not loaded");
    CASE(at = native(&b, "module_attr", 2); mp_str(&b, "json"); mp_str(&b, "dumps");
         ext_end(&b, at), "module 'json' is not loaded");
    CASE(at = native(&b, "module_attr", 2); mp_str(&b, "math"); mp_str(&b, "nope");
         ext_end(&b, at), "Can't get attribute 'nope' on module 'math'");
    CASE(at = native(&b, "module", 1); mp_str(&b, "ma\x00th"); ext_end(&b, at),
         "is not loaded");
    CASE(at = native(&b, "super", 2); builtin(&b, "list"); mp_int(&b, 5); ext_end(&b, at),
         "super object of an unrelated object");
    CASE(at = native(&b, "property", 3); mp_nil(&b); mp_nil(&b); mp_nil(&b);
         ext_end(&b, at), "property of 3 parts");
#undef CASE
    /* math is made by native code alone: a load imports it. */
    head(&b);
    at = native(&b, "module_attr", 2);
    mp_str(&b, "math");
    mp_str(&b, "floor");
    ext_end(&b, at);
    assert_true(jg_is_kind(loads(vm, &b), JG_K_NATIVE));
    jg_vm_free(&vm);
}

/* A list or set subclass instance whose content is the instance itself
 * (REF 0) is refused: copying it into itself would never end, and moving a
 * set's table into itself would lose it. */
static void test_subclass_content_is_not_the_instance(void **unused)
{
    (void)unused;
    jg_vm *vm = run("class L(list):\n    pass\nclass S(set):\n    pass\n");
    static const char *const classes[] = {"L", "S"};
    for (int i = 0; i < 2; i++) {
        pk b;
        head(&b);
        size_t at = native(&b, "subclass", 3);
        main_class(&b, classes[i]);
        mp_nil(&b);
        u8(&b, 0xd6); /* REF 0 */
        u8(&b, 0);
        be(&b, 0, 4);
        ext_end(&b, at);
        char want[64];
        snprintf(want, sizeof want, "'%s' content is the instance itself", classes[i]);
        expect_error(vm, &b, want);
    }
    jg_vm_free(&vm);
}

/* A user tuple subclass is unfinished while its items are read: using it as a
 * key inside itself is refused, as for a plain tuple. */
static void test_unfinished_subclass_tuple(void **unused)
{
    (void)unused;
    jg_vm *vm = run("class T(tuple):\n    pass\n");
    pk b;
    head(&b);
    size_t at = native(&b, "subclass", 3);
    main_class(&b, "T");
    mp_nil(&b);
    {
        size_t d = ext_begin(&b, JG_PX_DICT);
        u8(&b, 0x81);
        /* REF 0: the subclass instance itself. */
        u8(&b, 0xd6);
        u8(&b, 0);
        be(&b, 0, 4);
        mp_int(&b, 1);
        ext_end(&b, d);
    }
    ext_end(&b, at);
    expect_error(vm, &b, "unfinished tuple used as a key");
    /* Its state index is one past the NATIVE's tag: a stale mark would break
     * every later key. */
    head(&b);
    at = ext_begin(&b, JG_PX_DICT);
    u8(&b, 0x81);
    empty(&b, JG_PX_TUPLE);
    mp_int(&b, 1);
    ext_end(&b, at);
    loads(vm, &b);
    jg_vm_free(&vm);
}

/* ---------------------------------------------------------------- mangled pickles */

static jg_str *str_of(jg_vm *vm, jg_value exc)
{
    jg_str *s = NULL;
    if (jg_exc_str(vm, exc, &s) != JG_OK) {
        jg_clear_exc(vm);
        return NULL;
    }
    return s;
}

/* Uses what a load gave: steps iterators, prints exceptions, pickles again. */
static void use(jg_vm *vm, jg_value v, jg_type *perr)
{
    if (jg_is_kind(v, JG_K_LIST)) {
        jg_list *l = JG_AS(jg_list, v);
        for (uint32_t i = 0; i < l->len; i++) {
            jg_value x = l->items[i], y;
            if (jg_is_kind(x, JG_K_ITER)) {
                for (int k = 0; k < 4; k++) {
                    jg_status st = jg_next(vm, x, &y);
                    if (st == JG_TAILCALL) {
                        vm->tail.callable = JG_NONE;
                        vm->tail.nargs = 0;
                    }
                    if (st == JG_RAISED)
                        jg_clear_exc(vm);
                    if (st != JG_OK || y == JG_UNDEF)
                        break;
                }
            } else if (jg_is_kind(x, JG_K_EXC)) {
                char last[256];
                jg_exc_print(vm, x, str_of, last, sizeof last);
            }
            jg_str *r;
            if (jg_repr(vm, x, &r) == JG_RAISED)
                jg_clear_exc(vm);
        }
    }
    jg_bytes *again;
    jg_status st = jg_pickle_dumps(vm, v, &again);
    if (st != JG_OK) {
        assert_int_equal(st, JG_RAISED);
        assert_true(jg_exc_matches(vm, perr) || jg_exc_matches(vm, vm->t.RecursionError));
        jg_clear_exc(vm);
    }
}

static void test_mangled_native_pickles_are_safe(void **unused)
{
    (void)unused;
    jg_vm *vm = run("import math, sys, random\n"
                    "d = {'a': 1, 'b': 2, 'c': 3}\n"
                    "s = {1, 2, 3}\n"
                    "def half(it):\n"
                    "    next(it)\n"
                    "    return it\n"
                    "def tb():\n"
                    "    try:\n"
                    "        1 / 0\n"
                    "    except ZeroDivisionError as e:\n"
                    "        return e\n"
                    "class E(Exception):\n"
                    "    pass\n"
                    "class L(list):\n"
                    "    pass\n"
                    "class T(tuple):\n"
                    "    pass\n"
                    "e = E('x')\n"
                    "e.__cause__ = tb()\n"
                    "sample = [half(iter([1, 2, 3])), half(reversed([1, 2])), half(iter((1, 2))),\n"
                    "          half(iter('h\\u00e9\\u20acl')), half(reversed('h\\u00e9\\u20ac')),\n"
                    "          half(iter(b'xyz')), half(iter(range(5))),\n"
                    "          half(iter(range(2 ** 70, 2 ** 70 + 3))),\n"
                    "          half(iter(d)), half(reversed(d)), half(iter(d.items())),\n"
                    "          half(iter(s)),\n"
                    "          half(enumerate('ab')), half(zip('ab', 'cd')),\n"
                    "          half(map(abs, [1, -2])), half(filter(None, [1, 0, 2])),\n"
                    "          half(iter([1, 2, 3].pop, 1)), d.keys(), d.values(),\n"
                    "          slice(1, 2), property(abs), super(L, L()), object(), e,\n"
                    "          L([1]), T((1, 2)), [].append, math.sqrt, sys.stdout, math,\n"
                    "          random.Random(3), list.append]\n");
    jg_value sample = global(vm, "sample");
    jg_bytes *b = dumps(vm, sample);
    jg_type *perr, *uerr;
    assert_int_equal(jg_pickle_error_types(vm, &perr, &uerr), JG_OK);
    /* The sample itself round-trips and its copy behaves. */
    jg_value back;
    assert_int_equal(jg_pickle_loads(vm, b->data, b->len, &back), JG_OK);
    use(vm, back, perr);
    /* The collections below free 'b': work on a copy. */
    size_t len = b->len;
    uint8_t *orig = malloc(len), *m = malloc(len);
    assert_true(orig && m);
    memcpy(orig, b->data, len);
    for (size_t n = 0; n < len; n++) {
        jg_value v;
        /* Every truncation is refused. */
        assert_int_equal(jg_pickle_loads(vm, orig, n, &v), JG_RAISED);
        assert_true(jg_exc_matches(vm, uerr));
        jg_clear_exc(vm);
        /* Every changed byte gives a value that is safe to use, or a reason. */
        static const int deltas[] = {1, -1, 0x80, 0x40};
        for (size_t k = 0; k < sizeof deltas / sizeof deltas[0]; k++) {
            memcpy(m, orig, len);
            m[n] = (uint8_t)(m[n] + deltas[k]);
            jg_status st = jg_pickle_loads(vm, m, len, &v);
            if (st == JG_OK) {
                use(vm, v, perr);
            } else {
                assert_int_equal(st, JG_RAISED);
                assert_true(jg_exc_matches(vm, uerr) || jg_exc_matches(vm, vm->t.MemoryError));
                jg_clear_exc(vm);
            }
        }
        if (n % 64 == 0)
            jg_gc_collect(vm);
    }
    free(m);
    free(orig);
    jg_vm_free(&vm);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_iterators_resume_where_they_were),
        cmocka_unit_test(test_dict_and_set_checks_survive),
        cmocka_unit_test(test_other_objects_round_trip),
        cmocka_unit_test(test_exceptions_keep_their_state),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_markers_are_the_same_objects),
        cmocka_unit_test(test_crafted_iterators_stay_in_bounds),
        cmocka_unit_test(test_malformed_bodies_give_reasons),
        cmocka_unit_test(test_unfinished_subclass_tuple),
        cmocka_unit_test(test_subclass_content_is_not_the_instance),
        cmocka_unit_test(test_mangled_native_pickles_are_safe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
