/*
 * vm/compile.c - syntax tree to code objects (CPython 3.11's compile.c).
 *
 * Each scope (module, def, lambda, class body, comprehension) is compiled by
 * one 'unit' into a control-flow graph of basic blocks.  Exception handling
 * is emitted as in 3.11: pseudo-instructions SETUP_FINALLY / SETUP_CLEANUP /
 * SETUP_WITH / POP_BLOCK bracket protected code; assemble() then threads
 * jumps, drops unreachable code, computes the exact stack depth of every block
 * by flow analysis, turns the pseudo-instructions into a per-instruction
 * handler, and lays the blocks out into instructions, an exception table,
 * constants, names and inline caches.  Statements that leave a protected
 * region early (return, break, continue) inline the finally/with-exit code on
 * their path, from the 'fblock' stack, exactly as 3.11 does.
 *
 * Every instruction gets the source position (lines and columns) CPython
 * 3.11's compiler gives it, statement by statement and expression by
 * expression, with the same quirks: tracebacks underline what CPython
 * underlines (code.h, exc.c).
 *
 * Scope decisions come from symtable.c.  The compiler allocates GC'd objects
 * (constants, code objects) freely: the collector never runs while it works
 * (vm.h), so C locals may hold them.
 *
 * Invariant: within a block a jump is always the last instruction, and the
 * block a unit is emitting into ('cur') is the last block of its layout.
 */
#include "compile.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "superinstr.h"
#include "symtable.h"
#include "vm.h"

/* ---------------------------------------------------------------- limits */

/* CPython's CO_MAXBLOCKS: statically nested loops/try/with per function. */
#define MAX_FBLOCKS 20
/* Handlers active at once: each fblock pushes at most three. */
#define MAX_XDEPTH (3 * MAX_FBLOCKS + 8)
/* CPython's STACK_USE_GUIDELINE: above it, displays and calls build their
 * container incrementally instead of pushing every item first. */
#define STACK_USE_GUIDELINE 30
/* Largest block copied in place of a jump to it (CPython's MAX_COPY_SIZE). */
#define MAX_COPY_SIZE 4

/* Pseudo-instructions: they exist only between codegen and assembly. */
enum {
    OP_SETUP_FINALLY = 256, /* handler pushes exc */
    OP_SETUP_CLEANUP,       /* handler pushes lasti, exc */
    OP_SETUP_WITH,          /* as CLEANUP, below the __enter__ result */
    OP_POP_BLOCK,
};

/* ---------------------------------------------------------------- structures */

typedef struct block block;

/* A source position as CPython's compiler gives one to each instruction:
 * lines 1-based, columns 0-based UTF-8 byte offsets (-1: unknown).  A line
 * <= 0 means none: at assembly the instruction takes the position of the
 * instruction before it. */
typedef struct {
    int line, end_line, col, end_col;
} srcloc;

typedef struct {
    int op;       /* jg_opcode or OP_* pseudo */
    int32_t arg;
    block *target; /* jumps and SETUP_* */
    block *handler; /* set by label_exceptions */
    srcloc loc;
} instr;

struct block {
    instr *ins;
    uint32_t n, cap;
    block *next;     /* layout order */
    int start_depth; /* INT_MIN until stackdepth() reaches it */
    uint32_t offset;
    bool reachable;
    bool preserve_lasti; /* handler entered with lasti pushed */
    bool visited;
    block **xstack; /* label_exceptions: handlers active at entry */
    int xdepth;
};

typedef enum {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
} fb_type;

typedef struct {
    fb_type type;
    block *block; /* loop: where `continue` goes */
    block *exit;  /* loop: where `break` goes */
    const jg_stmt_list *finalbody; /* FINALLY_TRY */
    const jg_stmt *with;           /* WITH */
    const char *name;              /* HANDLER_CLEANUP: `except E as name` */
} fblock;

typedef enum {
    U_MODULE,
    U_CLASS,
    U_FUNCTION,
    U_LAMBDA,
    U_COMPREHENSION,
} unit_kind;

typedef struct unit {
    struct unit *parent;
    jg_scope *ste;
    unit_kind kind;
    const char *name;
    const char *qualname;
    const char *private_name;

    jg_value *consts;
    uint32_t n_consts, cap_consts;
    uint32_t *const_index; /* hash: const number + 1, 0 empty */
    uint32_t const_mask;

    jg_str **names;
    uint32_t n_names, cap_names;
    uint32_t *name_index;
    uint32_t name_mask;

    const char **varnames;
    uint32_t n_varnames, cap_varnames;
    const char **cellvars;
    uint32_t n_cells;
    const char **freevars;
    uint32_t n_frees;

    uint32_t *cache_names; /* per LOAD_ATTR/... occurrence: its names index */
    uint32_t n_caches, cap_caches;

    block *entry, *cur;
    bool start_new_block; /* the last instruction ended 'cur' */

    fblock fb[MAX_FBLOCKS];
    int n_fb;

    uint32_t n_args, n_posonly, n_kwonly;
    int first_line;
    srcloc loc; /* position given to emitted instructions (CPython's u_lineno...) */
} unit;

typedef struct {
    jg_vm *vm;
    jg_err *err;
    jg_status status;
    jg_symtable *st;
    jg_arena *arena;
    const char *filename;
    jg_str *filename_str;
    jg_str *source;
    unit *u;
    int depth;
} compiler;

/* ---------------------------------------------------------------- failure */

static bool failed(compiler *c)
{
    return c->status != JG_OK;
}

static void fail_nomem(compiler *c)
{
    if (c->status == JG_OK)
        c->status = jg_fail(c->err, JG_ERR_NOMEM, "out of memory during compilation");
}

static void vfail_syntax(compiler *c, int line, int col, const char *fmt, va_list ap)
{
    if (c->status != JG_OK)
        return;
    c->status = JG_ERR_SYNTAX;
    if (!c->err)
        return;
    char msg[sizeof c->err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    jg_fail(c->err, JG_ERR_SYNTAX, "SyntaxError: %s", msg);
    c->err->line = line;
    c->err->col = col;
    snprintf(c->err->where, sizeof c->err->where, "%s", c->filename ? c->filename : "");
}

static void error_at(compiler *c, int line, int col, const char *fmt, ...) JG_PRINTF(4, 5);
static void error_at(compiler *c, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail_syntax(c, line, col, fmt, ap);
    va_end(ap);
}

/* A syntax error at the location being compiled. */
static void error(compiler *c, const char *fmt, ...) JG_PRINTF(2, 3);
static void error(compiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail_syntax(c, c->u ? c->u->loc.line : 0, c->u ? c->u->loc.col + 1 : 0, fmt, ap);
    va_end(ap);
}

/* Nesting beyond what the parser lets through (a hand-built tree): refused
 * as the parser refuses it, rather than risking the C stack. */
static void fail_too_deep(compiler *c, int line, int col)
{
    error_at(c, line, col, "too deeply nested");
    if (c->err && c->status == JG_ERR_SYNTAX)
        snprintf(c->err->msg, sizeof c->err->msg,
                 "RecursionError: maximum recursion depth exceeded during compilation");
}

/* A bug in the compiler, reported rather than turned into bad bytecode. */
static void internal_error(compiler *c, const char *what)
{
    if (c->status == JG_OK)
        c->status = jg_fail(c->err, JG_ERR_SYNTAX, "SystemError: internal compiler error: %s",
                            what);
}

/* ---------------------------------------------------------------- memory */

static void *alloc(compiler *c, size_t size)
{
    void *p = jg_arena_alloc(c->arena, size);
    if (!p)
        fail_nomem(c);
    return p;
}

/* Grows the arena array '*items' to hold n + 1 items of 'size' bytes. */
static bool reserve(compiler *c, void **items, uint32_t *cap, uint32_t n, size_t size)
{
    if (n < *cap)
        return true;
    if (n >= JG_MAX_ARG) {
        error(c, "too many constants, names or instructions in one code object");
        return false;
    }
    uint32_t ncap = *cap ? *cap * 2 : 16;
    void *fresh = alloc(c, (size_t)ncap * size);
    if (!fresh)
        return false;
    if (n)
        memcpy(fresh, *items, (size_t)n * size);
    *items = fresh;
    *cap = ncap;
    return true;
}

static const char *concat3(compiler *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *s = alloc(c, la + lb + ld + 1);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, d, ld + 1);
    return s;
}

static const char *mangle(compiler *c, const char *name)
{
    const char *m = jg_mangle(c->arena, c->u->private_name, name);
    if (!m)
        fail_nomem(c);
    return m;
}

/* ---------------------------------------------------------------- opcode facts */

static bool is_jump(int op)
{
    switch (op) {
        case JG_OP_JUMP:
        case JG_OP_POP_JUMP_IF_FALSE:
        case JG_OP_POP_JUMP_IF_TRUE:
        case JG_OP_POP_JUMP_IF_NONE:
        case JG_OP_POP_JUMP_IF_NOT_NONE:
        case JG_OP_JUMP_IF_FALSE_OR_POP:
        case JG_OP_JUMP_IF_TRUE_OR_POP:
        case JG_OP_FOR_ITER:
        case JG_OP_SEND:
            return true;
        default:
            return false;
    }
}

static bool is_block_push(int op)
{
    return op == OP_SETUP_FINALLY || op == OP_SETUP_CLEANUP || op == OP_SETUP_WITH;
}

/* Instructions after which control never falls through. */
static bool is_terminator(int op)
{
    return op == JG_OP_JUMP || op == JG_OP_RETURN_VALUE || op == JG_OP_RAISE_VARARGS ||
           op == JG_OP_RERAISE;
}

static bool is_exit(int op)
{
    return op == JG_OP_RETURN_VALUE || op == JG_OP_RAISE_VARARGS || op == JG_OP_RERAISE;
}

/* Instructions whose argument is a cell-space index (cells, then frees),
 * offset by n_locals at assembly. */
static bool is_deref(int op)
{
    return op == JG_OP_LOAD_DEREF || op == JG_OP_STORE_DEREF || op == JG_OP_DELETE_DEREF ||
           op == JG_OP_LOAD_CLOSURE || op == JG_OP_LOAD_CLASSDEREF;
}

static bool has_cache(int op)
{
    return op == JG_OP_LOAD_ATTR || op == JG_OP_STORE_ATTR || op == JG_OP_DELETE_ATTR ||
           op == JG_OP_LOAD_METHOD || op == JG_OP_LOAD_GLOBAL;
}

static int popcount3(uint32_t flags)
{
    return (int)((flags & 1) + ((flags >> 1) & 1) + ((flags >> 3) & 1));
}

/* Net change of the stack depth by 'op' (compile.h); pseudo-instructions
 * included, for stackdepth().  Unknown opcodes count as 0. */
int jg_opcode_stack_effect(int op, uint32_t arg, bool jump)
{
    int n = (int)arg;
    switch (op) {
        case JG_OP_NOP:
        case JG_OP_SWAP:
        case JG_OP_DELETE_FAST:
        case JG_OP_DELETE_DEREF:
        case JG_OP_DELETE_GLOBAL:
        case JG_OP_DELETE_NAME:
        case JG_OP_LOAD_ATTR:
        case JG_OP_YIELD_VALUE:
        case JG_OP_GET_YIELD_FROM_ITER:
        case JG_OP_LIST_TO_TUPLE:
        case JG_OP_UNARY_POSITIVE:
        case JG_OP_UNARY_NEGATIVE:
        case JG_OP_UNARY_NOT:
        case JG_OP_UNARY_INVERT:
        case JG_OP_JUMP:
        case JG_OP_GET_ITER:
        case JG_OP_CHECK_EXC_MATCH:
        case JG_OP_SETUP_ANNOTATIONS:
            return 0;
        case JG_OP_POP_TOP:
        case JG_OP_STORE_FAST:
        case JG_OP_STORE_DEREF:
        case JG_OP_STORE_GLOBAL:
        case JG_OP_STORE_NAME:
        case JG_OP_DELETE_ATTR:
        case JG_OP_RETURN_VALUE:
        case JG_OP_LIST_APPEND:
        case JG_OP_SET_ADD:
        case JG_OP_LIST_EXTEND:
        case JG_OP_SET_UPDATE:
        case JG_OP_DICT_UPDATE:
        case JG_OP_DICT_MERGE:
        case JG_OP_BINARY_SUBSCR:
        case JG_OP_COMPARE_OP:
        case JG_OP_IS_OP:
        case JG_OP_CONTAINS_OP:
        case JG_OP_POP_JUMP_IF_FALSE:
        case JG_OP_POP_JUMP_IF_TRUE:
        case JG_OP_POP_JUMP_IF_NONE:
        case JG_OP_POP_JUMP_IF_NOT_NONE:
        case JG_OP_POP_EXCEPT:
        case JG_OP_IMPORT_STAR:
        case JG_OP_INPLACE_ADD_APPEND:
            return -1;
        case JG_OP_COPY:
        case JG_OP_LOAD_CONST:
        case JG_OP_LOAD_FAST:
        case JG_OP_LOAD_FAST_ESCAPE:
        case JG_OP_LOAD_DEREF:
        case JG_OP_LOAD_CLOSURE:
        case JG_OP_LOAD_CLASSDEREF:
        case JG_OP_LOAD_GLOBAL:
        case JG_OP_LOAD_NAME:
        case JG_OP_LOAD_METHOD:
        case JG_OP_LOAD_BUILD_CLASS:
        case JG_OP_PUSH_EXC_INFO:
        case JG_OP_LOAD_ASSERTION_ERROR:
        case JG_OP_BEFORE_WITH:
        case JG_OP_WITH_EXCEPT_START:
        case JG_OP_IMPORT_NAME:
        case JG_OP_IMPORT_FROM:
        case JG_OP_GET_LEN:
            return 1;
        case JG_OP_STORE_ATTR:
        case JG_OP_DELETE_SUBSCR:
        case JG_OP_MAP_ADD:
            return -2;
        case JG_OP_STORE_SUBSCR:
            return -3;
        case JG_OP_CALL:
            return -n;
        case JG_OP_CALL_METHOD:
        case JG_OP_CALL_KW:
            return -n - 1;
        case JG_OP_CALL_EX:
            return -1 - (int)(arg & 1);
        case JG_OP_MAKE_FUNCTION:
            return -popcount3(arg);
        case JG_OP_SEND:
            return jump ? -1 : 0;
        case JG_OP_BUILD_TUPLE:
        case JG_OP_BUILD_LIST:
        case JG_OP_BUILD_SET:
        case JG_OP_BUILD_SLICE:
        case JG_OP_BUILD_STRING:
            return 1 - n;
        case JG_OP_BUILD_MAP:
            return 1 - 2 * n;
        case JG_OP_UNPACK_SEQUENCE:
            return n - 1;
        case JG_OP_UNPACK_EX:
            return (int)(arg & 0xFF) + (int)(arg >> 8);
        case JG_OP_JUMP_IF_FALSE_OR_POP:
        case JG_OP_JUMP_IF_TRUE_OR_POP:
            return jump ? 0 : -1;
        case JG_OP_FOR_ITER:
            return jump ? -1 : 1;
        case JG_OP_FORMAT_VALUE:
            return (arg & 4) ? -1 : 0;
        case JG_OP_RAISE_VARARGS:
            return -n;
        case JG_OP_RERAISE:
            return -1;
        case OP_SETUP_FINALLY:
        case OP_SETUP_WITH:
            return jump ? 1 : 0;
        case OP_SETUP_CLEANUP:
            return jump ? 2 : 0;
        case OP_POP_BLOCK:
            return 0;
        default:
            if (op >= JG_OP_BINARY_ADD && op <= JG_OP_INPLACE_XOR)
                return -1;
            return 0;
    }
}

/* ---------------------------------------------------------------- blocks and emission */

static block *new_block(compiler *c)
{
    block *b = alloc(c, sizeof *b);
    if (!b)
        return NULL;
    b->start_depth = INT_MIN;
    return b;
}

/* Places 'b' after the current block and makes it current. */
static void use_block(compiler *c, block *b)
{
    if (!b)
        return;
    c->u->cur->next = b;
    c->u->cur = b;
    c->u->start_new_block = false;
}

static instr *block_append(compiler *c, block *b)
{
    if (!reserve(c, (void **)&b->ins, &b->cap, b->n, sizeof(instr)))
        return NULL;
    instr *i = &b->ins[b->n++];
    memset(i, 0, sizeof *i);
    return i;
}

/* ---------------------------------------------------------------- positions */

/* The position of a node (the tree's columns count from 1, CPython's from 0). */
static srcloc expr_loc(const jg_expr *e)
{
    return (srcloc){e->line, e->end_line, e->col - 1, e->end_col - 1};
}

static srcloc stmt_loc(const jg_stmt *s)
{
    return (srcloc){s->line, s->end_line, s->col - 1, s->end_col - 1};
}

static srcloc handler_loc(const jg_excepthandler *h)
{
    return (srcloc){h->line, h->end_line, h->col - 1, h->end_col - 1};
}

/* A position with a line and nothing else: end line the same, no columns. */
static srcloc line_loc(int line)
{
    return (srcloc){line, line, -1, -1};
}

/* CPython's update_start_location_to_match_attr: an attribute access whose
 * object ends on an earlier line starts at the attribute name, so that a
 * traceback points at the line of `.name` in a chain split over lines.  (The
 * name's length is counted in characters, as CPython counts it, though the
 * columns are in bytes.) */
