/*
 * vm/mod_random.c - the native `_random` module: class Random over the
 * Mersenne Twister in mt19937.c, with the method set of CPython's
 * _random.Random so that vm/lib/random.py (a port of CPython's random.py)
 * produces CPython's sequences for the same seed.
 */
#include "module.h"

#include <stdlib.h>
#include <string.h>

#include "mt19937.h"
#include "object_impl.h"

static jg_type *random_type; /* per process is fine: set on each VM start */

static void random_finalize(jg_vm *vm, jg_obj *o)
{
    jg_cobj *c = (jg_cobj *)o;
    free(c->payload);
    c->payload = NULL;
}

static void random_trace(jg_vm *vm, jg_obj *o)
{
    jg_gc_mark_obj(vm, ((jg_cobj *)o)->attrs);
}

static const jg_type_hooks random_hooks = {.trace = random_trace, .finalize = random_finalize};

static jg_mt *mt_of(jg_vm *vm, jg_value self)
{
    if (!jg_is_kind(self, JG_K_OTHER))
        return NULL;
    return JG_AS(jg_cobj, self)->payload;
}

/* Seeds from an int the way CPython's random_seed does: the 32-bit words of
 * abs(n), least significant first. */
static jg_status seed_from_int(jg_vm *vm, jg_mt *mt, jg_value n)
{
    mpz_t z;
    mpz_init(z);
    jg_int_to_mpz(vm, n, z);
    mpz_abs(z, z);
    size_t count = 0;
    size_t words = mpz_sizeinbase(z, 2) / 32 + 1;
    uint32_t *key = calloc(words, sizeof *key);
    if (!key) {
        mpz_clear(z);
        return jg_raise_nomem(vm);
    }
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    if (count == 0)
        count = 1; /* seed 0: one zero word */
    jg_mt_seed_words(mt, key, count);
    free(key);
    mpz_clear(z);
    return JG_OK;
}

static jg_status random_seed(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "seed", n - 1, kw, 0, 1);
    if (st != JG_OK)
        return st;
    jg_mt *mt = mt_of(vm, a[0]);
    if (!mt)
        return jg_raise(vm, vm->t.TypeError, "descriptor 'seed' requires a Random object");
    *out = JG_NONE;
    if (n == 1 || a[1] == JG_NONE) {
        jg_mt_seed_entropy(mt);
        return JG_OK;
    }
    jg_value v = a[1];
    if (!jg_is_anyint(vm, v)) {
        int64_t h;
        st = jg_hash(vm, v, &h);
        if (st == JG_NEEDS_PY)
            return jg_raise(vm, vm->t.TypeError, "seed of a '%s' needs a native hash",
                            jg_type_name(vm, v));
        if (st != JG_OK)
            return st;
        v = jg_int_from_i64(vm, h);
    }
    return seed_from_int(vm, mt, v);
}

static jg_status random_random(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    if (n != 1 || (kw && kw->len)) {
        jg_status st = jg_args_count(vm, "Random.random", n - 1, kw, 0, 0);
        if (st != JG_OK)
            return st;
    }
    jg_mt *mt = mt_of(vm, a[0]);
    if (!mt)
        return jg_raise(vm, vm->t.TypeError, "descriptor 'random' requires a Random object");
    *out = jg_float(jg_mt_random_double(mt));
    return JG_OK;
}

static jg_status random_getrandbits(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "Random.getrandbits", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_mt *mt = mt_of(vm, a[0]);
    if (!mt)
        return jg_raise(vm, vm->t.TypeError, "descriptor 'getrandbits' requires a Random object");
    int64_t k;
    if ((st = jg_int_to_i64(vm, a[1], &k)) != JG_OK)
        return st;
    if (k < 0)
        return jg_raise(vm, vm->t.ValueError, "number of bits must be non-negative");
    if (k == 0) {
        *out = jg_int(0);
        return JG_OK;
    }
    if (k <= 32) {
        *out = jg_int((int64_t)(jg_mt_next_u32(mt) >> (32 - k)));
        return JG_OK;
    }
    size_t words = jg_mt_getrandbits_words((uint64_t)k);
    uint32_t *buf = malloc(words * sizeof *buf);
    if (!buf)
        return jg_raise_nomem(vm);
    jg_mt_getrandbits(mt, (uint64_t)k, buf);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, buf);
    free(buf);
    st = jg_int_from_mpz(vm, z, out);
    mpz_clear(z);
    return st;
}

