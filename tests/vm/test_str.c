/*
 * tests/vm/test_str.c - the str and bytes types against CPython 3.11.
 *
 * The first tests call str.c's C interface directly (code point offsets,
 * hashing, interning, UTF-8 checking, the Unicode tables).  The rest run small
 * programs and compare what they print with what python3.11 printed for the
 * same program (the expected text below was produced by running each program
 * under /usr/bin/python3), covering every str and bytes method with its
 * errors.
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

/* ---------------------------------------------------------------- the C interface */

static jg_vm *new_vm(void)
{
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    return vm;
}

static void test_offsets_of_a_long_non_ascii_str_match_a_scan(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    static const char unit[] = "a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80"; /* a é 日 😀 */
    size_t reps = 500, ulen = sizeof unit - 1;
    char *text = malloc(ulen * reps);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * ulen, unit, ulen);
    jg_str *s = jg_str_new(vm, text, ulen * reps);
    assert_non_null(s);
    assert_int_equal(s->n_chars, 4 * reps);
    assert_int_equal(s->len, ulen * reps);
    static const uint32_t cps[4] = {0x61, 0xE9, 0x65E5, 0x1F600};
    static const uint32_t offs[4] = {0, 1, 3, 6};
    /* Backwards first, so the lazily built index is exercised from its far end. */
    for (uint32_t i = s->n_chars; i-- > 0;) {
        uint32_t off = (uint32_t)((i / 4) * ulen + offs[i % 4]);
        assert_int_equal(jg_str_offset(s, i), off);
        assert_int_equal(jg_str_char_index(s, off), i);
        assert_int_equal(jg_str_char_at(s, i), cps[i % 4]);
    }
    assert_int_equal(jg_str_offset(s, s->n_chars), s->len);
    jg_str *mid = jg_str_slice(vm, s, 5, 9);
    assert_int_equal(mid->n_chars, 4);
    assert_memory_equal(mid->data, "\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80" "a", 10);
    free(text);
    jg_vm_free(&vm);
}

static void test_hash_is_cached_equal_for_equal_text_and_never_minus_one(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_str *a = jg_str_from_cstr(vm, "some text that is longer than sixteen bytes, even 48");
    jg_str *b = jg_str_from_cstr(vm, "some text that is longer than sixteen bytes, even 48");
    jg_str *c = jg_str_from_cstr(vm, "some text that is longer than sixteen bytes, even 49");
    assert_int_equal(a->hash, -1);
    int64_t h = jg_str_hash(a);
    assert_int_equal(a->hash, h);
    assert_int_equal(jg_str_hash(b), h);
    assert_int_not_equal(jg_str_hash(c), h);
    assert_true(jg_str_eq(a, b));
    assert_false(jg_str_eq(a, c));
    assert_true(jg_str_cmp(a, c) < 0);
    char xs[100];
    memset(xs, 'x', sizeof xs);
    for (size_t n = 0; n <= sizeof xs; n++)
        assert_int_not_equal(jg_hash_bytes(xs, n), -1);
    jg_vm_free(&vm);
}

static void test_code_point_order_is_byte_order(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_str *bmp_top = jg_str_from_cstr(vm, "\xef\xbf\xbf");     /* U+FFFF */
    jg_str *astral = jg_str_from_cstr(vm, "\xf0\x90\x80\x80");  /* U+10000 */
    jg_str *surrogate = jg_str_from_char(vm, 0xD800);
    jg_str *private_use = jg_str_from_char(vm, 0xE000);
    assert_true(jg_str_cmp(bmp_top, astral) < 0);
    assert_true(jg_str_cmp(surrogate, private_use) < 0);
    assert_true(jg_str_cmp(jg_str_from_cstr(vm, "ab"), jg_str_from_cstr(vm, "abc")) < 0);
    jg_vm_free(&vm);
}

static void test_intern_returns_one_object_per_text(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_str *a = jg_str_intern_cstr(vm, "__jg_test_name__");
    jg_str *b = jg_str_intern(vm, "__jg_test_name__xyz", 16);
    assert_ptr_equal(a, b);
    assert_true(a->is_interned);
    char longname[300];
    memset(longname, 'q', sizeof longname);
    jg_str *c = jg_str_intern(vm, longname, sizeof longname);
    jg_str *d = jg_str_intern(vm, longname, sizeof longname);
    assert_ptr_equal(c, d);
    jg_str *e = jg_str_from_cstr(vm, "__jg_test_name__");
    assert_ptr_equal(jg_str_intern_str(vm, e), a);
    jg_vm_free(&vm);
}

static void test_concat_keeps_byte_and_code_point_counts(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    jg_str *a = jg_str_from_cstr(vm, "h\xc3\xa9");
    jg_str *b = jg_str_from_cstr(vm, "llo");
    jg_str *c = jg_str_concat(vm, a, b);
    assert_int_equal(c->len, 6);
    assert_int_equal(c->n_chars, 5);
    assert_string_equal(c->data, "h\xc3\xa9llo");
    jg_vm_free(&vm);
}

static void test_repr_quotes_and_escapes_like_cpython(void **unused)
{
    (void)unused;
    jg_vm *vm = new_vm();
    assert_string_equal(jg_str_repr(vm, jg_str_from_cstr(vm, "it's"))->data, "\"it's\"");
    assert_string_equal(jg_str_repr(vm, jg_str_from_cstr(vm, "a'\"b"))->data, "'a\\'\"b'");
    assert_string_equal(jg_str_repr(vm, jg_str_from_cstr(vm, "\t\x01\x7f\\"))->data,
                        "'\\t\\x01\\x7f\\\\'");
    /* printable non-ASCII stays, the rest is escaped by size */
    assert_string_equal(jg_str_repr(vm, jg_str_from_cstr(vm, "\xc3\xa9\xc2\xa0"))->data,
                        "'\xc3\xa9\\xa0'");
    assert_string_equal(jg_str_repr(vm, jg_str_from_char(vm, 0xD800))->data, "'\\ud800'");
    assert_string_equal(jg_str_ascii(vm, jg_str_from_cstr(vm, "\xf0\x9f\x98\x80"))->data,
                        "'\\U0001f600'");
    jg_bytes *b = jg_bytes_new(vm, "'\x00\xff", 3);
    assert_string_equal(jg_bytes_repr(vm, b)->data, "b\"'\\x00\\xff\"");
    jg_vm_free(&vm);
}