static srcloc attr_start_loc(srcloc loc, const jg_expr *attr)
{
    if (loc.line != attr->end_line) {
        loc.line = attr->end_line;
        int len = 0;
        for (const char *p = attr->u.attribute.attr; *p; p++)
            len += ((unsigned char)*p & 0xC0) != 0x80;
        if (len <= attr->end_col - 1) {
            loc.col = attr->end_col - 1 - len;
        } else {
            loc.col = -1;
            loc.end_col = -1;
        }
        if (loc.end_line < loc.line)
            loc.end_line = loc.line;
        if (loc.line == loc.end_line && loc.end_col < loc.col)
            loc.end_col = loc.col;
    }
    return loc;
}

/* ---------------------------------------------------------------- emitting */

static instr *emit_at(compiler *c, int op, int32_t arg, srcloc loc)
{
    if (failed(c))
        return NULL;
    unit *u = c->u;
    if (u->start_new_block) {
        block *b = new_block(c);
        if (!b)
            return NULL;
        use_block(c, b);
    }
    instr *i = block_append(c, u->cur);
    if (!i)
        return NULL;
    i->op = op;
    i->arg = arg;
    i->loc = loc;
    if (is_jump(op) || is_terminator(op))
        u->start_new_block = true;
    return i;
}

static void emit(compiler *c, int op, int32_t arg)
{
    emit_at(c, op, arg, c->u->loc);
}

static void emit_jump(compiler *c, int op, block *target)
{
    instr *i = emit_at(c, op, 0, c->u->loc);
    if (i)
        i->target = target;
}

/* Marks what follows as artificial (CPython's UNSET_LOC): instructions
 * without a position of their own take that of the instruction before them. */
static void unset_loc(compiler *c)
{
    c->u->loc = (srcloc){-1, -1, -1, -1};
}

/* A jump with no position of its own (CPython's ADDOP_JUMP_NOLINE): it takes
 * the position of the instruction before it. */
static void emit_jump_noline(compiler *c, int op, block *target)
{
    instr *i = emit_at(c, op, 0, (srcloc){-1, -1, -1, -1});
    if (i)
        i->target = target;
}

/* ---------------------------------------------------------------- constants */

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

static uint64_t bytes_hash(const void *p, size_t n)
{
    const uint8_t *s = p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

/* A hash consistent with const_eq: equal constants of the same type only. */
static uint64_t const_hash(jg_vm *vm, jg_value v)
{
    if (!jg_is_obj(v))
        return mix64(v);
    jg_obj *o = jg_obj_of(v);
    switch (o->type->kind) {
        case JG_K_STR:
            return bytes_hash(((jg_str *)o)->data, ((jg_str *)o)->len) ^ 0x5;
        case JG_K_BYTES:
            return bytes_hash(((jg_bytes *)o)->data, ((jg_bytes *)o)->len) ^ 0x7;
        case JG_K_INT: {
            const mpz_t *z = &((jg_bigint *)o)->z;
            uint64_t h = (uint64_t)mpz_sgn(*z);
            size_t n = mpz_size(*z);
            for (size_t i = 0; i < n; i++)
                h = mix64(h ^ (uint64_t)mpz_getlimbn(*z, (mp_size_t)i));
            return h;
        }
        case JG_K_TUPLE: {
            jg_tuple *t = (jg_tuple *)o;
            uint64_t h = 0x345678 + t->len;
            for (uint32_t i = 0; i < t->len; i++)
                h = mix64(h ^ const_hash(vm, t->items[i]));
            return h;
        }
        default:
            return mix64((uint64_t)(uintptr_t)o);
    }
}

/* Same type and same value: 1, 1.0 and True are different constants, and so
 * are 0.0 and -0.0 (their bits differ). */
static bool const_eq(jg_value a, jg_value b)
{
    if (a == b)
        return true;
    if (!jg_is_obj(a) || !jg_is_obj(b))
        return false;
    jg_obj *oa = jg_obj_of(a), *ob = jg_obj_of(b);
    if (oa->type != ob->type)
        return false;
    switch (oa->type->kind) {
        case JG_K_STR: {
            jg_str *x = (jg_str *)oa, *y = (jg_str *)ob;
            return x->len == y->len && memcmp(x->data, y->data, x->len) == 0;
        }
        case JG_K_BYTES: {
            jg_bytes *x = (jg_bytes *)oa, *y = (jg_bytes *)ob;
            return x->len == y->len && memcmp(x->data, y->data, x->len) == 0;
        }
        case JG_K_INT:
            return mpz_cmp(((jg_bigint *)oa)->z, ((jg_bigint *)ob)->z) == 0;
        case JG_K_TUPLE: {
            jg_tuple *x = (jg_tuple *)oa, *y = (jg_tuple *)ob;
            if (x->len != y->len)
                return false;
            for (uint32_t i = 0; i < x->len; i++)
                if (!const_eq(x->items[i], y->items[i]))
                    return false;
            return true;
        }
        default:
            return false; /* code objects, frozensets: by identity */
    }
}

static bool const_rehash(compiler *c, unit *u, uint32_t cap)
{
    uint32_t *index = alloc(c, cap * sizeof(uint32_t));
    if (!index)
        return false;
    u->const_index = index;
    u->const_mask = cap - 1;
    for (uint32_t k = 0; k < u->n_consts; k++) {
        uint32_t i = (uint32_t)const_hash(c->vm, u->consts[k]) & u->const_mask;
        while (index[i])
            i = (i + 1) & u->const_mask;
        index[i] = k + 1;
    }
    return true;
}

/* Index of constant 'v' in the unit's constants, adding it when new; -1 on failure. */
static int32_t add_const(compiler *c, jg_value v)
{
    unit *u = c->u;
    if (failed(c))
        return -1;
    uint64_t h = const_hash(c->vm, v);
    if (u->const_index) {
        for (uint32_t i = (uint32_t)h & u->const_mask; u->const_index[i];
             i = (i + 1) & u->const_mask) {
            uint32_t k = u->const_index[i] - 1;
            if (const_eq(u->consts[k], v))
                return (int32_t)k;
        }
    }
    if (!reserve(c, (void **)&u->consts, &u->cap_consts, u->n_consts, sizeof(jg_value)))
        return -1;
    u->consts[u->n_consts++] = v;
    uint32_t cap = u->const_index ? u->const_mask + 1 : 0;
    if (u->n_consts * 2 > cap) {
        if (!const_rehash(c, u, cap ? cap * 2 : 32))
            return -1;
    } else {
        uint32_t i = (uint32_t)h & u->const_mask;
        while (u->const_index[i])
            i = (i + 1) & u->const_mask;
        u->const_index[i] = u->n_consts;
    }
    return (int32_t)(u->n_consts - 1);
}

static void emit_const(compiler *c, jg_value v)
{
    int32_t k = add_const(c, v);
    if (k >= 0)
        emit(c, JG_OP_LOAD_CONST, k);
}

static jg_str *intern(compiler *c, const char *s, size_t len)
{
    if (failed(c))
        return NULL;
    jg_str *str = jg_str_intern(c->vm, s, len);
    if (!str)
        fail_nomem(c);
    return str;
}

static jg_value str_value(compiler *c, const char *s)
{
    jg_str *str = intern(c, s, strlen(s));
    return str ? jg_str_value(str) : JG_NONE;
}

static void emit_str(compiler *c, const char *s)
{
    jg_str *str = intern(c, s, strlen(s));
    if (str)
        emit_const(c, jg_str_value(str));
}

static jg_value tuple_value(compiler *c, const jg_value *items, size_t n)
{
    if (failed(c))
        return JG_NONE;
    jg_tuple *t = jg_tuple_from(c->vm, items, n);
    if (!t) {
        fail_nomem(c);
        return JG_NONE;
    }
    return jg_obj_value(t);
}

/* ---------------------------------------------------------------- names */

/* Index of interned 'name' (not mangled here) in the unit's names. */
static int32_t add_name(compiler *c, const char *name)
{
    unit *u = c->u;
    jg_str *s = intern(c, name, strlen(name));
    if (!s)
        return -1;
    uint64_t h = mix64((uint64_t)(uintptr_t)s);
    if (u->name_index) {
        for (uint32_t i = (uint32_t)h & u->name_mask; u->name_index[i];
             i = (i + 1) & u->name_mask) {
            if (u->names[u->name_index[i] - 1] == s)
                return (int32_t)(u->name_index[i] - 1);
        }
    }
    if (!reserve(c, (void **)&u->names, &u->cap_names, u->n_names, sizeof(jg_str *)))
        return -1;
    u->names[u->n_names++] = s;
    uint32_t cap = u->name_index ? u->name_mask + 1 : 0;
    if (u->n_names * 2 > cap) {
        cap = cap ? cap * 2 : 32;
        uint32_t *index = alloc(c, cap * sizeof(uint32_t));
        if (!index)
            return -1;
        u->name_index = index;
        u->name_mask = cap - 1;
        for (uint32_t k = 0; k < u->n_names; k++) {
            uint32_t i = (uint32_t)mix64((uint64_t)(uintptr_t)u->names[k]) & u->name_mask;
            while (index[i])
                i = (i + 1) & u->name_mask;
            index[i] = k + 1;
        }
    } else {
        uint32_t i = (uint32_t)h & u->name_mask;
        while (u->name_index[i])
            i = (i + 1) & u->name_mask;
        u->name_index[i] = u->n_names;
    }
    return (int32_t)(u->n_names - 1);
}

/* An instruction whose argument is a name (IMPORT_NAME, STORE_NAME, ...). */
static void emit_name(compiler *c, int op, const char *name)
{
    int32_t k = add_name(c, name);
    if (k >= 0)
        emit(c, op, k);
}

/* An instruction with an inline cache for 'name' (LOAD_ATTR, LOAD_GLOBAL, ...). */
static void emit_cached_at(compiler *c, int op, const char *name, srcloc loc)
{
    unit *u = c->u;
    int32_t k = add_name(c, name);
    if (k < 0 ||
        !reserve(c, (void **)&u->cache_names, &u->cap_caches, u->n_caches, sizeof(uint32_t)))
        return;
    u->cache_names[u->n_caches] = (uint32_t)k;
    emit_at(c, op, (int32_t)u->n_caches++, loc);
}

static int32_t lookup_in(const char **names, uint32_t n, const char *name)
{
    for (uint32_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return (int32_t)i;
    return -1;
}

static int32_t varname_index(compiler *c, const char *name)
{
    unit *u = c->u;
    int32_t k = lookup_in(u->varnames, u->n_varnames, name);
    if (k >= 0)
        return k;
    if (!reserve(c, (void **)&u->varnames, &u->cap_varnames, u->n_varnames,
                 sizeof(const char *)))
        return -1;
    u->varnames[u->n_varnames++] = name;
    return (int32_t)(u->n_varnames - 1);
}

/* Cell-space index of a cell variable (0..) or free variable (n_cells..). */
static int32_t deref_index(compiler *c, const char *name, bool is_cell)
{
    unit *u = c->u;
    int32_t k = is_cell ? lookup_in(u->cellvars, u->n_cells, name)
                        : lookup_in(u->freevars, u->n_frees, name);
    if (k < 0) {
        internal_error(c, "name missing from cell or free variables");
        return -1;
    }
    return is_cell ? k : (int32_t)u->n_cells + k;
}

/* Whether local 'mangled' of a function scope is a string being built: it is
 * assigned a str literal and appended to with `+=`.  Its `+=` may then extend
 * the string in place (INPLACE_ADD_APPEND), and every other read of it is a
 * LOAD_FAST_ESCAPE, which ends that (opcodes.h). */
static bool is_str_builder(const unit *u, const char *mangled)
{
    if (u->ste->kind != JG_BLOCK_FUNCTION || jg_scope_of(u->ste, mangled) != JG_SC_LOCAL)
        return false;
    const jg_symbol *sym = jg_scope_symbol(u->ste, mangled);
    uint32_t both = JG_DEF_APPEND | JG_DEF_STR_INIT;
    return sym && (sym->flags & both) == both;
}

/* Load, store or delete a variable, choosing the opcode from its scope
 * (compiler_nameop). */
static void nameop(compiler *c, const char *name, jg_ctx ctx)
{
    if (failed(c))
        return;
    if (strcmp(name, "__debug__") == 0 && ctx != JG_CTX_LOAD) {
        error(c, ctx == JG_CTX_STORE ? "cannot assign to __debug__" : "cannot delete __debug__");
        return;
    }
    unit *u = c->u;
    const char *mangled = mangle(c, name);
    if (!mangled)
        return;
    int scope = jg_scope_of(u->ste, mangled);
    bool is_function = u->ste->kind == JG_BLOCK_FUNCTION;
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    switch (scope) {
        case JG_SC_FREE:
        case JG_SC_CELL:
            optype = OP_DEREF;
            break;
        case JG_SC_LOCAL:
            if (is_function)
                optype = OP_FAST;
            break;
        case JG_SC_GLOBAL_IMPLICIT:
            if (is_function)
                optype = OP_GLOBAL;
            break;
        case JG_SC_GLOBAL_EXPLICIT:
            optype = OP_GLOBAL;
            break;
        default:
            break;
    }
    switch (optype) {
        case OP_DEREF: {
            int32_t k = deref_index(c, mangled, scope == JG_SC_CELL);
            if (k < 0)
                return;
            int op = ctx == JG_CTX_LOAD
                         ? (u->ste->kind == JG_BLOCK_CLASS ? JG_OP_LOAD_CLASSDEREF
                                                           : JG_OP_LOAD_DEREF)
                     : ctx == JG_CTX_STORE ? JG_OP_STORE_DEREF
                                           : JG_OP_DELETE_DEREF;
            emit(c, op, k);
            return;
        }
        case OP_FAST: {
            int32_t k = varname_index(c, mangled);
            if (k < 0)
                return;
            int load = is_str_builder(u, mangled) ? JG_OP_LOAD_FAST_ESCAPE : JG_OP_LOAD_FAST;
            emit(c,
                 ctx == JG_CTX_LOAD    ? load
                 : ctx == JG_CTX_STORE ? JG_OP_STORE_FAST
                                       : JG_OP_DELETE_FAST,
                 k);
            return;
        }
        case OP_GLOBAL:
            if (ctx == JG_CTX_LOAD)
                emit_cached_at(c, JG_OP_LOAD_GLOBAL, mangled, u->loc);
            else
                emit_name(c, ctx == JG_CTX_STORE ? JG_OP_STORE_GLOBAL : JG_OP_DELETE_GLOBAL,
                          mangled);
            return;
        case OP_NAME:
            emit_name(c,
                      ctx == JG_CTX_LOAD    ? JG_OP_LOAD_NAME
                      : ctx == JG_CTX_STORE ? JG_OP_STORE_NAME
                                            : JG_OP_DELETE_NAME,
                      mangled);
            return;
    }
}

/* ---------------------------------------------------------------- compile-time constants */

static bool is_numeric_literal(const jg_expr *e)
{
    return e->kind == JG_E_CONSTANT &&
           (e->u.constant.kind == JG_CONST_INT || e->u.constant.kind == JG_CONST_FLOAT);
}

/* Python's a op b for two small ints, when the result is a small int or a
 * float and nothing would be raised; false otherwise (then it is left to run
 * time, which raises or makes a big int). */
static bool fold_int_binop(jg_operator op, int64_t x, int64_t y, jg_value *out)
{
    int64_t r;
    switch (op) {
        case JG_OP_ADD:
            r = x + y; /* |x|, |y| < 2^47: no int64 overflow */
            break;
        case JG_OP_SUB:
            r = x - y;
            break;
        case JG_OP_MULT:
            if (__builtin_mul_overflow(x, y, &r))
                return false;
            break;
        case JG_OP_DIV:
            /* Both are exact doubles, so IEEE division rounds as int/int does. */
            if (y == 0)
                return false;
            *out = jg_float((double)x / (double)y);
            return true;
        case JG_OP_FLOORDIV:
            if (y == 0)
                return false;
            r = x / y;
            if (x % y != 0 && ((x < 0) != (y < 0)))
                r--;
            break;
        case JG_OP_MOD:
            if (y == 0)
                return false;
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            break;
        case JG_OP_POW:
            if (y < 0)
                return false; /* a float, or ZeroDivisionError */
            r = 1;
            for (int64_t i = 0; i < y; i++) {
                if (__builtin_mul_overflow(r, x, &r) || !jg_int_fits(r))
                    return false;
                if (r == 0 || r == 1)
                    break;
                if (r == -1) {
                    r = ((y - i - 1) % 2 == 0) ? -1 : 1;
                    break;
                }
            }
            break;
        case JG_OP_LSHIFT:
            if (y < 0)
                return false;
            if (x == 0) {
                r = 0;
                break;
            }
            if (y >= 48 || __builtin_mul_overflow(x, (int64_t)1 << y, &r))
                return false;
            break;
        case JG_OP_RSHIFT:
            if (y < 0)
                return false;
            r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
            break;
        case JG_OP_BITOR:
            r = x | y;
            break;
        case JG_OP_BITXOR:
            r = x ^ y;
            break;
        case JG_OP_BITAND:
            r = x & y;
            break;
        default:
            return false;
    }
    if (!jg_int_fits(r))
        return false;
    *out = jg_int(r);
    return true;
}

/* As fold_int_binop when a float is involved: only + - * /, whose IEEE
 * results are Python's. */
static bool fold_float_binop(jg_operator op, double x, double y, jg_value *out)
{
    double r;
    switch (op) {
        case JG_OP_ADD:
            r = x + y;
            break;
        case JG_OP_SUB:
            r = x - y;
            break;
        case JG_OP_MULT:
            r = x * y;
            break;
        case JG_OP_DIV:
            if (y == 0.0)
                return false;
            r = x / y;
            break;
        default:
            return false;
    }
    *out = jg_float(r);
    return true;
}

/*
 * The value of a numeric expression that needs no allocation: small int and
 * float literals, and unary - + ~ and binary arithmetic on them when the
 * result is again a small int or a float and nothing would raise - CPython's
 * AST optimizer folds these.  Bools are left alone.  'depth' bounds the work
 * on long operator chains.
 */
static bool eval_numeric(const jg_expr *e, jg_value *out, int depth)
{
    if (depth > 32)
        return false;
    switch (e->kind) {
        case JG_E_CONSTANT: {
            const jg_constant *k = &e->u.constant;
            if (k->kind == JG_CONST_FLOAT) {
                *out = jg_float(k->f);
                return true;
            }
            if (k->kind != JG_CONST_INT || k->len > 18)
                return false;
            int64_t v = 0;
            for (size_t i = 0; i < k->len; i++)
                v = v * 10 + (k->text[i] - '0');
            if (!jg_int_fits(v))
                return false;
            *out = jg_int(v);
            return true;
        }
        case JG_E_UNARYOP: {
            jg_value v;
            if (!eval_numeric(e->u.unaryop.operand, &v, depth + 1))
                return false;
            switch (e->u.unaryop.op) {
                case JG_UOP_UADD:
                    *out = v;
                    return true;
                case JG_UOP_USUB:
                    if (jg_is_float(v)) {
                        *out = jg_float(-jg_as_float(v));
                        return true;
                    }
                    if (!jg_int_fits(-jg_as_int(v)))
                        return false;
                    *out = jg_int(-jg_as_int(v));
                    return true;
                case JG_UOP_INVERT:
                    if (jg_is_float(v))
                        return false;
                    *out = jg_int(~jg_as_int(v));
                    return true;
                default:
                    return false;
            }
        }
        case JG_E_BINOP: {
            jg_value a, b;
            if (!eval_numeric(e->u.binop.left, &a, depth + 1) ||
                !eval_numeric(e->u.binop.right, &b, depth + 1))
                return false;
            if (jg_is_int(a) && jg_is_int(b))
                return fold_int_binop(e->u.binop.op, jg_as_int(a), jg_as_int(b), out);
            double x = jg_is_float(a) ? jg_as_float(a) : (double)jg_as_int(a);
            double y = jg_is_float(b) ? jg_as_float(b) : (double)jg_as_int(b);
            return fold_float_binop(e->u.binop.op, x, y, out);
        }
        default:
            return false;
    }
}

/*
 * True when 'e' is a value known at compile time, as CPython's AST optimizer
 * would have folded it: a literal, `-`/`+` on any numeric literal, small-number
 * arithmetic (eval_numeric), `__debug__`, or a tuple display of such values.
 */
static bool is_const(const jg_expr *e)
{
    jg_value v;
    switch (e->kind) {
        case JG_E_CONSTANT:
            return e->u.constant.kind != JG_CONST_IMAG;
        case JG_E_UNARYOP:
            if ((e->u.unaryop.op == JG_UOP_USUB || e->u.unaryop.op == JG_UOP_UADD) &&
                is_numeric_literal(e->u.unaryop.operand))
                return true;
            return eval_numeric(e, &v, 0);
        case JG_E_BINOP:
            return eval_numeric(e, &v, 0);
        case JG_E_NAME:
            return e->ctx == JG_CTX_LOAD && strcmp(e->u.name.id, "__debug__") == 0;
        case JG_E_TUPLE:
            if (e->ctx != JG_CTX_LOAD)
                return false;
            for (int i = 0; i < e->u.seq.elts.n; i++)
                if (!is_const(e->u.seq.elts.items[i]))
                    return false;
            return true;
        default:
            return false;
    }
}

static bool all_const(const jg_expr_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (!is_const(l->items[i]))
            return false;
    return true;
}

static bool digits_are_zero(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != '0')
            return false;
    return true;
}

/* Truth of a constant expression (is_const(e) holds), without building it. */
static bool const_truth(const jg_expr *e)
{
    switch (e->kind) {
        case JG_E_CONSTANT: {
            const jg_constant *k = &e->u.constant;
            switch (k->kind) {
                case JG_CONST_NONE:
                case JG_CONST_FALSE:
                    return false;
                case JG_CONST_TRUE:
                case JG_CONST_ELLIPSIS:
                    return true;
                case JG_CONST_INT:
                    return !digits_are_zero(k->text, k->len);
                case JG_CONST_FLOAT:
                    return k->f != 0.0;
                default:
                    return k->len > 0;
            }
        }
        case JG_E_UNARYOP:
        case JG_E_BINOP: {
            jg_value v;
            if (eval_numeric(e, &v, 0))
                return jg_is_float(v) ? jg_as_float(v) != 0.0 : jg_as_int(v) != 0;
            /* -/+ on an int literal too big for a small int */
            return e->kind == JG_E_UNARYOP ? const_truth(e->u.unaryop.operand) : true;
        }
        case JG_E_NAME:
            return true; /* __debug__ */
        case JG_E_TUPLE:
            return e->u.seq.elts.n > 0;
        default:
            return true;
    }
}

/* The int value of decimal 'digits', negated when 'negate'. */
static jg_value int_value(compiler *c, const char *digits, size_t len, bool negate)
{
    if (failed(c))
        return JG_NONE;
    if (len <= 18) {
        int64_t v = 0;
        for (size_t i = 0; i < len; i++)
            v = v * 10 + (digits[i] - '0');
        if (negate)
            v = -v;
        if (jg_int_fits(v))
            return jg_int(v);
    }
    char *text = alloc(c, len + 2);
    if (!text)
        return JG_NONE;
    text[0] = '-';
    memcpy(text + 1, digits, len);
    text[len + 1] = '\0';
    jg_value out;
    if (jg_int_from_decimal(c->vm, negate ? text : text + 1, &out) != JG_OK) {
        fail_nomem(c);
        return JG_NONE;
    }
    return out;
}

/* Builds the value of a constant expression (is_const(e) holds). */
static jg_value const_value(compiler *c, const jg_expr *e)
{
    if (failed(c))
        return JG_NONE;
    switch (e->kind) {
        case JG_E_CONSTANT: {
            const jg_constant *k = &e->u.constant;
            switch (k->kind) {
                case JG_CONST_NONE:
                    return JG_NONE;
                case JG_CONST_TRUE:
                    return JG_TRUE;
                case JG_CONST_FALSE:
                    return JG_FALSE;
                case JG_CONST_ELLIPSIS:
                    return JG_ELLIPSIS;
                case JG_CONST_INT:
                    return int_value(c, k->text, k->len, false);
                case JG_CONST_FLOAT:
                    return jg_float(k->f);
                case JG_CONST_STR: {
                    jg_str *s = intern(c, k->text, k->len);
                    return s ? jg_str_value(s) : JG_NONE;
                }
                case JG_CONST_BYTES: {
                    jg_bytes *b = jg_bytes_new(c->vm, k->text, k->len);
                    if (!b) {
                        fail_nomem(c);
                        return JG_NONE;
                    }
                    return jg_obj_value(b);
                }
                case JG_CONST_IMAG:
                    break;
            }
            break;
        }
        case JG_E_UNARYOP:
        case JG_E_BINOP: {
            jg_value v;
            if (eval_numeric(e, &v, 0))
                return v;
            /* -/+ on an int literal too big for a small int. */
            const jg_constant *k = &e->u.unaryop.operand->u.constant;
            if (e->kind == JG_E_UNARYOP && k->kind == JG_CONST_INT)
                return int_value(c, k->text, k->len, e->u.unaryop.op == JG_UOP_USUB);
            break;
        }
        case JG_E_NAME:
            return JG_TRUE; /* __debug__: assertions are always compiled */
        case JG_E_TUPLE: {
            int n = e->u.seq.elts.n;
            jg_value *items = n ? alloc(c, (size_t)n * sizeof(jg_value)) : NULL;
            if (n && !items)
                return JG_NONE;
            for (int i = 0; i < n; i++)
                items[i] = const_value(c, e->u.seq.elts.items[i]);
            return tuple_value(c, items, (size_t)n);
        }
        default:
            break;
    }
    internal_error(c, "not a constant expression");
    return JG_NONE;
}

/* A tuple (or frozenset) constant of the values of 'l' (all_const(l) holds). */
static jg_value const_collection(compiler *c, const jg_expr_list *l, bool frozen)
{
    int n = l->n;
    jg_value *items = n ? alloc(c, (size_t)n * sizeof(jg_value)) : NULL;
    if (n && !items)
        return JG_NONE;
    for (int i = 0; i < n; i++)
        items[i] = const_value(c, l->items[i]);
    if (failed(c))
        return JG_NONE;
    if (!frozen)
        return tuple_value(c, items, (size_t)n);
    jg_set *s = jg_set_new(c->vm, c->vm->t.frozenset);
    if (!s) {
        fail_nomem(c);
        return JG_NONE;
    }
    for (int i = 0; i < n; i++) {
        if (jg_set_add(c->vm, s, items[i]) != JG_OK) {
            fail_nomem(c);
            return JG_NONE;
        }
    }
    return jg_obj_value(s);
}

/* ---------------------------------------------------------------- fblocks */

static bool push_fblock(compiler *c, fb_type type, block *b, block *exit)
{
    unit *u = c->u;
    if (u->n_fb >= MAX_FBLOCKS) {
        error(c, "too many statically nested blocks");
        return false;
    }
    fblock *f = &u->fb[u->n_fb++];
    memset(f, 0, sizeof *f);
    f->type = type;
    f->block = b;
    f->exit = exit;
    return true;
}

static void pop_fblock(compiler *c)
{
    c->u->n_fb--;
}

static fblock *top_fblock(compiler *c)
{
    return &c->u->fb[c->u->n_fb - 1];
}

static void visit_expr(compiler *c, const jg_expr *e);
static void visit_stmt(compiler *c, const jg_stmt *s);
static void visit_stmts(compiler *c, const jg_stmt_list *l);

/* LOAD_CONST None x3; CALL 3 on the __exit__ below them. */
static void call_exit_with_nones(compiler *c)
{
    emit_const(c, JG_NONE);
    emit_const(c, JG_NONE);
    emit_const(c, JG_NONE);
    emit(c, JG_OP_CALL, 3);
}

/* Emits the code that leaves fblock 'f' early (compiler_unwind_fblock);
 * 'preserve_tos' keeps a return value on top across it. */
static void unwind_fblock(compiler *c, const fblock *f, bool preserve_tos)
{
    unit *u = c->u;
    switch (f->type) {
        case FB_WHILE_LOOP:
        case FB_EXCEPTION_HANDLER:
            return;
        case FB_FOR_LOOP:
            if (preserve_tos)
                emit(c, JG_OP_SWAP, 2);
            emit(c, JG_OP_POP_TOP, 0); /* the iterator */
            return;
        case FB_TRY_EXCEPT:
            emit(c, OP_POP_BLOCK, 0);
            return;
        case FB_FINALLY_TRY: {
            emit(c, OP_POP_BLOCK, 0);
            if (preserve_tos && !push_fblock(c, FB_POP_VALUE, NULL, NULL))
                return;
            /* The finally body runs here, on the unwinding path; what
             * follows it is artificial (it takes the body's last position). */
            visit_stmts(c, f->finalbody);
            if (preserve_tos)
                pop_fblock(c);
            unset_loc(c);
            return;
        }
        case FB_FINALLY_END:
            if (preserve_tos)
                emit(c, JG_OP_SWAP, 2);
            emit(c, JG_OP_POP_TOP, 0); /* exc_value */
            if (preserve_tos)
                emit(c, JG_OP_SWAP, 2);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, JG_OP_POP_EXCEPT, 0);
            return;
        case FB_WITH:
            /* __exit__ is called from the with statement; what follows is
             * artificial, as in CPython. */
            u->loc = stmt_loc(f->with);
            emit(c, OP_POP_BLOCK, 0);
            if (preserve_tos)
                emit(c, JG_OP_SWAP, 2);
            call_exit_with_nones(c);
            emit(c, JG_OP_POP_TOP, 0);
            unset_loc(c);
            return;
        case FB_HANDLER_CLEANUP:
            if (f->name)
                emit(c, OP_POP_BLOCK, 0);
            if (preserve_tos)
                emit(c, JG_OP_SWAP, 2);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, JG_OP_POP_EXCEPT, 0);
            if (f->name) {
                emit_const(c, JG_NONE);
                nameop(c, f->name, JG_CTX_STORE);
                nameop(c, f->name, JG_CTX_DEL);
            }
            return;
        case FB_POP_VALUE:
            if (preserve_tos)
                emit(c, JG_OP_SWAP, 2);
            emit(c, JG_OP_POP_TOP, 0);
            return;
    }
}

