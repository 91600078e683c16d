/*
 * tests/vm/test_lexer.c - the tokenizer: token kinds and positions, indentation,
 * line joining, every literal form, and CPython 3.11's wording and location
 * for each tokenizer error.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lexer.h"

/* ---------------------------------------------------------------- helpers */

static jg_arena *arena;

static int setup(void **state)
{
    arena = jg_arena_new();
    return arena ? 0 : -1;
}

static int teardown(void **state)
{
    jg_arena_free(&arena);
    return 0;
}

static jg_tokens lex(const char *src)
{
    jg_tokens t;
    assert_int_equal(jg_lex(arena, src, strlen(src), NULL, &t), JG_OK);
    return t;
}

/* The token kinds of 'src' as "NAME EQUAL NUMBER NEWLINE ENDMARKER". */
static const char *kinds(const char *src)
{
    static char buf[1024];
    jg_tokens t = lex(src);
    buf[0] = '\0';
    for (int i = 0; i < t.n; i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, jg_tok_kind_name(t.items[i].kind));
    }
    return buf;
}

/* The error message of lexing 'src' ("" when it lexes). */
static const jg_lex_error *lex_error(const char *src)
{
    static jg_tokens t;
    t = lex(src);
    return &t.error;
}

static void assert_single_token(const char *src, jg_tok_kind kind)
{
    jg_tokens t = lex(src);
    assert_int_equal(t.error.kind, JG_LEXERR_NONE);
    assert_int_equal(t.items[0].kind, kind);
    assert_int_equal(t.items[0].len, strlen(src));
    assert_int_equal(t.items[1].kind, JG_TK_NEWLINE);
}

/* ---------------------------------------------------------------- tokens */

static void test_a_statement_becomes_names_operators_and_a_newline(void **state)
{
    assert_string_equal(kinds("x = f(1, 'a')"),
                        "NAME EQUAL NAME LPAR NUMBER COMMA STRING RPAR NEWLINE ENDMARKER");
}

static void test_operators_take_the_longest_match(void **state)
{
    assert_string_equal(kinds("a **= b // c ... -> := != <= >>= @= ->"),
                        "NAME DOUBLESTAREQUAL NAME DOUBLESLASH NAME ELLIPSIS RARROW COLONEQUAL "
                        "NOTEQUAL LESSEQUAL RIGHTSHIFTEQUAL ATEQUAL RARROW NEWLINE ENDMARKER");
    assert_string_equal(kinds("a.b .. c"), "NAME DOT NAME DOT DOT NAME NEWLINE ENDMARKER");
}

static void test_unknown_characters_are_op_tokens_for_the_parser_to_refuse(void **state)
{
    assert_string_equal(kinds("a $ b ? c ! d"), "NAME OP NAME OP NAME OP NAME NEWLINE ENDMARKER");
}

static void test_keywords_get_their_own_kind_but_soft_keywords_stay_names(void **state)
{
    assert_string_equal(kinds("if not x is None: pass"),
                        "KW_IF KW_NOT NAME KW_IS KW_NONE COLON KW_PASS NEWLINE ENDMARKER");
    assert_string_equal(kinds("match case _ async await"),
                        "NAME NAME NAME KW_ASYNC KW_AWAIT NEWLINE ENDMARKER");
    assert_string_equal(kinds("iffy forx"), "NAME NAME NEWLINE ENDMARKER");
}

static void test_tokens_carry_one_based_byte_positions(void **state)
{
    jg_tokens t = lex("x = 'é'\n  + y\n");
    /* x */
    assert_int_equal(t.items[0].line, 1);
    assert_int_equal(t.items[0].col, 1);
    assert_int_equal(t.items[0].end_col, 2);
    /* 'é' is 4 bytes */
    assert_int_equal(t.items[2].kind, JG_TK_STRING);
    assert_int_equal(t.items[2].col, 5);
    assert_int_equal(t.items[2].end_col, 9);
}

static void test_a_triple_quoted_string_starts_where_its_quote_is(void **state)
{
    jg_tokens t = lex("x = '''a\nbc''' + 1\n");
    assert_int_equal(t.items[2].kind, JG_TK_STRING);
    assert_int_equal(t.items[2].line, 1);
    assert_int_equal(t.items[2].col, 5);
    assert_int_equal(t.items[2].end_line, 2);
    assert_int_equal(t.items[2].end_col, 6);
    assert_int_equal(t.items[3].line, 2);
}

