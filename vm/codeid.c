/*
 * vm/codeid.c - code hashes (BLAKE2b-256 via libsodium) and the per-VM
 * registry from module hash to its module and code objects.
 *
 * The registry is vm->code_registry, a root of the collector: dict
 * bytes(hash) -> list [module or None, dict index -> code].
 *
 * Invariant: a registered code object's module_hash equals its registry key.
 */
#include <sodium.h>
#include <string.h>

#include "codeid.h"
#include "dict.h"

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

/* The registry dict (vm->code_registry), made on first use when 'create'. */
static jg_status registry(jg_vm *vm, bool create, jg_dict **out)
{
    if (!vm->code_registry && create && !(vm->code_registry = jg_dict_new(vm)))
        return jg_raise_nomem(vm);
    *out = vm->code_registry;
    return JG_OK;
}

/* The registry entry (list [module, codes]) for 'hash'; made when 'create'. */
static jg_status entry(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES], bool create,
                       jg_list **out)
{
    *out = NULL;
    jg_dict *reg = NULL;
    jg_status st = registry(vm, create, &reg);
    if (st != JG_OK || !reg)
        return st;
    jg_bytes *k = jg_bytes_new(vm, hash, JG_CODE_HASH_BYTES);
    if (!k)
        return jg_raise_nomem(vm);
    jg_value v;
    bool found;
    if ((st = jg_dict_get(vm, reg, jg_obj_value(k), &v, &found)) != JG_OK)
        return st;
    if (found && jg_is_kind(v, JG_K_LIST)) {
        *out = JG_AS(jg_list, v);
        return JG_OK;
    }
    if (!create)
        return JG_OK;
    jg_dict *codes = jg_dict_new(vm);
    jg_list *l = codes ? jg_list_new(vm, 2) : NULL;
    if (!l)
        return jg_raise_nomem(vm);
    if ((st = jg_list_append(vm, l, JG_NONE)) != JG_OK ||
        (st = jg_list_append(vm, l, jg_obj_value(codes))) != JG_OK ||
        (st = jg_dict_set(vm, reg, jg_obj_value(k), jg_obj_value(l))) != JG_OK)
        return st;
    *out = l;
    return JG_OK;
}

jg_status jg_codeid_register_code(jg_vm *vm, jg_module *m, jg_code *c)
{
    const uint8_t *h;
    jg_list *e;
    jg_status st = jg_code_module_hash(vm, c, &h);
    if (st != JG_OK || (st = entry(vm, h, true, &e)) != JG_OK)
        return st;
    if (m)
        e->items[0] = jg_obj_value(m);
    return jg_dict_set(vm, JG_AS(jg_dict, e->items[1]), jg_int(c->index), jg_obj_value(c));
}

static jg_status register_tree(jg_vm *vm, jg_module *m, jg_code *c, int depth)
{
    if (depth > 10000)
        return JG_OK; /* the compiler's nesting limit is far below this */
    jg_status st = jg_codeid_register_code(vm, m, c);
    for (uint32_t i = 0; st == JG_OK && i < c->n_consts; i++) {
        if (!jg_is_kind(c->consts[i], JG_K_CODE))
            continue;
        jg_code *inner = JG_AS(jg_code, c->consts[i]);
        /* Same module, same source: the hash is the parent's (hashing the
         * source again for every function would cost its length each time). */
        if (hash_is_unset(inner->module_hash) && inner->source == c->source)
            memcpy(inner->module_hash, c->module_hash, JG_CODE_HASH_BYTES);
        st = register_tree(vm, m, inner, depth + 1);
    }
    return st;
}

jg_status jg_codeid_register_module(jg_vm *vm, jg_module *m, jg_code *body)
{
    return register_tree(vm, m, body, 0);
}

jg_status jg_codeid_find_code(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES], uint32_t index,
                              jg_code **out)
{
    *out = NULL;
    jg_list *e;
    jg_status st = entry(vm, hash, false, &e);
    if (st != JG_OK || !e)
        return st;
    jg_value v;
    bool found;
    if (index > (uint32_t)JG_SMALL_MAX)
        return JG_OK;
    st = jg_dict_get(vm, JG_AS(jg_dict, e->items[1]), jg_int(index), &v, &found);
    if (st == JG_OK && found && jg_is_kind(v, JG_K_CODE))
        *out = JG_AS(jg_code, v);
    return st;
}

jg_status jg_codeid_find_module(jg_vm *vm, const uint8_t hash[JG_CODE_HASH_BYTES], jg_module **out)
{
    *out = NULL;
    jg_list *e;
    jg_status st = entry(vm, hash, false, &e);
    if (st == JG_OK && e && jg_is_kind(e->items[0], JG_K_MODULE))
        *out = JG_AS(jg_module, e->items[0]);
    return st;
}

jg_module *jg_codeid_module_of_globals(jg_vm *vm, jg_dict *globals)
{
    jg_str *key = jg_str_intern_cstr(vm, "__name__");
    if (!key)
        return NULL;
    jg_value name = jg_dict_get_str(globals, key);
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