/* Unwinds every fblock (return), or up to the innermost loop, which is stored
 * in *loop (break/continue). */
static void unwind_fblock_stack(compiler *c, bool preserve_tos, fblock **loop)
{
    unit *u = c->u;
    if (u->n_fb == 0 || failed(c))
        return;
    fblock *top = top_fblock(c);
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return;
    }
    fblock copy = *top;
    u->n_fb--;
    unwind_fblock(c, &copy, preserve_tos);
    unwind_fblock_stack(c, preserve_tos, loop);
    u->fb[u->n_fb] = copy;
    u->n_fb++;
}

/* ---------------------------------------------------------------- expressions */

static void visit_exprs(compiler *c, const jg_expr_list *l)
{
    for (int i = 0; i < l->n; i++)
        visit_expr(c, l->items[i]);
}

static int binop_opcode(jg_operator op, bool inplace)
{
    static const int binary[] = {
        [JG_OP_ADD] = JG_OP_BINARY_ADD,         [JG_OP_SUB] = JG_OP_BINARY_SUB,
        [JG_OP_MULT] = JG_OP_BINARY_MUL,        [JG_OP_MATMULT] = -1,
        [JG_OP_DIV] = JG_OP_BINARY_TRUEDIV,     [JG_OP_MOD] = JG_OP_BINARY_MOD,
        [JG_OP_POW] = JG_OP_BINARY_POW,         [JG_OP_LSHIFT] = JG_OP_BINARY_LSHIFT,
        [JG_OP_RSHIFT] = JG_OP_BINARY_RSHIFT,   [JG_OP_BITOR] = JG_OP_BINARY_OR,
        [JG_OP_BITXOR] = JG_OP_BINARY_XOR,      [JG_OP_BITAND] = JG_OP_BINARY_AND,
        [JG_OP_FLOORDIV] = JG_OP_BINARY_FLOORDIV,
    };
    static const int inplace_ops[] = {
        [JG_OP_ADD] = JG_OP_INPLACE_ADD,         [JG_OP_SUB] = JG_OP_INPLACE_SUB,
        [JG_OP_MULT] = JG_OP_INPLACE_MUL,        [JG_OP_MATMULT] = -1,
        [JG_OP_DIV] = JG_OP_INPLACE_TRUEDIV,     [JG_OP_MOD] = JG_OP_INPLACE_MOD,
        [JG_OP_POW] = JG_OP_INPLACE_POW,         [JG_OP_LSHIFT] = JG_OP_INPLACE_LSHIFT,
        [JG_OP_RSHIFT] = JG_OP_INPLACE_RSHIFT,   [JG_OP_BITOR] = JG_OP_INPLACE_OR,
        [JG_OP_BITXOR] = JG_OP_INPLACE_XOR,      [JG_OP_BITAND] = JG_OP_INPLACE_AND,
        [JG_OP_FLOORDIV] = JG_OP_INPLACE_FLOORDIV,
    };
    if ((unsigned)op > JG_OP_FLOORDIV)
        return -1;
    return inplace ? inplace_ops[op] : binary[op];
}

static void emit_compare(compiler *c, jg_cmpop op)
{
    switch (op) {
        case JG_CMP_IS:
            emit(c, JG_OP_IS_OP, 0);
            break;
        case JG_CMP_ISNOT:
            emit(c, JG_OP_IS_OP, 1);
            break;
        case JG_CMP_IN:
            emit(c, JG_OP_CONTAINS_OP, 0);
            break;
        case JG_CMP_NOTIN:
            emit(c, JG_OP_CONTAINS_OP, 1);
            break;
        default:
            emit(c, JG_OP_COMPARE_OP, (int32_t)op);
            break;
    }
}

/*
 * An iterable whose identity cannot be observed (a `for` or comprehension
 * iterable, the right operand of `in`): a list display is built as a tuple,
 * and a display of constants is one constant (CPython's fold_iter).
 */
static void visit_iterable(compiler *c, const jg_expr *e)
{
    if (e->kind == JG_E_LIST || e->kind == JG_E_SET) {
        const jg_expr_list *elts = &e->u.seq.elts;
        if (all_const(elts)) {
            srcloc loc = c->u->loc;
            c->u->loc = expr_loc(e);
            jg_value v = const_collection(c, elts, e->kind == JG_E_SET);
            if (!failed(c))
                emit_const(c, v);
            c->u->loc = loc;
            return;
        }
        if (e->kind == JG_E_LIST) {
            for (int i = 0; i < elts->n; i++)
                if (elts->items[i]->kind == JG_E_STARRED)
                    goto plain;
            srcloc loc = c->u->loc;
            c->u->loc = expr_loc(e);
            visit_exprs(c, elts);
            emit(c, JG_OP_BUILD_TUPLE, elts->n);
            c->u->loc = loc;
            return;
        }
    }
plain:
    visit_expr(c, e);
}

