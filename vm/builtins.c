/*
 * vm/builtins.c - the built-in functions (len, print, sum, min, sorted, ...)
 * and the rest of the builtins module's names.
 *
 * Each built-in does its whole job in C for values whose behaviour is C: the
 * built-in types and user classes that do not override the protocol involved.
 * When it meets Python code (a user __len__, __lt__, __iter__, a key=lambda, a
 * file= object with a Python write method) it does not call it - natives never
 * run Python code - but returns a tail call of its Python version in
 * vm/lib/_builtins_fns.py, which redoes the work at Python level, or of the
 * Python method itself when nothing is left to do after it (abs() calling
 * __abs__, next() calling __next__).
 *
 * Invariant: a built-in that tail-calls has changed nothing visible.  It
 * restarts from its original arguments, except when it has taken items from
 * an iterator the caller holds (those are gone); then it passes that iterator
 * on, together with the partial result and the item it had taken but not
 * finished with, and the Python version resumes exactly there.
 */
#include "builtins.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "exc.h"
#include "instance.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "list.h"
#include "object_impl.h"
#include "str.h"
#include "strformat.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

/* ---------------------------------------------------------------- helpers */

static int n_kw(const jg_tuple *kwnames)
{
    return kwnames ? (int)kwnames->len : 0;
}

static jg_status ok_str(jg_vm *vm, jg_str *s, jg_value *out)
{
    if (!s)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(s);
    return JG_OK;
}

/* The attribute 'name' of v's class when it is Python code (a user class
 * defining it, or inheriting it from one), else JG_UNDEF. */
static jg_value py_attr(jg_vm *vm, jg_value v, jg_str *name)
{
    jg_type *t = jg_typeof(vm, v);
    if (!(t->flags & JG_TF_USER) || !name)
        return JG_UNDEF;
    jg_value f = jg_type_lookup(vm, t, name);
    if (f == JG_UNDEF || f == JG_NONE || jg_is_kind(f, JG_K_NATIVE))
        return JG_UNDEF;
    return f;
}

/* Tail-calls a special method 'f' (found by py_attr) as CPython's
 * _PyObject_LookupSpecial + call does: a plain function gets 'obj' first;
 * anything else (staticmethod, callable object) is bound by the prelude. */
static jg_status tail_special(jg_vm *vm, jg_value f, jg_str *name, jg_value obj,
                              const jg_value *extra, int n_extra)
{
    jg_value a[JG_MAX_TAILCALL_ARGS];
    bool plain = jg_is_kind(f, JG_K_FUNC);
    int n = 0;
    a[n++] = obj;
    if (!plain)
        a[n++] = jg_obj_value(name);
    for (int i = 0; i < n_extra; i++)
        a[n++] = extra[i];
    if (plain)
        return jg_tailcall(vm, f, a, n, NULL);
    return jg_tailcall_prelude(vm, "_bf_special", a, n, NULL);
}

/*
 * Tail-calls prelude function 'name' with a call's own arguments (positional,
 * then keyword values named by 'kwnames').  More arguments than a tail call
 * carries go as _bf_apply(f, args_tuple, kwargs_dict).
 */
static jg_status tail_py(jg_vm *vm, const char *name, const jg_value *args, int nargs,
                         jg_tuple *kwnames)
{
    if (nargs <= JG_MAX_TAILCALL_ARGS)
        return jg_tailcall_prelude(vm, name, args, nargs, kwnames);
    jg_value f = jg_prelude_get(vm, name);
    if (f == JG_UNDEF)
        return jg_raise(vm, vm->t.RuntimeError, "internal: the prelude has no '%s'", name);
    int nk = n_kw(kwnames), np = nargs - nk;
    jg_tuple *pos = jg_tuple_from(vm, args, (size_t)np);
    jg_dict *kw = jg_dict_new(vm);
    if (!pos || !kw)
        return jg_raise_nomem(vm);
    for (int k = 0; k < nk; k++) {
        jg_status st = jg_dict_set(vm, kw, kwnames->items[k], args[np + k]);
        if (st != JG_OK)
            return st;
    }
    jg_value a[3] = {f, jg_obj_value(pos), jg_obj_value(kw)};
    return jg_tailcall_prelude(vm, "_bf_apply", a, 3, NULL);
}

/*
 * Argument parsing with the rules and messages of CPython's argument clinic
 * (_PyArg_UnpackKeywords): 'names' lists every parameter (NULL-terminated),
 * the first 'n_posonly' positional-only, the first 'min_pos' required, at
 * most 'max_pos' given by position, the rest keyword-only.  out[i] is
 * JG_UNDEF for an absent optional parameter.
 */
static jg_status parse_args(jg_vm *vm, const char *fname, const jg_value *args, int nargs,
                            jg_tuple *kwnames, const char *const *names, int n_posonly,
                            int min_pos, int max_pos, jg_value *out)
{
    int maxargs = 0;
    while (names[maxargs])
        maxargs++;
    int nk = n_kw(kwnames), np = nargs - nk;
    if (nargs > maxargs)
        return jg_raise(vm, vm->t.TypeError, "%s() takes at most %d %sargument%s (%d given)",
                        fname, maxargs, np == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                        nargs);
    if (np > max_pos) {
        if (max_pos == 0)
            return jg_raise(vm, vm->t.TypeError, "%s() takes no positional arguments", fname);
        return jg_raise(vm, vm->t.TypeError, "%s() takes %s %d positional argument%s (%d given)",
                        fname, max_pos == min_pos ? "exactly" : "at most", max_pos,
                        max_pos == 1 ? "" : "s", np);
    }
    int min_posonly = n_posonly < min_pos ? n_posonly : min_pos;
    if (np < min_posonly)
        return jg_raise(vm, vm->t.TypeError, "%s() takes %s %d positional argument%s (%d given)",
                        fname, min_posonly < max_pos ? "at least" : "exactly", min_posonly,
                        min_posonly == 1 ? "" : "s", np);
    for (int i = 0; i < maxargs; i++)
        out[i] = i < np ? args[i] : JG_UNDEF;
    uint32_t used = 0; /* bit k: keyword k matched a parameter */
    for (int i = np > n_posonly ? np : n_posonly; i < maxargs; i++) {
        for (int k = 0; k < nk; k++) {
            if (strcmp(JG_AS(jg_str, kwnames->items[k])->data, names[i]) == 0) {
                out[i] = args[np + k];
                used |= 1u << k;
                break;
            }
        }
        if (out[i] == JG_UNDEF && i < min_pos)
            return jg_raise(vm, vm->t.TypeError, "%s() missing required argument '%s' (pos %d)",
                            fname, names[i], i + 1);
    }
    for (int k = 0; k < nk; k++) {
        if (used & (1u << k))
            continue;
        const char *kn = JG_AS(jg_str, kwnames->items[k])->data;
        for (int i = n_posonly; i < np; i++)
            if (strcmp(kn, names[i]) == 0)
                return jg_raise(vm, vm->t.TypeError,
                                "argument for %s() given by name ('%s') and position (%d)", fname,
                                kn, i + 1);
        return jg_raise(vm, vm->t.TypeError, "'%s' is an invalid keyword argument for %s()", kn,
                        fname);
    }
    return JG_OK;
}

/* ---------------------------------------------------------------- iteration */

/* iter(v) by C means: JG_NEEDS_PY only when v's __iter__ is Python code.
 * (jg_iter also gives up on classes that merely define __getitem__ or
 * __len__ in Python; neither needs Python code to start iterating.) */
static jg_status iter_of(jg_vm *vm, jg_value v, jg_value *out)
{
    jg_status st = jg_get_iter(vm, v, out);
    if (st != JG_NEEDS_PY)
        return st;
    jg_type *t = jg_typeof(vm, v);
    jg_value f = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___iter__));
    if (f != JG_UNDEF && f != JG_NONE) {
        if (jg_is_kind(f, JG_K_NATIVE) && t->hooks && t->hooks->iter)
            return t->hooks->iter(vm, v, out);
        return JG_NEEDS_PY;
    }
    jg_value g = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___getitem__));
    if (f == JG_UNDEF && g != JG_UNDEF && g != JG_NONE)
        return jg_iter_new_seq(vm, v, out);
    return jg_raise(vm, vm->t.TypeError, "'%s' object is not iterable", t->name->data);
}

