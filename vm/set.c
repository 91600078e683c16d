/*
 * vm/set.c - set and frozenset: a port of CPython 3.11's setobject.c.
 *
 * The table, its sizes, LINEAR_PROBES, the perturbed probe sequence, dummy
 * entries, the growth rule and every operation's algorithm (which set is
 * iterated, when a table is resized up front) are CPython's, so iterating a
 * set of ints, floats or tuples gives CPython's order.  (str hashes differ
 * from CPython's, so sets of str iterate in another, equally arbitrary order.)
 *
 * Python code: a key whose __hash__ or __eq__ is Python makes an operation
 * return JG_NEEDS_PY before it has changed anything, and the operation is
 * redone by its Python version in vm/lib/_builtins_containers.py with the
 * _set_* primitives at the end of this file.  Lookups and the operations that
 * build new sets compare before they write, so that is automatic; the
 * in-place operations that add many keys (update, ^=) check first that no
 * comparison can need Python: the top bit of 'finger' marks a set that holds
 * a key whose equality is Python code (a "py-eq" key), and the incoming keys
 * are checked the same way.
 *
 * Invariant: table is NULL (an empty set, mask 7) or has mask + 1 entries;
 * empty entries are (hash 0, JG_UNDEF), dummies (-1, JG_NULL); fill counts
 * active and dummy entries, used the active ones; fill < mask + 1.
 */
#include "set.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "dict.h"
#include "iter.h"
#include "list.h"
#include "object_impl.h"
#include "range.h"
#include "tuple.h"

#define MINSIZE 8u
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define PYEQ_FLAG 0x80000000u

static bool is_frozen(jg_vm *vm, const jg_set *s)
{
    return jg_type_is_subtype(s->hdr.type, vm->t.frozenset);
}

static bool is_anyset(jg_value v)
{
    return jg_is_kind(v, JG_K_SET);
}

static bool is_exact_anyset(jg_vm *vm, jg_value v)
{
    return jg_is_obj(v) &&
           (jg_obj_of(v)->type == vm->t.set || jg_obj_of(v)->type == vm->t.frozenset);
}

static jg_set_entry *alloc_table(jg_vm *vm, size_t n)
{
    jg_set_entry *t = jg_mem_alloc(vm, n * sizeof *t);
    if (t) {
        for (size_t i = 0; i < n; i++) {
            t[i].hash = 0;
            t[i].key = JG_UNDEF;
        }
    }
    return t;
}

static void free_table(jg_vm *vm, jg_set_entry *t, uint32_t mask)
{
    if (t)
        jg_mem_free(vm, t, ((size_t)mask + 1) * sizeof *t);
}

static jg_set *set_alloc(jg_vm *vm, jg_type *type)
{
    jg_set *s = jg_gc_alloc(vm, type, sizeof *s);
    if (s) {
        s->mask = MINSIZE - 1;
        s->hash = -1;
    }
    return s;
}

jg_set *jg_set_new(jg_vm *vm, jg_type *type)
{
    return set_alloc(vm, type);
}

/* A new empty set of the built-in base of 'type' (make_new_set_basetype). */
static jg_set *new_basetype(jg_vm *vm, jg_type *type)
{
    if (type != vm->t.set && type != vm->t.frozenset)
        type = jg_type_is_subtype(type, vm->t.set) ? vm->t.set : vm->t.frozenset;
    return set_alloc(vm, type);
}

/* ---------------------------------------------------------------- py-eq keys */

/* Can comparing 'v' for equality run Python code? */
static bool key_is_pyeq(jg_vm *vm, jg_value v, int depth)
{
    if (!jg_is_obj(v))
        return false;
    jg_type *t = jg_obj_of(v)->type;
    if ((t->flags & JG_TF_USER) && (t->py_slots & JG_PS_EQ))
        return true;
    if (t->kind == JG_K_TUPLE) {
        if (depth > 32)
            return true;
        jg_tuple *tu = JG_AS(jg_tuple, v);
        for (uint32_t i = 0; i < tu->len; i++)
            if (key_is_pyeq(vm, tu->items[i], depth + 1))
                return true;
        return false;
    }
    if (t->kind == JG_K_SET)
        return (JG_AS(jg_set, v)->finger & PYEQ_FLAG) != 0;
    return false;
}

static void note_key(jg_vm *vm, jg_set *s, jg_value key)
{
    if (!(s->finger & PYEQ_FLAG) && key_is_pyeq(vm, key, 0))
        s->finger |= PYEQ_FLAG;
}

/* ---------------------------------------------------------------- the table */

/* The entry holding 'key', or NULL (*out) when it is absent. */
static jg_status lookkey(jg_vm *vm, jg_set *so, jg_value key, int64_t hash, jg_set_entry **out)
{
    *out = NULL;
    if (!so->table)
        return JG_OK;
    size_t mask = so->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        jg_set_entry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == JG_UNDEF)
                return JG_OK;
            if (entry->hash == hash) {
                jg_value startkey = entry->key;
                bool eq;
                if (startkey == key) {
                    *out = entry;
                    return JG_OK;
                }
                jg_status st = jg_key_eq(vm, startkey, key, &eq);
                if (st != JG_OK)
                    return st;
                if (eq) {
                    *out = entry;
                    return JG_OK;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(jg_set_entry *table, size_t mask, jg_value key, int64_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    jg_set_entry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == JG_UNDEF)
            goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == JG_UNDEF)
                    goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuilds the table with the smallest size > 'minused', without dummies. */
static jg_status table_resize(jg_vm *vm, jg_set *so, size_t minused)
{
    size_t newsize = MINSIZE;
    while (newsize <= minused) {
        if (newsize >= ((size_t)1 << 31))
            return jg_raise_nomem(vm);
        newsize <<= 1;
    }
    if (!so->table) {
        so->mask = (uint32_t)(newsize - 1);
        return JG_OK;
    }
    if (newsize == MINSIZE && so->mask == MINSIZE - 1 && so->fill == so->used)
        return JG_OK; /* no dummies in a minimal table: nothing to do */
    jg_set_entry *newtable = alloc_table(vm, newsize);
    if (!newtable)
        return jg_raise_nomem(vm);
    jg_set_entry *oldtable = so->table;
    uint32_t oldmask = so->mask;
    so->table = newtable;
    so->mask = (uint32_t)(newsize - 1);
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key != JG_UNDEF)
                insert_clean(newtable, so->mask, oldtable[i].key, oldtable[i].hash);
    } else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; i++) {
            jg_value k = oldtable[i].key;
            if (k != JG_UNDEF && k != JG_NULL)
                insert_clean(newtable, so->mask, k, oldtable[i].hash);
        }
    }
    free_table(vm, oldtable, oldmask);
    return JG_OK;
}

static jg_status ensure_table(jg_vm *vm, jg_set *so)
{
    if (!so->table && !(so->table = alloc_table(vm, (size_t)so->mask + 1)))
        return jg_raise_nomem(vm);
    return JG_OK;
}

static jg_status add_entry(jg_vm *vm, jg_set *so, jg_value key, int64_t hash)
{
    jg_status st = ensure_table(vm, so);
    if (st != JG_OK)
        return st;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    jg_set_entry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == JG_UNDEF)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                jg_value startkey = entry->key;
                bool eq;
                if (startkey == key)
                    return JG_OK;
                if ((st = jg_key_eq(vm, startkey, key, &eq)) != JG_OK)
                    return st;
                if (eq)
                    return JG_OK;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    note_key(vm, so, key);
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return JG_OK;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return JG_OK;
    return table_resize(vm, so, so->used > 50000 ? (size_t)so->used * 2 : (size_t)so->used * 4);
}

