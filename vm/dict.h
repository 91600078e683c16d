/*
 * vm/dict.h - dict beyond what vm.h declares, and the key hashing and key
 * equality fast paths dict.c and set.c share.
 */
#ifndef JG_DICT_H
#define JG_DICT_H

#include "vm.h"

JG_INTERNAL jg_status jg_dict_init(jg_vm *vm);

/* An index slot holds -1 (empty), -2 (dummy) or an entry number.  An index
 * of at most JG_DICT_IX8_MAX slots (whose tables have at most 85 entries)
 * keeps them in bytes, as CPython's does: a small dict's cell is 32 bytes
 * smaller, and its index one cache line instead of two. */
#define JG_DICT_IX8_MAX 128u

static inline int32_t jg_dict_ix(const jg_dict *d, uint32_t slot)
{
    if (d->index_mask < JG_DICT_IX8_MAX)
        return ((const int8_t *)d->index)[slot];
    return ((const int32_t *)d->index)[slot];
}

static inline void jg_dict_set_ix(jg_dict *d, uint32_t slot, int32_t ix)
{
    if (d->index_mask < JG_DICT_IX8_MAX)
        ((int8_t *)d->index)[slot] = (int8_t)ix;
    else
        ((int32_t *)d->index)[slot] = ix;
}

/* Appends the entry (key, hash, v) and points index slot 'slot', which is
 * empty, at it.  The caller has made room and changes the version. */
static inline void jg_dict_append(jg_dict *d, uint32_t slot, jg_value key, int64_t hash,
                                  jg_value v)
{
    uint32_t n = d->n_entries++;
    d->entries[n].hash = hash;
    d->entries[n].key = key;
    d->entries[n].value = v;
    jg_dict_set_ix(d, slot, (int32_t)n);
    d->n_used++;
}

/* hash(v): small ints and str inline, the rest through jg_hash. */
static inline jg_status jg_key_hash(jg_vm *vm, jg_value v, int64_t *out)
{
    if (jg_is_int(v)) {
        int64_t i = jg_as_int(v);
        *out = i == -1 ? -2 : i;
        return JG_OK;
    }
    if (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.str) {
        jg_str *s = JG_AS(jg_str, v);
        *out = s->hash != -1 ? s->hash : jg_str_hash(s);
        return JG_OK;
    }
    return jg_hash(vm, v, out);
}

/* Key equality as dict and set lookups do it: identity first, then ==.
 * Identity is equality of the 64 bits, so a float NaN is identical to itself
 * (every NaN is the same value in the VM, as `x is y` says) and x in [x] holds
 * for it, as in CPython. */
static inline jg_status jg_key_eq(jg_vm *vm, jg_value a, jg_value b, bool *out)
{
    if (a == b) {
        *out = true;
        return JG_OK;
    }
    if (jg_is_int(a) && jg_is_int(b)) {
        *out = false;
        return JG_OK;
    }
    if (jg_is_obj(a) && jg_is_obj(b) && jg_obj_of(a)->type == vm->t.str &&
        jg_obj_of(b)->type == vm->t.str) {
        *out = jg_str_eq(JG_AS(jg_str, a), JG_AS(jg_str, b));
        return JG_OK;
    }
    return jg_eq(vm, a, b, out);
}

/* Key lookup with a known hash: *found and *out (the value). */
JG_INTERNAL jg_status jg_dict_get_hashed(jg_vm *vm, jg_dict *d, jg_value key, int64_t hash,
                                         jg_value *out, bool *found);
/* d[key] = v with a known hash. */
JG_INTERNAL jg_status jg_dict_set_hashed(jg_vm *vm, jg_dict *d, jg_value key, int64_t hash,
                                         jg_value v);
/*
 * d[key] = v for a dict that only its maker has seen so far (the unpickler
 * filling a dict it just made).  The common case - a str or int key whose
 * home slot is empty, with room left - appends the entry inline: an empty
 * home slot means the key is absent.  Everything else goes through
 * jg_dict_set_hashed or jg_dict_set.  The version is left as it is: no cache
 * can hold one of this dict's versions yet.
 */
static inline jg_status jg_dict_fill(jg_vm *vm, jg_dict *d, jg_value key, jg_value v)
{
    int64_t h;
    if (jg_is_obj(key) && jg_obj_of(key)->type == vm->t.str) {
        jg_str *s = JG_AS(jg_str, key);
        h = s->hash != -1 ? s->hash : jg_str_hash(s);
    } else if (jg_is_int(key)) {
        h = jg_as_int(key);
        h = h == -1 ? -2 : h;
    } else {
        return jg_dict_set(vm, d, key, v);
    }
    uint32_t i = (uint32_t)h & d->index_mask;
    if (d->index && d->n_entries < d->cap_entries && jg_dict_ix(d, i) == -1 /* empty */) {
        jg_dict_append(d, i, key, h, v);
        return JG_OK;
    }
    return jg_dict_set_hashed(vm, d, key, h, v);
}

/*
 * Steps through the live entries in insertion order: start with *pos = 0;
 * returns false at the end.  The dict must not change while stepping.
 */
JG_INTERNAL bool jg_dict_next(const jg_dict *d, uint32_t *pos, jg_value *key, jg_value *value,
                              int64_t *hash);
/* A shallow copy (always of type dict). */
JG_INTERNAL jg_dict *jg_dict_copy(jg_vm *vm, const jg_dict *d);
/*
 * dict.update(other) for a dict, a mapping (keys() and __getitem__) or an
 * iterable of pairs.  JG_NEEDS_PY when that meets Python code: the pairs
 * before it are in 'd', and *rest is what a Python version must still apply
 * (an iterator of the remaining pairs, or 'other' itself when nothing was
 * taken from it).
 */
JG_INTERNAL jg_status jg_dict_update(jg_vm *vm, jg_dict *d, jg_value other, jg_value *rest);
/* Removes every item. */
JG_INTERNAL void jg_dict_clear(jg_vm *vm, jg_dict *d);
/* Adds the _dict_* primitives to module _builtins_containers. */
JG_INTERNAL jg_status jg_dict_add_natives(jg_vm *vm, jg_module *m);

#endif
