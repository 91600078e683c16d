/*
 * tests/vm/test_builtins.c - the built-in functions of vm/builtins.c.
 *
 * The first tests call the natives directly, as the interpreter does, and
 * check results and CPython 3.11's error messages word for word.  The last
 * ones run small programs, because what they test - a built-in handing its
 * work to its Python version in vm/lib/_builtins_fns.py when it meets Python
 * code - needs the interpreter; every expected output was printed by python3.11.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "builtins.h"
#include "exc.h"
#include "object_impl.h"

static jg_vm *vm;
static char out[16384];
static size_t out_len;
static char err_out[4096];
static size_t err_len;

static void capture_out(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    if (out_len + len < sizeof out) {
        memcpy(out + out_len, s, len);
        out_len += len;
        out[out_len] = '\0';
    }
}

static void capture_err(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    if (err_len + len < sizeof err_out) {
        memcpy(err_out + err_len, s, len);
        err_len += len;
        err_out[err_len] = '\0';
    }
}

static int setup(void **unused)
{
    (void)unused;
    jg_vm_config cfg = {0};
    cfg.write_out = capture_out;
    cfg.write_err = capture_err;
    jg_err err = {0};
    vm = jg_vm_new(&cfg, &err);
    if (!vm) {
        fprintf(stderr, "jg_vm_new: %s\n", err.msg);
        return -1;
    }
    out_len = err_len = 0;
    out[0] = err_out[0] = '\0';
    return 0;
}

static int teardown(void **unused)
{
    (void)unused;
    jg_vm_free(&vm);
    return 0;
}

/* ---------------------------------------------------------------- helpers */

static jg_value S(const char *s)
{
    return jg_obj_value(jg_str_from_cstr(vm, s));
}

static jg_value I(int64_t i)
{
    return jg_int_from_i64(vm, i);
}

static jg_value F(double d)
{
    return jg_float(d);
}

