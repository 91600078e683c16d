/*
 * vm/code.c - the code object type: its collector hooks, the opcode name and
 * meaning tables derived from JG_OPCODES, and the disassembler behind
 * `jumpgate dis`.
 *
 * A code object owns its malloc'd arrays (instructions, lines, positions,
 * constants, names, caches, exception table, slot names, cell_from_arg) and
 * frees them in its finalize hook; the heap objects those arrays reference
 * are marked by its trace hook.  Inline-cache values are not traced: the
 * interpreter revalidates them before every use (code.h).
 *
 * Invariant: a code object's arrays are either NULL or hold exactly the counts
 * recorded next to them.
 */
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "superinstr.h"
#include "vm.h"

const char *const jg_opcode_names[JG_N_OPCODES] = {
#define JG_OP_NAME(name, doc) #name,
    JG_OPCODES(JG_OP_NAME)
#undef JG_OP_NAME
};

const char *const jg_opcode_docs[JG_N_OPCODES] = {
#define JG_OP_DOC(name, doc) doc,
    JG_OPCODES(JG_OP_DOC)
#undef JG_OP_DOC
};

/* ---------------------------------------------------------------- type hooks */

static void code_trace(jg_vm *vm, jg_obj *o)
{
    jg_code *co = (jg_code *)o;
    if (co->consts)
        jg_gc_mark_values(vm, co->consts, co->n_consts);
    for (uint32_t i = 0; co->names && i < co->n_names; i++)
        jg_gc_mark_obj(vm, co->names[i]);
    uint32_t n_slots = jg_code_n_slots(co);
    for (uint32_t i = 0; co->slot_names && i < n_slots; i++)
        jg_gc_mark_obj(vm, co->slot_names[i]);
    jg_gc_mark_obj(vm, co->name);
    jg_gc_mark_obj(vm, co->qualname);
    jg_gc_mark_obj(vm, co->filename);
    jg_gc_mark_obj(vm, co->source);
}

static void code_finalize(jg_vm *vm, jg_obj *o)
{
    (void)vm;
    jg_code *co = (jg_code *)o;
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
    co->n_code = co->n_consts = co->n_names = co->n_caches = co->n_exc = 0;
}

const jg_type_hooks jg_code_hooks = {.trace = code_trace, .finalize = code_finalize};

/* ---------------------------------------------------------------- lookup */

static bool is_code(const jg_code *parent, jg_value v)
{
    return jg_is_obj(v) && jg_obj_of(v)->type == parent->hdr.type;
}

/* The code numbered 'index' under 'module', or NULL (compile.h). */
const jg_code *jg_code_by_index(const jg_code *module, uint32_t index)
{
    if (!module)
        return NULL;
    if (module->index == index)
        return module;
    /* Post-order numbering: a subtree holds a contiguous range of indexes
     * ending at its root, so only one child can contain 'index'. */
    for (uint32_t i = 0; i < module->n_consts; i++) {
        jg_value v = module->consts[i];
        if (!is_code(module, v))
            continue;
        const jg_code *child = (const jg_code *)jg_obj_of(v);
        if (index <= child->index)
            return jg_code_by_index(child, index);
    }
    return NULL;
}

/* ---------------------------------------------------------------- disassembler */

static void print_str(FILE *f, const jg_str *s)
{
    if (s)
        fwrite(s->data, 1, s->len, f);
    else
        fputs("?", f);
}

static void print_const(jg_vm *vm, FILE *f, const jg_code *co, jg_value v)
{
    if (is_code(co, v)) {
        const jg_code *child = (const jg_code *)jg_obj_of(v);
        fputs("<code object ", f);
        print_str(f, child->name);
        fprintf(f, ", line %d, index %u>", child->first_line, child->index);
        return;
    }
    jg_str *r = NULL;
    if (jg_repr(vm, v, &r) == JG_OK && r) {
        print_str(f, r);
    } else {
        jg_clear_exc(vm);
        fputs("<unprintable constant>", f);
    }
}