/* True when class 't' iterates with a Python __iter__ (a user subclass of
 * list or tuple may override it). */
static bool has_py_iter(jg_vm *vm, jg_type *t)
{
    if (!(t->flags & JG_TF_USER))
        return false;
    jg_value f = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___iter__));
    return !jg_is_kind(f, JG_K_NATIVE);
}

typedef enum {
    WALK_ITEMS, /* a list or tuple, by index */
    WALK_ARRAY, /* the arguments of max(a, b, c) */
    WALK_RANGE, /* a range of small ints */
    WALK_ITER,  /* anything else, through its iterator */
} walk_mode;

/* A pass over the items of an iterable without allocating for the common
 * containers. */
typedef struct {
    walk_mode mode;
    jg_value src;
    jg_value it;           /* WALK_ITER: the iterator */
    const jg_value *array; /* WALK_ARRAY */
    uint32_t i, n;         /* WALK_ITEMS / WALK_ARRAY: next index; WALK_ARRAY: count */
    int64_t next, step, left; /* WALK_RANGE */
    bool shared; /* WALK_ITER over an iterator the caller holds: items taken are gone */
} walk;

/* Starts walking 'v': JG_NEEDS_PY (nothing taken) when its __iter__ is Python. */
static jg_status walk_begin(jg_vm *vm, jg_value v, walk *w)
{
    w->src = v;
    w->it = JG_UNDEF;
    w->i = 0;
    w->shared = false;
    if (jg_is_obj(v)) {
        jg_type *t = jg_obj_of(v)->type;
        if ((t->kind == JG_K_LIST || t->kind == JG_K_TUPLE) && !has_py_iter(vm, t)) {
            w->mode = WALK_ITEMS;
            return JG_OK;
        }
        if (t == vm->t.range) {
            jg_range *r = JG_AS(jg_range, v);
            if (jg_is_int(r->start) && jg_is_int(r->step) && jg_is_int(r->length)) {
                w->mode = WALK_RANGE;
                w->next = jg_as_int(r->start);
                w->step = jg_as_int(r->step);
                w->left = jg_as_int(r->length);
                return JG_OK;
            }
        }
    }
    w->mode = WALK_ITER;
    jg_status st = iter_of(vm, v, &w->it);
    if (st == JG_OK)
        w->shared = w->it == v;
    return st;
}

static void walk_array(walk *w, const jg_value *items, int n)
{
    w->mode = WALK_ARRAY;
    w->src = JG_UNDEF;
    w->it = JG_UNDEF;
    w->array = items;
    w->i = 0;
    w->n = (uint32_t)n;
    w->shared = false;
}

/* The next item, or JG_UNDEF at the end; JG_NEEDS_PY when the iterator's
 * __next__ is Python code (nothing was taken). */
static jg_status walk_next(jg_vm *vm, walk *w, jg_value *out)
{
    switch (w->mode) {
        case WALK_ITEMS:
            if (jg_obj_of(w->src)->type->kind == JG_K_LIST) {
                jg_list *l = JG_AS(jg_list, w->src);
                *out = w->i < l->len ? l->items[w->i++] : JG_UNDEF;
            } else {
                jg_tuple *t = JG_AS(jg_tuple, w->src);
                *out = w->i < t->len ? t->items[w->i++] : JG_UNDEF;
            }
            return JG_OK;
        case WALK_ARRAY:
            *out = w->i < w->n ? w->array[w->i++] : JG_UNDEF;
            return JG_OK;
        case WALK_RANGE:
            if (w->left <= 0) {
                *out = JG_UNDEF;
                return JG_OK;
            }
            *out = jg_int(w->next);
            w->next += w->step;
            w->left--;
            return JG_OK;
        default:
            return jg_next(vm, w->it, out);
    }
}

/* A built-in type whose call is its native __new__ alone (str, int, float,
 * tuple, ...: their __init__ is object's), so key=str can run here. */
static bool is_native_ctor(jg_vm *vm, jg_value v)
{
    if (!jg_is_obj(v) || jg_obj_of(v)->type != vm->t.type)
        return false;
    jg_type *t = (jg_type *)jg_as_obj(v);
    if ((t->flags & JG_TF_USER) || t == vm->t.type)
        return false;
    jg_value nw = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___new__));
    jg_value init = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___init__));
    return jg_is_kind(nw, JG_K_NATIVE) &&
           init == jg_dict_get_str(vm->t.object->dict, jg_sym(vm, JG_SYM___init__));
}

/* True when key function 'key' can be called from C: a native, or a
 * built-in type called as a function. */
static bool is_native_key(jg_vm *vm, jg_value key)
{
    return jg_is_kind(key, JG_K_NATIVE) || is_native_ctor(vm, key);
}

/* key(item) for a key accepted by is_native_key; JG_NEEDS_PY when it would
 * have to run Python code (str() of an object with a Python __str__). */
static jg_status call_key(jg_vm *vm, jg_value key, jg_value item, jg_value *out)
{
    if (jg_is_kind(key, JG_K_NATIVE))
        return jg_call_native(vm, key, &item, 1, NULL, out);
    jg_type *t = (jg_type *)jg_as_obj(key);
    jg_native *nw = JG_AS(jg_native, jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___new__)));
    jg_value a[2] = {key, item};
    jg_status st = nw->fn(vm, a, 2, NULL, out);
    return st == JG_TAILCALL ? JG_NEEDS_PY : st;
}

/* a < b or a > b ('op' JG_CMP_LT or JG_CMP_GT) as a C bool. */
static jg_status compare_bool(jg_vm *vm, jg_value a, jg_value b, int op, bool *out)
{
    if (jg_is_int(a) && jg_is_int(b)) {
        int64_t x = jg_as_int(a), y = jg_as_int(b);
        *out = op == JG_CMP_LT ? x < y : x > y;
        return JG_OK;
    }
    if (jg_is_float(a) && jg_is_float(b)) {
        double x = jg_as_float(a), y = jg_as_float(b);
        *out = op == JG_CMP_LT ? x < y : x > y;
        return JG_OK;
    }
    if (jg_is_obj(a) && jg_is_obj(b) && jg_obj_of(a)->type == vm->t.str &&
        jg_obj_of(b)->type == vm->t.str) {
        int c = jg_str_cmp(JG_AS(jg_str, a), JG_AS(jg_str, b));
        *out = op == JG_CMP_LT ? c < 0 : c > 0;
        return JG_OK;
    }
    jg_value r;
    jg_status st = jg_compare(vm, a, b, op, &r);
    if (st != JG_OK)
        return st;
    return jg_truth(vm, r, out);
}

/* ---------------------------------------------------------------- len, repr, ascii, hash, id */

static jg_status bi_len(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "len", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    int64_t n;
    st = jg_len(vm, args[0], &n);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_len", args, 1, NULL);
    if (st != JG_OK)
        return st;
    *out = jg_int_from_i64(vm, n);
    return JG_OK;
}

static jg_status bi_repr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "repr", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_str *s;
    st = jg_repr(vm, args[0], &s);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_repr", args, 1, NULL);
    if (st != JG_OK)
        return st;
    *out = jg_obj_value(s);
    return JG_OK;
}