static jg_value L(int n, ...)
{
    jg_value items[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        items[i] = va_arg(ap, jg_value);
    va_end(ap);
    return jg_obj_value(jg_list_from(vm, items, (size_t)n));
}

static jg_value T(int n, ...)
{
    jg_value items[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        items[i] = va_arg(ap, jg_value);
    va_end(ap);
    return jg_obj_value(jg_tuple_from(vm, items, (size_t)n));
}

/* A kwnames tuple of 'n' names. */
static jg_tuple *KW(int n, ...)
{
    jg_tuple *t = jg_tuple_new(vm, (size_t)n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        t->items[i] = jg_obj_value(jg_str_intern_cstr(vm, va_arg(ap, const char *)));
    va_end(ap);
    return t;
}

static jg_value builtin(const char *name)
{
    jg_value v = jg_dict_get_str(vm->builtins, jg_str_intern_cstr(vm, name));
    assert_true(v != JG_UNDEF);
    return v;
}

/* Calls built-in 'name' as the interpreter calls a native. */
static jg_status call(const char *name, jg_value *args, int nargs, jg_tuple *kw, jg_value *res)
{
    jg_value f = builtin(name);
    assert_true(jg_is_kind(f, JG_K_NATIVE));
    *res = JG_UNDEF;
    return JG_AS(jg_native, f)->fn(vm, args, nargs, kw, res);
}

static const char *repr_of(jg_value v)
{
    jg_str *s;
    assert_int_equal(jg_repr(vm, v, &s), JG_OK);
    return s->data;
}

/* Calls 'name' and checks repr(result). */
static void check(const char *name, jg_value *args, int nargs, jg_tuple *kw, const char *want)
{
    jg_value r;
    jg_status st = call(name, args, nargs, kw, &r);
    if (st != JG_OK)
        fail_msg("%s() returned status %d", name, (int)st);
    assert_string_equal(repr_of(r), want);
}

static const char *exc_text(void)
{
    static char buf[512];
    jg_exc *e = JG_AS(jg_exc, vm->exc);
    const char *msg = "";
    if (e->args && e->args->len > 0 && jg_is_kind(e->args->items[0], JG_K_STR))
        msg = JG_AS(jg_str, e->args->items[0])->data;
    snprintf(buf, sizeof buf, "%s: %s", e->hdr.type->name->data, msg);
    return buf;
}

/* Calls 'name' and checks that it raised "Type: message". */
static void check_raises(const char *name, jg_value *args, int nargs, jg_tuple *kw,
                         const char *want)
{
    jg_value r;
    jg_status st = call(name, args, nargs, kw, &r);
    if (st != JG_RAISED)
        fail_msg("%s() returned status %d, not JG_RAISED", name, (int)st);
    assert_string_equal(exc_text(), want);
    jg_clear_exc(vm);
}

/* Calls 'name' and checks that it tail-called prelude function 'pyname'. */
static void check_tailcall(const char *name, jg_value *args, int nargs, jg_tuple *kw,
                           const char *pyname)
{
    jg_value r;
    jg_status st = call(name, args, nargs, kw, &r);
    if (st != JG_TAILCALL)
        fail_msg("%s() returned status %d, not JG_TAILCALL", name, (int)st);
    assert_true(vm->tail.callable == jg_prelude_get(vm, pyname));
    vm->tail.callable = JG_NONE;
}

/* Runs a program and checks its stdout. */
static void run(const char *src, const char *want)
{
    out_len = 0;
    out[0] = '\0';
    jg_err err = {0};
    jg_status st = jg_vm_run_source(vm, "t.py", src, strlen(src), &err);
    jg_flush_out(vm);
    if (st != JG_OK)
        fail_msg("program failed (%d): %s\nstderr: %s", (int)st, err.msg, err_out);
    assert_string_equal(out, want);
}

/* ---------------------------------------------------------------- len, repr, ascii */

static void test_len_counts_the_items_of_built_in_containers(void **unused)
{
    (void)unused;
    jg_value a[1] = {L(3, I(1), I(2), I(3))};
    check("len", a, 1, NULL, "3");
    a[0] = S("h\xc3\xa9llo");
    check("len", a, 1, NULL, "5");
    a[0] = T(0);
    check("len", a, 1, NULL, "0");
}

static void test_len_argument_errors_are_cpythons(void **unused)
{
    (void)unused;
    jg_value a[2] = {I(1), I(2)};
    check_raises("len", a, 0, NULL, "TypeError: len() takes exactly one argument (0 given)");
    check_raises("len", a, 2, NULL, "TypeError: len() takes exactly one argument (2 given)");
    check_raises("len", a, 1, KW(1, "x"), "TypeError: len() takes no keyword arguments");
    check_raises("len", a, 1, NULL, "TypeError: object of type 'int' has no len()");
}

static void test_ascii_escapes_every_non_ascii_code_point(void **unused)
{
    (void)unused;
    jg_value a[1] = {S("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n")};
    check("ascii", a, 1, NULL, "\"'\\\\xe9\\\\u20ac\\\\U0001f600\\\\n'\"");
    a[0] = L(2, I(1), S("\xc3\xbc"));
    jg_value r;
    assert_int_equal(call("ascii", a, 1, NULL, &r), JG_OK);
    assert_string_equal(JG_AS(jg_str, r)->data, "[1, '\\xfc']");
    jg_str *s = jg_str_from_cstr(vm, "plain"), *o;
    assert_int_equal(jg_ascii_of(vm, s, &o), JG_OK);
    assert_ptr_equal(o, s);
}

static void test_repr_of_built_in_values(void **unused)
{
    (void)unused;
    jg_value a[1] = {L(3, I(1), S("a"), JG_NONE)};
    check("repr", a, 1, NULL, "\"[1, 'a', None]\"");
    check_raises("repr", a, 0, NULL, "TypeError: repr() takes exactly one argument (0 given)");
}

/* ---------------------------------------------------------------- numbers */

static void test_abs_of_ints_floats_bools_and_big_ints(void **unused)
{
    (void)unused;
    jg_value a[1] = {I(-5)};
    check("abs", a, 1, NULL, "5");
    a[0] = F(-0.0);
    check("abs", a, 1, NULL, "0.0");
    a[0] = JG_TRUE;
    check("abs", a, 1, NULL, "1");
    a[0] = I(JG_SMALL_MIN);
    check("abs", a, 1, NULL, "140737488355328");
    a[0] = S("a");
    check_raises("abs", a, 1, NULL, "TypeError: bad operand type for abs(): 'str'");
    check_raises("abs", a, 0, NULL, "TypeError: abs() takes exactly one argument (0 given)");
}

static void test_chr_and_ord_round_trip_and_refuse_bad_arguments(void **unused)
{
    (void)unused;
    jg_value a[1] = {I(0x20ac)};
    check("chr", a, 1, NULL, "'\xe2\x82\xac'");
    a[0] = S("\xe2\x82\xac");
    check("ord", a, 1, NULL, "8364");
    a[0] = JG_TRUE;
    check("chr", a, 1, NULL, "'\\x01'");
    a[0] = I(-1);
    check_raises("chr", a, 1, NULL, "ValueError: chr() arg not in range(0x110000)");
    a[0] = I(0x110000);
    check_raises("chr", a, 1, NULL, "ValueError: chr() arg not in range(0x110000)");
    a[0] = I((int64_t)1 << 40);
    check_raises("chr", a, 1, NULL, "OverflowError: Python int too large to convert to C int");
    a[0] = F(1.5);
    check_raises("chr", a, 1, NULL,
                 "TypeError: 'float' object cannot be interpreted as an integer");
    a[0] = S("ab");
    check_raises("ord", a, 1, NULL,
                 "TypeError: ord() expected a character, but string of length 2 found");
    a[0] = I(5);
    check_raises("ord", a, 1, NULL,
                 "TypeError: ord() expected string of length 1, but int found");
    a[0] = JG_TRUE;
    check_raises("ord", a, 1, NULL,
                 "TypeError: ord() expected string of length 1, but bool found");
}

static void test_bin_oct_hex_write_sign_and_prefix(void **unused)
{
    (void)unused;
    jg_value a[1] = {I(-5)};
    check("bin", a, 1, NULL, "'-0b101'");
    a[0] = I(8);
    check("oct", a, 1, NULL, "'0o10'");
    a[0] = I(-255);
    check("hex", a, 1, NULL, "'-0xff'");
    a[0] = JG_TRUE;
    check("bin", a, 1, NULL, "'0b1'");
    a[0] = F(1.5);
    check_raises("hex", a, 1, NULL,
                 "TypeError: 'float' object cannot be interpreted as an integer");
}

static void test_divmod_floors_and_reports_division_by_zero(void **unused)
{
    (void)unused;
    jg_value a[2] = {I(7), I(-2)};
    check("divmod", a, 2, NULL, "(-4, -1)");
    a[0] = F(-7.5);
    a[1] = I(2);
    check("divmod", a, 2, NULL, "(-4.0, 0.5)");
    a[0] = I(1);
    a[1] = I(0);
    check_raises("divmod", a, 2, NULL,
                 "ZeroDivisionError: integer division or modulo by zero");
    a[1] = F(0.0);
    check_raises("divmod", a, 2, NULL, "ZeroDivisionError: float divmod()");
    a[0] = S("a");
    a[1] = I(1);
    check_raises("divmod", a, 2, NULL,
                 "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    check_raises("divmod", a, 1, NULL, "TypeError: divmod expected 2 arguments, got 1");
}

static void test_pow_with_two_and_three_arguments(void **unused)
{
    (void)unused;
    jg_value a[3] = {I(2), I(10), I(1000)};
    check("pow", a, 2, NULL, "1024");
    check("pow", a, 3, NULL, "24");
    a[1] = I(-1);
    a[2] = I(5);
    check("pow", a, 3, NULL, "3");
    jg_value none_mod[3] = {I(2), I(3), JG_NONE};
    check("pow", none_mod, 3, KW(1, "mod"), "8");
    jg_value k[3] = {I(2), I(3), I(5)};
    check("pow", k, 3, KW(2, "exp", "mod"), "3");
    a[2] = I(0);
    check_raises("pow", a, 3, NULL, "ValueError: pow() 3rd argument cannot be 0");
    a[2] = F(5.0);
    check_raises("pow", a, 3, NULL,
                 "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    a[2] = S("a");
    check_raises("pow", a, 3, NULL,
                 "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'");
    check_raises("pow", a, 1, NULL, "TypeError: pow() missing required argument 'exp' (pos 2)");
    jg_value four[4] = {I(1), I(2), I(3), I(4)};
    check_raises("pow", four, 4, NULL, "TypeError: pow() takes at most 3 arguments (4 given)");
}

static void test_round_rounds_half_to_even(void **unused)
{
    (void)unused;
    jg_value a[2] = {F(2.5), JG_NONE};
    check("round", a, 1, NULL, "2");
    check("round", a, 2, NULL, "2");
    a[0] = I(25);
    a[1] = I(-1);
    check("round", a, 2, NULL, "20");
    a[0] = F(1.25);
    a[1] = I(1);
    check("round", a, 2, NULL, "1.2");
    a[0] = S("a");
    check_raises("round", a, 1, NULL, "TypeError: type str doesn't define __round__ method");
    check_raises("round", a, 0, NULL,
                 "TypeError: round() missing required argument 'number' (pos 1)");
}

/* ---------------------------------------------------------------- types */

static void test_isinstance_and_issubclass_take_nested_tuples(void **unused)
{
    (void)unused;
    jg_value a[2] = {JG_TRUE, jg_obj_value(vm->t.int_)};
    check("isinstance", a, 2, NULL, "True");
    a[1] = T(2, jg_obj_value(vm->t.str), T(1, jg_obj_value(vm->t.int_)));
    check("isinstance", a, 2, NULL, "True");
    a[1] = T(2, jg_obj_value(vm->t.int_), I(5));
    check("isinstance", a, 2, NULL, "True");
    a[1] = T(2, jg_obj_value(vm->t.str), I(5));
    check_raises("isinstance", a, 2, NULL,
                 "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    a[0] = jg_obj_value(vm->t.bool_);
    a[1] = T(2, jg_obj_value(vm->t.str), jg_obj_value(vm->t.int_));
    check("issubclass", a, 2, NULL, "True");
    a[0] = I(1);
    check_raises("issubclass", a, 2, NULL, "TypeError: issubclass() arg 1 must be a class");
    a[1] = T(0);
    check("issubclass", a, 2, NULL, "False");
    a[0] = jg_obj_value(vm->t.int_);
    a[1] = I(1);
    check_raises("issubclass", a, 2, NULL,
                 "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
    check_raises("isinstance", a, 1, NULL, "TypeError: isinstance expected 2 arguments, got 1");
}

static void test_callable_knows_types_functions_and_natives(void **unused)
{
    (void)unused;
    jg_value a[1] = {builtin("len")};
    check("callable", a, 1, NULL, "True");
    a[0] = jg_obj_value(vm->t.int_);
    check("callable", a, 1, NULL, "True");
    a[0] = I(3);
    check("callable", a, 1, NULL, "False");
}

static void test_hash_and_id_follow_cpython(void **unused)
{
    (void)unused;
    jg_value a[1] = {I(-1)};
    check("hash", a, 1, NULL, "-2");
    a[0] = F(1.5);
    check("hash", a, 1, NULL, "1152921504606846977");
    a[0] = L(0);
    check_raises("hash", a, 1, NULL, "TypeError: unhashable type: 'list'");
    jg_value x, y;
    a[0] = I(7);
    assert_int_equal(call("id", a, 1, NULL, &x), JG_OK);
    assert_int_equal(call("id", a, 1, NULL, &y), JG_OK);
    assert_string_equal(repr_of(x), repr_of(y));
    a[0] = I(8);
    assert_int_equal(call("id", a, 1, NULL, &y), JG_OK);
    assert_string_not_equal(repr_of(x), repr_of(y));
}

/* ---------------------------------------------------------------- iteration */

static void test_sum_adds_ints_past_int64_and_floats_in_order(void **unused)
{
    (void)unused;
    jg_value big = I(INT64_MAX / 2 + 1);
    jg_value a[2] = {L(3, big, big, I(1))};
    check("sum", a, 1, NULL, "9223372036854775809");
    jg_value tenths[10];
    for (int i = 0; i < 10; i++)
        tenths[i] = F(0.1);
    a[0] = jg_obj_value(jg_list_from(vm, tenths, 10));
    check("sum", a, 1, NULL, "0.9999999999999999");
    a[0] = L(3, I(1), F(2.5), JG_TRUE);
    check("sum", a, 1, NULL, "4.5");
    a[0] = L(2, JG_TRUE, JG_TRUE);
    check("sum", a, 1, NULL, "2");
    a[0] = L(2, L(1, I(1)), L(1, I(2)));
    a[1] = L(0);
    check("sum", a, 2, NULL, "[1, 2]");
    check("sum", a, 2, KW(1, "start"), "[1, 2]");
    a[1] = S("b");
    check_raises("sum", a, 2, NULL,
                 "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    a[0] = I(5);
    check_raises("sum", a, 2, NULL, "TypeError: 'int' object is not iterable");
    check_raises("sum", a, 0, NULL,
                 "TypeError: sum() takes at least 1 positional argument (0 given)");
    a[1] = I(3);
    check_raises("sum", a, 2, KW(1, "x"),
                 "TypeError: 'x' is an invalid keyword argument for sum()");
}

static void test_min_max_with_native_key_and_default(void **unused)
{
    (void)unused;
    jg_value words = L(4, S("pear"), S("fig"), S("banana"), S("kiwi"));
    jg_value a[3] = {words, builtin("len")};
    check("max", a, 1, NULL, "'pear'");
    check("min", a, 1, NULL, "'banana'");
    check("max", a, 2, KW(1, "key"), "'banana'");
    check("min", a, 2, KW(1, "key"), "'fig'");
    jg_value n[3] = {I(3), I(7), I(5)};
    check("max", n, 3, NULL, "7");
    check("min", n, 3, NULL, "3");
    jg_value e[2] = {L(0), S("none")};
    check("max", e, 2, KW(1, "default"), "'none'");
    check_raises("max", e, 1, NULL, "ValueError: max() arg is an empty sequence");
    check_raises("min", e, 0, NULL, "TypeError: min expected at least 1 argument, got 0");
    check_raises("max", n, 3, KW(1, "default"),
                 "TypeError: Cannot specify a default for max() with multiple positional "
                 "arguments");
    check_raises("max", e, 2, KW(1, "foo"),
                 "TypeError: 'foo' is an invalid keyword argument for max()");
    jg_value three[4] = {L(0), JG_NONE, JG_NONE, I(1)};
    check_raises("min", three, 4, KW(3, "key", "default", "x"),
                 "TypeError: min() takes at most 2 keyword arguments (3 given)");
    jg_value one[1] = {I(1)};
    check_raises("max", one, 1, NULL, "TypeError: 'int' object is not iterable");
    jg_value mixed[2] = {I(1), S("a")};
    check_raises("max", mixed, 2, NULL,
                 "TypeError: '>' not supported between instances of 'str' and 'int'");
}

static void test_min_max_hand_a_python_key_to_their_python_version(void **unused)
{
    (void)unused;
    /* Any key but a native or a built-in type goes to the Python version
     * (which also reports that a str is not callable). */
    jg_value a[2] = {L(2, I(1), I(2)), S("not callable")};
    check_tailcall("max", a, 2, KW(1, "key"), "_max");
    check_tailcall("min", a, 2, KW(1, "key"), "_min");
    a[1] = jg_obj_value(vm->t.str);
    check("max", a, 2, KW(1, "key"), "2");
}

static void test_sorted_makes_a_new_sorted_list(void **unused)
{
    (void)unused;
    jg_value src = T(4, I(3), I(1), I(2), I(1));
    jg_value a[2] = {src, JG_TRUE};
    check("sorted", a, 1, NULL, "[1, 1, 2, 3]");
    check("sorted", a, 2, KW(1, "reverse"), "[3, 2, 1, 1]");
    a[0] = L(2, I(1), S("a"));
    check_raises("sorted", a, 1, NULL,
                 "TypeError: '<' not supported between instances of 'str' and 'int'");
    check_raises("sorted", a, 2, NULL, "TypeError: sorted expected 1 argument, got 2");
    a[1] = I(1);
    check_raises("sorted", a, 2, KW(1, "foo"),
                 "TypeError: 'foo' is an invalid keyword argument for sort()");
}

static void test_all_and_any_stop_at_the_deciding_item(void **unused)
{
    (void)unused;
    jg_value a[1] = {L(3, I(1), I(0), S("x"))};
    check("all", a, 1, NULL, "False");
    check("any", a, 1, NULL, "True");
    a[0] = L(0);
    check("all", a, 1, NULL, "True");
    check("any", a, 1, NULL, "False");
    a[0] = I(5);
    check_raises("all", a, 1, NULL, "TypeError: 'int' object is not iterable");
}

static void test_iter_and_next_step_and_default(void **unused)
{
    (void)unused;
    jg_value a[2] = {L(1, I(10)), S("end")};
    jg_value it;
    assert_int_equal(call("iter", a, 1, NULL, &it), JG_OK);
    jg_value b[2] = {it, S("end")};
    check("next", b, 1, NULL, "10");
    check("next", b, 2, NULL, "'end'");
    jg_value r;
    assert_int_equal(call("next", b, 1, NULL, &r), JG_RAISED);
    assert_true(jg_exc_matches(vm, vm->t.StopIteration));
    jg_clear_exc(vm);
    a[0] = I(5);
    check_raises("iter", a, 1, NULL, "TypeError: 'int' object is not iterable");
    check_raises("iter", a, 2, NULL, "TypeError: iter(v, w): v must be callable");
    check_raises("next", a, 1, NULL, "TypeError: 'int' object is not an iterator");
    check_raises("next", a, 0, NULL, "TypeError: next expected at least 1 argument, got 0");
}

/* ---------------------------------------------------------------- attributes */

static void test_getattr_default_and_hasattr_catch_attribute_errors(void **unused)
{
    (void)unused;
    jg_value a[3] = {I(1), S("zz"), S("dflt")};
    check("getattr", a, 3, NULL, "'dflt'");
    check("hasattr", a, 2, NULL, "False");
    check_raises("getattr", a, 2, NULL, "AttributeError: 'int' object has no attribute 'zz'");
    a[1] = S("real");
    check("hasattr", a, 2, NULL, "True");
    a[1] = I(2);
    check_raises("getattr", a, 2, NULL, "TypeError: attribute name must be string, not 'int'");
    check_raises("getattr", a, 1, NULL,
                 "TypeError: getattr expected at least 2 arguments, got 1");
    a[1] = S("a");
    check_raises("setattr", a, 3, NULL, "AttributeError: 'int' object has no attribute 'a'");
    check_raises("setattr", a, 2, NULL, "TypeError: setattr expected 3 arguments, got 2");
}

/* ---------------------------------------------------------------- print */

static void test_print_joins_with_sep_and_ends_with_end(void **unused)
{
    (void)unused;
    out_len = 0;
    jg_value a[5] = {S("a"), I(1), JG_NONE, S("-"), S("!\n")};
    jg_value r;
    assert_int_equal(call("print", a, 3, NULL, &r), JG_OK);
    assert_int_equal(call("print", a, 5, KW(2, "sep", "end"), &r), JG_OK);
    jg_value none[2] = {JG_NONE, JG_NONE};
    assert_int_equal(call("print", none, 2, KW(2, "sep", "end"), &r), JG_OK);
    jg_flush_out(vm);
    assert_string_equal(out, "a 1 None\na-1-None!\n\n");
    jg_value bad[2] = {I(1), I(5)};
    check_raises("print", bad, 2, KW(1, "sep"),
                 "TypeError: sep must be None or a string, not int");
    check_raises("print", bad, 2, KW(1, "end"),
                 "TypeError: end must be None or a string, not int");
    check_raises("print", bad, 2, KW(1, "foo"),
                 "TypeError: 'foo' is an invalid keyword argument for print()");
    check_raises("print", bad, 2, KW(1, "file"),
                 "AttributeError: 'int' object has no attribute 'write'");
}

/* ---------------------------------------------------------------- the module */

static void test_builtins_holds_types_exceptions_and_constants(void **unused)
{
    (void)unused;
    assert_true(builtin("int") == jg_obj_value(vm->t.int_));
    assert_true(builtin("ZeroDivisionError") == jg_obj_value(vm->t.ZeroDivisionError));
    assert_true(builtin("TabError") == jg_obj_value(vm->t.TabError));
    assert_true(builtin("NotImplemented") == JG_NOTIMPLEMENTED);
    assert_true(builtin("Ellipsis") == JG_ELLIPSIS);
    assert_true(builtin("__debug__") == JG_TRUE);
    assert_string_equal(JG_AS(jg_str, builtin("__name__"))->data, "builtins");
}

/* ---------------------------------------------------------------- Python versions */

static void test_len_repr_hash_of_python_classes(void **unused)
{
    (void)unused;
    run("class A:\n"
        "    def __len__(self): return 3\n"
        "    def __repr__(self): return 'A!'\n"
        "    def __hash__(self): return -1\n"
        "class B:\n"
        "    def __len__(self): return -1\n"
        "    def __hash__(self): return 2**64\n"
        "a = A()\n"
        "print(len(a), repr(a), ascii([a, '\\xe9']), hash(a), hash(B()))\n"
        "try:\n"
        "    len(B())\n"
        "except ValueError as e:\n"
        "    print(e)\n",
        "3 A! [A!, '\\xe9'] -2 8\n__len__() should return >= 0\n");
}

static void test_sum_min_max_sorted_over_python_iteration(void **unused)
{
    (void)unused;
    run("def gen(n):\n"
        "    for i in range(n):\n"
        "        yield i\n"
        "print(sum(gen(5)), sum(gen(3), 10), max(gen(4)), min(gen(4), default=9))\n"
        "print(sorted(gen(3), reverse=True), any(gen(2)), all(gen(2)))\n"
        "print(max([3, 1, 2], key=lambda v: -v), sorted(['b', 'A', 'c'], key=str.lower))\n"
        "print(sorted([3, 1, 2], key=lambda v: v % 3))\n",
        "10 13 3 0\n[2, 1, 0] True False\n1 ['A', 'b', 'c']\n[3, 1, 2]\n");
}

static void test_builtins_resume_an_iterator_they_started(void **unused)
{
    (void)unused;
    /* map with a native function yields natively until the generator it
     * maps over needs Python; nothing may be lost or repeated. */
    run("class V:\n"
        "    def __init__(self, x): self.x = x\n"
        "    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))\n"
        "    __radd__ = __add__\n"
        "    def __lt__(self, o): return self.x < o.x if isinstance(o, V) else NotImplemented\n"
        "    def __gt__(self, o): return self.x > o.x if isinstance(o, V) else NotImplemented\n"
        "vals = iter([1, 2, V(3), 4])\n"
        "print(sum(vals).x)\n"
        "it = iter([5, 1, V(0)])\n"
        "try:\n"
        "    max(it)\n"
        "except TypeError as e:\n"
        "    print(e)\n"
        "vs = iter([V(2), V(9), V(4)])\n"
        "print(max(vs).x, min(iter([V(2), V(1)])).x)\n"
        "it = iter([3, 4, V(1)])\n"
        "print(any(x == 7 for x in it))\n",
        "10\n'>' not supported between instances of 'V' and 'int'\n9 1\nFalse\n");
}

static void test_print_calls_python_str_and_file_write(void **unused)
{
    (void)unused;
    run("class P:\n"
        "    def __str__(self): return 'p!'\n"
        "class W:\n"
        "    def __init__(self): self.parts = []\n"
        "    def write(self, s): self.parts.append(s)\n"
        "w = W()\n"
        "print(1, P(), sep='|')\n"
        "print('a', P(), file=w, end='.')\n"
        "print(w.parts)\n"
        "print(*range(12), sep='')\n",
        "1|p!\n['a', ' ', 'p!', '.']\n01234567891011\n");
}

static void test_special_methods_are_called_by_their_built_ins(void **unused)
{
    (void)unused;
    run("class N:\n"
        "    def __abs__(self): return 'abs'\n"
        "    def __round__(self, n=None): return ('round', n)\n"
        "    def __divmod__(self, o): return ('divmod', o)\n"
        "    def __rdivmod__(self, o): return ('rdivmod', o)\n"
        "    def __index__(self): return 10\n"
        "    def __pow__(self, e, m=None): return ('pow', e, m)\n"
        "    def __format__(self, spec): return 'fmt:' + spec\n"
        "n = N()\n"
        "print(abs(n), round(n), round(n, 2), divmod(n, 1), divmod(1, n))\n"
        "print(bin(n), hex(n), oct(n), chr(n + 0 if False else 65), pow(n, 2), pow(n, 2, 3))\n"
        "print(format(n, 'x'), f'{n:>3}')\n",
        "abs ('round', None) ('round', 2) ('divmod', 1) ('rdivmod', 1)\n"
        "0b1010 0xa 0o12 A ('pow', 2, None) ('pow', 2, 3)\n"
        "fmt:x fmt:>3\n");
}

static void test_next_iter_getattr_with_python_code(void **unused)
{
    (void)unused;
    run("def g():\n"
        "    yield 1\n"
        "    yield 2\n"
        "it = g()\n"
        "print(next(it), next(it), next(it, 'done'))\n"
        "class C:\n"
        "    def __init__(self): self.i = 0\n"
        "    def __iter__(self): return self\n"
        "    def __next__(self):\n"
        "        self.i += 1\n"
        "        if self.i > 2: raise StopIteration\n"
        "        return self.i\n"
        "    def __getattr__(self, name): return name.upper()\n"
        "c = C()\n"
        "print(list(iter(c)), next(c, 'x'), getattr(c, 'abc'), hasattr(c, 'q'))\n"
        "class D:\n"
        "    def __getattr__(self, name): raise AttributeError(name)\n"
        "print(getattr(D(), 'nope', 'default'), hasattr(D(), 'nope'))\n",
        "1 2 done\n[1, 2] x ABC True\ndefault False\n");
}

static void test_locals_globals_vars_dir(void **unused)
{
    (void)unused;
    run("x = 1\n"
        "def f(p, q):\n"
        "    r = 1\n"
        "    def h(): return p\n"
        "    return sorted(locals()), dir()\n"
        "print(f(1, 2))\n"
        "print(globals()['x'], locals() is globals(), vars()['x'])\n"
        "class A:\n"
        "    k = 1\n"
        "    def f(self): pass\n"
        "a = A()\n"
        "a.y = 2\n"
        "print(vars(a), [n for n in dir(a) if not n.startswith('__')])\n"
        "print('__init__' in dir(A), '__qualname__' in dir(A), '__module__' in dir(A))\n",
        "(['h', 'p', 'q', 'r'], ['h', 'p', 'q', 'r'])\n"
        "1 True 1\n"
        "{'y': 2} ['f', 'k', 'y']\n"
        "True False True\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T_(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
        T_(test_len_counts_the_items_of_built_in_containers),
        T_(test_len_argument_errors_are_cpythons),
        T_(test_ascii_escapes_every_non_ascii_code_point),
        T_(test_repr_of_built_in_values),
        T_(test_abs_of_ints_floats_bools_and_big_ints),
        T_(test_chr_and_ord_round_trip_and_refuse_bad_arguments),
        T_(test_bin_oct_hex_write_sign_and_prefix),
        T_(test_divmod_floors_and_reports_division_by_zero),
        T_(test_pow_with_two_and_three_arguments),
        T_(test_round_rounds_half_to_even),
        T_(test_isinstance_and_issubclass_take_nested_tuples),
        T_(test_callable_knows_types_functions_and_natives),
        T_(test_hash_and_id_follow_cpython),
        T_(test_sum_adds_ints_past_int64_and_floats_in_order),
        T_(test_min_max_with_native_key_and_default),
        T_(test_min_max_hand_a_python_key_to_their_python_version),
        T_(test_sorted_makes_a_new_sorted_list),
        T_(test_all_and_any_stop_at_the_deciding_item),
        T_(test_iter_and_next_step_and_default),
        T_(test_getattr_default_and_hasattr_catch_attribute_errors),
        T_(test_print_joins_with_sep_and_ends_with_end),
        T_(test_builtins_holds_types_exceptions_and_constants),
        T_(test_len_repr_hash_of_python_classes),
        T_(test_sum_min_max_sorted_over_python_iteration),
        T_(test_builtins_resume_an_iterator_they_started),
        T_(test_print_calls_python_str_and_file_write),
        T_(test_special_methods_are_called_by_their_built_ins),
        T_(test_next_iter_getattr_with_python_code),
        T_(test_locals_globals_vars_dir),
#undef T_
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
