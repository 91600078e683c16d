/*
 * tests/vm/test_strformat.c - the three formatting systems against CPython
 * 3.11: `str % args` and `bytes % args`, str.format / format_map, and
 * format(value, spec) with f-strings.
 *
 * Each program's expected output was produced by running the same program
 * under /usr/bin/python3; the first tests call jg_format_value directly.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "jumpgate.h"
#include "str.h"
#include "strformat.h"

static jg_vm *new_vm(void)
{
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    return vm;
}

/* format(v, spec) through the C entry point f-strings use. */
static const char *fmt(jg_vm *vm, jg_value v, const char *spec)
{
    jg_str *out = NULL;
    jg_str *sp = spec ? jg_str_from_cstr(vm, spec) : NULL;
    assert_int_equal(jg_format_value(vm, v, sp, &out), JG_OK);
    return out->data;
}

static void test_format_value_formats_builtin_values(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    assert_string_equal(fmt(vm, jg_int(48879), NULL), "48879");
    assert_string_equal(fmt(vm, jg_int(-5), ""), "-5");
    assert_string_equal(fmt(vm, jg_int(48879), "#x"), "0xbeef");
    assert_string_equal(fmt(vm, jg_int(1234567), ","), "1,234,567");
    assert_string_equal(fmt(vm, jg_float(0.1), NULL), "0.1");
    assert_string_equal(fmt(vm, jg_float(3.14159), "8.3f"), "   3.142");
    assert_string_equal(fmt(vm, JG_TRUE, ""), "True");
    assert_string_equal(fmt(vm, JG_TRUE, "d"), "1");
    assert_string_equal(fmt(vm, JG_NONE, ""), "None");
    assert_string_equal(fmt(vm, jg_str_value(jg_str_from_cstr(vm, "ab")), "*^6"), "**ab**");
    jg_vm_free(&vm);
}

static void test_format_value_refuses_a_spec_for_object_format(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_str *out = NULL;
    assert_int_equal(jg_format_value(vm, JG_NONE, jg_str_from_cstr(vm, "x"), &out), JG_RAISED);
    jg_vm_free(&vm);
}

static void test_percent_formats_a_tuple_in_c(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_value items[3] = {jg_int(7), jg_float(0.5), jg_str_value(jg_str_from_cstr(vm, "abc"))};
    jg_tuple *t = jg_tuple_from(vm, items, 3);
    jg_value out;
    assert_int_equal(jg_str_percent(vm, jg_str_value(jg_str_from_cstr(vm, "%05d|%.2f|%s")),
                                    jg_obj_value(t), &out),
                     JG_OK);
    assert_string_equal(JG_AS(jg_str, out)->data, "00007|0.50|abc");
    jg_vm_free(&vm);
}

/* ---------------------------------------------------------------- running programs */

typedef struct {
    char *data;
    size_t len, cap;
} captured;

static void capture(void *ctx, const char *s, size_t len)
{
    captured *c = ctx;
    if (c->len + len + 1 > c->cap) {
        c->cap = (c->len + len + 1) * 2;
        c->data = realloc(c->data, c->cap);
        assert_non_null(c->data);
    }
    memcpy(c->data + c->len, s, len);
    c->len += len;
    c->data[c->len] = '\0';
}

/* Runs 'src' as a program and checks that it printed exactly 'want'. */
static void expect_output(const char *src, const char *want)
{
    captured out = {0};
    jg_vm_config cfg = {0};
    cfg.write_out = capture;
    cfg.write_err = capture;
    cfg.io_ctx = &out;
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(&cfg, &err);
    assert_non_null(vm);
    jg_status st = jg_vm_run_source(vm, "<test>", src, strlen(src), &err);
    jg_vm_free(&vm);
    if (st != JG_OK)
        print_message("program failed: %s\n", err.msg);
    assert_string_equal(out.data ? out.data : "", want);
    assert_int_equal(st, JG_OK);
    free(out.data);
}