/*
 * Builds a list, tuple or set from 'elts', 'pushed' items already being on
 * the stack (starunpack_helper): one BUILD when nothing is starred and the
 * display is small, else an empty container extended item by item.
 */
static void starunpack(compiler *c, const jg_expr_list *elts, int pushed, int build, int add,
                       int extend, bool tuple)
{
    int n = elts->n;
    if (tuple && !pushed && all_const(elts)) {
        /* f(1, 2, **k): the argument tuple is a constant. */
        jg_value v = const_collection(c, elts, false);
        if (!failed(c))
            emit_const(c, v);
        return;
    }
    if (n > 2 && all_const(elts)) {
        jg_value v = const_collection(c, elts, add == JG_OP_SET_ADD);
        if (failed(c))
            return;
        if (tuple && !pushed) {
            emit_const(c, v);
        } else {
            emit(c, build, pushed);
            emit_const(c, v);
            emit(c, extend, 1);
            if (tuple)
                emit(c, JG_OP_LIST_TO_TUPLE, 0);
        }
        return;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == JG_E_STARRED)
            seen_star = true;
    if (!seen_star && !big) {
        visit_exprs(c, elts);
        emit(c, tuple ? JG_OP_BUILD_TUPLE : build, n + pushed);
        return;
    }
    bool built = false;
    if (big) {
        emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        const jg_expr *elt = elts->items[i];
        if (elt->kind == JG_E_STARRED) {
            if (!built) {
                emit(c, build, i + pushed);
                built = true;
            }
            visit_expr(c, elt->u.starred.value);
            emit(c, extend, 1);
        } else {
            visit_expr(c, elt);
            if (built)
                emit(c, add, 1);
        }
    }
    if (tuple)
        emit(c, JG_OP_LIST_TO_TUPLE, 0);
}

/* Unpacks the value on top into the targets 'elts' (assignment_helper). */
static void assign_sequence(compiler *c, const jg_expr_list *elts)
{
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        const jg_expr *elt = elts->items[i];
        if (elt->kind != JG_E_STARRED)
            continue;
        if (seen_star) {
            error(c, "multiple starred expressions in assignment");
            return;
        }
        if (i >= (1 << 8) || n - i - 1 >= (1 << 16)) {
            error(c, "too many expressions in star-unpacking assignment");
            return;
        }
        emit(c, JG_OP_UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star)
        emit(c, JG_OP_UNPACK_SEQUENCE, n);
    for (int i = 0; i < n; i++) {
        const jg_expr *elt = elts->items[i];
        visit_expr(c, elt->kind == JG_E_STARRED ? elt->u.starred.value : elt);
    }
}

static void jump_if(compiler *c, const jg_expr *e, block *next, bool cond);

static void visit_boolop(compiler *c, const jg_expr *e)
{
    int jump = e->u.boolop.op == JG_BOOL_AND ? JG_OP_JUMP_IF_FALSE_OR_POP
                                             : JG_OP_JUMP_IF_TRUE_OR_POP;
    block *end = new_block(c);
    const jg_expr_list *values = &e->u.boolop.values;
    for (int i = 0; i < values->n - 1; i++) {
        visit_expr(c, values->items[i]);
        emit_jump(c, jump, end);
    }
    visit_expr(c, values->items[values->n - 1]);
    use_block(c, end);
}