static jg_status random_getstate(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_mt *mt = mt_of(vm, a[0]);
    if (!mt)
        return jg_raise(vm, vm->t.TypeError, "descriptor 'getstate' requires a Random object");
    uint32_t words[JG_MT_STATE_WORDS];
    jg_mt_get_state(mt, words);
    jg_tuple *t = jg_tuple_new(vm, JG_MT_STATE_WORDS);
    if (!t)
        return jg_raise_nomem(vm);
    for (size_t i = 0; i < JG_MT_STATE_WORDS; i++)
        t->items[i] = jg_int((int64_t)words[i]);
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_status random_setstate(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "setstate", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_mt *mt = mt_of(vm, a[0]);
    if (!mt)
        return jg_raise(vm, vm->t.TypeError, "descriptor 'setstate' requires a Random object");
    if (!jg_is_kind(a[1], JG_K_TUPLE))
        return jg_raise(vm, vm->t.TypeError, "state vector must be a tuple");
    jg_tuple *t = JG_AS(jg_tuple, a[1]);
    if (t->len != JG_MT_STATE_WORDS)
        return jg_raise(vm, vm->t.ValueError, "state vector is the wrong size");
    uint32_t words[JG_MT_STATE_WORDS];
    for (size_t i = 0; i < JG_MT_STATE_WORDS; i++) {
        int64_t w;
        if ((st = jg_int_to_i64(vm, t->items[i], &w)) != JG_OK)
            return st;
        words[i] = (uint32_t)w;
    }
    jg_err err = {0};
    if (jg_mt_set_state(mt, words, &err) != JG_OK)
        return jg_raise(vm, vm->t.ValueError, "%s", err.msg);
    *out = JG_NONE;
    return JG_OK;
}

static jg_status random_new(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_type *t = (jg_type *)jg_as_obj(a[0]);
    jg_cobj *o = jg_gc_alloc(vm, t, sizeof(jg_cobj));
    jg_mt *mt = o ? calloc(1, sizeof *mt) : NULL;
    if (!mt)
        return jg_raise_nomem(vm);
    o->payload = mt;
    *out = jg_obj_value(o);
    jg_value self = *out;
    if (n > 1) {
        jg_value args[2] = {self, a[1]};
        jg_value ignored;
        jg_status st = random_seed(vm, args, 2, NULL, &ignored);
        if (st != JG_OK)
            return st;
    } else {
        jg_mt_seed_entropy(mt);
    }
    return JG_OK;
}

static jg_status random_init(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = JG_NONE;
    return JG_OK;
}

jg_status jg_mod_random_init(jg_vm *vm, jg_module *m)
{
    jg_type *t = jg_type_new_builtin(vm, "Random", vm->t.object, JG_K_OTHER, &random_hooks);
    if (!t)
        return jg_raise_nomem(vm);
    t->module = jg_str_intern_cstr(vm, "_random");
    t->flags |= JG_TF_BASETYPE;
    random_type = t;
    jg_status st;
    if ((st = jg_type_add_method(vm, t, "__new__", random_new, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, t, "__init__", random_init, 0)) ||
        (st = jg_type_add_method(vm, t, "seed", random_seed, 0)) ||
        (st = jg_type_add_method(vm, t, "random", random_random, 0)) ||
        (st = jg_type_add_method(vm, t, "getrandbits", random_getrandbits, 0)) ||
        (st = jg_type_add_method(vm, t, "getstate", random_getstate, 0)) ||
        (st = jg_type_add_method(vm, t, "setstate", random_setstate, 0)) ||
        (st = jg_module_set(vm, m, "Random", jg_obj_value(t))))
        return st;
    return JG_OK;
}