/* add_entry for a key known to be absent (no comparisons). */
static jg_status add_absent(jg_vm *vm, jg_set *so, jg_value key, int64_t hash)
{
    jg_status st = ensure_table(vm, so);
    if (st != JG_OK)
        return st;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    jg_set_entry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == JG_UNDEF)
                goto found;
            if (entry->hash == -1)
                freeslot = entry;
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    note_key(vm, so, key);
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return JG_OK;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return JG_OK;
    return table_resize(vm, so, so->used > 50000 ? (size_t)so->used * 2 : (size_t)so->used * 4);
}

static jg_status contains_entry(jg_vm *vm, jg_set *so, jg_value key, int64_t hash, bool *out)
{
    jg_set_entry *e;
    jg_status st = lookkey(vm, so, key, hash, &e);
    *out = e != NULL;
    return st;
}

static jg_status discard_entry(jg_vm *vm, jg_set *so, jg_value key, int64_t hash, bool *found)
{
    jg_set_entry *e;
    jg_status st = lookkey(vm, so, key, hash, &e);
    *found = e != NULL;
    if (st == JG_OK && e) {
        e->key = JG_NULL;
        e->hash = -1;
        so->used--;
    }
    return st;
}

bool jg_set_next(const jg_set *s, uint32_t *pos, jg_value *key, int64_t *hash)
{
    if (!s->table)
        return false;
    for (uint32_t i = *pos; i <= s->mask; i++) {
        jg_value k = s->table[i].key;
        if (k != JG_UNDEF && k != JG_NULL) {
            *key = k;
            if (hash)
                *hash = s->table[i].hash;
            *pos = i + 1;
            return true;
        }
    }
    *pos = s->mask + 1;
    return false;
}

static void set_clear(jg_vm *vm, jg_set *so)
{
    free_table(vm, so->table, so->mask);
    so->table = NULL;
    so->mask = MINSIZE - 1;
    so->fill = so->used = 0;
    so->finger = 0;
    so->hash = -1;
}

/* The hash of a key that is a set: that of frozenset(key) (CPython retries
 * set lookups of an unhashable set key that way). */
static int64_t frozen_hash(const jg_set *so)
{
    uint64_t hash = 0;
    for (uint32_t i = 0; so->table && i <= so->mask; i++) {
        jg_value k = so->table[i].key;
        if (k != JG_UNDEF && k != JG_NULL) {
            uint64_t h = (uint64_t)so->table[i].hash;
            hash ^= ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
        }
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1)
        hash = 590923713ull;
    return (int64_t)hash;
}

/* hash(key), with a set key hashed as frozenset(key). */
static jg_status key_hash(jg_vm *vm, jg_value key, int64_t *h)
{
    if (jg_is_kind(key, JG_K_SET) && !is_frozen(vm, JG_AS(jg_set, key)) &&
        !(jg_obj_of(key)->type->py_slots & JG_PS_HASH)) {
        *h = frozen_hash(JG_AS(jg_set, key));
        return JG_OK;
    }
    return jg_key_hash(vm, key, h);
}

jg_status jg_set_add(jg_vm *vm, jg_set *s, jg_value key)
{
    int64_t h;
    jg_status st = jg_key_hash(vm, key, &h);
    if (st != JG_OK)
        return st;
    return add_entry(vm, s, key, h);
}

jg_status jg_set_contains(jg_vm *vm, jg_set *s, jg_value key, bool *out)
{
    int64_t h;
    jg_status st = key_hash(vm, key, &h);
    if (st != JG_OK)
        return st;
    return contains_entry(vm, s, key, h, out);
}

jg_status jg_set_discard(jg_vm *vm, jg_set *s, jg_value key, bool *found)
{
    int64_t h;
    jg_status st = key_hash(vm, key, &h);
    if (st != JG_OK)
        return st;
    return discard_entry(vm, s, key, h, found);
}

jg_status jg_set_new_const(jg_vm *vm, const jg_value *items, size_t n, jg_set **out)
{
    jg_set *first = set_alloc(vm, vm->t.frozenset), *second = set_alloc(vm, vm->t.frozenset);
    jg_status st = first && second ? JG_OK : jg_raise_nomem(vm);
    for (size_t i = 0; st == JG_OK && i < n; i++)
        st = jg_set_add(vm, first, items[i]);
    uint32_t pos = 0;
    jg_value k;
    int64_t h;
    while (st == JG_OK && jg_set_next(first, &pos, &k, &h))
        st = add_entry(vm, second, k, h);
    *out = second;
    return st;
}

/* ---------------------------------------------------------------- pickling */

uint32_t jg_set_table_size(const jg_set *s)
{
    return s->table ? s->mask + 1 : 0;
}

void jg_set_layout(const jg_set *s, uint8_t *out, uint32_t *finger)
{
    for (uint32_t i = 0; i <= s->mask; i++) {
        jg_value k = s->table[i].key;
        out[i] = k == JG_UNDEF ? JG_SET_SLOT_EMPTY
                 : k == JG_NULL ? JG_SET_SLOT_DUMMY
                                : JG_SET_SLOT_KEY;
    }
    *finger = s->finger & ~PYEQ_FLAG;
}

/* Does the probe sequence of table[at]'s hash reach it before an empty slot,
 * with no equal key on the way?  The walk is lookkey's, so true means a
 * look-up finds the key where it is.  *st is set when a comparison fails or
 * needs Python (then false). */
