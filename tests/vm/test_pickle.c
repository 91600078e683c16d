/*
 * tests/vm/test_pickle.c - pickle.dumps/loads (vm/PICKLE.md): round trips, sharing,
 *
 * cycles, closures, determinism, and hostile inputs that must each give
 * pickle.UnpicklingError with its reason.  Programs that CPython also runs
 * are in tests/lang/modules/pickle_*.py; here is what is jumpgate-only.
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
#include "exc.h"
#include "pickle.h"
#include "set.h"
#include "vm_harness.h"
#include "pickle_expect.h"

/* A value with every kind the writer knows, sharing and a cycle. */
static jg_value sample(jg_vm *vm)
{
    jg_value big, nbig;
    assert_int_equal(jg_int_from_decimal(vm, "123456789012345678901234567890", &big), JG_OK);
    assert_int_equal(jg_int_from_decimal(vm, "-98765432109876543210", &nbig), JG_OK);
    jg_list *shared = jg_list_from(vm, (jg_value[]){jg_int(1), jg_float(2.5)}, 2);
    jg_dict *d = jg_dict_new(vm);
    jg_set *s = jg_set_new(vm, vm->t.set);
    jg_set *fs = jg_set_new(vm, vm->t.frozenset);
    assert_int_equal(jg_set_add(vm, s, jg_int(3)), JG_OK);
    assert_int_equal(jg_set_add(vm, fs, jg_obj_value(jg_str_from_cstr(vm, "f"))), JG_OK);
    assert_int_equal(jg_dict_set(vm, d, jg_obj_value(jg_str_from_cstr(vm, "k")),
                                 jg_obj_value(shared)), JG_OK);
    assert_int_equal(jg_dict_set(vm, d, jg_int(-7), jg_obj_value(jg_bytes_new(vm, "\0b", 2))),
                     JG_OK);
    jg_value items[] = {JG_NONE, JG_TRUE, JG_FALSE, jg_int(-40000), big, nbig,
                        jg_float(-0.0), jg_obj_value(jg_str_from_cstr(vm, "\xc3\xa9t\xc3\xa9")),
                        jg_obj_value(jg_tuple_from(vm, (jg_value[]){jg_obj_value(shared)}, 1)),
                        jg_obj_value(d), jg_obj_value(s), jg_obj_value(fs), jg_obj_value(shared)};
    jg_list *l = jg_list_from(vm, items, sizeof items / sizeof items[0]);
    assert_int_equal(jg_list_append(vm, l, jg_obj_value(l)), JG_OK);
    return jg_obj_value(l);
}

static jg_bytes *dumps(jg_vm *vm, jg_value v)
{
    jg_bytes *b = NULL;
    assert_int_equal(jg_pickle_dumps(vm, v, &b), JG_OK);
    return b;
}

static void test_values_round_trip_with_sharing_and_cycles(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_value v = sample(vm);
    jg_bytes *b = dumps(vm, v);
    jg_value back;
    assert_int_equal(jg_pickle_loads(vm, b->data, b->len, &back), JG_OK);
    assert_true(jg_is_kind(back, JG_K_LIST));
    jg_list *l = JG_AS(jg_list, back);
    assert_int_equal(l->len, 14);
    assert_true(l->items[13] == back);                       /* the cycle */
    jg_list *shared = JG_AS(jg_list, l->items[12]);
    assert_true(JG_AS(jg_tuple, l->items[8])->items[0] == l->items[12]); /* sharing */
    assert_true(jg_dict_get_str(JG_AS(jg_dict, l->items[9]), jg_str_intern_cstr(vm, "k")) ==
                jg_obj_value(shared));
    assert_true(l->items[0] == JG_NONE && l->items[1] == JG_TRUE && l->items[2] == JG_FALSE);
    assert_true(l->items[3] == jg_int(-40000));
    assert_true(jg_int_compare(vm, l->items[4], JG_AS(jg_list, v)->items[4]) == 0);
    assert_true(jg_int_compare(vm, l->items[5], JG_AS(jg_list, v)->items[5]) == 0);
    assert_true(l->items[6] == jg_float(-0.0));
    /* Equal graphs give equal bytes. */
    jg_bytes *b2 = dumps(vm, back);
    assert_int_equal(b->len, b2->len);
    assert_memory_equal(b->data, b2->data, b->len);
    jg_bytes *b3 = dumps(vm, sample(vm));
    assert_int_equal(b->len, b3->len);
    assert_memory_equal(b->data, b3->data, b->len);
    jg_vm_free(&vm);
}