static const char *const cmp_names[] = {"==", "!=", "<", "<=", ">", ">="};

/* Whether the argument of 'op' is an instruction index (compile.h). */
bool jg_opcode_is_jump(int op)
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

/* Whether 'op' never runs Python code nor switches tasklets, so no frame is
 * ever suspended right after it (compile.h). */
bool jg_opcode_never_suspends(int op)
{
    switch (op) {
        case JG_OP_NOP:
        case JG_OP_POP_TOP:
        case JG_OP_COPY:
        case JG_OP_SWAP:
        case JG_OP_LOAD_CONST:
        case JG_OP_LOAD_FAST:
        case JG_OP_LOAD_FAST_ESCAPE:
        case JG_OP_STORE_FAST:
        case JG_OP_LOAD_DEREF:
        case JG_OP_STORE_DEREF:
        case JG_OP_LOAD_CLOSURE:
        case JG_OP_MAKE_FUNCTION:
        case JG_OP_LOAD_BUILD_CLASS:
        case JG_OP_BUILD_TUPLE:
        case JG_OP_BUILD_LIST:
        case JG_OP_BUILD_SLICE:
        case JG_OP_BUILD_STRING:
        case JG_OP_LIST_APPEND:
        case JG_OP_LIST_TO_TUPLE:
        case JG_OP_IS_OP:
        case JG_OP_PUSH_EXC_INFO:
        case JG_OP_POP_EXCEPT:
        case JG_OP_RETURN_VALUE:
            return true;
        default:
            return false;
    }
}

/* The meaning of the argument of instruction 'ins', in parentheses. */
static void print_arg_meaning(jg_vm *vm, FILE *f, const jg_code *co, uint32_t ins)
{
    int op = (int)JG_OP(ins);
    uint32_t arg = JG_ARG(ins);
    uint32_t n_slots = jg_code_n_slots(co);
    switch (op) {
        case JG_OP_LOAD_CONST:
            fputs(" (", f);
            if (arg < co->n_consts)
                print_const(vm, f, co, co->consts[arg]);
            else
                fputs("<bad constant>", f);
            fputs(")", f);
            return;
        case JG_OP_LOAD_FAST:
        case JG_OP_LOAD_FAST_ESCAPE:
        case JG_OP_INPLACE_ADD_APPEND:
        case JG_OP_STORE_FAST:
        case JG_OP_DELETE_FAST:
        case JG_OP_LOAD_DEREF:
        case JG_OP_STORE_DEREF:
        case JG_OP_DELETE_DEREF:
        case JG_OP_LOAD_CLOSURE:
        case JG_OP_LOAD_CLASSDEREF:
            fputs(" (", f);
            if (arg < n_slots)
                print_str(f, co->slot_names[arg]);
            else
                fputs("<bad slot>", f);
            fputs(")", f);
            return;
        case JG_OP_LOAD_GLOBAL:
        case JG_OP_LOAD_ATTR:
        case JG_OP_STORE_ATTR:
        case JG_OP_DELETE_ATTR:
        case JG_OP_LOAD_METHOD:
            fputs(" (", f);
            if (arg < co->n_caches && co->caches[arg].name < co->n_names)
                print_str(f, co->names[co->caches[arg].name]);
            else
                fputs("<bad cache>", f);
            fputs(")", f);
            return;
        case JG_OP_STORE_GLOBAL:
        case JG_OP_DELETE_GLOBAL:
        case JG_OP_LOAD_NAME:
        case JG_OP_STORE_NAME:
        case JG_OP_DELETE_NAME:
        case JG_OP_IMPORT_NAME:
        case JG_OP_IMPORT_FROM:
            fputs(" (", f);
            if (arg < co->n_names)
                print_str(f, co->names[arg]);
            else
                fputs("<bad name>", f);
            fputs(")", f);
            return;
        case JG_OP_COMPARE_OP:
            fprintf(f, " (%s)", arg < 6 ? cmp_names[arg] : "?");
            return;
        case JG_OP_IS_OP:
            fputs(arg ? " (is not)" : " (is)", f);
            return;
        case JG_OP_CONTAINS_OP:
            fputs(arg ? " (not in)" : " (in)", f);
            return;
        case JG_OP_FORMAT_VALUE: {
            static const char *const conv[] = {"", "str", "repr", "ascii"};
            const char *c = conv[arg & 3];
            if (arg & 4)
                fprintf(f, " (%s%swith format)", c, *c ? ", " : "");
            else if (*c)
                fprintf(f, " (%s)", c);
            return;
        }
        case JG_OP_MAKE_FUNCTION: {
            const char *sep = " (";
            if (arg & 0x01) {
                fprintf(f, "%sdefaults", sep);
                sep = ", ";
            }
            if (arg & 0x02) {
                fprintf(f, "%skwdefaults", sep);
                sep = ", ";
            }
            if (arg & 0x08) {
                fprintf(f, "%sclosure", sep);
                sep = ", ";
            }
            if (*sep == ',')
                fputs(")", f);
            return;
        }
        case JG_OP_CALL_EX:
            if (arg & 1)
                fputs(" (with kwargs)", f);
            return;
        case JG_OP_UNPACK_EX:
            fprintf(f, " (%u before, %u after)", arg & 0xFF, arg >> 8);
            return;
        case JG_OP_YIELD_VALUE:
            if (arg)
                fputs(" (in yield from)", f);
            return;
        case JG_OP_RAISE_VARARGS:
            fputs(arg == 0 ? " (reraise)" : arg == 1 ? " (exception)" : " (exception, cause)", f);
            return;
        default:
            if (jg_opcode_is_jump(op))
                fprintf(f, " (to %u)", arg);
            return;
    }
}