static bool reaches(jg_vm *vm, const jg_set_entry *table, size_t mask, size_t at,
                    jg_status *st)
{
    const jg_set_entry *target = &table[at];
    size_t perturb = (size_t)target->hash;
    size_t i = (size_t)target->hash & mask;
    for (;;) {
        const jg_set_entry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry == target)
                return true;
            if (entry->key == JG_UNDEF)
                return false;
            if (entry->hash == target->hash && entry->key != JG_NULL) {
                bool eq;
                if ((*st = jg_key_eq(vm, entry->key, target->key, &eq)) != JG_OK || eq)
                    return false;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

jg_status jg_set_place(jg_vm *vm, jg_set *s, const uint8_t *layout, uint32_t size,
                       uint32_t finger, const jg_value *keys, bool *placed)
{
    *placed = false;
    jg_set_entry *table = alloc_table(vm, size);
    if (!table)
        return jg_raise_nomem(vm);
    uint32_t k = 0, fill = 0, flags = 0;
    jg_status st = JG_OK;
    for (uint32_t i = 0; i < size; i++) {
        if (layout[i] == JG_SET_SLOT_DUMMY) {
            table[i].key = JG_NULL;
            table[i].hash = -1;
            fill++;
        } else if (layout[i] == JG_SET_SLOT_KEY) {
            if ((st = jg_key_hash(vm, keys[k], &table[i].hash)) != JG_OK)
                goto refused;
            table[i].key = keys[k++];
            if (!flags && key_is_pyeq(vm, table[i].key, 0))
                flags = PYEQ_FLAG;
            fill++;
        }
    }
    for (uint32_t i = 0; i < size; i++)
        if (layout[i] == JG_SET_SLOT_KEY && !reaches(vm, table, size - 1, i, &st))
            goto refused;
    free_table(vm, s->table, s->mask);
    s->table = table;
    s->mask = size - 1;
    s->fill = fill;
    s->used = k;
    s->finger = (finger & ~PYEQ_FLAG) | flags;
    s->hash = -1;
    *placed = true;
    return JG_OK;
refused:
    free_table(vm, table, size - 1);
    return st == JG_NEEDS_PY ? JG_OK : st;
}

void jg_set_move(jg_set *dst, jg_set *src)
{
    dst->table = src->table;
    dst->mask = src->mask;
    dst->fill = src->fill;
    dst->used = src->used;
    dst->finger = src->finger;
    dst->hash = -1;
    src->table = NULL;
    src->mask = MINSIZE - 1;
    src->fill = src->used = 0;
    src->finger = 0;
    src->hash = -1;
}

/* ---------------------------------------------------------------- sources */

/* The other operand of a set operation, as CPython distinguishes them. */
typedef struct {
    jg_set *set;     /* any set or frozenset */
    jg_dict *dict;   /* an exact dict */
    jg_list *items;  /* anything else, collected */
    int64_t *hashes; /* hashes of items (malloc'd), once computed */
} source;

static void source_free(source *s)
{
    free(s->hashes);
    s->hashes = NULL;
}

/* Classifies 'v'; collects other iterables.  JG_NEEDS_PY: *rest is an
 * iterator over all of v's items for the Python version. */
static jg_status source_of(jg_vm *vm, jg_value v, source *src, jg_value *rest)
{
    memset(src, 0, sizeof *src);
    if (is_anyset(v)) {
        src->set = JG_AS(jg_set, v);
        return JG_OK;
    }
    if (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.dict) {
        src->dict = JG_AS(jg_dict, v);
        return JG_OK;
    }
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    jg_value left;
    jg_status st = jg_list_extend_iter(vm, l, v, &left);
    if (st == JG_NEEDS_PY) {
        st = jg_iter_resume(vm, l, left, rest);
        return st == JG_OK ? JG_NEEDS_PY : st;
    }
    src->items = l;
    return st;
}

/* Hashes every collected item (before anything is changed). */
static jg_status source_hash(jg_vm *vm, source *src)
{
    if (!src->items || src->hashes)
        return JG_OK;
    size_t n = src->items->len;
    src->hashes = malloc((n ? n : 1) * sizeof(int64_t));
    if (!src->hashes)
        return jg_raise_nomem(vm);
    for (size_t i = 0; i < n; i++) {
        jg_status st = jg_key_hash(vm, src->items->items[i], &src->hashes[i]);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

static size_t source_len(const source *src)
{
    if (src->set)
        return src->set->used;
    if (src->dict)
        return src->dict->n_used;
    return src->items->len;
}

/* Could adding the source's keys to 'so' compare keys in Python? */
static bool source_pyeq(jg_vm *vm, jg_set *so, const source *src)
{
    if (so->finger & PYEQ_FLAG)
        return true;
    if (src->set)
        return (src->set->finger & PYEQ_FLAG) != 0;
    if (src->dict) {
        uint32_t pos = 0;
        jg_value k;
        while (jg_dict_next(src->dict, &pos, &k, NULL, NULL))
            if (key_is_pyeq(vm, k, 0))
                return true;
        return false;
    }
    for (uint32_t i = 0; i < src->items->len; i++)
        if (key_is_pyeq(vm, src->items->items[i], 0))
            return true;
    return false;
}

/* ---------------------------------------------------------------- algorithms */

static jg_status set_merge(jg_vm *vm, jg_set *so, jg_set *other)
{
    jg_status st;
    if (other == so || other->used == 0)
        return JG_OK;
    /* One big resize at the start rather than many as keys go in. */
    if (((size_t)so->fill + other->used) * 5 >= (size_t)so->mask * 3) {
        if ((st = table_resize(vm, so, ((size_t)so->used + other->used) * 2)) != JG_OK)
            return st;
    }
    if (other->finger & PYEQ_FLAG)
        so->finger |= PYEQ_FLAG;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        /* Same size, no dummies: copy the table. */
        if ((st = ensure_table(vm, so)) != JG_OK)
            return st;
        memcpy(so->table, other->table, ((size_t)other->mask + 1) * sizeof *so->table);
        so->fill = other->fill;
        so->used = other->used;
        return JG_OK;
    }
    if (so->fill == 0) {
        if ((st = ensure_table(vm, so)) != JG_OK)
            return st;
        so->fill = other->used;
        so->used = other->used;
        for (uint32_t i = 0; i <= other->mask; i++) {
            jg_value k = other->table[i].key;
            if (k != JG_UNDEF && k != JG_NULL)
                insert_clean(so->table, so->mask, k, other->table[i].hash);
        }
        return JG_OK;
    }
    for (uint32_t i = 0; i <= other->mask; i++) {
        jg_value k = other->table[i].key;
        if (k != JG_UNDEF && k != JG_NULL &&
            (st = add_entry(vm, so, k, other->table[i].hash)) != JG_OK)
            return st;
    }
    return JG_OK;
}

/* set_update_internal for a classified source (hashes computed). */
static jg_status update_from(jg_vm *vm, jg_set *so, source *src)
{
    jg_status st;
    if (src->set)
        return set_merge(vm, so, src->set);
    if (src->dict) {
        size_t n = src->dict->n_used;
        if (((size_t)so->fill + n) * 5 >= (size_t)so->mask * 3) {
            if ((st = table_resize(vm, so, ((size_t)so->used + n) * 2)) != JG_OK)
                return st;
        }
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_dict_next(src->dict, &pos, &k, NULL, &h))
            if ((st = add_entry(vm, so, k, h)) != JG_OK)
                return st;
        return JG_OK;
    }
    if ((st = source_hash(vm, src)) != JG_OK)
        return st;
    for (uint32_t i = 0; i < src->items->len; i++)
        if ((st = add_entry(vm, so, src->items->items[i], src->hashes[i])) != JG_OK)
            return st;
    return JG_OK;
}

/* In-place update that either completes or changes nothing (JG_NEEDS_PY). */
static jg_status update_atomic(jg_vm *vm, jg_set *so, source *src)
{
    jg_status st = source_hash(vm, src);
    if (st != JG_OK)
        return st;
    /* A new (empty) set cannot be left half-done: its keys only meet each other. */
    if (source_pyeq(vm, so, src) && !(so->used == 0 && src->set))
        return JG_NEEDS_PY;
    return update_from(vm, so, src);
}

jg_status jg_set_update(jg_vm *vm, jg_set *s, jg_value iterable, jg_value *rest)
{
    source src;
    *rest = iterable;
    jg_status st = source_of(vm, iterable, &src, rest);
    if (st == JG_OK) {
        st = update_atomic(vm, s, &src);
        /* Taken from an iterator: the Python version gets the items. */
        if (st == JG_NEEDS_PY && src.items)
            *rest = jg_obj_value(src.items);
    }
    source_free(&src);
    return st;
}

static jg_status set_copy(jg_vm *vm, jg_set *so, jg_set **out)
{
    *out = NULL;
    jg_set *r = new_basetype(vm, so->hdr.type);
    if (!r)
        return jg_raise_nomem(vm);
    jg_status st = set_merge(vm, r, so);
    *out = r;
    return st;
}

static jg_status intersection(jg_vm *vm, jg_set *so, source *src, jg_set **out)
{
    jg_status st;
    *out = NULL;
    if (src->set == so)
        return set_copy(vm, so, out);
    jg_set *result = new_basetype(vm, so->hdr.type);
    if (!result)
        return jg_raise_nomem(vm);
    *out = result;
    if (src->set) {
        jg_set *a = so, *b = src->set;
        if (b->used > a->used) {
            jg_set *t = a;
            a = b;
            b = t;
        }
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_set_next(b, &pos, &k, &h)) {
            bool in;
            if ((st = contains_entry(vm, a, k, h, &in)) != JG_OK)
                return st;
            if (in && (st = add_entry(vm, result, k, h)) != JG_OK)
                return st;
        }
        return JG_OK;
    }
    /* A dict or other iterable: its keys in order, stopping once every key
     * of 'so' is found. */
    if (src->dict) {
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_dict_next(src->dict, &pos, &k, NULL, &h)) {
            bool in;
            if ((st = contains_entry(vm, so, k, h, &in)) != JG_OK)
                return st;
            if (in) {
                if ((st = add_entry(vm, result, k, h)) != JG_OK)
                    return st;
                if (result->used >= so->used)
                    break;
            }
        }
        return JG_OK;
    }
    if ((st = source_hash(vm, src)) != JG_OK)
        return st;
    for (uint32_t i = 0; i < src->items->len; i++) {
        bool in;
        jg_value k = src->items->items[i];
        if ((st = contains_entry(vm, so, k, src->hashes[i], &in)) != JG_OK)
            return st;
        if (in) {
            if ((st = add_entry(vm, result, k, src->hashes[i])) != JG_OK)
                return st;
            if (result->used >= so->used)
                break;
        }
    }
    return JG_OK;
}