static void test_every_truncation_is_refused(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_bytes *b = dumps(vm, sample(vm));
    for (size_t n = 0; n < b->len; n++)
        expect_unpickling_error(vm, b->data, n, NULL);
    jg_bytes *more = jg_bytes_new(vm, b->data, b->len + 1); /* the NUL after the data */
    expect_unpickling_error(vm, more->data, more->len, "trailing data after the pickle");
    jg_vm_free(&vm);
}

#define H "JGPK\x04\x01"
static void test_hostile_inputs_give_reasons(void **unused)
{
    (void)unused;
    static const struct {
        const char *data;
        size_t len;
        const char *want;
    } cases[] = {
#define C(s, w) {s, sizeof s - 1, w}
        C("", "truncated data"),
        C("JGP", "truncated data"),
        C("XXXX\x01\x01\xc0", "bad magic"),
        C("JGPK\x05\x01\xc0", "unsupported pickle format version 5"),
        C("JGPK\x04\x07\xc0", "pickle from compiler version 7"),
        C("JGPK\xa1x\x01\xc0", "malformed pickle header"),
        C(H, "truncated data"),
        C(H "\xc1", "invalid msgpack byte 0xc1"),
        C(H "\x91\x01", "array outside a container ext"),
        C(H "\x81\x01\x01", "map outside a container ext"),
        C(H "\xd6\x2a\x00\x00\x00\x00", "unknown ext type 42"),
        C(H "\xd6\xf0\x00\x00\x00\x00", "unknown ext type -16"),
        C(H "\xd6\x11\x00\x00\x00\x00", "a FRAME outside a tasklet or generator"),
        C(H "\xc7\x00\x16", "undefined value outside a frame"),
        C(H "\xd6\x17\x00\x00\x00\x00", "live object reference outside a repickle"),
        C(H "\xd6\x00\x00\x00\x00\x07", "reference to object 7 before it exists"),
        C(H "\xd5\x00\x00\x07", "REF body is 2 bytes, not 4"),
        C(H "\xc9\x00\x00\x00\x04\x03\x92\x01\x02\x03", "ext type 3 body is 4 bytes, its contents 3"),
        C(H "\xc9\x00\x00\x00\x04\x03\x91\x01\x02\xc0", "ext type 3 body is 4 bytes, its contents 2"),
        C(H "\xc9\x00\x00\x00\x02\x03\x92\x01", "truncated data"),
        C(H "\xc9\x7f\xff\xff\xff\x03\x90", "truncated data"),
        C(H "\xc7\x05\x03\xdd\xff\xff\xff\xff", "truncated data"),
        C(H "\xc7\x05\x04\xdf\xff\xff\xff\xff", "truncated data"),
        C(H "\xdb\xff\xff\xff\xff" "abc", "truncated data"),
        C(H "\xc6\x7f\xff\xff\xff" "abc", "truncated data"),
        C(H "\xa2\xff\xfe", "invalid UTF-8 in str"),
        C(H "\xc7\x01\x03\x01", "ext type 3 holds no array"),
        C(H "\xd4\x01\x00", "malformed big int"),
        C(H "\xd5\x01\x02\x05", "malformed big int"),
        C(H "\xd5\x01\x00\x00", "malformed big int"),
        C(H "\xc7\x02\x04\x81\x03", "truncated data"),
        C(H "\xc7\x04\x04\x81\xc0\xc0\x01", "ext type 4 body is 4 bytes, its contents 3"),
        C(H "\xc7\x04\x07\x93\x01\x02\x00", "range step is zero"),
        C(H "\xc7\x04\x07\x93\x01\xc0\x01", "range bound is not an int"),
        C(H "\xc7\x07\x0f\xa6nosuch", "no built-in 'nosuch'"),
        C(H "\xc7\x05\x0f\xa4open", "no built-in 'open'"),
        C(H "\xc7\x09\x0b\x92\xa3zzz\xa3" "Cls", "Can't get attribute 'Cls' on module 'zzz'"),
        C(H "\xc7\x03\x0c\x92\x01\x80", "expected a class, found int"),
        C(H "\xc7\x02\x0d\x92\x01", "truncated data"),
        C(H "\xc7\x03\x0d\x92\x01\x01", "method of a non-function"),
        C(H "\xc7\x03\x0e\x92\x01\x01", "cell of 2 values"),
        C(H "\xc7\x06\x09\x92\xc4\x02\x00\x00\x01", "code hash of 2 bytes"),
        C(H "\xc7\x04\x09\x92\xa1x\x01", "expected a code hash, found msgpack byte 0xa1"),
        C(H "\xc7\x24\x09\x92\xc4\x20" "0123456789abcdef0123456789abcdef" "\x01",
          "unknown code hash 3031323334353637"),
        /* A list key in a dict: TypeError inside becomes UnpicklingError. */
        C(H "\xc7\x06\x04\x81\xc7\x01\x03\x90\x01", "TypeError: unhashable type: 'list'"),
        /* t = ([{t: 1}],): the unfinished tuple as a key. */
        C(H "\xc7\x10\x02\x91\xc7\x0c\x03\x91\xc7\x08\x04\x81\xd6\x00\x00\x00\x00\x00\x01",
          "unfinished tuple used as a key"),
        /* A set's table after its elements (1): size, slots, finger. */
        C(H "\xc7\x08\x05\x91\x01\xc4\x04\x00\x01\x00\x00", "set table of 4 slots"),
        C(H "\xc7\x0d\x05\x91\x01\xc4\x08\x00\x01\x03\x00\x00\x00\x00\x00\x00",
          "set table slot 2 is 3"),
        C(H "\xc7\x0d\x05\x91\x01\xc4\x08\x00\x01\x01\x00\x00\x00\x00\x00\x00",
          "set table has slots for 2 elements, not 1"),
        C(H "\xc7\x0d\x05\x91\x01\xc4\x08\x02\x01\x02\x02\x02\x02\x02\x02\x00",
          "set table has no empty slot"),
        C(H "\xc7\x0d\x05\x91\x01\xc4\x08\x00\x01\x00\x00\x00\x00\x00\x00\xff",
          "set finger out of range"),
        C(H "\xc7\x04\x05\x91\x01\xa1x", "expected a set table, found msgpack byte 0xa1"),
        /* An instance whose class part refers to the instance. */
        C(H "\xc7\x08\x0c\x92\xd6\x00\x00\x00\x00\x00\x80", "reference to object 0 before it is made"),
#undef C
    };
    jg_vm *vm = new_vm();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_unpickling_error(vm, cases[i].data, cases[i].len, cases[i].want);
    jg_vm_free(&vm);
}