static void visit_compare(compiler *c, const jg_expr *e)
{
    const jg_expr_list *comps = &e->u.compare.comparators;
    int n = comps->n - 1;
    visit_expr(c, e->u.compare.left);
    jg_cmpop last = e->u.compare.ops[n];
    if (n == 0) {
        if (last == JG_CMP_IN || last == JG_CMP_NOTIN)
            visit_iterable(c, comps->items[0]);
        else
            visit_expr(c, comps->items[0]);
        emit_compare(c, last);
        return;
    }
    block *cleanup = new_block(c);
    for (int i = 0; i < n; i++) {
        visit_expr(c, comps->items[i]);
        emit(c, JG_OP_SWAP, 2);
        emit(c, JG_OP_COPY, 2);
        emit_compare(c, e->u.compare.ops[i]);
        emit_jump(c, JG_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (last == JG_CMP_IN || last == JG_CMP_NOTIN)
        visit_iterable(c, comps->items[n]);
    else
        visit_expr(c, comps->items[n]);
    emit_compare(c, last);
    block *end = new_block(c);
    emit_jump(c, JG_OP_JUMP, end);
    use_block(c, cleanup);
    emit(c, JG_OP_SWAP, 2);
    emit(c, JG_OP_POP_TOP, 0);
    use_block(c, end);
}

/* True for `x is None` / `x is not None`. */
static bool is_none_test(const jg_expr *e)
{
    if (e->kind != JG_E_COMPARE || e->u.compare.comparators.n != 1)
        return false;
    jg_cmpop op = e->u.compare.ops[0];
    const jg_expr *right = e->u.compare.comparators.items[0];
    return (op == JG_CMP_IS || op == JG_CMP_ISNOT) && right->kind == JG_E_CONSTANT &&
           right->u.constant.kind == JG_CONST_NONE;
}

/* Jumps to 'next' when the truth of 'e' equals 'cond', else falls through
 * (compiler_jump_if), without materialising booleans where it can.  The
 * jumps take the position being compiled (the statement's), except after a
 * comparison (below). */
static void jump_if(compiler *c, const jg_expr *e, block *next, bool cond)
{
    if (failed(c))
        return;
    switch (e->kind) {
        case JG_E_UNARYOP:
            if (e->u.unaryop.op == JG_UOP_NOT) {
                jump_if(c, e->u.unaryop.operand, next, !cond);
                return;
            }
            break;
        case JG_E_BOOLOP: {
            const jg_expr_list *s = &e->u.boolop.values;
            bool cond2 = e->u.boolop.op == JG_BOOL_OR;
            block *next2 = next;
            if (cond2 != cond)
                next2 = new_block(c);
            for (int i = 0; i < s->n - 1; i++)
                jump_if(c, s->items[i], next2, cond2);
            jump_if(c, s->items[s->n - 1], next, cond);
            if (next2 != next)
                use_block(c, next2);
            return;
        }
        case JG_E_IFEXP: {
            block *end = new_block(c);
            block *next2 = new_block(c);
            jump_if(c, e->u.ifexp.test, next2, false);
            jump_if(c, e->u.ifexp.body, next, cond);
            emit_jump(c, JG_OP_JUMP, end);
            use_block(c, next2);
            jump_if(c, e->u.ifexp.orelse, next, cond);
            use_block(c, end);
            return;
        }
        case JG_E_COMPARE: {
            /* CPython's compiler_jump_if moves to the comparison and stays
             * there: the jumps, and whatever the statement emits after them
             * (an assert's raise), are placed on it. */
            c->u->loc = expr_loc(e);
            int n = e->u.compare.comparators.n - 1;
            if (n > 0) {
                block *cleanup = new_block(c);
                visit_expr(c, e->u.compare.left);
                for (int i = 0; i < n; i++) {
                    visit_expr(c, e->u.compare.comparators.items[i]);
                    emit(c, JG_OP_SWAP, 2);
                    emit(c, JG_OP_COPY, 2);
                    emit_compare(c, e->u.compare.ops[i]);
                    emit_jump(c, JG_OP_POP_JUMP_IF_FALSE, cleanup);
                }
                jg_cmpop last = e->u.compare.ops[n];
                if (last == JG_CMP_IN || last == JG_CMP_NOTIN)
                    visit_iterable(c, e->u.compare.comparators.items[n]);
                else
                    visit_expr(c, e->u.compare.comparators.items[n]);
                emit_compare(c, last);
                emit_jump(c, cond ? JG_OP_POP_JUMP_IF_TRUE : JG_OP_POP_JUMP_IF_FALSE, next);
                block *end = new_block(c);
                emit_jump(c, JG_OP_JUMP, end);
                use_block(c, cleanup);
                emit(c, JG_OP_POP_TOP, 0);
                if (!cond)
                    emit_jump(c, JG_OP_JUMP, next);
                use_block(c, end);
                return;
            }
            if (is_none_test(e)) {
                /* LOAD_CONST None; IS_OP; POP_JUMP_IF_x folds to one jump. */
                visit_expr(c, e->u.compare.left);
                bool is = e->u.compare.ops[0] == JG_CMP_IS;
                emit_jump(c, is == cond ? JG_OP_POP_JUMP_IF_NONE : JG_OP_POP_JUMP_IF_NOT_NONE,
                          next);
                return;
            }
            break;
        }
        default:
            break;
    }
    if (is_const(e)) {
        /* The branch is decided now; the dead side is dropped at assembly. */
        if (const_truth(e) == cond)
            emit_jump(c, JG_OP_JUMP, next);
        return;
    }
    visit_expr(c, e);
    emit_jump(c, cond ? JG_OP_POP_JUMP_IF_TRUE : JG_OP_POP_JUMP_IF_FALSE, next);
}

static void visit_ifexp(compiler *c, const jg_expr *e)
{
    block *end = new_block(c);
    block *next = new_block(c);
    jump_if(c, e->u.ifexp.test, next, false);
    visit_expr(c, e->u.ifexp.body);
    emit_jump_noline(c, JG_OP_JUMP, end);
    use_block(c, next);
    visit_expr(c, e->u.ifexp.orelse);
    use_block(c, end);
}

/* Keys and values [begin, end) of a dict display as one BUILD_MAP. */
static void dict_chunk(compiler *c, const jg_expr *e, int begin, int end)
{
    for (int i = begin; i < end; i++) {
        visit_expr(c, e->u.dict.keys.items[i]);
        visit_expr(c, e->u.dict.values.items[i]);
    }
    emit(c, JG_OP_BUILD_MAP, end - begin);
}

static void visit_dict(compiler *c, const jg_expr *e)
{
    int n = e->u.dict.values.n;
    bool have_dict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        if (e->u.dict.keys.items[i] == NULL) {
            /* `**mapping` */
            if (elements) {
                dict_chunk(c, e, i - elements, i);
                if (have_dict)
                    emit(c, JG_OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                emit(c, JG_OP_BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(c, e->u.dict.values.items[i]);
            emit(c, JG_OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            dict_chunk(c, e, i - elements, i + 1);
            if (have_dict)
                emit(c, JG_OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        dict_chunk(c, e, n - elements, n);
        if (have_dict)
            emit(c, JG_OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        emit(c, JG_OP_BUILD_MAP, 0);
}

static void visit_joinedstr(compiler *c, const jg_expr *e)
{
    const jg_expr_list *values = &e->u.seq.elts;
    if (values->n > STACK_USE_GUIDELINE) {
        emit_str(c, "");
        emit_cached_at(c, JG_OP_LOAD_METHOD, "join", c->u->loc);
        emit(c, JG_OP_BUILD_LIST, 0);
        for (int i = 0; i < values->n; i++) {
            visit_expr(c, values->items[i]);
            emit(c, JG_OP_LIST_APPEND, 1);
        }
        emit(c, JG_OP_CALL_METHOD, 1);
        return;
    }
    visit_exprs(c, values);
    if (values->n != 1)
        emit(c, JG_OP_BUILD_STRING, values->n);
}

static void visit_formatted_value(compiler *c, const jg_expr *e)
{
    visit_expr(c, e->u.fvalue.value);
    int arg;
    switch (e->u.fvalue.conversion) {
        case 's':
            arg = 1;
            break;
        case 'r':
            arg = 2;
            break;
        case 'a':
            arg = 3;
            break;
        default:
            arg = 0;
            break;
    }
    if (e->u.fvalue.format_spec) {
        visit_expr(c, e->u.fvalue.format_spec);
        arg |= 4;
    }
    emit(c, JG_OP_FORMAT_VALUE, arg);
}

static void visit_slice(compiler *c, const jg_expr *e)
{
    int n = 2;
    if (e->u.slice.lower)
        visit_expr(c, e->u.slice.lower);
    else
        emit_const(c, JG_NONE);
    if (e->u.slice.upper)
        visit_expr(c, e->u.slice.upper);
    else
        emit_const(c, JG_NONE);
    if (e->u.slice.step) {
        visit_expr(c, e->u.slice.step);
        n++;
    }
    emit(c, JG_OP_BUILD_SLICE, n);
}

/* Is 'e' a name the module binds by import (CPython's is_import_originated)?
 * Calls on modules use LOAD_ATTR + CALL rather than LOAD_METHOD. */
static bool is_import_originated(compiler *c, const jg_expr *e)
{
    if (e->kind != JG_E_NAME)
        return false;
    const jg_symbol *sym = jg_scope_symbol(jg_symtable_top(c->st), e->u.name.id);
    return sym && (sym->flags & JG_DEF_IMPORT);
}

static bool check_keywords(compiler *c, const jg_keyword_list *kws)
{
    for (int i = 0; i < kws->n; i++) {
        const char *a = kws->items[i].arg;
        if (!a)
            continue;
        for (int j = i + 1; j < kws->n; j++) {
            const char *b = kws->items[j].arg;
            if (b && strcmp(a, b) == 0) {
                error_at(c, kws->items[j].line, kws->items[j].col,
                         "keyword argument repeated: %s", a);
                return false;
            }
        }
    }
    return true;
}

/* LOAD_CONST ('k1', ...) for the keyword names of 'kws' (none is `**`). */
static void emit_kwnames(compiler *c, const jg_keyword_list *kws)
{
    jg_value *names = alloc(c, (size_t)kws->n * sizeof(jg_value));
    if (!names)
        return;
    for (int i = 0; i < kws->n; i++)
        names[i] = str_value(c, kws->items[i].arg);
    jg_value t = tuple_value(c, names, (size_t)kws->n);
    if (!failed(c))
        emit_const(c, t);
}

/* Keyword arguments [begin, end) as one dict (compiler_subkwargs). */
static void subkwargs(compiler *c, const jg_keyword_list *kws, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big)
        emit(c, JG_OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        emit_str(c, kws->items[i].arg);
        visit_expr(c, kws->items[i].value);
        if (big)
            emit(c, JG_OP_MAP_ADD, 1);
    }
    if (!big)
        emit(c, JG_OP_BUILD_MAP, n);
}

/* The arguments and the call, 'n' values (callable included in none of them)
 * being already pushed after the callable (compiler_call_helper). */
static void call_helper(compiler *c, int n, const jg_expr_list *args, const jg_keyword_list *kws)
{
    if (!check_keywords(c, kws))
        return;
    int nelts = args->n, nkw = kws->n;
    bool ex_call = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts; i++)
        if (args->items[i]->kind == JG_E_STARRED)
            ex_call = true;
    for (int i = 0; i < nkw; i++)
        if (!kws->items[i].arg)
            ex_call = true;
    if (!ex_call) {
        visit_exprs(c, args);
        if (nkw) {
            for (int i = 0; i < nkw; i++)
                visit_expr(c, kws->items[i].value);
            emit_kwnames(c, kws);
            emit(c, JG_OP_CALL_KW, n + nelts + nkw);
        } else {
            emit(c, JG_OP_CALL, n + nelts);
        }
        return;
    }
    /* Positional arguments as one tuple, keywords as one dict. */
    if (n == 0 && nelts == 1 && args->items[0]->kind == JG_E_STARRED)
        visit_expr(c, args->items[0]->u.starred.value);
    else
        starunpack(c, args, n, JG_OP_BUILD_LIST, JG_OP_LIST_APPEND, JG_OP_LIST_EXTEND, true);
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            const jg_keyword *kw = &kws->items[i];
            if (kw->arg) {
                nseen++;
                continue;
            }
            if (nseen) {
                subkwargs(c, kws, i - nseen, i);
                if (have_dict)
                    emit(c, JG_OP_DICT_MERGE, 1);
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                emit(c, JG_OP_BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(c, kw->value);
            emit(c, JG_OP_DICT_MERGE, 1);
        }
        if (nseen) {
            subkwargs(c, kws, nkw - nseen, nkw);
            if (have_dict)
                emit(c, JG_OP_DICT_MERGE, 1);
        }
    }
    emit(c, JG_OP_CALL_EX, nkw > 0);
}

/* Whether CPython 3.11 compiles call 'e' as LOAD_METHOD + CALL (its
 * maybe_optimize_method_call): an attribute of something not imported, no
 * star or double-star arguments, not too many arguments. */
static bool is_cpython_method_call(compiler *c, const jg_expr *e)
{
    const jg_expr *func = e->u.call.func;
    const jg_expr_list *args = &e->u.call.args;
    const jg_keyword_list *kws = &e->u.call.keywords;
    if (func->kind != JG_E_ATTRIBUTE || func->ctx != JG_CTX_LOAD ||
        is_import_originated(c, func->u.attribute.value))
        return false;
    if (args->n + kws->n + (kws->n != 0) >= STACK_USE_GUIDELINE)
        return false;
    for (int i = 0; i < args->n; i++)
        if (args->items[i]->kind == JG_E_STARRED)
            return false;
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i].arg)
            return false;
    return true;
}

static void visit_call(compiler *c, const jg_expr *e)
{
    const jg_expr *func = e->u.call.func;
    const jg_expr_list *args = &e->u.call.args;
    const jg_keyword_list *kws = &e->u.call.keywords;
    /* obj.m(a, b): LOAD_METHOD avoids making a bound method. */
    if (func->kind == JG_E_ATTRIBUTE && func->ctx == JG_CTX_LOAD && kws->n == 0 &&
        args->n < STACK_USE_GUIDELINE && !is_import_originated(c, func->u.attribute.value)) {
        bool starred = false;
        for (int i = 0; i < args->n; i++)
            if (args->items[i]->kind == JG_E_STARRED)
                starred = true;
        if (!starred) {
            visit_expr(c, func->u.attribute.value);
            const char *attr = mangle(c, func->u.attribute.attr);
            if (!attr)
                return;
            srcloc loc = c->u->loc;
            c->u->loc = attr_start_loc(expr_loc(func), func);
            emit_cached_at(c, JG_OP_LOAD_METHOD, attr, c->u->loc);
            visit_exprs(c, args);
            c->u->loc = attr_start_loc(loc, func);
            emit(c, JG_OP_CALL_METHOD, args->n);
            c->u->loc = loc;
            return;
        }
    }
    visit_expr(c, func);
    /* CPython compiles obj.m(a, k=b) as a method call too, and places that
     * call on the line of `.m` (maybe_optimize_method_call); so does this. */
    srcloc loc = c->u->loc;
    if (is_cpython_method_call(c, e))
        c->u->loc = attr_start_loc(loc, func);
    call_helper(c, 0, args, kws);
    c->u->loc = loc;
}

static void visit_attribute(compiler *c, const jg_expr *e)
{
    const char *attr = mangle(c, e->u.attribute.attr);
    if (!attr)
        return;
    if (e->ctx == JG_CTX_STORE && strcmp(e->u.attribute.attr, "__debug__") == 0) {
        error(c, "cannot assign to __debug__");
        return;
    }
    visit_expr(c, e->u.attribute.value);
    srcloc loc = attr_start_loc(c->u->loc, e);
    int op = e->ctx == JG_CTX_LOAD    ? JG_OP_LOAD_ATTR
             : e->ctx == JG_CTX_STORE ? JG_OP_STORE_ATTR
                                      : JG_OP_DELETE_ATTR;
    emit_cached_at(c, op, attr, loc);
}

static void visit_subscript(compiler *c, const jg_expr *e)
{
    visit_expr(c, e->u.subscript.value);
    visit_expr(c, e->u.subscript.slice);
    emit(c,
         e->ctx == JG_CTX_LOAD    ? JG_OP_BINARY_SUBSCR
         : e->ctx == JG_CTX_STORE ? JG_OP_STORE_SUBSCR
                                  : JG_OP_DELETE_SUBSCR,
         0);
}

static void visit_sequence(compiler *c, const jg_expr *e)
{
    const jg_expr_list *elts = &e->u.seq.elts;
    switch (e->ctx) {
        case JG_CTX_STORE:
            assign_sequence(c, elts);
            break;
        case JG_CTX_LOAD:
            if (e->kind == JG_E_TUPLE)
                starunpack(c, elts, 0, JG_OP_BUILD_LIST, JG_OP_LIST_APPEND, JG_OP_LIST_EXTEND,
                           true);
            else
                starunpack(c, elts, 0, JG_OP_BUILD_LIST, JG_OP_LIST_APPEND, JG_OP_LIST_EXTEND,
                           false);
            break;
        case JG_CTX_DEL:
            visit_exprs(c, elts);
            break;
    }
}

static void visit_lambda(compiler *c, const jg_expr *e);
static void visit_comprehension(compiler *c, const jg_expr *e);

static void visit_expr1(compiler *c, const jg_expr *e)
{
    unit *u = c->u;
    if (is_const(e)) {
        jg_value v = const_value(c, e);
        if (!failed(c))
            emit_const(c, v);
        return;
    }
    switch (e->kind) {
        case JG_E_NAMEDEXPR:
            visit_expr(c, e->u.namedexpr.value);
            emit(c, JG_OP_COPY, 1);
            visit_expr(c, e->u.namedexpr.target);
            break;
        case JG_E_BOOLOP:
            visit_boolop(c, e);
            break;
        case JG_E_BINOP: {
            int op = binop_opcode(e->u.binop.op, false);
            if (op < 0) {
                error(c, "the '@' operator is not supported by jumpgate");
                return;
            }
            visit_expr(c, e->u.binop.left);
            visit_expr(c, e->u.binop.right);
            emit(c, op, 0);
            break;
        }
        case JG_E_UNARYOP: {
            const jg_expr *operand = e->u.unaryop.operand;
            if (e->u.unaryop.op == JG_UOP_NOT && operand->kind == JG_E_COMPARE &&
                operand->u.compare.comparators.n == 1) {
                /* not (a in b) -> a not in b, as CPython's AST optimizer. */
                jg_cmpop op = operand->u.compare.ops[0];
                int inverted = op == JG_CMP_IS      ? JG_CMP_ISNOT
                               : op == JG_CMP_ISNOT ? JG_CMP_IS
                               : op == JG_CMP_IN    ? JG_CMP_NOTIN
                               : op == JG_CMP_NOTIN ? JG_CMP_IN
                                                    : -1;
                if (inverted >= 0) {
                    /* The folded node is the comparison, position included. */
                    u->loc = expr_loc(operand);
                    visit_expr(c, operand->u.compare.left);
                    const jg_expr *right = operand->u.compare.comparators.items[0];
                    if (inverted == JG_CMP_IN || inverted == JG_CMP_NOTIN)
                        visit_iterable(c, right);
                    else
                        visit_expr(c, right);
                    emit_compare(c, (jg_cmpop)inverted);
                    break;
                }
            }
            visit_expr(c, operand);
            static const int ops[] = {
                [JG_UOP_INVERT] = JG_OP_UNARY_INVERT,
                [JG_UOP_NOT] = JG_OP_UNARY_NOT,
                [JG_UOP_UADD] = JG_OP_UNARY_POSITIVE,
                [JG_UOP_USUB] = JG_OP_UNARY_NEGATIVE,
            };
            emit(c, ops[e->u.unaryop.op], 0);
            break;
        }
        case JG_E_LAMBDA:
            visit_lambda(c, e);
            break;
        case JG_E_IFEXP:
            visit_ifexp(c, e);
            break;
        case JG_E_DICT:
            visit_dict(c, e);
            break;
        case JG_E_SET:
            starunpack(c, &e->u.seq.elts, 0, JG_OP_BUILD_SET, JG_OP_SET_ADD, JG_OP_SET_UPDATE,
                       false);
            break;
        case JG_E_LISTCOMP:
        case JG_E_SETCOMP:
        case JG_E_DICTCOMP:
        case JG_E_GENEXP:
            visit_comprehension(c, e);
            break;
        case JG_E_YIELD:
            if (u->ste->kind != JG_BLOCK_FUNCTION) {
                error(c, "'yield' outside function");
                return;
            }
            if (e->u.yield_.value)
                visit_expr(c, e->u.yield_.value);
            else
                emit_const(c, JG_NONE);
            emit(c, JG_OP_YIELD_VALUE, 0);
            break;
        case JG_E_YIELDFROM: {
            if (u->ste->kind != JG_BLOCK_FUNCTION) {
                error(c, "'yield' outside function");
                return;
            }
            visit_expr(c, e->u.yield_.value);
            emit(c, JG_OP_GET_YIELD_FROM_ITER, 0);
            emit_const(c, JG_NONE);
            block *start = new_block(c);
            block *exit = new_block(c);
            use_block(c, start);
            emit_jump(c, JG_OP_SEND, exit);
            emit(c, JG_OP_YIELD_VALUE, 1);
            emit_jump(c, JG_OP_JUMP, start);
            use_block(c, exit);
            break;
        }
        case JG_E_COMPARE:
            visit_compare(c, e);
            break;
        case JG_E_CALL:
            visit_call(c, e);
            break;
        case JG_E_FORMATTEDVALUE:
            visit_formatted_value(c, e);
            break;
        case JG_E_JOINEDSTR:
            visit_joinedstr(c, e);
            break;
        case JG_E_CONSTANT:
            /* is_const() took every kind but one. */
            error(c, "complex literals are not supported by jumpgate");
            break;
        case JG_E_ATTRIBUTE:
            visit_attribute(c, e);
            break;
        case JG_E_SUBSCRIPT:
            visit_subscript(c, e);
            break;
        case JG_E_STARRED:
            if (e->ctx == JG_CTX_STORE)
                error(c, "starred assignment target must be in a list or tuple");
            else
                error(c, "can't use starred expression here");
            break;
        case JG_E_NAME:
            nameop(c, e->u.name.id, e->ctx);
            break;
        case JG_E_LIST:
        case JG_E_TUPLE:
            visit_sequence(c, e);
            break;
        case JG_E_SLICE:
            visit_slice(c, e);
            break;
    }
}

static void visit_expr(compiler *c, const jg_expr *e)
{
    if (failed(c))
        return;
    unit *u = c->u;
    if (++c->depth > JG_MAX_COMPILE_DEPTH) {
        fail_too_deep(c, e->line, e->col);
        return;
    }
    srcloc loc = u->loc;
    u->loc = expr_loc(e);
    visit_expr1(c, e);
    u->loc = loc;
    c->depth--;
}

/* ---------------------------------------------------------------- scopes */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Opens the unit compiling the scope of 'node' (compiler_enter_scope). */
static bool enter_scope(compiler *c, const char *name, unit_kind kind, const void *node,
                        int first_line)
{
    unit *u = alloc(c, sizeof *u);
    if (!u)
        return false;
    u->ste = jg_symtable_lookup(c->st, node);
    if (!u->ste) {
        internal_error(c, "scope missing from the symbol table");
        return false;
    }
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->first_line = first_line;
    u->loc = (srcloc){first_line, first_line, 0, 0};
    u->private_name = c->u ? c->u->private_name : NULL;
    c->u = u;

    /* Parameters take the first slots, in symbol-table order. */
    jg_scope *ste = u->ste;
    for (uint32_t i = 0; i < ste->n_params; i++)
        if (varname_index(c, ste->params[i]) < 0)
            return false;

    /* Cells and frees in sorted order, as CPython's dictbytype(). */
    uint32_t n_cells = 0, n_frees = 0;
    for (uint32_t i = 0; i < ste->n_symbols; i++) {
        const jg_symbol *sym = &ste->symbols[i];
        if (sym->scope == JG_SC_CELL)
            n_cells++;
        if (sym->scope == JG_SC_FREE || (sym->flags & JG_DEF_FREE_CLASS))
            n_frees++;
    }
    if (ste->needs_class_closure)
        n_cells++;
    u->cellvars = alloc(c, (n_cells + 1) * sizeof(const char *));
    u->freevars = alloc(c, (n_frees + 1) * sizeof(const char *));
    if (!u->cellvars || !u->freevars)
        return false;
    /* Captured parameters first, in parameter order, then the other cells
     * sorted: the order of CPython 3.11's co_cellvars. */
    for (uint32_t i = 0; i < ste->n_params; i++)
        if (jg_scope_of(ste, ste->params[i]) == JG_SC_CELL)
            u->cellvars[u->n_cells++] = ste->params[i];
    uint32_t n_param_cells = u->n_cells;
    for (uint32_t i = 0; i < ste->n_symbols; i++) {
        const jg_symbol *sym = &ste->symbols[i];
        if (sym->scope == JG_SC_CELL && !(sym->flags & JG_DEF_PARAM))
            u->cellvars[u->n_cells++] = sym->name;
        if (sym->scope == JG_SC_FREE || (sym->flags & JG_DEF_FREE_CLASS))
            u->freevars[u->n_frees++] = sym->name;
    }
    qsort(u->cellvars + n_param_cells, u->n_cells - n_param_cells, sizeof(const char *),
          cmp_names);
    qsort(u->freevars, u->n_frees, sizeof(const char *), cmp_names);
    if (ste->needs_class_closure)
        u->cellvars[u->n_cells++] = "__class__"; /* the class has no other cells */

    /* Qualified name (compiler_set_qualname). */
    unit *parent = u->parent;
    u->qualname = name;
    if (parent && parent->parent) {
        bool force_global = false;
        if (kind == U_FUNCTION || kind == U_CLASS) {
            const char *mangled = jg_mangle(c->arena, parent->private_name, name);
            if (!mangled) {
                fail_nomem(c);
                return false;
            }
            force_global = jg_scope_of(parent->ste, mangled) == JG_SC_GLOBAL_EXPLICIT;
        }
        if (!force_global) {
            if (parent->kind == U_FUNCTION || parent->kind == U_LAMBDA)
                u->qualname = concat3(c, parent->qualname, ".<locals>.", name);
            else
                u->qualname = concat3(c, parent->qualname, ".", name);
            if (!u->qualname)
                return false;
        }
    }

    u->entry = new_block(c);
    if (!u->entry)
        return false;
    u->cur = u->entry;
    return true;
}

static void exit_scope(compiler *c)
{
    c->u = c->u->parent;
}

static jg_code *assemble(compiler *c);

/* Pushes a function (or closure) made from 'co', the child unit being 'child'
 * (compiler_make_closure); 'flags' says what MAKE_FUNCTION finds below. */
static void make_closure(compiler *c, jg_code *co, const unit *child, int flags)
{
    unit *u = c->u;
    if (child->n_frees) {
        for (uint32_t i = 0; i < child->n_frees; i++) {
            const char *name = child->freevars[i];
            /* A class body passes its own __class__ cell to its methods. */
            int scope = (u->kind == U_CLASS && strcmp(name, "__class__") == 0)
                            ? JG_SC_CELL
                            : jg_scope_of(u->ste, name);
            int32_t k = deref_index(c, name, scope == JG_SC_CELL);
            if (k < 0)
                return;
            emit(c, JG_OP_LOAD_CLOSURE, k);
        }
        emit(c, JG_OP_BUILD_TUPLE, (int32_t)child->n_frees);
        flags |= 0x08;
    }
    emit_const(c, jg_obj_value(co));
    emit(c, JG_OP_MAKE_FUNCTION, flags);
}

/* Pushes the defaults tuple and keyword-only defaults dict of 'args';
 * returns the MAKE_FUNCTION flags for them. */
static int default_arguments(compiler *c, const jg_arguments *args)
{
    int flags = 0;
    if (!args)
        return 0;
    if (args->defaults.n > 0) {
        if (all_const(&args->defaults)) {
            jg_value t = const_collection(c, &args->defaults, false);
            if (!failed(c))
                emit_const(c, t);
        } else {
            visit_exprs(c, &args->defaults);
            emit(c, JG_OP_BUILD_TUPLE, args->defaults.n);
        }
        flags |= 0x01;
    }
    int n = 0;
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        const jg_expr *def = i < args->kw_defaults.n ? args->kw_defaults.items[i] : NULL;
        if (!def)
            continue;
        const char *name = mangle(c, args->kwonlyargs.items[i].name);
        if (!name)
            return 0;
        emit_str(c, name);
        visit_expr(c, def);
        n++;
    }
    if (n) {
        emit(c, JG_OP_BUILD_MAP, n);
        flags |= 0x02;
    }
    return flags;
}

static bool check_debug_args(compiler *c, const jg_arguments *args)
{
    if (!args)
        return true;
    const jg_arg_list *lists[] = {&args->posonlyargs, &args->args, &args->kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l]->n; i++)
            if (strcmp(lists[l]->items[i].name, "__debug__") == 0) {
                error_at(c, lists[l]->items[i].line, lists[l]->items[i].col,
                         "cannot assign to __debug__");
                return false;
            }
    const jg_arg *extra[] = {args->vararg, args->kwarg};
    for (int i = 0; i < 2; i++)
        if (extra[i] && strcmp(extra[i]->name, "__debug__") == 0) {
            error_at(c, extra[i]->line, extra[i]->col, "cannot assign to __debug__");
            return false;
        }
    return true;
}

static void set_arg_counts(unit *u, const jg_arguments *args)
{
    if (!args)
        return;
    u->n_posonly = (uint32_t)args->posonlyargs.n;
    u->n_args = (uint32_t)(args->posonlyargs.n + args->args.n);
    u->n_kwonly = (uint32_t)args->kwonlyargs.n;
}

/* The docstring of a body: its first statement when that is a str literal. */
static const jg_expr *docstring_of(const jg_stmt_list *body)
{
    if (body->n == 0)
        return NULL;
    const jg_stmt *s = body->items[0];
    if (s->kind != JG_S_EXPR)
        return NULL;
    const jg_expr *e = s->u.value;
    if (e->kind != JG_E_CONSTANT || e->u.constant.kind != JG_CONST_STR)
        return NULL;
    return e;
}

static void apply_decorators(compiler *c, const jg_expr_list *decos)
{
    srcloc loc = c->u->loc;
    for (int i = decos->n - 1; i >= 0; i--) {
        c->u->loc = expr_loc(decos->items[i]);
        emit(c, JG_OP_CALL, 1);
    }
    c->u->loc = loc;
}

static void visit_function(compiler *c, const jg_stmt *s)
{
    const jg_arguments *args = s->u.funcdef.args;
    const jg_expr_list *decos = &s->u.funcdef.decorator_list;
    if (!check_debug_args(c, args))
        return;
    visit_exprs(c, decos);
    int first_line = decos->n ? decos->items[0]->line : s->line;
    int flags = default_arguments(c, args);
    if (failed(c) || !enter_scope(c, s->u.funcdef.name, U_FUNCTION, s, first_line))
        return;
    const jg_stmt_list *body = &s->u.funcdef.body;
    const jg_expr *doc = docstring_of(body);
    add_const(c, doc ? const_value(c, doc) : JG_NONE);
    set_arg_counts(c->u, args);
    for (int i = doc ? 1 : 0; i < body->n; i++)
        visit_stmt(c, body->items[i]);
    unit *child = c->u;
    jg_code *co = assemble(c);
    exit_scope(c);
    if (!co)
        return;
    make_closure(c, co, child, flags);
    apply_decorators(c, decos);
    nameop(c, s->u.funcdef.name, JG_CTX_STORE);
}

static void visit_lambda(compiler *c, const jg_expr *e)
{
    const jg_arguments *args = e->u.lambda.args;
    if (!check_debug_args(c, args))
        return;
    int flags = default_arguments(c, args);
    if (failed(c) || !enter_scope(c, "<lambda>", U_LAMBDA, e, e->line))
        return;
    /* None first, so a lambda has no docstring. */
    add_const(c, JG_NONE);
    set_arg_counts(c->u, args);
    visit_expr(c, e->u.lambda.body);
    emit(c, JG_OP_RETURN_VALUE, 0);
    unit *child = c->u;
    jg_code *co = assemble(c);
    exit_scope(c);
    if (co)
        make_closure(c, co, child, flags);
}

/* One `for` clause of a comprehension and everything inside it
 * (compiler_sync_comprehension_generator). */
static void comprehension_generator(compiler *c, const jg_expr *e, int gen_index, int depth)
{
    const jg_comp_list *gens = &e->u.comp.generators;
    const jg_comprehension *gen = &gens->items[gen_index];
    block *start = new_block(c);
    block *if_cleanup = new_block(c);
    block *anchor = new_block(c);
    if (failed(c))
        return;
    if (gen_index == 0) {
        /* The outermost iterator arrives as argument .0. */
        emit(c, JG_OP_LOAD_FAST, 0);
    } else {
        /* `for y in [f(x)]` binds y without a loop. */
        const jg_expr *it = gen->iter;
        if ((it->kind == JG_E_LIST || it->kind == JG_E_TUPLE) && it->u.seq.elts.n == 1 &&
            it->u.seq.elts.items[0]->kind != JG_E_STARRED) {
            visit_expr(c, it->u.seq.elts.items[0]);
            start = NULL;
        } else {
            visit_iterable(c, it);
            emit(c, JG_OP_GET_ITER, 0);
        }
    }
    if (start) {
        depth++;
        use_block(c, start);
        emit_jump(c, JG_OP_FOR_ITER, anchor);
    }
    visit_expr(c, gen->target);
    for (int i = 0; i < gen->ifs.n; i++)
        jump_if(c, gen->ifs.items[i], if_cleanup, false);
    if (gen_index + 1 < gens->n) {
        comprehension_generator(c, e, gen_index + 1, depth);
    } else {
        switch (e->kind) {
            case JG_E_GENEXP:
                visit_expr(c, e->u.comp.elt);
                emit(c, JG_OP_YIELD_VALUE, 0);
                emit(c, JG_OP_POP_TOP, 0);
                break;
            case JG_E_LISTCOMP:
                visit_expr(c, e->u.comp.elt);
                emit(c, JG_OP_LIST_APPEND, depth + 1);
                break;
            case JG_E_SETCOMP:
                visit_expr(c, e->u.comp.elt);
                emit(c, JG_OP_SET_ADD, depth + 1);
                break;
            default: /* dict: the key is evaluated before the value */
                visit_expr(c, e->u.comp.key);
                visit_expr(c, e->u.comp.elt);
                emit(c, JG_OP_MAP_ADD, depth + 1);
                break;
        }
    }
    use_block(c, if_cleanup);
    if (start) {
        emit_jump(c, JG_OP_JUMP, start);
        use_block(c, anchor);
    }
}

static void visit_comprehension(compiler *c, const jg_expr *e)
{
    const char *name;
    int build = -1;
    switch (e->kind) {
        case JG_E_LISTCOMP:
            name = "<listcomp>";
            build = JG_OP_BUILD_LIST;
            break;
        case JG_E_SETCOMP:
            name = "<setcomp>";
            build = JG_OP_BUILD_SET;
            break;
        case JG_E_DICTCOMP:
            name = "<dictcomp>";
            build = JG_OP_BUILD_MAP;
            break;
        default:
            name = "<genexpr>";
            break;
    }
    const jg_comp_list *gens = &e->u.comp.generators;
    if (gens->n < 1) {
        internal_error(c, "comprehension without a for clause");
        return;
    }
    if (!enter_scope(c, name, U_COMPREHENSION, e, e->line))
        return;
    c->u->loc = expr_loc(e);
    c->u->n_args = 1;
    if (build >= 0)
        emit(c, build, 0);
    comprehension_generator(c, e, 0, 0);
    if (build >= 0)
        emit(c, JG_OP_RETURN_VALUE, 0);
    unit *child = c->u;
    jg_code *co = assemble(c);
    exit_scope(c);
    if (!co)
        return;
    make_closure(c, co, child, 0);
    visit_iterable(c, gens->items[0].iter);
    emit(c, JG_OP_GET_ITER, 0);
    emit(c, JG_OP_CALL, 1);
}

/* Module and class bodies: a leading docstring is stored as __doc__. */
static void visit_body(compiler *c, const jg_stmt_list *body)
{
    int i = 0;
    const jg_expr *doc = docstring_of(body);
    if (doc) {
        c->u->loc = stmt_loc(body->items[0]);
        visit_expr(c, doc);
        nameop(c, "__doc__", JG_CTX_STORE);
        i = 1;
    }
    for (; i < body->n; i++)
        visit_stmt(c, body->items[i]);
}

static void visit_class(compiler *c, const jg_stmt *s)
{
    const jg_expr_list *decos = &s->u.classdef.decorator_list;
    const jg_expr_list *bases = &s->u.classdef.bases;
    if (s->u.classdef.keywords.n > 0) {
        const jg_keyword *kw = &s->u.classdef.keywords.items[0];
        if (kw->arg && strcmp(kw->arg, "metaclass") == 0)
            error_at(c, kw->line, kw->col, "'metaclass' is not supported by jumpgate");
        else
            error_at(c, kw->line, kw->col,
                     "keyword arguments in a class statement are not supported by jumpgate");
        return;
    }
    for (int i = 0; i < bases->n; i++) {
        if (bases->items[i]->kind == JG_E_STARRED || i > 0) {
            error_at(c, bases->items[i]->line, bases->items[i]->col,
                     "multiple inheritance is not supported by jumpgate");
            return;
        }
    }
    visit_exprs(c, decos);
    int first_line = decos->n ? decos->items[0]->line : s->line;
    if (failed(c) || !enter_scope(c, s->u.classdef.name, U_CLASS, s, first_line))
        return;
    unit *u = c->u;
    u->private_name = s->u.classdef.name;
    nameop(c, "__name__", JG_CTX_LOAD);
    nameop(c, "__module__", JG_CTX_STORE);
    emit_str(c, u->qualname);
    nameop(c, "__qualname__", JG_CTX_STORE);
    visit_body(c, &s->u.classdef.body);
    if (u->ste->needs_class_closure) {
        /* Hand the __class__ cell to type creation, which fills it. */
        emit(c, JG_OP_LOAD_CLOSURE, deref_index(c, "__class__", true));
        emit(c, JG_OP_COPY, 1);
        nameop(c, "__classcell__", JG_CTX_STORE);
    } else {
        emit_const(c, JG_NONE);
    }
    emit(c, JG_OP_RETURN_VALUE, 0);
    unit *child = c->u;
    jg_code *co = assemble(c);
    exit_scope(c);
    if (!co)
        return;
    emit(c, JG_OP_LOAD_BUILD_CLASS, 0);
    make_closure(c, co, child, 0);
    emit_str(c, s->u.classdef.name);
    call_helper(c, 2, bases, &s->u.classdef.keywords);
    apply_decorators(c, decos);
    nameop(c, s->u.classdef.name, JG_CTX_STORE);
}

/* ---------------------------------------------------------------- statements */

static void visit_return(compiler *c, const jg_stmt *s)
{
    const jg_expr *value = s->u.value;
    if (c->u->ste->kind != JG_BLOCK_FUNCTION) {
        error(c, "'return' outside function");
        return;
    }
    bool preserve_tos = value && !is_const(value);
    if (preserve_tos)
        visit_expr(c, value);
    else if (value)
        c->u->loc = expr_loc(value);
    /* CPython's compiler_return: a constant on the statement's line lends its
     * position to the return; otherwise the statement's position is used. */
    if (!value || value->line != s->line)
        c->u->loc = stmt_loc(s);
    unwind_fblock_stack(c, preserve_tos, NULL);
    if (!value) {
        emit_const(c, JG_NONE);
    } else if (!preserve_tos) {
        jg_value v = const_value(c, value);
        if (!failed(c))
            emit_const(c, v);
    }
    emit(c, JG_OP_RETURN_VALUE, 0);
}

static void visit_break(compiler *c)
{
    fblock *loop = NULL;
    unwind_fblock_stack(c, false, &loop);
    if (failed(c))
        return;
    if (!loop) {
        error(c, "'break' outside loop");
        return;
    }
    unwind_fblock(c, loop, false);
    emit_jump(c, JG_OP_JUMP, loop->exit);
}

static void visit_continue(compiler *c)
{
    fblock *loop = NULL;
    unwind_fblock_stack(c, false, &loop);
    if (failed(c))
        return;
    if (!loop) {
        error(c, "'continue' not properly in loop");
        return;
    }
    emit_jump(c, JG_OP_JUMP, loop->block);
}

static void visit_for(compiler *c, const jg_stmt *s)
{
    block *start = new_block(c);
    block *body = new_block(c);
    block *cleanup = new_block(c);
    block *end = new_block(c);
    if (failed(c) || !push_fblock(c, FB_FOR_LOOP, start, end))
        return;
    visit_iterable(c, s->u.loop.iter);
    emit(c, JG_OP_GET_ITER, 0);
    use_block(c, start);
    emit_jump(c, JG_OP_FOR_ITER, cleanup);
    use_block(c, body);
    visit_expr(c, s->u.loop.target);
    visit_stmts(c, &s->u.loop.body);
    emit_jump_noline(c, JG_OP_JUMP, start);
    use_block(c, cleanup);
    pop_fblock(c);
    visit_stmts(c, &s->u.loop.orelse);
    use_block(c, end);
}

static void visit_while(compiler *c, const jg_stmt *s)
{
    block *loop = new_block(c);
    block *body = new_block(c);
    block *anchor = new_block(c);
    block *end = new_block(c);
    if (failed(c))
        return;
    use_block(c, loop);
    if (!push_fblock(c, FB_WHILE_LOOP, loop, end))
        return;
    jump_if(c, s->u.loop.iter, anchor, false);
    use_block(c, body);
    visit_stmts(c, &s->u.loop.body);
    c->u->loc = stmt_loc(s);
    /* The test is repeated at the bottom: one jump per iteration. */
    jump_if(c, s->u.loop.iter, body, true);
    pop_fblock(c);
    use_block(c, anchor);
    visit_stmts(c, &s->u.loop.orelse);
    use_block(c, end);
}

static void visit_if(compiler *c, const jg_stmt *s)
{
    block *end = new_block(c);
    block *next = s->u.if_.orelse.n ? new_block(c) : end;
    jump_if(c, s->u.if_.test, next, false);
    visit_stmts(c, &s->u.if_.body);
    if (s->u.if_.orelse.n) {
        emit_jump_noline(c, JG_OP_JUMP, end);
        use_block(c, next);
        visit_stmts(c, &s->u.if_.orelse);
    }
    use_block(c, end);
}

/* COPY 3; POP_EXCEPT; RERAISE 1: the cleanup that restores the previously
 * handled exception when a handler itself raises. */
static void pop_except_and_reraise(compiler *c)
{
    emit(c, JG_OP_COPY, 3);
    emit(c, JG_OP_POP_EXCEPT, 0);
    emit(c, JG_OP_RERAISE, 1);
}

static void visit_try_except(compiler *c, const jg_stmt *s)
{
    unit *u = c->u;
    block *body = new_block(c);
    block *except = new_block(c);
    block *end = new_block(c);
    block *cleanup = new_block(c);
    if (failed(c))
        return;
    emit_jump(c, OP_SETUP_FINALLY, except);
    use_block(c, body);
    if (!push_fblock(c, FB_TRY_EXCEPT, body, NULL))
        return;
    visit_stmts(c, &s->u.try_.body);
    pop_fblock(c);
    emit(c, OP_POP_BLOCK, 0);
    visit_stmts(c, &s->u.try_.orelse);
    emit_jump_noline(c, JG_OP_JUMP, end);
    use_block(c, except);
    unset_loc(c);
    emit_jump(c, OP_SETUP_CLEANUP, cleanup);
    emit(c, JG_OP_PUSH_EXC_INFO, 0);
    if (!push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL))
        return;
    int n = s->u.try_.handlers.n;
    for (int i = 0; i < n && !failed(c); i++) {
        const jg_excepthandler *h = &s->u.try_.handlers.items[i];
        u->loc = handler_loc(h);
        if (!h->type && i < n - 1) {
            error(c, "default 'except:' must be last");
            return;
        }
        block *next = new_block(c);
        if (h->type) {
            visit_expr(c, h->type);
            emit(c, JG_OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, JG_OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            /* except E as name:
             *     try: body
             *     finally: name = None; del name */
            block *cleanup_end = new_block(c);
            block *cleanup_body = new_block(c);
            nameop(c, h->name, JG_CTX_STORE);
            emit_jump(c, OP_SETUP_CLEANUP, cleanup_end);
            use_block(c, cleanup_body);
            if (!push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL))
                return;
            top_fblock(c)->name = h->name;
            visit_stmts(c, &h->body);
            pop_fblock(c);
            unset_loc(c); /* name = None; del name: artificial */
            emit(c, OP_POP_BLOCK, 0);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, JG_OP_POP_EXCEPT, 0);
            emit_const(c, JG_NONE);
            nameop(c, h->name, JG_CTX_STORE);
            nameop(c, h->name, JG_CTX_DEL);
            emit_jump(c, JG_OP_JUMP, end);
            use_block(c, cleanup_end);
            unset_loc(c);
            emit_const(c, JG_NONE);
            nameop(c, h->name, JG_CTX_STORE);
            nameop(c, h->name, JG_CTX_DEL);
            emit(c, JG_OP_RERAISE, 1);
        } else {
            block *cleanup_body = new_block(c);
            emit(c, JG_OP_POP_TOP, 0); /* exc_value */
            use_block(c, cleanup_body);
            if (!push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL))
                return;
            visit_stmts(c, &h->body);
            pop_fblock(c);
            unset_loc(c);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, JG_OP_POP_EXCEPT, 0);
            emit_jump(c, JG_OP_JUMP, end);
        }
        use_block(c, next);
    }
    /* Reached only from the last handler's failed match, whose position it
     * takes (CPython propagates it to a block with one predecessor). */
    if (n > 0 && s->u.try_.handlers.items[n - 1].type)
        u->loc = handler_loc(&s->u.try_.handlers.items[n - 1]);
    else
        unset_loc(c);
    pop_fblock(c);
    emit(c, JG_OP_RERAISE, 0); /* no handler matched */
    use_block(c, cleanup);
    pop_except_and_reraise(c);
    use_block(c, end);
}

