/*
 * vm/exc.c - exception objects, raising them from C, and printing tracebacks
 * the way CPython 3.11 prints them.
 *
 * A raised exception travels in vm->exc while JG_RAISED propagates through C
 * and through the interpreter's unwinding; each frame it passes through adds a
 * (code, line, instruction) entry to the exception's traceback (innermost
 * first, printed reversed: "most recent call last").  The instruction picks
 * the source position the caret line under a traceback's source line marks
 * (CPython's Python/traceback.c, reproduced byte for byte).
 *
 * e->tb is one allocation: cap_tb jg_tb_entry records followed by cap_tb
 * uint32_t instruction indexes (TB_NO_INSTR when not known), so an entry's
 * instruction lives beside it without widening jg_tb_entry.
 *
 * Invariant: vm->exc is JG_NONE exactly when no exception is propagating.
 */
#include "exc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "instance.h"
#include "interp.h"
#include "object_impl.h"

/* The instruction of a traceback entry added without one. */
#define TB_NO_INSTR UINT32_MAX

/* Bytes of a traceback allocation holding 'cap' entries. */
static size_t tb_size(uint32_t cap)
{
    return cap * (sizeof(jg_tb_entry) + sizeof(uint32_t));
}

/* The instruction indexes, parallel to e->tb. */
static uint32_t *tb_instrs(const jg_exc *e)
{
    return (uint32_t *)(void *)(e->tb + e->cap_tb);
}

/* ---------------------------------------------------------------- objects */

static void exc_trace(jg_vm *vm, jg_obj *o)
{
    jg_exc *e = (jg_exc *)o;
    jg_gc_mark_obj(vm, e->attrs);
    jg_gc_mark_obj(vm, e->args);
    jg_gc_mark_value(vm, e->cause);
    jg_gc_mark_value(vm, e->context);
    jg_gc_mark_value(vm, e->value);
    for (uint32_t i = 0; i < e->n_tb; i++)
        jg_gc_mark_obj(vm, e->tb[i].code);
    jg_gc_mark_obj(vm, e->hint_name);
    jg_gc_mark_value(vm, e->hint_obj);
    jg_gc_mark_obj(vm, e->hint_code);
    jg_gc_mark_obj(vm, e->hint_globals);
}

static void exc_finalize(jg_vm *vm, jg_obj *o)
{
    jg_exc *e = (jg_exc *)o;
    jg_mem_free(vm, e->tb, tb_size(e->cap_tb));
}

jg_exc *jg_exc_alloc(jg_vm *vm, jg_type *type)
{
    jg_exc *e = jg_gc_alloc(vm, type, sizeof(jg_exc));
    if (!e)
        return NULL;
    e->cause = JG_NONE;
    e->context = JG_NONE;
    e->value = JG_NONE;
    e->hint_obj = JG_UNDEF;
    e->args = jg_tuple_new(vm, 0);
    return e->args ? e : NULL;
}

jg_status jg_exc_new(jg_vm *vm, jg_type *type, jg_tuple *args, jg_value *out)
{
    jg_exc *e = jg_exc_alloc(vm, type);
    if (!e)
        return jg_raise_nomem(vm);
    if (args)
        e->args = args;
    jg_exc_set_derived(vm, e);
    *out = jg_obj_value(e);
    return JG_OK;
}

/* StopIteration.value and SystemExit.code follow args[0] as in CPython. */
void jg_exc_set_derived(jg_vm *vm, jg_exc *e)
{
    if (jg_type_is_subtype(e->hdr.type, vm->t.StopIteration)) {
        e->value = e->args->len > 0 ? e->args->items[0] : JG_NONE;
    } else if (jg_type_is_subtype(e->hdr.type, vm->t.SystemExit)) {
        if (e->args->len == 0)
            e->value = JG_NONE;
        else if (e->args->len == 1)
            e->value = e->args->items[0];
        else
            e->value = jg_obj_value(e->args);
    }
}

/* Appends an entry; 'instr' may be TB_NO_INSTR. */
static jg_status add_tb(jg_vm *vm, jg_exc *e, jg_code *code, int line, uint32_t instr)
{
    if (e->n_tb == e->cap_tb) {
        /* The instruction array sits after the entries, so growing moves it. */
        uint32_t cap = e->cap_tb ? e->cap_tb * 2 : 8;
        jg_tb_entry *tb = jg_mem_alloc(vm, tb_size(cap));
        if (!tb)
            return JG_ERR_NOMEM; /* the traceback loses a line, nothing else */
        if (e->n_tb) {
            memcpy(tb, e->tb, e->n_tb * sizeof *tb);
            memcpy(tb + cap, tb_instrs(e), e->n_tb * sizeof(uint32_t));
        }
        jg_mem_free(vm, e->tb, tb_size(e->cap_tb));
        e->tb = tb;
        e->cap_tb = cap;
    }
    e->tb[e->n_tb].code = code;
    e->tb[e->n_tb].line = line;
    tb_instrs(e)[e->n_tb] = instr;
    e->n_tb++;
    return JG_OK;
}