/* A set table the elements do not fit - an element away from its probe
 * sequence, or two equal elements - is not taken: the elements are added
 * (so a set never holds a key twice, nor one a look-up cannot find). */
static void test_set_table_the_elements_do_not_fit(void **unused)
{
    (void)unused;
    static const struct {
        const char *data;
        size_t len;
        uint32_t used;
    } cases[] = {
#define C(s, n) {s, sizeof s - 1, n}
        /* 1 in slot 3: its probe from slot 1 ends at the empty slot 1. */
        C(H "\xc7\x0d\x05\x91\x01\xc4\x08\x00\x00\x00\x01\x00\x00\x00\x00\x00", 1),
        /* 1 in slots 1 and 2. */
        C(H "\xc7\x0e\x05\x92\x01\x01\xc4\x08\x00\x01\x01\x00\x00\x00\x00\x00\x00", 1),
        /* 1 and 2 where they belong, behind a dummy: taken as it is. */
        C(H "\xc7\x0e\x05\x92\x01\x02\xc4\x08\x02\x01\x01\x00\x00\x00\x00\x00\x05", 2),
#undef C
    };
    jg_vm *vm = new_vm();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jg_value v;
        assert_int_equal(jg_pickle_loads(vm, (const uint8_t *)cases[i].data, cases[i].len, &v), JG_OK);
        assert_true(jg_is_kind(v, JG_K_SET));
        jg_set *s = JG_AS(jg_set, v);
        assert_int_equal(s->used, cases[i].used);
        for (int64_t k = 1; k <= (int64_t)cases[i].used; k++) {
            bool in;
            assert_int_equal(jg_set_contains(vm, s, jg_int(k), &in), JG_OK);
            assert_true(in);
        }
        /* taken as it is: the dummy and the finger too */
        assert_int_equal(s->fill, i == 2 ? 3 : s->used);
        if (i == 2)
            assert_int_equal(s->finger, 5);
    }
    jg_vm_free(&vm);
}