/* Removes every key of 'src' from 'so' (replay-safe: on JG_NEEDS_PY the
 * Python version can remove them all again). */
static jg_status difference_update(jg_vm *vm, jg_set *so, source *src)
{
    jg_status st;
    bool found;
    if (src->set == so) {
        set_clear(vm, so);
        return JG_OK;
    }
    if (src->set) {
        jg_set *other = src->set;
        if ((other->used >> 3) > so->used) {
            /* Much bigger: remove only the common keys. */
            source s2 = {.set = other};
            if ((st = intersection(vm, so, &s2, &other)) != JG_OK)
                return st;
        }
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_set_next(other, &pos, &k, &h))
            if ((st = discard_entry(vm, so, k, h, &found)) != JG_OK)
                return st;
    } else if (src->dict) {
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_dict_next(src->dict, &pos, &k, NULL, &h))
            if ((st = discard_entry(vm, so, k, h, &found)) != JG_OK)
                return st;
    } else {
        if ((st = source_hash(vm, src)) != JG_OK)
            return st;
        for (uint32_t i = 0; i < src->items->len; i++)
            if ((st = discard_entry(vm, so, src->items->items[i], src->hashes[i], &found)) !=
                JG_OK)
                return st;
    }
    /* If more than 1/4th are dummies, resize them away. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return JG_OK;
    return table_resize(vm, so, so->used > 50000 ? (size_t)so->used * 2 : (size_t)so->used * 4);
}

static jg_status difference(jg_vm *vm, jg_set *so, source *src, jg_set **out)
{
    jg_status st;
    *out = NULL;
    if (src->items || (so->used >> 2) > source_len(src)) {
        /* Copy, then remove the other's keys. */
        if ((st = set_copy(vm, so, out)) != JG_OK)
            return st;
        return difference_update(vm, *out, src);
    }
    jg_set *result = new_basetype(vm, so->hdr.type);
    if (!result)
        return jg_raise_nomem(vm);
    *out = result;
    uint32_t pos = 0;
    jg_value k, v;
    int64_t h;
    while (jg_set_next(so, &pos, &k, &h)) {
        bool in;
        if (src->dict)
            st = jg_dict_get_hashed(vm, src->dict, k, h, &v, &in);
        else
            st = contains_entry(vm, src->set, k, h, &in);
        if (st != JG_OK)
            return st;
        if (!in && (st = add_entry(vm, result, k, h)) != JG_OK)
            return st;
    }
    return JG_OK;
}

/* s ^= other's keys (for a set source, or an exact dict). */
static jg_status symdiff_update(jg_vm *vm, jg_set *so, source *src)
{
    jg_status st;
    bool found;
    if (src->set == so) {
        set_clear(vm, so);
        return JG_OK;
    }
    if (src->dict) {
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_dict_next(src->dict, &pos, &k, NULL, &h)) {
            if ((st = discard_entry(vm, so, k, h, &found)) != JG_OK)
                return st;
            if (!found && (st = add_entry(vm, so, k, h)) != JG_OK)
                return st;
        }
        return JG_OK;
    }
    jg_set *other = src->set;
    if (!other) {
        /* Any other iterable becomes a set first. */
        if (!(other = new_basetype(vm, so->hdr.type)))
            return jg_raise_nomem(vm);
        if ((st = update_from(vm, other, src)) != JG_OK)
            return st;
    }
    uint32_t pos = 0;
    jg_value k;
    int64_t h;
    while (jg_set_next(other, &pos, &k, &h)) {
        if ((st = discard_entry(vm, so, k, h, &found)) != JG_OK)
            return st;
        if (!found && (st = add_entry(vm, so, k, h)) != JG_OK)
            return st;
    }
    return JG_OK;
}

static jg_status issubset(jg_vm *vm, jg_set *so, source *src, bool *out)
{
    jg_status st;
    if (!src->set) {
        jg_set *tmp;
        if ((st = intersection(vm, so, src, &tmp)) != JG_OK)
            return st;
        *out = tmp->used == so->used;
        return JG_OK;
    }
    *out = false;
    if (so->used > src->set->used)
        return JG_OK;
    uint32_t pos = 0;
    jg_value k;
    int64_t h;
    while (jg_set_next(so, &pos, &k, &h)) {
        bool in;
        if ((st = contains_entry(vm, src->set, k, h, &in)) != JG_OK)
            return st;
        if (!in)
            return JG_OK;
    }
    *out = true;
    return JG_OK;
}

static jg_status issuperset(jg_vm *vm, jg_set *so, source *src, bool *out)
{
    jg_status st;
    if (src->set) {
        source s2 = {.set = so};
        return issubset(vm, src->set, &s2, out);
    }
    *out = false;
    if (src->dict) {
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_dict_next(src->dict, &pos, &k, NULL, &h)) {
            bool in;
            if ((st = contains_entry(vm, so, k, h, &in)) != JG_OK)
                return st;
            if (!in)
                return JG_OK;
        }
        *out = true;
        return JG_OK;
    }
    for (uint32_t i = 0; i < src->items->len; i++) {
        bool in;
        if ((st = jg_set_contains(vm, so, src->items->items[i], &in)) != JG_OK)
            return st;
        if (!in)
            return JG_OK;
    }
    *out = true;
    return JG_OK;
}

static jg_status isdisjoint(jg_vm *vm, jg_set *so, jg_value otherv, source *src, bool *out)
{
    jg_status st;
    *out = false;
    if (src->set == so) {
        *out = so->used == 0;
        return JG_OK;
    }
    if (src->set && is_exact_anyset(vm, otherv)) {
        jg_set *a = so, *b = src->set;
        if (b->used > a->used) {
            jg_set *t = a;
            a = b;
            b = t;
        }
        uint32_t pos = 0;
        jg_value k;
        int64_t h;
        while (jg_set_next(b, &pos, &k, &h)) {
            bool in;
            if ((st = contains_entry(vm, a, k, h, &in)) != JG_OK)
                return st;
            if (in)
                return JG_OK;
        }
        *out = true;
        return JG_OK;
    }
    /* Iterate the other (a set subclass, a dict or any iterable). */
    jg_value k;
    int64_t h;
    uint32_t pos = 0;
    if (src->set) {
        while (jg_set_next(src->set, &pos, &k, &h)) {
            bool in;
            if ((st = jg_set_contains(vm, so, k, &in)) != JG_OK)
                return st;
            if (in)
                return JG_OK;
        }
    } else if (src->dict) {
        while (jg_dict_next(src->dict, &pos, &k, NULL, &h)) {
            bool in;
            if ((st = jg_set_contains(vm, so, k, &in)) != JG_OK)
                return st;
            if (in)
                return JG_OK;
        }
    } else {
        for (uint32_t i = 0; i < src->items->len; i++) {
            bool in;
            if ((st = jg_set_contains(vm, so, src->items->items[i], &in)) != JG_OK)
                return st;
            if (in)
                return JG_OK;
        }
    }
    *out = true;
    return JG_OK;
}

/* Exchanges the contents of two sets (the in-place ops build a new table
 * and swap it in). */