/* An entry for the frame running 'code' at instruction 'instr' (exc.h). */
jg_status jg_exc_add_tb_at(jg_vm *vm, jg_exc *e, jg_code *code, uint32_t instr)
{
    uint32_t known = instr < code->n_code ? instr : TB_NO_INSTR;
    return add_tb(vm, e, code, jg_code_line(code, instr), known);
}

/* The instruction of traceback entry 'i' (exc.h). */
uint32_t jg_exc_tb_instr(const jg_exc *e, uint32_t i)
{
    return tb_instrs(e)[i];
}

/* ---------------------------------------------------------------- raising */

void jg_exc_set_import_info(jg_vm *vm, jg_str *name, jg_value path)
{
    if (!jg_is_obj(vm->exc) || jg_obj_of(vm->exc)->type->kind != JG_K_EXC)
        return;
    jg_exc *e = JG_AS(jg_exc, vm->exc);
    e->hint_name = name;
    e->value = path;
}

/* Sets 'exc' (an instance) as the propagating exception, chaining the one
 * being handled as its __context__ as CPython does. */
jg_status jg_raise_set(jg_vm *vm, jg_value exc)
{
    jg_exc *e = JG_AS(jg_exc, exc);
    jg_value handled = vm->cur ? vm->cur->handled : JG_NONE;
    if (handled != JG_NONE && handled != exc && e->context == JG_NONE) {
        /* Avoid a cycle: cut the chain where it would reach 'exc' again. */
        jg_value o = handled;
        while (jg_is_obj(o)) {
            jg_exc *x = JG_AS(jg_exc, o);
            if (x->context == exc) {
                x->context = JG_NONE;
                break;
            }
            o = x->context;
        }
        e->context = handled;
    }
    vm->exc = exc;
    return JG_RAISED;
}

jg_status jg_raise(jg_vm *vm, jg_type *type, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof buf)
        n = sizeof buf - 1;
    jg_str *msg = jg_str_new(vm, buf, (size_t)n);
    jg_tuple *args = msg ? jg_tuple_new(vm, 1) : NULL;
    if (!args)
        return jg_raise_nomem(vm);
    args->items[0] = jg_obj_value(msg);
    jg_value exc;
    if (jg_exc_new(vm, type, args, &exc) != JG_OK)
        return JG_RAISED;
    return jg_raise_set(vm, exc);
}

jg_status jg_raise_value(jg_vm *vm, jg_value v)
{
    if (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.type &&
        jg_type_is_subtype((jg_type *)jg_as_obj(v), vm->t.BaseException)) {
        jg_type *t = (jg_type *)jg_as_obj(v);
        if (t->flags & JG_TF_USER && t->py_slots & JG_PS_INIT)
            return JG_NEEDS_PY; /* the interpreter instantiates it in Python */
        jg_value exc;
        if (jg_exc_new(vm, t, NULL, &exc) != JG_OK)
            return JG_RAISED;
        return jg_raise_set(vm, exc);
    }
    if (!jg_isinstance(vm, v, vm->t.BaseException))
        return jg_raise(vm, vm->t.TypeError, "exceptions must derive from BaseException");
    return jg_raise_set(vm, v);
}

jg_status jg_raise_nomem(jg_vm *vm)
{
    /* Allocating the MemoryError may fail too: a preallocated instance would
     * be better; until then the message is lost but the status is not. */
    jg_value exc;
    jg_exc *e = jg_gc_alloc(vm, vm->t.MemoryError, sizeof(jg_exc));
    if (e) {
        e->cause = e->context = e->value = JG_NONE;
        e->args = jg_tuple_new(vm, 0);
        if (e->args) {
            exc = jg_obj_value(e);
            vm->exc = exc;
        }
    }
    return JG_RAISED;
}

jg_status jg_raise_key_error(jg_vm *vm, jg_value key)
{
    jg_tuple *args = jg_tuple_new(vm, 1);
    if (!args)
        return jg_raise_nomem(vm);
    args->items[0] = key;
    jg_value exc;
    if (jg_exc_new(vm, vm->t.KeyError, args, &exc) != JG_OK)
        return JG_RAISED;
    return jg_raise_set(vm, exc);
}

jg_status jg_raise_name_error(jg_vm *vm, jg_str *name, jg_code *code, jg_dict *globals)
{
    jg_raise(vm, vm->t.NameError, "name '%s' is not defined", name->data);
    if (jg_is_kind(vm->exc, JG_K_EXC)) {
        jg_exc *e = JG_AS(jg_exc, vm->exc);
        e->hint_name = name;
        e->hint_code = code;
        e->hint_globals = globals;
    }
    return JG_RAISED;
}

jg_status jg_raise_attr_error(jg_vm *vm, jg_value obj, jg_str *name, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    jg_raise(vm, vm->t.AttributeError, "%s", buf);
    if (jg_is_kind(vm->exc, JG_K_EXC)) {
        jg_exc *e = JG_AS(jg_exc, vm->exc);
        e->hint_name = name;
        e->hint_obj = obj;
    }
    return JG_RAISED;
}

