/*
 * vm/codeid.h - code identity: the BLAKE2b-256 hash that names a module's code
 * (DESIGN.md "Code identity"), and the VM's registry from hash to the module
 * and its code objects, which pickles use to find a function's code on load.
 *
 * Invariant: a hash names exactly one source text under one compiler version;
 * the registry maps a hash only to code compiled from that source.
 */
#ifndef JG_CODEID_H
#define JG_CODEID_H

#include "vm.h"

#define JG_CODE_HASH_BYTES 32

/* A registry entry remembered by the caller across the look-ups of one
 * operation (a pickle's dumps or loads), so code objects of one module cost
 * one registry look-up in all.  Zero-initialise it; it stays valid while the
 * registry lives (entries are never removed). */
typedef struct {
    uint8_t hash[JG_CODE_HASH_BYTES];
    jg_list *entry; /* the entry for 'hash', or NULL: nothing remembered */
} jg_codeid_cache;

/* The code hash of a module with 'len' bytes of 'source': BLAKE2b-256 over the
 * compiler version (4 bytes, big-endian) and the source. */
JG_INTERNAL void jg_codeid_hash(const char *source, size_t len, uint8_t out[JG_CODE_HASH_BYTES]);
/* The hash of the module 'c' was compiled in (cached in c->module_hash).
 * Raises PicklingError-free ValueError "code object has no source" if the
 * code carries no source. */
JG_INTERNAL jg_status jg_code_module_hash(jg_vm *vm, jg_code *c, const uint8_t **out);
/* Registers 'body' (a module's top-level code) and every code object nested in
 * it under their module hash and index; 'm' is the module they run in (NULL if
 * unknown), and 'body' becomes its m->body.  Registering twice is harmless. */
JG_INTERNAL jg_status jg_codeid_register_module(jg_vm *vm, jg_module *m, jg_code *body);
/* Registers the one code object 'c' (and 'm', if not NULL, as its module). */
JG_INTERNAL jg_status jg_codeid_register_code(jg_vm *vm, jg_module *m, jg_code *c);
/* As jg_codeid_register_code, through 'cache': a few compares when 'c' is
 * registered already. */
JG_INTERNAL jg_status jg_codeid_register_code_cached(jg_vm *vm, jg_module *m, jg_code *c,
                                                     jg_codeid_cache *cache);
/* Code object 'index' of module 'm' (compiled from its source, registered
 * under its hash), or NULL: a look-up without hashing. */
static inline jg_code *jg_module_code(const jg_module *m, uint32_t index)
{
    if (!m->codes || index >= m->codes->len || !jg_is_kind(m->codes->items[index], JG_K_CODE))
        return NULL;
    return JG_AS(jg_code, m->codes->items[index]);
}
/* Finds code object 'index' of the module with 'hash': *out NULL when unknown. */
JG_INTERNAL jg_status jg_codeid_find_code(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES],
                                          uint32_t index, jg_code **out);
/* Finds the registered module with 'hash': *out NULL when unknown. */
JG_INTERNAL jg_status jg_codeid_find_module(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES],
                                            jg_module **out);
/* jg_codeid_find_code and jg_codeid_find_module through 'cache'. */
JG_INTERNAL jg_status jg_codeid_find_code_cached(jg_vm *vm,
                                                 const uint8_t hash[JG_CODE_HASH_BYTES],
                                                 uint32_t index, jg_codeid_cache *cache,
                                                 jg_code **out);
JG_INTERNAL jg_status jg_codeid_find_module_cached(jg_vm *vm,
                                                   const uint8_t hash[JG_CODE_HASH_BYTES],
                                                   jg_codeid_cache *cache, jg_module **out);
/* The module whose globals are 'globals' (by its __name__ in sys.modules), or NULL. */
JG_INTERNAL jg_module *jg_codeid_module_of_globals(jg_vm *vm, jg_dict *globals);

#endif
