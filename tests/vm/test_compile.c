/*
 * tests/vm/test_compile.c - the bytecode compiler (vm/compile.c, vm/symtable.c,
 * vm/code.c): instruction sequences, scope decisions, exception tables, stack
 * sizes and every refusal.
 *
 * Programs are parsed with jg_parse and compiled with jg_compile_module.
 * Every code object any test produces also goes through check_code(), which
 * re-derives, from the finished bytecode alone, that jumps and handlers land
 * inside the code, that arguments index what they should, that the exception
 * table is sorted and non-overlapping, and - by abstract interpretation over
 * the instructions and the table - that no path takes the value stack below
 * zero or above 'stacksize', and that every instruction is reached with one
 * stack depth only.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ast.h"
#include "compile.h"
#include "superinstr.h"
#include "symtable.h"
#include "vm.h"

static jg_vm *vm;

static int setup(void **state)
{
    (void)state;
    jg_err err = {0};
    vm = jg_vm_new(NULL, &err);
    return vm ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    jg_vm_free(&vm);
    return 0;
}

/* ---------------------------------------------------------------- helpers */

static void check_code(const jg_code *co);

/* Compiles 'src'; on failure returns NULL with *err filled. */
static jg_code *try_compile(const char *src, jg_err *err)
{
    memset(err, 0, sizeof *err);
    jg_arena *arena = jg_arena_new();
    assert_non_null(arena);
    jg_module_ast *tree = NULL;
    jg_code *co = NULL;
    if (jg_parse(arena, "t.py", src, strlen(src), &tree, err) == JG_OK) {
        jg_str *source = jg_str_intern(vm, src, strlen(src));
        jg_str *fname = jg_str_intern_cstr(vm, "t.py");
        if (jg_compile_module(vm, tree, source, fname, &co, err) != JG_OK)
            co = NULL;
    } else {
        fail_msg("parse error in test source: %s (line %d)", err->msg, err->line);
    }
    jg_arena_free(&arena);
    if (co)
        check_code(co);
    return co;
}

static jg_code *compile(const char *src)
{
    jg_err err;
    jg_code *co = try_compile(src, &err);
    if (!co)
        fail_msg("compile failed: %s (line %d)", err.msg, err.line);
    return co;
}

static bool is_code_value(jg_value v)
{
    return jg_is_obj(v) && jg_obj_of(v)->type == vm->t.code;
}

static bool str_is(const jg_str *s, const char *text)
{
    return s && strlen(text) == s->len && memcmp(s->data, text, s->len) == 0;
}

/* The nested code object with qualified name 'qualname' (depth-first). */
static const jg_code *find_code(const jg_code *co, const char *qualname)
{
    if (str_is(co->qualname, qualname))
        return co;
    for (uint32_t i = 0; i < co->n_consts; i++) {
        if (!is_code_value(co->consts[i]))
            continue;
        const jg_code *r = find_code((const jg_code *)jg_obj_of(co->consts[i]), qualname);
        if (r)
            return r;
    }
    return NULL;
}

static const jg_code *code_named(const char *src, const char *qualname)
{
    const jg_code *co = find_code(compile(src), qualname);
    if (!co)
        fail_msg("no code object %s", qualname);
    return co;
}

/* "OP arg|OP|..." for the instructions of 'co' (arguments as raw numbers). */
static char *listing(const jg_code *co)
{
    static char buf[16384];
    size_t n = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < co->n_code && n < sizeof buf - 64; i++) {
        uint32_t ins = jg_superinstr_plain(co->code[i]); /* as the compiler emitted it */
        int op = (int)JG_OP(ins);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? "|" : "",
                              jg_opcode_names[op]);
        if (jg_opcode_has_arg(op))
            n += (size_t)snprintf(buf + n, sizeof buf - n, " %u", JG_ARG(ins));
    }
    return buf;
}

static void assert_listing(const jg_code *co, const char *expected)
{
    const char *got = listing(co);
    if (strcmp(got, expected) != 0)
        fail_msg("instructions differ\n  expected: %s\n  got:      %s", expected, got);
}

/* Whether 'co' contains 'op' at all. */
static bool has_op(const jg_code *co, int op)
{
    for (uint32_t i = 0; i < co->n_code; i++)
        if ((int)JG_OP(jg_superinstr_plain(co->code[i])) == op)
            return true;
    return false;
}

static const char *slot_name(const jg_code *co, uint32_t i)
{
    return co->slot_names[i]->data;
}

static void assert_refused(const char *src, const char *msg, int line)
{
    jg_err err;
    jg_code *co = try_compile(src, &err);
    if (co)
        fail_msg("compiled, expected \"%s\":\n%s", msg, src);
    assert_int_equal(err.code, JG_ERR_SYNTAX);
    if (strcmp(err.msg, msg) != 0)
        fail_msg("message differs\n  expected: %s\n  got:      %s", msg, err.msg);
    assert_int_equal(err.line, line);
    assert_string_equal(err.where, "t.py");
}

/* ---------------------------------------------------------------- the independent checker */

static int handler_for(const jg_code *co, uint32_t i)
{
    for (uint32_t k = 0; k < co->n_exc; k++)
        if (i >= co->exc_table[k].start && i < co->exc_table[k].end)
            return (int)k;
    return -1;
}

static void visit_depth(const jg_code *co, int *depth, uint32_t *work, uint32_t *n_work,
                        uint32_t target, int d)
{
    if (target >= co->n_code)
        fail_msg("%s: control reaches past the end (index %u)", co->qualname->data, target);
    if (d < 0 || (uint32_t)d > co->stacksize)
        fail_msg("%s: depth %d at %u outside [0, stacksize %u]", co->qualname->data, d, target,
                 co->stacksize);
    if (depth[target] == -1) {
        depth[target] = d;
        work[(*n_work)++] = target;
    } else if (depth[target] != d) {
        fail_msg("%s: instruction %u reached with depths %d and %d", co->qualname->data,
                 target, depth[target], d);
    }
}