static void visit_try_finally(compiler *c, const jg_stmt *s)
{
    block *body = new_block(c);
    block *end = new_block(c);
    block *exit = new_block(c);
    block *cleanup = new_block(c);
    if (failed(c))
        return;
    emit_jump(c, OP_SETUP_FINALLY, end);
    use_block(c, body);
    if (!push_fblock(c, FB_FINALLY_TRY, body, end))
        return;
    top_fblock(c)->finalbody = &s->u.try_.finalbody;
    if (s->u.try_.handlers.n)
        visit_try_except(c, s);
    else
        visit_stmts(c, &s->u.try_.body);
    emit(c, OP_POP_BLOCK, 0);
    pop_fblock(c);
    visit_stmts(c, &s->u.try_.finalbody);
    emit_jump_noline(c, JG_OP_JUMP, exit);
    /* The finally body again, on the exceptional path. */
    use_block(c, end);
    unset_loc(c);
    emit_jump(c, OP_SETUP_CLEANUP, cleanup);
    emit(c, JG_OP_PUSH_EXC_INFO, 0);
    if (!push_fblock(c, FB_FINALLY_END, end, NULL))
        return;
    visit_stmts(c, &s->u.try_.finalbody);
    pop_fblock(c);
    emit(c, JG_OP_RERAISE, 0);
    use_block(c, cleanup);
    pop_except_and_reraise(c);
    use_block(c, exit);
}

