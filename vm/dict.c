/*
 * vm/dict.c - dict objects: CPython's compact, insertion-ordered layout.
 *
 * Entries (hash, key, value) are appended in insertion order; an index
 * table, open-addressed with CPython's perturbed probing, maps hashes to
 * entry numbers (in int8 slots up to 128 of them, else int32: dict.h).
 * Both live in one block, the entries first ("the table").  A dict made for
 * a known number of items (jg_dict_new_sized) of at most five carries its
 * table inside its own heap cell, so a small literal or unpickled dict costs
 * no malloc, and the collector frees it without finalizing it
 * (jg_gc_alloc_plain); should it grow, its table moves to a malloc'd block
 * like any other.  A deleted entry keeps its place with key JG_UNDEF (so
 * iteration order is insertion order) and its slot becomes a dummy; both are
 * squeezed out when the table is rebuilt.
 *
 * Keys whose __hash__ or __eq__ is Python code cannot be looked up here:
 * every operation then returns JG_NEEDS_PY having changed nothing, and its
 * Python version in vm/lib/_builtins_containers.py hashes and compares in
 * Python, reading and writing the table through the _dict_* natives below
 * (candidates for a hash in probe order, insert with a known hash, ...).
 *
 * Invariant: n_used <= n_entries <= cap_entries == USABLE(index size) <
 * index size; index == entries + cap_entries; the table is either inline
 * (entries == the bytes just after the struct) or malloc'd; every live entry
 * has exactly one index slot pointing at it; 'version' changes (to a value
 * never used by any dict) on every store.
 */
#include "dict.h"

#include <string.h>

#include "ast.h"
#include "gc.h"
#include "heap.h"
#include "iter.h"
#include "list.h"
#include "object_impl.h"
#include "range.h"
#include "tuple.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5
#define MIN_SIZE 8u
/* Entries a table of 'n' slots takes before it is rebuilt: 2/3 full. */
#define USABLE(n) (((n) << 1) / 3)
_Static_assert(sizeof(jg_dict) + USABLE(MIN_SIZE) * sizeof(jg_dict_entry) + MIN_SIZE <=
                   JG_HEAP_SMALL_MAX,
               "the smallest table fits in a heap cell beside its dict");

static void touch(jg_vm *vm, jg_dict *d)
{
    d->version = ++vm->next_dict_version;
}

static uint32_t index_size(const jg_dict *d)
{
    return d->index ? d->index_mask + 1 : 0;
}

/* Bytes of one slot of an index of 'size' slots. */
static size_t ix_bytes(uint32_t size)
{
    return size <= JG_DICT_IX8_MAX ? sizeof(int8_t) : sizeof(int32_t);
}

/* Bytes of the table of an index of 'size' slots. */
static size_t table_bytes(uint32_t size)
{
    return USABLE(size) * sizeof(jg_dict_entry) + size * ix_bytes(size);
}

static bool table_inline(const jg_dict *d)
{
    return (const void *)d->entries == (const void *)(d + 1);
}

/* The index size whose usable entries hold 'need' items, or 0 past the
 * largest table there can be. */
static uint32_t size_for(uint32_t need)
{
    uint32_t size = MIN_SIZE;
    while (USABLE(size) < need) {
        if (size >= 0x40000000u)
            return 0;
        size <<= 1;
    }
    return size;
}

/* Makes 'block' (table_bytes(size) bytes) the table of 'd', all slots empty. */
static void set_table(jg_dict *d, void *block, uint32_t size)
{
    d->entries = block;
    d->cap_entries = USABLE(size);
    d->index = d->entries + d->cap_entries;
    d->index_mask = size - 1;
    /* all IX_EMPTY; the smallest index, which most dicts have, in one store */
    _Static_assert(MIN_SIZE * sizeof(int8_t) == sizeof(uint64_t), "the smallest index is 8 bytes");
    if (size == MIN_SIZE)
        memcpy(d->index, &(uint64_t){UINT64_MAX}, sizeof(uint64_t));
    else
        memset(d->index, 0xFF, size * ix_bytes(size));
}

static void free_table(jg_vm *vm, jg_dict *d)
{
    if (d->entries && !table_inline(d))
        jg_mem_free(vm, d->entries, table_bytes(index_size(d)));
    d->index = NULL;
    d->entries = NULL;
}

jg_dict *jg_dict_new(jg_vm *vm)
{
    jg_dict *d = jg_gc_alloc(vm, vm->t.dict, sizeof *d);
    if (d)
        touch(vm, d);
    return d;
}

static jg_dict *dict_new_typed(jg_vm *vm, jg_type *type)
{
    jg_dict *d = jg_gc_alloc(vm, type, sizeof *d);
    if (d)
        touch(vm, d);
    return d;
}

/* The first slot in 'hash's probe sequence that holds no entry. */
static uint32_t find_free_slot(const jg_dict *d, int64_t hash)
{
    uint32_t mask = d->index_mask;
    uint64_t perturb = (uint64_t)hash;
    uint32_t i = (uint32_t)hash & mask;
    while (jg_dict_ix(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)((i * 5u + perturb + 1u) & mask);
    }
    return i;
}

/* Rebuilds the table with room for at least 'need' entries, dropping the
 * deleted ones.  False when out of memory (the dict is unchanged). */
static bool rebuild(jg_vm *vm, jg_dict *d, uint32_t need)
{
    uint32_t size = size_for(need);
    bool was_inline = table_inline(d);
    /* From its first malloc'd table on, a dict of jg_gc_alloc_plain is
     * finalized when it dies (registering one that gets none is harmless). */
    if ((!d->entries || was_inline) && !jg_gc_owns_memory(vm, &d->hdr))
        return false;
    void *block = size ? jg_mem_alloc(vm, table_bytes(size)) : NULL;
    if (!block)
        return false;
    jg_dict old = *d;
    set_table(d, block, size);
    uint32_t n = 0;
    for (uint32_t i = 0; i < old.n_entries; i++)
        if (old.entries[i].key != JG_UNDEF)
            d->entries[n++] = old.entries[i];
    d->n_entries = n;
    for (uint32_t i = 0; i < n; i++)
        jg_dict_set_ix(d, find_free_slot(d, d->entries[i].hash), (int32_t)i);
    if (old.entries && !was_inline)
        jg_mem_free(vm, old.entries, table_bytes(index_size(&old)));
    return true;
}