static void check_code(const jg_code *co)
{
    const char *name = co->qualname->data;
    uint32_t n_slots = jg_code_n_slots(co);
    assert_true(co->n_code > 0);
    assert_true(co->n_args + co->n_kwonly <= co->n_locals);
    assert_true(co->n_posonly <= co->n_args);
    assert_ptr_equal(co->source, co->source); /* shared: compared across codes below */
    for (uint32_t i = 0; i < n_slots; i++)
        assert_non_null(co->slot_names[i]);
    for (uint32_t i = 0; i < co->n_cells; i++)
        assert_true(co->cell_from_arg[i] < (int32_t)co->n_locals);
    /* Instructions: opcodes, arguments and lines. */
    for (uint32_t i = 0; i < co->n_code; i++) {
        int op = (int)JG_OP(jg_superinstr_plain(co->code[i]));
        uint32_t arg = JG_ARG(jg_superinstr_plain(co->code[i]));
        if (op >= JG_N_OPCODES)
            fail_msg("%s: bad opcode at %u", name, i);
        if (co->lines[i] < 1)
            fail_msg("%s: instruction %u has no line", name, i);
        if (jg_opcode_is_jump(op) && arg >= co->n_code)
            fail_msg("%s: jump at %u past the end", name, i);
        switch (op) {
            case JG_OP_LOAD_CONST:
                assert_true(arg < co->n_consts);
                break;
            case JG_OP_LOAD_FAST:
            case JG_OP_STORE_FAST:
            case JG_OP_DELETE_FAST:
                assert_true(arg < co->n_locals);
                break;
            case JG_OP_LOAD_DEREF:
            case JG_OP_STORE_DEREF:
            case JG_OP_DELETE_DEREF:
            case JG_OP_LOAD_CLOSURE:
            case JG_OP_LOAD_CLASSDEREF:
                assert_true(arg >= co->n_locals && arg < n_slots);
                break;
            case JG_OP_LOAD_GLOBAL:
            case JG_OP_LOAD_ATTR:
            case JG_OP_STORE_ATTR:
            case JG_OP_DELETE_ATTR:
            case JG_OP_LOAD_METHOD:
                assert_true(arg < co->n_caches);
                assert_true(co->caches[arg].name < co->n_names);
                break;
            case JG_OP_STORE_GLOBAL:
            case JG_OP_DELETE_GLOBAL:
            case JG_OP_LOAD_NAME:
            case JG_OP_STORE_NAME:
            case JG_OP_DELETE_NAME:
            case JG_OP_IMPORT_NAME:
            case JG_OP_IMPORT_FROM:
                assert_true(arg < co->n_names);
                break;
            default:
                break;
        }
    }
    /* Exception table: sorted, non-overlapping, targets inside. */
    for (uint32_t k = 0; k < co->n_exc; k++) {
        const jg_exc_entry *x = &co->exc_table[k];
        assert_true(x->start < x->end);
        assert_true(x->end <= co->n_code);
        assert_true(x->target < co->n_code);
        assert_true(x->depth <= co->stacksize);
        if (k > 0)
            assert_true(co->exc_table[k - 1].end <= x->start);
    }
    /* Stack depths by abstract interpretation of the final code. */
    int *depth = malloc(co->n_code * sizeof(int));
    uint32_t *work = malloc((co->n_code + 1) * sizeof(uint32_t));
    assert_non_null(depth);
    assert_non_null(work);
    for (uint32_t i = 0; i < co->n_code; i++)
        depth[i] = -1;
    uint32_t n_work = 0;
    visit_depth(co, depth, work, &n_work, 0, 0);
    while (n_work) {
        uint32_t i = work[--n_work];
        int op = (int)JG_OP(jg_superinstr_plain(co->code[i]));
        uint32_t arg = JG_ARG(jg_superinstr_plain(co->code[i]));
        int d = depth[i];
        int h = handler_for(co, i);
        if (h >= 0) {
            const jg_exc_entry *x = &co->exc_table[h];
            if ((int)x->depth > d)
                fail_msg("%s: handler depth %u above the stack (%d) at %u", name, x->depth, d,
                         i);
            visit_depth(co, depth, work, &n_work, x->target, x->depth + x->lasti + 1);
        }
        if (jg_opcode_is_jump(op))
            visit_depth(co, depth, work, &n_work, arg, d + jg_opcode_stack_effect(op, arg, true));
        if (op == JG_OP_JUMP || op == JG_OP_RETURN_VALUE || op == JG_OP_RAISE_VARARGS ||
            op == JG_OP_RERAISE)
            continue;
        int after = d + jg_opcode_stack_effect(op, arg, false);
        if (i + 1 >= co->n_code)
            fail_msg("%s: control falls off the end after %u", name, i);
        visit_depth(co, depth, work, &n_work, i + 1, after);
    }
    free(depth);
    free(work);
    for (uint32_t i = 0; i < co->n_consts; i++) {
        if (!is_code_value(co->consts[i]))
            continue;
        const jg_code *child = (const jg_code *)jg_obj_of(co->consts[i]);
        assert_ptr_equal(child->source, co->source);
        assert_true(child->index < co->index);
        check_code(child);
    }
}

/* ---------------------------------------------------------------- instruction sequences */

/* A local assigned a str literal and appended to with += is a string being
 * built: its += may extend in place, and every other read marks it shared.
 * A local that is only ever +=-ed (a counter) is left alone. */
static void test_string_builders_append_in_place_and_other_reads_escape(void **state)
{
    assert_listing(code_named("def f(xs):\n"
                              "    s = ''\n"
                              "    for x in xs:\n"
                              "        s += x\n"
                              "    return s\n",
                              "f"),
                   "LOAD_CONST 1|STORE_FAST 1|LOAD_FAST 0|GET_ITER|FOR_ITER 11|STORE_FAST 2|"
                   "LOAD_FAST 1|LOAD_FAST 2|INPLACE_ADD_APPEND 1|STORE_FAST 1|JUMP 4|"
                   "LOAD_FAST_ESCAPE 1|RETURN_VALUE");
    const jg_code *g = code_named("def g(xs):\n"
                                  "    n = 0\n"
                                  "    for x in xs:\n"
                                  "        n += x\n"
                                  "    return n\n",
                                  "g");
    assert_false(has_op(g, JG_OP_INPLACE_ADD_APPEND));
    assert_false(has_op(g, JG_OP_LOAD_FAST_ESCAPE));
}

/* The superinstruction pass fuses pairs by rewriting only the first opcode:
 * arguments and the second instruction stay, so jumps to it still work. */
static void test_pairs_of_loads_and_stores_are_fused_in_place(void **state)
{
    const jg_code *co = code_named("def f(a, b):\n"
                                   "    c = a\n"
                                   "    d = c + 1\n"
                                   "    return a.real + b\n",
                                   "f");
    uint32_t expect[][2] = {
        {JG_OP_LOAD_FAST, 0},
        {JG_OP_STORE_FAST__LOAD_FAST, 2},   /* c = a, then c */
        {JG_OP_LOAD_FAST__LOAD_CONST, 2},   /* the second of a pair can begin one */
        {JG_OP_LOAD_CONST, 1},
        {JG_OP_BINARY_ADD, 0},
        {JG_OP_STORE_FAST__LOAD_FAST, 3},   /* d = ..., then a */
        {JG_OP_LOAD_FAST__LOAD_ATTR, 0},    /* a.real */
        {JG_OP_LOAD_ATTR, 0},               /* the second instruction, unchanged */
        {JG_OP_LOAD_FAST, 1},
        {JG_OP_BINARY_ADD, 0},
        {JG_OP_RETURN_VALUE, 0},
    };
    assert_int_equal(co->n_code, sizeof expect / sizeof expect[0]);
    for (uint32_t i = 0; i < co->n_code; i++) {
        assert_int_equal(JG_OP(co->code[i]), expect[i][0]);
        if (jg_opcode_has_arg((int)expect[i][0]))
            assert_int_equal(JG_ARG(co->code[i]), expect[i][1]);
    }
    /* The disassembler's view is what the compiler emitted. */
    assert_int_equal(jg_superinstr_plain(co->code[1]), JG_INS(JG_OP_STORE_FAST, 2));
    assert_int_equal(jg_superinstr_plain(co->code[6]), JG_INS(JG_OP_LOAD_FAST, 0));
}