/* ------------------------------------------------ programs (expected output: python3.11) */

static void test_percent_formats_every_conversion(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "print(\"%s %s\" % (\"a\", 1), \"%r\" % \"q\", \"%d%%\" % 50, \"%i\" % 7, \"%5d|%-5d|%0"
        "5d\" % (42, 42, 42))\n"
        "print(\"%f %.2f %10.3f %-10.1f|\" % (3.14159, 3.14159, 3.14159, 3.14159))\n"
        "print(\"%x %X %#x %o %#o %e %E %.3g %g\" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1"
        "234567, 0.0001))\n"
        "print(\"%c%c\" % (65, \"b\"), \"%(name)s is %(age)d\" % {\"name\": \"Al\", \"age\": 30"
        "}, \"%s\" % [1, 2])\n"
        "print(\"%+d % d %+.1f\" % (5, 5, -2.25), \"%*d|%-*d|\" % (5, 1, 4, 2), \"%.*f\" % (2, "
        "1.23456))\n"
        "print(\"%s\" % (1,), \"%s\" % ((1, 2),), \"%.3s\" % \"abcdef\", \"%5s|%-5s|\" % (\"r\""
        ", \"l\"), \"%5.2s|\" % \"\303\251\346\227\245x\")\n"
        "print(\"%d\" % True, \"%s\" % True, \"%x\" % -255, \"%#X\" % 2**70, \"%d\" % 1e20, \"%"
        "d\" % -3.9, \"%a\" % \"\303\251\", \"%r\" % \"\303\251\")\n"
        "print(\"%s %r\" % (None, None), \"%c\" % 0x65e5, \"abc\" % [], \"abc\" % {}, \"%%%s\" "
        "% \"x\")\n";
    static const char want[] =
        "a 1 'q' 50% 7    42|42   |00042\n"
        "3.141590 3.14      3.142 3.1       |\n"
        "ff FF 0xff 10 0o10 1.234568e+04 1.200000E-04 1.23e+06 0.0001\n"
        "Ab Al is 30 [1, 2]\n"
        "+5  5 -2.2     1|2   | 1.23\n"
        "1 (1, 2) abc     r|l    |    \303\251\346\227\245|\n"
        "1 True -ff 0X400000000000000000 100000000000000000000 -3 '\\xe9' '\303\251'\n"
        "None None \346\227\245 abc abc %x\n";
    expect_output(src, want);
}

static void test_percent_raises_cpythons_errors(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "for fmt, args in [(\"%d %d\", (1,)), (\"%d\", (1, 2)), (\"%d\", \"x\"), (\"%x\", 1.5),"
        " (\"%f\", \"x\"),\n"
        "                  (\"%c\", 2**70), (\"%c\", \"ab\"), (\"%c\", 1.5), (\"%z\", 1), (\"a%"
        "\303\251b\", 1), (\"%5%\", (1,)),\n"
        "                  (\"abc\", 5), (\"%(a)s\", 5), (\"%(a)s\", {}), (\"%(a\", {}), (\"%\""
        ", ()), (\"%*d\", (\"x\", 1)),\n"
        "                  (\"%.*f\", (2**40, 1.0)), (\"%*d\", (2**70, 1)), (\"%d\", float(\"in"
        "f\")), (\"%d\", float(\"nan\"))]:\n"
        "    t(lambda: fmt % args)\n";
    static const char want[] =
        "TypeError: not enough arguments for format string\n"
        "TypeError: not all arguments converted during string formatting\n"
        "TypeError: %d format: a real number is required, not str\n"
        "TypeError: %x format: an integer is required, not float\n"
        "TypeError: must be real number, not str\n"
        "OverflowError: %c arg not in range(0x110000)\n"
        "TypeError: %c requires int or char\n"
        "TypeError: %c requires int or char\n"
        "ValueError: unsupported format character 'z' (0x7a) at index 1\n"
        "ValueError: unsupported format character '\?' (0xe9) at index 2\n"
        "ValueError: unsupported format character '%' (0x25) at index 2\n"
        "TypeError: not all arguments converted during string formatting\n"
        "TypeError: format requires a mapping\n"
        "KeyError: 'a'\n"
        "ValueError: incomplete format key\n"
        "ValueError: incomplete format\n"
        "TypeError: * wants int\n"
        "OverflowError: Python int too large to convert to C int\n"
        "OverflowError: Python int too large to convert to C ssize_t\n"
        "OverflowError: cannot convert float infinity to integer\n"
        "ValueError: cannot convert float NaN to integer\n";
    expect_output(src, want);
}