jg_dict *jg_dict_new_sized(jg_vm *vm, uint32_t n)
{
    /* Only the smallest table fits in a heap cell beside its dict. */
    if (n - 1 < USABLE(MIN_SIZE)) {
        size_t size = sizeof(jg_dict) + table_bytes(MIN_SIZE);
        jg_dict *d = jg_gc_alloc_plain_inline(vm, vm->t.dict, size, sizeof *d);
        if (d) {
            set_table(d, d + 1, MIN_SIZE);
            touch(vm, d);
        }
        return d;
    }
    jg_dict *d = jg_dict_new(vm);
    return d && n && !rebuild(vm, d, n) ? NULL : d;
}

/* Room for one more entry. */
static jg_status make_room(jg_vm *vm, jg_dict *d)
{
    if (d->n_entries < d->cap_entries)
        return JG_OK;
    if (d->n_used >= JG_MAX_ITEMS)
        return jg_raise_nomem(vm);
    /* CPython's growth rate: a table for 3 * used entries. */
    uint32_t need = d->n_used * 3u;
    if (need <= d->n_used)
        need = d->n_used + 1;
    return rebuild(vm, d, need) ? JG_OK : jg_raise_nomem(vm);
}

/*
 * Finds 'key': *ix = its entry number or -1.  When absent, *slot is where a
 * new entry for it goes (the first free slot of its probe sequence).
 */