bool jg_exc_matches(jg_vm *vm, jg_type *type)
{
    return vm->exc != JG_NONE && jg_isinstance(vm, vm->exc, type);
}

void jg_clear_exc(jg_vm *vm)
{
    vm->exc = JG_NONE;
}

/* ---------------------------------------------------------------- str/repr */

/* str(e) in C when no Python __str__ is involved. */
jg_status jg_exc_str(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_exc *e = JG_AS(jg_exc, self);
    if (e->args->len == 0) {
        *out = jg_str_new(vm, "", 0);
        return *out ? JG_OK : jg_raise_nomem(vm);
    }
    if (e->args->len == 1) {
        if (jg_type_is_subtype(e->hdr.type, vm->t.KeyError))
            return jg_repr(vm, e->args->items[0], out);
        return jg_str_of(vm, e->args->items[0], out);
    }
    return jg_repr(vm, jg_obj_value(e->args), out);
}

static jg_status exc_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_exc *e = JG_AS(jg_exc, self);
    jg_str *inner;
    jg_status st;
    if (e->args->len == 1) {
        st = jg_repr(vm, e->args->items[0], &inner);
    } else {
        st = jg_repr(vm, jg_obj_value(e->args), &inner);
    }
    if (st != JG_OK)
        return st;
    const char *name = e->hdr.type->name->data;
    size_t nlen = strlen(name);
    /* ValueError('x') ; ValueError() ; ValueError(1, 2) */
    const char *body = inner->data;
    size_t blen = inner->len;
    if (e->args->len == 0) {
        body = "()";
        blen = 2;
    }
    char *buf = jg_mem_alloc(vm, nlen + blen + 3);
    if (!buf)
        return jg_raise_nomem(vm);
    size_t n = 0;
    memcpy(buf, name, nlen);
    n += nlen;
    if (e->args->len == 1) {
        buf[n++] = '(';
        memcpy(buf + n, body, blen);
        n += blen;
        buf[n++] = ')';
    } else {
        memcpy(buf + n, body, blen);
        n += blen;
    }
    *out = jg_str_new(vm, buf, n);
    jg_mem_free(vm, buf, nlen + blen + 3);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static const jg_type_hooks exc_hooks = {
    .trace = exc_trace,
    .finalize = exc_finalize,
    .repr = exc_repr,
    .str = jg_exc_str,
};

const jg_type_hooks *jg_exc_hooks(void)
{
    return &exc_hooks;
}

/* ---------------------------------------------------------------- methods */

/* BaseException.__new__(cls, *args): args are kept whatever __init__ does. */
static jg_status exc_new_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                jg_value *out)
{
    if (nargs < 1 || !jg_is_obj(args[0]) || jg_obj_of(args[0])->type != vm->t.type)
        return jg_raise(vm, vm->t.TypeError, "BaseException.__new__(X): X is not a type object");
    jg_type *t = (jg_type *)jg_as_obj(args[0]);
    jg_exc *e = jg_exc_alloc(vm, t);
    if (!e)
        return jg_raise_nomem(vm);
    int n_kw = kwnames ? (int)kwnames->len : 0; /* keyword values end args: not in e.args */
    e->args = jg_tuple_from(vm, args + 1, (size_t)(nargs - 1 - n_kw));
    if (!e->args)
        return jg_raise_nomem(vm);
    jg_exc_set_derived(vm, e);
    *out = jg_obj_value(e);
    return JG_OK;
}

/* The keywords the constructors of 'e's family take, as CPython's:
 * AttributeError(name=, obj=), NameError(name=), ImportError(name=, path=). */
static jg_status exc_keywords(jg_vm *vm, jg_exc *e, const jg_value *values, jg_tuple *kwnames)
{
    jg_type *t = e->hdr.type;
    bool attr = jg_type_is_subtype(t, vm->t.AttributeError);
    bool import = jg_type_is_subtype(t, vm->t.ImportError);
    bool name_ok = attr || import || jg_type_is_subtype(t, vm->t.NameError);
    if (!name_ok)
        return jg_raise(vm, vm->t.TypeError, "%s() takes no keyword arguments", t->name->data);
    for (uint32_t i = 0; i < kwnames->len; i++) {
        jg_str *k = JG_AS(jg_str, kwnames->items[i]);
        jg_value v = values[i];
        if (strcmp(k->data, "name") == 0 && (v == JG_NONE || jg_is_kind(v, JG_K_STR))) {
            e->hint_name = v == JG_NONE ? NULL : JG_AS(jg_str, v);
        } else if (attr && strcmp(k->data, "obj") == 0) {
            e->hint_obj = v;
        } else if (import && strcmp(k->data, "path") == 0) {
            e->value = v;
        } else if (strcmp(k->data, "name") == 0) {
            return jg_raise(vm, vm->t.TypeError, "%s.name must be a str or None", t->name->data);
        } else {
            return jg_raise(vm, vm->t.TypeError, "'%s' is an invalid keyword argument for %s()",
                            k->data, t->name->data);
        }
    }
    return JG_OK;
}