jg_status jg_ascii_of(jg_vm *vm, jg_str *s, jg_str **out)
{
    if (jg_str_is_ascii(s)) {
        *out = s;
        return JG_OK;
    }
    jg_buf b;
    jg_buf_init(&b);
    const char *p = s->data, *end = s->data + s->len;
    jg_status st = JG_OK;
    while (p < end && st == JG_OK) {
        const char *run = p;
        while (p < end && (unsigned char)*p < 0x80)
            p++;
        st = jg_buf_put(&b, run, (size_t)(p - run));
        if (p < end && st == JG_OK) {
            uint32_t cp;
            p += jg_utf8_decode(p, &cp);
            if (cp < 0x100)
                st = jg_buf_printf(&b, "\\x%02x", (unsigned)cp);
            else if (cp < 0x10000)
                st = jg_buf_printf(&b, "\\u%04x", (unsigned)cp);
            else
                st = jg_buf_printf(&b, "\\U%08x", (unsigned)cp);
        }
    }
    if (st != JG_OK) {
        jg_buf_free(&b);
        return jg_raise_nomem(vm);
    }
    *out = jg_str_new_n(vm, b.data ? b.data : "", b.len, b.len);
    jg_buf_free(&b);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static jg_status bi_ascii(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "ascii", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_str *s;
    st = jg_repr(vm, args[0], &s);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_ascii", args, 1, NULL);
    if (st == JG_OK)
        st = jg_ascii_of(vm, s, &s);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

static jg_status bi_hash(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "hash", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    int64_t h;
    st = jg_hash(vm, args[0], &h);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_hash", args, 1, NULL);
    if (st != JG_OK)
        return st;
    *out = jg_int_from_i64(vm, h);
    return JG_OK;
}

/*
 * id(x): the address of a heap object.  Inline values (ints, floats, None,
 * bools) have no address; they get their bits with the top 13 bits flipped,
 * which lands every one of them at or above 2**48, beyond any address, and
 * keeps id(a) == id(b) exactly when `a is b` (the bits are what `is` compares).
 */
static jg_status bi_id(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "id", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_value v = args[0];
    if (jg_is_obj(v)) {
        *out = jg_int_from_i64(vm, (int64_t)(uintptr_t)jg_as_obj(v));
        return JG_OK;
    }
    return jg_int_from_u64(vm, v ^ 0xFFF8000000000000ull, out);
}

bool jg_is_callable(jg_vm *vm, jg_value v)
{
    if (!jg_is_obj(v))
        return false;
    jg_type *t = jg_obj_of(v)->type;
    switch (t->kind) {
        case JG_K_TYPE:
        case JG_K_FUNC:
        case JG_K_NATIVE:
        case JG_K_METHOD:
            return true;
        default:
            break;
    }
    if (t == vm->t.staticmethod)
        return true;
    return jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___call__)) != JG_UNDEF;
}

static jg_status bi_callable(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "callable", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    *out = jg_bool(jg_is_callable(vm, args[0]));
    return JG_OK;
}

/* ---------------------------------------------------------------- numbers */

static jg_status bi_abs(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "abs", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_value f = py_attr(vm, args[0], jg_sym(vm, JG_SYM___abs__));
    if (f != JG_UNDEF)
        return tail_special(vm, f, jg_sym(vm, JG_SYM___abs__), args[0], NULL, 0);
    if ((st = jg_num_abs(vm, args[0], out)) != JG_OK)
        return st;
    if (*out == JG_NOTIMPLEMENTED)
        return jg_raise(vm, vm->t.TypeError, "bad operand type for abs(): '%s'",
                        jg_type_name(vm, args[0]));
    return JG_OK;
}

static jg_status bi_divmod(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "divmod", nargs, kw, 2, 2);
    if (st != JG_OK)
        return st;
    if (py_attr(vm, args[0], jg_str_intern_cstr(vm, "__divmod__")) != JG_UNDEF ||
        py_attr(vm, args[1], jg_str_intern_cstr(vm, "__rdivmod__")) != JG_UNDEF)
        return jg_tailcall_prelude(vm, "_divmod", args, 2, NULL);
    if ((st = jg_num_divmod(vm, args[0], args[1], out)) != JG_OK)
        return st;
    if (*out == JG_NOTIMPLEMENTED)
        return jg_raise(vm, vm->t.TypeError,
                        "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        jg_type_name(vm, args[0]), jg_type_name(vm, args[1]));
    return JG_OK;
}

static bool is_floatish(jg_vm *vm, jg_value v)
{
    return jg_is_float(v) || jg_kindof(vm, v) == JG_K_FLOAT;
}

static jg_status bi_pow(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    jg_value a[3];
    jg_status st = parse_args(vm, "pow", args, nargs, kw, names, 0, 2, 3, a);
    if (st != JG_OK)
        return st;
    if (a[2] == JG_UNDEF || a[2] == JG_NONE) {
        st = jg_binop(vm, JG_OP_POW, false, a[0], a[1], out);
        return st == JG_NEEDS_PY ? jg_tailcall_prelude(vm, "_pow", args, nargs, kw) : st;
    }
    /* Three-argument pow: only the base's own __pow__ is ever asked
     * (CPython's slot_nb_power refuses to stand in for another operand). */
    if (py_attr(vm, a[0], jg_sym(vm, JG_SYM___pow__)) != JG_UNDEF)
        return jg_tailcall_prelude(vm, "_pow", args, nargs, kw);
    if (jg_is_anyint(vm, a[0]) && jg_is_anyint(vm, a[1]) && jg_is_anyint(vm, a[2]))
        return jg_int_pow3(vm, a[0], a[1], a[2], out);
    if (is_floatish(vm, a[0]) || is_floatish(vm, a[1]) || is_floatish(vm, a[2]))
        return jg_raise(vm, vm->t.TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    return jg_raise(vm, vm->t.TypeError,
                    "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    jg_type_name(vm, a[0]), jg_type_name(vm, a[1]), jg_type_name(vm, a[2]));
}

static jg_status bi_round(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    jg_value a[2];
    jg_status st = parse_args(vm, "round", args, nargs, kw, names, 0, 1, 2, a);
    if (st != JG_OK)
        return st;
    bool has_nd = a[1] != JG_UNDEF && a[1] != JG_NONE;
    jg_value f = py_attr(vm, a[0], jg_sym(vm, JG_SYM___round__));
    if (f != JG_UNDEF)
        return tail_special(vm, f, jg_sym(vm, JG_SYM___round__), a[0], &a[1], has_nd ? 1 : 0);
    if ((st = jg_num_round(vm, a[0], a[1], out)) != JG_OK)
        return st;
    if (*out == JG_NOTIMPLEMENTED)
        return jg_raise(vm, vm->t.TypeError, "type %s doesn't define __round__ method",
                        jg_type_name(vm, a[0]));
    return JG_OK;
}

/* The int an index-taking built-in (bin, chr, ...) gets: JG_NEEDS_PY when 'v'
 * is not an int but its class has a Python __index__. */
static jg_status index_arg(jg_vm *vm, jg_value v)
{
    if (jg_is_anyint(vm, v))
        return JG_OK;
    if (py_attr(vm, v, jg_sym(vm, JG_SYM___index__)) != JG_UNDEF)
        return JG_NEEDS_PY;
    return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                    jg_type_name(vm, v));
}

static jg_status int_to_base(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out,
                             const char *name, const char *pyname, int base)
{
    jg_status st = jg_args_count(vm, name, nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    st = index_arg(vm, args[0]);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, pyname, args, 1, NULL);
    jg_str *s;
    if (st == JG_OK)
        st = jg_int_to_base_str(vm, args[0], base, &s);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

static jg_status bi_bin(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return int_to_base(vm, args, nargs, kw, out, "bin", "_bin", 2);
}

static jg_status bi_oct(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return int_to_base(vm, args, nargs, kw, out, "oct", "_oct", 8);
}

static jg_status bi_hex(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return int_to_base(vm, args, nargs, kw, out, "hex", "_hex", 16);
}

static jg_status bi_chr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "chr", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    st = index_arg(vm, args[0]);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_chr", args, 1, NULL);
    if (st != JG_OK)
        return st;
    int64_t i;
    /* The argument is a C int in CPython: past that, OverflowError. */
    if (jg_int_to_i64(vm, args[0], &i) != JG_OK || i < INT32_MIN || i > INT32_MAX) {
        jg_clear_exc(vm);
        return jg_raise(vm, vm->t.OverflowError, "Python int too large to convert to C int");
    }
    if (i < 0 || i > 0x10FFFF)
        return jg_raise(vm, vm->t.ValueError, "chr() arg not in range(0x110000)");
    return ok_str(vm, jg_str_from_char(vm, (uint32_t)i), out);
}

static jg_status bi_ord(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "ord", nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_value v = args[0];
    if (jg_is_kind(v, JG_K_STR)) {
        jg_str *s = JG_AS(jg_str, v);
        if (s->n_chars != 1)
            return jg_raise(vm, vm->t.TypeError,
                            "ord() expected a character, but string of length %u found",
                            (unsigned)s->n_chars);
        uint32_t cp;
        jg_utf8_decode(s->data, &cp);
        *out = jg_int(cp);
        return JG_OK;
    }
    if (jg_is_kind(v, JG_K_BYTES)) {
        jg_bytes *b = JG_AS(jg_bytes, v);
        if (b->len != 1)
            return jg_raise(vm, vm->t.TypeError,
                            "ord() expected a character, but string of length %u found",
                            (unsigned)b->len);
        *out = jg_int(b->data[0]);
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError, "ord() expected string of length 1, but %s found",
                    jg_type_name(vm, v));
}

/* ---------------------------------------------------------------- format */

static jg_status bi_format(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "format", nargs, kw, 1, 2);
    if (st != JG_OK)
        return st;
    jg_str *spec = NULL;
    if (nargs == 2) {
        if (!jg_is_kind(args[1], JG_K_STR))
            return jg_raise(vm, vm->t.TypeError, "format() argument 2 must be str, not %s",
                            arg_type_name(vm, args[1]));
        spec = JG_AS(jg_str, args[1]);
    }
    jg_str *s;
    st = jg_format_value(vm, args[0], spec, &s);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_format", args, nargs, NULL);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

/* ---------------------------------------------------------------- attributes */

static jg_status name_arg(jg_vm *vm, jg_value v, jg_str **out)
{
    if (!jg_is_kind(v, JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "attribute name must be string, not '%s'",
                        jg_type_name(vm, v));
    *out = JG_AS(jg_str, v);
    return JG_OK;
}

static jg_status bi_getattr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "getattr", nargs, kw, 2, 3);
    jg_str *name;
    if (st != JG_OK || (st = name_arg(vm, args[1], &name)) != JG_OK)
        return st;
    st = jg_getattr(vm, args[0], name, out);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, nargs == 2 ? "_getattr" : "_getattr_default", args, nargs,
                                   NULL);
    if (st == JG_RAISED && nargs == 3 && jg_exc_matches(vm, vm->t.AttributeError)) {
        jg_clear_exc(vm);
        *out = args[2];
        return JG_OK;
    }
    return st;
}