static void swap_bodies(jg_vm *vm, jg_set *a, jg_set *b)
{
    jg_set t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    a->finger = (a->finger & ~PYEQ_FLAG) | (b->finger & PYEQ_FLAG);
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    b->finger = (b->finger & ~PYEQ_FLAG) | (t.finger & PYEQ_FLAG);
    if (is_frozen(vm, a) && is_frozen(vm, b)) {
        a->hash = b->hash;
        b->hash = t.hash;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ---------------------------------------------------------------- hooks */

static void set_trace(jg_vm *vm, jg_obj *o)
{
    jg_set *s = (jg_set *)o;
    for (uint32_t i = 0; s->table && i <= s->mask; i++) {
        jg_value k = s->table[i].key;
        if (k != JG_UNDEF && k != JG_NULL)
            jg_gc_mark_value(vm, k);
    }
    jg_gc_mark_obj(vm, s->attrs);
}

static void set_finalize(jg_vm *vm, jg_obj *o)
{
    jg_set *s = (jg_set *)o;
    free_table(vm, s->table, s->mask);
    s->table = NULL;
}

static jg_status set_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_set *so = JG_AS(jg_set, self);
    const char *name = so->hdr.type->name->data;
    jg_buf b = {0};
    jg_status st = JG_OK;
    int r = jg_repr_enter(vm, jg_obj_of(self));
    if (r < 0)
        return jg_raise_nomem(vm);
    if (r > 0) {
        if (jg_buf_printf(&b, "%s(...)", name) != JG_OK)
            return jg_raise_nomem(vm);
        return jg_buf_to_str(vm, &b, out);
    }
    if (so->used == 0) {
        jg_repr_leave(vm, jg_obj_of(self));
        if (jg_buf_printf(&b, "%s()", name) != JG_OK)
            return jg_raise_nomem(vm);
        return jg_buf_to_str(vm, &b, out);
    }
    bool exact = so->hdr.type == vm->t.set;
    if (!exact && (jg_buf_puts(&b, name) != JG_OK || jg_buf_putc(&b, '(') != JG_OK))
        st = jg_raise_nomem(vm);
    if (st == JG_OK && jg_buf_putc(&b, '{') != JG_OK)
        st = jg_raise_nomem(vm);
    uint32_t pos = 0;
    jg_value k;
    bool first = true;
    while (st == JG_OK && jg_set_next(so, &pos, &k, NULL)) {
        if (!first && jg_buf_puts(&b, ", ") != JG_OK)
            st = jg_raise_nomem(vm);
        first = false;
        if (st == JG_OK)
            st = jg_buf_put_repr(vm, &b, k);
    }
    if (st == JG_OK && jg_buf_puts(&b, exact ? "}" : "})") != JG_OK)
        st = jg_raise_nomem(vm);
    jg_repr_leave(vm, jg_obj_of(self));
    if (st != JG_OK) {
        jg_buf_free(&b);
        return st;
    }
    return jg_buf_to_str(vm, &b, out);
}

static jg_status frozenset_hash(jg_vm *vm, jg_value self, int64_t *out)
{
    jg_set *so = JG_AS(jg_set, self);
    if (so->hash == -1)
        so->hash = frozen_hash(so);
    *out = so->hash;
    return JG_OK;
}

static jg_status set_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                 jg_value *out)
{
    if (!is_anyset(other)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    jg_set *v = JG_AS(jg_set, self), *w = JG_AS(jg_set, other);
    source sw = {.set = w};
    bool r = false;
    jg_status st = JG_OK;
    if (!jg_nest_enter())
        return JG_NEEDS_PY;
    switch (op) {
        case JG_CMP_EQ:
        case JG_CMP_NOTEQ:
            if (v->used != w->used)
                r = false;
            else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash)
                r = false;
            else
                st = issubset(vm, v, &sw, &r);
            if (op == JG_CMP_NOTEQ)
                r = !r;
            break;
        case JG_CMP_LTE: st = issubset(vm, v, &sw, &r); break;
        case JG_CMP_GTE: st = issuperset(vm, v, &sw, &r); break;
        case JG_CMP_LT:
            if (v->used < w->used)
                st = issubset(vm, v, &sw, &r);
            break;
        default: /* JG_CMP_GT */
            if (v->used > w->used)
                st = issuperset(vm, v, &sw, &r);
            break;
    }
    jg_nest_leave();
    if (st == JG_OK)
        *out = jg_bool(r);
    return st;
}

static jg_status set_len(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = JG_AS(jg_set, self)->used;
    return JG_OK;
}

static jg_status set_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    return jg_set_contains(vm, JG_AS(jg_set, self), v, out);
}

static jg_status set_iter(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_set *so = JG_AS(jg_set, self);
    jg_iter *it = jg_iter_new(vm, vm->t.set_iterator, JG_IT_SET, self);
    if (!it)
        return jg_raise_nomem(vm);
    it->pos_flags = so->used;
    it->end = so->used;
    *out = jg_obj_value(it);
    return JG_OK;
}

static jg_status set_binop(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                           bool inplace, jg_value *out)
{
    *out = JG_NOTIMPLEMENTED;
    if (op != JG_OP_BITOR && op != JG_OP_BITAND && op != JG_OP_SUB && op != JG_OP_BITXOR)
        return JG_OK;
    if (!is_anyset(other))
        return JG_OK;
    jg_set *so = JG_AS(jg_set, reflected ? other : self);
    jg_set *w = JG_AS(jg_set, reflected ? self : other);
    source src = {.set = w};
    jg_set *r = NULL;
    jg_status st;
    if (inplace && !reflected && !is_frozen(vm, so)) {
        switch (op) {
            case JG_OP_BITOR: st = update_atomic(vm, so, &src); break;
            case JG_OP_BITAND:
                st = intersection(vm, so, &src, &r);
                if (st == JG_OK)
                    swap_bodies(vm, so, r);
                break;
            case JG_OP_SUB: st = difference_update(vm, so, &src); break;
            default:
                st = source_pyeq(vm, so, &src) ? JG_NEEDS_PY : symdiff_update(vm, so, &src);
                break;
        }
        if (st == JG_OK)
            *out = jg_obj_value(so);
        return st;
    }
    switch (op) {
        case JG_OP_BITOR:
            st = set_copy(vm, so, &r);
            if (st == JG_OK && w != so)
                st = set_merge(vm, r, w);
            break;
        case JG_OP_BITAND: st = intersection(vm, so, &src, &r); break;
        case JG_OP_SUB: st = difference(vm, so, &src, &r); break;
        default: {
            /* symmetric_difference: a copy of w, then ^= so. */
            source s2 = {.set = so};
            if (!(r = new_basetype(vm, so->hdr.type)))
                return jg_raise_nomem(vm);
            st = set_merge(vm, r, w);
            if (st == JG_OK)
                st = symdiff_update(vm, r, &s2);
            break;
        }
    }
    if (st == JG_OK)
        *out = jg_obj_value(r);
    return st;
}

static const jg_type_hooks set_hooks = {
    .trace = set_trace,
    .finalize = set_finalize,
    .repr = set_repr,
    .unhashable = true,
    .richcompare = set_richcompare,
    .binop = set_binop,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
};

static const jg_type_hooks frozenset_hooks = {
    .trace = set_trace,
    .finalize = set_finalize,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .binop = set_binop,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
};

/* ---------------------------------------------------------------- natives */

#define NATIVE(name)                                                                         \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,           \
                          jg_value *out)

/* self must be a set or frozenset; for mutating methods, a set. */
static jg_status check_any(jg_vm *vm, jg_value *args, int nargs, const char *name)
{
    if (nargs >= 1 && is_anyset(args[0]))
        return JG_OK;
    return jg_self_check(vm, args, nargs, vm->t.set, name);
}

static const char *qualname(jg_vm *vm, jg_value self, const char *name, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s.%s", is_frozen(vm, JG_AS(jg_set, self)) ? "frozenset" : "set", name);
    return buf;
}

/* The other operands of a method, classified up front.  'vals' holds what
 * a Python version must be given in their place: the operand itself, or the
 * list of items taken from it (an iterator cannot be iterated twice). */
typedef struct {
    int n;
    source *src;
    jg_tuple *vals;
} gathered;

static void gather_free(gathered *g)
{
    for (int i = 0; g->src && i < g->n; i++)
        source_free(&g->src[i]);
    free(g->src);
    g->src = NULL;
}