/* with items[pos:]: body (compiler_with). */
static void visit_with(compiler *c, const jg_stmt *s, int pos)
{
    unit *u = c->u;
    const jg_withitem *item = &s->u.with.items.items[pos];
    block *body = new_block(c);
    block *final = new_block(c);
    block *exit = new_block(c);
    block *cleanup = new_block(c);
    if (failed(c))
        return;
    visit_expr(c, item->context_expr);
    emit(c, JG_OP_BEFORE_WITH, 0);
    emit_jump(c, OP_SETUP_WITH, final);
    use_block(c, body);
    if (!push_fblock(c, FB_WITH, body, final))
        return;
    top_fblock(c)->with = s;
    if (item->optional_vars)
        visit_expr(c, item->optional_vars);
    else
        emit(c, JG_OP_POP_TOP, 0); /* the __enter__ result */
    if (pos + 1 == s->u.with.items.n)
        visit_stmts(c, &s->u.with.body);
    else
        visit_with(c, s, pos + 1);
    unset_loc(c); /* what follows is artificial */
    emit(c, OP_POP_BLOCK, 0);
    pop_fblock(c);
    /* Normal exit: __exit__(None, None, None). */
    u->loc = stmt_loc(s);
    call_exit_with_nones(c);
    emit(c, JG_OP_POP_TOP, 0);
    emit_jump(c, JG_OP_JUMP, exit);
    /* Exceptional exit: a true __exit__ result suppresses the exception. */
    use_block(c, final);
    emit_jump(c, OP_SETUP_CLEANUP, cleanup);
    emit(c, JG_OP_PUSH_EXC_INFO, 0);
    emit(c, JG_OP_WITH_EXCEPT_START, 0);
    unset_loc(c);
    block *suppress = new_block(c);
    emit_jump(c, JG_OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, JG_OP_RERAISE, 2);
    use_block(c, cleanup);
    pop_except_and_reraise(c);
    use_block(c, suppress);
    emit(c, JG_OP_POP_TOP, 0); /* exc_value */
    emit(c, OP_POP_BLOCK, 0);
    emit(c, JG_OP_POP_EXCEPT, 0);
    emit(c, JG_OP_POP_TOP, 0); /* lasti */
    emit(c, JG_OP_POP_TOP, 0); /* __exit__ */
    use_block(c, exit);
}

static void visit_assert(compiler *c, const jg_stmt *s)
{
    block *end = new_block(c);
    jump_if(c, s->u.assert_.test, end, true);
    emit(c, JG_OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg) {
        visit_expr(c, s->u.assert_.msg);
        emit(c, JG_OP_CALL, 1);
    }
    emit(c, JG_OP_RAISE_VARARGS, 1);
    use_block(c, end);
}

static bool check_module_name(compiler *c, const char *module, int line, int col)
{
    if (strchr(module, '.')) {
        error_at(c, line, col, "dotted module name '%s' is not supported by jumpgate", module);
        return false;
    }
    return true;
}

static void visit_import(compiler *c, const jg_stmt *s)
{
    for (int i = 0; i < s->u.import.names.n; i++) {
        const jg_alias *a = &s->u.import.names.items[i];
        if (!check_module_name(c, a->name, a->line, a->col))
            return;
        emit_name(c, JG_OP_IMPORT_NAME, a->name);
        nameop(c, a->asname ? a->asname : a->name, JG_CTX_STORE);
    }
}

static void visit_import_from(compiler *c, const jg_stmt *s)
{
    const char *module = s->u.import.module ? s->u.import.module : "";
    if (strcmp(module, "__future__") == 0) {
        error(c, "'from __future__' imports are not supported by jumpgate");
        return;
    }
    if (!check_module_name(c, module, s->line, s->col))
        return;
    emit_name(c, JG_OP_IMPORT_NAME, module);
    for (int i = 0; i < s->u.import.names.n; i++) {
        const jg_alias *a = &s->u.import.names.items[i];
        if (i == 0 && a->name[0] == '*') {
            emit(c, JG_OP_IMPORT_STAR, 0);
            return;
        }
        emit_name(c, JG_OP_IMPORT_FROM, a->name);
        nameop(c, a->asname ? a->asname : a->name, JG_CTX_STORE);
    }
    emit(c, JG_OP_POP_TOP, 0); /* the module */
}

static void visit_assign(compiler *c, const jg_stmt *s)
{
    const jg_expr_list *targets = &s->u.assign.targets;
    const jg_expr *value = s->u.assign.value;
    /* a, b = x, y: no tuple is built (BUILD_TUPLE n; UNPACK_SEQUENCE n
     * becomes a SWAP, as CPython's peephole optimizer does). */
    if (targets->n == 1 && value->ctx == JG_CTX_LOAD && !is_const(value) &&
        (value->kind == JG_E_TUPLE || value->kind == JG_E_LIST) &&
        (targets->items[0]->kind == JG_E_TUPLE || targets->items[0]->kind == JG_E_LIST)) {
        const jg_expr_list *vs = &value->u.seq.elts, *ts = &targets->items[0]->u.seq.elts;
        bool starred = false;
        for (int i = 0; i < vs->n; i++)
            starred |= vs->items[i]->kind == JG_E_STARRED;
        for (int i = 0; i < ts->n; i++)
            starred |= ts->items[i]->kind == JG_E_STARRED;
        if (!starred && vs->n == ts->n && vs->n >= 1 && vs->n <= 3) {
            visit_exprs(c, vs);
            srcloc loc = c->u->loc;
            c->u->loc = expr_loc(targets->items[0]);
            if (vs->n > 1)
                emit(c, JG_OP_SWAP, vs->n);
            for (int i = 0; i < ts->n; i++)
                visit_expr(c, ts->items[i]);
            c->u->loc = loc;
            return;
        }
    }
    visit_expr(c, value);
    for (int i = 0; i < targets->n; i++) {
        if (i < targets->n - 1)
            emit(c, JG_OP_COPY, 1);
        visit_expr(c, targets->items[i]);
    }
}

static void visit_augassign(compiler *c, const jg_stmt *s)
{
    unit *u = c->u;
    const jg_expr *e = s->u.augassign.target;
    int op = binop_opcode(s->u.augassign.op, true);
    if (op < 0) {
        error(c, "the '@' operator is not supported by jumpgate");
        return;
    }
    srcloc loc = u->loc;
    u->loc = expr_loc(e);
    const char *attr = NULL;
    int32_t append_slot = -1;
    switch (e->kind) {
        case JG_E_ATTRIBUTE:
            attr = mangle(c, e->u.attribute.attr);
            if (!attr)
                return;
            visit_expr(c, e->u.attribute.value);
            emit(c, JG_OP_COPY, 1);
            emit_cached_at(c, JG_OP_LOAD_ATTR, attr, attr_start_loc(u->loc, e));
            break;
        case JG_E_SUBSCRIPT:
            visit_expr(c, e->u.subscript.value);
            visit_expr(c, e->u.subscript.slice);
            emit(c, JG_OP_COPY, 2);
            emit(c, JG_OP_COPY, 2);
            emit(c, JG_OP_BINARY_SUBSCR, 0);
            break;
        case JG_E_NAME: {
            const char *mangled = mangle(c, e->u.name.id);
            if (!mangled)
                return;
            if (op == JG_OP_INPLACE_ADD && is_str_builder(u, mangled)) {
                /* The string's own read: it does not end in-place appends. */
                append_slot = varname_index(c, mangled);
                if (append_slot < 0)
                    return;
                emit(c, JG_OP_LOAD_FAST, append_slot);
            } else {
                nameop(c, e->u.name.id, JG_CTX_LOAD);
            }
            break;
        }
        default:
            error(c, "illegal expression for augmented assignment");
            return;
    }
    u->loc = loc;
    visit_expr(c, s->u.augassign.value);
    if (append_slot >= 0)
        emit(c, JG_OP_INPLACE_ADD_APPEND, append_slot);
    else
        emit(c, op, 0);
    u->loc = expr_loc(e);
    switch (e->kind) {
        case JG_E_ATTRIBUTE:
            u->loc = attr_start_loc(u->loc, e);
            emit(c, JG_OP_SWAP, 2);
            emit_cached_at(c, JG_OP_STORE_ATTR, attr, u->loc);
            break;
        case JG_E_SUBSCRIPT:
            emit(c, JG_OP_SWAP, 3);
            emit(c, JG_OP_SWAP, 2);
            emit(c, JG_OP_STORE_SUBSCR, 0);
            break;
        default:
            nameop(c, e->u.name.id, JG_CTX_STORE);
            break;
    }
    u->loc = loc;
}

/* Evaluates and drops an expression an annotation-only statement mentions. */
static void check_ann_expr(compiler *c, const jg_expr *e)
{
    visit_expr(c, e);
    emit(c, JG_OP_POP_TOP, 0);
}

static void check_ann_subscr(compiler *c, const jg_expr *e)
{
    if (e->kind == JG_E_SLICE) {
        if (e->u.slice.lower)
            check_ann_expr(c, e->u.slice.lower);
        if (e->u.slice.upper)
            check_ann_expr(c, e->u.slice.upper);
        if (e->u.slice.step)
            check_ann_expr(c, e->u.slice.step);
    } else if (e->kind == JG_E_TUPLE) {
        for (int i = 0; i < e->u.seq.elts.n; i++)
            check_ann_subscr(c, e->u.seq.elts.items[i]);
    } else {
        check_ann_expr(c, e);
    }
}

/* x: T = v is x = v; annotations themselves are dropped (LANGUAGE.md). */
static void visit_annassign(compiler *c, const jg_stmt *s)
{
    const jg_expr *t = s->u.annassign.target;
    if (s->u.annassign.value) {
        visit_expr(c, s->u.annassign.value);
        visit_expr(c, t);
        return;
    }
    switch (t->kind) {
        case JG_E_NAME:
            if (strcmp(t->u.name.id, "__debug__") == 0)
                error_at(c, t->line, t->col, "cannot assign to __debug__");
            break;
        case JG_E_ATTRIBUTE:
            check_ann_expr(c, t->u.attribute.value);
            break;
        case JG_E_SUBSCRIPT:
            check_ann_expr(c, t->u.subscript.value);
            check_ann_subscr(c, t->u.subscript.slice);
            break;
        default:
            break;
    }
}

static void visit_stmt(compiler *c, const jg_stmt *s)
{
    if (failed(c))
        return;
    unit *u = c->u;
    if (++c->depth > JG_MAX_COMPILE_DEPTH) {
        fail_too_deep(c, s->line, s->col);
        return;
    }
    u->loc = stmt_loc(s);
    switch (s->kind) {
        case JG_S_FUNCTIONDEF:
            visit_function(c, s);
            break;
        case JG_S_CLASSDEF:
            visit_class(c, s);
            break;
        case JG_S_RETURN:
            visit_return(c, s);
            break;
        case JG_S_DELETE:
            visit_exprs(c, &s->u.targets);
            break;
        case JG_S_ASSIGN:
            visit_assign(c, s);
            break;
        case JG_S_AUGASSIGN:
            visit_augassign(c, s);
            break;
        case JG_S_ANNASSIGN:
            visit_annassign(c, s);
            break;
        case JG_S_FOR:
            visit_for(c, s);
            break;
        case JG_S_WHILE:
            visit_while(c, s);
            break;
        case JG_S_IF:
            visit_if(c, s);
            break;
        case JG_S_WITH:
            if (s->u.with.items.n > 0)
                visit_with(c, s, 0);
            break;
        case JG_S_RAISE: {
            int n = 0;
            if (s->u.raise.exc) {
                visit_expr(c, s->u.raise.exc);
                n++;
                if (s->u.raise.cause) {
                    visit_expr(c, s->u.raise.cause);
                    n++;
                }
            }
            emit(c, JG_OP_RAISE_VARARGS, n);
            break;
        }
        case JG_S_TRY:
            if (s->u.try_.finalbody.n)
                visit_try_finally(c, s);
            else
                visit_try_except(c, s);
            break;
        case JG_S_ASSERT:
            visit_assert(c, s);
            break;
        case JG_S_IMPORT:
            visit_import(c, s);
            break;
        case JG_S_IMPORTFROM:
            visit_import_from(c, s);
            break;
        case JG_S_GLOBAL:
        case JG_S_NONLOCAL:
        case JG_S_PASS:
            break;
        case JG_S_EXPR:
            /* A lone constant (a docstring-like string) is not evaluated. */
            if (!is_const(s->u.value)) {
                visit_expr(c, s->u.value);
                emit(c, JG_OP_POP_TOP, 0);
            }
            break;
        case JG_S_BREAK:
            visit_break(c);
            break;
        case JG_S_CONTINUE:
            visit_continue(c);
            break;
    }
    c->depth--;
}

static void visit_stmts(compiler *c, const jg_stmt_list *l)
{
    for (int i = 0; i < l->n && !failed(c); i++)
        visit_stmt(c, l->items[i]);
}

/* ---------------------------------------------------------------- assembly: the CFG */

/* The first block at or after 'b' (in layout) holding an instruction. */
static block *skip_empty(block *b)
{
    while (b && b->n == 0)
        b = b->next;
    return b;
}

static bool falls_through(const block *b)
{
    return b->n == 0 || !is_terminator(b->ins[b->n - 1].op);
}

static void remove_nops(block *entry)
{
    for (block *b = entry; b; b = b->next) {
        uint32_t k = 0;
        for (uint32_t i = 0; i < b->n; i++)
            if (b->ins[i].op != JG_OP_NOP)
                b->ins[k++] = b->ins[i];
        b->n = k;
    }
}

/* Marks the blocks reachable from 'entry' and empties the others.  With
 * 'via_handlers', exception handlers are reached only through the handler of
 * a reachable instruction (after label_exceptions); before, through SETUP_*. */
static bool mark_reachable(compiler *c, block *entry, bool via_handlers)
{
    uint32_t n = 0;
    for (block *b = entry; b; b = b->next) {
        b->reachable = false;
        n++;
    }
    block **stack = malloc((size_t)(n + 1) * 2 * sizeof(block *));
    if (!stack) {
        fail_nomem(c);
        return false;
    }
    uint32_t sp = 0;
    entry->reachable = true;
    stack[sp++] = entry;
    while (sp) {
        block *b = stack[--sp];
        for (uint32_t i = 0; i < b->n; i++) {
            instr *in = &b->ins[i];
            block *targets[2] = {in->target, via_handlers ? in->handler : NULL};
            for (int t = 0; t < 2; t++) {
                if (targets[t] && !targets[t]->reachable) {
                    targets[t]->reachable = true;
                    stack[sp++] = targets[t];
                }
            }
        }
        if (falls_through(b) && b->next && !b->next->reachable) {
            b->next->reachable = true;
            stack[sp++] = b->next;
        }
    }
    free(stack);
    for (block *b = entry; b; b = b->next)
        if (!b->reachable)
            b->n = 0;
    return true;
}

/* Follows jumps to jumps (jump threading), copies small exit blocks in place
 * of a jump to them, and drops jumps to the next instruction. */
static bool optimize_jumps(compiler *c, block *entry)
{
    bool changed = false;
    for (block *b = entry; b; b = b->next) {
        if (b->n == 0)
            continue;
        instr *last = &b->ins[b->n - 1];
        if (!is_jump(last->op) || last->op == JG_OP_FOR_ITER || last->op == JG_OP_SEND)
            continue;
        /* Jump threading: a jump to an unconditional jump goes straight on. */
        for (int hops = 0; hops < 32; hops++) {
            block *t = skip_empty(last->target);
            if (!t || t->ins[0].op != JG_OP_JUMP)
                break;
            block *dest = t->ins[0].target;
            if (skip_empty(dest) == skip_empty(last->target))
                break;
            last->target = dest;
            changed = true;
        }
        if (last->op == JG_OP_JUMP) {
            /* A jump to a small block that returns or raises becomes a copy. */
            block *t = skip_empty(last->target);
            if (t && t->n <= MAX_COPY_SIZE && is_exit(t->ins[t->n - 1].op)) {
                bool plain = true;
                for (uint32_t i = 0; i < t->n; i++)
                    if (t->ins[i].op >= JG_N_OPCODES || t->ins[i].target)
                        plain = false;
                if (plain && t != b) {
                    uint32_t n = t->n;
                    b->n--; /* drop the jump */
                    for (uint32_t i = 0; i < n; i++) {
                        instr *copy = block_append(c, b);
                        if (!copy)
                            return false;
                        *copy = t->ins[i];
                    }
                    changed = true;
                    continue;
                }
            }
        }
        /* An unconditional jump to where control goes anyway.  (A conditional
         * one stays: testing the value may call __bool__.) */
        if (last->op == JG_OP_JUMP && skip_empty(last->target) == skip_empty(b->next)) {
            b->n--;
            changed = true;
        }
    }
    return changed;
}

static bool push_depth(compiler *c, block **stack, uint32_t *sp, block *b, int depth)
{
    if (b->start_depth == INT_MIN) {
        b->start_depth = depth;
        stack[(*sp)++] = b;
    } else if (b->start_depth != depth) {
        internal_error(c, "inconsistent stack depth");
        return false;
    }
    return true;
}

/* The maximum stack depth over every path (CPython's stackdepth()), leaving
 * each reachable block's depth at entry in start_depth. */