static jg_status bi_setattr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "setattr", nargs, kw, 3, 3);
    jg_str *name;
    if (st != JG_OK || (st = name_arg(vm, args[1], &name)) != JG_OK)
        return st;
    st = jg_setattr(vm, args[0], name, args[2]);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_setattr", args, 3, NULL);
    *out = JG_NONE;
    return st;
}

static jg_status bi_delattr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "delattr", nargs, kw, 2, 2);
    jg_str *name;
    if (st != JG_OK || (st = name_arg(vm, args[1], &name)) != JG_OK)
        return st;
    st = jg_delattr(vm, args[0], name);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_delattr", args, 2, NULL);
    *out = JG_NONE;
    return st;
}

static jg_status bi_hasattr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "hasattr", nargs, kw, 2, 2);
    jg_str *name;
    if (st != JG_OK || (st = name_arg(vm, args[1], &name)) != JG_OK)
        return st;
    jg_value v;
    st = jg_getattr_opt(vm, args[0], name, &v);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_hasattr", args, 2, NULL);
    if (st == JG_OK)
        *out = jg_bool(v != JG_UNDEF);
    return st;
}

/* ---------------------------------------------------------------- isinstance, issubclass */

static bool is_type(jg_vm *vm, jg_value v)
{
    return jg_typeof(vm, v) == vm->t.type;
}

/* Nested tuples of classes are walked to this depth, as CPython's recursion
 * limit bounds them; deeper nesting is refused rather than recursed into. */
#define MAX_CLASSINFO_DEPTH 200

static jg_status isinstance_of(jg_vm *vm, jg_value obj, jg_value cls, int depth, bool *out)
{
    if (is_type(vm, cls)) {
        *out = jg_isinstance(vm, obj, (jg_type *)jg_as_obj(cls));
        return JG_OK;
    }
    if (jg_is_kind(cls, JG_K_TUPLE)) {
        if (depth > MAX_CLASSINFO_DEPTH)
            return jg_raise(vm, vm->t.RecursionError,
                            "maximum recursion depth exceeded in __instancecheck__");
        jg_tuple *t = JG_AS(jg_tuple, cls);
        *out = false;
        for (uint32_t i = 0; i < t->len && !*out; i++) {
            jg_status st = isinstance_of(vm, obj, t->items[i], depth + 1, out);
            if (st != JG_OK)
                return st;
        }
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static jg_status issubclass_of(jg_vm *vm, jg_value derived, jg_value cls, int depth, bool *out)
{
    if (jg_is_kind(cls, JG_K_TUPLE)) {
        if (depth > MAX_CLASSINFO_DEPTH)
            return jg_raise(vm, vm->t.RecursionError,
                            "maximum recursion depth exceeded in __subclasscheck__");
        jg_tuple *t = JG_AS(jg_tuple, cls);
        *out = false;
        for (uint32_t i = 0; i < t->len && !*out; i++) {
            jg_status st = issubclass_of(vm, derived, t->items[i], depth + 1, out);
            if (st != JG_OK)
                return st;
        }
        return JG_OK;
    }
    if (!is_type(vm, derived))
        return jg_raise(vm, vm->t.TypeError, "issubclass() arg 1 must be a class");
    if (!is_type(vm, cls))
        return jg_raise(vm, vm->t.TypeError,
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    *out = jg_type_is_subtype((jg_type *)jg_as_obj(derived), (jg_type *)jg_as_obj(cls));
    return JG_OK;
}

static jg_status bi_isinstance(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "isinstance", nargs, kw, 2, 2);
    if (st != JG_OK)
        return st;
    if (jg_typeof(vm, args[0]) == (jg_type *)jg_as_obj(args[1]) && is_type(vm, args[1])) {
        *out = JG_TRUE;
        return JG_OK;
    }
    bool r;
    if ((st = isinstance_of(vm, args[0], args[1], 0, &r)) == JG_OK)
        *out = jg_bool(r);
    return st;
}

static jg_status bi_issubclass(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                               jg_value *out)
{
    jg_status st = jg_args_count(vm, "issubclass", nargs, kw, 2, 2);
    if (st != JG_OK)
        return st;
    bool r;
    if ((st = issubclass_of(vm, args[0], args[1], 0, &r)) == JG_OK)
        *out = jg_bool(r);
    return st;
}

/* ---------------------------------------------------------------- iter, next */

static jg_status bi_iter(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "iter", nargs, kw, 1, 2);
    if (st != JG_OK)
        return st;
    if (nargs == 2) {
        if (!jg_is_callable(vm, args[0]))
            return jg_raise(vm, vm->t.TypeError, "iter(v, w): v must be callable");
        return jg_iter_new_callable(vm, args[0], args[1], out);
    }
    st = iter_of(vm, args[0], out);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_iter", args, 1, NULL);
    return st;
}

static jg_status bi_next(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "next", nargs, kw, 1, 2);
    if (st != JG_OK)
        return st;
    st = jg_next(vm, args[0], out);
    if (st == JG_OK) {
        if (*out != JG_UNDEF)
            return JG_OK;
        if (nargs == 2) {
            *out = args[1];
            return JG_OK;
        }
        return jg_raise_value(vm, jg_obj_value(vm->t.StopIteration));
    }
    if (st != JG_NEEDS_PY)
        return st;
    /* A generator, a Python __next__, or a built-in iterator that reached
     * Python code: its __next__ takes over (a generator's resumes it).  With
     * a default, StopIteration must be caught: the Python version does it. */
    jg_value f = jg_type_lookup(vm, jg_typeof(vm, args[0]), jg_sym(vm, JG_SYM___next__));
    if (f == JG_UNDEF || f == JG_NONE)
        return jg_raise(vm, vm->t.TypeError, "'%s' object is not an iterator",
                        jg_type_name(vm, args[0]));
    if (nargs == 2)
        return jg_tailcall_prelude(vm, "_next", args, 2, NULL);
    if (jg_is_kind(f, JG_K_FUNC) || jg_is_kind(f, JG_K_NATIVE))
        return jg_tailcall(vm, f, args, 1, NULL);
    return tail_special(vm, f, jg_sym(vm, JG_SYM___next__), args[0], NULL, 0);
}