/* Tail-calls the Python version fn(self, vals[from:]). */
static jg_status gather_fallback(jg_vm *vm, const char *fn, jg_value self, gathered *g,
                                 int from)
{
    jg_tuple *t = jg_tuple_from(vm, g->vals->items + from, (size_t)(g->n - from));
    gather_free(g);
    if (!t)
        return jg_raise_nomem(vm);
    jg_value a[2] = {self, jg_obj_value(t)};
    return jg_tailcall_prelude(vm, fn, a, 2, NULL);
}

/* Classifies args[1..nargs).  When collecting one meets Python code this
 * tail-calls fn(self, vals) with that operand replaced by an iterator over
 * all its items (and returns what jg_tailcall returns). */
static jg_status gather(jg_vm *vm, jg_value *args, int nargs, const char *fn, gathered *g)
{
    g->n = nargs - 1;
    g->src = calloc(g->n > 0 ? (size_t)g->n : 1, sizeof(source));
    g->vals = jg_tuple_from(vm, args + 1, (size_t)g->n);
    if (!g->src || !g->vals) {
        gather_free(g);
        return jg_raise_nomem(vm);
    }
    for (int i = 0; i < g->n; i++) {
        jg_value rest;
        jg_status st = source_of(vm, args[1 + i], &g->src[i], &rest);
        if (st == JG_NEEDS_PY) {
            g->vals->items[i] = rest;
            return gather_fallback(vm, fn, args[0], g, 0);
        }
        if (st != JG_OK) {
            gather_free(g);
            return st;
        }
        if (g->src[i].items)
            g->vals->items[i] = jg_obj_value(g->src[i].items);
    }
    return JG_OK;
}

NATIVE(set_new_native)
{
    jg_set *s = set_alloc(vm, (jg_type *)jg_as_obj(args[0]));
    if (!s)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(s);
    return JG_OK;
}

NATIVE(set_init_native)
{
    jg_status st = jg_self_check(vm, args, nargs, vm->t.set, "__init__");
    if (st != JG_OK)
        return st;
    jg_set *so = JG_AS(jg_set, args[0]);
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "set() takes no keyword arguments");
    if (nargs > 2)
        return jg_raise(vm, vm->t.TypeError, "%s expected at most 1 argument, got %d",
                        so->hdr.type->name->data, nargs - 1);
    if (so->fill)
        set_clear(vm, so);
    so->hash = -1;
    *out = JG_NONE;
    if (nargs == 1)
        return JG_OK;
    jg_value rest;
    st = jg_set_update(vm, so, args[1], &rest);
    if (st == JG_NEEDS_PY) {
        jg_value a[2] = {args[0], rest};
        return jg_tailcall_prelude(vm, "_set_init", a, 2, NULL);
    }
    return st;
}

NATIVE(frozenset_new_native)
{
    jg_type *cls = (jg_type *)jg_as_obj(args[0]);
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 2)
        return jg_raise(vm, vm->t.TypeError, "%s expected at most 1 argument, got %d",
                        cls->name->data, nargs - 1);
    if (nargs == 2 && cls == vm->t.frozenset && jg_is_obj(args[1]) &&
        jg_obj_of(args[1])->type == vm->t.frozenset) {
        *out = args[1];
        return JG_OK;
    }
    jg_set *so = set_alloc(vm, cls);
    if (!so)
        return jg_raise_nomem(vm);
    if (nargs == 2) {
        jg_value rest;
        jg_status st = jg_set_update(vm, so, args[1], &rest);
        if (st == JG_NEEDS_PY) {
            jg_value a[2] = {args[0], rest};
            return jg_tailcall_prelude(vm, "_frozenset_new", a, 2, NULL);
        }
        if (st != JG_OK)
            return st;
    }
    *out = jg_obj_value(so);
    return JG_OK;
}

NATIVE(set_add_native)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, "add")) != JG_OK ||
        (st = jg_argc_one(vm, "set.add", nargs - 1, kwnames)) != JG_OK)
        return st;
    st = jg_set_add(vm, JG_AS(jg_set, args[0]), args[1]);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_set_add_one", args, 2, NULL);
    *out = JG_NONE;
    return st;
}

static jg_status discard_or_remove(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                   bool remove, jg_value *out)
{
    const char *name = remove ? "remove" : "discard";
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, name)) != JG_OK ||
        (st = jg_argc_one(vm, remove ? "set.remove" : "set.discard", nargs - 1, kwnames)) !=
            JG_OK)
        return st;
    bool found;
    st = jg_set_discard(vm, JG_AS(jg_set, args[0]), args[1], &found);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, remove ? "_set_remove" : "_set_discard", args, 2, NULL);
    if (st != JG_OK)
        return st;
    if (remove && !found)
        return jg_raise_key_error(vm, args[1]);
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(set_remove_native)
{
    return discard_or_remove(vm, args, nargs, kwnames, true, out);
}

NATIVE(set_discard_native)
{
    return discard_or_remove(vm, args, nargs, kwnames, false, out);
}

NATIVE(set_pop_native)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, "pop")) != JG_OK ||
        (st = jg_argc_none(vm, "set.pop", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_set *so = JG_AS(jg_set, args[0]);
    if (so->used == 0) {
        jg_str *m = jg_str_from_cstr(vm, "pop from an empty set");
        return m ? jg_raise_key_error(vm, jg_obj_value(m)) : jg_raise_nomem(vm);
    }
    uint32_t flag = so->finger & PYEQ_FLAG;
    jg_set_entry *entry = so->table + ((so->finger & ~PYEQ_FLAG) & so->mask);
    jg_set_entry *limit = so->table + so->mask;
    while (entry->key == JG_UNDEF || entry->key == JG_NULL) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    *out = entry->key;
    entry->key = JG_NULL;
    entry->hash = -1;
    so->used--;
    so->finger = (uint32_t)(entry - so->table + 1) | flag;
    return JG_OK;
}

NATIVE(set_clear_native)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, "clear")) != JG_OK ||
        (st = jg_argc_none(vm, "set.clear", nargs - 1, kwnames)) != JG_OK)
        return st;
    set_clear(vm, JG_AS(jg_set, args[0]));
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(set_copy_native)
{
    char q[32];
    jg_status st;
    if ((st = check_any(vm, args, nargs, "copy")) != JG_OK ||
        (st = jg_argc_none(vm, qualname(vm, args[0], "copy", q, sizeof q), nargs - 1,
                           kwnames)) != JG_OK)
        return st;
    jg_set *so = JG_AS(jg_set, args[0]);
    if (so->hdr.type == vm->t.frozenset) {
        *out = args[0];
        return JG_OK;
    }
    jg_set *r = NULL;
    if ((st = set_copy(vm, so, &r)) != JG_OK)
        return st;
    *out = jg_obj_value(r);
    return JG_OK;
}

/* union/intersection/difference: 'op' picks the algorithm. */
enum { M_UNION, M_INTERSECTION, M_DIFFERENCE };

static jg_status multi_method(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int op,
                              const char *fallback, jg_value *out)
{
    static const char *const names[] = {"union", "intersection", "difference"};
    jg_status st;
    if ((st = check_any(vm, args, nargs, names[op])) != JG_OK)
        return st;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "%s.%s() takes no keyword arguments",
                        jg_isinstance(vm, args[0], vm->t.frozenset) ? "frozenset" : "set",
                        names[op]);
    jg_set *so = JG_AS(jg_set, args[0]), *result = NULL;
    gathered g;
    if ((st = gather(vm, args, nargs, fallback, &g)) != JG_OK)
        return st;
    if (g.n == 0)
        st = set_copy(vm, so, &result);
    for (int i = 0; i < g.n && st == JG_OK; i++) {
        source *src = &g.src[i];
        if (op == M_UNION) {
            if (!result)
                st = set_copy(vm, so, &result);
            if (st == JG_OK && src->set != so)
                st = update_from(vm, result, src);
        } else if (op == M_INTERSECTION) {
            st = intersection(vm, result ? result : so, src, &result);
        } else if (!result) {
            st = difference(vm, so, src, &result);
        } else {
            st = difference_update(vm, result, src);
        }
    }
    if (st == JG_NEEDS_PY)
        return gather_fallback(vm, fallback, args[0], &g, 0);
    gather_free(&g);
    if (st == JG_OK)
        *out = jg_obj_value(result);
    return st;
}