static jg_status exc_init_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                 jg_value *out)
{
    jg_exc *e = JG_AS(jg_exc, args[0]);
    int n_kw = kwnames ? (int)kwnames->len : 0;
    nargs -= n_kw;
    if (n_kw && exc_keywords(vm, e, args + nargs, kwnames) != JG_OK)
        return JG_RAISED;
    jg_tuple *t = jg_tuple_from(vm, args + 1, (size_t)(nargs - 1));
    if (!t)
        return jg_raise_nomem(vm);
    e->args = t;
    jg_exc_set_derived(vm, e);
    *out = JG_NONE;
    return JG_OK;
}

static jg_status get_args(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_obj_value(JG_AS(jg_exc, args[0])->args);
    return JG_OK;
}
static jg_status get_cause(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = JG_AS(jg_exc, args[0])->cause;
    return JG_OK;
}
static jg_status get_context(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = JG_AS(jg_exc, args[0])->context;
    return JG_OK;
}
static jg_status get_value(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = JG_AS(jg_exc, args[0])->value;
    return JG_OK;
}
/* AttributeError/NameError/ImportError .name, AttributeError.obj, ImportError
 * .path and .msg: None until the raiser or the constructor sets them. */
static jg_status get_name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_str *n = JG_AS(jg_exc, args[0])->hint_name;
    *out = n ? jg_obj_value(n) : JG_NONE;
    return JG_OK;
}
static jg_status set_name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (args[1] != JG_NONE && !jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "%s.name must be a str or None",
                        jg_type_name(vm, args[0]));
    JG_AS(jg_exc, args[0])->hint_name = args[1] == JG_NONE ? NULL : JG_AS(jg_str, args[1]);
    *out = JG_NONE;
    return JG_OK;
}
static jg_status get_obj(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_value o = JG_AS(jg_exc, args[0])->hint_obj;
    *out = o == JG_UNDEF ? JG_NONE : o;
    return JG_OK;
}
static jg_status set_obj(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    JG_AS(jg_exc, args[0])->hint_obj = args[1];
    *out = JG_NONE;
    return JG_OK;
}
static jg_status set_value(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    JG_AS(jg_exc, args[0])->value = args[1];
    *out = JG_NONE;
    return JG_OK;
}
static jg_status get_msg(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_tuple *a = JG_AS(jg_exc, args[0])->args;
    *out = a->len == 1 ? a->items[0] : JG_NONE;
    return JG_OK;
}
static jg_status get_suppress(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_bool(JG_AS(jg_exc, args[0])->suppress_context);
    return JG_OK;
}
static jg_status set_args(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_exc *e = JG_AS(jg_exc, args[0]);
    if (jg_is_kind(args[1], JG_K_TUPLE)) {
        e->args = JG_AS(jg_tuple, args[1]);
    } else if (jg_is_kind(args[1], JG_K_LIST)) {
        jg_list *l = JG_AS(jg_list, args[1]);
        if (!(e->args = jg_tuple_from(vm, l->items, l->len)))
            return jg_raise_nomem(vm);
    } else {
        /* CPython converts any iterable; tuples and lists cover scripts. */
        if (!(e->args = jg_tuple_from(vm, &args[1], 1)))
            return jg_raise_nomem(vm);
    }
    jg_exc_set_derived(vm, e);
    *out = JG_NONE;
    return JG_OK;
}

static jg_status check_exc_or_none(jg_vm *vm, jg_value v, const char *what)
{
    if (v == JG_NONE || jg_isinstance(vm, v, vm->t.BaseException))
        return JG_OK;
    return jg_raise(vm, vm->t.TypeError, "exception %s must be None or derive from BaseException",
                    what);
}

static jg_status set_cause(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = check_exc_or_none(vm, args[1], "cause");
    if (st != JG_OK)
        return st;
    JG_AS(jg_exc, args[0])->cause = args[1];
    JG_AS(jg_exc, args[0])->suppress_context = true;
    *out = JG_NONE;
    return JG_OK;
}

static jg_status set_context(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = check_exc_or_none(vm, args[1], "context");
    if (st != JG_OK)
        return st;
    JG_AS(jg_exc, args[0])->context = args[1];
    *out = JG_NONE;
    return JG_OK;
}

static jg_status set_suppress(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    bool b;
    jg_status st = jg_truth(vm, args[1], &b);
    if (st != JG_OK)
        return st == JG_NEEDS_PY ? jg_raise(vm, vm->t.TypeError, "expected a bool") : st;
    JG_AS(jg_exc, args[0])->suppress_context = b;
    *out = JG_NONE;
    return JG_OK;
}