static int stackdepth(compiler *c, block *entry)
{
    uint32_t n = 0;
    for (block *b = entry; b; b = b->next) {
        b->start_depth = INT_MIN;
        n++;
    }
    block **stack = malloc((size_t)(n + 1) * sizeof(block *));
    if (!stack) {
        fail_nomem(c);
        return -1;
    }
    uint32_t sp = 0;
    int maxdepth = 0;
    push_depth(c, stack, &sp, entry, 0);
    while (sp && !failed(c)) {
        block *b = stack[--sp];
        int depth = b->start_depth;
        bool falls = true;
        for (uint32_t i = 0; i < b->n; i++) {
            instr *in = &b->ins[i];
            int new_depth = depth + jg_opcode_stack_effect(in->op, (uint32_t)in->arg, false);
            if (new_depth > maxdepth)
                maxdepth = new_depth;
            if (new_depth < 0) {
                internal_error(c, "negative stack depth");
                break;
            }
            if (in->target) {
                int target_depth =
                    depth + jg_opcode_stack_effect(in->op, (uint32_t)in->arg, true);
                if (target_depth > maxdepth)
                    maxdepth = target_depth;
                if (!push_depth(c, stack, &sp, in->target, target_depth))
                    break;
            }
            depth = new_depth;
            if (is_terminator(in->op)) {
                falls = false;
                break;
            }
        }
        if (falls && b->next && !failed(c))
            push_depth(c, stack, &sp, b->next, depth);
    }
    free(stack);
    return failed(c) ? -1 : maxdepth;
}

static block **copy_xstack(compiler *c, block *const *xs, int depth)
{
    block **copy = alloc(c, MAX_XDEPTH * sizeof(block *));
    if (copy && depth)
        memcpy(copy, xs, (size_t)depth * sizeof(block *));
    return copy;
}

/* Gives every instruction the handler that covers it by following SETUP_* and
 * POP_BLOCK along the flow (label_exception_targets), then turns those
 * pseudo-instructions into NOPs. */
static bool label_exceptions(compiler *c, block *entry)
{
    uint32_t n = 0;
    for (block *b = entry; b; b = b->next) {
        b->visited = false;
        b->xstack = NULL;
        n++;
    }
    block **todo = malloc((size_t)(n + 1) * sizeof(block *));
    if (!todo) {
        fail_nomem(c);
        return false;
    }
    uint32_t sp = 0;
    entry->xstack = copy_xstack(c, NULL, 0);
    entry->xdepth = 0;
    entry->visited = true;
    todo[sp++] = entry;
    while (sp && !failed(c)) {
        block *b = todo[--sp];
        block **xs = b->xstack;
        int depth = b->xdepth;
        block *handler = depth ? xs[depth - 1] : NULL;
        for (uint32_t i = 0; i < b->n && !failed(c); i++) {
            instr *in = &b->ins[i];
            if (is_block_push(in->op)) {
                if (!in->target->visited) {
                    /* The handler runs under the handlers outside this one. */
                    in->target->xstack = copy_xstack(c, xs, depth);
                    in->target->xdepth = depth;
                    in->target->visited = true;
                    todo[sp++] = in->target;
                }
                if (depth >= MAX_XDEPTH) {
                    internal_error(c, "exception handlers nested too deeply");
                    break;
                }
                xs[depth++] = in->target;
                handler = in->target;
            } else if (in->op == OP_POP_BLOCK) {
                if (depth == 0) {
                    internal_error(c, "POP_BLOCK without a handler");
                    break;
                }
                depth--;
                handler = depth ? xs[depth - 1] : NULL;
            } else {
                in->handler = handler;
                if (in->target && !in->target->visited) {
                    in->target->xstack = copy_xstack(c, xs, depth);
                    in->target->xdepth = depth;
                    in->target->visited = true;
                    todo[sp++] = in->target;
                }
            }
        }
        if (falls_through(b) && b->next && !b->next->visited) {
            b->next->xstack = copy_xstack(c, xs, depth);
            b->next->xdepth = depth;
            b->next->visited = true;
            todo[sp++] = b->next;
        }
    }
    free(todo);
    for (block *b = entry; b; b = b->next)
        for (uint32_t i = 0; i < b->n; i++)
            if (b->ins[i].op >= JG_N_OPCODES) {
                b->ins[i].op = JG_OP_NOP;
                b->ins[i].target = NULL;
            }
    return !failed(c);
}

/* ---------------------------------------------------------------- assembly: the code object */

static uint32_t code_flags(const unit *u)
{
    uint32_t flags = 0;
    const jg_scope *ste = u->ste;
    switch (u->kind) {
        case U_MODULE:
            return JG_CO_MODULE;
        case U_CLASS:
            return JG_CO_CLASS;
        case U_LAMBDA:
            flags |= JG_CO_LAMBDA;
            break;
        case U_COMPREHENSION:
            flags |= JG_CO_COMPREHENSION;
            break;
        case U_FUNCTION:
            break;
    }
    if (ste->is_nested)
        flags |= JG_CO_NESTED;
    if (ste->is_generator)
        flags |= JG_CO_GENERATOR;
    if (ste->has_varargs)
        flags |= JG_CO_VARARGS;
    if (ste->has_varkw)
        flags |= JG_CO_VARKW;
    return flags;
}

static void free_code_arrays(jg_code *co)
{
    free(co->code);
    free(co->lines);
    free(co->pos);
    free(co->consts);
    free(co->names);
    free(co->caches);
    free(co->exc_table);
    free(co->depths);
    free(co->slot_names);
    free(co->cell_from_arg);
    co->code = NULL;
    co->lines = NULL;
    co->pos = NULL;
    co->consts = NULL;
    co->names = NULL;
    co->caches = NULL;
    co->exc_table = NULL;
    co->depths = NULL;
    co->slot_names = NULL;
    co->cell_from_arg = NULL;
}

/* Appends the table entry sending exceptions in [start, end) to 'handler':
 * the stack is cut to the depth the handler was entered with, less the
 * exception (and lasti) the unwinder pushes. */
static bool exc_entry(compiler *c, jg_code *co, uint32_t *n_exc, uint32_t start, uint32_t end,
                      const block *handler)
{
    int depth = handler->start_depth - 1 - (int)handler->preserve_lasti;
    if (depth < 0 || depth > 0xFFFF) {
        internal_error(c, "bad exception handler depth");
        return false;
    }
    co->exc_table[(*n_exc)++] =
        (jg_exc_entry){start, end, handler->offset, (uint16_t)depth, handler->preserve_lasti};
    return true;
}

/* Packs a field of a position into 16 bits: JG_POS_NONE when unknown or too
 * large. */
static uint16_t pack_pos(int v)
{
    return v < 0 || v >= JG_POS_NONE ? JG_POS_NONE : (uint16_t)v;
}

/* Records the position of instruction 'pc'.  One without a position of its
 * own (line <= 0) takes that of the instruction before it, as CPython's
 * propagate_line_numbers does within a block; the first, the code's first
 * line. */
static void set_position(jg_code *co, uint32_t pc, const srcloc *loc, int first_line)
{
    if (loc->line > 0) {
        co->lines[pc] = loc->line;
        co->pos[pc].end_line_delta =
            loc->end_line >= loc->line ? pack_pos(loc->end_line - loc->line) : JG_POS_NONE;
        co->pos[pc].col = pack_pos(loc->col);
        co->pos[pc].end_col = pack_pos(loc->end_col);
    } else if (pc > 0) {
        co->lines[pc] = co->lines[pc - 1];
        co->pos[pc] = co->pos[pc - 1];
    } else {
        co->lines[pc] = first_line;
        co->pos[pc] = (jg_code_pos){0, JG_POS_NONE, JG_POS_NONE};
    }
}

/* Lays out the unit's blocks into a new code object (CPython's assemble()). */
static jg_code *assemble(compiler *c)
{
    unit *u = c->u;
    if (failed(c))
        return NULL;
    /* Falling off the end returns None. */
    block *last = u->cur;
    if (u->start_new_block || last->n == 0 || last->ins[last->n - 1].op != JG_OP_RETURN_VALUE) {
        unset_loc(c);
        emit_const(c, JG_NONE);
        emit(c, JG_OP_RETURN_VALUE, 0);
    }
    if (failed(c))
        return NULL;
    block *entry = u->entry;

    /* Handlers entered with lasti pushed. */
    for (block *b = entry; b; b = b->next)
        for (uint32_t i = 0; i < b->n; i++) {
            instr *in = &b->ins[i];
            if (is_block_push(in->op)) {
                if (in->op != OP_SETUP_FINALLY)
                    in->target->preserve_lasti = true;
            }
        }

    remove_nops(entry);
    if (!mark_reachable(c, entry, false))
        return NULL;
    for (int round = 0; round < 8 && optimize_jumps(c, entry); round++)
        if (failed(c) || !mark_reachable(c, entry, false))
            return NULL;
    if (failed(c))
        return NULL;

    int maxdepth = stackdepth(c, entry);
    if (maxdepth < 0 || !label_exceptions(c, entry))
        return NULL;
    remove_nops(entry);
    if (!mark_reachable(c, entry, true))
        return NULL;
    for (int round = 0; round < 8 && optimize_jumps(c, entry); round++)
        if (failed(c) || !mark_reachable(c, entry, true))
            return NULL;
    if (failed(c))
        return NULL;

    /* Offsets: an empty block starts where the next instruction is. */
    uint32_t n_code = 0;
    for (block *b = entry; b; b = b->next) {
        b->offset = n_code;
        n_code += b->n;
    }
    if (n_code >= JG_MAX_ARG) {
        error_at(c, u->first_line, 0, "code object too large");
        return NULL;
    }

    jg_code *co = jg_gc_alloc(c->vm, c->vm->t.code, sizeof(jg_code));
    if (!co) {
        fail_nomem(c);
        return NULL;
    }
    uint32_t n_locals = u->n_varnames;
    uint32_t n_slots = n_locals + u->n_cells + u->n_frees;
    /* Constants and caches are renumbered to those still in use. */
    uint32_t *const_map = calloc(u->n_consts + 1, sizeof(uint32_t));
    co->code = malloc((n_code + 1) * sizeof(uint32_t));
    co->lines = malloc((n_code + 1) * sizeof(int32_t));
    co->pos = malloc((n_code + 1) * sizeof(jg_code_pos));
    co->caches = calloc(u->n_caches + 1, sizeof(jg_icache));
    co->consts = malloc((u->n_consts + 1) * sizeof(jg_value));
    co->names = malloc((u->n_names + 1) * sizeof(jg_str *));
    co->slot_names = malloc((n_slots + 1) * sizeof(jg_str *));
    co->cell_from_arg = malloc((u->n_cells + 1) * sizeof(int32_t));
    co->exc_table = malloc((n_code + 1) * sizeof(jg_exc_entry));
    co->depths = malloc((n_code + 1) * sizeof(uint16_t));
    if (!const_map || !co->code || !co->lines || !co->pos || !co->caches || !co->consts ||
        !co->names || !co->slot_names || !co->cell_from_arg || !co->exc_table || !co->depths) {
        free(const_map);
        free_code_arrays(co);
        fail_nomem(c);
        return NULL;
    }

    /* A def or lambda keeps consts[0]: its docstring or None. */
    uint32_t n_consts = 0;
    if ((u->kind == U_FUNCTION || u->kind == U_LAMBDA) && u->n_consts > 0) {
        const_map[0] = 1;
        co->consts[n_consts++] = u->consts[0];
    }
    uint32_t n_caches = 0, n_exc = 0, pc = 0;
    block *cur_handler = NULL;
    uint32_t handler_start = 0;
    for (block *b = entry; b; b = b->next) {
        int depth = b->start_depth;
        for (uint32_t i = 0; i < b->n; i++, pc++) {
            instr *in = &b->ins[i];
            uint32_t arg = (uint32_t)in->arg;
            /* The value-stack depth before each instruction: a pickled frame's
             * saved stack is checked against it (pickle_state.c). */
            co->depths[pc] = depth < 0 || depth >= (int)JG_DEPTH_UNKNOWN ? JG_DEPTH_UNKNOWN
                                                                    : (uint16_t)depth;
            if (depth >= 0)
                depth += jg_opcode_stack_effect(in->op, arg, false);
            if (in->target) {
                arg = in->target->offset;
                if (arg >= n_code) {
                    internal_error(c, "jump past the end of the code");
                    goto fail;
                }
            } else if (in->op == JG_OP_LOAD_CONST) {
                if (!const_map[arg]) {
                    co->consts[n_consts] = u->consts[arg];
                    const_map[arg] = ++n_consts;
                }
                arg = const_map[arg] - 1;
            } else if (has_cache(in->op)) {
                jg_icache *ic = &co->caches[n_caches];
                memset(ic, 0, sizeof *ic);
                ic->name = u->cache_names[arg];
                arg = n_caches++;
            } else if (is_deref(in->op)) {
                arg += n_locals;
            }
            co->code[pc] = JG_INS(in->op, arg);
            set_position(co, pc, &in->loc, u->first_line);
            /* Exception table: one entry per run of instructions with the
             * same handler. */
            if (in->handler != cur_handler) {
                if (cur_handler && !exc_entry(c, co, &n_exc, handler_start, pc, cur_handler))
                    goto fail;
                cur_handler = in->handler;
                handler_start = pc;
            }
        }
    }
    if (cur_handler && !exc_entry(c, co, &n_exc, handler_start, pc, cur_handler))
        goto fail;

    co->n_code = n_code;
    /* Resume points (code.h depths), from the plain instructions. */
    for (uint32_t i = 0; i < n_code; i++) {
        if (i == 0 || !jg_opcode_never_suspends((int)JG_OP(co->code[i - 1])))
            co->depths[i] |= JG_DEPTH_RESUME;
        uint32_t ins = co->code[i];
        if (jg_opcode_is_jump((int)JG_OP(ins)) && JG_ARG(ins) <= i)
            co->depths[JG_ARG(ins)] |= JG_DEPTH_RESUME; /* a loop head: a safepoint */
    }
    jg_superinstr_fuse(co->code, n_code);
    co->n_consts = n_consts;
    co->n_caches = n_caches;
    co->n_exc = n_exc;
    co->n_names = u->n_names;
    if (u->n_names)
        memcpy(co->names, u->names, u->n_names * sizeof(jg_str *));
    co->n_args = u->n_args;
    co->n_posonly = u->n_posonly;
    co->n_kwonly = u->n_kwonly;
    co->flags = code_flags(u);
    co->n_locals = n_locals;
    co->n_cells = u->n_cells;
    co->n_frees = u->n_frees;
    co->stacksize = (uint32_t)maxdepth;
    for (uint32_t i = 0; i < n_slots; i++) {
        const char *name = i < n_locals                ? u->varnames[i]
                           : i < n_locals + u->n_cells ? u->cellvars[i - n_locals]
                                                       : u->freevars[i - n_locals - u->n_cells];
        co->slot_names[i] = intern(c, name, strlen(name));
    }
    for (uint32_t i = 0; i < u->n_cells; i++) {
        int32_t k = lookup_in(u->varnames, u->ste->n_params, u->cellvars[i]);
        co->cell_from_arg[i] = k;
    }
    co->name = intern(c, u->name, strlen(u->name));
    co->qualname = intern(c, u->qualname, strlen(u->qualname));
    co->filename = c->filename_str;
    co->source = c->source;
    co->first_line = u->first_line;
    if (failed(c))
        goto fail;
    free(const_map);
    return co;
fail:
    free(const_map);
    free_code_arrays(co);
    return NULL;
}

/* Post-order numbering of the code tree (children in constant order). */
static void number_codes(jg_vm *vm, jg_code *co, uint32_t *next)
{
    for (uint32_t i = 0; i < co->n_consts; i++) {
        jg_value v = co->consts[i];
        if (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.code)
            number_codes(vm, (jg_code *)jg_obj_of(v), next);
    }
    co->index = (*next)++;
}

/* ---------------------------------------------------------------- entry point */

/* Compiles module 'module_ast' (a jg_module_ast) into *out; the contract is in
 * code.h.  On failure nothing is kept but garbage for the collector. */
jg_status jg_compile_module(jg_vm *vm, const void *module_ast, jg_str *source, jg_str *filename,
                            jg_code **out, jg_err *err)
{
    const jg_module_ast *m = module_ast;
    *out = NULL;
    compiler c = {0};
    c.vm = vm;
    c.err = err;
    c.filename = filename ? filename->data : m->filename;
    c.source = source;
    jg_status st = jg_symtable_build(m, &c.st, err);
    if (st != JG_OK) {
        if (st == JG_ERR_SYNTAX && err && !err->where[0])
            snprintf(err->where, sizeof err->where, "%s", c.filename ? c.filename : "");
        return st;
    }
    c.arena = jg_arena_new();
    if (!c.arena) {
        jg_symtable_free(&c.st);
        return jg_fail(err, JG_ERR_NOMEM, "out of memory during compilation");
    }
    c.filename_str = filename;
    if (!c.filename_str)
        c.filename_str = intern(&c, c.filename ? c.filename : "",
                                c.filename ? strlen(c.filename) : 0);
    jg_code *co = NULL;
    if (!failed(&c) && enter_scope(&c, "<module>", U_MODULE, m, 1)) {
        if (m->body.n)
            c.u->loc = line_loc(m->body.items[0]->line);
        visit_body(&c, &m->body);
        co = assemble(&c);
        exit_scope(&c);
    }
    jg_arena_free(&c.arena);
    jg_symtable_free(&c.st);
    if (failed(&c) || !co)
        return failed(&c) ? c.status : jg_fail(err, JG_ERR_NOMEM, "out of memory");
    uint32_t next = 0;
    number_codes(vm, co, &next);
    *out = co;
    return JG_OK;
}