/* ---------------------------------------------------------------- all, any, sum */

static jg_status all_any(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out,
                         bool is_all)
{
    const char *name = is_all ? "all" : "any", *pyname = is_all ? "_all" : "_any";
    jg_status st = jg_args_count(vm, name, nargs, kw, 1, 1);
    if (st != JG_OK)
        return st;
    walk w;
    st = walk_begin(vm, args[0], &w);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, pyname, args, 1, NULL);
    if (st != JG_OK)
        return st;
    jg_value x = JG_UNDEF;
    for (;;) {
        st = walk_next(vm, &w, &x);
        if (st == JG_NEEDS_PY) {
            x = JG_UNDEF;
            break;
        }
        if (st != JG_OK)
            return st;
        if (x == JG_UNDEF) {
            *out = jg_bool(is_all);
            return JG_OK;
        }
        bool t;
        st = jg_truth(vm, x, &t);
        if (st == JG_NEEDS_PY)
            break;
        if (st != JG_OK)
            return st;
        if (t != is_all) {
            *out = jg_bool(!is_all);
            return JG_OK;
        }
    }
    /* Python code: restart, or go on from the iterator with the item in hand. */
    if (!w.shared)
        return jg_tailcall_prelude(vm, pyname, args, 1, NULL);
    jg_value a[2] = {w.it, x};
    return jg_tailcall_prelude(vm, pyname, a, x == JG_UNDEF ? 1 : 2, NULL);
}

static jg_status bi_all(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return all_any(vm, args, nargs, kw, out, true);
}

static jg_status bi_any(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return all_any(vm, args, nargs, kw, out, false);
}

/*
 * sum(iterable, /, start=0): a left fold with +, exactly CPython 3.11's
 * (which adds floats in order, without compensation).  Exact ints and bools
 * add in an int64 and floats in a double until something else turns up, so
 * summing numbers allocates nothing.
 */
