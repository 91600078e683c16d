/*
 * vm/codeid.c - code hashes (BLAKE2b-256 via libsodium) and the per-VM
 * registry from module hash to its module and code objects.
 *
 * The registry is vm->code_registry, a root of the collector: a dict from the
 * hash's first 47 bits (a small int, so a look-up allocates nothing) to an
 * entry, list [module or None, codes, hash bytes, next entry or None]: codes
 * is a list whose item 'index' is that code object (or None), and entries
 * whose hashes share the 47 bits are chained through 'next'.
 *
 * Invariant: a registered code object's module_hash equals its entry's hash,
 * and it is item c->index of the entry's codes.
 */
#include <sodium.h>
#include <string.h>

#include "codeid.h"
#include "dict.h"
#include "object_impl.h"

void jg_codeid_hash(const char *source, size_t len, uint8_t out[JG_CODE_HASH_BYTES])
{
    crypto_generichash_state st;
    uint8_t ver[4] = {(uint8_t)((unsigned)JG_COMPILER_VERSION >> 24),
                      (uint8_t)((unsigned)JG_COMPILER_VERSION >> 16),
                      (uint8_t)((unsigned)JG_COMPILER_VERSION >> 8),
                      (uint8_t)(unsigned)JG_COMPILER_VERSION};
    crypto_generichash_init(&st, NULL, 0, JG_CODE_HASH_BYTES);
    crypto_generichash_update(&st, ver, sizeof ver);
    crypto_generichash_update(&st, (const unsigned char *)source, len);
    crypto_generichash_final(&st, out, JG_CODE_HASH_BYTES);
}

static bool hash_is_unset(const uint8_t h[JG_CODE_HASH_BYTES])
{
    for (int i = 0; i < JG_CODE_HASH_BYTES; i++)
        if (h[i])
            return false;
    return true;
}

jg_status jg_code_module_hash(jg_vm *vm, jg_code *c, const uint8_t **out)
{
    if (!c->source)
        return jg_raise(vm, vm->t.ValueError, "code object has no source");
    /* The all-zero hash marks "not computed"; BLAKE2b never gives it in practice. */
    if (hash_is_unset(c->module_hash))
        jg_codeid_hash(c->source->data, c->source->len, c->module_hash);
    *out = c->module_hash;
    return JG_OK;
}

/* Entry fields (the list layout above). */
enum { E_MODULE, E_CODES, E_HASH, E_NEXT, E_SIZE };

/* The registry dict (vm->code_registry), made on first use when 'create'. */
static jg_status registry(jg_vm *vm, bool create, jg_dict **out)
{
    if (!vm->code_registry && create && !(vm->code_registry = jg_dict_new(vm)))
        return jg_raise_nomem(vm);
    *out = vm->code_registry;
    return JG_OK;
}

/* The registry key of 'hash': its first 47 bits, a non-negative small int. */
static jg_value registry_key(const uint8_t hash[JG_CODE_HASH_BYTES])
{
    uint64_t k = 0;
    for (int i = 0; i < 6; i++)
        k = k << 8 | hash[i];
    return jg_int((int64_t)(k >> 1));
}

static bool entry_is(const jg_list *e, const uint8_t hash[JG_CODE_HASH_BYTES])
{
    return memcmp(JG_AS(jg_bytes, e->items[E_HASH])->data, hash, JG_CODE_HASH_BYTES) == 0;
}

/* The registry entry for 'hash'; made when 'create' (else *out NULL when unknown). */
static jg_status entry(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES], bool create,
                       jg_list **out)
{
    *out = NULL;
    jg_dict *reg = NULL;
    jg_status st = registry(vm, create, &reg);
    if (st != JG_OK || !reg)
        return st;
    jg_value key = registry_key(hash), v;
    bool found;
    if ((st = jg_dict_get(vm, reg, key, &v, &found)) != JG_OK)
        return st;
    jg_list *last = NULL;
    for (jg_list *e = found ? JG_AS(jg_list, v) : NULL; e;
         e = e->items[E_NEXT] == JG_NONE ? NULL : JG_AS(jg_list, e->items[E_NEXT])) {
        if (entry_is(e, hash)) {
            *out = e;
            return JG_OK;
        }
        last = e;
    }
    if (!create)
        return JG_OK;
    jg_bytes *hb = jg_bytes_new(vm, hash, JG_CODE_HASH_BYTES);
    jg_list *codes = hb ? jg_list_new(vm, 0) : NULL;
    jg_list *l = codes ? jg_list_new(vm, E_SIZE) : NULL;
    if (!l)
        return jg_raise_nomem(vm);
    l->items[E_MODULE] = JG_NONE;
    l->items[E_CODES] = jg_obj_value(codes);
    l->items[E_HASH] = jg_obj_value(hb);
    l->items[E_NEXT] = JG_NONE;
    l->len = E_SIZE;
    if (last)
        last->items[E_NEXT] = jg_obj_value(l);
    else if ((st = jg_dict_set(vm, reg, key, jg_obj_value(l))) != JG_OK)
        return st;
    *out = l;
    return JG_OK;
}

/* entry() through 'cache': a hit is one compare of the hashes.  A miss
 * without 'create' is not remembered (the module may be registered later). */