/* Whether 'op' uses its argument at all (compile.h). */
bool jg_opcode_has_arg(int op)
{
    switch (op) {
        case JG_OP_NOP:
        case JG_OP_POP_TOP:
        case JG_OP_LOAD_BUILD_CLASS:
        case JG_OP_RETURN_VALUE:
        case JG_OP_GET_YIELD_FROM_ITER:
        case JG_OP_LIST_TO_TUPLE:
        case JG_OP_BINARY_SUBSCR:
        case JG_OP_STORE_SUBSCR:
        case JG_OP_DELETE_SUBSCR:
        case JG_OP_GET_ITER:
        case JG_OP_PUSH_EXC_INFO:
        case JG_OP_POP_EXCEPT:
        case JG_OP_CHECK_EXC_MATCH:
        case JG_OP_LOAD_ASSERTION_ERROR:
        case JG_OP_BEFORE_WITH:
        case JG_OP_WITH_EXCEPT_START:
        case JG_OP_IMPORT_STAR:
        case JG_OP_SETUP_ANNOTATIONS:
        case JG_OP_GET_LEN:
            return false;
        default:
            if (op >= JG_OP_BINARY_ADD && op <= JG_OP_UNARY_INVERT)
                return false;
            return true;
    }
}

static void print_flags(FILE *f, uint32_t flags)
{
    static const char *const names[] = {"VARARGS", "VARKW",         "GENERATOR",
                                        "NESTED",  "MODULE",        "CLASS",
                                        "COMPREHENSION", "LAMBDA", "HIDDEN"};
    const char *sep = "";
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++) {
        if (flags & (1u << i)) {
            fprintf(f, "%s%s", sep, names[i]);
            sep = "|";
        }
    }
    if (!*sep)
        fputs("0", f);
}

static void print_slot_list(FILE *f, const char *label, jg_str *const *names, uint32_t n)
{
    if (!n)
        return;
    fprintf(f, "  %s:", label);
    for (uint32_t i = 0; i < n; i++) {
        fputc(' ', f);
        print_str(f, names[i]);
    }
    fputc('\n', f);
}