/* A loaded dict is filled in place (dict.h jg_dict_fill): keys sharing a
 * home slot, a key that comes twice (last value wins, first place kept, as
 * in a dict display), -1 and -2 (one hash), and more keys than the inline
 * table holds all come out as dict assignment would make them. */
static void test_loaded_dicts_take_every_key_as_assignment_would(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_value v, got;
    bool found;
    /* {1: 10, 9: 20, 1: 30}: 1 and 9 share slot 1 of 8 */
    static const char twice[] = H "\xc7\x07\x04\x83\x01\x0a\x09\x14\x01\x1e";
    assert_int_equal(jg_pickle_loads(vm, (const uint8_t *)twice, sizeof twice - 1, &v), JG_OK);
    jg_dict *d = JG_AS(jg_dict, v);
    assert_int_equal(d->n_used, 2);
    assert_true(d->entries[0].key == jg_int(1) && d->entries[0].value == jg_int(30));
    assert_true(d->entries[1].key == jg_int(9) && d->entries[1].value == jg_int(20));
    assert_int_equal(jg_dict_get(vm, d, jg_int(9), &got, &found), JG_OK);
    assert_true(found && got == jg_int(20));
    /* {-1: 1, -2: 2}: both hash to -2 */
    static const char same_hash[] = H "\xc7\x05\x04\x82\xff\x01\xfe\x02";
    assert_int_equal(jg_pickle_loads(vm, (const uint8_t *)same_hash, sizeof same_hash - 1, &v),
                     JG_OK);
    d = JG_AS(jg_dict, v);
    assert_int_equal(d->n_used, 2);
    for (int64_t k = -2; k <= -1; k++) {
        assert_int_equal(jg_dict_get(vm, d, jg_int(k), &got, &found), JG_OK);
        assert_true(found && got == jg_int(-k == 1 ? 1 : 2));
    }
    jg_vm_free(&vm);
    expect_output("import pickle\n"
                  "d = {str(i): i for i in range(50)}\n"
                  "d[0] = d[8] = d[16] = 'home 0'\n"
                  "e = pickle.loads(pickle.dumps(d))\n"
                  "print(e == d, list(e) == list(d), e['49'], e[16])\n"
                  "e['new'] = 1\n"
                  "del e['0']\n"
                  "print(len(e), e.get('0'), e['new'])\n",
                  "True True 49 home 0\n"
                  "53 None 1\n");
}

/* Outputs on both sides of the writer's inline buffer, and one that grows
 * its block many times, come back whole; an output's block holds little more
 * than the output (vm/pickle.c "The output"). */