static inline __attribute__((always_inline)) jg_status
lookup(jg_vm *vm, jg_dict *d, jg_value key, int64_t hash, int32_t *ix, uint32_t *slot)
{
    *ix = -1;
    if (!d->index)
        return JG_OK;
    uint32_t mask = d->index_mask;
    uint64_t perturb = (uint64_t)hash;
    uint32_t i = (uint32_t)hash & mask;
    int64_t free_slot = -1;
    for (;;) {
        int32_t k = jg_dict_ix(d, i);
        if (k == IX_EMPTY) {
            *slot = free_slot >= 0 ? (uint32_t)free_slot : i;
            return JG_OK;
        }
        if (k == IX_DUMMY) {
            if (free_slot < 0)
                free_slot = i;
        } else {
            jg_dict_entry *e = &d->entries[k];
            if (e->key == key) {
                *ix = k;
                *slot = i;
                return JG_OK;
            }
            if (e->hash == hash) {
                bool eq;
                jg_status st = jg_key_eq(vm, e->key, key, &eq);
                if (st != JG_OK)
                    return st;
                if (eq) {
                    *ix = k;
                    *slot = i;
                    return JG_OK;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)((i * 5u + perturb + 1u) & mask);
    }
}

/* Appends a new entry for a key known to be absent. */
static jg_status insert_new(jg_vm *vm, jg_dict *d, jg_value key, int64_t hash, jg_value v)
{
    jg_status st = make_room(vm, d);
    if (st != JG_OK)
        return st;
    jg_dict_append(d, find_free_slot(d, hash), key, hash, v);
    touch(vm, d);
    return JG_OK;
}

static inline __attribute__((always_inline)) jg_status set_hashed(jg_vm *vm, jg_dict *d,
                                                                 jg_value key, int64_t hash,
                                                                 jg_value v)
{
    int32_t ix;
    uint32_t slot = 0;
    jg_status st = lookup(vm, d, key, hash, &ix, &slot);
    if (st != JG_OK)
        return st;
    if (ix >= 0) {
        d->entries[ix].value = v;
        touch(vm, d);
        return JG_OK;
    }
    if (d->n_entries < d->cap_entries) {
        jg_dict_append(d, slot, key, hash, v);
        touch(vm, d);
        return JG_OK;
    }
    return insert_new(vm, d, key, hash, v);
}

jg_status jg_dict_set_hashed(jg_vm *vm, jg_dict *d, jg_value key, int64_t hash, jg_value v)
{
    return set_hashed(vm, d, key, hash, v);
}

jg_status jg_dict_get_hashed(jg_vm *vm, jg_dict *d, jg_value key, int64_t hash, jg_value *out,
                             bool *found)
{
    int32_t ix;
    uint32_t slot;
    jg_status st = lookup(vm, d, key, hash, &ix, &slot);
    if (st != JG_OK)
        return st;
    *found = ix >= 0;
    if (ix >= 0)
        *out = d->entries[ix].value;
    return JG_OK;
}

jg_status jg_dict_get(jg_vm *vm, jg_dict *d, jg_value key, jg_value *out, bool *found)
{
    int64_t h;
    jg_status st = jg_key_hash(vm, key, &h);
    if (st != JG_OK)
        return st;
    return jg_dict_get_hashed(vm, d, key, h, out, found);
}

jg_status jg_dict_set(jg_vm *vm, jg_dict *d, jg_value key, jg_value v)
{
    int64_t h;
    jg_status st = jg_key_hash(vm, key, &h);
    if (st != JG_OK)
        return st;
    return set_hashed(vm, d, key, h, v);
}

/* Removes entry 'ix' found at index slot 'slot'. */
static void delete_at(jg_vm *vm, jg_dict *d, int32_t ix, uint32_t slot)
{
    jg_dict_set_ix(d, slot, IX_DUMMY);
    d->entries[ix].key = JG_UNDEF;
    d->entries[ix].value = JG_UNDEF;
    d->n_used--;
    touch(vm, d);
}

static jg_status del_hashed(jg_vm *vm, jg_dict *d, jg_value key, int64_t h, jg_value *old,
                            bool *found)
{
    int32_t ix;
    uint32_t slot;
    jg_status st = lookup(vm, d, key, h, &ix, &slot);
    if (st != JG_OK)
        return st;
    *found = ix >= 0;
    if (ix >= 0) {
        if (old)
            *old = d->entries[ix].value;
        delete_at(vm, d, ix, slot);
    }
    return JG_OK;
}

jg_status jg_dict_del(jg_vm *vm, jg_dict *d, jg_value key, bool *found)
{
    int64_t h;
    jg_status st = jg_key_hash(vm, key, &h);
    if (st != JG_OK)
        return st;
    return del_hashed(vm, d, key, h, NULL, found);
}

jg_value jg_dict_get_str(jg_dict *d, jg_str *key)
{
    if (!d->index)
        return JG_UNDEF;
    int64_t h = key->hash != -1 ? key->hash : jg_str_hash(key);
    jg_value kv = jg_obj_value(key);
    uint32_t mask = d->index_mask;
    uint64_t perturb = (uint64_t)h;
    uint32_t i = (uint32_t)h & mask;
    for (;;) {
        int32_t k = jg_dict_ix(d, i);
        if (k == IX_EMPTY)
            return JG_UNDEF;
        if (k >= 0) {
            jg_dict_entry *e = &d->entries[k];
            if (e->key == kv)
                return e->value;
            if (e->hash == h && jg_is_kind(e->key, JG_K_STR) &&
                jg_str_eq(JG_AS(jg_str, e->key), key))
                return e->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)((i * 5u + perturb + 1u) & mask);
    }
}

jg_status jg_dict_set_str(jg_vm *vm, jg_dict *d, jg_str *key, jg_value v)
{
    int64_t h = key->hash != -1 ? key->hash : jg_str_hash(key);
    return jg_dict_set_hashed(vm, d, jg_obj_value(key), h, v);
}

bool jg_dict_next(const jg_dict *d, uint32_t *pos, jg_value *key, jg_value *value,
                  int64_t *hash)
{
    for (uint32_t i = *pos; i < d->n_entries; i++) {
        const jg_dict_entry *e = &d->entries[i];
        if (e->key != JG_UNDEF) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            if (hash)
                *hash = e->hash;
            *pos = i + 1;
            return true;
        }
    }
    *pos = d->n_entries;
    return false;
}

void jg_dict_clear(jg_vm *vm, jg_dict *d)
{
    free_table(vm, d);
    d->index_mask = 0;
    d->cap_entries = 0;
    d->n_entries = 0;
    d->n_used = 0;
    touch(vm, d);
}

/* Copies the live entries of 'src' into the empty 'd' (hashes kept). */
static bool copy_into(jg_vm *vm, jg_dict *d, const jg_dict *src)
{
    if (src->n_used == 0)
        return true;
    if (d->cap_entries < src->n_used && !rebuild(vm, d, src->n_used))
        return false;
    uint32_t n = 0;
    for (uint32_t i = 0; i < src->n_entries; i++) {
        const jg_dict_entry *e = &src->entries[i];
        if (e->key == JG_UNDEF)
            continue;
        d->entries[n] = *e;
        jg_dict_set_ix(d, find_free_slot(d, e->hash), (int32_t)n);
        n++;
    }
    d->n_entries = d->n_used = n;
    touch(vm, d);
    return true;
}

jg_dict *jg_dict_copy(jg_vm *vm, const jg_dict *d)
{
    jg_dict *c = jg_dict_new_sized(vm, d->n_used);
    if (!c || !copy_into(vm, c, d))
        return NULL;
    return c;
}

/* ---------------------------------------------------------------- update */

/* True when 'v' is a dict whose items can be read from its table (not a
 * subclass that redefines how it is iterated or indexed in Python). */
static bool is_plain_dict(jg_vm *vm, jg_value v)
{
    if (!jg_is_kind(v, JG_K_DICT))
        return false;
    jg_type *t = jg_obj_of(v)->type;
    return t == vm->t.dict || !(t->py_slots & (JG_PS_ITER | JG_PS_ITEM));
}

/* Merges the entries of dict 'src' into 'd' (replay-safe: on JG_NEEDS_PY the
 * Python version may apply all of 'src' again). */
static jg_status merge_dict(jg_vm *vm, jg_dict *d, jg_dict *src)
{
    if (d == src || src->n_used == 0)
        return JG_OK;
    if (d->n_used == 0 && d->n_entries == 0) {
        jg_dict_clear(vm, d);
        return copy_into(vm, d, src) ? JG_OK : jg_raise_nomem(vm);
    }
    uint32_t pos = 0;
    jg_value k, v;
    int64_t h;
    while (jg_dict_next(src, &pos, &k, &v, &h)) {
        jg_status st = jg_dict_set_hashed(vm, d, k, h, v);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* The two items of one element of a dict update sequence. */
static jg_status pair_items(jg_vm *vm, jg_value item, int64_t n, jg_value *k, jg_value *v)
{
    const jg_value *items = NULL;
    size_t len = 0;
    jg_list *tmp = NULL;
    if (jg_is_kind(item, JG_K_TUPLE)) {
        items = JG_AS(jg_tuple, item)->items;
        len = JG_AS(jg_tuple, item)->len;
    } else if (jg_is_kind(item, JG_K_LIST) && jg_obj_of(item)->type == vm->t.list) {
        items = JG_AS(jg_list, item)->items;
        len = JG_AS(jg_list, item)->len;
    } else {
        if (!(tmp = jg_list_new(vm, 2)))
            return jg_raise_nomem(vm);
        jg_value rest;
        jg_status st = jg_list_extend_iter(vm, tmp, item, &rest);
        if (st == JG_RAISED && jg_exc_matches(vm, vm->t.TypeError) && tmp->len == 0 &&
            rest == JG_UNDEF) {
            jg_clear_exc(vm);
            return jg_raise(vm, vm->t.TypeError,
                            "cannot convert dictionary update sequence element #%lld to a "
                            "sequence",
                            (long long)n);
        }
        if (st != JG_OK)
            return st;
        items = tmp->items;
        len = tmp->len;
    }
    if (len != 2)
        return jg_raise(vm, vm->t.ValueError,
                        "dictionary update sequence element #%lld has length %zu; 2 is required",
                        (long long)n, len);
    *k = items[0];
    *v = items[1];
    return JG_OK;
}

/* Applies an iterable of pairs; see jg_dict_update for *rest. */
static jg_status merge_pairs(jg_vm *vm, jg_dict *d, jg_value other, jg_value *rest)
{
    jg_value it, item;
    jg_status st = jg_get_iter(vm, other, &it);
    if (st == JG_NEEDS_PY)
        *rest = other;
    if (st != JG_OK)
        return st;
    for (int64_t n = 0;; n++) {
        st = jg_next(vm, it, &item);
        if (st == JG_NEEDS_PY)
            *rest = it;
        if (st != JG_OK)
            return st;
        if (item == JG_UNDEF)
            return JG_OK;
        jg_value k = JG_NONE, v = JG_NONE;
        st = pair_items(vm, item, n, &k, &v);
        if (st == JG_OK)
            st = jg_dict_set(vm, d, k, v);
        if (st == JG_NEEDS_PY) {
            /* The Python version starts again with this pair. */
            jg_list *done = jg_list_from(vm, &item, 1);
            if (!done)
                return jg_raise_nomem(vm);
            st = jg_iter_resume(vm, done, it, rest);
            return st == JG_OK ? JG_NEEDS_PY : st;
        }
        if (st != JG_OK)
            return st;
    }
}

jg_status jg_dict_update(jg_vm *vm, jg_dict *d, jg_value other, jg_value *rest)
{
    *rest = other;
    if (is_plain_dict(vm, other))
        return merge_dict(vm, d, JG_AS(jg_dict, other));
    /* A mapping is anything with keys(): its items come from Python code
     * unless it is a dict.  Only user classes (and dicts) can have keys(). */
    jg_type *t = jg_typeof(vm, other);
    if ((t->flags & JG_TF_USER) || t->kind == JG_K_DICT || t->kind == JG_K_OTHER) {
        jg_value keys;
        jg_str *name = jg_str_intern_cstr(vm, "keys");
        if (!name)
            return jg_raise_nomem(vm);
        jg_status st = jg_getattr_opt(vm, other, name, &keys);
        if (st != JG_OK)
            return st;
        if (keys != JG_UNDEF)
            return JG_NEEDS_PY;
    }
    return merge_pairs(vm, d, other, rest);
}

/* ---------------------------------------------------------------- hooks */

static void dict_trace(jg_vm *vm, jg_obj *o)
{
    jg_dict *d = (jg_dict *)o;
    for (uint32_t i = 0; i < d->n_entries; i++) {
        jg_gc_mark_value(vm, d->entries[i].key);
        jg_gc_mark_value(vm, d->entries[i].value);
    }
    jg_gc_mark_obj(vm, d->attrs);
}

static void dict_finalize(jg_vm *vm, jg_obj *o)
{
    free_table(vm, (jg_dict *)o);
}

static jg_status dict_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_dict *d = JG_AS(jg_dict, self);
    if (d->n_used == 0)
        return (*out = jg_str_from_cstr(vm, "{}")) ? JG_OK : jg_raise_nomem(vm);
    int r = jg_repr_enter(vm, jg_obj_of(self));
    if (r < 0)
        return jg_raise_nomem(vm);
    if (r > 0)
        return (*out = jg_str_from_cstr(vm, "{...}")) ? JG_OK : jg_raise_nomem(vm);
    jg_status st = JG_OK;
    if (!jg_nest_enter()) {
        jg_repr_leave(vm, jg_obj_of(self));
        return JG_NEEDS_PY;
    }
    jg_buf b = {0};
    if (jg_buf_putc(&b, '{') != JG_OK)
        st = jg_raise_nomem(vm);
    uint32_t pos = 0;
    jg_value k, v;
    bool first = true;
    while (st == JG_OK && jg_dict_next(d, &pos, &k, &v, NULL)) {
        if (!first && jg_buf_puts(&b, ", ") != JG_OK)
            st = jg_raise_nomem(vm);
        first = false;
        if (st == JG_OK)
            st = jg_buf_put_repr(vm, &b, k);
        if (st == JG_OK && jg_buf_puts(&b, ": ") != JG_OK)
            st = jg_raise_nomem(vm);
        if (st == JG_OK)
            st = jg_buf_put_repr(vm, &b, v);
    }
    if (st == JG_OK && jg_buf_putc(&b, '}') != JG_OK)
        st = jg_raise_nomem(vm);
    jg_nest_leave();
    jg_repr_leave(vm, jg_obj_of(self));
    if (st != JG_OK) {
        jg_buf_free(&b);
        return st;
    }
    return jg_buf_to_str(vm, &b, out);
}

static jg_status dict_equal(jg_vm *vm, jg_dict *a, jg_dict *b, bool *out)
{
    if (a->n_used != b->n_used) {
        *out = false;
        return JG_OK;
    }
    if (!jg_nest_enter())
        return JG_NEEDS_PY;
    jg_status st = JG_OK;
    uint32_t pos = 0;
    jg_value k, v, w;
    int64_t h;
    *out = true;
    while (jg_dict_next(a, &pos, &k, &v, &h)) {
        bool found, eq;
        if ((st = jg_dict_get_hashed(vm, b, k, h, &w, &found)) != JG_OK)
            break;
        if (!found) {
            *out = false;
            break;
        }
        if ((st = jg_item_eq(vm, v, w, &eq)) != JG_OK)
            break;
        if (!eq) {
            *out = false;
            break;
        }
    }
    jg_nest_leave();
    return st;
}

static jg_status dict_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                  jg_value *out)
{
    if (!jg_is_kind(other, JG_K_DICT) || (op != JG_CMP_EQ && op != JG_CMP_NOTEQ)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    bool eq;
    jg_status st = dict_equal(vm, JG_AS(jg_dict, self), JG_AS(jg_dict, other), &eq);
    if (st == JG_OK)
        *out = jg_bool(op == JG_CMP_EQ ? eq : !eq);
    return st;
}

static jg_status dict_len(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = JG_AS(jg_dict, self)->n_used;
    return JG_OK;
}

static jg_status dict_getitem(jg_vm *vm, jg_value self, jg_value key, jg_value *out)
{
    bool found;
    jg_status st = jg_dict_get(vm, JG_AS(jg_dict, self), key, out, &found);
    if (st != JG_OK || found)
        return st;
    jg_type *t = jg_obj_of(self)->type;
    if (t != vm->t.dict && jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___missing__)) != JG_UNDEF)
        return JG_NEEDS_PY;
    return jg_raise_key_error(vm, key);
}