static void test_addition_of_two_parameters_is_binary_add(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a, b):\n    return a + b\n", "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_FAST 1|BINARY_ADD|RETURN_VALUE");
    assert_int_equal(f->stacksize, 2);
    assert_int_equal(f->n_args, 2);
    assert_int_equal(f->n_locals, 2);
}

static void test_increment_of_a_local_stays_binary_add(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(x):\n    x = x + 1\n    x += 1\n", "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_CONST 1|BINARY_ADD|STORE_FAST 0|"
                      "LOAD_FAST 0|LOAD_CONST 1|INPLACE_ADD|STORE_FAST 0|"
                      "LOAD_CONST 0|RETURN_VALUE");
}

static void test_comparison_in_a_condition_is_compare_then_conditional_jump(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a, b):\n    if a < b:\n        return 1\n    return 2\n",
                                  "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_FAST 1|COMPARE_OP 2|POP_JUMP_IF_FALSE 6|"
                      "LOAD_CONST 1|RETURN_VALUE|LOAD_CONST 2|RETURN_VALUE");
}

static void test_negative_literals_are_constants(void **state)
{
    (void)state;
    const jg_code *f =
        code_named("def f():\n    return -5, -2.5, -123456789012345678901234567890\n", "f");
    assert_listing(f, "LOAD_CONST 1|RETURN_VALUE");
    jg_value t = f->consts[1];
    assert_true(jg_is_kind(t, JG_K_TUPLE));
    jg_tuple *tp = JG_AS(jg_tuple, t);
    assert_int_equal(tp->len, 3);
    assert_true(jg_is_int(tp->items[0]));
    assert_int_equal(jg_as_int(tp->items[0]), -5);
    assert_true(jg_is_float(tp->items[1]));
    assert_true(jg_as_float(tp->items[1]) == -2.5);
    assert_true(jg_is_kind(tp->items[2], JG_K_INT));
}

static void test_method_call_uses_load_method_and_call_method(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(o, a):\n    return o.m(a, 1)\n", "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_METHOD 0|LOAD_FAST 1|LOAD_CONST 1|CALL_METHOD 2|"
                      "RETURN_VALUE");
    assert_int_equal(f->n_caches, 1);
    assert_true(str_is(f->names[f->caches[0].name], "m"));
}

static void test_keyword_call_passes_a_constant_tuple_of_names(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(g, o):\n    g(1, b=2, c=3)\n    o.m(k=1)\n", "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_CONST 1|LOAD_CONST 2|LOAD_CONST 3|LOAD_CONST 4|"
                      "CALL_KW 3|POP_TOP|LOAD_FAST 1|LOAD_ATTR 0|LOAD_CONST 1|LOAD_CONST 5|"
                      "CALL_KW 1|POP_TOP|LOAD_CONST 0|RETURN_VALUE");
    jg_tuple *names = JG_AS(jg_tuple, f->consts[4]);
    assert_int_equal(names->len, 2);
    assert_true(str_is(JG_AS(jg_str, names->items[0]), "b"));
    assert_true(str_is(JG_AS(jg_str, names->items[1]), "c"));
}

static void test_starred_call_builds_a_tuple_and_a_dict(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(g, a, k):\n    return g(1, *a, x=2, **k)\n", "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_CONST 1|BUILD_LIST 1|LOAD_FAST 1|LIST_EXTEND 1|"
                      "LIST_TO_TUPLE|LOAD_CONST 2|LOAD_CONST 3|BUILD_MAP 1|LOAD_FAST 2|"
                      "DICT_MERGE 1|CALL_EX 1|RETURN_VALUE");
    const jg_code *h = code_named("def h(g, a):\n    return g(*a)\n", "h");
    assert_listing(h, "LOAD_FAST 0|LOAD_FAST 1|CALL_EX 0|RETURN_VALUE");
}

static void test_module_code_uses_names_and_functions_use_globals(void **state)
{
    (void)state;
    jg_code *m = compile("x = 1\nprint(x)\ndef f():\n    return x\n");
    assert_true(m->flags & JG_CO_MODULE);
    assert_listing(m, "LOAD_CONST 0|STORE_NAME 0|LOAD_NAME 1|LOAD_NAME 0|CALL 1|POP_TOP|"
                      "LOAD_CONST 1|MAKE_FUNCTION 0|STORE_NAME 2|LOAD_CONST 2|RETURN_VALUE");
    assert_listing(find_code(m, "f"), "LOAD_GLOBAL 0|RETURN_VALUE");
}

static void test_global_declaration_makes_module_code_store_global(void **state)
{
    (void)state;
    jg_code *m = compile("def f():\n    global x\n    x = 1\nx = 2\n");
    assert_listing(m, "LOAD_CONST 0|MAKE_FUNCTION 0|STORE_NAME 0|LOAD_CONST 1|STORE_GLOBAL 1|"
                      "LOAD_CONST 2|RETURN_VALUE");
    assert_listing(find_code(m, "f"), "LOAD_CONST 1|STORE_GLOBAL 0|LOAD_CONST 0|RETURN_VALUE");
}

static void test_constant_condition_drops_the_dead_branch(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f():\n    if 0:\n        g()\n    while True:\n"
                                  "        h()\n",
                                  "f");
    assert_listing(f, "LOAD_GLOBAL 0|CALL 0|POP_TOP|JUMP 0");
}

static void test_code_after_return_is_dropped(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f():\n    return 1\n    print(2)\n", "f");
    assert_listing(f, "LOAD_CONST 1|RETURN_VALUE");
}

static void test_tuple_displays_of_constants_are_one_constant(void **state)
{
    (void)state;
    const jg_code *f =
        code_named("def f(x):\n    return (1, (2, 'a')), x in [1, 2, 3], [4, 5, 6]\n", "f");
    assert_listing(f, "LOAD_CONST 1|LOAD_FAST 0|LOAD_CONST 2|CONTAINS_OP 0|BUILD_LIST 0|"
                      "LOAD_CONST 3|LIST_EXTEND 1|BUILD_TUPLE 3|RETURN_VALUE");
}

static void test_equal_constants_are_stored_once(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f():\n    return 'a', 7, 'a', 7, 7.0, True, 1\n", "f");
    jg_tuple *t = JG_AS(jg_tuple, f->consts[1]);
    assert_int_equal(t->len, 7);
    jg_code *m = compile("a = 'x'\nb = 'x'\nc = 300\nd = 300\ne = 1\nf = True\ng = 1.0\n");
    /* 'x', 300, 1, True, 1.0, None: 1 and True and 1.0 stay distinct */
    assert_int_equal(m->n_consts, 6);
}

static void test_chained_comparison_evaluates_the_middle_once(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a, b, c):\n    return a < b < c\n", "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_FAST 1|SWAP 2|COPY 2|COMPARE_OP 2|"
                      "JUMP_IF_FALSE_OR_POP 9|LOAD_FAST 2|COMPARE_OP 2|RETURN_VALUE|SWAP 2|"
                      "POP_TOP|RETURN_VALUE");
}