static void test_outputs_of_every_size_round_trip(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    static const size_t lens[] = {0, 1, 200, 240, 250, 251, 252, 253, 254, 255, 256, 257,
                                  300, 1000, 5000, 1 << 20, 10, 3000};
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        char *text = malloc(lens[i] + 1);
        for (size_t k = 0; k < lens[i]; k++)
            text[k] = (char)('a' + k % 26);
        text[lens[i]] = '\0';
        jg_str *s = jg_str_from_cstr(vm, text);
        assert_non_null(s);
        jg_bytes *b;
        assert_int_equal(jg_pickle_dumps(vm, jg_obj_value(s), &b), JG_OK);
        assert_true(b->len > lens[i] && b->data[b->len] == '\0');
        assert_true(jg_gc_cell_size(b) <= offsetof(jg_bytes, data) + b->len + b->len / 8 + 64);
        jg_value v;
        assert_int_equal(jg_pickle_loads(vm, b->data, b->len, &v), JG_OK);
        assert_true(jg_is_kind(v, JG_K_STR));
        assert_int_equal(JG_AS(jg_str, v)->len, lens[i]);
        assert_memory_equal(JG_AS(jg_str, v)->data, text, lens[i]);
        free(text);
    }
    jg_vm_free(&vm);
}

/* A frame's unassigned slot is the empty UNDEF ext, which the slot reader
 * takes in its leaf switch (pickle_impl.h jg_pr_leaf); the same ext in the
 * fixext 1 form, or with a body, is refused with a reason. */
static void test_a_malformed_unassigned_slot_is_refused(void **unused)
{
    (void)unused;
    expect_output("import pickle, stackless\n"
                  "def f(ch):\n"
                  "    x = ch.receive()\n"
                  "    y = 1\n"
                  "    return x + y\n"
                  "ch = stackless.channel()\n"
                  "t = stackless.tasklet(f)(ch)\n"
                  "stackless.run()\n"
                  "b = pickle.dumps(t)\n"
                  "undef = b'\\xc7\\x00\\x16'\n"
                  "print(b.count(undef), pickle.loads(b).alive)\n"
                  "for bad in (b'\\xd4\\x16\\x00', b'\\xc7\\x01\\x16'):\n"
                  "    try:\n"
                  "        pickle.loads(b.replace(undef, bad, 1))\n"
                  "        print('loaded')\n"
                  "    except pickle.UnpicklingError as e:\n"
                  "        print(e)\n",
                  "2 True\n"
                  "malformed undefined value\n"
                  "undefined value outside a frame\n");
}

/* n nested LIST exts around nil. */
static void deep(jg_vm *vm, int n, const char *want)
{
    size_t len = 6 + (size_t)n * 7 + 1;
    unsigned char *p = malloc(len);
    memcpy(p, H, 6);
    for (int i = 0; i < n; i++) {
        size_t body = (size_t)(n - i - 1) * 7 + 1 + 1;
        unsigned char *h = p + 6 + (size_t)i * 7;
        h[0] = 0xc9;
        h[1] = (unsigned char)(body >> 24);
        h[2] = (unsigned char)(body >> 16);
        h[3] = (unsigned char)(body >> 8);
        h[4] = (unsigned char)body;
        h[5] = 3;
        h[6] = 0x91;
    }
    p[len - 1] = 0xc0;
    if (want) {
        expect_unpickling_error(vm, p, len, want);
    } else {
        jg_value v;
        assert_int_equal(jg_pickle_loads(vm, p, len, &v), JG_OK);
    }
    free(p);
}

static void test_nesting_is_bounded(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    deep(vm, JG_PICKLE_MAX_DEPTH, NULL);
    deep(vm, JG_PICKLE_MAX_DEPTH + 1, "nesting deeper than 1000");
    deep(vm, 100000, "nesting deeper than 1000");
    jg_vm_free(&vm);
}

/* A small object's memo index lives in its header only while its dumps runs
 * (vm/pickle.c "The memo"): a dumps that fails half way clears what it
 * marked, so the next one writes the same objects afresh, shared ones once. */
