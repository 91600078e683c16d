/*
 * tests/vm/test_mt19937.c - the Mersenne Twister core against CPython 3.11.
 *
 * Every expected value was printed by python3.11's random module (or, for
 * the bare init functions, is from the reference mt19937ar.out), so a pass
 * means random.py over this core reproduces CPython's sequences.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "mt19937.h"

/* random.seed(n) for a non-negative n that fits 64 bits, as the native module does it. */
static void seed_u64(jg_mt *mt, uint64_t n)
{
    uint32_t w[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
    jg_mt_seed_words(mt, w, 2);
}

static void test_init_genrand_matches_the_reference_output(void **unused)
{
    (void)unused;
    jg_mt mt;
    jg_mt_init_genrand(&mt, 5489);
    assert_int_equal(jg_mt_next_u32(&mt), 3499211612u);
    assert_int_equal(jg_mt_next_u32(&mt), 581869302u);
}

static void test_init_by_array_matches_the_reference_output(void **unused)
{
    (void)unused;
    static const uint32_t key[4] = {0x123, 0x234, 0x345, 0x456};
    static const uint32_t want[5] = {1067595299u, 955945823u, 477289528u, 4107218783u,
                                     4228976476u};
    jg_mt mt;
    jg_mt_init_by_array(&mt, key, 4);
    for (int i = 0; i < 5; i++)
        assert_int_equal(jg_mt_next_u32(&mt), want[i]);
}

static void test_seed_42_gives_cpythons_first_randoms(void **unused)
{
    (void)unused;
    jg_mt mt;
    seed_u64(&mt, 42);
    /* random.seed(42); [random.random() for _ in range(3)] */
    assert_true(jg_mt_random_double(&mt) == 0.6394267984578837);
    assert_true(jg_mt_random_double(&mt) == 0.025010755222666936);
    assert_true(jg_mt_random_double(&mt) == 0.27502931836911926);
}

static void test_seed_zero_uses_one_zero_word(void **unused)
{
    (void)unused;
    jg_mt a, b, c;
    jg_mt_seed_words(&a, NULL, 0);
    uint32_t zeros[3] = {0, 0, 0};
    jg_mt_seed_words(&b, zeros, 3);
    seed_u64(&c, 0);
    /* random.seed(0); random.random() */
    assert_true(jg_mt_random_double(&a) == 0.8444218515250481);
    assert_true(jg_mt_random_double(&b) == 0.8444218515250481);
    assert_true(jg_mt_random_double(&c) == 0.8444218515250481);
}

static void test_seed_uses_every_word_of_a_big_int(void **unused)
{
    (void)unused;
    jg_mt mt;
    /* random.seed(2**40 + 5) */
    seed_u64(&mt, (1ull << 40) + 5);
    assert_true(jg_mt_random_double(&mt) == 0.5043802970418443);
    /* random.seed(-7) seeds from abs(-7) */
    seed_u64(&mt, 7);
    assert_true(jg_mt_random_double(&mt) == 0.32383276483316237);
    /* random.seed(12345678901234567890123456789), with a zero high word of padding */
    uint32_t big[4] = {0x6e398115, 0x46bec9b1, 0x27e41b32, 0};
    jg_mt_seed_words(&mt, big, 4);
    assert_true(jg_mt_random_double(&mt) == 0.5990933556797026);
}

static void test_getrandbits_100_is_four_words_little_endian(void **unused)
{
    (void)unused;
    jg_mt mt;
    seed_u64(&mt, 42);
    /* random.seed(42); random.getrandbits(100) == 873491343714207852616756591005 */
    uint32_t w[4];
    assert_int_equal(jg_mt_getrandbits_words(100), 4);
    jg_mt_getrandbits(&mt, 100, w);
    assert_int_equal(w[0], 0xa3b1799du);
    assert_int_equal(w[1], 0x1c80317fu);
    assert_int_equal(w[2], 0x06671ad1u);
    assert_int_equal(w[3], 0xbu);
    /* then getrandbits(32) == 1181241943, getrandbits(7) == 31,
     * getrandbits(64) == 2574020394472462046 */
    jg_mt_getrandbits(&mt, 32, w);
    assert_int_equal(w[0], 1181241943u);
    jg_mt_getrandbits(&mt, 7, w);
    assert_int_equal(w[0], 31u);
    jg_mt_getrandbits(&mt, 64, w);
    assert_int_equal(w[0], 0x392456deu);
    assert_int_equal(w[1], 0x23b8c1e9u);
}

static void test_getrandbits_small_k_keeps_the_top_bits(void **unused)
{
    (void)unused;
    jg_mt mt;
    seed_u64(&mt, 42);
    uint32_t w[2] = {0xdead, 0xbeef};
    /* random.seed(42): getrandbits(1) == 1, getrandbits(31) == 0xe4018bf,
     * getrandbits(33) == 0x106671ad1, getrandbits(33) == 0x46685257 */
    jg_mt_getrandbits(&mt, 1, w);
    assert_int_equal(w[0], 1u);
    jg_mt_getrandbits(&mt, 31, w);
    assert_int_equal(w[0], 0xe4018bfu);
    jg_mt_getrandbits(&mt, 33, w);
    assert_int_equal(w[0], 0x06671ad1u);
    assert_int_equal(w[1], 1u);
    jg_mt_getrandbits(&mt, 33, w);
    assert_int_equal(w[0], 0x46685257u);
    assert_int_equal(w[1], 0u);
}

static void test_getrandbits_zero_draws_nothing(void **unused)
{
    (void)unused;
    jg_mt a, b;
    seed_u64(&a, 42);
    seed_u64(&b, 42);
    uint32_t w[1] = {77};
    assert_int_equal(jg_mt_getrandbits_words(0), 0);
    jg_mt_getrandbits(&a, 0, w);
    assert_int_equal(w[0], 77u);
    assert_int_equal(jg_mt_next_u32(&a), jg_mt_next_u32(&b));
}

static void test_output_continues_across_a_regeneration(void **unused)
{
    (void)unused;
    jg_mt mt;
    seed_u64(&mt, 1);
    /* r = random.Random(1); r.getrandbits(32); 700 more; r.getrandbits(32) */
    assert_int_equal(jg_mt_next_u32(&mt), 577090037u);
    for (int i = 0; i < 700; i++)
        jg_mt_next_u32(&mt);
    assert_int_equal(jg_mt_next_u32(&mt), 3526296307u);
}

static void test_state_is_624_words_and_the_index(void **unused)
{
    (void)unused;
    jg_mt mt;
    uint32_t st[JG_MT_STATE_WORDS];
    seed_u64(&mt, 5);
    jg_mt_get_state(&mt, st);
    /* random.Random(5).getstate()[1]: [0], [1], [623], [624] */
    assert_int_equal(st[0], 2147483648u);
    assert_int_equal(st[1], 2796186638u);
    assert_int_equal(st[623], 957143377u);
    assert_int_equal(st[624], 624u);
    jg_mt_random_double(&mt);
    jg_mt_get_state(&mt, st);
    assert_int_equal(st[624], 2u);
}

static void test_set_state_resumes_the_same_sequence(void **unused)
{
    (void)unused;
    jg_mt a, b;
    uint32_t st[JG_MT_STATE_WORDS];
    seed_u64(&a, 99);
    for (int i = 0; i < 1000; i++)
        jg_mt_next_u32(&a);
    jg_mt_get_state(&a, st);
    jg_mt_init_genrand(&b, 1);
    jg_err err = {0};
    assert_int_equal(jg_mt_set_state(&b, st, &err), JG_OK);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(jg_mt_next_u32(&a), jg_mt_next_u32(&b));
}

static void test_set_state_refuses_an_index_past_624(void **unused)
{
    (void)unused;
    jg_mt mt, before;
    uint32_t st[JG_MT_STATE_WORDS];
    seed_u64(&mt, 3);
    jg_mt_get_state(&mt, st);
    before = mt;
    st[JG_MT_N] = JG_MT_N + 1;
    jg_err err = {0};
    assert_int_equal(jg_mt_set_state(&mt, st, &err), JG_ERR_LIMIT);
    assert_string_equal(err.msg, "invalid state");
    assert_memory_equal(&mt, &before, sizeof mt);
    st[JG_MT_N] = JG_MT_N; /* 624 is valid: the next draw regenerates */
    assert_int_equal(jg_mt_set_state(&mt, st, &err), JG_OK);
}

static void test_entropy_seeding_gives_different_generators(void **unused)
{
    (void)unused;
    jg_mt a, b;
    jg_mt_seed_entropy(&a);
    jg_mt_seed_entropy(&b);
    assert_true(a.index >= 0 && a.index <= JG_MT_N);
    /* 64 bits colliding by chance is not a realistic failure */
    uint64_t x = ((uint64_t)jg_mt_next_u32(&a) << 32) | jg_mt_next_u32(&a);
    uint64_t y = ((uint64_t)jg_mt_next_u32(&b) << 32) | jg_mt_next_u32(&b);
    assert_true(x != y);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_init_genrand_matches_the_reference_output),
        cmocka_unit_test(test_init_by_array_matches_the_reference_output),
        cmocka_unit_test(test_seed_42_gives_cpythons_first_randoms),
        cmocka_unit_test(test_seed_zero_uses_one_zero_word),
        cmocka_unit_test(test_seed_uses_every_word_of_a_big_int),
        cmocka_unit_test(test_getrandbits_100_is_four_words_little_endian),
        cmocka_unit_test(test_getrandbits_small_k_keeps_the_top_bits),
        cmocka_unit_test(test_getrandbits_zero_draws_nothing),
        cmocka_unit_test(test_output_continues_across_a_regeneration),
        cmocka_unit_test(test_state_is_624_words_and_the_index),
        cmocka_unit_test(test_set_state_resumes_the_same_sequence),
        cmocka_unit_test(test_set_state_refuses_an_index_past_624),
        cmocka_unit_test(test_entropy_seeding_gives_different_generators),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
