/*
 * vm/pickle.c - the pickle writer (msgpack-c's packer into an sbuffer) and a
 * hand-rolled bounded reader, for the format of vm/PICKLE.md.
 *
 * Both number heap objects in the same order - when an object's encoding
 * starts - so a REF(i) written by one names the object the other made i-th.
 * The reader never trusts a length: each is checked against the bytes left
 * in the enclosing ext body before anything is allocated, so memory is linear
 * in the input; C recursion is bounded by JG_PICKLE_MAX_DEPTH on both sides.
 *
 * Invariant (reader): table[i] is JG_UNDEF until object i exists; an object
 * is entered in the table before its contents are read whenever it can be.
 */
#include <msgpack.h>
#include <stdlib.h>
#include <string.h>

#include "pickle.h"
#include "codeid.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "instance.h"
#include "interp.h"
#include "module.h"
#include "range.h"
#include "set.h"
#include "tuple.h"

/* ================================================================ error types */

jg_status jg_pickle_error_types(jg_vm *vm, jg_type **pickling, jg_type **unpickling)
{
    jg_str *name = jg_str_intern_cstr(vm, "pickle");
    if (!name)
        return jg_raise_nomem(vm);
    jg_module *m;
    jg_code *body;
    jg_status st = jg_import_begin(vm, name, &m, &body);
    if (st != JG_OK)
        return st;
    jg_value p = jg_dict_get_str(m->dict, jg_str_intern_cstr(vm, "PicklingError"));
    jg_value u = jg_dict_get_str(m->dict, jg_str_intern_cstr(vm, "UnpicklingError"));
    if (p == JG_UNDEF || u == JG_UNDEF || !jg_is_kind(p, JG_K_TYPE) || !jg_is_kind(u, JG_K_TYPE))
        return jg_raise(vm, vm->t.RuntimeError, "pickle module is broken");
    *pickling = JG_AS(jg_type, p);
    *unpickling = JG_AS(jg_type, u);
    return JG_OK;
}

/* ================================================================ writer */

typedef struct {
    jg_vm *vm;
    jg_type *perr;
    msgpack_sbuffer sb;
    msgpack_packer pk;
    /* memo: object address -> table index (open addressing, linear probing) */
    uintptr_t *keys;
    uint32_t *vals;
    size_t cap, used;
    uint32_t n_objs;
    int depth;
    bool nomem;
} pwriter;

static size_t ptr_hash(uintptr_t p)
{
    uint64_t x = (uint64_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x;
}

static bool memo_get(pwriter *w, const void *o, uint32_t *idx)
{
    if (!w->cap)
        return false;
    for (size_t i = ptr_hash((uintptr_t)o) & (w->cap - 1);; i = (i + 1) & (w->cap - 1)) {
        if (w->keys[i] == 0)
            return false;
        if (w->keys[i] == (uintptr_t)o) {
            *idx = w->vals[i];
            return true;
        }
    }
}

static jg_status memo_put(pwriter *w, const void *o, uint32_t idx)
{
    if ((w->used + 1) * 2 > w->cap) {
        size_t ncap = w->cap ? w->cap * 2 : 64;
        uintptr_t *nk = calloc(ncap, sizeof *nk);
        uint32_t *nv = calloc(ncap, sizeof *nv);
        if (!nk || !nv) {
            free(nk);
            free(nv);
            return jg_raise_nomem(w->vm);
        }
        for (size_t i = 0; i < w->cap; i++) {
            if (!w->keys[i])
                continue;
            size_t j = ptr_hash(w->keys[i]) & (ncap - 1);
            while (nk[j])
                j = (j + 1) & (ncap - 1);
            nk[j] = w->keys[i];
            nv[j] = w->vals[i];
        }
        free(w->keys);
        free(w->vals);
        w->keys = nk;
        w->vals = nv;
        w->cap = ncap;
    }
    size_t i = ptr_hash((uintptr_t)o) & (w->cap - 1);
    while (w->keys[i])
        i = (i + 1) & (w->cap - 1);
    w->keys[i] = (uintptr_t)o;
    w->vals[i] = idx;
    w->used++;
    return JG_OK;
}

/* Gives the object whose encoding starts now the next index ('o' NULL: an
 * object the reader makes but the writer never meets again). */
static jg_status new_index(pwriter *w, const void *o)
{
    uint32_t idx = w->n_objs++;
    return o ? memo_put(w, o, idx) : JG_OK;
}

static jg_status pk_check(pwriter *w, int rc)
{
    if (rc != 0)
        return jg_raise_nomem(w->vm);
    return JG_OK;
}

/* Starts an ext 32 whose length is patched by end_ext; *at is the header offset. */
static jg_status begin_ext(pwriter *w, int type, size_t *at)
{
    unsigned char hdr[6] = {0xc9, 0, 0, 0, 0, (unsigned char)(int8_t)type};
    *at = w->sb.size;
    return pk_check(w, msgpack_sbuffer_write(&w->sb, (const char *)hdr, sizeof hdr));
}

static void end_ext(pwriter *w, size_t at)
{
    size_t len = w->sb.size - at - 6;
    unsigned char *h = (unsigned char *)w->sb.data + at + 1;
    h[0] = (unsigned char)(len >> 24);
    h[1] = (unsigned char)(len >> 16);
    h[2] = (unsigned char)(len >> 8);
    h[3] = (unsigned char)len;
}

static jg_status write_value(pwriter *w, jg_value v);

static jg_status write_str_obj(pwriter *w, jg_str *s)
{
    uint32_t idx;
    if (memo_get(w, s, &idx)) {
        unsigned char b[4] = {(unsigned char)(idx >> 24), (unsigned char)(idx >> 16),
                              (unsigned char)(idx >> 8), (unsigned char)idx};
        return pk_check(w, msgpack_pack_ext_with_body(&w->pk, b, 4, JG_PX_REF));
    }
    jg_status st = new_index(w, s);
    if (st != JG_OK)
        return st;
    return pk_check(w, msgpack_pack_str_with_body(&w->pk, s->data, s->len));
}

static jg_status write_items(pwriter *w, const jg_value *items, size_t n)
{
    jg_status st = pk_check(w, msgpack_pack_array(&w->pk, n));
    for (size_t i = 0; st == JG_OK && i < n; i++)
        st = write_value(w, items[i]);
    return st;
}

static jg_status cant_pickle(pwriter *w, jg_value v)
{
    return jg_raise(w->vm, w->perr, "cannot pickle '%s' object", jg_type_name(w->vm, v));
}

/* The builtins name of 'v' (a built-in function or type), or NULL. */
static jg_str *builtin_name(jg_vm *vm, jg_value v)
{
    jg_dict *b = vm->builtins;
    for (uint32_t i = 0; i < b->n_entries; i++)
        if (b->entries[i].key != JG_UNDEF && b->entries[i].value == v &&
            jg_is_kind(b->entries[i].key, JG_K_STR))
            return JG_AS(jg_str, b->entries[i].key);
    return NULL;
}

/* The class a user class's qualname names from its module, or JG_UNDEF. */
static jg_value find_class(jg_vm *vm, jg_str *module, jg_str *qualname)
{
    jg_value mv;
    bool found;
    if (jg_dict_get(vm, vm->modules, jg_obj_value(module), &mv, &found) != JG_OK) {
        jg_clear_exc(vm);
        return JG_UNDEF;
    }
    if (!found || !jg_is_kind(mv, JG_K_MODULE))
        return JG_UNDEF;
    jg_dict *d = JG_AS(jg_module, mv)->dict;
    const char *p = qualname->data, *end = p + qualname->len;
    jg_value cur = JG_UNDEF;
    while (p <= end) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        size_t n = dot ? (size_t)(dot - p) : (size_t)(end - p);
        jg_str *part = jg_str_intern(vm, p, n);
        if (!part || !d)
            return JG_UNDEF;
        cur = jg_dict_get_str(d, part);
        if (cur == JG_UNDEF)
            return JG_UNDEF;
        d = jg_is_kind(cur, JG_K_TYPE) ? JG_AS(jg_type, cur)->dict : NULL;
        if (!dot)
            break;
        p = dot + 1;
    }
    return jg_is_kind(cur, JG_K_TYPE) ? cur : JG_UNDEF;
}