static void test_a_failed_dumps_leaves_no_marks(void **unused)
{
    (void)unused;
    expect_output("import pickle\n"
                  "shared = [1, 2]\n"
                  "big = list(range(100))\n"
                  "deep = []\n"
                  "for i in range(2000):\n"
                  "    deep = [deep]\n"
                  "try:\n"
                  "    pickle.dumps([shared, big, shared, deep])\n"
                  "except RecursionError:\n"
                  "    print('refused')\n"
                  "a = pickle.loads(pickle.dumps([big, shared, shared, big]))\n"
                  "print(a[0] == big, a[1] == shared, a[1] is a[2], a[0] is a[3], a[0] is not big)\n"
                  "b = pickle.loads(pickle.dumps({'s': shared}))\n"
                  "print(b == {'s': [1, 2]})\n",
                  "refused\n"
                  "True True True True True\n"
                  "True\n");
}

static void test_functions_closures_classes_in_python(void **unused)
{
    (void)unused;
    expect_output("import pickle\n"
                  "def make_counter(start):\n"
                  "    count = start\n"
                  "    def step(by=1):\n"
                  "        nonlocal count\n"
                  "        count += by\n"
                  "        return count\n"
                  "    return step\n"
                  "c = make_counter(10)\n"
                  "c()\n"
                  "c2 = pickle.loads(pickle.dumps(c))\n"
                  "print(c2(), c2(5), c(), c2.__name__, c2.__qualname__)\n"
                  "both = pickle.loads(pickle.dumps([c, c]))\n"
                  "print(both[0] is both[1], both[0](), both[1]())\n"
                  "lam = pickle.loads(pickle.dumps(lambda x, *, k=3: x * k))\n"
                  "print(lam(2), lam(2, k=4))\n"
                  "def rec(n):\n"
                  "    return 1 if n == 0 else n * rec(n - 1)\n"
                  "rec.tag = 'r'\n"
                  "r = pickle.loads(pickle.dumps(rec))\n"
                  "print(r(5), r.tag)\n"
                  "class A:\n"
                  "    pass\n"
                  "print(pickle.loads(pickle.dumps(A)) is A)\n"
                  "x = pickle.dumps({'a': [1, (2, 3)], 'b': {4}})\n"
                  "print(x == pickle.dumps(pickle.loads(x)), x[:4])\n"
                  "l = []\n"
                  "for i in range(2000): l = [l]\n"
                  "try:\n"
                  "    pickle.dumps(l)\n"
                  "except RecursionError as e:\n"
                  "    print(e)\n"
                  "def g():\n"
                  "    x = yield 1\n"
                  "    yield x * 2\n"
                  "it = g()\n"
                  "print(next(it))\n"
                  "it2 = pickle.loads(pickle.dumps(it))\n"
                  "print(it2.send(21), it.send(5))\n"
                  "class Local:\n"
                  "    pass\n"
                  "Hidden = Local\n"
                  "del Local\n"
                  "h = pickle.loads(pickle.dumps(Hidden()))\n"
                  "print(type(h).__name__, type(h) is Hidden, isinstance(h, object))\n",
                  "12 17 12 step make_counter.<locals>.step\n"
                  "True 13 14\n"
                  "6 8\n"
                  "120 r\n"
                  "True\n"
                  "True b'JGPK'\n"
                  "maximum recursion depth exceeded while pickling an object\n"
                  "1\n42 10\n"
                  "Local False True\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values_round_trip_with_sharing_and_cycles),
        cmocka_unit_test(test_every_truncation_is_refused),
        cmocka_unit_test(test_hostile_inputs_give_reasons),
        cmocka_unit_test(test_set_table_the_elements_do_not_fit),
        cmocka_unit_test(test_loaded_dicts_take_every_key_as_assignment_would),
        cmocka_unit_test(test_outputs_of_every_size_round_trip),
        cmocka_unit_test(test_a_malformed_unassigned_slot_is_refused),
        cmocka_unit_test(test_nesting_is_bounded),
        cmocka_unit_test(test_a_failed_dumps_leaves_no_marks),
        cmocka_unit_test(test_functions_closures_classes_in_python),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