static void disassemble_one(jg_vm *vm, const jg_code *co, FILE *f)
{
    fputs("Disassembly of <code object ", f);
    print_str(f, co->qualname);
    fputs(", file \"", f);
    print_str(f, co->filename);
    fprintf(f, "\", line %d> (index %u):\n", co->first_line, co->index);
    fprintf(f, "  args %u (posonly %u, kwonly %u), locals %u, cells %u, frees %u, stacksize %u, "
               "flags ",
            co->n_args, co->n_posonly, co->n_kwonly, co->n_locals, co->n_cells, co->n_frees,
            co->stacksize);
    print_flags(f, co->flags);
    fputc('\n', f);
    if (co->slot_names) {
        print_slot_list(f, "locals", co->slot_names, co->n_locals);
        print_slot_list(f, "cells", co->slot_names + co->n_locals, co->n_cells);
        print_slot_list(f, "frees", co->slot_names + co->n_locals + co->n_cells, co->n_frees);
        for (uint32_t i = 0; co->cell_from_arg && i < co->n_cells; i++)
            if (co->cell_from_arg[i] >= 0)
                fprintf(f, "  cell %u starts as argument %d\n", co->n_locals + i,
                        co->cell_from_arg[i]);
    }

    /* Jump targets, marked '>>' as dis does. */
    bool *is_target = calloc(co->n_code + 1, sizeof(bool));
    for (uint32_t i = 0; is_target && i < co->n_code; i++) {
        uint32_t ins = co->code[i];
        if (jg_opcode_is_jump((int)JG_OP(ins)) && JG_ARG(ins) < co->n_code)
            is_target[JG_ARG(ins)] = true;
    }
    for (uint32_t k = 0; is_target && k < co->n_exc; k++)
        if (co->exc_table[k].target < co->n_code)
            is_target[co->exc_table[k].target] = true;

    int prev_line = -1;
    for (uint32_t i = 0; i < co->n_code; i++) {
        uint32_t ins = jg_superinstr_plain(co->code[i]); /* as the compiler emitted it */
        int op = (int)JG_OP(ins);
        int line = co->lines ? co->lines[i] : 0;
        if (line != prev_line) {
            if (i > 0)
                fputc('\n', f);
            fprintf(f, "%4d ", line);
            prev_line = line;
        } else {
            fputs("     ", f);
        }
        fprintf(f, "%s %5u %-24s", is_target && is_target[i] ? ">>" : "  ", i,
                op < JG_N_OPCODES ? jg_opcode_names[op] : "<bad opcode>");
        if (op < JG_N_OPCODES && jg_opcode_has_arg(op)) {
            fprintf(f, " %u", JG_ARG(ins));
            print_arg_meaning(vm, f, co, ins);
        }
        fputc('\n', f);
    }
    free(is_target);
    if (co->n_exc) {
        fputs("ExceptionTable:\n", f);
        for (uint32_t k = 0; k < co->n_exc; k++) {
            const jg_exc_entry *x = &co->exc_table[k];
            fprintf(f, "  %u to %u -> %u [%u]%s\n", x->start, x->end ? x->end - 1 : 0, x->target,
                    x->depth, x->lasti ? " lasti" : "");
        }
    }
}

/* Writes the listing of 'co' and, after it, of every code object nested in
 * it, to the FILE * 'out' (code.h).  Borrows everything; raises nothing. */
void jg_code_disassemble(jg_vm *vm, const jg_code *co, void *out)
{
    FILE *f = out;
    disassemble_one(vm, co, f);
    for (uint32_t i = 0; i < co->n_consts; i++) {
        jg_value v = co->consts[i];
        if (is_code(co, v)) {
            fputc('\n', f);
            jg_code_disassemble(vm, (const jg_code *)jg_obj_of(v), f);
        }
    }
}