static jg_status cached_entry(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES], bool create,
                              jg_codeid_cache *cache, jg_list **out)
{
    if (cache->entry && memcmp(cache->hash, hash, JG_CODE_HASH_BYTES) == 0) {
        *out = cache->entry;
        return JG_OK;
    }
    jg_status st = entry(vm, hash, create, out);
    if (st == JG_OK && *out) {
        memcpy(cache->hash, hash, JG_CODE_HASH_BYTES);
        cache->entry = *out;
    }
    return st;
}

/* The code registered under 'index' in entry 'e', or NULL. */
static jg_code *entry_code(jg_list *e, uint32_t index)
{
    jg_list *codes = JG_AS(jg_list, e->items[E_CODES]);
    if (index >= codes->len || !jg_is_kind(codes->items[index], JG_K_CODE))
        return NULL;
    return JG_AS(jg_code, codes->items[index]);
}

jg_status jg_codeid_register_code_cached(jg_vm *vm, jg_module *m, jg_code *c,
                                        jg_codeid_cache *cache)
{
    const uint8_t *h;
    jg_list *e;
    jg_status st = jg_code_module_hash(vm, c, &h);
    if (st != JG_OK || (st = cached_entry(vm, h, true, cache, &e)) != JG_OK)
        return st;
    if (m)
        e->items[E_MODULE] = jg_obj_value(m);
    if (entry_code(e, c->index) == c)
        return JG_OK;
    /* Indices are dense (depth-first in the module), so the list stays as
     * long as the module has code objects. */
    jg_list *codes = JG_AS(jg_list, e->items[E_CODES]);
    while (codes->len <= c->index)
        if ((st = jg_list_append(vm, codes, JG_NONE)) != JG_OK)
            return st;
    codes->items[c->index] = jg_obj_value(c);
    return JG_OK;
}

jg_status jg_codeid_register_code(jg_vm *vm, jg_module *m, jg_code *c)
{
    jg_codeid_cache cache = {.entry = NULL};
    return jg_codeid_register_code_cached(vm, m, c, &cache);
}

static jg_status register_tree(jg_vm *vm, jg_module *m, jg_code *c, int depth,
                               jg_codeid_cache *cache)
{
    if (depth > 10000)
        return JG_OK; /* the compiler's nesting limit is far below this */
    jg_status st = jg_codeid_register_code_cached(vm, m, c, cache);
    for (uint32_t i = 0; st == JG_OK && i < c->n_consts; i++) {
        if (!jg_is_kind(c->consts[i], JG_K_CODE))
            continue;
        jg_code *inner = JG_AS(jg_code, c->consts[i]);
        /* Same module, same source: the hash is the parent's (hashing the
         * source again for every function would cost its length each time). */
        if (hash_is_unset(inner->module_hash) && inner->source == c->source)
            memcpy(inner->module_hash, c->module_hash, JG_CODE_HASH_BYTES);
        st = register_tree(vm, m, inner, depth + 1, cache);
    }
    return st;
}

jg_status jg_codeid_register_module(jg_vm *vm, jg_module *m, jg_code *body)
{
    jg_codeid_cache cache = {.entry = NULL};
    jg_status st = register_tree(vm, m, body, 0, &cache);
    if (st == JG_OK && m) {
        /* Its code objects are those of the body's entry. */
        const uint8_t *h;
        jg_list *e;
        if ((st = jg_code_module_hash(vm, body, &h)) != JG_OK ||
            (st = cached_entry(vm, h, true, &cache, &e)) != JG_OK)
            return st;
        m->body = body;
        m->codes = JG_AS(jg_list, e->items[E_CODES]);
    }
    return st;
}

jg_status jg_codeid_find_code_cached(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES],
                                     uint32_t index, jg_codeid_cache *cache, jg_code **out)
{
    *out = NULL;
    jg_list *e;
    jg_status st = cached_entry(vm, hash, false, cache, &e);
    if (st == JG_OK && e)
        *out = entry_code(e, index);
    return st;
}

jg_status jg_codeid_find_module_cached(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES],
                                       jg_codeid_cache *cache, jg_module **out)
{
    *out = NULL;
    jg_list *e;
    jg_status st = cached_entry(vm, hash, false, cache, &e);
    if (st == JG_OK && e && jg_is_kind(e->items[E_MODULE], JG_K_MODULE))
        *out = JG_AS(jg_module, e->items[E_MODULE]);
    return st;
}

jg_status jg_codeid_find_code(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES], uint32_t index,
                              jg_code **out)
{
    jg_codeid_cache cache = {.entry = NULL};
    return jg_codeid_find_code_cached(vm, hash, index, &cache, out);
}

jg_status jg_codeid_find_module(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES], jg_module **out)
{
    jg_codeid_cache cache = {.entry = NULL};
    return jg_codeid_find_module_cached(vm, hash, &cache, out);
}

jg_module *jg_codeid_module_of_globals(jg_vm *vm, jg_dict *globals)
{
    jg_value name = jg_dict_get_str(globals, jg_sym(vm, JG_SYM___name__));
    if (name == JG_UNDEF || !jg_is_kind(name, JG_K_STR))
        return NULL;
    jg_value mv;
    bool found;
    if (jg_dict_get(vm, vm->modules, name, &mv, &found) != JG_OK) {
        jg_clear_exc(vm);
        return NULL;
    }
    if (!found || !jg_is_kind(mv, JG_K_MODULE) || JG_AS(jg_module, mv)->dict != globals)
        return NULL;
    return JG_AS(jg_module, mv);
}