static void test_percent_calls_python_str_and_index_of_user_objects(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "class P:\n"
        "    def __str__(self):\n"
        "        return \"P-str\"\n"
        "    def __repr__(self):\n"
        "        return \"P-repr\"\n"
        "class I:\n"
        "    def __index__(self):\n"
        "        return 42\n"
        "print(\"%s|%r|%5s|%-7r|\" % (P(), P(), P(), P()), \"%(p)s\" % {\"p\": P()}, \"%d %x %c"
        "\" % (I(), I(), I()))\n"
        "t(lambda: \"%d\" % P())\n"
        "t(lambda: \"%f\" % P())\n";
    static const char want[] =
        "P-str|P-repr|P-str|P-repr | P-str 42 2a *\n"
        "TypeError: %d format: a real number is required, not P\n"
        "TypeError: must be real number, not P\n";
    expect_output(src, want);
}

static void test_bytes_percent_formats_bytes(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "print(b\"%s %b\" % (b\"x\", b\"y\"), b\"%r %a\" % (\"\\xe9\", b\"x\"), b\"%d %x %.2f %"
        "5s|%-5s|\" % (5, 255, 1.5, b\"ab\", b\"cd\"))\n"
        "print(b\"%(a)s\" % {b\"a\": b\"z\"}, b\"%c%c\" % (65, b\"b\"), b\"%%|%3c|\" % 66)\n"
        "t(lambda: b\"%s\" % \"x\")\n"
        "t(lambda: b\"%s\" % 5)\n"
        "t(lambda: b\"%c\" % 300)\n"
        "t(lambda: b\"%c\" % b\"ab\")\n"
        "t(lambda: b\"%d\" % (1, 2))\n";
    static const char want[] =
        "b'x y' b\"'\\\\xe9' b'x'\" b'5 ff 1.50    ab|cd   |'\n"
        "b'z' b'Ab' b'%|  B|'\n"
        "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, no"
        "t 'str'\n"
        "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, no"
        "t 'int'\n"
        "OverflowError: %c arg not in range(256)\n"
        "TypeError: %c requires an integer in range(256) or a single byte\n"
        "TypeError: not all arguments converted during bytes formatting\n";
    expect_output(src, want);
}