static void test_is_none_test_jumps_directly(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a):\n    if a is None:\n        return 1\n", "f");
    assert_listing(f, "LOAD_FAST 0|POP_JUMP_IF_NOT_NONE 4|LOAD_CONST 1|RETURN_VALUE|"
                      "LOAD_CONST 0|RETURN_VALUE");
}

static void test_unpacking_two_values_swaps_instead_of_building_a_tuple(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a, b):\n    a, b = b, a\n    x, *y = a\n", "f");
    assert_listing(f, "LOAD_FAST 1|LOAD_FAST 0|SWAP 2|STORE_FAST 0|STORE_FAST 1|"
                      "LOAD_FAST 0|UNPACK_EX 1|STORE_FAST 2|STORE_FAST 3|LOAD_CONST 0|"
                      "RETURN_VALUE");
}

static void test_docstring_is_the_first_constant_of_a_function(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f():\n    'the doc'\n    return 1\n", "f");
    assert_true(str_is(JG_AS(jg_str, f->consts[0]), "the doc"));
    assert_listing(f, "LOAD_CONST 1|RETURN_VALUE");
    const jg_code *g = code_named("def g():\n    return 'not a doc'\n", "g");
    assert_true(g->consts[0] == JG_NONE);
    jg_code *m = compile("'module doc'\n");
    assert_listing(m, "LOAD_CONST 0|STORE_NAME 0|LOAD_CONST 1|RETURN_VALUE");
    assert_true(str_is(m->names[0], "__doc__"));
}

static void test_fstring_formats_and_joins(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a, b):\n    return f'x{a!r}y{b:>4}'\n", "f");
    assert_listing(f, "LOAD_CONST 1|LOAD_FAST 0|FORMAT_VALUE 2|LOAD_CONST 2|LOAD_FAST 1|"
                      "LOAD_CONST 3|FORMAT_VALUE 4|BUILD_STRING 4|RETURN_VALUE");
}

/* ---------------------------------------------------------------- scopes */

static void test_captured_parameter_is_a_cell_copied_from_its_argument(void **state)
{
    (void)state;
    jg_code *m = compile("def f(a, b):\n    c = 1\n    def g():\n        return a + c\n"
                         "    return g\n");
    const jg_code *f = find_code(m, "f");
    assert_int_equal(f->n_locals, 3); /* a b g */
    assert_int_equal(f->n_cells, 2);  /* a c, sorted */
    assert_string_equal(slot_name(f, 3), "a");
    assert_string_equal(slot_name(f, 4), "c");
    assert_int_equal(f->cell_from_arg[0], 0);
    assert_int_equal(f->cell_from_arg[1], -1);
    assert_listing(f, "LOAD_CONST 1|STORE_DEREF 4|LOAD_CLOSURE 3|LOAD_CLOSURE 4|BUILD_TUPLE 2|"
                      "LOAD_CONST 2|MAKE_FUNCTION 8|STORE_FAST 2|LOAD_FAST 2|RETURN_VALUE");
    const jg_code *g = find_code(m, "f.<locals>.g");
    assert_int_equal(g->n_frees, 2);
    assert_string_equal(slot_name(g, 0), "a");
    assert_string_equal(slot_name(g, 1), "c");
    assert_true(g->flags & JG_CO_NESTED);
    assert_listing(g, "LOAD_DEREF 0|LOAD_DEREF 1|BINARY_ADD|RETURN_VALUE");
}

static void test_nonlocal_assignment_stores_into_the_cell(void **state)
{
    (void)state;
    jg_code *m = compile("def f():\n    n = 0\n    def inc():\n        nonlocal n\n"
                         "        n += 1\n    return inc\n");
    assert_listing(find_code(m, "f.<locals>.inc"),
                   "LOAD_DEREF 0|LOAD_CONST 1|INPLACE_ADD|STORE_DEREF 0|LOAD_CONST 0|"
                   "RETURN_VALUE");
}

static void test_free_variables_are_passed_through_an_intermediate_function(void **state)
{
    (void)state;
    jg_code *m = compile("def f():\n    x = 1\n    def g():\n        def h():\n"
                         "            return x\n        return h\n    return g\n");
    const jg_code *g = find_code(m, "f.<locals>.g");
    assert_int_equal(g->n_frees, 1);
    assert_int_equal(g->n_cells, 0);
    assert_listing(g, "LOAD_CLOSURE 1|BUILD_TUPLE 1|LOAD_CONST 1|MAKE_FUNCTION 8|STORE_FAST 0|"
                      "LOAD_FAST 0|RETURN_VALUE");
}

static void test_method_using_super_gets_the_class_cell(void **state)
{
    (void)state;
    jg_code *m = compile("class C(B):\n    def m(self):\n        return super().m()\n");
    assert_listing(m, "LOAD_BUILD_CLASS|LOAD_CONST 0|MAKE_FUNCTION 0|LOAD_CONST 1|LOAD_NAME 0|"
                      "CALL 3|STORE_NAME 1|LOAD_CONST 2|RETURN_VALUE");
    const jg_code *c = find_code(m, "C");
    assert_true(c->flags & JG_CO_CLASS);
    assert_int_equal(c->n_cells, 1);
    assert_string_equal(slot_name(c, 0), "__class__");
    assert_listing(c, "LOAD_NAME 0|STORE_NAME 1|LOAD_CONST 0|STORE_NAME 2|LOAD_CLOSURE 0|"
                      "BUILD_TUPLE 1|LOAD_CONST 1|MAKE_FUNCTION 8|STORE_NAME 3|LOAD_CLOSURE 0|"
                      "COPY 1|STORE_NAME 4|RETURN_VALUE");
    assert_true(str_is(c->names[0], "__name__"));
    assert_true(str_is(c->names[1], "__module__"));
    assert_true(str_is(c->names[2], "__qualname__"));
    assert_true(str_is(c->names[4], "__classcell__"));
    const jg_code *meth = find_code(m, "C.m");
    assert_int_equal(meth->n_frees, 1);
    assert_string_equal(slot_name(meth, 1), "__class__");
}

static void test_class_without_class_cell_returns_none(void **state)
{
    (void)state;
    const jg_code *c = code_named("class C:\n    x = 1\n", "C");
    assert_int_equal(c->n_cells, 0);
    assert_listing(c, "LOAD_NAME 0|STORE_NAME 1|LOAD_CONST 0|STORE_NAME 2|LOAD_CONST 1|"
                      "STORE_NAME 3|LOAD_CONST 2|RETURN_VALUE");
}

static void test_private_names_are_mangled_inside_a_class(void **state)
{
    (void)state;
    jg_code *m = compile("class C:\n    __a = 1\n    def m(self):\n"
                         "        return self.__b, __c, self.__d__\n");
    const jg_code *c = find_code(m, "C");
    assert_true(str_is(c->names[3], "_C__a"));
    const jg_code *meth = find_code(m, "C.m");
    assert_true(str_is(meth->names[meth->caches[0].name], "_C__b"));
    assert_true(str_is(meth->names[meth->caches[1].name], "_C__c"));
    assert_true(str_is(meth->names[meth->caches[2].name], "__d__"));
}