NATIVE(set_union_native)
{
    return multi_method(vm, args, nargs, kwnames, M_UNION, "_set_union", out);
}

NATIVE(set_intersection_native)
{
    return multi_method(vm, args, nargs, kwnames, M_INTERSECTION, "_set_intersection", out);
}

NATIVE(set_difference_native)
{
    return multi_method(vm, args, nargs, kwnames, M_DIFFERENCE, "_set_difference", out);
}

NATIVE(set_update_native)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, "update")) != JG_OK)
        return st;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "set.update() takes no keyword arguments");
    jg_set *so = JG_AS(jg_set, args[0]);
    gathered g;
    if ((st = gather(vm, args, nargs, "_set_update_many", &g)) != JG_OK)
        return st;
    for (int i = 0; i < g.n; i++) {
        st = update_atomic(vm, so, &g.src[i]);
        /* The others before i are in; i and after are left to Python. */
        if (st == JG_NEEDS_PY)
            return gather_fallback(vm, "_set_update_many", args[0], &g, i);
        if (st != JG_OK)
            break;
    }
    gather_free(&g);
    *out = JG_NONE;
    return st;
}

NATIVE(set_intersection_update_native)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, "intersection_update")) != JG_OK)
        return st;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError,
                        "set.intersection_update() takes no keyword arguments");
    jg_value r;
    st = multi_method(vm, args, nargs, NULL, M_INTERSECTION, "_set_intersection_update", &r);
    if (st != JG_OK)
        return st;
    swap_bodies(vm, JG_AS(jg_set, args[0]), JG_AS(jg_set, r));
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(set_difference_update_native)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, "difference_update")) != JG_OK)
        return st;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError,
                        "set.difference_update() takes no keyword arguments");
    jg_set *so = JG_AS(jg_set, args[0]);
    gathered g;
    if ((st = gather(vm, args, nargs, "_set_difference_update", &g)) != JG_OK)
        return st;
    for (int i = 0; i < g.n; i++) {
        st = difference_update(vm, so, &g.src[i]);
        if (st == JG_NEEDS_PY)
            return gather_fallback(vm, "_set_difference_update", args[0], &g, i);
        if (st != JG_OK)
            break;
    }
    gather_free(&g);
    *out = JG_NONE;
    return st;
}