static void test_format_method_resolves_fields_and_specs(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "class P:\n"
        "    def __init__(self):\n"
        "        self.x = 3\n"
        "        self.y = [10, 20]\n"
        "print(\"{} and {}\".format(\"a\", \"b\"), \"{1}{0}{1}\".format(\"x\", \"y\"), \"{n}!\""
        ".format(n=5))\n"
        "print(\"{0.x} {0.y[1]} {d[k]}\".format(P(), d={\"k\": \"v\"}), \"{{literal}} {}\".form"
        "at(1), \"{{}}\".format())\n"
        "print(\"{:>6}|{:<6}|{:^6}|\".format(\"r\", \"l\", \"c\"), \"{:08.3f}\".format(3.14159)"
        ", \"{:\303\251^7}\".format(\"ab\"))\n"
        "print(\"{0!r} {0!s} {0!a} {1:{2}}\".format(\"q\303\251\", 42, \"5d\"), \"{:,}\".format"
        "(1234567), \"{:{}{}}\".format(1, \"<\", 4))\n"
        "print(\"{x}-{y}\".format_map({\"x\": 1, \"y\": 2}), \"{0[1][0]}\".format([1, [5]]), \""
        "{0[1]}\".format(\"abc\"))\n"
        "print(\"{:{:{}}}\".format(1, 2, 3) if False else \"{0:{a}}\".format(3, a=4), \"{!r:>5}"
        "\".format(\"a\"), \"{0.real}\".format(5))\n"
        "print(\"{}\".format(None), \"{:5}|\".format(True), \"{}\".format(True), \"{:>5}\".form"
        "at(2**70 % 1000), \"{:x}\".format(2**70))\n";
    static const char want[] =
        "a and b yxy 5!\n"
        "3 20 v {literal} 1 {}\n"
        "     r|l     |  c   | 0003.142 \303\251\303\251ab\303\251\303\251\303\251\n"
        "'q\303\251' q\303\251 'q\\xe9'    42 1,234,567 1   \n"
        "1-2 5 b\n"
        "   3   'a' 5\n"
        "None     1| True   424 400000000000000000\n";
    expect_output(src, want);
}

static void test_format_method_raises_cpythons_errors(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "for fmt, a, k in [(\"{} {}\", (1,), {}), (\"{missing}\", (), {}), (\"{0!x}\", (1,), {}"
        "), (\"{0!}\", (1,), {}),\n"
        "                  (\"{0!r\", (1,), {}), (\"{0!rx}\", (1,), {}), (\"{\", (), {}), (\"}"
        "\", (), {}), (\"{0:{1}\", (1,), {}),\n"
        "                  (\"{a[}\", (1,), {}), (\"{0[0]x}\", ([1],), {}), (\"{0.}\", (1,), {}"
        "), (\"{0[]}\", (1,), {}),\n"
        "                  (\"{0[0]}\", ([],), {}), (\"{0[a]}\", ({},), {}), (\"{0.zz}\", (1,),"
        " {}), (\"{}{0}\", (1,), {}),\n"
        "                  (\"{0}{}\", (1,), {}), (\"{:{:{}}}\", (1, 2, 3), {}), (\"{a{}\", (1,"
        "), {}),\n"
        "                  (\"{99999999999999999999}\", (1,), {}), (\"{0:d}\", (\"x\",), {}), ("
        "\"{0:x}\", (None,), {}),\n"
        "                  (\"{0:>5}\", ([1],), {}), (\"{0[-1]}\", ([1, 2],), {})]:\n"
        "    t(lambda: fmt.format(*a, **k))\n"
        "t(lambda: \"{0}\".format_map({}))\n"
        "t(lambda: \"{a}\".format_map({}))\n";
    static const char want[] =
        "IndexError: Replacement index 1 out of range for positional args tuple\n"
        "KeyError: 'missing'\n"
        "ValueError: Unknown conversion specifier x\n"
        "ValueError: unmatched '{' in format spec\n"
        "ValueError: unmatched '{' in format spec\n"
        "ValueError: expected ':' after conversion specifier\n"
        "ValueError: Single '{' encountered in format string\n"
        "ValueError: Single '}' encountered in format string\n"
        "ValueError: unmatched '{' in format spec\n"
        "ValueError: expected '}' before end of string\n"
        "ValueError: Only '.' or '[' may follow ']' in format field specifier\n"
        "ValueError: Empty attribute in format string\n"
        "ValueError: Empty attribute in format string\n"
        "IndexError: list index out of range\n"
        "KeyError: 'a'\n"
        "AttributeError: 'int' object has no attribute 'zz'\n"
        "ValueError: cannot switch from automatic field numbering to manual field specification"
        "\n"
        "ValueError: cannot switch from manual field specification to automatic field numbering"
        "\n"
        "ValueError: Max string recursion exceeded\n"
        "ValueError: unexpected '{' in field name\n"
        "ValueError: Too many decimal digits in format string\n"
        "ValueError: Unknown format code 'd' for object of type 'str'\n"
        "TypeError: unsupported format string passed to NoneType.__format__\n"
        "TypeError: unsupported format string passed to list.__format__\n"
        "TypeError: list indices must be integers or slices, not str\n"
        "ValueError: Format string contains positional fields\n"
        "KeyError: 'a'\n";
    expect_output(src, want);
}

