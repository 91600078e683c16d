/*
 * vm/mt19937.c - the Mersenne Twister MT19937 as CPython 3.11 runs it.
 *
 * The generator, seeding and output functions are those of Matsumoto and
 * Nishimura's reference mt19937ar.c with CPython's adjustments (unsigned loop
 * counters in init_by_array, the 19650218 pre-seed, getrandbits word order),
 * because random.py on top of it must reproduce CPython's sequences exactly.
 *
 * Invariant: 0 <= mt->index <= JG_MT_N after every call.
 */
#include "mt19937.h"

#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#define MT_M          397
#define MT_MATRIX_A   0x9908b0dfU /* constant vector a */
#define MT_UPPER_MASK 0x80000000U /* most significant w-r bits */
#define MT_LOWER_MASK 0x7fffffffU /* least significant r bits */

void jg_mt_init_genrand(jg_mt *mt, uint32_t s)
{
    uint32_t *st = mt->state;
    st[0] = s;
    for (int i = 1; i < JG_MT_N; i++)
        st[i] = 1812433253U * (st[i - 1] ^ (st[i - 1] >> 30)) + (uint32_t)i;
    mt->index = JG_MT_N;
}

void jg_mt_init_by_array(jg_mt *mt, const uint32_t *key, size_t n_key)
{
    static const uint32_t zero_key[1] = {0};
    if (n_key == 0) {
        key = zero_key;
        n_key = 1;
    }
    uint32_t *st = mt->state;
    jg_mt_init_genrand(mt, 19650218U);
    size_t i = 1, j = 0;
    /* Unsigned counters, as in CPython: a key longer than INT_MAX words would
     * overflow the reference code's ints. */
    for (size_t k = JG_MT_N > n_key ? JG_MT_N : n_key; k; k--) {
        st[i] = (st[i] ^ ((st[i - 1] ^ (st[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= JG_MT_N) {
            st[0] = st[JG_MT_N - 1];
            i = 1;
        }
        if (j >= n_key)
            j = 0;
    }
    for (size_t k = JG_MT_N - 1; k; k--) {
        st[i] = (st[i] ^ ((st[i - 1] ^ (st[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= JG_MT_N) {
            st[0] = st[JG_MT_N - 1];
            i = 1;
        }
    }
    st[0] = 0x80000000U; /* MSB is 1, so the initial array is never all zero */
}

void jg_mt_seed_words(jg_mt *mt, const uint32_t *words, size_t n_words)
{
    /* CPython sizes the key by the bit length of abs(n), so zero high words
     * must not lengthen it: the key length changes the whole state. */
    while (n_words > 0 && words[n_words - 1] == 0)
        n_words--;
    jg_mt_init_by_array(mt, words, n_words); /* 0 words: one zero word */
}

void jg_mt_seed_entropy(jg_mt *mt)
{
    uint32_t key[JG_MT_N];
    ssize_t got = getrandom(key, sizeof key, GRND_NONBLOCK);
    if (got == (ssize_t)sizeof key) {
        jg_mt_init_by_array(mt, key, JG_MT_N);
        return;
    }
    /* No entropy available (early boot, seccomp): fall back, as CPython does,
     * to the clocks and the process id. */
    struct timespec now, mono;
    clock_gettime(CLOCK_REALTIME, &now);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t sec = (uint64_t)now.tv_sec;
    uint32_t fallback[5] = {
        (uint32_t)sec,
        (uint32_t)(sec >> 32),
        (uint32_t)now.tv_nsec,
        (uint32_t)getpid(),
        (uint32_t)((uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec),
    };
    jg_mt_init_by_array(mt, fallback, 5);
}

/* Regenerates the whole block of JG_MT_N words and rewinds the index. */
static void regenerate(jg_mt *mt)
{
    static const uint32_t mag01[2] = {0x0U, MT_MATRIX_A};
    uint32_t *st = mt->state;
    uint32_t y;
    int kk;
    for (kk = 0; kk < JG_MT_N - MT_M; kk++) {
        y = (st[kk] & MT_UPPER_MASK) | (st[kk + 1] & MT_LOWER_MASK);
        st[kk] = st[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < JG_MT_N - 1; kk++) {
        y = (st[kk] & MT_UPPER_MASK) | (st[kk + 1] & MT_LOWER_MASK);
        st[kk] = st[kk + (MT_M - JG_MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (st[JG_MT_N - 1] & MT_UPPER_MASK) | (st[0] & MT_LOWER_MASK);
    st[JG_MT_N - 1] = st[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    mt->index = 0;
}

uint32_t jg_mt_next_u32(jg_mt *mt)
{
    if (mt->index >= JG_MT_N)
        regenerate(mt);
    uint32_t y = mt->state[mt->index++];
    /* Tempering */
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

double jg_mt_random_double(jg_mt *mt)
{
    /* 27 + 26 bits: a is the high part, b the low; the order of the two draws
     * is part of CPython's sequence. */
    uint32_t a = jg_mt_next_u32(mt) >> 5;
    uint32_t b = jg_mt_next_u32(mt) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

size_t jg_mt_getrandbits_words(uint64_t k)
{
    return k == 0 ? 0 : (size_t)((k - 1) / 32 + 1);
}

void jg_mt_getrandbits(jg_mt *mt, uint64_t k, uint32_t *out)
{
    size_t n = jg_mt_getrandbits_words(k);
    for (size_t i = 0; i < n; i++, k -= 32) {
        uint32_t r = jg_mt_next_u32(mt);
        if (k < 32)
            r >>= (32 - k); /* drop the least significant bits of the last draw */
        out[i] = r;
    }
}

void jg_mt_get_state(const jg_mt *mt, uint32_t out[JG_MT_STATE_WORDS])
{
    memcpy(out, mt->state, sizeof mt->state);
    out[JG_MT_N] = (uint32_t)mt->index;
}

jg_status jg_mt_set_state(jg_mt *mt, const uint32_t in[JG_MT_STATE_WORDS], jg_err *err)
{
    if (in[JG_MT_N] > JG_MT_N)
        return jg_fail(err, JG_ERR_LIMIT, "invalid state");
    memcpy(mt->state, in, sizeof mt->state);
    mt->index = (int)in[JG_MT_N];
    return JG_OK;
}