NATIVE(set_symmetric_difference_update_native)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.set, "symmetric_difference_update")) !=
            JG_OK ||
        (st = jg_argc_one(vm, "set.symmetric_difference_update", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_set *so = JG_AS(jg_set, args[0]);
    gathered g;
    if ((st = gather(vm, args, nargs, "_set_symmetric_difference_update", &g)) != JG_OK)
        return st;
    st = source_hash(vm, &g.src[0]);
    if (st == JG_OK && source_pyeq(vm, so, &g.src[0]))
        st = JG_NEEDS_PY;
    if (st == JG_OK)
        st = symdiff_update(vm, so, &g.src[0]);
    if (st == JG_NEEDS_PY)
        return gather_fallback(vm, "_set_symmetric_difference_update", args[0], &g, 0);
    gather_free(&g);
    *out = JG_NONE;
    return st;
}

NATIVE(set_symmetric_difference_native)
{
    char q[48];
    jg_status st;
    if ((st = check_any(vm, args, nargs, "symmetric_difference")) != JG_OK ||
        (st = jg_argc_one(vm, qualname(vm, args[0], "symmetric_difference", q, sizeof q),
                          nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_set *so = JG_AS(jg_set, args[0]);
    gathered g;
    if ((st = gather(vm, args, nargs, "_set_symmetric_difference", &g)) != JG_OK)
        return st;
    /* A new set of the other's keys, then ^= self. */
    source s2 = {.set = so};
    jg_set *r = new_basetype(vm, so->hdr.type);
    if (!r)
        st = jg_raise_nomem(vm);
    if (st == JG_OK)
        st = update_from(vm, r, &g.src[0]);
    if (st == JG_OK)
        st = symdiff_update(vm, r, &s2);
    if (st == JG_NEEDS_PY)
        return gather_fallback(vm, "_set_symmetric_difference", args[0], &g, 0);
    gather_free(&g);
    if (st == JG_OK)
        *out = jg_obj_value(r);
    return st;
}

enum { P_SUBSET, P_SUPERSET, P_DISJOINT };

static jg_status predicate(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int which,
                           jg_value *out)
{
    static const char *const names[] = {"issubset", "issuperset", "isdisjoint"};
    static const char *const fallbacks[] = {"_set_issubset", "_set_issuperset",
                                            "_set_isdisjoint"};
    char q[40];
    jg_status st;
    if ((st = check_any(vm, args, nargs, names[which])) != JG_OK ||
        (st = jg_argc_one(vm, qualname(vm, args[0], names[which], q, sizeof q), nargs - 1,
                          kwnames)) != JG_OK)
        return st;
    jg_set *so = JG_AS(jg_set, args[0]);
    gathered g;
    bool r = false;
    if ((st = gather(vm, args, nargs, fallbacks[which], &g)) != JG_OK)
        return st;
    if (which == P_SUBSET)
        st = issubset(vm, so, &g.src[0], &r);
    else if (which == P_SUPERSET)
        st = issuperset(vm, so, &g.src[0], &r);
    else
        st = isdisjoint(vm, so, args[1], &g.src[0], &r);
    if (st == JG_NEEDS_PY)
        return gather_fallback(vm, fallbacks[which], args[0], &g, 0);
    gather_free(&g);
    if (st == JG_OK)
        *out = jg_bool(r);
    return st;
}

NATIVE(set_issubset_native)
{
    return predicate(vm, args, nargs, kwnames, P_SUBSET, out);
}

NATIVE(set_issuperset_native)
{
    return predicate(vm, args, nargs, kwnames, P_SUPERSET, out);
}

NATIVE(set_isdisjoint_native)
{
    return predicate(vm, args, nargs, kwnames, P_DISJOINT, out);
}

/* ---------------------------------------------------------------- primitives for Python */

static jg_set *set_arg(jg_vm *vm, jg_value *args, int nargs, int n, const char *name)
{
    if (nargs != n || !is_anyset(args[0])) {
        jg_raise(vm, vm->t.TypeError, "%s: bad arguments", name);
        return NULL;
    }
    return JG_AS(jg_set, args[0]);
}

static jg_status hash_arg(jg_vm *vm, jg_value v, int64_t *h)
{
    return jg_index_of(vm, v, JG_IDX_OVERFLOW, h);
}

/* _set_candidates(s, h): table slots of active keys with hash h, in probe order. */
NATIVE(prim_candidates)
{
    jg_set *so = set_arg(vm, args, nargs, 2, "_set_candidates");
    int64_t h;
    jg_status st;
    if (!so)
        return JG_RAISED;
    if ((st = hash_arg(vm, args[1], &h)) != JG_OK)
        return st;
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(l);
    if (!so->table)
        return JG_OK;
    size_t mask = so->mask, perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        jg_set_entry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == JG_UNDEF)
                return JG_OK;
            if (entry->hash == h &&
                (st = jg_list_append(vm, l, jg_int(entry - so->table))) != JG_OK)
                return st;
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

NATIVE(prim_key_at)
{
    jg_set *so = set_arg(vm, args, nargs, 2, "_set_key_at");
    if (!so)
        return JG_RAISED;
    int64_t i = jg_is_int(args[1]) ? jg_as_int(args[1]) : -1;
    if (!so->table || i < 0 || i > (int64_t)so->mask)
        return jg_raise(vm, vm->t.IndexError, "set slot out of range");
    jg_value k = so->table[i].key;
    *out = (k == JG_UNDEF || k == JG_NULL) ? JG_NONE : k;
    return JG_OK;
}

/* _set_add_absent(s, key, h): inserts a key the caller found absent. */
NATIVE(prim_add_absent)
{
    jg_set *so = set_arg(vm, args, nargs, 3, "_set_add_absent");
    int64_t h;
    jg_status st;
    if (!so)
        return JG_RAISED;
    if ((st = hash_arg(vm, args[2], &h)) != JG_OK)
        return st;
    *out = JG_NONE;
    return add_absent(vm, so, args[1], h);
}

/* _set_discard_at(s, i): makes slot i a dummy. */
NATIVE(prim_discard_at)
{
    jg_set *so = set_arg(vm, args, nargs, 2, "_set_discard_at");
    if (!so)
        return JG_RAISED;
    int64_t i = jg_is_int(args[1]) ? jg_as_int(args[1]) : -1;
    if (!so->table || i < 0 || i > (int64_t)so->mask || so->table[i].key == JG_UNDEF ||
        so->table[i].key == JG_NULL)
        return jg_raise(vm, vm->t.IndexError, "set slot out of range");
    so->table[i].key = JG_NULL;
    so->table[i].hash = -1;
    so->used--;
    *out = JG_NONE;
    return JG_OK;
}

/* _set_entries(s): [(key, hash), ...] in table order. */
NATIVE(prim_entries)
{
    jg_set *so = set_arg(vm, args, nargs, 1, "_set_entries");
    if (!so)
        return JG_RAISED;
    jg_list *l = jg_list_new(vm, so->used);
    if (!l)
        return jg_raise_nomem(vm);
    uint32_t pos = 0;
    jg_value k;
    int64_t h;
    while (jg_set_next(so, &pos, &k, &h)) {
        jg_tuple *t = jg_tuple_pack2(vm, k, jg_int_from_i64(vm, h));
        jg_status st = t ? jg_list_append(vm, l, jg_obj_value(t)) : jg_raise_nomem(vm);
        if (st != JG_OK)
            return st;
    }
    *out = jg_obj_value(l);
    return JG_OK;
}

/* _set_info(s): (fill, used, mask). */
NATIVE(prim_info)
{
    jg_set *so = set_arg(vm, args, nargs, 1, "_set_info");
    if (!so)
        return JG_RAISED;
    jg_tuple *t = jg_tuple_new(vm, 3);
    if (!t)
        return jg_raise_nomem(vm);
    t->items[0] = jg_int(so->fill);
    t->items[1] = jg_int(so->used);
    t->items[2] = jg_int(so->mask);
    *out = jg_obj_value(t);
    return JG_OK;
}

NATIVE(prim_resize)
{
    jg_set *so = set_arg(vm, args, nargs, 2, "_set_resize");
    int64_t n;
    jg_status st;
    if (!so)
        return JG_RAISED;
    if ((st = hash_arg(vm, args[1], &n)) != JG_OK)
        return st;
    *out = JG_NONE;
    return table_resize(vm, so, n < 0 ? 0 : (size_t)n);
}

NATIVE(prim_swap_bodies)
{
    jg_set *a = set_arg(vm, args, nargs, 2, "_set_swap_bodies");
    if (!a)
        return JG_RAISED;
    if (!is_anyset(args[1]))
        return jg_raise(vm, vm->t.TypeError, "_set_swap_bodies: bad arguments");
    swap_bodies(vm, a, JG_AS(jg_set, args[1]));
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(prim_clear)
{
    jg_set *so = set_arg(vm, args, nargs, 1, "_set_clear");
    if (!so)
        return JG_RAISED;
    set_clear(vm, so);
    *out = JG_NONE;
    return JG_OK;
}

/* _set_merge_empty(s, other): set_merge into an empty set (no comparisons). */
NATIVE(prim_merge_empty)
{
    jg_set *so = set_arg(vm, args, nargs, 2, "_set_merge_empty");
    if (!so)
        return JG_RAISED;
    if (!is_anyset(args[1]) || so->fill != 0)
        return jg_raise(vm, vm->t.TypeError, "_set_merge_empty: bad arguments");
    *out = JG_NONE;
    return set_merge(vm, so, JG_AS(jg_set, args[1]));
}

/* _set_new_like(s): an empty set of s's built-in base type. */
NATIVE(prim_new_like)
{
    jg_set *so = set_arg(vm, args, nargs, 1, "_set_new_like");
    if (!so)
        return JG_RAISED;
    jg_set *r = new_basetype(vm, so->hdr.type);
    if (!r)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(r);
    return JG_OK;
}

jg_status jg_set_add_natives(jg_vm *vm, jg_module *m)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
    } fns[] = {
        {"_set_candidates", prim_candidates}, {"_set_key_at", prim_key_at},
        {"_set_add_absent", prim_add_absent}, {"_set_discard_at", prim_discard_at},
        {"_set_entries", prim_entries},       {"_set_info", prim_info},
        {"_set_resize", prim_resize},         {"_set_swap_bodies", prim_swap_bodies},
        {"_set_clear", prim_clear},           {"_set_new_like", prim_new_like},
        {"_set_merge_empty", prim_merge_empty},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        jg_status st = jg_module_add_fn(vm, m, fns[i].name, fns[i].fn);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* ---------------------------------------------------------------- init */

jg_status jg_set_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
        bool frozen_too;
    } methods[] = {
        {"add", set_add_native, false},
        {"remove", set_remove_native, false},
        {"discard", set_discard_native, false},
        {"pop", set_pop_native, false},
        {"clear", set_clear_native, false},
        {"copy", set_copy_native, true},
        {"union", set_union_native, true},
        {"intersection", set_intersection_native, true},
        {"difference", set_difference_native, true},
        {"symmetric_difference", set_symmetric_difference_native, true},
        {"update", set_update_native, false},
        {"intersection_update", set_intersection_update_native, false},
        {"difference_update", set_difference_update_native, false},
        {"symmetric_difference_update", set_symmetric_difference_update_native, false},
        {"issubset", set_issubset_native, true},
        {"issuperset", set_issuperset_native, true},
        {"isdisjoint", set_isdisjoint_native, true},
    };
    jg_status st;
    vm->t.set->hooks = &set_hooks;
    vm->t.frozenset->hooks = &frozenset_hooks;
    if ((st = jg_type_add_method(vm, vm->t.set, "__new__", set_new_native, JG_NF_STATIC)) !=
            JG_OK ||
        (st = jg_type_add_method(vm, vm->t.set, "__init__", set_init_native, 0)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.frozenset, "__new__", frozenset_new_native,
                                 JG_NF_STATIC)) != JG_OK)
        return st;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        if ((st = jg_type_add_method(vm, vm->t.set, methods[i].name, methods[i].fn, 0)) !=
            JG_OK)
            return st;
        if (methods[i].frozen_too &&
            (st = jg_type_add_method(vm, vm->t.frozenset, methods[i].name, methods[i].fn, 0)) !=
                JG_OK)
            return st;
    }
    uint32_t du = JG_DU_REPR | JG_DU_COMPARE | JG_DU_LEN | JG_DU_CONTAINS | JG_DU_ITER |
                  JG_DU_OR | JG_DU_SETOPS;
    if ((st = jg_containers_add_dunders(vm, vm->t.set, du)) != JG_OK ||
        (st = jg_containers_add_dunders(vm, vm->t.frozenset, du | JG_DU_HASH)) != JG_OK)
        return st;
    return jg_type_set_attr(vm, vm->t.set, "__hash__", JG_NONE);
}