static void test_format_builtin_applies_specs_to_strs(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "s = \"jumpgate\"\n"
        "for spec in [\"\", \"s\", \"12\", \"<12\", \">12\", \"^12\", \"*^12\", \"-<12\", \".4"
        "\", \"10.3\", \">10.2s\", \"^3\"]:\n"
        "    print(repr(spec), \"[\" + format(s, spec) + \"]\")\n"
        "print(\"[\" + format(\"\", \"5\") + \"]\", \"[%s]\" % format(\"\303\251\346\227\245\","
        " \"^6\"), format(True, \"\"), format(True, \">5\"))\n"
        "print(format(2**70, \"x\"), format(2**70, \",.2f\"), format(-2**70, \"_d\"), format(12"
        ", \"b\"), format(3.5, \"\"), format(None, \"\"))\n"
        "t(lambda: format(\"abc\", \"d\"))\n"
        "t(lambda: format(12, \"s\"))\n"
        "t(lambda: format(None, \"x\"))\n"
        "t(lambda: format([1], \">3\"))\n"
        "t(lambda: \"x\".__format__(1))\n"
        "print(\"x\".__format__(\">3\"))\n";
    static const char want[] =
        "'' [jumpgate]\n"
        "'s' [jumpgate]\n"
        "'12' [jumpgate    ]\n"
        "'<12' [jumpgate    ]\n"
        "'>12' [    jumpgate]\n"
        "'^12' [  jumpgate  ]\n"
        "'*^12' [**jumpgate**]\n"
        "'-<12' [jumpgate----]\n"
        "'.4' [jump]\n"
        "'10.3' [jum       ]\n"
        "'>10.2s' [        ju]\n"
        "'^3' [jumpgate]\n"
        "[     ] [  \303\251\346\227\245  ] True     1\n"
        "400000000000000000 1,180,591,620,717,411,303,424.00 -1_180_591_620_717_411_303_424 110"
        "0 3.5 None\n"
        "ValueError: Unknown format code 'd' for object of type 'str'\n"
        "ValueError: Unknown format code 's' for object of type 'int'\n"
        "TypeError: unsupported format string passed to NoneType.__format__\n"
        "TypeError: unsupported format string passed to list.__format__\n"
        "TypeError: __format__() argument must be str, not int\n"
        "  x\n";
    expect_output(src, want);
}

static void test_fstrings_format_values_and_call_user_format(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "x = 3.14159\n"
        "n = 255\n"
        "s = \"h\303\251\"\n"
        "print(f\"{x}\", f\"{x:.2f}\", f\"{n:x}\", f\"{n:#010b}\", f\"{s!r}\", f\"{s!a}\", f\"{"
        "s:>5}\", f\"{n:,}\", f\"{x:{'^'}{10}.3}\")\n"
        "print(f\"<{n:x}>[{x:8.3f}]\", f\"{'a' 'b'}\", f\"{[1, 2]}\", f\"{None}\", f\"{True:d}"
        "\", f\"{2**70}\")\n"
        "class Q:\n"
        "    def __format__(self, spec):\n"
        "        return \"Q(\" + spec + \")\"\n"
        "    def __str__(self):\n"
        "        return \"Qstr\"\n"
        "print(f\"{Q()}\", f\"{Q():abc}\", \"{:xy}\".format(Q()), format(Q(), \"z\"), \"{0!s:>6"
        "}\".format(Q()))\n";
    static const char want[] =
        "3.14159 3.14 ff 0b11111111 'h\303\251' 'h\\xe9'    h\303\251 255    3.14   \n"
        "<ff>[   3.142] ab [1, 2] None 1 1180591620717411303424\n"
        "Q() Q(abc) Q(xy) Q(z)   Qstr\n";
    expect_output(src, want);
}