static jg_status dict_setitem(jg_vm *vm, jg_value self, jg_value key, jg_value v)
{
    jg_dict *d = JG_AS(jg_dict, self);
    if (v != JG_UNDEF)
        return jg_dict_set(vm, d, key, v);
    bool found;
    jg_status st = jg_dict_del(vm, d, key, &found);
    if (st == JG_OK && !found)
        return jg_raise_key_error(vm, key);
    return st;
}

static jg_status dict_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    jg_value x;
    return jg_dict_get(vm, JG_AS(jg_dict, self), v, &x, out);
}

static jg_status dict_iter(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_dict *d = JG_AS(jg_dict, self);
    jg_iter *it = jg_iter_new(vm, vm->t.dict_keyiterator, JG_IT_DICT_KEYS, self);
    if (!it)
        return jg_raise_nomem(vm);
    it->end = d->n_used;
    it->pos_flags = d->n_used;
    it->a = JG_FALSE;
    *out = jg_obj_value(it);
    return JG_OK;
}

static jg_status dict_binop(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                            bool inplace, jg_value *out)
{
    *out = JG_NOTIMPLEMENTED;
    if (op != JG_OP_BITOR)
        return JG_OK;
    jg_dict *d = JG_AS(jg_dict, self);
    jg_value rest;
    if (inplace) {
        /* d |= x takes any mapping or iterable of pairs.  Only those that
         * can be applied again from the start are applied here; the rest
         * go to __ior__, which hands on what it has taken. */
        if (!is_plain_dict(vm, other) && !jg_is_kind(other, JG_K_LIST) &&
            !jg_is_kind(other, JG_K_TUPLE))
            return JG_NEEDS_PY;
        jg_status st = jg_dict_update(vm, d, other, &rest);
        if (st == JG_OK)
            *out = self;
        return st;
    }
    if (!jg_is_kind(other, JG_K_DICT))
        return JG_OK;
    jg_dict *left = reflected ? JG_AS(jg_dict, other) : d;
    jg_value right = reflected ? self : other;
    jg_dict *r = jg_dict_copy(vm, left);
    if (!r)
        return jg_raise_nomem(vm);
    jg_status st = jg_dict_update(vm, r, right, &rest);
    if (st == JG_OK)
        *out = jg_obj_value(r);
    return st;
}