/* e.__traceback__: a small traceback object (tb_lineno, tb_next) or None. */
jg_value jg_exc_traceback(jg_vm *vm, jg_value exc)
{
    if (!jg_is_kind(exc, JG_K_EXC) || JG_AS(jg_exc, exc)->n_tb == 0 || !vm->traceback_type)
        return JG_NONE;
    jg_exc *e = JG_AS(jg_exc, exc);
    jg_cobj *tb = jg_gc_alloc(vm, vm->traceback_type, sizeof(jg_cobj));
    jg_dict *attrs = tb ? jg_dict_new(vm) : NULL;
    if (!attrs)
        return JG_NONE;
    tb->attrs = attrs;
    jg_dict_set_str(vm, attrs, jg_str_intern_cstr(vm, "tb_lineno"),
                    jg_int(e->tb[e->n_tb - 1].line));
    jg_dict_set_str(vm, attrs, jg_str_intern_cstr(vm, "tb_next"), JG_NONE);
    return jg_obj_value(tb);
}

static jg_status get_traceback(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_exc_traceback(vm, args[0]);
    return JG_OK;
}

static jg_status set_traceback(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (args[1] == JG_NONE)
        JG_AS(jg_exc, args[0])->n_tb = 0;
    *out = JG_NONE;
    return JG_OK;
}

static void tb_trace(jg_vm *vm, jg_obj *o)
{
    jg_gc_mark_obj(vm, ((jg_cobj *)o)->attrs);
}

static const jg_type_hooks tb_hooks = {.trace = tb_trace};

static jg_status with_traceback(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = args[0];
    return JG_OK;
}

jg_status jg_exc_init_types(jg_vm *vm)
{
    jg_type *b = vm->t.BaseException;
    jg_status st;
    vm->traceback_type = jg_type_new_builtin(vm, "traceback", vm->t.object, JG_K_OTHER, &tb_hooks);
    if (!vm->traceback_type)
        return jg_raise_nomem(vm);
    if ((st = jg_type_add_method(vm, b, "__new__", exc_new_native, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, b, "__init__", exc_init_native, 0)) ||
        (st = jg_type_add_method(vm, b, "with_traceback", with_traceback, 0)) ||
        (st = jg_type_add_getset(vm, b, "args", get_args, set_args)) ||
        (st = jg_type_add_getset(vm, b, "__cause__", get_cause, set_cause)) ||
        (st = jg_type_add_getset(vm, b, "__context__", get_context, set_context)) ||
        (st = jg_type_add_getset(vm, b, "__suppress_context__", get_suppress, set_suppress)) ||
        (st = jg_type_add_getset(vm, b, "__traceback__", get_traceback, set_traceback)) ||
        (st = jg_type_add_getter(vm, vm->t.StopIteration, "value", get_value)) ||
        (st = jg_type_add_getter(vm, vm->t.SystemExit, "code", get_value)) ||
        (st = jg_type_add_getset(vm, vm->t.AttributeError, "name", get_name, set_name)) ||
        (st = jg_type_add_getset(vm, vm->t.AttributeError, "obj", get_obj, set_obj)) ||
        (st = jg_type_add_getset(vm, vm->t.NameError, "name", get_name, set_name)) ||
        (st = jg_type_add_getset(vm, vm->t.ImportError, "name", get_name, set_name)) ||
        (st = jg_type_add_getset(vm, vm->t.ImportError, "path", get_value, set_value)) ||
        (st = jg_type_add_getter(vm, vm->t.ImportError, "msg", get_msg)))
        return st;
    return JG_OK;
}

/* ---------------------------------------------------------------- suggestions */

/* CPython 3.11's Python/suggestions.c: a Levenshtein distance where a case
 * change costs less than other edits, and the first closest candidate wins. */