static void test_python_fallbacks_call_user_methods(void **unused)
{
    (void)unused;
    static const char src[] =
        "class P:\n"
        "    def __str__(self):\n"
        "        return \"P-str\"\n"
        "    def __repr__(self):\n"
        "        return \"P-repr\"\n"
        "class J:\n"
        "    def __index__(self):\n"
        "        return 1\n"
        "class I:\n"
        "    def __index__(self):\n"
        "        return 42\n"
        "print(\"%s|%r|%5s|%-7r|\".__mod__((P(), P(), P(), P())), \"%(p)s\".__mod__({\"p\": P()"
        "}), \"%d %x %c\".__mod__((I(), I(), I())))\n"
        "try:\n"
        "    \"%d\".__mod__(P())\n"
        "except TypeError as e:\n"
        "    print(e)\n"
        "print(\"{} {!r:>8} {:>6}\".format(P(), P(), \"x\"), \"{0.__class__}\".format(1) if Fal"
        "se else \"\", \"{p}\".format_map({\"p\": P()}))\n"
        "class Q:\n"
        "    def __format__(self, spec):\n"
        "        return \"Q(\" + spec + \")\"\n"
        "print(\"{:ab} {}\".format(Q(), Q()), f\"{Q():zz}\", format(Q(), \"y\"))\n"
        "print(str(P()), str(I()) if False else \"\", \"-\".join(str(i) for i in range(3)), \""
        "\".join(map(str, [1, 2])))\n"
        "class L:\n"
        "    def __init__(self):\n"
        "        self.i = 0\n"
        "    def __iter__(self):\n"
        "        return self\n"
        "    def __next__(self):\n"
        "        self.i += 1\n"
        "        if self.i > 3:\n"
        "            raise StopIteration\n"
        "        return \"x\" + str(self.i)\n"
        "print(\",\".join(L()), bytes(L2() for L2 in [int]) if False else \"\", \"abc\"[J()], "
        "\"abcdef\"[J():4])\n"
        "class S(str):\n"
        "    pass\n"
        "s = S(\"hello\")\n"
        "print(s[1:3], s.upper(), s + \"!\", type(s).__name__, str(s), repr(s), s == \"hello\","
        " hash(s) == hash(\"hello\"))\n"
        "print(bytes([1, I()]), \"abc\".translate({97: \"z\"}))\n";
    static const char want[] =
        "P-str|P-repr|P-str|P-repr | P-str 42 2a *\n"
        "%d format: a real number is required, not P\n"
        "P-str   P-repr      x  P-str\n"
        "Q(ab) Q() Q(zz) Q(y)\n"
        "P-str  0-1-2 12\n"
        "x1,x2,x3  b bcd\n"
        "el HELLO hello! S hello 'hello' True True\n"
        "b'\\x01*' zbc\n";
    expect_output(src, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_value_formats_builtin_values),
        cmocka_unit_test(test_format_value_refuses_a_spec_for_object_format),
        cmocka_unit_test(test_percent_formats_a_tuple_in_c),
        cmocka_unit_test(test_percent_formats_every_conversion),
        cmocka_unit_test(test_percent_raises_cpythons_errors),
        cmocka_unit_test(test_percent_calls_python_str_and_index_of_user_objects),
        cmocka_unit_test(test_bytes_percent_formats_bytes),
        cmocka_unit_test(test_format_method_resolves_fields_and_specs),
        cmocka_unit_test(test_format_method_raises_cpythons_errors),
        cmocka_unit_test(test_format_builtin_applies_specs_to_strs),
        cmocka_unit_test(test_fstrings_format_values_and_call_user_format),
        cmocka_unit_test(test_python_fallbacks_call_user_methods),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