static const jg_type_hooks dict_hooks = {
    .trace = dict_trace,
    .finalize = dict_finalize,
    .repr = dict_repr,
    .unhashable = true,
    .richcompare = dict_richcompare,
    .binop = dict_binop,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
};

/* ---------------------------------------------------------------- natives */

#define NATIVE(name)                                                                         \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,           \
                          jg_value *out)

static jg_status self_check(jg_vm *vm, jg_value *args, int nargs, const char *name)
{
    return jg_self_check(vm, args, nargs, vm->t.dict, name);
}

/* Applies keyword arguments args[0..n) named by 'kwnames' from index 'from'. */
static jg_status update_kwargs(jg_vm *vm, jg_dict *d, const jg_value *kwvals, jg_tuple *kwnames,
                               uint32_t from, uint32_t *at)
{
    for (uint32_t i = from; kwnames && i < kwnames->len; i++) {
        *at = i;
        jg_status st = jg_dict_set(vm, d, kwnames->items[i], kwvals[i]);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* A dict of the keyword arguments from index 'from' on. */
static jg_status kwargs_dict(jg_vm *vm, const jg_value *kwvals, jg_tuple *kwnames,
                             uint32_t from, jg_value *out)
{
    jg_dict *kw = jg_dict_new(vm);
    if (!kw)
        return jg_raise_nomem(vm);
    for (uint32_t i = from; kwnames && i < kwnames->len; i++) {
        jg_status st = jg_dict_set(vm, kw, kwnames->items[i], kwvals[i]);
        if (st != JG_OK)
            return st;
    }
    *out = jg_obj_value(kw);
    return JG_OK;
}

NATIVE(dict_new_native)
{
    jg_dict *d = dict_new_typed(vm, (jg_type *)jg_as_obj(args[0]));
    if (!d)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(d);
    return JG_OK;
}

/* d.update(other, **kw) and d.__init__(other, **kw): on Python code, the
 * rest is done by _dict_update(d, pairs_left, kwargs_left). */
static jg_status update_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                               const char *name, jg_value *out)
{
    jg_status st = self_check(vm, args, nargs, name);
    if (st != JG_OK)
        return st;
    /* nargs counts the keyword values too; they follow the positionals. */
    int npos = nargs - (kwnames ? (int)kwnames->len : 0);
    int n = npos - 1;
    if (n > 1)
        return jg_raise(vm, vm->t.TypeError, "%s expected at most 1 argument, got %d",
                        strcmp(name, "__init__") == 0 ? "dict" : name, n);
    jg_dict *d = JG_AS(jg_dict, args[0]);
    const jg_value *kwvals = args + npos;
    jg_value rest = JG_NONE, kw;
    uint32_t at = 0;
    if (n == 1) {
        st = jg_dict_update(vm, d, args[1], &rest);
        if (st == JG_NEEDS_PY) {
            if ((st = kwargs_dict(vm, kwvals, kwnames, 0, &kw)) != JG_OK)
                return st;
            jg_value a[3] = {args[0], rest, kw};
            return jg_tailcall_prelude(vm, "_dict_update_from", a, 3, NULL);
        }
        if (st != JG_OK)
            return st;
    }
    st = update_kwargs(vm, d, kwvals, kwnames, 0, &at);
    if (st == JG_NEEDS_PY) {
        if ((st = kwargs_dict(vm, kwvals, kwnames, at, &kw)) != JG_OK)
            return st;
        jg_value a[3] = {args[0], JG_NONE, kw};
        return jg_tailcall_prelude(vm, "_dict_update_from", a, 3, NULL);
    }
    if (st != JG_OK)
        return st;
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(dict_init_native)
{
    return update_native(vm, args, nargs, kwnames, "__init__", out);
}

NATIVE(dict_update_native)
{
    return update_native(vm, args, nargs, kwnames, "update", out);
}

NATIVE(dict_get_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "get")) != JG_OK ||
        (st = jg_argc_range(vm, "dict.get", "get", nargs - 1, kwnames, 1, 2)) != JG_OK)
        return st;
    bool found;
    st = jg_dict_get(vm, JG_AS(jg_dict, args[0]), args[1], out, &found);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_dict_get", args, nargs, NULL);
    if (st == JG_OK && !found)
        *out = nargs > 2 ? args[2] : JG_NONE;
    return st;
}

