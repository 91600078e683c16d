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

#include "pickle_impl.h"
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

static size_t ptr_hash(uintptr_t p)
{
    uint64_t x = (uint64_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x;
}

static bool memo_get(jg_pwriter *w, const void *o, uint32_t *idx)
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

static jg_status memo_put(jg_pwriter *w, const void *o, uint32_t idx)
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

bool jg_pw_written(jg_pwriter *w, const void *o)
{
    uint32_t idx;
    return memo_get(w, o, &idx) || (w->live && w->live->is_live(w->live->ctx, (jg_obj *)o));
}

/* Gives the object whose encoding starts now the next index ('o' NULL: an
 * object the reader makes but the writer never meets again). */
jg_status jg_pw_new_index(jg_pwriter *w, const void *o)
{
    uint32_t idx = w->n_objs++;
    return o ? memo_put(w, o, idx) : JG_OK;
}

jg_status jg_pw_check(jg_pwriter *w, int rc)
{
    if (rc != 0)
        return jg_raise_nomem(w->vm);
    return JG_OK;
}

/* Starts an ext 32 whose length is patched by jg_pw_end_ext; *at is the header offset. */
jg_status jg_pw_begin_ext(jg_pwriter *w, int type, size_t *at)
{
    unsigned char hdr[6] = {0xc9, 0, 0, 0, 0, (unsigned char)(int8_t)type};
    *at = w->sb.size;
    return jg_pw_check(w, msgpack_sbuffer_write(&w->sb, (const char *)hdr, sizeof hdr));
}

void jg_pw_end_ext(jg_pwriter *w, size_t at)
{
    size_t len = w->sb.size - at - 6;
    unsigned char *h = (unsigned char *)w->sb.data + at + 1;
    h[0] = (unsigned char)(len >> 24);
    h[1] = (unsigned char)(len >> 16);
    h[2] = (unsigned char)(len >> 8);
    h[3] = (unsigned char)len;
}

jg_status jg_pw_str_obj(jg_pwriter *w, jg_str *s)
{
    uint32_t idx;
    if (memo_get(w, s, &idx)) {
        unsigned char b[4] = {(unsigned char)(idx >> 24), (unsigned char)(idx >> 16),
                              (unsigned char)(idx >> 8), (unsigned char)idx};
        return jg_pw_check(w, msgpack_pack_ext_with_body(&w->pk, b, 4, JG_PX_REF));
    }
    jg_status st = jg_pw_new_index(w, s);
    if (st != JG_OK)
        return st;
    return jg_pw_check(w, msgpack_pack_str_with_body(&w->pk, s->data, s->len));
}

jg_status jg_pw_items(jg_pwriter *w, const jg_value *items, size_t n)
{
    jg_status st = jg_pw_check(w, msgpack_pack_array(&w->pk, n));
    for (size_t i = 0; st == JG_OK && i < n; i++)
        st = jg_pw_value(w, items[i]);
    return st;
}

jg_status jg_pw_array(jg_pwriter *w, size_t n)
{
    return jg_pw_check(w, msgpack_pack_array(&w->pk, n));
}

jg_status jg_pw_int(jg_pwriter *w, int64_t i)
{
    return jg_pw_check(w, msgpack_pack_int64(&w->pk, i));
}

jg_status jg_pw_cstr(jg_pwriter *w, const char *s)
{
    jg_status st = jg_pw_new_index(w, NULL);
    if (st != JG_OK)
        return st;
    return jg_pw_check(w, msgpack_pack_str_with_body(&w->pk, s, strlen(s)));
}

/* Repickle: writes LIVE(i) for an object left in place. */
static jg_status write_live(jg_pwriter *w, jg_value v)
{
    if (w->n_live_out == w->cap_live_out) {
        uint32_t ncap = w->cap_live_out ? w->cap_live_out * 2 : 16;
        jg_value *nl = realloc(w->live_out, ncap * sizeof *nl);
        if (!nl)
            return jg_raise_nomem(w->vm);
        w->live_out = nl;
        w->cap_live_out = ncap;
    }
    uint32_t i = w->n_live_out;
    w->live_out[w->n_live_out++] = v;
    jg_status st = jg_pw_new_index(w, jg_obj_of(v));
    unsigned char b[4] = {(unsigned char)(i >> 24), (unsigned char)(i >> 16),
                          (unsigned char)(i >> 8), (unsigned char)i};
    if (st == JG_OK)
        st = jg_pw_check(w, msgpack_pack_ext_with_body(&w->pk, b, 4, JG_PX_LIVE));
    return st;
}

jg_status jg_pw_cant(jg_pwriter *w, jg_value v)
{
    return jg_raise(w->vm, w->perr, "cannot pickle '%s' object", jg_type_name(w->vm, v));
}

/* The builtins name of 'v' (a built-in function or type), or NULL. */
jg_str *jg_pickle_builtin_name(jg_vm *vm, jg_value v)
{
    jg_dict *b = vm->builtins;
    for (uint32_t i = 0; i < b->n_entries; i++)
        if (b->entries[i].key != JG_UNDEF && b->entries[i].value == v &&
            jg_is_kind(b->entries[i].key, JG_K_STR))
            return JG_AS(jg_str, b->entries[i].key);
    return NULL;
}

/* The class a user class's qualname names from its module, or JG_UNDEF. */
jg_value jg_pickle_find_class(jg_vm *vm, jg_str *module, jg_str *qualname)
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

jg_status jg_pw_code(jg_pwriter *w, jg_code *c, jg_module *m)
{
    uint32_t idx;
    if (memo_get(w, c, &idx))
        return jg_pw_value(w, jg_obj_value(c));
    const uint8_t *hash;
    jg_status st = jg_code_module_hash(w->vm, c, &hash);
    if (st != JG_OK || (st = jg_codeid_register_code(w->vm, m, c)) != JG_OK)
        return st;
    size_t at;
    if ((st = jg_pw_new_index(w, c)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_CODE, &at)) != JG_OK ||
        (st = jg_pw_array(w, 2)) != JG_OK || (st = jg_pw_new_index(w, NULL)) != JG_OK ||
        (st = jg_pw_check(w, msgpack_pack_bin_with_body(&w->pk, hash, JG_CODE_HASH_BYTES))) !=
            JG_OK ||
        (st = jg_pw_check(w, msgpack_pack_uint32(&w->pk, c->index))) != JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

jg_status jg_pw_module(jg_pwriter *w, jg_module *m, const uint8_t *hash)
{
    uint32_t idx;
    if (memo_get(w, m, &idx))
        return jg_pw_value(w, jg_obj_value(m));
    size_t at;
    jg_status st;
    if ((st = jg_pw_new_index(w, m)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_MODULE, &at)) != JG_OK ||
        (st = jg_pw_array(w, 2)) != JG_OK || (st = jg_pw_str_obj(w, m->name)) != JG_OK ||
        (st = jg_pw_new_index(w, NULL)) != JG_OK ||
        (st = jg_pw_check(w, msgpack_pack_bin_with_body(&w->pk, hash, JG_CODE_HASH_BYTES))) !=
            JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

static jg_status write_func(jg_pwriter *w, jg_func *f)
{
    jg_vm *vm = w->vm;
    jg_code *c = f->code;
    if (!c->source)
        return jg_raise(vm, w->perr, "cannot pickle function '%s': its code has no source",
                        f->qualname->data);
    jg_module *m = jg_codeid_module_of_globals(vm, f->globals);
    if (!m)
        return jg_raise(vm, w->perr, "cannot pickle function '%s': its module is not loaded",
                        f->qualname->data);
    size_t at;
    jg_status st;
    if ((st = jg_pw_begin_ext(w, JG_PX_FUNCTION, &at)) != JG_OK || (st = jg_pw_array(w, 9)) != JG_OK ||
        (st = jg_pw_code(w, c, m)) != JG_OK || (st = jg_pw_module(w, m, c->module_hash)) != JG_OK ||
        (st = jg_pw_str_obj(w, f->name)) != JG_OK || (st = jg_pw_str_obj(w, f->qualname)) != JG_OK)
        return st;
    jg_value parts[5] = {
        f->defaults ? jg_obj_value(f->defaults) : JG_NONE,
        f->kwdefaults ? jg_obj_value(f->kwdefaults) : JG_NONE,
        f->closure ? jg_obj_value(f->closure) : JG_NONE,
        f->attrs ? jg_obj_value(f->attrs) : JG_NONE,
        f->doc,
    };
    for (int i = 0; i < 5 && st == JG_OK; i++)
        st = jg_pw_value(w, parts[i]);
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

static jg_status write_obj(jg_pwriter *w, jg_value v)
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
        return jg_pw_str_obj(w, (jg_str *)o);
    case JG_K_BYTES: {
        if (t != vm->t.bytes)
            break;
        jg_bytes *b = (jg_bytes *)o;
        if ((st = jg_pw_new_index(w, o)) != JG_OK)
            return st;
        return jg_pw_check(w, msgpack_pack_bin_with_body(&w->pk, b->data, b->len));
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
        st = jg_pw_new_index(w, o);
        if (st == JG_OK)
            st = jg_pw_check(w, msgpack_pack_ext_with_body(&w->pk, buf, got + 1, JG_PX_BIGINT));
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
        if ((st = jg_pw_new_index(w, o)) != JG_OK ||
            (st = jg_pw_begin_ext(w, is_tuple ? JG_PX_TUPLE : JG_PX_LIST, &at)) != JG_OK)
            return st;
        if (is_tuple) {
            st = jg_pw_items(w, items, n);
        } else {
            /* A list may change under us only through Python code, which never
             * runs here; still, re-read its length each step. */
            jg_list *l = (jg_list *)o;
            st = jg_pw_check(w, msgpack_pack_array(&w->pk, l->len));
            for (size_t i = 0; st == JG_OK && i < n; i++)
                st = jg_pw_value(w, l->items[i]);
        }
        if (st == JG_OK)
            jg_pw_end_ext(w, at);
        return st;
    }
    case JG_K_DICT: {
        if (t != vm->t.dict)
            break;
        jg_dict *d = (jg_dict *)o;
        if ((st = jg_pw_new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_DICT, &at)) != JG_OK ||
            (st = jg_pw_check(w, msgpack_pack_map(&w->pk, d->n_used))) != JG_OK)
            return st;
        for (uint32_t i = 0; st == JG_OK && i < d->n_entries; i++) {
            if (d->entries[i].key == JG_UNDEF)
                continue;
            st = jg_pw_value(w, d->entries[i].key);
            if (st == JG_OK)
                st = jg_pw_value(w, d->entries[i].value);
        }
        if (st == JG_OK)
            jg_pw_end_ext(w, at);
        return st;
    }
    case JG_K_SET: {
        if (t != vm->t.set && t != vm->t.frozenset)
            break;
        jg_set *s = (jg_set *)o;
        if ((st = jg_pw_new_index(w, o)) != JG_OK ||
            (st = jg_pw_begin_ext(w, t == vm->t.set ? JG_PX_SET : JG_PX_FROZENSET, &at)) != JG_OK ||
            (st = jg_pw_check(w, msgpack_pack_array(&w->pk, s->used))) != JG_OK)
            return st;
        uint32_t pos = 0;
        jg_value key;
        int64_t h;
        while (st == JG_OK && jg_set_next(s, &pos, &key, &h))
            st = jg_pw_value(w, key);
        if (st == JG_OK)
            jg_pw_end_ext(w, at);
        return st;
    }
    case JG_K_RANGE: {
        jg_range *r = (jg_range *)o;
        jg_value parts[3] = {r->start, r->stop, r->step};
        if ((st = jg_pw_new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_RANGE, &at)) != JG_OK ||
            (st = jg_pw_items(w, parts, 3)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_FUNC:
        if ((st = jg_pw_new_index(w, o)) != JG_OK)
            return st;
        return write_func(w, (jg_func *)o);
    case JG_K_CELL: {
        jg_cell *c = (jg_cell *)o;
        if ((st = jg_pw_new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_CELL, &at)) != JG_OK)
            return st;
        st = c->ref == JG_UNDEF ? jg_pw_items(w, NULL, 0) : jg_pw_items(w, &c->ref, 1);
        if (st == JG_OK)
            jg_pw_end_ext(w, at);
        return st;
    }
    case JG_K_METHOD: {
        jg_method *m = (jg_method *)o;
        jg_value parts[2] = {m->func, m->self};
        if ((st = jg_pw_new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_METHOD, &at)) != JG_OK ||
            (st = jg_pw_items(w, parts, 2)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_INSTANCE: {
        if (!(t->flags & JG_TF_USER))
            break;
        jg_dict *attrs;
        if ((st = jg_instance_dict(vm, (jg_instance *)o, &attrs)) != JG_OK)
            return st;
        if ((st = jg_pw_new_index(w, o)) != JG_OK ||
            (st = jg_pw_begin_ext(w, JG_PX_INSTANCE, &at)) != JG_OK ||
            (st = jg_pw_check(w, msgpack_pack_array(&w->pk, 2))) != JG_OK ||
            (st = jg_pw_value(w, jg_obj_value(t))) != JG_OK ||
            (st = jg_pw_value(w, jg_obj_value(attrs))) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_TYPE: {
        jg_type *c = (jg_type *)o;
        if (!(c->flags & JG_TF_USER)) {
            jg_str *name = jg_pickle_builtin_name(vm, v);
            if (!name)
                break; /* pickle_native.c: a module's attribute, or refused */
            if ((st = jg_pw_new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
                (st = jg_pw_str_obj(w, name)) != JG_OK)
                return st;
            jg_pw_end_ext(w, at);
            return JG_OK;
        }
        if (!c->module || jg_pickle_find_class(vm, c->module, c->name) != v)
            return jg_raise(vm, w->perr, "Can't pickle <class '%s.%s'>: it's not found as %s.%s",
                            c->module ? c->module->data : "?", c->name->data,
                            c->module ? c->module->data : "?", c->name->data);
        if ((st = jg_pw_new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_CLASS, &at)) != JG_OK ||
            (st = jg_pw_check(w, msgpack_pack_array(&w->pk, 2))) != JG_OK ||
            (st = jg_pw_str_obj(w, c->module)) != JG_OK || (st = jg_pw_str_obj(w, c->name)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_NATIVE: {
        jg_native *n = (jg_native *)o;
        jg_str *name = n->self == JG_NULL && !n->owner ? jg_pickle_builtin_name(vm, v) : NULL;
        if (!name)
            break; /* pickle_native.c: a bound method, a module's function, or refused */
        if ((st = jg_pw_new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
            (st = jg_pw_str_obj(w, name)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    default:
        break;
    }
    st = jg_pickle_write_state(w, v);
    if (st == JG_NEEDS_PY)
        st = jg_pickle_write_native(w, v);
    if (st == JG_NEEDS_PY)
        return jg_pw_cant(w, v);
    return st;
}

jg_status jg_pw_value(jg_pwriter *w, jg_value v)
{
    if (v == JG_NONE)
        return jg_pw_check(w, msgpack_pack_nil(&w->pk));
    if (v == JG_TRUE)
        return jg_pw_check(w, msgpack_pack_true(&w->pk));
    if (v == JG_FALSE)
        return jg_pw_check(w, msgpack_pack_false(&w->pk));
    if (jg_is_float(v))
        return jg_pw_check(w, msgpack_pack_double(&w->pk, jg_as_float(v)));
    if (jg_is_int(v))
        return jg_pw_check(w, msgpack_pack_int64(&w->pk, jg_as_int(v)));
    if (v == JG_NOTIMPLEMENTED || v == JG_ELLIPSIS) {
        size_t at;
        jg_str *name = jg_str_intern_cstr(w->vm, v == JG_ELLIPSIS ? "Ellipsis" : "NotImplemented");
        jg_status st = name ? jg_pw_new_index(w, NULL) : jg_raise_nomem(w->vm);
        if (st != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
            (st = jg_pw_str_obj(w, name)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    if (!jg_is_obj(v))
        return jg_pw_cant(w, v);
    uint32_t idx;
    if (memo_get(w, jg_obj_of(v), &idx)) {
        unsigned char b[4] = {(unsigned char)(idx >> 24), (unsigned char)(idx >> 16),
                              (unsigned char)(idx >> 8), (unsigned char)idx};
        return jg_pw_check(w, msgpack_pack_ext_with_body(&w->pk, b, 4, JG_PX_REF));
    }
    if (w->live && w->live->is_live(w->live->ctx, jg_obj_of(v)))
        return write_live(w, v);
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
    return jg_pickle_dumps_ex(vm, v, JG_PICKLE_COPY, NULL, out, NULL, NULL);
}

jg_status jg_pickle_dumps_ex(jg_vm *vm, jg_value v, jg_pickle_mode mode,
                             const jg_pickle_live *live, jg_bytes **out, jg_value **live_out,
                             uint32_t *n_live)
{
    jg_type *perr, *uerr;
    jg_status st = jg_pickle_error_types(vm, &perr, &uerr);
    if (st != JG_OK)
        return st;
    jg_pwriter w = {.vm = vm, .perr = perr, .mode = mode, .live = live};
    msgpack_sbuffer_init(&w.sb);
    msgpack_packer_init(&w.pk, &w.sb, msgpack_sbuffer_write);
    st = jg_pw_check(&w, msgpack_sbuffer_write(&w.sb, JG_PICKLE_MAGIC, 4));
    if (st == JG_OK)
        st = jg_pw_check(&w, msgpack_pack_uint32(&w.pk, JG_PICKLE_FORMAT_VERSION));
    if (st == JG_OK)
        st = jg_pw_check(&w, msgpack_pack_uint32(&w.pk, JG_COMPILER_VERSION));
    if (st == JG_OK)
        st = jg_pw_value(&w, v);
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
    if (st == JG_OK && live_out) {
        *live_out = w.live_out;
        *n_live = w.n_live_out;
    } else {
        free(w.live_out);
    }
    return st;
}

/* ================================================================ reader */

enum { OBJ_DONE, OBJ_UNFINISHED, OBJ_LEAKED };

jg_status jg_pr_fail(jg_preader *r, const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return jg_raise(r->vm, r->uerr, "%s", msg);
}

jg_status jg_pr_truncated(jg_preader *r)
{
    return jg_pr_fail(r, "jg_pr_truncated data");
}

size_t jg_pr_left(jg_preader *r)
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
jg_status jg_pr_reserve(jg_preader *r, uint32_t *idx)
{
    if (r->n >= JG_PICKLE_MAX_OBJECTS)
        return jg_pr_fail(r, "more than %u objects", (unsigned)JG_PICKLE_MAX_OBJECTS);
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

static void finish(jg_preader *r, uint32_t idx)
{
    if (r->state[idx] == OBJ_LEAKED)
        r->n_leaked--;
    r->state[idx] = OBJ_DONE;
}

/* A value about to be hashed (dict key, set element). */
static jg_status check_key(jg_preader *r)
{
    if (r->n_leaked)
        return jg_pr_fail(r, "unfinished tuple used as a key");
    return JG_OK;
}

/* Reads a msgpack array header inside an ext body of 'type'. */
jg_status jg_pr_array_header(jg_preader *r, int type, uint32_t *n)
{
    if (!jg_pr_left(r))
        return jg_pr_truncated(r);
    uint8_t b = *r->p;
    size_t hl;
    if ((b & 0xf0) == 0x90) {
        *n = b & 0x0f;
        hl = 1;
    } else if (b == 0xdc || b == 0xdd) {
        hl = b == 0xdc ? 3 : 5;
        if (jg_pr_left(r) < hl)
            return jg_pr_truncated(r);
        *n = (uint32_t)be(r->p + 1, (int)hl - 1);
    } else {
        return jg_pr_fail(r, "ext type %d holds no array", type);
    }
    r->p += hl;
    if (*n > jg_pr_left(r)) /* every element takes at least one byte */
        return jg_pr_truncated(r);
    return JG_OK;
}

static jg_status read_map_header(jg_preader *r, int type, uint32_t *n)
{
    if (!jg_pr_left(r))
        return jg_pr_truncated(r);
    uint8_t b = *r->p;
    size_t hl;
    if ((b & 0xf0) == 0x80) {
        *n = b & 0x0f;
        hl = 1;
    } else if (b == 0xde || b == 0xdf) {
        hl = b == 0xde ? 3 : 5;
        if (jg_pr_left(r) < hl)
            return jg_pr_truncated(r);
        *n = (uint32_t)be(r->p + 1, (int)hl - 1);
    } else {
        return jg_pr_fail(r, "ext type %d holds no map", type);
    }
    r->p += hl;
    if (*n > jg_pr_left(r) / 2)
        return jg_pr_truncated(r);
    return JG_OK;
}

jg_status jg_pr_expect(jg_preader *r, jg_kind kind, const char *what, jg_value *out)
{
    jg_status st = jg_pr_value(r, out);
    if (st == JG_OK && !jg_is_kind(*out, kind))
        return jg_pr_fail(r, "expected %s, found %s", what, jg_type_name(r->vm, *out));
    return st;
}

jg_status jg_pr_int(jg_preader *r, int64_t lo, int64_t hi, const char *what, int64_t *out)
{
    jg_value v;
    jg_status st = jg_pr_value(r, &v);
    if (st != JG_OK)
        return st;
    if (!jg_is_int(v) || jg_as_int(v) < lo || jg_as_int(v) > hi)
        return jg_pr_fail(r, "%s out of range", what);
    *out = jg_as_int(v);
    return JG_OK;
}

jg_status jg_pr_made(jg_preader *r, jg_value v)
{
    if (r->n_made == r->cap_made) {
        uint32_t ncap = r->cap_made ? r->cap_made * 2 : 16;
        jg_value *m = realloc(r->made, ncap * sizeof *m);
        if (!m)
            return jg_raise_nomem(r->vm);
        r->made = m;
        r->cap_made = ncap;
    }
    r->made[r->n_made++] = v;
    return JG_OK;
}

jg_status jg_pr_hash(jg_preader *r, uint8_t hash[JG_CODE_HASH_BYTES])
{
    jg_value h;
    jg_status st = jg_pr_expect(r, JG_K_BYTES, "a code hash", &h);
    if (st != JG_OK)
        return st;
    jg_bytes *b = JG_AS(jg_bytes, h);
    if (b->len != JG_CODE_HASH_BYTES)
        return jg_pr_fail(r, "code hash of %u bytes", (unsigned)b->len);
    memcpy(hash, b->data, JG_CODE_HASH_BYTES);
    return JG_OK;
}

jg_status jg_pr_unknown_hash(jg_preader *r, const uint8_t *h)
{
    char hex[17];
    for (int i = 0; i < 8; i++)
        snprintf(hex + 2 * i, 3, "%02x", h[i]);
    return jg_pr_fail(r, "unknown code hash %s...", hex);
}

static jg_status read_ext_body(jg_preader *r, int type, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_status st;
    uint32_t n;
    switch (type) {
    case JG_PX_BIGINT: {
        size_t len = jg_pr_left(r);
        if (len < 2 || r->p[0] > 1 || r->p[1] == 0)
            return jg_pr_fail(r, "malformed big int");
        mpz_t z;
        mpz_init(z);
        mpz_import(z, len - 1, 1, 1, 1, 0, r->p + 1);
        if (r->p[0])
            mpz_neg(z, z);
        st = jg_int_from_mpz(vm, z, out);
        mpz_clear(z);
        r->p = r->end;
        if (st == JG_OK)
            r->table[idx] = *out; /* a REF may name it */
        return st;
    }
    case JG_PX_TUPLE:
    case JG_PX_LIST:
    case JG_PX_SET:
    case JG_PX_FROZENSET: {
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        jg_value item;
        if (type == JG_PX_TUPLE) {
            jg_tuple *t = jg_tuple_new(vm, n);
            if (!t)
                return jg_raise_nomem(vm);
            r->table[idx] = *out = jg_obj_value(t);
            r->state[idx] = OBJ_UNFINISHED;
            for (uint32_t i = 0; i < n; i++) {
                if ((st = jg_pr_value(r, &item)) != JG_OK)
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
                if ((st = jg_pr_value(r, &item)) != JG_OK ||
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
            if ((st = jg_pr_value(r, &item)) != JG_OK || (st = check_key(r)) != JG_OK ||
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
            if ((st = jg_pr_value(r, &k)) != JG_OK || (st = check_key(r)) != JG_OK ||
                (st = jg_pr_value(r, &v)) != JG_OK || (st = jg_dict_set(vm, d, k, v)) != JG_OK)
                return st;
        }
        return JG_OK;
    }
    case JG_PX_RANGE: {
        jg_value p[3];
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 3)
            return jg_pr_fail(r, "range of %u parts", n);
        for (int i = 0; i < 3; i++) {
            if ((st = jg_pr_value(r, &p[i])) != JG_OK)
                return st;
            if (!jg_is_int(p[i]) && !(jg_is_obj(p[i]) && jg_obj_of(p[i])->type == vm->t.int_))
                return jg_pr_fail(r, "range bound is not an int");
        }
        if (p[2] == jg_int(0))
            return jg_pr_fail(r, "range step is zero");
        if ((st = jg_range_new(vm, p[0], p[1], p[2], out)) == JG_OK)
            r->table[idx] = *out;
        return st;
    }
    case JG_PX_MODULE: {
        jg_value name;
        uint8_t hash[JG_CODE_HASH_BYTES];
        jg_module *m;
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "module reference of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_STR, "a module name", &name)) != JG_OK ||
            (st = jg_pr_hash(r, hash)) != JG_OK || (st = jg_codeid_find_module(vm, hash, &m)) != JG_OK)
            return st;
        if (!m)
            return jg_pr_unknown_hash(r, hash);
        if (!jg_str_eq(m->name, JG_AS(jg_str, name)))
            return jg_pr_fail(r, "module '%.60s' has different source", JG_AS(jg_str, name)->data);
        r->table[idx] = *out = jg_obj_value(m);
        return JG_OK;
    }
    case JG_PX_CODE: {
        jg_value iv;
        uint8_t hash[JG_CODE_HASH_BYTES];
        jg_code *c;
        jg_module *m;
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "code reference of %u parts", n);
        if ((st = jg_pr_hash(r, hash)) != JG_OK || (st = jg_pr_value(r, &iv)) != JG_OK)
            return st;
        if (!jg_is_int(iv) || jg_as_int(iv) < 0 || jg_as_int(iv) > UINT32_MAX)
            return jg_pr_fail(r, "code index is not an index");
        if ((st = jg_codeid_find_code(vm, hash, (uint32_t)jg_as_int(iv), &c)) != JG_OK)
            return st;
        if (!c) {
            if ((st = jg_codeid_find_module(vm, hash, &m)) != JG_OK)
                return st;
            if (!m)
                return jg_pr_unknown_hash(r, hash);
            return jg_pr_fail(r, "module has no code object %u", (unsigned)jg_as_int(iv));
        }
        r->table[idx] = *out = jg_obj_value(c);
        return JG_OK;
    }
    case JG_PX_FUNCTION: {
        jg_value code, mod, name, qualname, parts[5];
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 9)
            return jg_pr_fail(r, "function of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_CODE, "a code reference", &code)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_MODULE, "a module reference", &mod)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_STR, "a function name", &name)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_STR, "a function qualname", &qualname)) != JG_OK)
            return st;
        jg_code *c = JG_AS(jg_code, code);
        /* (The main program's body runs as a function: only a repickle of
         * the main tasklet meets it.) */
        if (c->flags & (r->mode == JG_PICKLE_REPICKLE ? JG_CO_CLASS : JG_CO_MODULE | JG_CO_CLASS))
            return jg_pr_fail(r, "code object %u is not a function", (unsigned)c->index);
        jg_func *f = jg_func_new(vm, c, JG_AS(jg_module, mod)->dict);
        if (!f)
            return jg_raise_nomem(vm);
        f->name = JG_AS(jg_str, name);
        f->qualname = JG_AS(jg_str, qualname);
        r->table[idx] = *out = jg_obj_value(f);
        for (int i = 0; i < 5; i++)
            if ((st = jg_pr_value(r, &parts[i])) != JG_OK)
                return st;
        if (parts[0] != JG_NONE && !jg_is_kind(parts[0], JG_K_TUPLE))
            return jg_pr_fail(r, "function defaults are not a tuple");
        if (parts[1] != JG_NONE && !jg_is_kind(parts[1], JG_K_DICT))
            return jg_pr_fail(r, "function keyword defaults are not a dict");
        if (parts[3] != JG_NONE && !jg_is_kind(parts[3], JG_K_DICT))
            return jg_pr_fail(r, "function attributes are not a dict");
        uint32_t n_cl = 0;
        if (parts[2] != JG_NONE) {
            if (!jg_is_kind(parts[2], JG_K_TUPLE))
                return jg_pr_fail(r, "function closure is not a tuple");
            jg_tuple *cl = JG_AS(jg_tuple, parts[2]);
            n_cl = cl->len;
            for (uint32_t i = 0; i < n_cl; i++)
                if (!jg_is_kind(cl->items[i], JG_K_CELL))
                    return jg_pr_fail(r, "function closure holds a non-cell");
        }
        if (n_cl != c->n_frees)
            return jg_pr_fail(r, "function closure has %u cells, its code %u", n_cl, c->n_frees);
        f->defaults = parts[0] == JG_NONE ? NULL : JG_AS(jg_tuple, parts[0]);
        f->kwdefaults = parts[1] == JG_NONE ? NULL : JG_AS(jg_dict, parts[1]);
        f->closure = parts[2] == JG_NONE ? NULL : JG_AS(jg_tuple, parts[2]);
        f->attrs = parts[3] == JG_NONE ? NULL : JG_AS(jg_dict, parts[3]);
        f->doc = parts[4];
        return JG_OK;
    }
    case JG_PX_CLASS: {
        jg_value mod, qual;
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "class reference of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_STR, "a module name", &mod)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_STR, "a class name", &qual)) != JG_OK)
            return st;
        jg_value c = jg_pickle_find_class(vm, JG_AS(jg_str, mod), JG_AS(jg_str, qual));
        if (c == JG_UNDEF)
            return jg_pr_fail(r, "Can't get attribute '%.60s' on module '%.60s'",
                        JG_AS(jg_str, qual)->data, JG_AS(jg_str, mod)->data);
        r->table[idx] = *out = c;
        return JG_OK;
    }
    case JG_PX_INSTANCE: {
        jg_value cls, attrs;
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "instance of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_TYPE, "a class", &cls)) != JG_OK)
            return st;
        jg_type *t = JG_AS(jg_type, cls);
        if (!(t->flags & JG_TF_USER) || t->kind != JG_K_INSTANCE)
            return jg_pr_fail(r, "instance of a class that is not a plain user class");
        jg_instance *inst = jg_instance_new(vm, t);
        if (!inst)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(inst);
        if ((st = jg_pr_expect(r, JG_K_DICT, "an attribute dict", &attrs)) != JG_OK)
            return st;
        jg_dict *d = JG_AS(jg_dict, attrs);
        uint32_t pos = 0;
        jg_value k, v;
        int64_t kh;
    while (jg_dict_next(d, &pos, &k, &v, &kh)) {
            if (!jg_is_kind(k, JG_K_STR))
                return jg_pr_fail(r, "instance attribute name is not a str");
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
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "method of %u parts", n);
        if ((st = jg_pr_value(r, &p[0])) != JG_OK || (st = jg_pr_value(r, &p[1])) != JG_OK)
            return st;
        if (!jg_is_kind(p[0], JG_K_FUNC) && !jg_is_kind(p[0], JG_K_NATIVE))
            return jg_pr_fail(r, "method of a non-function");
        if ((st = jg_method_new(vm, p[0], p[1], out)) == JG_OK)
            r->table[idx] = *out;
        return st;
    }
    case JG_PX_CELL: {
        if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
            return st;
        if (n > 1)
            return jg_pr_fail(r, "cell of %u values", n);
        jg_cell *c = jg_cell_new(vm, JG_UNDEF);
        if (!c)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(c);
        if (n == 1) {
            jg_value v;
            if ((st = jg_pr_value(r, &v)) != JG_OK)
                return st;
            c->ref = v;
        }
        return JG_OK;
    }
    case JG_PX_BUILTIN: {
        jg_value name;
        if ((st = jg_pr_expect(r, JG_K_STR, "a built-in name", &name)) != JG_OK)
            return st;
        jg_str *s = JG_AS(jg_str, name);
        jg_str *key = jg_str_intern(vm, s->data, s->len);
        if (!key)
            return jg_raise_nomem(vm);
        jg_value v = jg_dict_get_str(vm->builtins, key);
        if (v == JG_UNDEF || !(v == JG_NOTIMPLEMENTED || v == JG_ELLIPSIS ||
                               jg_is_kind(v, JG_K_NATIVE) || jg_is_kind(v, JG_K_TYPE)))
            return jg_pr_fail(r, "no built-in '%.60s'", s->data);
        r->table[idx] = *out = v;
        return JG_OK;
    }
    case JG_PX_GENERATOR:
    case JG_PX_FRAME:
    case JG_PX_TASKLET:
    case JG_PX_CHANNEL:
    case JG_PX_CHANNEL_REF:
        return jg_pickle_read_state(r, type, idx, out);
    case JG_PX_NATIVE:
        return jg_pickle_read_native(r, type, idx, out);
    case JG_PX_UNDEF:
        return jg_pr_fail(r, "undefined value outside a frame");
    default:
        return jg_pr_fail(r, "unknown ext type %d", type);
    }
}

static jg_status read_ext(jg_preader *r, int type, size_t len, jg_value *out)
{
    if (len > jg_pr_left(r))
        return jg_pr_truncated(r);
    const uint8_t *body_end = r->p + len, *outer_end = r->end;
    if (type == JG_PX_REF) {
        if (len != 4)
            return jg_pr_fail(r, "REF body is %zu bytes, not 4", len);
        uint32_t idx = (uint32_t)be(r->p, 4);
        r->p += 4;
        if (idx >= r->n)
            return jg_pr_fail(r, "reference to object %u before it exists", idx);
        if (r->table[idx] == JG_UNDEF)
            return jg_pr_fail(r, "reference to object %u before it is made", idx);
        if (r->state[idx] == OBJ_UNFINISHED) {
            r->state[idx] = OBJ_LEAKED;
            r->n_leaked++;
        }
        *out = r->table[idx];
        return JG_OK;
    }
    if (type == JG_PX_LIVE) {
        if (!r->live)
            return jg_pr_fail(r, "live object reference outside a repickle");
        if (len != 4)
            return jg_pr_fail(r, "LIVE body is %zu bytes, not 4", len);
        uint32_t i = (uint32_t)be(r->p, 4), idx;
        r->p += 4;
        if (i >= r->n_live)
            return jg_pr_fail(r, "live object %u out of range", i);
        jg_status st = jg_pr_reserve(r, &idx);
        if (st == JG_OK)
            r->table[idx] = *out = r->live[i];
        return st;
    }
    if (type < 0)
        return jg_pr_fail(r, "unknown ext type %d", type);
    uint32_t idx;
    jg_status st = jg_pr_reserve(r, &idx);
    if (st != JG_OK)
        return st;
    if (r->depth >= JG_PICKLE_MAX_DEPTH)
        return jg_pr_fail(r, "nesting deeper than %d", JG_PICKLE_MAX_DEPTH);
    r->depth++;
    r->end = body_end;
    st = read_ext_body(r, type, idx, out);
    r->end = outer_end;
    r->depth--;
    if (st != JG_OK)
        return st;
    if (r->p != body_end)
        return jg_pr_fail(r, "ext type %d body is %zu bytes, its contents %zu", type, len,
                    (size_t)(r->p - (body_end - len)));
    return JG_OK;
}

jg_status jg_pr_value(jg_preader *r, jg_value *out)
{
    jg_vm *vm = r->vm;
    if (!jg_pr_left(r))
        return jg_pr_truncated(r);
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
        if (jg_pr_left(r) < (size_t)n)
            return jg_pr_truncated(r);
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
        if (jg_pr_left(r) < (size_t)n)
            return jg_pr_truncated(r);
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
            if (jg_pr_left(r) < (size_t)n)
                return jg_pr_truncated(r);
            len = (size_t)be(r->p, n);
            r->p += n;
        }
        if (len > jg_pr_left(r))
            return jg_pr_truncated(r);
        uint32_t idx;
        jg_status st = jg_pr_reserve(r, &idx);
        if (st != JG_OK)
            return st;
        if (is_str) {
            jg_str *s;
            st = jg_str_decode(vm, (const char *)r->p, len, &s);
            if (st != JG_OK) {
                if (st == JG_RAISED && jg_exc_matches(vm, vm->t.UnicodeDecodeError)) {
                    jg_clear_exc(vm);
                    return jg_pr_fail(r, "invalid UTF-8 in str");
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
        if (jg_pr_left(r) < (size_t)n)
            return jg_pr_truncated(r);
        len = (size_t)be(r->p, n);
        r->p += n;
    } else if ((b & 0xf0) == 0x80 || (b & 0xf0) == 0x90 || (b >= 0xdc && b <= 0xdf)) {
        return jg_pr_fail(r, "msgpack %s outside a container ext", (b & 0xf0) == 0x80 || b >= 0xde
                                                                 ? "map" : "array");
    } else {
        return jg_pr_fail(r, "invalid msgpack byte 0x%02x", b);
    }
    if (!jg_pr_left(r))
        return jg_pr_truncated(r);
    type = (int8_t)*r->p++;
    return read_ext(r, type, len, out);
}

jg_status jg_pickle_loads(jg_vm *vm, const uint8_t *data, size_t len, jg_value *out)
{
    return jg_pickle_loads_ex(vm, data, len, JG_PICKLE_COPY, NULL, 0, NULL, out);
}

jg_status jg_pickle_loads_ex(jg_vm *vm, const uint8_t *data, size_t len, jg_pickle_mode mode,
                             const jg_value *live, uint32_t n_live, struct jg_tasklet *target,
                             jg_value *out)
{
    jg_type *perr, *uerr;
    jg_status st = jg_pickle_error_types(vm, &perr, &uerr);
    if (st != JG_OK)
        return st;
    jg_preader r = {.vm = vm, .uerr = uerr, .p = data, .end = data + len, .mode = mode,
                    .live = live, .n_live = n_live, .target = target};
    if (len > JG_PICKLE_MAX_SIZE)
        return jg_pr_fail(&r, "pickle larger than %u bytes", (unsigned)JG_PICKLE_MAX_SIZE);
    if (len < 4 || memcmp(data, JG_PICKLE_MAGIC, 4) != 0)
        return jg_pr_fail(&r, len < 4 && memcmp(data, JG_PICKLE_MAGIC, len) == 0 ? "jg_pr_truncated data"
                                                                           : "not a jumpgate pickle (bad magic)");
    r.p += 4;
    jg_value fv, cv;
    st = jg_pr_value(&r, &fv);
    if (st == JG_OK && (!jg_is_int(fv) || jg_as_int(fv) != JG_PICKLE_FORMAT_VERSION))
        st = jg_is_int(fv) ? jg_pr_fail(&r, "unsupported pickle format version %lld",
                                  (long long)jg_as_int(fv))
                           : jg_pr_fail(&r, "malformed pickle header");
    if (st == JG_OK)
        st = jg_pr_value(&r, &cv);
    if (st == JG_OK && (!jg_is_int(cv) || jg_as_int(cv) != JG_COMPILER_VERSION))
        st = jg_is_int(cv) ? jg_pr_fail(&r, "pickle from compiler version %lld, this VM has %d",
                                  (long long)jg_as_int(cv), JG_COMPILER_VERSION)
                           : jg_pr_fail(&r, "malformed pickle header");
    if (st == JG_OK)
        st = jg_pr_value(&r, out);
    if (st == JG_OK && r.p != r.end)
        st = jg_pr_fail(&r, "trailing data after the pickle");
    if (st == JG_OK)
        st = jg_pickle_finish_state(&r);
    if (st != JG_OK)
        jg_interp_free_thread(&r.new_thread);
    free(r.table);
    free(r.state);
    free(r.made);
    free(r.placed);
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