static jg_status bi_sum(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    static const char *const names[] = {"", "start", NULL};
    jg_value a[2];
    jg_status st = parse_args(vm, "sum", args, nargs, kw, names, 1, 1, 2, a);
    if (st != JG_OK)
        return st;
    walk w;
    st = walk_begin(vm, a[0], &w);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_sum", args, nargs, kw);
    if (st != JG_OK)
        return st;
    jg_value acc = a[1] == JG_UNDEF ? jg_int(0) : a[1];
    if (jg_is_kind(acc, JG_K_STR))
        return jg_raise(vm, vm->t.TypeError,
                        "sum() can't sum strings [use ''.join(seq) instead]");
    if (jg_is_kind(acc, JG_K_BYTES))
        return jg_raise(vm, vm->t.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    enum { ACC_INT, ACC_FLOAT, ACC_ANY } mode;
    int64_t isum = 0;
    double fsum = 0.0;
    if (jg_is_int(acc)) {
        mode = ACC_INT;
        isum = jg_as_int(acc);
    } else if (jg_is_float(acc)) {
        mode = ACC_FLOAT;
        fsum = jg_as_float(acc);
    } else {
        mode = ACC_ANY;
    }
    jg_value x;
    for (;;) {
        st = walk_next(vm, &w, &x);
        if (st == JG_NEEDS_PY)
            x = JG_UNDEF;
        if (st != JG_OK || x == JG_UNDEF)
            break;
        if (mode == ACC_INT) {
            if (jg_is_int(x) || jg_is_bool(x)) {
                int64_t v = jg_is_int(x) ? jg_as_int(x) : x == JG_TRUE, r;
                if (!__builtin_add_overflow(isum, v, &r)) {
                    isum = r;
                    continue;
                }
            }
            acc = jg_int_from_i64(vm, isum);
            mode = ACC_ANY;
        } else if (mode == ACC_FLOAT) {
            if (jg_is_float(x)) {
                fsum += jg_as_float(x);
                continue;
            }
            if (jg_is_int(x) || jg_is_bool(x)) {
                fsum += (double)(jg_is_int(x) ? jg_as_int(x) : x == JG_TRUE);
                continue;
            }
            acc = jg_float(fsum);
            mode = ACC_ANY;
        }
        jg_value r;
        st = jg_binop(vm, JG_OP_ADD, false, acc, x, &r);
        if (st != JG_OK)
            break;
        acc = r;
        if (jg_is_float(acc)) {
            mode = ACC_FLOAT;
            fsum = jg_as_float(acc);
        }
    }
    if (mode == ACC_INT)
        acc = jg_int_from_i64(vm, isum);
    else if (mode == ACC_FLOAT)
        acc = jg_float(fsum);
    if (st == JG_OK) {
        *out = acc;
        return JG_OK;
    }
    if (st != JG_NEEDS_PY)
        return st;
    if (!w.shared)
        return jg_tailcall_prelude(vm, "_sum", args, nargs, kw);
    /* x is the item the fold stopped at (JG_UNDEF when __next__ itself was
     * Python code): _sum(rest, partial, item) adds it first. */
    jg_value r[3] = {w.it, acc, x};
    return jg_tailcall_prelude(vm, "_sum", r, x == JG_UNDEF ? 2 : 3, NULL);
}

/* ---------------------------------------------------------------- min, max */

/*
 * min/max as CPython's min_max: the first item wins ties, an item replaces
 * the best when key(item) < best (min) or key(item) > best (max).  Only a
 * native key= is called here; a Python key sends the call to _min/_max.
 */
static jg_status min_max(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, jg_value *out,
                         bool is_max)
{
    const char *name = is_max ? "max" : "min", *pyname = is_max ? "_max" : "_min";
    int nk = n_kw(kwnames), np = nargs - nk;
    if (np == 0)
        return jg_raise(vm, vm->t.TypeError, "%s expected at least 1 argument, got 0", name);
    jg_value key = JG_NONE, dflt = JG_UNDEF;
    if (nk > 2)
        return jg_raise(vm, vm->t.TypeError, "%s() takes at most 2 keyword arguments (%d given)",
                        name, nk);
    for (int k = 0; k < nk; k++) {
        const char *kn = JG_AS(jg_str, kwnames->items[k])->data;
        if (strcmp(kn, "key") == 0)
            key = args[np + k];
        else if (strcmp(kn, "default") == 0)
            dflt = args[np + k];
        else
            return jg_raise(vm, vm->t.TypeError, "'%s' is an invalid keyword argument for %s()",
                            kn, name);
    }
    if (np > 1 && dflt != JG_UNDEF)
        return jg_raise(vm, vm->t.TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    walk w;
    jg_status st;
    if (np > 1) {
        walk_array(&w, args, np);
    } else {
        st = walk_begin(vm, args[0], &w);
        if (st == JG_NEEDS_PY)
            return tail_py(vm, pyname, args, nargs, kwnames);
        if (st != JG_OK)
            return st;
    }
    if (key != JG_NONE && !is_native_key(vm, key))
        return tail_py(vm, pyname, args, nargs, kwnames);
    int op = is_max ? JG_CMP_GT : JG_CMP_LT;
    jg_value best = JG_UNDEF, bestval = JG_UNDEF, x = JG_UNDEF;
    for (;;) {
        st = walk_next(vm, &w, &x);
        if (st == JG_NEEDS_PY) {
            x = JG_UNDEF;
            break;
        }
        if (st != JG_OK)
            return st;
        if (x == JG_UNDEF) {
            if (best != JG_UNDEF) {
                *out = best;
                return JG_OK;
            }
            if (dflt != JG_UNDEF) {
                *out = dflt;
                return JG_OK;
            }
            return jg_raise(vm, vm->t.ValueError, "%s() arg is an empty sequence", name);
        }
        jg_value val = x;
        if (key != JG_NONE) {
            st = call_key(vm, key, x, &val);
            if (st == JG_NEEDS_PY)
                break;
            if (st != JG_OK)
                return st;
        }
        if (bestval == JG_UNDEF) {
            best = x;
            bestval = val;
            continue;
        }
        bool better;
        st = compare_bool(vm, val, bestval, op, &better);
        if (st == JG_NEEDS_PY)
            break;
        if (st != JG_OK)
            return st;
        if (better) {
            best = x;
            bestval = val;
        }
    }
    if (!w.shared)
        return tail_py(vm, pyname, args, nargs, kwnames);
    /* Resume: the best so far and the item in hand go before the rest. */
    jg_value head[2];
    int n_head = 0;
    if (best != JG_UNDEF)
        head[n_head++] = best;
    if (x != JG_UNDEF)
        head[n_head++] = x;
    if (n_head == 0)
        return tail_py(vm, pyname, args, nargs, kwnames);
    jg_tuple *h = jg_tuple_from(vm, head, (size_t)n_head);
    if (!h)
        return jg_raise_nomem(vm);
    jg_value a[4] = {jg_bool(is_max), jg_obj_value(h), w.it, key};
    return jg_tailcall_prelude(vm, "_bf_minmax_resume", a, 4, NULL);
}

static jg_status bi_max(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return min_max(vm, args, nargs, kw, out, true);
}

static jg_status bi_min(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return min_max(vm, args, nargs, kw, out, false);
}

/* ---------------------------------------------------------------- sorted */

/* list.sort's error for more keywords than key= and reverse=. */
static jg_status too_many_sort_keywords(jg_vm *vm, int nk)
{
    return jg_raise(vm, vm->t.TypeError, "sort() takes at most 2 keyword arguments (%d given)",
                    nk);
}

/* sorted(iterable, /, *, key=None, reverse=False): list(iterable), then
 * list.sort with the same keywords (which checks them, as in CPython). */
static jg_status bi_sorted(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                           jg_value *out)
{
    int nk = n_kw(kwnames), np = nargs - nk;
    if (np != 1)
        return jg_raise(vm, vm->t.TypeError, "sorted expected 1 argument, got %d", np);
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    jg_value rest = JG_UNDEF;
    jg_status st = jg_list_extend_iter(vm, l, args[0], &rest);
    jg_value a[JG_MAX_TAILCALL_ARGS];
    /* More keywords than key= and reverse=: list.sort refuses one of them
     * once the list is made (or, past what a tail call carries, at once). */
    if (nk > 2 && (st == JG_OK || (st == JG_NEEDS_PY && nk + 2 > JG_MAX_TAILCALL_ARGS)))
        return too_many_sort_keywords(vm, nk);
    if (st == JG_NEEDS_PY) {
        /* _bf_sorted_resume(done, rest, **kw): extend, then sort. */
        a[0] = jg_obj_value(l);
        a[1] = rest;
        memcpy(a + 2, args + np, (size_t)nk * sizeof *a);
        return jg_tailcall_prelude(vm, "_bf_sorted_resume", a, 2 + nk, kwnames);
    }
    if (st != JG_OK)
        return st;
    jg_value sort = jg_type_lookup(vm, vm->t.list, jg_str_intern_cstr(vm, "sort"));
    if (!jg_is_kind(sort, JG_K_NATIVE))
        return jg_raise(vm, vm->t.RuntimeError, "internal: list has no native sort");
    a[0] = jg_obj_value(l);
    memcpy(a + 1, args + np, (size_t)nk * sizeof *a);
    jg_value r;
    st = jg_call_native(vm, sort, a, 1 + nk, kwnames, &r);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_bf_sorted_list", a, 1 + nk, kwnames);
    if (st != JG_OK)
        return st;
    *out = jg_obj_value(l);
    return JG_OK;
}

/* ---------------------------------------------------------------- print */

/* Where print's text goes: the VM's stdout directly, or a native write(). */
typedef struct {
    jg_value file;      /* JG_UNDEF: jg_write_out */
    jg_native_fn write; /* the file's native write method */
} print_target;

/* sys.stdout if the program has imported sys (it may have replaced it),
 * else JG_UNDEF. */
static jg_value sys_stdout(jg_vm *vm)
{
    jg_value sys = jg_dict_get_str(vm->modules, jg_str_intern_cstr(vm, "sys"));
    if (!jg_is_kind(sys, JG_K_MODULE))
        return JG_UNDEF;
    jg_value f = jg_dict_get_str(JG_AS(jg_module, sys)->dict, jg_str_intern_cstr(vm, "stdout"));
    return f == JG_UNDEF ? JG_UNDEF : f;
}

/* The native method 'name' of built-in object 'obj' (not overridden on the
 * object itself), or NULL. */
static jg_native_fn native_method(jg_vm *vm, jg_value obj, const char *name)
{
    jg_type *t = jg_typeof(vm, obj);
    if (t->flags & JG_TF_USER)
        return NULL;
    jg_str *key = jg_str_intern_cstr(vm, name);
    if (!key)
        return NULL;
    jg_value m = jg_type_lookup(vm, t, key);
    if (!jg_is_kind(m, JG_K_NATIVE))
        return NULL;
    jg_native *n = JG_AS(jg_native, m);
    if (n->self != JG_NULL || (n->flags & (JG_NF_STATIC | JG_NF_CLASSMETHOD)) || !n->owner)
        return NULL;
    jg_dict **attrs = jg_attrs_slot(vm, obj);
    if (attrs && *attrs && jg_dict_get_str(*attrs, key) != JG_UNDEF)
        return NULL;
    return n->fn;
}

/* Finds how to write to t->file: JG_NEEDS_PY when its write() is Python
 * code; AttributeError when it has none. */
static jg_status print_writer(jg_vm *vm, print_target *t)
{
    t->write = NULL;
    if (t->file == JG_UNDEF)
        return JG_OK;
    t->write = native_method(vm, t->file, "write");
    if (t->write)
        return JG_OK;
    jg_value w;
    jg_status st = jg_getattr(vm, t->file, jg_str_intern_cstr(vm, "write"), &w);
    return st == JG_OK ? JG_NEEDS_PY : st;
}

static jg_status print_emit(jg_vm *vm, const print_target *t, const jg_buf *b)
{
    if (b->len == 0 && t->file != JG_UNDEF)
        return JG_OK;
    if (t->file == JG_UNDEF) {
        jg_write_out(vm, b->data ? b->data : "", b->len);
        return JG_OK;
    }
    jg_str *s = jg_str_from_buf(vm, b);
    if (!s)
        return jg_raise_nomem(vm);
    jg_value a[2] = {t->file, jg_obj_value(s)}, r;
    jg_status st = t->write(vm, a, 2, NULL, &r);
    if (st == JG_TAILCALL) /* a write method that needs Python: not one of ours */
        return jg_raise(vm, vm->t.RuntimeError, "internal: print target needs Python");
    return st;
}

static jg_status print_flush(jg_vm *vm, const print_target *t)
{
    if (t->file == JG_UNDEF) {
        jg_flush_out(vm);
        return JG_OK;
    }
    jg_native_fn flush = native_method(vm, t->file, "flush");
    jg_value a[1] = {t->file}, r;
    if (flush) {
        jg_status st = flush(vm, a, 1, NULL, &r);
        return st == JG_TAILCALL ? JG_NEEDS_PY : st;
    }
    jg_value f;
    jg_status st = jg_getattr(vm, t->file, jg_str_intern_cstr(vm, "flush"), &f);
    return st == JG_OK ? JG_NEEDS_PY : st;
}

/*
 * print(*args, sep=' ', end='\n', file=None, flush=False).  The text of every
 * argument is made first, so a Python __str__ anywhere sends the whole call
 * to _print before anything is written; an error making the text of one
 * argument writes what came before it, as CPython's piecewise writes do.
 */
static jg_status bi_print(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, jg_value *out)
{
    int nk = n_kw(kwnames), np = nargs - nk;
    jg_value sep = JG_NONE, end = JG_NONE, file = JG_NONE, flush = JG_FALSE;
    for (int k = 0; k < nk; k++) {
        const char *kn = JG_AS(jg_str, kwnames->items[k])->data;
        jg_value v = args[np + k];
        if (strcmp(kn, "sep") == 0)
            sep = v;
        else if (strcmp(kn, "end") == 0)
            end = v;
        else if (strcmp(kn, "file") == 0)
            file = v;
        else if (strcmp(kn, "flush") == 0)
            flush = v;
        else
            return jg_raise(vm, vm->t.TypeError, "'%s' is an invalid keyword argument for print()",
                            kn);
    }
    bool do_flush;
    jg_status st = jg_truth(vm, flush, &do_flush);
    if (st == JG_NEEDS_PY)
        return tail_py(vm, "_print", args, nargs, kwnames);
    if (st != JG_OK)
        return st;
    print_target t;
    t.file = file == JG_NONE ? sys_stdout(vm) : file;
    *out = JG_NONE;
    if (t.file == JG_NONE) /* sys.stdout is None: print does nothing */
        return JG_OK;
    if (sep != JG_NONE && !jg_is_kind(sep, JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "sep must be None or a string, not %s",
                        jg_type_name(vm, sep));
    if (end != JG_NONE && !jg_is_kind(end, JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "end must be None or a string, not %s",
                        jg_type_name(vm, end));
    st = print_writer(vm, &t);
    if (st == JG_NEEDS_PY)
        return tail_py(vm, "_print", args, nargs, kwnames);
    if (st != JG_OK)
        return st;
    jg_buf b;
    jg_scratch_take(&b);
    jg_status bst = JG_OK;
    for (int i = 0; i < np && st == JG_OK; i++) {
        if (i > 0)
            bst = sep == JG_NONE ? jg_buf_putc(&b, ' ')
                                 : jg_buf_put(&b, JG_AS(jg_str, sep)->data,
                                              JG_AS(jg_str, sep)->len);
        jg_value v = args[i];
        jg_str *s;
        if (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.str) {
            s = JG_AS(jg_str, v);
        } else {
            st = jg_str_of(vm, v, &s);
            if (st != JG_OK)
                break;
        }
        if (bst == JG_OK)
            bst = jg_buf_put(&b, s->data, s->len);
    }
    if (st == JG_NEEDS_PY) {
        jg_scratch_give(&b);
        return tail_py(vm, "_print", args, nargs, kwnames);
    }
    if (st == JG_OK && bst == JG_OK)
        bst = end == JG_NONE ? jg_buf_putc(&b, '\n')
                             : jg_buf_put(&b, JG_AS(jg_str, end)->data, JG_AS(jg_str, end)->len);
    if (bst != JG_OK) {
        jg_scratch_give(&b);
        return jg_raise_nomem(vm);
    }
    if (st != JG_OK) {
        /* Keep the raised exception: write what precedes the failing item. */
        jg_value exc = vm->exc;
        if (print_emit(vm, &t, &b) == JG_OK)
            vm->exc = exc;
        jg_scratch_give(&b);
        return JG_RAISED;
    }
    st = print_emit(vm, &t, &b);
    jg_scratch_give(&b);
    if (st == JG_OK && do_flush) {
        st = print_flush(vm, &t);
        if (st == JG_NEEDS_PY) /* written; only a Python flush() is left */
            return jg_tailcall_prelude(vm, "_bf_flush", &t.file, 1, NULL);
    }
    return st;
}

/* ---------------------------------------------------------------- namespaces */

/* The frame that executed the CALL of the running native. */
static jg_frame *caller_frame(jg_vm *vm)
{
    return vm->cur ? vm->cur->frame : NULL;
}

static jg_status set_name(jg_vm *vm, jg_dict *d, jg_str *name, jg_value v)
{
    return jg_dict_set(vm, d, jg_obj_value(name), v);
}

/*
 * locals(): a module or class body's namespace itself; in a function, a new
 * dict of its bound variables in CPython's order - locals (a parameter that
 * is captured by an inner function reads through its cell), then the other
 * cell variables, then the free variables.
 */
static jg_status frame_locals(jg_vm *vm, jg_dict **out)
{
    jg_frame *f = caller_frame(vm);
    if (f && f->locals) {
        *out = f->locals;
        return JG_OK;
    }
    jg_dict *d = jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    *out = d;
    if (!f)
        return JG_OK;
    jg_code *c = f->code;
    uint32_t nl = c->n_locals, nc = c->n_cells, nf = c->n_frees;
    jg_status st;
    for (uint32_t i = 0; i < nl; i++) {
        jg_value v = f->slots[i];
        for (uint32_t j = 0; c->cell_from_arg && j < nc; j++) {
            if (c->cell_from_arg[j] == (int32_t)i) {
                jg_value cell = f->slots[nl + j];
                if (jg_is_kind(cell, JG_K_CELL))
                    v = JG_AS(jg_cell, cell)->ref;
                break;
            }
        }
        if (v != JG_UNDEF && (st = set_name(vm, d, c->slot_names[i], v)) != JG_OK)
            return st;
    }
    for (uint32_t j = 0; j < nc + nf; j++) {
        if (j < nc && c->cell_from_arg && c->cell_from_arg[j] >= 0)
            continue;
        jg_value cell = f->slots[nl + j];
        if (!jg_is_kind(cell, JG_K_CELL) || JG_AS(jg_cell, cell)->ref == JG_UNDEF)
            continue;
        if ((st = set_name(vm, d, c->slot_names[nl + j], JG_AS(jg_cell, cell)->ref)) != JG_OK)
            return st;
    }
    return JG_OK;
}

static jg_status bi_locals(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "locals", nargs, kw, 0, 0);
    jg_dict *d;
    if (st == JG_OK && (st = frame_locals(vm, &d)) == JG_OK)
        *out = jg_obj_value(d);
    return st;
}

static jg_status bi_globals(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "globals", nargs, kw, 0, 0);
    if (st != JG_OK)
        return st;
    jg_frame *f = caller_frame(vm);
    jg_dict *d = f ? f->globals : vm->main_module ? vm->main_module->dict : jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(d);
    return JG_OK;
}

static jg_status bi_vars(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "vars", nargs, kw, 0, 1);
    if (st != JG_OK)
        return st;
    jg_dict *d;
    if (nargs == 0) {
        if ((st = frame_locals(vm, &d)) == JG_OK)
            *out = jg_obj_value(d);
        return st;
    }
    jg_value v = args[0];
    jg_type *t = jg_typeof(vm, v);
    if (t->kind == JG_K_INSTANCE) {
        if ((st = jg_instance_dict(vm, JG_AS(jg_instance, v), &d)) == JG_OK)
            *out = jg_obj_value(d);
        return st;
    }
    if (t->kind == JG_K_MODULE) {
        *out = jg_obj_value(JG_AS(jg_module, v)->dict);
        return JG_OK;
    }
    jg_dict **attrs = jg_attrs_slot(vm, v);
    if (attrs && ((t->flags & JG_TF_USER) || t->kind == JG_K_FUNC || t->kind == JG_K_EXC)) {
        if (!*attrs && !(*attrs = jg_dict_new(vm)))
            return jg_raise_nomem(vm);
        *out = jg_obj_value(*attrs);
        return JG_OK;
    }
    st = jg_getattr(vm, v, jg_sym(vm, JG_SYM___dict__), out);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_vars", args, 1, NULL);
    if (st == JG_RAISED && jg_exc_matches(vm, vm->t.AttributeError)) {
        jg_clear_exc(vm);
        return jg_raise(vm, vm->t.TypeError, "vars() argument must have __dict__ attribute");
    }
    return st;
}

/* ---------------------------------------------------------------- dir */

/* What dir() finds on every object through `object` in CPython 3.11, whether
 * or not this VM's object type defines each of them. */
static const char *const object_dir_names[] = {
    "__class__",    "__delattr__",    "__dir__",     "__doc__",          "__eq__",
    "__format__",   "__ge__",         "__getattribute__", "__getstate__", "__gt__",
    "__hash__",     "__init__",       "__init_subclass__", "__le__",      "__lt__",
    "__ne__",       "__new__",        "__reduce__",  "__reduce_ex__",    "__repr__",
    "__setattr__",  "__sizeof__",     "__str__",     "__subclasshook__", NULL};

/* Names CPython puts in every user class's __dict__ (__qualname__ it removes). */
static const char *const class_dir_names[] = {"__dict__", "__doc__", "__module__", "__weakref__",
                                              NULL};

static jg_status add_name(jg_vm *vm, jg_dict *names, jg_value key)
{
    if (!jg_is_kind(key, JG_K_STR))
        return JG_OK;
    return jg_dict_set(vm, names, key, JG_NONE);
}

static jg_status add_cnames(jg_vm *vm, jg_dict *names, const char *const *list)
{
    for (; *list; list++) {
        jg_str *s = jg_str_intern_cstr(vm, *list);
        if (!s)
            return jg_raise_nomem(vm);
        jg_status st = add_name(vm, names, jg_obj_value(s));
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

static jg_status add_dict_names(jg_vm *vm, jg_dict *names, jg_dict *d, bool skip_qualname)
{
    for (uint32_t i = 0; d && i < d->n_entries; i++) {
        jg_value k = d->entries[i].key;
        if (k == JG_UNDEF)
            continue;
        if (skip_qualname && k == jg_obj_value(jg_sym(vm, JG_SYM___qualname__)))
            continue;
        jg_status st = add_name(vm, names, k);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* The attribute names of class 't' and its bases (type.__dir__). */
static jg_status add_class_names(jg_vm *vm, jg_dict *names, jg_type *t)
{
    jg_status st;
    for (; t; t = t->base) {
        bool user = t->flags & JG_TF_USER;
        if ((st = add_dict_names(vm, names, t->dict, user)) != JG_OK)
            return st;
        if (user && (st = add_cnames(vm, names, class_dir_names)) != JG_OK)
            return st;
    }
    return add_cnames(vm, names, object_dir_names);
}

static int cmp_names(const void *a, const void *b)
{
    return jg_str_cmp(JG_AS(jg_str, *(const jg_value *)a), JG_AS(jg_str, *(const jg_value *)b));
}

/* The keys of 'names' as a sorted list. */
static jg_status sorted_names(jg_vm *vm, jg_dict *names, jg_value *out)
{
    jg_list *l = jg_list_new(vm, names->n_used);
    if (!l)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < names->n_entries; i++) {
        jg_value k = names->entries[i].key;
        if (k == JG_UNDEF || !jg_is_kind(k, JG_K_STR))
            continue;
        jg_status st = jg_list_append(vm, l, k);
        if (st != JG_OK)
            return st;
    }
    if (l->len > 1)
        qsort(l->items, l->len, sizeof *l->items, cmp_names);
    *out = jg_obj_value(l);
    return JG_OK;
}

static jg_status bi_dir(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "dir", nargs, kw, 0, 1);
    if (st != JG_OK)
        return st;
    jg_dict *names = jg_dict_new(vm);
    if (!names)
        return jg_raise_nomem(vm);
    if (nargs == 0) {
        jg_dict *d;
        if ((st = frame_locals(vm, &d)) != JG_OK || (st = add_dict_names(vm, names, d, false)))
            return st;
        return sorted_names(vm, names, out);
    }
    jg_value v = args[0];
    jg_type *t = jg_typeof(vm, v);
    if (py_attr(vm, v, jg_str_intern_cstr(vm, "__dir__")) != JG_UNDEF)
        return jg_tailcall_prelude(vm, "_dir", args, 1, NULL);
    if (t->kind == JG_K_MODULE) {
        st = add_dict_names(vm, names, JG_AS(jg_module, v)->dict, false);
    } else if (t == vm->t.type) {
        st = add_class_names(vm, names, (jg_type *)jg_as_obj(v));
    } else {
        jg_dict *d = NULL;
        if (t->kind == JG_K_INSTANCE) {
            st = jg_instance_dict(vm, JG_AS(jg_instance, v), &d);
        } else {
            jg_dict **attrs = jg_attrs_slot(vm, v);
            d = attrs ? *attrs : NULL;
        }
        if (st == JG_OK)
            st = add_dict_names(vm, names, d, false);
        if (st == JG_OK)
            st = add_class_names(vm, names, t);
    }
    if (st != JG_OK)
        return st;
    return sorted_names(vm, names, out);
}

/* ---------------------------------------------------------------- the module */

static const struct {
    const char *name;
    jg_native_fn fn;
} builtin_fns[] = {
    {"abs", bi_abs},           {"all", bi_all},
    {"any", bi_any},           {"ascii", bi_ascii},
    {"bin", bi_bin},           {"callable", bi_callable},
    {"chr", bi_chr},           {"delattr", bi_delattr},
    {"dir", bi_dir},           {"divmod", bi_divmod},
    {"format", bi_format},     {"getattr", bi_getattr},
    {"globals", bi_globals},   {"hasattr", bi_hasattr},
    {"hash", bi_hash},         {"hex", bi_hex},
    {"id", bi_id},             {"isinstance", bi_isinstance},
    {"issubclass", bi_issubclass}, {"iter", bi_iter},
    {"len", bi_len},           {"locals", bi_locals},
    {"max", bi_max},           {"min", bi_min},
    {"next", bi_next},         {"oct", bi_oct},
    {"ord", bi_ord},           {"pow", bi_pow},
    {"print", bi_print},       {"repr", bi_repr},
    {"round", bi_round},       {"setattr", bi_setattr},
    {"sorted", bi_sorted},     {"sum", bi_sum},
    {"vars", bi_vars},
};

static jg_status set_global(jg_vm *vm, jg_dict *d, const char *name, jg_value v)
{
    jg_str *key = jg_str_intern_cstr(vm, name);
    if (!key)
        return jg_raise_nomem(vm);
    return jg_dict_set_str(vm, d, key, v);
}

jg_status jg_builtins_init(jg_vm *vm, jg_dict *builtins)
{
    jg_status st;
    for (size_t i = 0; i < sizeof builtin_fns / sizeof builtin_fns[0]; i++) {
        jg_native *n = jg_native_new(vm, builtin_fns[i].name, builtin_fns[i].fn, JG_NULL);
        if (!n)
            return jg_raise_nomem(vm);
        if ((st = set_global(vm, builtins, builtin_fns[i].name, jg_obj_value(n))) != JG_OK)
            return st;
    }
    const struct {
        const char *name;
        jg_type *type;
    } types[] = {
        {"object", vm->t.object},
        {"type", vm->t.type},
        {"int", vm->t.int_},
        {"float", vm->t.float_},
        {"bool", vm->t.bool_},
        {"str", vm->t.str},
        {"bytes", vm->t.bytes},
        {"list", vm->t.list},
        {"tuple", vm->t.tuple},
        {"dict", vm->t.dict},
        {"set", vm->t.set},
        {"frozenset", vm->t.frozenset},
        {"range", vm->t.range},
        {"slice", vm->t.slice},
        {"property", vm->t.property},
        {"staticmethod", vm->t.staticmethod},
        {"classmethod", vm->t.classmethod},
        {"super", vm->t.super},
        {"enumerate", vm->t.enumerate},
        {"zip", vm->t.zip},
        {"map", vm->t.map},
        {"filter", vm->t.filter},
        {"reversed", vm->t.reversed},
#define JG_EXC_ENTRY(f, n, b) {n, vm->t.f},
        JG_BUILTIN_EXCEPTIONS(JG_EXC_ENTRY)
#undef JG_EXC_ENTRY
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if ((st = set_global(vm, builtins, types[i].name, jg_obj_value(types[i].type))) != JG_OK)
            return st;
    jg_str *modname = jg_str_intern_cstr(vm, "builtins");
    if (!modname)
        return jg_raise_nomem(vm);
    if ((st = set_global(vm, builtins, "NotImplemented", JG_NOTIMPLEMENTED)) != JG_OK ||
        (st = set_global(vm, builtins, "Ellipsis", JG_ELLIPSIS)) != JG_OK ||
        (st = set_global(vm, builtins, "__debug__", JG_TRUE)) != JG_OK ||
        (st = set_global(vm, builtins, "__name__", jg_obj_value(modname))) != JG_OK)
        return st;
    return JG_OK;
}