static void test_class_body_loads_free_variables_with_load_classderef(void **state)
{
    (void)state;
    jg_code *m = compile("def f():\n    x = 1\n    class C:\n        y = x\n"
                         "        def g(self):\n            return x\n    return C\n");
    const jg_code *c = find_code(m, "f.<locals>.C");
    assert_int_equal(c->n_frees, 1);
    assert_listing(c, "LOAD_NAME 0|STORE_NAME 1|LOAD_CONST 0|STORE_NAME 2|LOAD_CLASSDEREF 0|"
                      "STORE_NAME 3|LOAD_CLOSURE 0|BUILD_TUPLE 1|LOAD_CONST 1|MAKE_FUNCTION 8|"
                      "STORE_NAME 4|LOAD_CONST 2|RETURN_VALUE");
}

static void test_qualified_names_follow_nesting(void **state)
{
    (void)state;
    jg_code *m = compile("def f():\n    def g():\n        return [lambda: 0 for x in y]\n"
                         "    class C:\n        def m(self): pass\n    return g, C\n"
                         "class D:\n    def n(self):\n        global E\n"
                         "        class E:\n            pass\n");
    assert_non_null(find_code(m, "f.<locals>.g"));
    assert_non_null(find_code(m, "f.<locals>.g.<locals>.<listcomp>"));
    assert_non_null(find_code(m, "f.<locals>.g.<locals>.<listcomp>.<lambda>"));
    assert_non_null(find_code(m, "f.<locals>.C.m"));
    assert_non_null(find_code(m, "D.n"));
    assert_non_null(find_code(m, "E")); /* declared global: not D.n.<locals>.E */
    assert_true(str_is(m->name, "<module>"));
    const jg_code *lam = find_code(m, "f.<locals>.g.<locals>.<listcomp>.<lambda>");
    assert_true(str_is(lam->name, "<lambda>"));
    assert_true(lam->flags & JG_CO_LAMBDA);
}

static void test_comprehension_is_a_function_called_with_the_first_iterator(void **state)
{
    (void)state;
    jg_code *m = compile("def f(xs):\n    return [x * 2 for x in xs if x]\n");
    assert_listing(find_code(m, "f"), "LOAD_CONST 1|MAKE_FUNCTION 0|LOAD_FAST 0|GET_ITER|"
                                      "CALL 1|RETURN_VALUE");
    const jg_code *lc = find_code(m, "f.<locals>.<listcomp>");
    assert_true(lc->flags & JG_CO_COMPREHENSION);
    assert_int_equal(lc->n_args, 1);
    assert_string_equal(slot_name(lc, 0), ".0");
    assert_listing(lc, "BUILD_LIST 0|LOAD_FAST 0|FOR_ITER 11|STORE_FAST 1|LOAD_FAST 1|"
                       "POP_JUMP_IF_FALSE 2|LOAD_FAST 1|LOAD_CONST 0|BINARY_MUL|LIST_APPEND 2|"
                       "JUMP 2|RETURN_VALUE");
}

static void test_named_expression_in_a_comprehension_binds_in_the_function(void **state)
{
    (void)state;
    jg_code *m = compile("def f(xs):\n    [(last := x) for x in xs]\n    return last\n"
                         "[(g := x) for x in y]\n");
    const jg_code *f = find_code(m, "f");
    assert_int_equal(f->n_cells, 1);
    assert_string_equal(slot_name(f, f->n_locals), "last");
    assert_true(has_op(find_code(m, "f.<locals>.<listcomp>"), JG_OP_STORE_DEREF));
    assert_true(has_op(find_code(m, "<listcomp>"), JG_OP_STORE_GLOBAL));
}

static void test_generator_expression_is_a_generator(void **state)
{
    (void)state;
    const jg_code *g = code_named("def f(xs):\n    return (x for x in xs)\n",
                                  "f.<locals>.<genexpr>");
    assert_true(g->flags & JG_CO_GENERATOR);
    assert_listing(g, "LOAD_FAST 0|FOR_ITER 7|STORE_FAST 1|LOAD_FAST 1|YIELD_VALUE 0|POP_TOP|"
                      "JUMP 1|LOAD_CONST 0|RETURN_VALUE");
}

static void test_yield_from_sends_in_a_loop(void **state)
{
    (void)state;
    const jg_code *g = code_named("def g(it):\n    x = yield from it\n    return x\n", "g");
    assert_true(g->flags & JG_CO_GENERATOR);
    assert_listing(g, "LOAD_FAST 0|GET_YIELD_FROM_ITER|LOAD_CONST 0|SEND 6|YIELD_VALUE 1|"
                      "JUMP 3|STORE_FAST 1|LOAD_FAST 1|RETURN_VALUE");
}

static void test_parameters_come_first_in_their_order(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a, /, b, *args, c, d=1, **kw):\n    e = 1\n", "f");
    assert_int_equal(f->n_args, 2);
    assert_int_equal(f->n_posonly, 1);
    assert_int_equal(f->n_kwonly, 2);
    assert_true(f->flags & JG_CO_VARARGS);
    assert_true(f->flags & JG_CO_VARKW);
    const char *want[] = {"a", "b", "c", "d", "args", "kw", "e"};
    assert_int_equal(f->n_locals, 7);
    for (int i = 0; i < 7; i++)
        assert_string_equal(slot_name(f, (uint32_t)i), want[i]);
}

/* ---------------------------------------------------------------- exceptions */

static void test_try_except_table_covers_the_body_and_the_handler(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f():\n    try:\n        g()\n    except E:\n"
                                  "        h()\n",
                                  "f");
    assert_listing(f, "LOAD_GLOBAL 0|CALL 0|POP_TOP|LOAD_CONST 0|RETURN_VALUE|PUSH_EXC_INFO|"
                      "LOAD_GLOBAL 1|CHECK_EXC_MATCH|POP_JUMP_IF_FALSE 16|POP_TOP|LOAD_GLOBAL 2|"
                      "CALL 0|POP_TOP|POP_EXCEPT|LOAD_CONST 0|RETURN_VALUE|RERAISE 0|COPY 3|"
                      "POP_EXCEPT|RERAISE 1");
    assert_int_equal(f->n_exc, 3);
    assert_int_equal(f->exc_table[0].start, 0);
    assert_int_equal(f->exc_table[0].end, 3);
    assert_int_equal(f->exc_table[0].target, 5);
    assert_int_equal(f->exc_table[0].depth, 0);
    assert_int_equal(f->exc_table[0].lasti, 0);
    assert_int_equal(f->exc_table[1].start, 5);
    assert_int_equal(f->exc_table[1].end, 13);
    assert_int_equal(f->exc_table[1].target, 17);
    assert_int_equal(f->exc_table[1].depth, 1);
    assert_int_equal(f->exc_table[1].lasti, 1);
    /* RERAISE 0 when no clause matched: under the same cleanup handler. */
    assert_int_equal(f->exc_table[2].start, 16);
    assert_int_equal(f->exc_table[2].end, 17);
    assert_int_equal(f->exc_table[2].target, 17);
}

