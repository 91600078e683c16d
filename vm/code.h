/*
 * vm/code.h - code objects: what the compiler produces for each function,
 * lambda, comprehension, class body and module, and what a frame runs.
 *
 * A frame's slots are laid out as
 *     [0, n_locals)                    plain locals; parameters first
 *     [n_locals, n_locals + n_cells)   cells of variables captured by inner functions
 *     [.., + n_frees)                  cells of free variables (from func->closure)
 *     [n_slots, n_slots + stacksize)   the value stack
 * where n_slots = n_locals + n_cells + n_frees.  Parameters come in the order
 * positional (incl. positional-only), keyword-only, *args, **kwargs.  A
 * parameter that is also a cell variable keeps its plain slot (holding the
 * argument) and its cell slot; at frame entry the interpreter copies the
 * argument into a new cell (cell_from_arg).
 *
 * Code objects are heap objects (JG_K_CODE).  A module's code objects are
 * numbered depth-first in the order the compiler finishes them ('index'), so
 * a pickle names a function as (module code hash, index) - DESIGN.md.
 *
 * Invariant: every jump target, exception-table target and resume offset is
 * < n_code, and stacksize bounds the value stack at every instruction.
 */
#ifndef JG_CODE_H
#define JG_CODE_H

#include "object.h"

/* jg_code.flags */
enum {
    JG_CO_VARARGS = 1 << 0,   /* has *args */
    JG_CO_VARKW = 1 << 1,     /* has **kwargs */
    JG_CO_GENERATOR = 1 << 2, /* calling it makes a generator */
    JG_CO_NESTED = 1 << 3,    /* defined inside a function */
    JG_CO_MODULE = 1 << 4,    /* module body: names resolve through the locals dict */
    JG_CO_CLASS = 1 << 5,     /* class body */
    JG_CO_COMPREHENSION = 1 << 6,
    JG_CO_LAMBDA = 1 << 7,
    JG_CO_HIDDEN = 1 << 8,    /* prelude code: left out of tracebacks (set by module.c) */
};

/* An exception handler covering instructions [start, end). */
typedef struct {
    uint32_t start, end;
    uint32_t target;
    uint16_t depth; /* value-stack entries kept below the pushed exception */
    uint16_t lasti; /* 1: push the raising instruction's index (an int) first */
} jg_exc_entry;

/*
 * Where an instruction's source text is, beyond its start line (in 'lines'):
 * CPython 3.11's co_positions().  Columns are 0-based UTF-8 byte offsets into
 * their lines, end_col one past the last byte; the end line is kept as its
 * distance from the start line.  A field equal to JG_POS_NONE is unknown:
 * CPython's None, or a value too large for 16 bits (a column past 65534, an
 * expression spanning more lines than that), which only costs the caret line
 * of a traceback.  6 bytes per instruction, parallel to 'code'.
 */
typedef struct {
    uint16_t end_line_delta;
    uint16_t col;
    uint16_t end_col;
} jg_code_pos;

#define JG_POS_NONE UINT16_MAX
#define JG_DEPTH_UNKNOWN 0x7fffu
#define JG_DEPTH_RESUME 0x8000u
#define JG_DEPTH_OF(d) ((d) & 0x7fffu)

/* Inline cache of LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD and
 * LOAD_GLOBAL.  The compiler fills 'name'; the interpreter owns the rest and
 * validates every hit by version/id, never by pointer. */
typedef struct {
    uint32_t name;       /* index into names */
    uint32_t type_version;
    uint32_t shape_id;
    uint32_t index;
    uint64_t dict_version;  /* LOAD_GLOBAL: globals version + 1; LOAD_ATTR: the shape */
    uint64_t dict_version2; /* LOAD_GLOBAL: builtins version + 1; module attributes: the
                               module dict's version */
    jg_value value;      /* cached result (not traced: revalidated before use) */
} jg_icache;