#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_LEN 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t a_size, const char *b, size_t b_size,
                          size_t max_cost)
{
    size_t buffer[SUGGEST_MAX_LEN];
    if (a == b)
        return 0;
    while (a_size && b_size && a[0] == b[0])
        a++, b++, a_size--, b_size--;
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1])
        a_size--, b_size--;
    if (a_size == 0 || b_size == 0)
        return (a_size + b_size) * MOVE_COST;
    if (a_size > SUGGEST_MAX_LEN || b_size > SUGGEST_MAX_LEN)
        return max_cost + 1;
    if (b_size < a_size) {
        const char *t = a;
        a = b;
        b = t;
        size_t ts = a_size;
        a_size = b_size;
        b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < a_size; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < a_size; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

typedef struct {
    jg_str *best;
    size_t best_dist;
} suggestion;

static void consider(suggestion *s, const jg_str *name, jg_str *item)
{
    if (jg_str_eq(name, item))
        return;
    size_t max = (name->len + item->len + 3) * MOVE_COST / 6;
    if (s->best && s->best_dist - 1 < max)
        max = s->best_dist - 1;
    size_t d = levenshtein(name->data, name->len, item->data, item->len, max);
    if (d > max)
        return;
    if (!s->best || d < s->best_dist) {
        s->best = item;
        s->best_dist = d;
    }
}

static int cmp_str_ptr(const void *a, const void *b)
{
    return jg_str_cmp(*(jg_str *const *)a, *(jg_str *const *)b);
}

/* Adds the str keys of 'd' to 'names' (deduplicated later). */
static void add_keys(jg_dict *d, jg_str **names, size_t *n, size_t cap)
{
    for (uint32_t i = 0; d && i < d->n_entries && *n < cap; i++)
        if (d->entries[i].key != JG_UNDEF && jg_is_kind(d->entries[i].key, JG_K_STR))
            names[(*n)++] = JG_AS(jg_str, d->entries[i].key);
}

/* The "Did you mean" candidate for exception 'e', or NULL. */
static jg_str *suggest(jg_vm *vm, jg_exc *e)
{
    if (!e->hint_name)
        return NULL;
    enum { CAP = 4096 };
    jg_str **names = malloc(CAP * sizeof *names);
    if (!names)
        return NULL;
    suggestion s = {0};
    size_t n = 0;
    if (jg_type_is_subtype(e->hdr.type, vm->t.AttributeError) && e->hint_obj != JG_UNDEF) {
        /* dir(obj), sorted, as CPython computes it. */
        jg_value obj = e->hint_obj;
        jg_type *t = jg_typeof(vm, obj);
        if (jg_is_kind(obj, JG_K_INSTANCE)) {
            jg_dict *d = NULL;
            if (jg_instance_dict(vm, JG_AS(jg_instance, obj), &d) == JG_OK)
                add_keys(d, names, &n, CAP);
        } else if (jg_is_kind(obj, JG_K_MODULE)) {
            add_keys(JG_AS(jg_module, obj)->dict, names, &n, CAP);
        }
        jg_type *walk = t == vm->t.type ? (jg_type *)jg_as_obj(obj) : t;
        for (; walk; walk = walk->base)
            add_keys(walk->dict, names, &n, CAP);
        qsort(names, n, sizeof *names, cmp_str_ptr);
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (k == 0 || !jg_str_eq(names[k - 1], names[i]))
                names[k++] = names[i];
        if (k < SUGGEST_MAX_ITEMS)
            for (size_t i = 0; i < k; i++)
                consider(&s, e->hint_name, names[i]);
    } else if (jg_type_is_subtype(e->hdr.type, vm->t.NameError)) {
        if (e->hint_code) {
            jg_code *c = e->hint_code;
            for (uint32_t i = 0; i < c->n_locals && n < CAP; i++)
                names[n++] = c->slot_names[i];
            if (n < SUGGEST_MAX_ITEMS)
                for (size_t i = 0; i < n; i++)
                    consider(&s, e->hint_name, names[i]);
        }
        jg_dict *scopes[2] = {e->hint_globals, vm->builtins};
        for (int d = 0; d < 2 && !s.best; d++) {
            n = 0;
            add_keys(scopes[d], names, &n, CAP);
            if (n < SUGGEST_MAX_ITEMS)
                for (size_t i = 0; i < n; i++)
                    consider(&s, e->hint_name, names[i]);
        }
    }
    free(names);
    return s.best;
}

/* ---------------------------------------------------------------- tracebacks */

/* Finds line 'line' (1-based) of 'src': *text and *len, without its line
 * break (a "\r\n" loses the '\r' too, as CPython's universal newlines do).
 * False when there is no such line. */
static bool find_line(const jg_str *src, int line, const char **text, size_t *len)
{
    if (!src || line < 1)
        return false;
    const char *p = src->data, *end = src->data + src->len;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    if (p == end)
        return false; /* past the last line: CPython's readline finds nothing */
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e)
        e = end;
    if (e > p && e[-1] == '\r')
        e--;
    *text = p;
    *len = (size_t)(e - p);
    return true;
}

static void write_str(jg_vm *vm, const char *s)
{
    jg_write_err(vm, s, strlen(s));
}