static void test_except_as_name_is_deleted_after_the_handler(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f():\n    try:\n        g()\n    except E as e:\n"
                                  "        h(e)\n",
                                  "f");
    assert_listing(f, "LOAD_GLOBAL 0|CALL 0|POP_TOP|LOAD_CONST 0|RETURN_VALUE|PUSH_EXC_INFO|"
                      "LOAD_GLOBAL 1|CHECK_EXC_MATCH|POP_JUMP_IF_FALSE 24|STORE_FAST 0|"
                      "LOAD_GLOBAL 2|LOAD_FAST 0|CALL 1|POP_TOP|POP_EXCEPT|LOAD_CONST 0|"
                      "STORE_FAST 0|DELETE_FAST 0|LOAD_CONST 0|RETURN_VALUE|LOAD_CONST 0|"
                      "STORE_FAST 0|DELETE_FAST 0|RERAISE 1|RERAISE 0|COPY 3|POP_EXCEPT|"
                      "RERAISE 1");
}

static void test_return_in_try_finally_runs_the_finally_body_first(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(x):\n    try:\n        return x\n    finally:\n"
                                  "        g()\n",
                                  "f");
    assert_listing(f, "LOAD_FAST 0|LOAD_GLOBAL 0|CALL 0|POP_TOP|RETURN_VALUE|PUSH_EXC_INFO|"
                      "LOAD_GLOBAL 1|CALL 0|POP_TOP|RERAISE 0|COPY 3|POP_EXCEPT|RERAISE 1");
    /* Only the load of x is protected: the inlined finally body is not. */
    assert_int_equal(f->exc_table[0].start, 0);
    assert_int_equal(f->exc_table[0].end, 1);
    assert_int_equal(f->exc_table[0].target, 5);
}

static void test_with_calls_exit_with_nones_or_with_the_exception(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(m):\n    with m as x:\n        g(x)\n", "f");
    assert_listing(f, "LOAD_FAST 0|BEFORE_WITH|STORE_FAST 1|LOAD_GLOBAL 0|LOAD_FAST 1|CALL 1|"
                      "POP_TOP|LOAD_CONST 0|LOAD_CONST 0|LOAD_CONST 0|CALL 3|POP_TOP|"
                      "LOAD_CONST 0|RETURN_VALUE|PUSH_EXC_INFO|WITH_EXCEPT_START|"
                      "POP_JUMP_IF_TRUE 21|RERAISE 2|COPY 3|POP_EXCEPT|RERAISE 1|POP_TOP|"
                      "POP_EXCEPT|POP_TOP|POP_TOP|LOAD_CONST 0|RETURN_VALUE");
    assert_int_equal(f->exc_table[0].start, 2);
    assert_int_equal(f->exc_table[0].end, 7);
    assert_int_equal(f->exc_table[0].target, 14);
    assert_int_equal(f->exc_table[0].depth, 1); /* __exit__ stays */
    assert_int_equal(f->exc_table[0].lasti, 1);
}

static void test_break_out_of_with_in_a_loop_calls_exit(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(xs, m):\n    for x in xs:\n        with m:\n"
                                  "            break\n",
                                  "f");
    /* break: __exit__(None, None, None), pop the iterator, leave the loop (the
     * two-instruction `return None` after it is copied in place of the jump). */
    assert_listing(f, "LOAD_FAST 0|GET_ITER|FOR_ITER 27|STORE_FAST 2|LOAD_FAST 1|BEFORE_WITH|"
                      "POP_TOP|LOAD_CONST 0|LOAD_CONST 0|LOAD_CONST 0|CALL 3|POP_TOP|POP_TOP|"
                      "LOAD_CONST 0|RETURN_VALUE|PUSH_EXC_INFO|WITH_EXCEPT_START|"
                      "POP_JUMP_IF_TRUE 22|RERAISE 2|COPY 3|POP_EXCEPT|RERAISE 1|POP_TOP|"
                      "POP_EXCEPT|POP_TOP|POP_TOP|JUMP 2|LOAD_CONST 0|RETURN_VALUE");
}

static void test_continue_in_try_finally_runs_the_finally_body(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(xs):\n    for x in xs:\n        try:\n"
                                  "            h()\n            continue\n        finally:\n"
                                  "            g()\n",
                                  "f");
    assert_listing(f, "LOAD_FAST 0|GET_ITER|FOR_ITER 19|STORE_FAST 1|LOAD_GLOBAL 0|CALL 0|"
                      "POP_TOP|LOAD_GLOBAL 1|CALL 0|POP_TOP|JUMP 2|PUSH_EXC_INFO|LOAD_GLOBAL 2|"
                      "CALL 0|POP_TOP|RERAISE 0|COPY 3|POP_EXCEPT|RERAISE 1|LOAD_CONST 0|"
                      "RETURN_VALUE");
    /* A try body that cannot raise needs no handler at all. */
    const jg_code *g = code_named("def g(xs):\n    for x in xs:\n        try:\n"
                                  "            continue\n        finally:\n            h()\n",
                                  "g");
    assert_int_equal(g->n_exc, 0);
}

static void test_nested_handlers_keep_the_table_sorted_and_consistent(void **state)
{
    (void)state;
    /* check_code() verifies order, overlap and stack depths for the whole tree. */
    compile("def f(a):\n"
            "    for i in a:\n"
            "        try:\n"
            "            try:\n"
            "                with g() as h, k():\n"
            "                    if i: continue\n"
            "                    if not i: break\n"
            "                    return h\n"
            "            except (A, B) as e:\n"
            "                try:\n"
            "                    raise C from e\n"
            "                finally:\n"
            "                    return e\n"
            "            except:\n"
            "                raise\n"
            "            else:\n"
            "                pass\n"
            "        finally:\n"
            "            if i: break\n"
            "    while a:\n"
            "        try:\n"
            "            yield a\n"
            "        except E:\n"
            "            continue\n"
            "    return 1\n");
}

static void test_assert_raises_assertion_error_with_its_message(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(x):\n    assert x, 'bad'\n", "f");
    assert_listing(f, "LOAD_FAST 0|POP_JUMP_IF_TRUE 6|LOAD_ASSERTION_ERROR|LOAD_CONST 1|CALL 1|"
                      "RAISE_VARARGS 1|LOAD_CONST 0|RETURN_VALUE");
}

/* ---------------------------------------------------------------- code objects */

static void test_stacksize_is_the_deepest_point(void **state)
{
    (void)state;
    assert_int_equal(code_named("def f(g, a, b, c):\n    return g(a, b, c)\n", "f")->stacksize, 4);
    assert_int_equal(code_named("def f(g, a):\n    return g(a, g(a, g(a)))\n", "f")->stacksize,
                     6);
}

static void test_code_indexes_are_post_order_with_the_module_last(void **state)
{
    (void)state;
    jg_code *m = compile("def f():\n    def g(): pass\n    return g\nclass C:\n"
                         "    def m(self): pass\n");
    const jg_code *g = find_code(m, "f.<locals>.g");
    const jg_code *f = find_code(m, "f");
    const jg_code *meth = find_code(m, "C.m");
    const jg_code *c = find_code(m, "C");
    assert_int_equal(g->index, 0);
    assert_int_equal(f->index, 1);
    assert_int_equal(meth->index, 2);
    assert_int_equal(c->index, 3);
    assert_int_equal(m->index, 4);
    for (uint32_t i = 0; i <= 4; i++)
        assert_int_equal(jg_code_by_index(m, i)->index, i);
    assert_null(jg_code_by_index(m, 5));
}

