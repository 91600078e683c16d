/*
 * vm/mt19937.h - the Mersenne Twister core under the native '_random' module.
 *
 * Bit-for-bit the generator of CPython 3.11's Modules/_randommodule.c, so that
 * random.seed(n) followed by any method of random.py yields CPython's sequence.
 * The native module converts Python values to and from 32-bit words; this file
 * knows nothing of Python objects.
 *
 * Invariant: 0 <= index <= JG_MT_N; index == JG_MT_N means the next draw
 * regenerates the whole state block first.
 */
#ifndef JG_MT19937_H
#define JG_MT19937_H

#include "jumpgate.h"

#include <stddef.h>
#include <stdint.h>

#define JG_MT_N           624
/* What getstate() returns and setstate() takes: the 624 state words, then the index. */
#define JG_MT_STATE_WORDS (JG_MT_N + 1)

typedef struct {
    uint32_t state[JG_MT_N];
    int index;
} jg_mt;

/* Seeds 'mt' from one 32-bit word (the reference init_genrand). */
void jg_mt_init_genrand(jg_mt *mt, uint32_t s);

/*
 * Seeds 'mt' from 'n_key' words of 'key' (the reference init_by_array, as
 * CPython runs it).  'key' is borrowed for the call.  n_key == 0 is taken as
 * one zero word, so the function never reads past 'key'.
 */
void jg_mt_init_by_array(jg_mt *mt, const uint32_t *key, size_t n_key);

/*
 * What CPython's Random.seed(n) does for an int n once it has taken abs(n):
 * 'words' are the 32-bit words of abs(n), least significant first.  Zero
 * high words are ignored and at least one word is used (n == 0 seeds from a
 * single zero word), so any zero-padded buffer gives CPython's result.
 * 'n_words' may be 0 (the value 0).
 */
void jg_mt_seed_words(jg_mt *mt, const uint32_t *words, size_t n_words);

/*
 * Seeds 'mt' for Random.seed(None): from the operating system's entropy
 * source (N words, as CPython does with os.urandom), or when that fails from
 * the time, the monotonic clock and the process id.
 */
void jg_mt_seed_entropy(jg_mt *mt);

/* Returns the next 32-bit output (CPython's genrand_uint32). */
uint32_t jg_mt_next_u32(jg_mt *mt);

/* Returns a double in [0, 1) with 53 random bits (genrand_res53, CPython's random()). */
double jg_mt_random_double(jg_mt *mt);

/* Returns how many 32-bit words jg_mt_getrandbits writes for 'k' bits: ceil(k / 32). */
size_t jg_mt_getrandbits_words(uint64_t k);

/*
 * CPython's getrandbits(k) for k >= 0: writes jg_mt_getrandbits_words(k)
 * words to 'out', least significant first; the int is their little-endian
 * concatenation.  One 32-bit draw per word, in order from the least
 * significant; the last (most significant) word keeps the top k % 32 bits of
 * its draw when k is not a multiple of 32.  k == 0 writes nothing and draws
 * nothing.  The caller rejects k < 0 ("number of bits must be non-negative").
 */
void jg_mt_getrandbits(jg_mt *mt, uint64_t k, uint32_t *out);

/* Copies the state to 'out': the JG_MT_N state words, then the index. */
void jg_mt_get_state(const jg_mt *mt, uint32_t out[JG_MT_STATE_WORDS]);

/*
 * Restores a state taken by jg_mt_get_state (CPython's setstate once each
 * tuple item is converted to a word).  The last word is the index; an index
 * above JG_MT_N is refused with JG_ERR_LIMIT and the message "invalid state",
 * leaving 'mt' unchanged.  The caller refuses a negative index with the same
 * message before converting it.
 */
jg_status jg_mt_set_state(jg_mt *mt, const uint32_t in[JG_MT_STATE_WORDS], jg_err *err);

#endif