/* The whitespace Python/traceback.c strips and skips: space, tab, form feed. */
static bool is_tb_space(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* Characters of UTF-8 text 's' ('len' bytes). */
static long utf8_chars(const char *s, size_t len)
{
    long n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* CPython's _PyPegen_byte_offset_to_character_offset: the characters in the
 * first 'off' bytes of 's', an offset past the end counting the terminating
 * NUL as one more, a cut-off character as one (its "replace" decoding). */
static long byte_to_char(const char *s, size_t len, long off)
{
    if (off < 0)
        return -1;
    if ((size_t)off > len + 1)
        off = (long)len + 1;
    if ((size_t)off == len + 1)
        return utf8_chars(s, len) + 1;
    return utf8_chars(s, (size_t)off);
}

/* Byte index of character 'ch' of 's' (clamped to its end). */
static size_t char_to_byte(const char *s, size_t len, long ch)
{
    size_t i = 0;
    for (long n = 0; i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && n++ == ch)
            return i;
    }
    return len;
}

/*
 * Python/traceback.c's extract_anchors_from_line: the text of the failing
 * expression, parsed on its own, gets '~' under its operands and '^' under
 * the operator when it is a binary operation, or under the brackets and the
 * index when it is a subscript.  Sets *left and *right (character offsets in
 * the line, as start/end) and returns true when it has anchors.  CPython also
 * constant-folds the parsed segment first; a folded operation never raises,
 * so folding cannot change a segment that reaches here.
 */
static bool find_anchors(const jg_code *code, const char *line, size_t len, long start, long end,
                         long *left, long *right)
{
    long n_chars = utf8_chars(line, len);
    if (start > n_chars)
        start = n_chars;
    if (end > n_chars)
        end = n_chars;
    if (end < start)
        end = start;
    size_t b0 = char_to_byte(line, len, start), b1 = char_to_byte(line, len, end);
    const char *seg = line + b0;
    size_t seg_len = b1 - b0;
    jg_arena *arena = jg_arena_new();
    if (!arena)
        return false;
    jg_module_ast *m = NULL;
    jg_err err = {0};
    bool found = false;
    long lb = -1, rb = -1;
    if (jg_parse(arena, code->filename->data, seg, seg_len, &m, &err) == JG_OK && m->body.n == 1 &&
        m->body.items[0]->kind == JG_S_EXPR) {
        const jg_expr *e = m->body.items[0]->u.value;
        /* Tree columns count from 1: col - 1 is CPython's col_offset. */
        if (e->kind == JG_E_BINOP) {
            int from = e->u.binop.left->end_col - 1, to = e->u.binop.right->col - 1;
            for (int i = from; i < to && i >= 0 && (size_t)i < seg_len; i++) {
                if (is_tb_space(seg[i]))
                    continue;
                lb = i;
                rb = i + 1;
                /* A two-character operator (//, **, ...). */
                if (i + 1 < to && !is_tb_space(seg[i + 1]))
                    rb++;
                break;
            }
            found = lb >= 0;
        } else if (e->kind == JG_E_SUBSCRIPT) {
            lb = e->u.subscript.value->end_col - 1;
            rb = e->u.subscript.slice->end_col - 1 + 1;
            found = true;
        }
    }
    jg_arena_free(&arena);
    if (!found)
        return false;
    *left = byte_to_char(seg, seg_len, lb) + start;
    *right = byte_to_char(seg, seg_len, rb) + start;
    return true;
}

/*
 * Writes the caret line under source line 'line' ('len' bytes, as in the
 * file) for position 'p', or nothing, as Python/traceback.c's tb_displayline
 * does: offsets are in characters; a position spanning lines is marked to the
 * last non-blank of its first line; nothing is marked when the position is
 * unknown or covers the whole (left-stripped) line without anchors.
 */
static void print_carets(jg_vm *vm, const jg_code *code, const char *line, size_t len,
                         jg_srcpos p)
{
    if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0)
        return;
    long n_chars = utf8_chars(line, len);
    long indent = 0;
    while ((size_t)indent < len && is_tb_space(line[indent]))
        indent++;
    long start = byte_to_char(line, len, p.col);
    long end = byte_to_char(line, len, p.end_col);
    long left = -1, right = -1;
    char primary = '^', secondary = '^';
    if (p.line == p.end_line) {
        if (find_anchors(code, line, len, start, end, &left, &right)) {
            primary = '~';
            secondary = '^';
        }
    } else {
        /* CPython walks the line's bytes from its length in characters, so a
         * line with non-ASCII text is cut where that count lands. */
        long i = n_chars;
        while (--i >= 0)
            if (!is_tb_space(line[i]))
                break;
        end = i + 1;
    }
    bool anchored = left != -1 || right != -1;
    if (end - start == n_chars - indent && !anchored)
        return;
    /* CPython counts from the indentation less the 4 spaces it prints. */
    long offset = indent - 4;
    size_t cap = (size_t)(end - offset > 0 ? end - offset : 0) + 2;
    char *buf = malloc(cap);
    if (!buf)
        return;
    size_t n = 0;
    while (++offset <= end) {
        if (offset <= start)
            buf[n++] = ' ';
        else if (anchored && left < offset && offset <= right)
            buf[n++] = secondary;
        else
            buf[n++] = primary;
    }
    buf[n++] = '\n';
    jg_write_err(vm, buf, n);
    free(buf);
}

/* One entry: its File line, its source line and its caret line. */
static void print_entry(jg_vm *vm, const jg_tb_entry *t, uint32_t instr)
{
    jg_code *c = t->code;
    char num[32];
    snprintf(num, sizeof num, "\", line %d, in ", t->line);
    write_str(vm, "  File \"");
    jg_write_err(vm, c->filename->data, c->filename->len);
    write_str(vm, num);
    jg_write_err(vm, c->name->data, c->name->len);
    write_str(vm, "\n");
    /* CPython shows no source for files named like "<string>". */
    const jg_str *fn = c->filename;
    if (fn->len > 0 && fn->data[0] == '<' && fn->data[fn->len - 1] == '>')
        return;
    const char *line;
    size_t len;
    if (!find_line(c->source, t->line, &line, &len))
        return;
    size_t ws = 0;
    while (ws < len && is_tb_space(line[ws]))
        ws++;
    jg_write_err(vm, "    ", 4);
    jg_write_err(vm, line + ws, len - ws);
    jg_write_err(vm, "\n", 1);
    if (instr != TB_NO_INSTR)
        print_carets(vm, c, line, len, jg_code_position(c, instr));
}