static void test_utf8_check_reports_cpythons_reasons(void **unused)
{
    (void)unused;
    size_t n, bs, be;
    const char *why;
    assert_true(jg_utf8_check("a\xc3\xa9", 3, &n, &bs, &be, &why));
    assert_int_equal(n, 2);
    assert_false(jg_utf8_check("ab\xff", 3, &n, &bs, &be, &why));
    assert_string_equal(why, "invalid start byte");
    assert_int_equal(bs, 2);
    assert_int_equal(be, 3);
    assert_false(jg_utf8_check("\xe2\x82" "A", 3, &n, &bs, &be, &why));
    assert_string_equal(why, "invalid continuation byte");
    assert_int_equal(be - bs, 2);
    assert_false(jg_utf8_check("x\xe2\x82", 3, &n, &bs, &be, &why));
    assert_string_equal(why, "unexpected end of data");
    assert_int_equal(bs, 1);
    assert_false(jg_utf8_check("\xed\xa0\x80", 3, &n, &bs, &be, &why)); /* a surrogate */
    assert_int_equal(be - bs, 1);
    assert_false(jg_utf8_check("\xc0\x80", 2, &n, &bs, &be, &why)); /* overlong */
    assert_string_equal(why, "invalid start byte");
}

static void test_unicode_database_matches_cpython(void **unused)
{
    (void)unused;
    assert_int_equal(jg_uc_decimal('7'), 7);
    assert_int_equal(jg_uc_decimal(0x0663), 3);   /* ARABIC-INDIC DIGIT THREE */
    assert_int_equal(jg_uc_decimal(0x1D7D9), 1);  /* MATHEMATICAL DOUBLE-STRUCK DIGIT ONE */
    assert_int_equal(jg_uc_decimal(0x00B2), -1);  /* superscript two: a digit, not decimal */
    assert_true(jg_uc_isspace(0x3000));
    assert_true(jg_uc_isspace(0x1C));
    assert_false(jg_uc_isspace(0x200B));
    assert_false(jg_uc_isprintable(0xA0));
    assert_true(jg_uc_isprintable(0xE9));
    assert_true(jg_uc_isalpha(0x65E5));
    assert_true(jg_uc_isxid_start('_'));
    assert_false(jg_uc_isxid_start('1'));
    assert_true(jg_uc_isxid_continue(0x0301));
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

static void test_repr_picks_quotes_and_escapes_like_cpython(void **unused)
{
    (void)unused;
    static const char src[] =
        "for s in [\"abc\", \"it's\", 'say \"hi\"', \"both ' and \\\"\", \"tab\\there\", \"nl\\"
        "n\", \"\\\\\", \"\\x00\\x1f\\x7f\",\n"
        "          \"\303\251\346\227\245\346\234\254\360\237\230\200\", \"\\xa0\\xad\\u2028\","
        " \"\\ud800\", \"\\U000e0001\", \"\\x85\", \"\\u00ff\\u0100\"]:\n"
        "    print(repr(s))\n"
        "print(ascii(\"\303\251\346\227\245\360\237\230\200\\xff\"), ascii(\"plain\"))\n";
    static const char want[] =
        "'abc'\n"
        "\"it's\"\n"
        "'say \"hi\"'\n"
        "'both \\' and \"'\n"
        "'tab\\there'\n"
        "'nl\\n'\n"
        "'\\\\'\n"
        "'\\x00\\x1f\\x7f'\n"
        "'\303\251\346\227\245\346\234\254\360\237\230\200'\n"
        "'\\xa0\\xad\\u2028'\n"
        "'\\ud800'\n"
        "'\\U000e0001'\n"
        "'\\x85'\n"
        "'\303\277\304\200'\n"
        "'\\xe9\\u65e5\\U0001f600\\xff' 'plain'\n";
    expect_output(src, want);
}

static void test_plus_times_and_comparisons_work_by_code_point(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "a = \"abc\"\n"
        "print(a + \"def\", a * 3, 2 * \"xy\", a * 0, a * -1, \"\303\251\" * 3, 3 * \"\346\227"
        "\245\")\n"
        "print(\"apple\" < \"banana\", \"Zebra\" < \"apple\", \"abc\" < \"abcd\", \"b\" > \"abc"
        "\", \"\303\251\" > \"z\", \"\360\237\230\200\" > \"\\uffff\")\n"
        "t(lambda: \"abc\" + 1)\n"
        "t(lambda: \"abc\" * 2.0)\n"
        "t(lambda: \"abc\" * \"x\")\n"
        "t(lambda: \"abc\" * (2**63))\n"
        "t(lambda: \"a\" < 1)\n"
        "print(\"ab\" == \"ab\", \"ab\" != \"ab\", \"ab\" <= \"ab\", \"ab\" >= \"ac\")\n";
    static const char want[] =
        "abcdef abcabcabc xyxy   \303\251\303\251\303\251 \346\227\245\346\227\245\346\227\245"
        "\n"
        "True True True True True True\n"
        "TypeError: can only concatenate str (not \"int\") to str\n"
        "TypeError: can't multiply sequence by non-int of type 'float'\n"
        "TypeError: can't multiply sequence by non-int of type 'str'\n"
        "OverflowError: cannot fit 'int' into an index-sized integer\n"
        "TypeError: '<' not supported between instances of 'str' and 'int'\n"
        "True False True False\n";
    expect_output(src, want);
}

static void test_indexing_and_slicing_count_code_points(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "s = \"python\"\n"
        "print(s[0], s[5], s[-1], s[-6], s[2:4], s[-3:], s[::2], s[::-1], s[4:1:-1], s[100:], s"
        "[-100:2])\n"
        "u = \"h\303\251llo w\303\266rld \346\227\245\346\234\254 \360\237\230\200\"\n"
        "print(len(u), u[1], u[-1], u[12:14], u[::-1], u[::3], u[-2::-2], u[3:-3])\n"
        "t(lambda: s[6])\n"
        "t(lambda: s[-7])\n"
        "t(lambda: s[1.0])\n"
        "t(lambda: s[\"x\"])\n"
        "t(lambda: s[::0])\n"
        "t(lambda: s[2**70])\n"
        "long = \"a\303\251\346\227\245\" * 1000\n"
        "ok = all(long[i] == \"a\303\251\346\227\245\"[i % 3] for i in range(len(long)))\n"
        "print(len(long), ok, long[2999], long[1500:1503], long[-3:])\n";
    static const char want[] =
        "p n n p th hon pto nohtyp oht  py\n"
        "16 \303\251 \360\237\230\200 \346\227\245\346\234\254 \360\237\230\200 \346\234\254"
        "\346\227\245 dlr\303\266w oll\303\251h hlwl\346\227\245\360\237\230\200  \346\227\245d"
        "rwolh lo w\303\266rld \346\227\245\n"
        "IndexError: string index out of range\n"
        "IndexError: string index out of range\n"
        "TypeError: string indices must be integers, not 'float'\n"
        "TypeError: string indices must be integers, not 'str'\n"
        "ValueError: slice step cannot be zero\n"
        "IndexError: cannot fit 'int' into an index-sized integer\n"
        "3000 True \346\227\245 a\303\251\346\227\245 a\303\251\346\227\245\n";
    expect_output(src, want);
}

static void test_iteration_yields_one_char_strs_and_in_finds_substrings(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "print(list(\"hey\"), list(\"\303\251\346\227\245\360\237\230\200\"), [c * 2 for c in "
        "\"xyz\"], tuple(\"ab\"))\n"
        "print(\"ell\" in \"hello\", \"\" in \"x\", \"z\" not in \"abc\", \"\346\227\245\346"
        "\234\254\" in \"\343\201\253\346\227\245\346\234\254\350\252\236\")\n"
        "t(lambda: 1 in \"abc\")\n"
        "it = iter(\"ab\")\n"
        "print(next(it), next(it), next(it, \"done\"))\n";
    static const char want[] =
        "['h', 'e', 'y'] ['\303\251', '\346\227\245', '\360\237\230\200'] ['xx', 'yy', 'zz'] ('"
        "a', 'b')\n"
        "True True True True\n"
        "TypeError: 'in <string>' requires string as left operand, not int\n"
        "a b done\n";
    expect_output(src, want);
}

static void test_split_and_rsplit_follow_whitespace_and_maxsplit_rules(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "s = \"  a  b c   d  \"\n"
        "print(s.split(), s.split(\" \"), s.split(None, 1), s.rsplit(None, 1), s.rsplit(maxspli"
        "t=2))\n"
        "t2 = \"a,b,,c,\"\n"
        "print(t2.split(\",\"), t2.split(\",\", 2), t2.rsplit(\",\", 2), t2.split(\",\", maxspl"
        "it=1))\n"
        "print(t2.rsplit(\",\", maxsplit=0), \"\".split(), \"\".split(\",\"), \"abc\".split(\"a"
        "bc\"))\n"
        "print(\"a::b::c\".split(\"::\"), \"1<>2<>3\".rsplit(\"<>\", 1), \"x\".split(\"y\"))\n"
        "print(\"line1\\nline2\\r\\nline3\".split(), \"a\\x1cb\\x85c\\u3000d\".split(), \"a\\u0"
        "0a0b\".split())\n"
        "print(\"\346\227\245\346\234\254 \350\252\236 \343\201\256\".split(), \"\303\251,\303"
        "\274,\303\266\".split(\",\"), \" a b \".rsplit(None, 1))\n"
        "t(lambda: \"abc\".split(\"\"))\n"
        "t(lambda: \"abc\".split(1))\n"
        "t(lambda: \"abc\".split(maxsplit=1.0))\n";
    static const char want[] =
        "['a', 'b', 'c', 'd'] ['', '', 'a', '', 'b', 'c', '', '', 'd', '', ''] ['a', 'b c   d  "
        "'] ['  a  b c', 'd'] ['  a  b', 'c', 'd']\n"
        "['a', 'b', '', 'c', ''] ['a', 'b', ',c,'] ['a,b,', 'c', ''] ['a', 'b,,c,']\n"
        "['a,b,,c,'] [] [''] ['', '']\n"
        "['a', 'b', 'c'] ['1<>2', '3'] ['x']\n"
        "['line1', 'line2', 'line3'] ['a', 'b', 'c', 'd'] ['a', 'b']\n"
        "['\346\227\245\346\234\254', '\350\252\236', '\343\201\256'] ['\303\251', '\303\274', "
        "'\303\266'] [' a', 'b']\n"
        "ValueError: empty separator\n"
        "TypeError: must be str or None, not int\n"
        "TypeError: 'float' object cannot be interpreted as an integer\n";
    expect_output(src, want);
}

static void test_splitlines_knows_every_line_boundary(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "text = \"one\\ntwo\\r\\nthree\\rfour\\n\\nsix\"\n"
        "print(text.splitlines())\n"
        "print(text.splitlines(True))\n"
        "print(text.splitlines(keepends=True)[:2], \"\".splitlines(), \"end\\n\".splitlines())"
        "\n"
        "print(\"a\\x0bb\\x0cc\\x1cd\\x1de\\x1ef\\x85g\\u2028h\\u2029i\".splitlines())\n"
        "print(\"x\\r\".splitlines(True), \"\\n\\n\".splitlines())\n";
    static const char want[] =
        "['one', 'two', 'three', 'four', '', 'six']\n"
        "['one\\n', 'two\\r\\n', 'three\\r', 'four\\n', '\\n', 'six']\n"
        "['one\\n', 'two\\r\\n'] [] ['end']\n"
        "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']\n"
        "['x\\r'] ['', '']\n";
    expect_output(src, want);
}

static void test_join_checks_items_and_accepts_any_iterable(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "print(\", \".join([\"a\", \"b\", \"c\"]), \"\".join((\"x\", \"y\")), \"-\".join(str(i)"
        " for i in range(5)))\n"
        "print(\"/\".join({\"k1\": 1, \"k2\": 2}), \"+\".join([]), \"|\".join([\"one\"]), \" \""
        ".join(\"abc\"))\n"
        "print(\"\303\251\".join([\"\346\227\245\", \"\346\234\254\"]), \"\".join([\"a\" * 3, "
        "\"b\"]))\n"
        "t(lambda: \",\".join([\"a\", 1, \"b\"]))\n"
        "t(lambda: \",\".join([1, 2]))\n"
        "t(lambda: \",\".join(5))\n"
        "t(lambda: \",\".join([\"a\", b\"x\"]))\n";
    static const char want[] =
        "a, b, c xy 0-1-2-3-4\n"
        "k1/k2  one a b c\n"
        "\346\227\245\303\251\346\234\254 aaab\n"
        "TypeError: sequence item 1: expected str instance, int found\n"
        "TypeError: sequence item 0: expected str instance, int found\n"
        "TypeError: can only join an iterable\n"
        "TypeError: sequence item 1: expected str instance, bytes found\n";
    expect_output(src, want);
}

static void test_strip_variants_take_whitespace_or_a_char_set(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "s = \" \\t\\n hello world \\r\\n \"\n"
        "print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))\n"
        "print(\"xxhixyx\".strip(\"x\"), \"xxhixyx\".strip(\"xy\"), \"abcba\".lstrip(\"ab\"), "
        "\"abcba\".rstrip(\"ab\"))\n"
        "print(repr(\"   \".strip()), \"www.example.com\".strip(\"cmowz.\"), \"--a--\".strip(\""
        "-\"))\n"
        "print(\"\\u3000\346\227\245\346\234\254\\u3000\".strip(), \"\303\251\303\251a\303\251"
        "\303\251\".strip(\"\303\251\"), \"\346\227\245a\346\227\245\".strip(\"\346\227\245\346"
        "\234\254\"), \"x\".strip(None))\n"
        "t(lambda: \"abc\".strip(1))\n"
        "t(lambda: \"abc\".lstrip(1))\n";
    static const char want[] =
        "'hello world' 'hello world \\r\\n ' ' \\t\\n hello world'\n"
        "hixy hi cba abc\n"
        "'' example a\n"
        "\346\227\245\346\234\254 a a x\n"
        "TypeError: strip arg must be None or str\n"
        "TypeError: lstrip arg must be None or str\n";
    expect_output(src, want);
}

static void test_replace_and_count_honour_counts_and_ranges(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "s = \"the cat sat on the mat with the hat\"\n"
        "print(s.replace(\"the\", \"THE\"), s.replace(\"the\", \"a\", 2), s.replace(\"at\", \""
        "\"))\n"
        "print(\"aaaa\".replace(\"a\", \"b\", 0), \"abc\".replace(\"\", \"-\"), \"aaa\".replace"
        "(\"aa\", \"b\"), \"abc\".replace(\"\", \"-\", 2))\n"
        "print(\"\346\227\245\346\234\254\346\227\245\346\234\254\".replace(\"\346\234\254\", "
        "\"x\"), \"\303\251\".replace(\"\", \".\"), \"abc\".replace(\"x\", \"y\"))\n"
        "print(s.count(\"the\"), s.count(\"at\"), s.count(\"at\", 10), s.count(\"at\", 5, 20), "
        "s.count(\"\"))\n"
        "print(\"aaaa\".count(\"aa\"), \"\".count(\"a\"), \"abc\".count(\"\", 1), \"abc\".count"
        "(\"\", 4), \"\346\227\245\346\227\245\346\227\245\".count(\"\346\227\245\", 1))\n"
        "t(lambda: \"abc\".replace(1, \"\"))\n"
        "t(lambda: \"abc\".replace(\"\", 1))\n"
        "t(lambda: \"abc\".count(1))\n";
    static const char want[] =
        "THE cat sat on THE mat with THE hat a cat sat on a mat with the hat the c s on the m w"
        "ith the h\n"
        "aaaa -a-b-c- ba -a-bc\n"
        "\346\227\245x\346\227\245x .\303\251. abc\n"
        "3 4 2 2 36\n"
        "2 0 3 0 2\n"
        "TypeError: replace() argument 1 must be str, not int\n"
        "TypeError: replace() argument 2 must be str, not int\n"
        "TypeError: must be str, not int\n";
    expect_output(src, want);
}

static void test_find_family_clamps_ranges_and_reports_char_indices(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "s = \"hello world, hello there\"\n"
        "print(s.find(\"hello\"), s.rfind(\"hello\"), s.find(\"xyz\"), s.find(\"o\", 5), s.find"
        "(\"o\", 5, 7))\n"
        "print(s.index(\"world\"), s.rindex(\"l\"), s.find(\"\"), s.rfind(\"\"), s.find(\"h\", "
        "-5))\n"
        "print(s.find(\"there\", 0, 10), s.rfind(\"o\", 0, 10), s.find(\"o\", None, 5), \"abc\""
        ".find(\"\", 3), \"abc\".find(\"\", 4))\n"
        "u = \"\346\227\245\346\234\254\350\252\236\343\201\256\346\227\245\346\234\254\"\n"
        "print(u.find(\"\346\227\245\346\234\254\"), u.rfind(\"\346\227\245\346\234\254\"), u.f"
        "ind(\"\343\201\256\", 1, 4), u.index(\"\350\252\236\"), u.rfind(\"x\"))\n"
        "t(lambda: s.index(\"zzz\"))\n"
        "t(lambda: s.rindex(\"zzz\"))\n"
        "t(lambda: s.find(1))\n"
        "t(lambda: s.find(\"a\", 1.5))\n";
    static const char want[] =
        "0 13 -1 7 -1\n"
        "6 16 0 24 20\n"
        "-1 7 4 3 -1\n"
        "0 4 3 2 -1\n"
        "ValueError: substring not found\n"
        "ValueError: substring not found\n"
        "TypeError: must be str, not int\n"
        "TypeError: slice indices must be integers or None or have an __index__ method\n";
    expect_output(src, want);
}

static void test_startswith_and_endswith_take_tuples_and_ranges(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "name = \"report_2024.csv\"\n"
        "print(name.startswith(\"report\"), name.startswith((\"data\", \"report\")), name.start"
        "swith(\"2024\", 7))\n"
        "print(name.endswith(\".csv\"), name.endswith((\".txt\", \".json\")), name.endswith(\"r"
        "eport\", 0, 6))\n"
        "print(\"\".startswith(\"\"), \"abc\".startswith(\"\"), \"abc\".endswith((\"c\",)), \"a"
        "bc\".startswith(()))\n"
        "print(\"abc\".startswith(\"\", 3), \"abc\".startswith(\"\", 4), \"abc\".endswith(\"\","
        " 4), \"\346\227\245\346\234\254\".endswith(\"\346\234\254\"))\n"
        "t(lambda: name.startswith([\"report\"]))\n"
        "t(lambda: name.startswith((1,)))\n"
        "t(lambda: name.endswith(1))\n";
    static const char want[] =
        "True True True\n"
        "True False True\n"
        "True True True False\n"
        "True False False True\n"
        "TypeError: startswith first arg must be str or a tuple of str, not list\n"
        "TypeError: tuple for startswith must only contain str, not int\n"
        "TypeError: endswith first arg must be str or a tuple of str, not int\n";
    expect_output(src, want);
}

static void test_case_methods_use_full_unicode_mappings(void **unused)
{
    (void)unused;
    static const char src[] =
        "s = \"hello World-of pYTHON 3rd \303\251clair\"\n"
        "print(s.upper())\n"
        "print(s.lower())\n"
        "print(s.title())\n"
        "print(s.capitalize())\n"
        "print(s.swapcase())\n"
        "print(\"Stra\303\237e\".upper(), \"\303\211COLE\".lower(), \"\303\237\".casefold(), \""
        "they're bill's\".title())\n"
        "print(\"\316\243\316\221\316\243 \316\237\316\224\316\237\316\243\".lower(), \"\307"
        "\206emal\".title(), \"\307\206\".capitalize(), \"\304\260\".lower(), \"\357\254\201\"."
        "upper(), \"\305\211\".title())\n"
        "print(\"\320\237\321\200\320\270\320\262\320\265\321\202 \320\234\320\270\321\200\".sw"
        "apcase(), \"\316\221\316\222\316\223\".casefold(), \"\303\200\303\211\303\216\".lower("
        ").upper())\n"
        "print(\"ABC\".isupper(), \"abc\".islower(), \"Title Case\".istitle(), \"aBc\".isupper("
        "), \"\316\243\".isupper())\n";
    static const char want[] =
        "HELLO WORLD-OF PYTHON 3RD \303\211CLAIR\n"
        "hello world-of python 3rd \303\251clair\n"
        "Hello World-Of Python 3Rd \303\211clair\n"
        "Hello world-of python 3rd \303\251clair\n"
        "HELLO wORLD-OF Python 3RD \303\211CLAIR\n"
        "STRASSE \303\251cole ss They'Re Bill'S\n"
        "\317\203\316\261\317\202 \316\277\316\264\316\277\317\202 \307\205emal \307\205 i\314"
        "\207 FI \312\274N\n"
        "\320\277\320\240\320\230\320\222\320\225\320\242 \320\274\320\230\320\240 \316\261\316"
        "\262\316\263 \303\200\303\211\303\216\n"
        "True True True False True\n";
    expect_output(src, want);
}

static void test_is_predicates_match_the_unicode_database(void **unused)
{
    (void)unused;
    static const char src[] =
        "samples = [\"123\", \"abc\", \"abc123\", \"  \\t\\n\", \"\", \"12.5\", \"-1\", \"\303"
        "\200\303\211\", \"a b\", \"_x1\", \"1x\", \"\\x00\",\n"
        "           \"\331\243\331\244\", \"\302\262\", \"\302\275\", \"\346\227\245\346\234"
        "\254\", \"\\u3000\", \"\\x1c\", \"\342\205\253\", \"a\\u0301\", \"\307\205\", \"Aa\", "
        "\"A a\", \"x\\xa0\"]\n"
        "for s in samples:\n"
        "    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(),"
        "\n"
        "          s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii(), s.isupper(),"
        "\n"
        "          s.islower(), s.istitle())\n";
    static const char want[] =
        "'123' True False True False True True False True True False False False\n"
        "'abc' False True True False False False True True True False True False\n"
        "'abc123' False False True False False False True True True False True False\n"
        "'  \\t\\n' False False False True False False False False True False False False\n"
        "'' False False False False False False False True True False False False\n"
        "'12.5' False False False False False False False True True False False False\n"
        "'-1' False False False False False False False True True False False False\n"
        "'\303\200\303\211' False True True False False False True True False True False False"
        "\n"
        "'a b' False False False False False False False True True False True False\n"
        "'_x1' False False False False False False True True True False True False\n"
        "'1x' False False True False False False False True True False True False\n"
        "'\\x00' False False False False False False False False True False False False\n"
        "'\331\243\331\244' True False True False True True False True False False False False"
        "\n"
        "'\302\262' True False True False False True False True False False False False\n"
        "'\302\275' False False True False False True False True False False False False\n"
        "'\346\227\245\346\234\254' False True True False False False True True False False Fal"
        "se False\n"
        "'\\u3000' False False False True False False False False False False False False\n"
        "'\\x1c' False False False True False False False False True False False False\n"
        "'\342\205\253' False False True False False True True True False True False True\n"
        "'a\314\201' False False False False False False True True False False True False\n"
        "'\307\205' False True True False False False True True False False False True\n"
        "'Aa' False True True False False False True True True False False True\n"
        "'A a' False False False False False False False True True False False False\n"
        "'x\\xa0' False False False False False False False False False False True False\n";
    expect_output(src, want);
}

static void test_padding_methods_fill_with_one_char(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "print(\"[\" + \"ab\".center(7) + \"]\", \"[\" + \"ab\".center(6, \"*\") + \"]\", \"[\""
        " + \"abc\".center(6) + \"]\")\n"
        "print(\"[\" + \"ab\".ljust(5) + \"]\", \"[\" + \"ab\".rjust(5, \".\") + \"]\", \"[\" +"
        " \"long\".ljust(2) + \"]\")\n"
        "print(\"42\".zfill(5), \"-42\".zfill(5), \"+7\".zfill(4), \"abc\".zfill(6), \"12345\"."
        "zfill(3), \"\".zfill(2))\n"
        "print(\"\346\227\245\".center(5, \"\303\251\"), \"\303\251\".rjust(3, \"\346\227\245\""
        "), \"x\".center(4))\n"
        "t(lambda: \"x\".center(5, \"ab\"))\n"
        "t(lambda: \"x\".center(5, 1))\n"
        "t(lambda: \"x\".center(\"a\"))\n"
        "t(lambda: \"x\".center(2**64))\n";
    static const char want[] =
        "[   ab  ] [**ab**] [ abc  ]\n"
        "[ab   ] [...ab] [long]\n"
        "00042 -0042 +007 000abc 12345 00\n"
        "\303\251\303\251\346\227\245\303\251\303\251 \346\227\245\346\227\245\303\251  x  \n"
        "TypeError: The fill character must be exactly one character long\n"
        "TypeError: The fill character must be a unicode character, not int\n"
        "TypeError: 'str' object cannot be interpreted as an integer\n"
        "OverflowError: Python int too large to convert to C ssize_t\n";
    expect_output(src, want);
}

static void test_partition_expandtabs_and_removeprefix_work(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "print(\"key=value=more\".partition(\"=\"), \"key=value=more\".rpartition(\"=\"))\n"
        "print(\"novalue\".partition(\"=\"), \"novalue\".rpartition(\"=\"), \"\346\227\245=\346"
        "\234\254\".partition(\"=\"))\n"
        "print(\"a\\tbc\\td\".expandtabs(), \"a\\tbc\\td\".expandtabs(4), repr(\"\\t\".expandta"
        "bs(2)), repr(\"a\\tb\".expandtabs(0)))\n"
        "print(repr(\"ab\\n\\tc\\r\\td\".expandtabs(4)), repr(\"\346\227\245\\tx\".expandtabs(4"
        ")))\n"
        "print(\"prefix_name\".removeprefix(\"prefix_\"), \"name.py\".removesuffix(\".py\"), \""
        "a\".removeprefix(\"b\"), \"x\".removesuffix(\"\"))\n"
        "t(lambda: \"abc\".partition(\"\"))\n"
        "t(lambda: \"abc\".partition(1))\n"
        "t(lambda: \"abc\".removeprefix(1))\n";
    static const char want[] =
        "('key', '=', 'value=more') ('key=value', '=', 'more')\n"
        "('novalue', '', '') ('', '', 'novalue') ('\346\227\245', '=', '\346\234\254')\n"
        "a       bc      d a   bc  d '  ' 'ab'\n"
        "'ab\\n    c\\r    d' '\346\227\245   x'\n"
        "name name a x\n"
        "ValueError: empty separator\n"
        "TypeError: must be str, not int\n"
        "TypeError: removeprefix() argument must be str, not int\n";
    expect_output(src, want);
}

static void test_translate_and_maketrans_map_code_points(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "table = str.maketrans(\"abc\", \"xyz\")\n"
        "print(\"aabbcc abc\".translate(table), sorted(table.items()))\n"
        "t2 = str.maketrans({\"a\": \"1\", \"b\": None, \"c\": \"33\", 100: \"D\"})\n"
        "print(\"abcdabcd\".translate(t2))\n"
        "t3 = str.maketrans(\"\", \"\", \"aeiou\")\n"
        "print(\"programming language\".translate(t3), \"\346\227\245\346\234\254\".translate({"
        "26085: \"x\"}), \"\303\251\".translate({233: 101}))\n"
        "t(lambda: str.maketrans(1))\n"
        "t(lambda: str.maketrans({\"ab\": 1}))\n"
        "t(lambda: str.maketrans({1.5: 1}))\n"
        "t(lambda: str.maketrans(\"ab\", \"c\"))\n"
        "t(lambda: \"abc\".translate({97: 1.5}))\n";
    static const char want[] =
        "xxyyzz xyz [(97, 120), (98, 121), (99, 122)]\n"
        "133D133D\n"
        "prgrmmng lngg x\346\234\254 e\n"
        "TypeError: if you give only one argument to maketrans it must be a dict\n"
        "ValueError: string keys in translate table must be of length 1\n"
        "TypeError: keys in translate table must be strings or integers\n"
        "ValueError: the first two maketrans arguments must have equal length\n"
        "TypeError: character mapping must return integer, None or str\n";
    expect_output(src, want);
}

static void test_encode_and_decode_handle_codecs_and_error_handlers(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "s = \"h\303\251llo w\303\266rld \346\227\245\346\234\254 \360\237\230\200\"\n"
        "print(s.encode(), s.encode(\"utf-8\"), len(s.encode(\"utf-8\")), \"abc\".encode(\"asci"
        "i\"), \"\303\251\".encode(\"latin-1\"))\n"
        "print(b\"caf\\xc3\\xa9\".decode(\"utf-8\"), b\"caf\\xc3\\xa9\".decode(), str(b\"abc\","
        " \"ascii\"), str(b\"\\xe9\", \"latin1\"))\n"
        "print(\"a\303\251\346\227\245\".encode(\"ascii\", \"replace\"), \"a\303\251\346\227"
        "\245\".encode(\"ascii\", \"ignore\"), \"a\303\251\346\227\245\".encode(\"latin-1\", \""
        "backslashreplace\"), \"a\303\251\".encode(\"ascii\", \"xmlcharrefreplace\"))\n"
        "print(b\"a\\xffb\".decode(\"utf-8\", \"replace\"), b\"a\\xe2\\x82b\".decode(\"utf-8\","
        " \"ignore\"), b\"a\\xffb\".decode(\"ascii\", \"backslashreplace\"))\n"
        "t(lambda: \"a\303\251\".encode(\"ascii\"))\n"
        "t(lambda: \"a\303\251\303\251\".encode(\"ascii\"))\n"
        "t(lambda: \"a\304\200\".encode(\"latin-1\"))\n"
        "t(lambda: \"a\\ud800\".encode())\n"
        "t(lambda: \"abc\".encode(\"bogus\"))\n"
        "t(lambda: b\"ab\\xffc\".decode())\n"
        "t(lambda: b\"a\\xe2\\x82\".decode())\n"
        "t(lambda: b\"\\xed\\xa0\\x80\".decode())\n"
        "t(lambda: b\"\\xff\".decode(\"ascii\"))\n"
        "t(lambda: str(b\"x\", \"bogus\"))\n"
        "t(lambda: str(\"abc\", \"utf-8\"))\n";
    static const char want[] =
        "b'h\\xc3\\xa9llo w\\xc3\\xb6rld \\xe6\\x97\\xa5\\xe6\\x9c\\xac \\xf0\\x9f\\x98\\x80' b"
        "'h\\xc3\\xa9llo w\\xc3\\xb6rld \\xe6\\x97\\xa5\\xe6\\x9c\\xac \\xf0\\x9f\\x98\\x80' 25"
        " b'abc' b'\\xe9'\n"
        "caf\303\251 caf\303\251 abc \303\251\n"
        "b'a\?\?' b'a' b'a\\xe9\\\\u65e5' b'a&#233;'\n"
        "a\357\277\275b ab a\\xffb\n"
        "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordina"
        "l not in range(128)\n"
        "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not"
        " in range(128)\n"
        "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u0100' in position 1: or"
        "dinal not in range(256)\n"
        "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surr"
        "ogates not allowed\n"
        "LookupError: unknown encoding: bogus\n"
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start "
        "byte\n"
        "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end o"
        "f data\n"
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid contin"
        "uation byte\n"
        "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in"
        " range(128)\n"
        "LookupError: unknown encoding: bogus\n"
        "TypeError: decoding str is not supported\n";
    expect_output(src, want);
}

static void test_str_constructor_and_subclasses_work(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "class S(str):\n"
        "    pass\n"
        "class P:\n"
        "    def __str__(self):\n"
        "        return \"P!\"\n"
        "print(str(), str(123), str(-2.5), str([1, \"a\"]), str(b\"by\"), str(None), str(P()), "
        "str(object=\"x\"))\n"
        "x = S(\"abc\")\n"
        "print(type(x).__name__, x, x.upper(), type(x.upper()).__name__, x == \"abc\", len(x))"
        "\n";
    static const char want[] =
        " 123 -2.5 [1, 'a'] b'by' None P! x\n"
        "S abc ABC str True 3\n";
    expect_output(src, want);
}

static void test_bytes_index_as_ints_and_repr_like_cpython(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "b = b\"hello\\x00\\xffworld\"\n"
        "print(b, len(b), b[0], b[-1], b[5], b[:5], b[6:7], type(b[0]).__name__, b[::-1], b[::2"
        "])\n"
        "print(bytes(3), bytes([65, 66, 67]), bytes(\"h\303\251llo\", \"utf-8\"), bytes(range(5"
        ")), bytes(b\"copy\"), bytes())\n"
        "print(b\"abc\" + b\"def\", b\"ab\" * 3, 3 * b\"x\", b\"b\" in b\"abc\", 98 in b\"abc\""
        ", b\"abc\" == b\"abc\")\n"
        "print(repr(b\"'\"), repr(b'\"'), repr(b\"'\\\"\"), repr(b\"\\t\\n\\r\\\\\"), b\"\\x7f"
        "\\x80\", list(b\"AZ\"))\n"
        "print(b\"abc\" < b\"abd\", b\"\" < b\"a\", b\"x\" != \"x\", b\"abc\" == \"abc\", hash("
        "b\"ab\") == hash(b\"ab\"))\n"
        "t(lambda: b\"abc\" + \"def\")\n"
        "t(lambda: bytes([256]))\n"
        "t(lambda: bytes(-1))\n"
        "t(lambda: bytes(\"abc\"))\n"
        "t(lambda: bytes(1.5))\n"
        "t(lambda: bytes([\"a\"]))\n"
        "t(lambda: \"x\" in b\"abc\")\n"
        "t(lambda: 300 in b\"abc\")\n"
        "t(lambda: b\"abc\"[5])\n"
        "t(lambda: b\"abc\" < \"abc\")\n";
    static const char want[] =
        "b'hello\\x00\\xffworld' 12 104 100 0 b'hello' b'\\xff' int b'dlrow\\xff\\x00olleh' b'h"
        "lo\\xffol'\n"
        "b'\\x00\\x00\\x00' b'ABC' b'h\\xc3\\xa9llo' b'\\x00\\x01\\x02\\x03\\x04' b'copy' b''\n"
        "b'abcdef' b'ababab' b'xxx' True True True\n"
        "b\"'\" b'\"' b'\\'\"' b'\\t\\n\\r\\\\' b'\\x7f\\x80' [65, 90]\n"
        "True True True False True\n"
        "TypeError: can't concat str to bytes\n"
        "ValueError: bytes must be in range(0, 256)\n"
        "ValueError: negative count\n"
        "TypeError: string argument without an encoding\n"
        "TypeError: cannot convert 'float' object to bytes\n"
        "TypeError: 'str' object cannot be interpreted as an integer\n"
        "TypeError: a bytes-like object is required, not 'str'\n"
        "ValueError: byte must be in range(0, 256)\n"
        "IndexError: index out of range\n"
        "TypeError: '<' not supported between instances of 'bytes' and 'str'\n";
    expect_output(src, want);
}

static void test_bytes_methods_match_cpython(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "\n"
        "b = b\"  Hello, Bytes World  \"\n"
        "print(b.strip(), b.split(), b.split(b\",\"), b.lower(), b.upper(), b.replace(b\"l\", b"
        "\"L\"))\n"
        "print(b.find(b\"Bytes\"), b.count(b\"l\"), b.startswith(b\"  H\"), b.endswith(b\"  \")"
        ", b.index(b\"W\"), b.find(108), b.rfind(b\"l\"))\n"
        "print(b\"\\xde\\xad\\xbe\\xef\".hex(), bytes.fromhex(\"deadbeef\"), bytes.fromhex(\"01"
        " 02 ff\"))\n"
        "print(b\"caf\\xc3\\xa9\".decode(), b\"abc\".decode(\"ascii\"), b\"a,b\".partition(b\","
        "\"), b\"a,b,c\".rpartition(b\",\"))\n"
        "print(b\"-\".join([b\"x\", b\"y\", b\"z\"]), b\"abc\".isalpha(), b\"123\".isdigit(), b"
        "\"ab\".center(6, b\"*\"), b\"12\".zfill(5))\n"
        "print(b\"a b  c\".rsplit(None, 1), b\"a,b,c\".rsplit(b\",\", 1), b\"Hello World\".swap"
        "case(), b\"hello world\".title())\n"
        "print(b\"xxhixx\".strip(b\"x\"), b\"abc\".removeprefix(b\"a\"), b\"abc\".ljust(5, b\"."
        "\"), b\"abc\".rjust(5))\n"
        "for x in b\"hi\":\n"
        "    print(x)\n"
        "t(lambda: bytes.fromhex(\"zz\"))\n"
        "t(lambda: bytes.fromhex(\"0\"))\n"
        "t(lambda: b\"abc\".split(\"b\"))\n"
        "t(lambda: b\"abc\".find(\"a\"))\n"
        "t(lambda: b\"ab\".index(b\"z\"))\n"
        "t(lambda: b\"abc\".center(6, \"*\"))\n"
        "t(lambda: b\"abc\".join([b\"x\", \"y\"]))\n";
    static const char want[] =
        "b'Hello, Bytes World' [b'Hello,', b'Bytes', b'World'] [b'  Hello', b' Bytes World  '] "
        "b'  hello, bytes world  ' b'  HELLO, BYTES WORLD  ' b'  HeLLo, Bytes WorLd  '\n"
        "9 3 True True 15 4 18\n"
        "deadbeef b'\\xde\\xad\\xbe\\xef' b'\\x01\\x02\\xff'\n"
        "caf\303\251 abc (b'a', b',', b'b') (b'a,b', b',', b'c')\n"
        "b'x-y-z' True True b'**ab**' b'00012'\n"
        "[b'a b', b'c'] [b'a,b', b'c'] b'hELLO wORLD' b'Hello World'\n"
        "b'hi' b'bc' b'abc..' b'  abc'\n"
        "104\n"
        "105\n"
        "ValueError: non-hexadecimal number found in fromhex() arg at position 0\n"
        "ValueError: non-hexadecimal number found in fromhex() arg at position 1\n"
        "TypeError: a bytes-like object is required, not 'str'\n"
        "TypeError: argument should be integer or bytes-like object, not 'str'\n"
        "ValueError: subsection not found\n"
        "TypeError: center() argument 2 must be a byte string of length 1, not str\n"
        "TypeError: sequence item 1: expected a bytes-like object, str found\n";
    expect_output(src, want);
}

static void test_surrogates_go_through_every_error_handler(void **unused)
{
    (void)unused;
    static const char src[] =
        "def t(f):\n"
        "    try:\n"
        "        print(repr(f()))\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__ + \":\", e)\n"
        "s = \"a\\ud800\\udcffb\\U0001f600\303\251\"\n"
        "for enc in [\"utf-8\", \"ascii\", \"latin-1\"]:\n"
        "    for err in [\"strict\", \"replace\", \"ignore\", \"backslashreplace\", \"xmlcharre"
        "freplace\", \"surrogatepass\", \"surrogateescape\", \"bogus\"]:\n"
        "        t(lambda: s.encode(enc, err))\n"
        "b = b\"a\\xff\\xfeb\\xc3\"\n"
        "for err in [\"strict\", \"replace\", \"ignore\", \"backslashreplace\", \"surrogateesca"
        "pe\"]:\n"
        "    t(lambda: b.decode(\"utf-8\", err))\n"
        "    t(lambda: b.decode(\"ascii\", err))\n"
        "t(lambda: b.decode(\"utf-8\", \"surrogateescape\").encode(\"utf-8\", \"surrogateescape"
        "\"))\n"
        "t(lambda: b\"\\xed\\xa0\\x80\".decode(\"utf-8\", \"surrogatepass\") if False else 0)\n";
    static const char want[] =
        "UnicodeEncodeError: 'utf-8' codec can't encode characters in position 1-2: surrogates "
        "not allowed\n"
        "b'a\?\?b\\xf0\\x9f\\x98\\x80\\xc3\\xa9'\n"
        "b'ab\\xf0\\x9f\\x98\\x80\\xc3\\xa9'\n"
        "b'a\\\\ud800\\\\udcffb\\xf0\\x9f\\x98\\x80\\xc3\\xa9'\n"
        "b'a&#55296;&#56575;b\\xf0\\x9f\\x98\\x80\\xc3\\xa9'\n"
        "b'a\\xed\\xa0\\x80\\xed\\xb3\\xbfb\\xf0\\x9f\\x98\\x80\\xc3\\xa9'\n"
        "UnicodeEncodeError: 'utf-8' codec can't encode characters in position 1-2: surrogates "
        "not allowed\n"
        "LookupError: unknown error handler name 'bogus'\n"
        "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not"
        " in range(128)\n"
        "b'a\?\?b\?\?'\n"
        "b'ab'\n"
        "b'a\\\\ud800\\\\udcffb\\\\U0001f600\\\\xe9'\n"
        "b'a&#55296;&#56575;b&#128512;&#233;'\n"
        "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not"
        " in range(128)\n"
        "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not"
        " in range(128)\n"
        "LookupError: unknown error handler name 'bogus'\n"
        "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal n"
        "ot in range(256)\n"
        "b'a\?\?b\?\\xe9'\n"
        "b'ab\\xe9'\n"
        "b'a\\\\ud800\\\\udcffb\\\\U0001f600\\xe9'\n"
        "b'a&#55296;&#56575;b&#128512;\\xe9'\n"
        "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal n"
        "ot in range(256)\n"
        "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal n"
        "ot in range(256)\n"
        "LookupError: unknown error handler name 'bogus'\n"
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start "
        "byte\n"
        "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in"
        " range(128)\n"
        "'a\357\277\275\357\277\275b\357\277\275'\n"
        "'a\357\277\275\357\277\275b\357\277\275'\n"
        "'ab'\n"
        "'ab'\n"
        "'a\\\\xff\\\\xfeb\\\\xc3'\n"
        "'a\\\\xff\\\\xfeb\\\\xc3'\n"
        "'a\\udcff\\udcfeb\\udcc3'\n"
        "'a\\udcff\\udcfeb\\udcc3'\n"
        "b'a\\xff\\xfeb\\xc3'\n"
        "0\n";
    expect_output(src, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_offsets_of_a_long_non_ascii_str_match_a_scan),
        cmocka_unit_test(test_hash_is_cached_equal_for_equal_text_and_never_minus_one),
        cmocka_unit_test(test_code_point_order_is_byte_order),
        cmocka_unit_test(test_intern_returns_one_object_per_text),
        cmocka_unit_test(test_concat_keeps_byte_and_code_point_counts),
        cmocka_unit_test(test_repr_quotes_and_escapes_like_cpython),
        cmocka_unit_test(test_utf8_check_reports_cpythons_reasons),
        cmocka_unit_test(test_unicode_database_matches_cpython),
        cmocka_unit_test(test_repr_picks_quotes_and_escapes_like_cpython),
        cmocka_unit_test(test_plus_times_and_comparisons_work_by_code_point),
        cmocka_unit_test(test_indexing_and_slicing_count_code_points),
        cmocka_unit_test(test_iteration_yields_one_char_strs_and_in_finds_substrings),
        cmocka_unit_test(test_split_and_rsplit_follow_whitespace_and_maxsplit_rules),
        cmocka_unit_test(test_splitlines_knows_every_line_boundary),
        cmocka_unit_test(test_join_checks_items_and_accepts_any_iterable),
        cmocka_unit_test(test_strip_variants_take_whitespace_or_a_char_set),
        cmocka_unit_test(test_replace_and_count_honour_counts_and_ranges),
        cmocka_unit_test(test_find_family_clamps_ranges_and_reports_char_indices),
        cmocka_unit_test(test_startswith_and_endswith_take_tuples_and_ranges),
        cmocka_unit_test(test_case_methods_use_full_unicode_mappings),
        cmocka_unit_test(test_is_predicates_match_the_unicode_database),
        cmocka_unit_test(test_padding_methods_fill_with_one_char),
        cmocka_unit_test(test_partition_expandtabs_and_removeprefix_work),
        cmocka_unit_test(test_translate_and_maketrans_map_code_points),
        cmocka_unit_test(test_encode_and_decode_handle_codecs_and_error_handlers),
        cmocka_unit_test(test_str_constructor_and_subclasses_work),
        cmocka_unit_test(test_bytes_index_as_ints_and_repr_like_cpython),
        cmocka_unit_test(test_bytes_methods_match_cpython),
        cmocka_unit_test(test_surrogates_go_through_every_error_handler),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