NATIVE(dict_setdefault_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "setdefault")) != JG_OK ||
        (st = jg_argc_range(vm, "dict.setdefault", "setdefault", nargs - 1, kwnames, 1, 2)) !=
            JG_OK)
        return st;
    jg_dict *d = JG_AS(jg_dict, args[0]);
    int64_t h;
    bool found;
    st = jg_key_hash(vm, args[1], &h);
    if (st == JG_OK)
        st = jg_dict_get_hashed(vm, d, args[1], h, out, &found);
    if (st == JG_OK && !found) {
        *out = nargs > 2 ? args[2] : JG_NONE;
        st = insert_new(vm, d, args[1], h, *out);
    }
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_dict_setdefault", args, nargs, NULL);
    return st;
}

NATIVE(dict_pop_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "pop")) != JG_OK ||
        (st = jg_argc_range(vm, "dict.pop", "pop", nargs - 1, kwnames, 1, 2)) != JG_OK)
        return st;
    jg_dict *d = JG_AS(jg_dict, args[0]);
    int64_t h;
    bool found = false;
    st = jg_key_hash(vm, args[1], &h);
    if (st == JG_OK)
        st = del_hashed(vm, d, args[1], h, out, &found);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_dict_pop", args, nargs, NULL);
    if (st != JG_OK || found)
        return st;
    if (nargs > 2) {
        *out = args[2];
        return JG_OK;
    }
    return jg_raise_key_error(vm, args[1]);
}

NATIVE(dict_popitem_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "popitem")) != JG_OK ||
        (st = jg_argc_none(vm, "dict.popitem", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_dict *d = JG_AS(jg_dict, args[0]);
    if (d->n_used == 0) {
        jg_str *m = jg_str_from_cstr(vm, "popitem(): dictionary is empty");
        if (!m)
            return jg_raise_nomem(vm);
        return jg_raise_key_error(vm, jg_obj_value(m));
    }
    uint32_t i = d->n_entries;
    while (d->entries[i - 1].key == JG_UNDEF)
        i--;
    jg_dict_entry *e = &d->entries[i - 1];
    jg_tuple *t = jg_tuple_pack2(vm, e->key, e->value);
    if (!t)
        return jg_raise_nomem(vm);
    /* Find the entry's slot to make it a dummy. */
    int32_t ix;
    uint32_t slot;
    uint32_t mask = d->index_mask;
    uint64_t perturb = (uint64_t)e->hash;
    slot = (uint32_t)e->hash & mask;
    while ((ix = jg_dict_ix(d, slot)) != (int32_t)(i - 1)) {
        perturb >>= PERTURB_SHIFT;
        slot = (uint32_t)((slot * 5u + perturb + 1u) & mask);
    }
    delete_at(vm, d, ix, slot);
    d->n_entries = i - 1; /* LIFO: the entry can be reused */
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_status view_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                             const char *name, const char *qual, jg_type *type, jg_value *out)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, name)) != JG_OK ||
        (st = jg_argc_none(vm, qual, nargs - 1, kwnames)) != JG_OK)
        return st;
    return jg_dict_view_new(vm, type, JG_AS(jg_dict, args[0]), out);
}

NATIVE(dict_keys_native)
{
    return view_native(vm, args, nargs, kwnames, "keys", "dict.keys", vm->t.dict_keys, out);
}

NATIVE(dict_values_native)
{
    return view_native(vm, args, nargs, kwnames, "values", "dict.values", vm->t.dict_values,
                       out);
}

NATIVE(dict_items_native)
{
    return view_native(vm, args, nargs, kwnames, "items", "dict.items", vm->t.dict_items, out);
}