/* The exception's class as the last line names it: its __qualname__, after
 * its module unless that is builtins or __main__. */
static void exc_class_name(jg_vm *vm, jg_value exc, char *qual, size_t cap)
{
    jg_type *t = jg_typeof(vm, exc);
    const char *mod = t->module ? t->module->data : "builtins";
    const char *name = t->name->data;
    jg_value q = t->dict ? jg_dict_get_str(t->dict, jg_sym(vm, JG_SYM___qualname__)) : JG_UNDEF;
    if (jg_is_kind(q, JG_K_STR))
        name = JG_AS(jg_str, q)->data;
    if (strcmp(mod, "builtins") == 0 || strcmp(mod, "__main__") == 0)
        snprintf(qual, cap, "%s", name);
    else
        snprintf(qual, cap, "%s.%s", mod, name);
}

/* The last line: "ValueError: message" or "ValueError". */
jg_status jg_exc_format_last_line(jg_vm *vm, jg_value exc, jg_str *msg, char *out, size_t cap)
{
    char qual[256];
    exc_class_name(vm, exc, qual, sizeof qual);
    if (msg && msg->len)
        snprintf(out, cap, "%s: %.*s", qual, (int)msg->len, msg->data);
    else
        snprintf(out, cap, "%s", qual);
    return JG_OK;
}

/* Whether two entries are "the same line" for collapsing repeats: CPython
 * compares file name, line and function name, not the code object. */
static bool same_place(const jg_tb_entry *a, const jg_tb_entry *b)
{
    return a->line == b->line && jg_str_eq(a->code->filename, b->code->filename) &&
           jg_str_eq(a->code->name, b->code->name);
}

static void print_repeated(jg_vm *vm, uint32_t count)
{
    char line[96];
    snprintf(line, sizeof line, "  [Previous line repeated %u more time%s]\n", count - 3,
             count - 3 == 1 ? "" : "s");
    write_str(vm, line);
}

static void print_one(jg_vm *vm, jg_value exc, jg_str *(*str_of)(jg_vm *, jg_value), char *last,
                      size_t lastcap)
{
    jg_exc *e = JG_AS(jg_exc, exc);
    if (e->n_tb > 0)
        write_str(vm, "Traceback (most recent call last):\n");
    /* CPython collapses a line repeated more than three times in a row. */
    const jg_tb_entry *prev = NULL;
    uint32_t count = 0; /* consecutive entries at prev's place, prev included */
    for (uint32_t i = e->n_tb; i-- > 0;) {
        if (prev && same_place(prev, &e->tb[i])) {
            if (++count > 3)
                continue;
        } else {
            if (count > 3)
                print_repeated(vm, count);
            count = 1;
        }
        prev = &e->tb[i];
        print_entry(vm, &e->tb[i], tb_instrs(e)[i]);
    }
    if (count > 3)
        print_repeated(vm, count);
    jg_str *msg = str_of(vm, exc);
    jg_str *hint = suggest(vm, e);
    /* Written whole (a message may be long); 'last' gets a summary. */
    char qual[256];
    exc_class_name(vm, exc, qual, sizeof qual);
    write_str(vm, qual);
    if (msg && msg->len) {
        write_str(vm, ": ");
        jg_write_err(vm, msg->data, msg->len);
    }
    jg_exc_format_last_line(vm, exc, msg, last, lastcap);
    if (hint) {
        size_t l = strlen(last);
        snprintf(last + l, lastcap - l, ". Did you mean: '%s'?", hint->data);
        write_str(vm, ". Did you mean: '");
        write_str(vm, hint->data);
        write_str(vm, "'?");
    }
    write_str(vm, "\n");
}

void jg_exc_print(jg_vm *vm, jg_value exc, jg_str *(*str_of)(jg_vm *, jg_value), char *last,
                  size_t lastcap)
{
    /* Print the chain oldest first: walk to the root, remembering the way. */
    jg_value chain[64];
    bool is_cause[64];
    int n = 0;
    jg_value cur = exc;
    while (jg_is_obj(cur) && n < 64) {
        bool seen = false;
        for (int i = 0; i < n; i++)
            seen |= chain[i] == cur;
        if (seen)
            break;
        chain[n] = cur;
        jg_exc *e = JG_AS(jg_exc, cur);
        if (e->cause != JG_NONE) {
            is_cause[n++] = true;
            cur = e->cause;
        } else if (e->context != JG_NONE && !e->suppress_context) {
            is_cause[n++] = false;
            cur = e->context;
        } else {
            is_cause[n++] = false;
            break;
        }
    }
    for (int i = n; i-- > 0;) {
        print_one(vm, chain[i], str_of, last, lastcap);
        if (i > 0) {
            write_str(vm, is_cause[i - 1]
                              ? "\nThe above exception was the direct cause of the following "
                                "exception:\n\n"
                              : "\nDuring handling of the above exception, another exception "
                                "occurred:\n\n");
        }
    }
}