static void test_bracket_level_is_recorded_on_each_token(void **state)
{
    jg_tokens t = lex("f([a])\n");
    int levels[] = {0, 1, 2, 2, 1, 0};
    for (int i = 0; i < 6; i++)
        assert_int_equal(t.items[i].level, levels[i]);
}

/* ---------------------------------------------------------------- lines */

static void test_indentation_makes_indent_and_dedent_tokens(void **state)
{
    assert_string_equal(kinds("if x:\n    y\n    if z:\n        w\nv\n"),
                        "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE KW_IF NAME COLON NEWLINE "
                        "INDENT NAME NEWLINE DEDENT DEDENT NAME NEWLINE ENDMARKER");
}

static void test_dedents_are_closed_at_end_of_input(void **state)
{
    assert_string_equal(kinds("if x:\n  if y:\n    z"),
                        "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME "
                        "NEWLINE DEDENT DEDENT ENDMARKER");
}

static void test_blank_and_comment_lines_do_not_change_indentation(void **state)
{
    assert_string_equal(kinds("if x:\n\n  # c\n      # d\n  y\n"),
                        "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
    assert_string_equal(kinds("# only\n\n"), "ENDMARKER");
}

static void test_a_tab_counts_to_the_next_multiple_of_eight(void **state)
{
    /* a tab and eight spaces are the same column... */
    assert_int_equal(lex_error("if x:\n\ty\n\tz\n")->kind, JG_LEXERR_NONE);
    /* ...but mixing them between lines is CPython's TabError */
    const jg_lex_error *e = lex_error("if 1:\n\tx\n        y\n");
    assert_int_equal(e->kind, JG_LEXERR_TABSPACE);
    assert_string_equal(e->msg, "TabError: inconsistent use of tabs and spaces in indentation");
    assert_int_equal(e->line, 3);
}

static void test_a_dedent_to_an_unknown_column_is_an_indentation_error(void **state)
{
    const jg_lex_error *e = lex_error("if 1:\n    x\n  y\n");
    assert_int_equal(e->kind, JG_LEXERR_DEDENT);
    assert_false(e->overrides);
    assert_string_equal(e->msg,
                        "IndentationError: unindent does not match any outer indentation level");
    assert_int_equal(e->line, 3);
    assert_int_equal(e->col, 4);
}

static void test_more_than_a_hundred_indentation_levels_are_refused(void **state)
{
    char src[20000] = "";
    for (int i = 0; i < 101; i++) {
        for (int k = 0; k < i; k++)
            strcat(src, " ");
        strcat(src, "if x:\n");
    }
    const jg_lex_error *e = lex_error(src);
    assert_int_equal(e->kind, JG_LEXERR_TOODEEP);
    assert_string_equal(e->msg, "IndentationError: too many levels of indentation");
}

static void test_newlines_inside_brackets_are_not_tokens(void **state)
{
    assert_string_equal(kinds("x = (1,\n  2,\n\n 3)\n"),
                        "NAME EQUAL LPAR NUMBER COMMA NUMBER COMMA NUMBER RPAR NEWLINE ENDMARKER");
}

static void test_a_backslash_joins_physical_lines(void **state)
{
    assert_string_equal(kinds("x = 1 + \\\n    2\n"),
                        "NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER");
    const jg_lex_error *e = lex_error("x = 1 \\ 2\n");
    assert_int_equal(e->kind, JG_LEXERR_LINECONT);
    assert_string_equal(e->msg,
                        "SyntaxError: unexpected character after line continuation character");
    assert_int_equal(e->col, 8);
    e = lex_error("x = 1 \\\n");
    assert_string_equal(e->msg, "SyntaxError: unexpected EOF while parsing");
}

static void test_crlf_and_cr_are_newlines_and_a_final_newline_is_added(void **state)
{
    assert_string_equal(kinds("a\r\nb\rc"), "NAME NEWLINE NAME NEWLINE NAME NEWLINE ENDMARKER");
}

static void test_a_bom_is_skipped(void **state)
{
    jg_tokens t = lex("\xEF\xBB\xBFx\n");
    assert_int_equal(t.items[0].kind, JG_TK_NAME);
    assert_int_equal(t.items[0].col, 1);
}

static void test_a_nul_byte_drops_the_rest_of_its_line_as_cpython_reads_files(void **state)
{
    /* CPython's line reader stops at the NUL and the next line joins on. */
    jg_tokens t;
    const char src[] = "a = 1 #\0xyz\nb\n";
    assert_int_equal(jg_lex(arena, src, sizeof src - 1, NULL, &t), JG_OK);
    assert_string_equal(jg_tok_kind_name(t.items[3].kind), "NEWLINE");
    assert_int_equal(t.n, 5);
}

static void test_bytes_that_are_not_utf8_name_the_file_and_line(void **state)
{
    jg_tokens t;
    jg_lex_options o = {1, 1, 0, false, "game.py"};
    const char *src = "x = 1\ny = '\xff'\n";
    assert_int_equal(jg_lex(arena, src, strlen(src), &o, &t), JG_OK);
    assert_int_equal(t.error.kind, JG_LEXERR_RAISED);
    assert_string_equal(t.error.msg,
                        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file game.py on line "
                        "2, but no encoding declared; see https://peps.python.org/pep-0263/ for "
                        "details");
    /* the tokens of line 1 came first */
    assert_int_equal(t.items[0].kind, JG_TK_NAME);
}

/* ---------------------------------------------------------------- literals */

static void test_every_number_form_is_one_token(void **state)
{
    const char *forms[] = {"0",      "00",     "0_0",     "123",    "1_000_000", "0x1F",
                           "0XdEaD", "0x_1",   "0o17",    "0O1_7",  "0b101",     "0B_1",
                           "1.",     ".5",     "1.5",     "1e-9",   "1E+9",      "1_0.0_1e1_0",
                           "1j",     "1.5J",   "0j",      "1e5j",   "00.5",      "09.5",
                           "0e0",    "1.e5"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        assert_single_token(forms[i], JG_TK_NUMBER);
}

static void test_a_number_may_touch_the_keywords_that_can_follow_it(void **state)
{
    assert_string_equal(kinds("1if x else 2"), "NUMBER KW_IF NAME KW_ELSE NUMBER NEWLINE ENDMARKER");
    /* "0x1for" is 0x1f then "or", as in CPython */
    assert_string_equal(kinds("0x1for"), "NUMBER KW_OR NEWLINE ENDMARKER");
    assert_string_equal(kinds("1or 2"), "NUMBER KW_OR NUMBER NEWLINE ENDMARKER");
}

static void test_malformed_numbers_are_named_as_cpython_names_them(void **state)
{
    static const struct {
        const char *src, *msg;
        int col;
    } cases[] = {
        {"1_a", "SyntaxError: invalid decimal literal", 2},
        {"1__0", "SyntaxError: invalid decimal literal", 2},
        {"1a", "SyntaxError: invalid decimal literal", 1},
        {"1.e", "SyntaxError: invalid decimal literal", 2},
        {"1e+", "SyntaxError: invalid decimal literal", 3},
        {"0x", "SyntaxError: invalid hexadecimal literal", 2},
        {"0x1g", "SyntaxError: invalid hexadecimal literal", 3},
        {"0o8", "SyntaxError: invalid digit '8' in octal literal", 3},
        {"0o", "SyntaxError: invalid octal literal", 2},
        {"0b102", "SyntaxError: invalid digit '2' in binary literal", 5},
        {"0b", "SyntaxError: invalid binary literal", 2},
        {"1.5j_", "SyntaxError: invalid imaginary literal", 4},
        {"09", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
               "prefix for octal integers",
         1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const jg_lex_error *e = lex_error(cases[i].src);
        assert_int_equal(e->kind, JG_LEXERR_RAISED);
        assert_true(e->overrides);
        assert_string_equal(e->msg, cases[i].msg);
        assert_int_equal(e->line, 1);
        assert_int_equal(e->col, cases[i].col);
    }
}

static void test_every_string_prefix_and_quote_is_one_token(void **state)
{
    const char *forms[] = {"'a'",    "\"a\"",   "'''a\nb'''", "\"\"\"a\"\"\"", "''",
                           "\"\"",   "r'\\d'",  "R'x'",       "b'x'",          "B'x'",
                           "rb'x'",  "bR'x'",   "Rb'x'",      "BR'x'",         "u'x'",
                           "U'x'",   "f'{x}'",  "F'x'",       "rf'x'",         "fR'x'",
                           "Rf'x'",  "'a\\'b'", "'a\\\nb'",   "'''a''b'''",    "'\\\\'"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        assert_single_token(forms[i], JG_TK_STRING);
}

static void test_prefixes_cpython_does_not_know_are_a_name_then_a_string(void **state)
{
    assert_string_equal(kinds("ur'x' bu'x' fb'x'"),
                        "NAME STRING NAME STRING NAME STRING NEWLINE ENDMARKER");
}

static void test_unterminated_strings_say_where_the_tokenizer_gave_up(void **state)
{
    const jg_lex_error *e = lex_error("x = 'abc\n");
    assert_string_equal(e->msg, "SyntaxError: unterminated string literal (detected at line 1)");
    assert_int_equal(e->line, 1);
    assert_int_equal(e->col, 5);
    e = lex_error("x = 1\ny = '''abc\n\ndef\n");
    assert_string_equal(e->msg,
                        "SyntaxError: unterminated triple-quoted string literal (detected at line 4)");
    assert_int_equal(e->line, 2);
    assert_int_equal(e->col, 5);
    e = lex_error("'''this is a test");
    assert_string_equal(e->msg,
                        "SyntaxError: unterminated triple-quoted string literal (detected at line 1)");
}

/* ---------------------------------------------------------------- names */

static void test_unicode_identifiers_are_names(void **state)
{
    assert_string_equal(kinds("é = π + ü2"), "NAME EQUAL NAME PLUS NAME NEWLINE ENDMARKER");
}

static void test_characters_that_cannot_be_in_names_are_reported(void **state)
{
    const jg_lex_error *e = lex_error("x = €(1)\n");
    assert_string_equal(e->msg, "SyntaxError: invalid character '€' (U+20AC)");
    assert_int_equal(e->col, 5);
    e = lex_error("x = 1 \xC2\xA0+ 2\n");
    assert_string_equal(e->msg, "SyntaxError: invalid non-printable character U+00A0");
    e = lex_error("x = \x01\n");
    assert_string_equal(e->msg, "SyntaxError: invalid non-printable character U+0001");
}

/* ---------------------------------------------------------------- brackets */

static void test_bracket_mistakes_are_reported_by_the_tokenizer(void **state)
{
    const jg_lex_error *e = lex_error("x = )\n");
    assert_string_equal(e->msg, "SyntaxError: unmatched ')'");
    assert_int_equal(e->col, 5);
    e = lex_error("x = (]\n");
    assert_string_equal(e->msg,
                        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('");
    e = lex_error("x = (\n]\n");
    assert_string_equal(e->msg, "SyntaxError: closing parenthesis ']' does not match opening "
                                "parenthesis '(' on line 1");
    assert_int_equal(e->line, 2);
}

static void test_end_of_input_inside_brackets_remembers_the_open_bracket(void **state)
{
    const jg_lex_error *e = lex_error("x = 1\ny = [1,\n  (2,\n");
    assert_int_equal(e->kind, JG_LEXERR_EOF);
    assert_false(e->overrides);
    assert_int_equal(e->open_char, '(');
    assert_int_equal(e->open_line, 3);
    assert_int_equal(e->open_col, 3);
}

static void test_two_hundred_brackets_nest_but_not_more(void **state)
{
    char src[1024];
    memset(src, '(', 200);
    memset(src + 200, ')', 200);
    src[400] = '\0';
    assert_int_equal(lex_error(src)->kind, JG_LEXERR_NONE);
    memset(src, '[', 201);
    src[201] = '\0';
    const jg_lex_error *e = lex_error(src);
    assert_string_equal(e->msg, "SyntaxError: too many nested parentheses");
    assert_int_equal(e->col, 201);
}

/* ---------------------------------------------------------------- integers */

static void test_int_literals_convert_to_decimal_text(void **state)
{
    static const struct {
        const char *lit, *dec;
    } cases[] = {
        {"0", "0"},
        {"000", "0"},
        {"0_0", "0"},
        {"1_000", "1000"},
        {"0x1F", "31"},
        {"0XFF_FF", "65535"},
        {"0o17", "15"},
        {"0b1010", "10"},
        {"0xffffffffffffffffffffffffffffffff", "340282366920938463463374607431768211455"},
        {"0b0", "0"},
        {"123456789012345678901234567890", "123456789012345678901234567890"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n;
        char *d = jg_lex_int_to_decimal(arena, cases[i].lit, strlen(cases[i].lit), &n);
        assert_non_null(d);
        assert_string_equal(d, cases[i].dec);
        assert_int_equal(n, strlen(cases[i].dec));
    }
}

static void test_printable_matches_str_isprintable(void **state)
{
    assert_true(jg_lex_is_printable('a'));
    assert_false(jg_lex_is_printable('\n'));
    assert_false(jg_lex_is_printable(0x7F));
    assert_false(jg_lex_is_printable(0xA0));
    assert_false(jg_lex_is_printable(0xAD));
    assert_true(jg_lex_is_printable(0xE9));
    assert_true(jg_lex_is_printable(0x1F600));
    assert_false(jg_lex_is_printable(0xD800));
    assert_true(jg_lex_is_ident_char(0x3C0, true));
    assert_false(jg_lex_is_ident_char(0x20AC, true));
    assert_true(jg_lex_is_ident_char('7', false));
    assert_false(jg_lex_is_ident_char('7', true));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_statement_becomes_names_operators_and_a_newline),
        cmocka_unit_test(test_operators_take_the_longest_match),
        cmocka_unit_test(test_unknown_characters_are_op_tokens_for_the_parser_to_refuse),
        cmocka_unit_test(test_keywords_get_their_own_kind_but_soft_keywords_stay_names),
        cmocka_unit_test(test_tokens_carry_one_based_byte_positions),
        cmocka_unit_test(test_a_triple_quoted_string_starts_where_its_quote_is),
        cmocka_unit_test(test_bracket_level_is_recorded_on_each_token),
        cmocka_unit_test(test_indentation_makes_indent_and_dedent_tokens),
        cmocka_unit_test(test_dedents_are_closed_at_end_of_input),
        cmocka_unit_test(test_blank_and_comment_lines_do_not_change_indentation),
        cmocka_unit_test(test_a_tab_counts_to_the_next_multiple_of_eight),
        cmocka_unit_test(test_a_dedent_to_an_unknown_column_is_an_indentation_error),
        cmocka_unit_test(test_more_than_a_hundred_indentation_levels_are_refused),
        cmocka_unit_test(test_newlines_inside_brackets_are_not_tokens),
        cmocka_unit_test(test_a_backslash_joins_physical_lines),
        cmocka_unit_test(test_crlf_and_cr_are_newlines_and_a_final_newline_is_added),
        cmocka_unit_test(test_a_bom_is_skipped),
        cmocka_unit_test(test_a_nul_byte_drops_the_rest_of_its_line_as_cpython_reads_files),
        cmocka_unit_test(test_bytes_that_are_not_utf8_name_the_file_and_line),
        cmocka_unit_test(test_every_number_form_is_one_token),
        cmocka_unit_test(test_a_number_may_touch_the_keywords_that_can_follow_it),
        cmocka_unit_test(test_malformed_numbers_are_named_as_cpython_names_them),
        cmocka_unit_test(test_every_string_prefix_and_quote_is_one_token),
        cmocka_unit_test(test_prefixes_cpython_does_not_know_are_a_name_then_a_string),
        cmocka_unit_test(test_unterminated_strings_say_where_the_tokenizer_gave_up),
        cmocka_unit_test(test_unicode_identifiers_are_names),
        cmocka_unit_test(test_characters_that_cannot_be_in_names_are_reported),
        cmocka_unit_test(test_bracket_mistakes_are_reported_by_the_tokenizer),
        cmocka_unit_test(test_end_of_input_inside_brackets_remembers_the_open_bracket),
        cmocka_unit_test(test_two_hundred_brackets_nest_but_not_more),
        cmocka_unit_test(test_int_literals_convert_to_decimal_text),
        cmocka_unit_test(test_printable_matches_str_isprintable),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