static void test_every_instruction_has_the_line_it_came_from(void **state)
{
    (void)state;
    const jg_code *f = code_named("def f(a):\n    x = a\n\n    y = (x +\n         a)\n"
                                  "    return y\n",
                                  "f");
    const int want[] = {2, 2, 4, 5, 4, 4, 6, 6};
    assert_int_equal(f->n_code, 8);
    for (int i = 0; i < 8; i++)
        assert_int_equal(f->lines[i], want[i]);
    assert_int_equal(f->first_line, 1);
    assert_true(str_is(f->filename, "t.py"));
}

static void test_decorated_function_starts_at_its_first_decorator(void **state)
{
    (void)state;
    jg_code *m = compile("@d1\n@d2\ndef f():\n    pass\n");
    assert_int_equal(find_code(m, "f")->first_line, 1);
    assert_listing(m, "LOAD_NAME 0|LOAD_NAME 1|LOAD_CONST 0|MAKE_FUNCTION 0|CALL 1|CALL 1|"
                      "STORE_NAME 2|LOAD_CONST 1|RETURN_VALUE");
}

static void test_disassembly_lists_every_code_object(void **state)
{
    (void)state;
    jg_code *m = compile("def f(x):\n    try:\n        return x.y\n    except E:\n"
                         "        return [i for i in x]\n");
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    assert_non_null(out);
    jg_code_disassemble(vm, m, out);
    fclose(out);
    assert_non_null(strstr(text, "<module>"));
    assert_non_null(strstr(text, "code object f,"));
    assert_non_null(strstr(text, "f.<locals>.<listcomp>"));
    assert_non_null(strstr(text, "LOAD_ATTR"));
    assert_non_null(strstr(text, "(y)"));
    assert_non_null(strstr(text, "ExceptionTable:"));
    assert_non_null(strstr(text, "lasti"));
    free(text);
}

/* Compiles every .py under 'dir' that the parser accepts and checks the code
 * (check_code runs inside try_compile); returns how many compiled. */
static int compile_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len = strlen(e->d_name);
        if (len > 3 && strcmp(e->d_name + len - 3, ".py") == 0) {
            FILE *f = fopen(path, "rb");
            if (!f)
                continue;
            static char src[1 << 20];
            size_t n_read = fread(src, 1, sizeof src - 1, f);
            fclose(f);
            src[n_read] = 0;
            jg_arena *arena = jg_arena_new();
            jg_module_ast *tree = NULL;
            jg_err err = {0};
            if (jg_parse(arena, path, src, n_read, &tree, &err) == JG_OK) {
                jg_code *co = NULL;
                jg_str *source = jg_str_intern(vm, src, n_read);
                jg_str *fname = jg_str_intern_cstr(vm, path);
                if (jg_compile_module(vm, tree, source, fname, &co, &err) == JG_OK) {
                    check_code(co);
                    n++;
                } else if (err.code != JG_ERR_SYNTAX || strncmp(err.msg, "SyntaxError: ", 13)) {
                    fail_msg("%s: %s", path, err.msg);
                }
            }
            jg_arena_free(&arena);
        } else {
            n += compile_tree(path);
        }
    }
    closedir(d);
    return n;
}

static void test_every_program_of_the_corpus_compiles_to_consistent_code(void **state)
{
    (void)state;
    /* tests/lang and the prelude, found from this file's own path. */
    char root[1024];
    snprintf(root, sizeof root, "%s", __FILE__);
    char *slash = strstr(root, "/tests/vm/");
    if (!slash)
        skip();
    *slash = 0;
    char dir[1100];
    snprintf(dir, sizeof dir, "%s/tests/lang", root);
    int n = compile_tree(dir);
    snprintf(dir, sizeof dir, "%s/vm/lib", root);
    n += compile_tree(dir);
    if (n == 0)
        skip();
    print_message("compiled and checked %d programs\n", n);
}

/* ---------------------------------------------------------------- refusals */

static void test_misplaced_return_yield_break_and_continue_are_refused(void **state)
{
    (void)state;
    assert_refused("x = 1\nreturn x\n", "SyntaxError: 'return' outside function", 2);
    assert_refused("class C:\n    return 1\n", "SyntaxError: 'return' outside function", 2);
    assert_refused("yield 1\n", "SyntaxError: 'yield' outside function", 1);
    assert_refused("class C:\n    x = yield\n", "SyntaxError: 'yield' outside function", 2);
    assert_refused("def f():\n    break\n", "SyntaxError: 'break' outside loop", 2);
    assert_refused("for x in y:\n    def f():\n        continue\n",
                   "SyntaxError: 'continue' not properly in loop", 3);
    assert_refused("def f():\n    return [(yield x) for x in y]\n",
                   "SyntaxError: 'yield' inside list comprehension", 2);
    assert_refused("def f():\n    return ((yield x) for x in y)\n",
                   "SyntaxError: 'yield' inside generator expression", 2);
}

static void test_bad_global_and_nonlocal_declarations_are_refused(void **state)
{
    (void)state;
    assert_refused("def f():\n    print(x)\n    global x\n",
                   "SyntaxError: name 'x' is used prior to global declaration", 3);
    assert_refused("def f():\n    x = 1\n    global x\n",
                   "SyntaxError: name 'x' is assigned to before global declaration", 3);
    assert_refused("def f(x):\n    global x\n", "SyntaxError: name 'x' is parameter and global",
                   2);
    assert_refused("def f(x):\n    nonlocal x\n",
                   "SyntaxError: name 'x' is parameter and nonlocal", 2);
    assert_refused("def f():\n    nonlocal x\n", "SyntaxError: no binding for nonlocal 'x' found",
                   2);
    assert_refused("nonlocal x\n",
                   "SyntaxError: nonlocal declaration not allowed at module level", 1);
    assert_refused("x = 1\nnonlocal x\n",
                   "SyntaxError: name 'x' is assigned to before nonlocal declaration", 2);
    assert_refused("def f():\n    global x\n    nonlocal x\n",
                   "SyntaxError: name 'x' is nonlocal and global", 2);
    assert_refused("def f(a, b, a):\n    pass\n",
                   "SyntaxError: duplicate argument 'a' in function definition", 1);
    assert_refused("def f():\n    from m import *\n",
                   "SyntaxError: import * only allowed at module level", 2);
}

static void test_bad_assignment_expressions_are_refused(void **state)
{
    (void)state;
    assert_refused("def f():\n    [y := 1 for y in z]\n",
                   "SyntaxError: assignment expression cannot rebind comprehension iteration "
                   "variable 'y'",
                   2);
    assert_refused("class C:\n    [y := 1 for x in z]\n",
                   "SyntaxError: assignment expression within a comprehension cannot be used in "
                   "a class body",
                   2);
    assert_refused("[x for x in (y := z)]\n",
                   "SyntaxError: assignment expression cannot be used in a comprehension "
                   "iterable expression",
                   1);
}