NATIVE(dict_copy_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "copy")) != JG_OK ||
        (st = jg_argc_none(vm, "dict.copy", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_dict *c = jg_dict_copy(vm, JG_AS(jg_dict, args[0]));
    if (!c)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(c);
    return JG_OK;
}

NATIVE(dict_clear_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "clear")) != JG_OK ||
        (st = jg_argc_none(vm, "dict.clear", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_dict_clear(vm, JG_AS(jg_dict, args[0]));
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(dict_fromkeys_native)
{
    jg_status st = jg_argc_range(vm, "dict.fromkeys", "fromkeys", nargs - 1, kwnames, 1, 2);
    if (st != JG_OK)
        return st;
    jg_type *cls = (jg_type *)jg_as_obj(args[0]);
    jg_value value = nargs > 2 ? args[2] : JG_NONE;
    jg_value a[3] = {args[0], args[1], value};
    if (cls != vm->t.dict)
        return jg_tailcall_prelude(vm, "_dict_fromkeys", a, 3, NULL);
    jg_dict *d = jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    jg_value src = args[1], k;
    if (is_plain_dict(vm, src)) {
        jg_dict *s = JG_AS(jg_dict, src);
        if (!rebuild(vm, d, s->n_used))
            return jg_raise_nomem(vm);
        uint32_t pos = 0;
        int64_t h;
        while (jg_dict_next(s, &pos, &k, NULL, &h))
            if ((st = insert_new(vm, d, k, h, value)) != JG_OK)
                return st;
        *out = jg_obj_value(d);
        return JG_OK;
    }
    jg_value it;
    if ((st = jg_get_iter(vm, src, &it)) == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_dict_fromkeys", a, 3, NULL);
    if (st != JG_OK)
        return st;
    for (;;) {
        st = jg_next(vm, it, &k);
        if (st == JG_OK && k == JG_UNDEF)
            break;
        if (st == JG_OK)
            st = jg_dict_set(vm, d, k, value);
        if (st == JG_NEEDS_PY) {
            /* Continue in Python with the dict so far and what is left. */
            jg_value resume = it;
            if (k != JG_UNDEF) {
                jg_list *done = jg_list_from(vm, &k, 1);
                if (!done || jg_iter_resume(vm, done, it, &resume) != JG_OK)
                    return jg_raise_nomem(vm);
            }
            jg_value c[3] = {jg_obj_value(d), resume, value};
            return jg_tailcall_prelude(vm, "_dict_fromkeys_into", c, 3, NULL);
        }
        if (st != JG_OK)
            return st;
        k = JG_UNDEF;
    }
    *out = jg_obj_value(d);
    return JG_OK;
}

NATIVE(dict_reversed_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "__reversed__")) != JG_OK ||
        (st = jg_argc_none(vm, "dict.__reversed__", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_dict *d = JG_AS(jg_dict, args[0]);
    jg_iter *it = jg_iter_new(vm, vm->t.dict_keyiterator, JG_IT_DICT_KEYS, args[0]);
    if (!it)
        return jg_raise_nomem(vm);
    it->index = (int64_t)d->n_entries - 1;
    it->end = d->n_used;
    it->pos_flags = d->n_used;
    it->a = JG_TRUE;
    *out = jg_obj_value(it);
    return JG_OK;
}

/* d |= x with any mapping or iterable (the hook leaves iterators here, so
 * that what is taken from them reaches the Python version). */
NATIVE(dict_ior_native)
{
    jg_status st;
    if ((st = self_check(vm, args, nargs, "__ior__")) != JG_OK ||
        (st = jg_argc_one(vm, "dict.__ior__", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_value rest;
    st = jg_dict_update(vm, JG_AS(jg_dict, args[0]), args[1], &rest);
    if (st == JG_NEEDS_PY) {
        jg_value a[2] = {args[0], rest};
        return jg_tailcall_prelude(vm, "_dict_ior", a, 2, NULL);
    }
    if (st == JG_OK)
        *out = args[0];
    return st;
}

/* ---------------------------------------------------------------- primitives for Python */

/* _dict_candidates(d, h): the entry numbers whose hash is h, in probe order. */
NATIVE(prim_candidates)
{
    jg_dict *d = JG_AS(jg_dict, args[0]);
    int64_t h;
    jg_status st = jg_index_of(vm, args[1], JG_IDX_OVERFLOW, &h);
    if (st != JG_OK)
        return st;
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    if (d->index) {
        uint32_t mask = d->index_mask;
        uint64_t perturb = (uint64_t)h;
        uint32_t i = (uint32_t)h & mask;
        for (;;) {
            int32_t k = jg_dict_ix(d, i);
            if (k == IX_EMPTY)
                break;
            if (k >= 0 && d->entries[k].hash == h &&
                (st = jg_list_append(vm, l, jg_int(k))) != JG_OK)
                return st;
            perturb >>= PERTURB_SHIFT;
            i = (uint32_t)((i * 5u + perturb + 1u) & mask);
        }
    }
    *out = jg_obj_value(l);
    return JG_OK;
}

static jg_dict_entry *entry_arg(jg_vm *vm, jg_value *args)
{
    jg_dict *d = JG_AS(jg_dict, args[0]);
    if (!jg_is_int(args[1]) || jg_as_int(args[1]) < 0 ||
        jg_as_int(args[1]) >= (int64_t)d->n_entries) {
        jg_raise(vm, vm->t.IndexError, "dict entry index out of range");
        return NULL;
    }
    return &d->entries[jg_as_int(args[1])];
}

/* _dict_key_at(d, i): the key of entry i (None for a deleted entry). */
NATIVE(prim_key_at)
{
    jg_dict_entry *e = entry_arg(vm, args);
    if (!e)
        return JG_RAISED;
    *out = e->key == JG_UNDEF ? JG_NONE : e->key;
    return JG_OK;
}

NATIVE(prim_value_at)
{
    jg_dict_entry *e = entry_arg(vm, args);
    if (!e)
        return JG_RAISED;
    *out = e->value == JG_UNDEF ? JG_NONE : e->value;
    return JG_OK;
}

NATIVE(prim_set_value_at)
{
    jg_dict_entry *e = entry_arg(vm, args);
    if (!e)
        return JG_RAISED;
    if (e->key != JG_UNDEF) {
        e->value = args[2];
        touch(vm, JG_AS(jg_dict, args[0]));
    }
    *out = JG_NONE;
    return JG_OK;
}

/* _dict_insert_new(d, key, h, value): appends an entry for a key the caller
 * has found absent. */
NATIVE(prim_insert_new)
{
    int64_t h;
    jg_status st = jg_index_of(vm, args[2], JG_IDX_OVERFLOW, &h);
    if (st != JG_OK)
        return st;
    *out = JG_NONE;
    return insert_new(vm, JG_AS(jg_dict, args[0]), args[1], h, args[3]);
}

/* _dict_delete_at(d, i): removes entry i; returns its value. */
NATIVE(prim_delete_at)
{
    jg_dict *d = JG_AS(jg_dict, args[0]);
    jg_dict_entry *e = entry_arg(vm, args);
    if (!e)
        return JG_RAISED;
    if (e->key == JG_UNDEF)
        return jg_raise(vm, vm->t.RuntimeError, "dict entry already deleted");
    int32_t ix = (int32_t)(e - d->entries);
    uint32_t mask = d->index_mask;
    uint64_t perturb = (uint64_t)e->hash;
    uint32_t slot = (uint32_t)e->hash & mask;
    while (jg_dict_ix(d, slot) != ix) {
        perturb >>= PERTURB_SHIFT;
        slot = (uint32_t)((slot * 5u + perturb + 1u) & mask);
    }
    *out = e->value;
    delete_at(vm, d, ix, slot);
    return JG_OK;
}

NATIVE(prim_version)
{
    *out = jg_int_from_i64(vm, (int64_t)(JG_AS(jg_dict, args[0])->version & 0x3FFFFFFFFFFFull));
    return JG_OK;
}

/* _dict_items_list(d): [(k, v), ...] with hashes: [(k, v, h), ...]. */
NATIVE(prim_entries)
{
    jg_dict *d = JG_AS(jg_dict, args[0]);
    jg_list *l = jg_list_new(vm, d->n_used);
    if (!l)
        return jg_raise_nomem(vm);
    uint32_t pos = 0;
    jg_value k, v;
    int64_t h;
    while (jg_dict_next(d, &pos, &k, &v, &h)) {
        jg_tuple *t = jg_tuple_new(vm, 3);
        if (!t)
            return jg_raise_nomem(vm);
        t->items[0] = k;
        t->items[1] = v;
        t->items[2] = jg_int_from_i64(vm, h);
        jg_status st = jg_list_append(vm, l, jg_obj_value(t));
        if (st != JG_OK)
            return st;
    }
    *out = jg_obj_value(l);
    return JG_OK;
}

static jg_status check_dict_args(jg_vm *vm, jg_value *args, int nargs, int n, const char *name)
{
    if (nargs != n || !jg_is_kind(args[0], JG_K_DICT))
        return jg_raise(vm, vm->t.TypeError, "%s: bad arguments", name);
    return JG_OK;
}

#define CHECKED(name, fn, n)                                                                  \
    NATIVE(name)                                                                              \
    {                                                                                         \
        jg_status st = check_dict_args(vm, args, nargs, n, #name);                            \
        return st != JG_OK ? st : fn(vm, args, nargs, kwnames, out);                          \
    }
CHECKED(c_candidates, prim_candidates, 2)
CHECKED(c_key_at, prim_key_at, 2)
CHECKED(c_value_at, prim_value_at, 2)
CHECKED(c_set_value_at, prim_set_value_at, 3)
CHECKED(c_insert_new, prim_insert_new, 4)
CHECKED(c_delete_at, prim_delete_at, 2)
CHECKED(c_version, prim_version, 1)
CHECKED(c_entries, prim_entries, 1)

jg_status jg_dict_add_natives(jg_vm *vm, jg_module *m)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
    } fns[] = {
        {"_dict_candidates", c_candidates}, {"_dict_key_at", c_key_at},
        {"_dict_value_at", c_value_at},     {"_dict_set_value_at", c_set_value_at},
        {"_dict_insert_new", c_insert_new}, {"_dict_delete_at", c_delete_at},
        {"_dict_version", c_version},       {"_dict_entries", c_entries},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        jg_status st = jg_module_add_fn(vm, m, fns[i].name, fns[i].fn);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* ---------------------------------------------------------------- init */

jg_status jg_dict_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
        uint32_t flags;
    } methods[] = {
        {"__new__", dict_new_native, JG_NF_STATIC},
        {"__init__", dict_init_native, 0},
        {"update", dict_update_native, 0},
        {"get", dict_get_native, 0},
        {"setdefault", dict_setdefault_native, 0},
        {"pop", dict_pop_native, 0},
        {"popitem", dict_popitem_native, 0},
        {"keys", dict_keys_native, 0},
        {"values", dict_values_native, 0},
        {"items", dict_items_native, 0},
        {"copy", dict_copy_native, 0},
        {"clear", dict_clear_native, 0},
        {"fromkeys", dict_fromkeys_native, JG_NF_CLASSMETHOD},
        {"__reversed__", dict_reversed_native, 0},
    };
    vm->t.dict->hooks = &dict_hooks;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        jg_status st = jg_type_add_method(vm, vm->t.dict, methods[i].name, methods[i].fn,
                                          methods[i].flags);
        if (st != JG_OK)
            return st;
    }
    jg_status st = jg_containers_add_dunders(vm, vm->t.dict,
                                             JG_DU_REPR | JG_DU_COMPARE | JG_DU_LEN |
                                                 JG_DU_GETITEM | JG_DU_SETITEM |
                                                 JG_DU_CONTAINS | JG_DU_ITER | JG_DU_OR);
    if (st != JG_OK)
        return st;
    /* After the generic __ior__: this one hands on what it took. */
    if ((st = jg_type_add_method(vm, vm->t.dict, "__ior__", dict_ior_native, 0)) != JG_OK)
        return st;
    return jg_type_set_attr(vm, vm->t.dict, "__hash__", JG_NONE);
}