struct jg_code {
    jg_obj hdr;
    uint32_t *code;        /* instructions, malloc'd */
    uint32_t n_code;
    int32_t *lines;        /* source line per instruction (parallel to code) */
    jg_code_pos *pos;      /* rest of each instruction's position (parallel to code) */
    jg_value *consts;      /* n_consts values, malloc'd; nested code objects are here */
    uint32_t n_consts;
    jg_str **names;        /* attribute/global names, malloc'd */
    uint32_t n_names;
    jg_icache *caches;
    uint32_t n_caches;
    jg_exc_entry *exc_table; /* sorted by start; innermost handler first when nested */
    uint32_t n_exc;
    uint16_t *depths;      /* value-stack depth before each instruction, parallel to
                              'code' (JG_DEPTH_OF), JG_DEPTH_UNKNOWN where never
                              reached; JG_DEPTH_RESUME marks where a suspended
                              frame may resume: after an instruction that can
                              suspend it, at a loop head or at the start */

    uint32_t n_args;       /* positional parameters, including positional-only */
    uint32_t n_posonly;
    uint32_t n_kwonly;
    uint32_t flags;        /* JG_CO_* */
    uint32_t n_locals, n_cells, n_frees;
    uint32_t stacksize;
    jg_str **slot_names;   /* n_locals + n_cells + n_frees names */
    int32_t *cell_from_arg; /* n_cells entries: parameter slot to copy, or -1 */

    jg_str *name;          /* "f", "<lambda>", "<listcomp>", "<module>", class name */
    jg_str *qualname;      /* "C.f", "f.<locals>.g" */
    jg_str *filename;
    int first_line;
    uint32_t index;        /* position in its module's code list (pickles) */
    jg_str *source;        /* the whole module source, for traceback lines; shared */
    uint8_t module_hash[32]; /* BLAKE2b-256 of source + compiler version (module code) */
    /* jg_pickle_named_function's last answer for a function whose qualname
     * is its name: what its module's dict held under that name while the
     * dict's version was 'named_version'.  A version is never reused, so a
     * match means the same dict, unchanged, still holding it: 'named_func' is
     * not traced, and is read only after the version matched. */
    uint64_t named_version;
    jg_value named_func;
};

/* Number of slots a frame for 'c' needs besides the value stack. */
static inline uint32_t jg_code_n_slots(const jg_code *c)
{
    return c->n_locals + c->n_cells + c->n_frees;
}

/*
 * Compiles a parsed module into its code object.  'source' is kept for
 * tracebacks.  Returns JG_OK and *out, or JG_ERR_SYNTAX with err filled the
 * way the parser fills it (err->msg starts with the exception class name:
 * "SyntaxError: 'return' outside function").  The collector is paused by the
 * caller while this runs.
 */
struct jg_module_ast;
JG_INTERNAL jg_status jg_compile_module(jg_vm *vm, const void *module_ast, jg_str *source,
                                        jg_str *filename, jg_code **out, jg_err *err);

/* Writes a disassembly of 'c' and its nested code objects to 'out' (FILE *). */
JG_INTERNAL void jg_code_disassemble(jg_vm *vm, const jg_code *c, void *out);

/* Source line of instruction 'i' of 'c'. */
static inline int jg_code_line(const jg_code *c, uint32_t i)
{
    return i < c->n_code ? c->lines[i] : c->first_line;
}

/* The source position of instruction 'i' of 'c', as CPython's co_positions()
 * gives it: start and end line, start and end column (0-based UTF-8 byte
 * offsets).  A part that is not known is -1; all are -1 when 'i' is out of
 * range. */
typedef struct {
    int line, end_line, col, end_col;
} jg_srcpos;

static inline jg_srcpos jg_code_position(const jg_code *c, uint32_t i)
{
    jg_srcpos p = {-1, -1, -1, -1};
    if (i >= c->n_code)
        return p;
    p.line = c->lines[i];
    if (!c->pos)
        return p;
    const jg_code_pos *q = &c->pos[i];
    if (q->end_line_delta != JG_POS_NONE)
        p.end_line = p.line + q->end_line_delta;
    if (q->col != JG_POS_NONE)
        p.col = q->col;
    if (q->end_col != JG_POS_NONE)
        p.end_col = q->end_col;
    return p;
}

#endif