static void test_bad_targets_and_calls_are_refused(void **state)
{
    (void)state;
    assert_refused("a, *b, *c = d\n", "SyntaxError: multiple starred expressions in assignment",
                   1);
    assert_refused("__debug__ = 1\n", "SyntaxError: cannot assign to __debug__", 1);
    assert_refused("f(a=1, a=2)\n", "SyntaxError: keyword argument repeated: a", 1);
    assert_refused("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
                   "SyntaxError: default 'except:' must be last", 3);
}

static void test_a_tree_deeper_than_the_parser_allows_is_refused(void **state)
{
    (void)state;
    /* Built by hand: `not not ... not x`, far deeper than any parse. */
    jg_arena *arena = jg_arena_new();
    jg_expr *e = jg_arena_alloc(arena, sizeof *e);
    e->kind = JG_E_NAME;
    e->ctx = JG_CTX_LOAD;
    e->u.name.id = "x";
    e->line = e->col = 1;
    for (int i = 0; i < 3 * JG_MAX_COMPILE_DEPTH; i++) {
        jg_expr *n = jg_arena_alloc(arena, sizeof *n);
        n->kind = JG_E_UNARYOP;
        n->u.unaryop.op = JG_UOP_NOT;
        n->u.unaryop.operand = e;
        n->line = n->col = 1;
        e = n;
    }
    jg_stmt *s = jg_arena_alloc(arena, sizeof *s);
    s->kind = JG_S_EXPR;
    s->u.value = e;
    s->line = s->col = 1;
    jg_module_ast m = {{1, &s}, "deep.py"};
    jg_code *co = NULL;
    jg_err err = {0};
    assert_int_equal(jg_compile_module(vm, &m, NULL, NULL, &co, &err), JG_ERR_SYNTAX);
    assert_null(co);
    assert_string_equal(err.msg,
                        "RecursionError: maximum recursion depth exceeded during compilation");
    assert_string_equal(err.where, "deep.py");
    jg_arena_free(&arena);
}

static void test_constructs_outside_the_subset_are_refused(void **state)
{
    (void)state;
    assert_refused("class C(A, B):\n    pass\n",
                   "SyntaxError: multiple inheritance is not supported by jumpgate", 1);
    assert_refused("class C(metaclass=M):\n    pass\n",
                   "SyntaxError: 'metaclass' is not supported by jumpgate", 1);
    assert_refused("x = 1\ny = 3 + 4j\n",
                   "SyntaxError: complex literals are not supported by jumpgate", 2);
    assert_refused("def f(a, b):\n    return a @ b\n",
                   "SyntaxError: the '@' operator is not supported by jumpgate", 2);
    assert_refused("a @= b\n", "SyntaxError: the '@' operator is not supported by jumpgate", 1);
    assert_refused("from __future__ import annotations\n",
                   "SyntaxError: 'from __future__' imports are not supported by jumpgate", 1);
    /* Refused even where it could never run. */
    assert_refused("if 0:\n    z = 1j\n",
                   "SyntaxError: complex literals are not supported by jumpgate", 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_addition_of_two_parameters_is_binary_add),
        cmocka_unit_test(test_pairs_of_loads_and_stores_are_fused_in_place),
        cmocka_unit_test(test_string_builders_append_in_place_and_other_reads_escape),
        cmocka_unit_test(test_increment_of_a_local_stays_binary_add),
        cmocka_unit_test(test_comparison_in_a_condition_is_compare_then_conditional_jump),
        cmocka_unit_test(test_negative_literals_are_constants),
        cmocka_unit_test(test_method_call_uses_load_method_and_call_method),
        cmocka_unit_test(test_keyword_call_passes_a_constant_tuple_of_names),
        cmocka_unit_test(test_starred_call_builds_a_tuple_and_a_dict),
        cmocka_unit_test(test_module_code_uses_names_and_functions_use_globals),
        cmocka_unit_test(test_global_declaration_makes_module_code_store_global),
        cmocka_unit_test(test_constant_condition_drops_the_dead_branch),
        cmocka_unit_test(test_code_after_return_is_dropped),
        cmocka_unit_test(test_tuple_displays_of_constants_are_one_constant),
        cmocka_unit_test(test_equal_constants_are_stored_once),
        cmocka_unit_test(test_chained_comparison_evaluates_the_middle_once),
        cmocka_unit_test(test_is_none_test_jumps_directly),
        cmocka_unit_test(test_unpacking_two_values_swaps_instead_of_building_a_tuple),
        cmocka_unit_test(test_docstring_is_the_first_constant_of_a_function),
        cmocka_unit_test(test_fstring_formats_and_joins),
        cmocka_unit_test(test_captured_parameter_is_a_cell_copied_from_its_argument),
        cmocka_unit_test(test_nonlocal_assignment_stores_into_the_cell),
        cmocka_unit_test(test_free_variables_are_passed_through_an_intermediate_function),
        cmocka_unit_test(test_method_using_super_gets_the_class_cell),
        cmocka_unit_test(test_class_without_class_cell_returns_none),
        cmocka_unit_test(test_private_names_are_mangled_inside_a_class),
        cmocka_unit_test(test_class_body_loads_free_variables_with_load_classderef),
        cmocka_unit_test(test_qualified_names_follow_nesting),
        cmocka_unit_test(test_comprehension_is_a_function_called_with_the_first_iterator),
        cmocka_unit_test(test_named_expression_in_a_comprehension_binds_in_the_function),
        cmocka_unit_test(test_generator_expression_is_a_generator),
        cmocka_unit_test(test_yield_from_sends_in_a_loop),
        cmocka_unit_test(test_parameters_come_first_in_their_order),
        cmocka_unit_test(test_try_except_table_covers_the_body_and_the_handler),
        cmocka_unit_test(test_except_as_name_is_deleted_after_the_handler),
        cmocka_unit_test(test_return_in_try_finally_runs_the_finally_body_first),
        cmocka_unit_test(test_with_calls_exit_with_nones_or_with_the_exception),
        cmocka_unit_test(test_break_out_of_with_in_a_loop_calls_exit),
        cmocka_unit_test(test_continue_in_try_finally_runs_the_finally_body),
        cmocka_unit_test(test_nested_handlers_keep_the_table_sorted_and_consistent),
        cmocka_unit_test(test_assert_raises_assertion_error_with_its_message),
        cmocka_unit_test(test_stacksize_is_the_deepest_point),
        cmocka_unit_test(test_code_indexes_are_post_order_with_the_module_last),
        cmocka_unit_test(test_every_instruction_has_the_line_it_came_from),
        cmocka_unit_test(test_decorated_function_starts_at_its_first_decorator),
        cmocka_unit_test(test_disassembly_lists_every_code_object),
        cmocka_unit_test(test_every_program_of_the_corpus_compiles_to_consistent_code),
        cmocka_unit_test(test_misplaced_return_yield_break_and_continue_are_refused),
        cmocka_unit_test(test_bad_global_and_nonlocal_declarations_are_refused),
        cmocka_unit_test(test_bad_assignment_expressions_are_refused),
        cmocka_unit_test(test_bad_targets_and_calls_are_refused),
        cmocka_unit_test(test_constructs_outside_the_subset_are_refused),
        cmocka_unit_test(test_a_tree_deeper_than_the_parser_allows_is_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