static jg_status write_module(pwriter *w, jg_module *m, const uint8_t *hash)
{
    uint32_t idx;
    if (memo_get(w, m, &idx))
        return write_value(w, jg_obj_value(m));
    size_t at;
    jg_status st = new_index(w, m);
    if (st == JG_OK)
        st = begin_ext(w, JG_PX_MODULE, &at);
    if (st == JG_OK)
        st = pk_check(w, msgpack_pack_array(&w->pk, 2));
    if (st == JG_OK)
        st = write_str_obj(w, m->name);
    if (st == JG_OK && (st = new_index(w, NULL)) == JG_OK)
        st = pk_check(w, msgpack_pack_bin_with_body(&w->pk, hash, JG_CODE_HASH_BYTES));
    if (st == JG_OK)
        end_ext(w, at);
    return st;
}

static jg_status write_func(pwriter *w, jg_func *f)
{
    jg_vm *vm = w->vm;
    jg_code *c = f->code;
    const uint8_t *hash;
    if (!c->source)
        return jg_raise(vm, w->perr, "cannot pickle function '%s': its code has no source",
                        f->qualname->data);
    jg_module *m = jg_codeid_module_of_globals(vm, f->globals);
    if (!m)
        return jg_raise(vm, w->perr, "cannot pickle function '%s': its module is not loaded",
                        f->qualname->data);
    jg_status st = jg_code_module_hash(vm, c, &hash);
    if (st != JG_OK || (st = jg_codeid_register_code(vm, m, c)) != JG_OK)
        return st;
    size_t at, at_code;
    if ((st = begin_ext(w, JG_PX_FUNCTION, &at)) != JG_OK ||
        (st = pk_check(w, msgpack_pack_array(&w->pk, 9))) != JG_OK)
        return st;
    /* CODE [hash, index] */
    uint32_t idx;
    if (memo_get(w, c, &idx)) {
        st = write_value(w, jg_obj_value(c));
    } else {
        if ((st = new_index(w, c)) != JG_OK || (st = begin_ext(w, JG_PX_CODE, &at_code)) != JG_OK ||
            (st = pk_check(w, msgpack_pack_array(&w->pk, 2))) != JG_OK ||
            (st = new_index(w, NULL)) != JG_OK ||
            (st = pk_check(w, msgpack_pack_bin_with_body(&w->pk, hash, JG_CODE_HASH_BYTES))) !=
                JG_OK ||
            (st = pk_check(w, msgpack_pack_uint32(&w->pk, c->index))) != JG_OK)
            return st;
        end_ext(w, at_code);
    }
    if (st != JG_OK || (st = write_module(w, m, hash)) != JG_OK ||
        (st = write_str_obj(w, f->name)) != JG_OK || (st = write_str_obj(w, f->qualname)) != JG_OK)
        return st;
    jg_value parts[5] = {
        f->defaults ? jg_obj_value(f->defaults) : JG_NONE,
        f->kwdefaults ? jg_obj_value(f->kwdefaults) : JG_NONE,
        f->closure ? jg_obj_value(f->closure) : JG_NONE,
        f->attrs ? jg_obj_value(f->attrs) : JG_NONE,
        f->doc,
    };
    for (int i = 0; i < 5 && st == JG_OK; i++)
        st = write_value(w, parts[i]);
    if (st == JG_OK)
        end_ext(w, at);
    return st;
}

static jg_status write_obj(pwriter *w, jg_value v)
{
    jg_vm *vm = w->vm;
    jg_obj *o = jg_obj_of(v);
    jg_type *t = o->type;
    size_t at;
    jg_status st;
    switch (t->kind) {
    case JG_K_STR:
        if (t != vm->t.str)
            break;
        return write_str_obj(w, (jg_str *)o);
    case JG_K_BYTES: {
        if (t != vm->t.bytes)
            break;
        jg_bytes *b = (jg_bytes *)o;
        if ((st = new_index(w, o)) != JG_OK)
            return st;
        return pk_check(w, msgpack_pack_bin_with_body(&w->pk, b->data, b->len));
    }
    case JG_K_INT: {
        if (t != vm->t.int_)
            break;
        jg_bigint *bi = (jg_bigint *)o;
        size_t n = (mpz_sizeinbase(bi->z, 2) + 7) / 8;
        unsigned char *buf = malloc(n + 1);
        if (!buf)
            return jg_raise_nomem(vm);
        size_t got = 0;
        buf[0] = mpz_sgn(bi->z) < 0 ? 1 : 0;
        mpz_export(buf + 1, &got, 1, 1, 1, 0, bi->z);
        st = new_index(w, o);
        if (st == JG_OK)
            st = pk_check(w, msgpack_pack_ext_with_body(&w->pk, buf, got + 1, JG_PX_BIGINT));
        free(buf);
        return st;
    }
    case JG_K_TUPLE:
    case JG_K_LIST: {
        bool is_tuple = t->kind == JG_K_TUPLE;
        if (t != (is_tuple ? vm->t.tuple : vm->t.list))
            break;
        const jg_value *items = is_tuple ? ((jg_tuple *)o)->items : ((jg_list *)o)->items;
        size_t n = is_tuple ? ((jg_tuple *)o)->len : ((jg_list *)o)->len;
        if ((st = new_index(w, o)) != JG_OK ||
            (st = begin_ext(w, is_tuple ? JG_PX_TUPLE : JG_PX_LIST, &at)) != JG_OK)
            return st;
        if (is_tuple) {
            st = write_items(w, items, n);
        } else {
            /* A list may change under us only through Python code, which never
             * runs here; still, re-read its length each step. */
            jg_list *l = (jg_list *)o;
            st = pk_check(w, msgpack_pack_array(&w->pk, l->len));
            for (size_t i = 0; st == JG_OK && i < n; i++)
                st = write_value(w, l->items[i]);
        }
        if (st == JG_OK)
            end_ext(w, at);
        return st;
    }
    case JG_K_DICT: {
        if (t != vm->t.dict)
            break;
        jg_dict *d = (jg_dict *)o;
        if ((st = new_index(w, o)) != JG_OK || (st = begin_ext(w, JG_PX_DICT, &at)) != JG_OK ||
            (st = pk_check(w, msgpack_pack_map(&w->pk, d->n_used))) != JG_OK)
            return st;
        for (uint32_t i = 0; st == JG_OK && i < d->n_entries; i++) {
            if (d->entries[i].key == JG_UNDEF)
                continue;
            st = write_value(w, d->entries[i].key);
            if (st == JG_OK)
                st = write_value(w, d->entries[i].value);
        }
        if (st == JG_OK)
            end_ext(w, at);
        return st;
    }
    case JG_K_SET: {
        if (t != vm->t.set && t != vm->t.frozenset)
            break;
        jg_set *s = (jg_set *)o;
        if ((st = new_index(w, o)) != JG_OK ||
            (st = begin_ext(w, t == vm->t.set ? JG_PX_SET : JG_PX_FROZENSET, &at)) != JG_OK ||
            (st = pk_check(w, msgpack_pack_array(&w->pk, s->used))) != JG_OK)
            return st;
        uint32_t pos = 0;
        jg_value key;
        int64_t h;
        while (st == JG_OK && jg_set_next(s, &pos, &key, &h))
            st = write_value(w, key);
        if (st == JG_OK)
            end_ext(w, at);
        return st;
    }
    case JG_K_RANGE: {
        jg_range *r = (jg_range *)o;
        jg_value parts[3] = {r->start, r->stop, r->step};
        if ((st = new_index(w, o)) != JG_OK || (st = begin_ext(w, JG_PX_RANGE, &at)) != JG_OK ||
            (st = write_items(w, parts, 3)) != JG_OK)
            return st;
        end_ext(w, at);
        return JG_OK;
    }
    case JG_K_FUNC:
        if ((st = new_index(w, o)) != JG_OK)
            return st;
        return write_func(w, (jg_func *)o);
    case JG_K_CELL: {
        jg_cell *c = (jg_cell *)o;
        if ((st = new_index(w, o)) != JG_OK || (st = begin_ext(w, JG_PX_CELL, &at)) != JG_OK)
            return st;
        st = c->ref == JG_UNDEF ? write_items(w, NULL, 0) : write_items(w, &c->ref, 1);
        if (st == JG_OK)
            end_ext(w, at);
        return st;
    }
    case JG_K_METHOD: {
        jg_method *m = (jg_method *)o;
        jg_value parts[2] = {m->func, m->self};
        if ((st = new_index(w, o)) != JG_OK || (st = begin_ext(w, JG_PX_METHOD, &at)) != JG_OK ||
            (st = write_items(w, parts, 2)) != JG_OK)
            return st;
        end_ext(w, at);
        return JG_OK;
    }
    case JG_K_INSTANCE: {
        if (!(t->flags & JG_TF_USER))
            break;
        jg_dict *attrs;
        if ((st = jg_instance_dict(vm, (jg_instance *)o, &attrs)) != JG_OK)
            return st;
        if ((st = new_index(w, o)) != JG_OK ||
            (st = begin_ext(w, JG_PX_INSTANCE, &at)) != JG_OK ||
            (st = pk_check(w, msgpack_pack_array(&w->pk, 2))) != JG_OK ||
            (st = write_value(w, jg_obj_value(t))) != JG_OK ||
            (st = write_value(w, jg_obj_value(attrs))) != JG_OK)
            return st;
        end_ext(w, at);
        return JG_OK;
    }
    case JG_K_TYPE: {
        jg_type *c = (jg_type *)o;
        if (!(c->flags & JG_TF_USER)) {
            jg_str *name = builtin_name(vm, v);
            if (!name)
                return jg_raise(vm, w->perr, "cannot pickle built-in type '%s'", c->name->data);
            if ((st = new_index(w, o)) != JG_OK || (st = begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
                (st = write_str_obj(w, name)) != JG_OK)
                return st;
            end_ext(w, at);
            return JG_OK;
        }
        if (!c->module || find_class(vm, c->module, c->name) != v)
            return jg_raise(vm, w->perr, "Can't pickle <class '%s.%s'>: it's not found as %s.%s",
                            c->module ? c->module->data : "?", c->name->data,
                            c->module ? c->module->data : "?", c->name->data);
        if ((st = new_index(w, o)) != JG_OK || (st = begin_ext(w, JG_PX_CLASS, &at)) != JG_OK ||
            (st = pk_check(w, msgpack_pack_array(&w->pk, 2))) != JG_OK ||
            (st = write_str_obj(w, c->module)) != JG_OK || (st = write_str_obj(w, c->name)) != JG_OK)
            return st;
        end_ext(w, at);
        return JG_OK;
    }
    case JG_K_NATIVE: {
        jg_native *n = (jg_native *)o;
        jg_str *name = n->self == JG_NULL && !n->owner ? builtin_name(vm, v) : NULL;
        if (!name)
            return jg_raise(vm, w->perr, "cannot pickle built-in function '%s'", n->name);
        if ((st = new_index(w, o)) != JG_OK || (st = begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
            (st = write_str_obj(w, name)) != JG_OK)
            return st;
        end_ext(w, at);
        return JG_OK;
    }
    default:
        break;
    }
    return cant_pickle(w, v);
}

static jg_status write_value(pwriter *w, jg_value v)
{
    if (v == JG_NONE)
        return pk_check(w, msgpack_pack_nil(&w->pk));
    if (v == JG_TRUE)
        return pk_check(w, msgpack_pack_true(&w->pk));
    if (v == JG_FALSE)
        return pk_check(w, msgpack_pack_false(&w->pk));
    if (jg_is_float(v))
        return pk_check(w, msgpack_pack_double(&w->pk, jg_as_float(v)));
    if (jg_is_int(v))
        return pk_check(w, msgpack_pack_int64(&w->pk, jg_as_int(v)));
    if (v == JG_NOTIMPLEMENTED || v == JG_ELLIPSIS) {
        size_t at;
        jg_str *name = jg_str_intern_cstr(w->vm, v == JG_ELLIPSIS ? "Ellipsis" : "NotImplemented");
        jg_status st = name ? new_index(w, NULL) : jg_raise_nomem(w->vm);
        if (st != JG_OK || (st = begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
            (st = write_str_obj(w, name)) != JG_OK)
            return st;
        end_ext(w, at);
        return JG_OK;
    }
    if (!jg_is_obj(v))
        return cant_pickle(w, v);
    uint32_t idx;
    if (memo_get(w, jg_obj_of(v), &idx)) {
        unsigned char b[4] = {(unsigned char)(idx >> 24), (unsigned char)(idx >> 16),
                              (unsigned char)(idx >> 8), (unsigned char)idx};
        return pk_check(w, msgpack_pack_ext_with_body(&w->pk, b, 4, JG_PX_REF));
    }
    if (w->depth >= JG_PICKLE_MAX_DEPTH)
        return jg_raise(w->vm, w->vm->t.RecursionError,
                        "maximum recursion depth exceeded while pickling an object");
    w->depth++;
    jg_status st = write_obj(w, v);
    w->depth--;
    return st;
}

jg_status jg_pickle_dumps(jg_vm *vm, jg_value v, jg_bytes **out)
{
    jg_type *perr, *uerr;
    jg_status st = jg_pickle_error_types(vm, &perr, &uerr);
    if (st != JG_OK)
        return st;
    pwriter w = {.vm = vm, .perr = perr};
    msgpack_sbuffer_init(&w.sb);
    msgpack_packer_init(&w.pk, &w.sb, msgpack_sbuffer_write);
    st = pk_check(&w, msgpack_sbuffer_write(&w.sb, JG_PICKLE_MAGIC, 4));
    if (st == JG_OK)
        st = pk_check(&w, msgpack_pack_uint32(&w.pk, JG_PICKLE_FORMAT_VERSION));
    if (st == JG_OK)
        st = pk_check(&w, msgpack_pack_uint32(&w.pk, JG_COMPILER_VERSION));
    if (st == JG_OK)
        st = write_value(&w, v);
    if (st == JG_OK && w.sb.size > JG_PICKLE_MAX_SIZE)
        st = jg_raise(vm, perr, "pickle larger than %u bytes", (unsigned)JG_PICKLE_MAX_SIZE);
    if (st == JG_OK) {
        *out = jg_bytes_new(vm, w.sb.data, w.sb.size);
        if (!*out)
            st = jg_raise_nomem(vm);
    }
    msgpack_sbuffer_destroy(&w.sb);
    free(w.keys);
    free(w.vals);
    return st;
}

/* ================================================================ reader */

typedef struct {
    jg_vm *vm;
    jg_type *uerr;
    const uint8_t *p, *end; /* 'end' is the end of the innermost ext body */
    jg_value *table;
    uint8_t *state;         /* per object: 0 done, 1 unfinished, 2 unfinished and referenced */
    uint32_t n, cap;
    uint32_t n_leaked;      /* unfinished tuples/frozensets reached through a REF */
    int depth;
} preader;

enum { OBJ_DONE, OBJ_UNFINISHED, OBJ_LEAKED };

static jg_status fail(preader *r, const char *fmt, ...) JG_PRINTF(2, 3);
static jg_status fail(preader *r, const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return jg_raise(r->vm, r->uerr, "%s", msg);
}

static jg_status truncated(preader *r)
{
    return fail(r, "truncated data");
}

static size_t left(preader *r)
{
    return (size_t)(r->end - r->p);
}

static uint64_t be(const uint8_t *p, int n)
{
    uint64_t x = 0;
    for (int i = 0; i < n; i++)
        x = (x << 8) | p[i];
    return x;
}

/* Reserves the next table index (its value JG_UNDEF until set). */
static jg_status reserve(preader *r, uint32_t *idx)
{
    if (r->n >= JG_PICKLE_MAX_OBJECTS)
        return fail(r, "more than %u objects", (unsigned)JG_PICKLE_MAX_OBJECTS);
    if (r->n == r->cap) {
        uint32_t ncap = r->cap ? r->cap * 2 : 64;
        jg_value *t = realloc(r->table, ncap * sizeof *t);
        if (!t)
            return jg_raise_nomem(r->vm);
        r->table = t;
        uint8_t *s = realloc(r->state, ncap);
        if (!s)
            return jg_raise_nomem(r->vm);
        r->state = s;
        r->cap = ncap;
    }
    *idx = r->n++;
    r->table[*idx] = JG_UNDEF;
    r->state[*idx] = OBJ_DONE;
    return JG_OK;
}

static void finish(preader *r, uint32_t idx)
{
    if (r->state[idx] == OBJ_LEAKED)
        r->n_leaked--;
    r->state[idx] = OBJ_DONE;
}

/* A value about to be hashed (dict key, set element). */
static jg_status check_key(preader *r)
{
    if (r->n_leaked)
        return fail(r, "unfinished tuple used as a key");
    return JG_OK;
}

/* Reads a msgpack array header inside an ext body of 'type'. */
static jg_status read_array_header(preader *r, int type, uint32_t *n)
{
    if (!left(r))
        return truncated(r);
    uint8_t b = *r->p;
    size_t hl;
    if ((b & 0xf0) == 0x90) {
        *n = b & 0x0f;
        hl = 1;
    } else if (b == 0xdc || b == 0xdd) {
        hl = b == 0xdc ? 3 : 5;
        if (left(r) < hl)
            return truncated(r);
        *n = (uint32_t)be(r->p + 1, (int)hl - 1);
    } else {
        return fail(r, "ext type %d holds no array", type);
    }
    r->p += hl;
    if (*n > left(r)) /* every element takes at least one byte */
        return truncated(r);
    return JG_OK;
}

static jg_status read_map_header(preader *r, int type, uint32_t *n)
{
    if (!left(r))
        return truncated(r);
    uint8_t b = *r->p;
    size_t hl;
    if ((b & 0xf0) == 0x80) {
        *n = b & 0x0f;
        hl = 1;
    } else if (b == 0xde || b == 0xdf) {
        hl = b == 0xde ? 3 : 5;
        if (left(r) < hl)
            return truncated(r);
        *n = (uint32_t)be(r->p + 1, (int)hl - 1);
    } else {
        return fail(r, "ext type %d holds no map", type);
    }
    r->p += hl;
    if (*n > left(r) / 2)
        return truncated(r);
    return JG_OK;
}

static jg_status read_value(preader *r, jg_value *out);

static jg_status read_expect(preader *r, jg_kind kind, const char *what, jg_value *out)
{
    jg_status st = read_value(r, out);
    if (st == JG_OK && !jg_is_kind(*out, kind))
        return fail(r, "expected %s, found %s", what, jg_type_name(r->vm, *out));
    return st;
}

static jg_status read_hash(preader *r, uint8_t hash[JG_CODE_HASH_BYTES])
{
    jg_value h;
    jg_status st = read_expect(r, JG_K_BYTES, "a code hash", &h);
    if (st != JG_OK)
        return st;
    jg_bytes *b = JG_AS(jg_bytes, h);
    if (b->len != JG_CODE_HASH_BYTES)
        return fail(r, "code hash of %u bytes", (unsigned)b->len);
    memcpy(hash, b->data, JG_CODE_HASH_BYTES);
    return JG_OK;
}

static jg_status unknown_hash(preader *r, const uint8_t *h)
{
    char hex[17];
    for (int i = 0; i < 8; i++)
        snprintf(hex + 2 * i, 3, "%02x", h[i]);
    return fail(r, "unknown code hash %s...", hex);
}

static jg_status read_ext_body(preader *r, int type, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_status st;
    uint32_t n;
    switch (type) {
    case JG_PX_BIGINT: {
        size_t len = left(r);
        if (len < 2 || r->p[0] > 1 || r->p[1] == 0)
            return fail(r, "malformed big int");
        mpz_t z;
        mpz_init(z);
        mpz_import(z, len - 1, 1, 1, 1, 0, r->p + 1);
        if (r->p[0])
            mpz_neg(z, z);
        st = jg_int_from_mpz(vm, z, out);
        mpz_clear(z);
        r->p = r->end;
        return st;
    }
    case JG_PX_TUPLE:
    case JG_PX_LIST:
    case JG_PX_SET:
    case JG_PX_FROZENSET: {
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        jg_value item;
        if (type == JG_PX_TUPLE) {
            jg_tuple *t = jg_tuple_new(vm, n);
            if (!t)
                return jg_raise_nomem(vm);
            r->table[idx] = *out = jg_obj_value(t);
            r->state[idx] = OBJ_UNFINISHED;
            for (uint32_t i = 0; i < n; i++) {
                if ((st = read_value(r, &item)) != JG_OK)
                    return st;
                t->items[i] = item;
            }
            t->hash = -1;
            finish(r, idx);
            return JG_OK;
        }
        if (type == JG_PX_LIST) {
            jg_list *l = jg_list_new(vm, n);
            if (!l)
                return jg_raise_nomem(vm);
            r->table[idx] = *out = jg_obj_value(l);
            for (uint32_t i = 0; i < n; i++)
                if ((st = read_value(r, &item)) != JG_OK ||
                    (st = jg_list_append(vm, l, item)) != JG_OK)
                    return st;
            return JG_OK;
        }
        jg_set *s = jg_set_new(vm, type == JG_PX_SET ? vm->t.set : vm->t.frozenset);
        if (!s)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(s);
        if (type == JG_PX_FROZENSET)
            r->state[idx] = OBJ_UNFINISHED;
        for (uint32_t i = 0; i < n; i++)
            if ((st = read_value(r, &item)) != JG_OK || (st = check_key(r)) != JG_OK ||
                (st = jg_set_add(vm, s, item)) != JG_OK)
                return st;
        s->hash = -1;
        finish(r, idx);
        return JG_OK;
    }
    case JG_PX_DICT: {
        if ((st = read_map_header(r, type, &n)) != JG_OK)
            return st;
        jg_dict *d = jg_dict_new(vm);
        if (!d)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(d);
        for (uint32_t i = 0; i < n; i++) {
            jg_value k, v;
            if ((st = read_value(r, &k)) != JG_OK || (st = check_key(r)) != JG_OK ||
                (st = read_value(r, &v)) != JG_OK || (st = jg_dict_set(vm, d, k, v)) != JG_OK)
                return st;
        }
        return JG_OK;
    }
    case JG_PX_RANGE: {
        jg_value p[3];
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 3)
            return fail(r, "range of %u parts", n);
        for (int i = 0; i < 3; i++) {
            if ((st = read_value(r, &p[i])) != JG_OK)
                return st;
            if (!jg_is_int(p[i]) && !(jg_is_obj(p[i]) && jg_obj_of(p[i])->type == vm->t.int_))
                return fail(r, "range bound is not an int");
        }
        if (p[2] == jg_int(0))
            return fail(r, "range step is zero");
        if ((st = jg_range_new(vm, p[0], p[1], p[2], out)) == JG_OK)
            r->table[idx] = *out;
        return st;
    }
    case JG_PX_MODULE: {
        jg_value name;
        uint8_t hash[JG_CODE_HASH_BYTES];
        jg_module *m;
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return fail(r, "module reference of %u parts", n);
        if ((st = read_expect(r, JG_K_STR, "a module name", &name)) != JG_OK ||
            (st = read_hash(r, hash)) != JG_OK || (st = jg_codeid_find_module(vm, hash, &m)) != JG_OK)
            return st;
        if (!m)
            return unknown_hash(r, hash);
        if (!jg_str_eq(m->name, JG_AS(jg_str, name)))
            return fail(r, "module '%.60s' has different source", JG_AS(jg_str, name)->data);
        r->table[idx] = *out = jg_obj_value(m);
        return JG_OK;
    }
    case JG_PX_CODE: {
        jg_value iv;
        uint8_t hash[JG_CODE_HASH_BYTES];
        jg_code *c;
        jg_module *m;
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return fail(r, "code reference of %u parts", n);
        if ((st = read_hash(r, hash)) != JG_OK || (st = read_value(r, &iv)) != JG_OK)
            return st;
        if (!jg_is_int(iv) || jg_as_int(iv) < 0 || jg_as_int(iv) > UINT32_MAX)
            return fail(r, "code index is not an index");
        if ((st = jg_codeid_find_code(vm, hash, (uint32_t)jg_as_int(iv), &c)) != JG_OK)
            return st;
        if (!c) {
            if ((st = jg_codeid_find_module(vm, hash, &m)) != JG_OK)
                return st;
            if (!m)
                return unknown_hash(r, hash);
            return fail(r, "module has no code object %u", (unsigned)jg_as_int(iv));
        }
        r->table[idx] = *out = jg_obj_value(c);
        return JG_OK;
    }
    case JG_PX_FUNCTION: {
        jg_value code, mod, name, qualname, parts[5];
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 9)
            return fail(r, "function of %u parts", n);
        if ((st = read_expect(r, JG_K_CODE, "a code reference", &code)) != JG_OK ||
            (st = read_expect(r, JG_K_MODULE, "a module reference", &mod)) != JG_OK ||
            (st = read_expect(r, JG_K_STR, "a function name", &name)) != JG_OK ||
            (st = read_expect(r, JG_K_STR, "a function qualname", &qualname)) != JG_OK)
            return st;
        jg_code *c = JG_AS(jg_code, code);
        if (c->flags & (JG_CO_MODULE | JG_CO_CLASS))
            return fail(r, "code object %u is not a function", (unsigned)c->index);
        jg_func *f = jg_func_new(vm, c, JG_AS(jg_module, mod)->dict);
        if (!f)
            return jg_raise_nomem(vm);
        f->name = JG_AS(jg_str, name);
        f->qualname = JG_AS(jg_str, qualname);
        r->table[idx] = *out = jg_obj_value(f);
        for (int i = 0; i < 5; i++)
            if ((st = read_value(r, &parts[i])) != JG_OK)
                return st;
        if (parts[0] != JG_NONE && !jg_is_kind(parts[0], JG_K_TUPLE))
            return fail(r, "function defaults are not a tuple");
        if (parts[1] != JG_NONE && !jg_is_kind(parts[1], JG_K_DICT))
            return fail(r, "function keyword defaults are not a dict");
        if (parts[3] != JG_NONE && !jg_is_kind(parts[3], JG_K_DICT))
            return fail(r, "function attributes are not a dict");
        uint32_t n_cl = 0;
        if (parts[2] != JG_NONE) {
            if (!jg_is_kind(parts[2], JG_K_TUPLE))
                return fail(r, "function closure is not a tuple");
            jg_tuple *cl = JG_AS(jg_tuple, parts[2]);
            n_cl = cl->len;
            for (uint32_t i = 0; i < n_cl; i++)
                if (!jg_is_kind(cl->items[i], JG_K_CELL))
                    return fail(r, "function closure holds a non-cell");
        }
        if (n_cl != c->n_frees)
            return fail(r, "function closure has %u cells, its code %u", n_cl, c->n_frees);
        f->defaults = parts[0] == JG_NONE ? NULL : JG_AS(jg_tuple, parts[0]);
        f->kwdefaults = parts[1] == JG_NONE ? NULL : JG_AS(jg_dict, parts[1]);
        f->closure = parts[2] == JG_NONE ? NULL : JG_AS(jg_tuple, parts[2]);
        f->attrs = parts[3] == JG_NONE ? NULL : JG_AS(jg_dict, parts[3]);
        f->doc = parts[4];
        return JG_OK;
    }
    case JG_PX_CLASS: {
        jg_value mod, qual;
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return fail(r, "class reference of %u parts", n);
        if ((st = read_expect(r, JG_K_STR, "a module name", &mod)) != JG_OK ||
            (st = read_expect(r, JG_K_STR, "a class name", &qual)) != JG_OK)
            return st;
        jg_value c = find_class(vm, JG_AS(jg_str, mod), JG_AS(jg_str, qual));
        if (c == JG_UNDEF)
            return fail(r, "Can't get attribute '%.60s' on module '%.60s'",
                        JG_AS(jg_str, qual)->data, JG_AS(jg_str, mod)->data);
        r->table[idx] = *out = c;
        return JG_OK;
    }
    case JG_PX_INSTANCE: {
        jg_value cls, attrs;
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return fail(r, "instance of %u parts", n);
        if ((st = read_expect(r, JG_K_TYPE, "a class", &cls)) != JG_OK)
            return st;
        jg_type *t = JG_AS(jg_type, cls);
        if (!(t->flags & JG_TF_USER) || t->kind != JG_K_INSTANCE)
            return fail(r, "instance of a class that is not a plain user class");
        jg_instance *inst = jg_instance_new(vm, t);
        if (!inst)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(inst);
        if ((st = read_expect(r, JG_K_DICT, "an attribute dict", &attrs)) != JG_OK)
            return st;
        jg_dict *d = JG_AS(jg_dict, attrs);
        uint32_t pos = 0;
        jg_value k, v;
        int64_t kh;
    while (jg_dict_next(d, &pos, &k, &v, &kh)) {
            if (!jg_is_kind(k, JG_K_STR))
                return fail(r, "instance attribute name is not a str");
            jg_str *name = JG_AS(jg_str, k);
            name = name->is_interned ? name : jg_str_intern(vm, name->data, name->len);
            if (!name)
                return jg_raise_nomem(vm);
            if ((st = jg_instance_set(vm, inst, name, v)) != JG_OK)
                return st;
        }
        return JG_OK;
    }
    case JG_PX_METHOD: {
        jg_value p[2];
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return fail(r, "method of %u parts", n);
        if ((st = read_value(r, &p[0])) != JG_OK || (st = read_value(r, &p[1])) != JG_OK)
            return st;
        if (!jg_is_kind(p[0], JG_K_FUNC) && !jg_is_kind(p[0], JG_K_NATIVE))
            return fail(r, "method of a non-function");
        if ((st = jg_method_new(vm, p[0], p[1], out)) == JG_OK)
            r->table[idx] = *out;
        return st;
    }
    case JG_PX_CELL: {
        if ((st = read_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n > 1)
            return fail(r, "cell of %u values", n);
        jg_cell *c = jg_cell_new(vm, JG_UNDEF);
        if (!c)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(c);
        if (n == 1) {
            jg_value v;
            if ((st = read_value(r, &v)) != JG_OK)
                return st;
            c->ref = v;
        }
        return JG_OK;
    }
    case JG_PX_BUILTIN: {
        jg_value name;
        if ((st = read_expect(r, JG_K_STR, "a built-in name", &name)) != JG_OK)
            return st;
        jg_str *s = JG_AS(jg_str, name);
        jg_str *key = jg_str_intern(vm, s->data, s->len);
        if (!key)
            return jg_raise_nomem(vm);
        jg_value v = jg_dict_get_str(vm->builtins, key);
        if (v == JG_UNDEF || !(v == JG_NOTIMPLEMENTED || v == JG_ELLIPSIS ||
                               jg_is_kind(v, JG_K_NATIVE) || jg_is_kind(v, JG_K_TYPE)))
            return fail(r, "no built-in '%.60s'", s->data);
        r->table[idx] = *out = v;
        return JG_OK;
    }
    case JG_PX_GENERATOR:
    case JG_PX_FRAME:
    case JG_PX_TASKLET:
    case JG_PX_CHANNEL:
    case JG_PX_CHANNEL_REF:
        return fail(r, "ext type %d is not supported yet", type);
    default:
        return fail(r, "unknown ext type %d", type);
    }
}

static jg_status read_ext(preader *r, int type, size_t len, jg_value *out)
{
    if (len > left(r))
        return truncated(r);
    const uint8_t *body_end = r->p + len, *outer_end = r->end;
    if (type == JG_PX_REF) {
        if (len != 4)
            return fail(r, "REF body is %zu bytes, not 4", len);
        uint32_t idx = (uint32_t)be(r->p, 4);
        r->p += 4;
        if (idx >= r->n)
            return fail(r, "reference to object %u before it exists", idx);
        if (r->table[idx] == JG_UNDEF)
            return fail(r, "reference to object %u before it is made", idx);
        if (r->state[idx] == OBJ_UNFINISHED) {
            r->state[idx] = OBJ_LEAKED;
            r->n_leaked++;
        }
        *out = r->table[idx];
        return JG_OK;
    }
    if (type < 0)
        return fail(r, "unknown ext type %d", type);
    uint32_t idx;
    jg_status st = reserve(r, &idx);
    if (st != JG_OK)
        return st;
    if (r->depth >= JG_PICKLE_MAX_DEPTH)
        return fail(r, "nesting deeper than %d", JG_PICKLE_MAX_DEPTH);
    r->depth++;
    r->end = body_end;
    st = read_ext_body(r, type, idx, out);
    r->end = outer_end;
    r->depth--;
    if (st != JG_OK)
        return st;
    if (r->p != body_end)
        return fail(r, "ext type %d body is %zu bytes, its contents %zu", type, len,
                    (size_t)(r->p - (body_end - len)));
    return JG_OK;
}

static jg_status read_value(preader *r, jg_value *out)
{
    jg_vm *vm = r->vm;
    if (!left(r))
        return truncated(r);
    uint8_t b = *r->p++;
    if (b <= 0x7f) {
        *out = jg_int(b);
        return JG_OK;
    }
    if (b >= 0xe0) {
        *out = jg_int((int8_t)b);
        return JG_OK;
    }
    size_t len = 0;
    int type = 0;
    switch (b) {
    case 0xc0:
        *out = JG_NONE;
        return JG_OK;
    case 0xc2:
        *out = JG_FALSE;
        return JG_OK;
    case 0xc3:
        *out = JG_TRUE;
        return JG_OK;
    case 0xca:
    case 0xcb: {
        int n = b == 0xca ? 4 : 8;
        if (left(r) < (size_t)n)
            return truncated(r);
        uint64_t bits = be(r->p, n);
        r->p += n;
        double d;
        if (n == 4) {
            uint32_t b32 = (uint32_t)bits;
            float f;
            memcpy(&f, &b32, 4);
            d = f;
        } else {
            memcpy(&d, &bits, 8);
        }
        *out = jg_float(d);
        return JG_OK;
    }
    case 0xcc:
    case 0xcd:
    case 0xce:
    case 0xcf:
    case 0xd0:
    case 0xd1:
    case 0xd2:
    case 0xd3: {
        int n = 1 << ((b - 0xcc) & 3);
        if (left(r) < (size_t)n)
            return truncated(r);
        uint64_t x = be(r->p, n);
        r->p += n;
        if (b >= 0xd0) {
            int64_t s = n == 8 ? (int64_t)x : (int64_t)(x << (64 - 8 * n)) >> (64 - 8 * n);
            *out = jg_int_from_i64(vm, s);
            return JG_OK;
        }
        if (x <= (uint64_t)INT64_MAX) {
            *out = jg_int_from_i64(vm, (int64_t)x);
            return JG_OK;
        }
        mpz_t z;
        mpz_init(z);
        mpz_import(z, 1, 1, sizeof x, 0, 0, &x);
        jg_status st = jg_int_from_mpz(vm, z, out);
        mpz_clear(z);
        return st;
    }
    default:
        break;
    }
    /* Lengths: str, bin, ext, and the arrays/maps that are not values here. */
    if ((b & 0xe0) == 0xa0 || b == 0xd9 || b == 0xda || b == 0xdb || b == 0xc4 || b == 0xc5 ||
        b == 0xc6) {
        bool is_str = (b & 0xe0) == 0xa0 || (b >= 0xd9 && b <= 0xdb);
        if ((b & 0xe0) == 0xa0) {
            len = b & 0x1f;
        } else {
            int n = 1 << ((b >= 0xd9 ? b - 0xd9 : b - 0xc4));
            if (left(r) < (size_t)n)
                return truncated(r);
            len = (size_t)be(r->p, n);
            r->p += n;
        }
        if (len > left(r))
            return truncated(r);
        uint32_t idx;
        jg_status st = reserve(r, &idx);
        if (st != JG_OK)
            return st;
        if (is_str) {
            jg_str *s;
            st = jg_str_decode(vm, (const char *)r->p, len, &s);
            if (st != JG_OK) {
                if (st == JG_RAISED && jg_exc_matches(vm, vm->t.UnicodeDecodeError)) {
                    jg_clear_exc(vm);
                    return fail(r, "invalid UTF-8 in str");
                }
                return st;
            }
            *out = jg_obj_value(s);
        } else {
            jg_bytes *bs = jg_bytes_new(vm, r->p, len);
            if (!bs)
                return jg_raise_nomem(vm);
            *out = jg_obj_value(bs);
        }
        r->p += len;
        r->table[idx] = *out;
        return JG_OK;
    }
    if (b >= 0xd4 && b <= 0xd8) {
        len = (size_t)1 << (b - 0xd4);
    } else if (b >= 0xc7 && b <= 0xc9) {
        int n = 1 << (b - 0xc7);
        if (left(r) < (size_t)n)
            return truncated(r);
        len = (size_t)be(r->p, n);
        r->p += n;
    } else if ((b & 0xf0) == 0x80 || (b & 0xf0) == 0x90 || (b >= 0xdc && b <= 0xdf)) {
        return fail(r, "msgpack %s outside a container ext", (b & 0xf0) == 0x80 || b >= 0xde
                                                                 ? "map" : "array");
    } else {
        return fail(r, "invalid msgpack byte 0x%02x", b);
    }
    if (!left(r))
        return truncated(r);
    type = (int8_t)*r->p++;
    return read_ext(r, type, len, out);
}

jg_status jg_pickle_loads(jg_vm *vm, const uint8_t *data, size_t len, jg_value *out)
{
    jg_type *perr, *uerr;
    jg_status st = jg_pickle_error_types(vm, &perr, &uerr);
    if (st != JG_OK)
        return st;
    preader r = {.vm = vm, .uerr = uerr, .p = data, .end = data + len};
    if (len > JG_PICKLE_MAX_SIZE)
        return fail(&r, "pickle larger than %u bytes", (unsigned)JG_PICKLE_MAX_SIZE);
    if (len < 4 || memcmp(data, JG_PICKLE_MAGIC, 4) != 0)
        return fail(&r, len < 4 && memcmp(data, JG_PICKLE_MAGIC, len) == 0 ? "truncated data"
                                                                           : "not a jumpgate pickle (bad magic)");
    r.p += 4;
    jg_value fv, cv;
    st = read_value(&r, &fv);
    if (st == JG_OK && (!jg_is_int(fv) || jg_as_int(fv) != JG_PICKLE_FORMAT_VERSION))
        st = jg_is_int(fv) ? fail(&r, "unsupported pickle format version %lld",
                                  (long long)jg_as_int(fv))
                           : fail(&r, "malformed pickle header");
    if (st == JG_OK)
        st = read_value(&r, &cv);
    if (st == JG_OK && (!jg_is_int(cv) || jg_as_int(cv) != JG_COMPILER_VERSION))
        st = jg_is_int(cv) ? fail(&r, "pickle from compiler version %lld, this VM has %d",
                                  (long long)jg_as_int(cv), JG_COMPILER_VERSION)
                           : fail(&r, "malformed pickle header");
    if (st == JG_OK)
        st = read_value(&r, out);
    if (st == JG_OK && r.p != r.end)
        st = fail(&r, "trailing data after the pickle");
    free(r.table);
    free(r.state);
    if (st == JG_RAISED && !jg_exc_matches(vm, uerr) && !jg_exc_matches(vm, vm->t.MemoryError)) {
        /* A VM-level refusal of what the bytes describe (an unhashable key,
         * a key whose hash is Python code): still an UnpicklingError. */
        jg_str *msg = NULL;
        jg_value exc = vm->exc;
        const char *tname = jg_type_name(vm, exc);
        if (jg_exc_str(vm, exc, &msg) != JG_OK)
            jg_clear_exc(vm);
        jg_clear_exc(vm);
        return jg_raise(vm, uerr, "%s: %.100s", tname, msg ? msg->data : "");
    }
    if (st == JG_NEEDS_PY)
        return jg_raise(vm, uerr, "a dict key or set element needs Python code to hash");
    return st;
}
