/*
 * tests/vm/test_gc.c - the collector frees what is unreachable, keeps what is
 * reachable, and never recurses in C.
 *
 * Each test runs a Python program and watches the heap through jg_vm_stats
 * from the write_out callback: every print(..., flush=True) reaches that
 * callback synchronously, so a program can mark a point ("probe") at which
 * the test records the heap's figures.  Programs force collections by
 * allocating garbage (churn); each test checks that the collections it relies
 * on really happened.  Every program runs on a thread with a 256 KiB C stack,
 * so marking that recursed per object would crash.
 *
 * The JG_GC_STRESS build collects at every safepoint, so there the programs
 * are made smaller (a collection per loop iteration over a million objects
 * would not finish).
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "jumpgate.h"
#include "vm.h"

#define SMALL_STACK (256 * 1024)
#define MAX_PROBES 64

#ifdef JG_GC_STRESS
#define CHURN "300"     /* every safepoint collects anyway */
#define DEEP "5000"
#define LOOP "3000"
#define RING "100"      /* nodes per ring, 20 rings */
#define RINGS_BYTES (64u << 10)
#define LOADS "200"
#else
#define CHURN "300000"  /* 300,000 pairs: about 14 MB of garbage */
#define DEEP "1000000"
#define LOOP "500000"
#define RING "1000"
#define RINGS_BYTES (1u << 20) /* 20,000 instances, lists and strs hold more */
#define LOADS "40000"   /* tasklets loaded from a pickle: about 40 MB */
#endif

/* The head of a loop of LOOP steps that prints its tenths (0 to 9) as it
 * goes, so a probe's output shows how far the program got; its body follows,
 * indented four spaces. */
#define TENTHS_LOOP                                                                        \
    "for i in range(" LOOP "):\n"                                                          \
    "    if i % (" LOOP " // 10) == 0:\n"                                                  \
    "        print(i // (" LOOP " // 10), flush=True)\n"
#define TENTHS_OUTPUT "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n"

/* Prepended to every program. */
static const char PRELUDE[] = "def churn(n=" CHURN "):\n"
                              "    for i in range(n):\n"
                              "        t = (i, i)\n";

typedef struct {
    char label[64];
    jg_heap_stats stats;
} probe;

typedef struct {
    const char *src;
    jg_vm *vm;
    char out[16384];
    size_t out_len;
    char err[8192];
    size_t err_len;
    probe probes[MAX_PROBES];
    size_t n_probes;
    jg_heap_stats end; /* after the program returned */
    jg_status st;
} gc_run;

static void append(char *buf, size_t cap, size_t *len, const char *s, size_t n)
{
    size_t room = cap - 1 - *len;
    if (n > room)
        n = room;
    memcpy(buf + *len, s, n);
    *len += n;
    buf[*len] = 0;
}

/* Records the heap's figures under the last line of the chunk written. */
static void collect_out(void *ctx, const char *s, size_t len)
{
    gc_run *r = ctx;
    append(r->out, sizeof r->out, &r->out_len, s, len);
    if (!r->vm || r->n_probes == MAX_PROBES || len == 0)
        return;
    size_t end = len - (s[len - 1] == '\n');
    size_t start = end;
    while (start > 0 && s[start - 1] != '\n')
        start--;
    probe *p = &r->probes[r->n_probes++];
    snprintf(p->label, sizeof p->label, "%.*s", (int)(end - start), s + start);
    jg_vm_stats(r->vm, &p->stats);
}

static void collect_err(void *ctx, const char *s, size_t len)
{
    gc_run *r = ctx;
    append(r->err, sizeof r->err, &r->err_len, s, len);
}

static void *run_thread(void *arg)
{
    gc_run *r = arg;
    jg_vm_config cfg = {0};
    cfg.write_out = collect_out;
    cfg.write_err = collect_err;
    cfg.io_ctx = r;
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(&cfg, &err);
    if (!vm) {
        r->st = err.code;
        snprintf(r->err, sizeof r->err, "%s", err.msg);
        return NULL;
    }
    r->vm = vm;
    r->st = jg_vm_run_source(vm, "<gc test>", r->src, strlen(r->src), &err);
    jg_vm_stats(vm, &r->end);
    r->vm = NULL;
    jg_vm_free(&vm);
    return NULL;
}

/* Runs PRELUDE + 'body' on a 256 KiB thread into *r. */
static void run_program(gc_run *r, const char *body)
{
    static char src[16384];
    snprintf(src, sizeof src, "%s%s", PRELUDE, body);
    memset(r, 0, sizeof *r);
    r->src = src;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    assert_int_equal(pthread_attr_setstacksize(&attr, SMALL_STACK), 0);
    pthread_t t;
    assert_int_equal(pthread_create(&t, &attr, run_thread, r), 0);
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
}

static void expect_output(gc_run *r, jg_status st, const char *expected)
{
    if (r->st != st || strcmp(r->out, expected) != 0)
        fprintf(stderr, "status %d\nstdout: %s\nstderr: %s\n", r->st, r->out, r->err);
    assert_int_equal(r->st, st);
    assert_string_equal(r->out, expected);
}

static const jg_heap_stats *probe_of(gc_run *r, const char *label)
{
    for (size_t i = 0; i < r->n_probes; i++)
        if (strcmp(r->probes[i].label, label) == 0)
            return &r->probes[i].stats;
    fail_msg("no probe labelled '%s'", label);
    return NULL;
}

/* ---------------------------------------------------------------- freeing */

static void test_a_dropped_cycle_is_collected(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "class Node:\n"
                   "    pass\n"
                   "def ring(n):\n"
                   "    head = Node()\n"
                   "    cur = head\n"
                   "    for i in range(n):\n"
                   "        nxt = Node()\n"
                   "        nxt.payload = [i, str(i)]\n"
                   "        cur.next = nxt\n"
                   "        cur = nxt\n"
                   "    cur.next = head\n"
                   "    return head\n"
                   "churn()\n"
                   "print('empty', flush=True)\n"
                   "rings = [ring(" RING ") for _ in range(20)]\n"
                   "churn()\n"
                   "print('held', flush=True)\n"
                   "rings = None\n"
                   "churn()\n"
                   "print('dropped', flush=True)\n");
    expect_output(r, JG_OK, "empty\nheld\ndropped\n");
    const jg_heap_stats *empty = probe_of(r, "empty");
    const jg_heap_stats *held = probe_of(r, "held");
    const jg_heap_stats *dropped = probe_of(r, "dropped");
    /* Each figure below is from a collection that ran after the change. */
    assert_true(empty->n_collections >= 1);
    assert_true(held->n_collections > empty->n_collections);
    assert_true(dropped->n_collections > held->n_collections);
    assert_true(held->live_bytes > empty->live_bytes + RINGS_BYTES);
    assert_true(dropped->live_bytes < empty->live_bytes + RINGS_BYTES / 4);
    free(r);
}

static void test_memory_stays_bounded_while_a_loop_makes_and_drops_objects(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, TENTHS_LOOP
                   "    t = [i, str(i) * 3, {'k': i, 'v': (i, i)}]\n"
                   "    s = 'x' * 300\n"); /* a large object */
    expect_output(r, JG_OK, TENTHS_OUTPUT);
    size_t max_heap = 0, max_mapped = 0;
    for (size_t i = 0; i < r->n_probes; i++) {
        if (r->probes[i].stats.heap_bytes > max_heap)
            max_heap = r->probes[i].stats.heap_bytes;
        if (r->probes[i].stats.mapped_bytes > max_mapped)
            max_mapped = r->probes[i].stats.mapped_bytes;
    }
    /* The loop allocates hundreds of MB in all; the heap never holds more
     * than a few collections' worth. */
    assert_true(r->end.n_collections >= 5);
    assert_true(max_heap < (32u << 20));
    assert_true(max_mapped < (32u << 20));
    assert_true(r->end.live_bytes < (8u << 20));
    free(r);
}

/*
 * Small literals keep their storage in their own cell and are freed without
 * being finalized; one that later takes C memory (grows past its cell, is
 * cleared and refilled, is sorted with a key in Python) must give it back
 * when it dies.  The live heap after the loop shows whether it did.
 */
static void test_small_containers_that_outgrow_their_cell_free_what_they_took(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, TENTHS_LOOP
                   "    l = [3, 1, i]\n"
                   "    l.sort(key=lambda x: -x)\n"
                   "    m = [1, 2]\n"
                   "    m.clear()\n"
                   "    m.extend(range(40))\n"
                   "    d = {'a': 1}\n"
                   "    d.clear()\n"
                   "    for k in 'bcdefgh':\n"
                   "        d[k] = i\n");
    expect_output(r, JG_OK, TENTHS_OUTPUT);
    /* Each iteration takes over 700 bytes of C memory for m and d alone. */
    assert_true(r->end.n_collections >= 2);
    assert_true(r->end.live_bytes < (8u << 20));
    free(r);
}

/*
 * An instance of an int subclass holds its value in GMP limbs even when
 * small; freeing them must take back exactly what making them counted, or
 * the live count drifts down by the difference with every one.  A held 8 MB
 * block keeps the count well above what such a drift would take off.
 */
static void test_int_subclass_instances_account_their_limbs(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "class N(int):\n"
                   "    pass\n"
                   "keep = bytes(8 << 20)\n" TENTHS_LOOP
                   "    n = N(i)\n"
                   "    m = N(2 ** 100 + i)\n");
    expect_output(r, JG_OK, TENTHS_OUTPUT);
    assert_true(r->end.n_collections >= 2);
    /* From the first tenth to the end the live data is the same: 'keep' and
     * the loop's last values.  Eight bytes lost per instance would take off
     * 8 * 2 * 0.9 * LOOP. */
    size_t first = r->probes[1].stats.live_bytes, last = r->end.live_bytes;
    assert_true(first > (8u << 20));
    assert_true(last + 2 * atoi(LOOP) >= first && last <= first + 2 * atoi(LOOP));
    free(r);
}

/*
 * The frame-stack chunks of collected tasklets go to the VM's pool for the
 * next tasklets (vm/interp.c), but the pool keeps no more than tasklets took
 * between the last two collections and never more than its 8 MiB cap: once
 * no tasklet takes a chunk for a whole cycle, the next collection gives them
 * all back.
 */
static void test_pooled_chunks_are_bounded_and_given_back_when_tasklets_stop(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "import pickle\n"
                   "import stackless\n"
                   "def inner(ch):\n"
                   "    x = [1, 2, 3]\n"
                   "    return ch.receive() + len(x)\n"
                   "def outer(ch):\n"
                   "    return inner(ch)\n"
                   "ch = stackless.channel()\n"
                   "t = stackless.tasklet(outer)(ch)\n"
                   "stackless.run()\n"
                   "blob = pickle.dumps((t, ch))\n"
                   "for i in range(" LOADS "):\n"
                   "    pickle.loads(blob)\n"
                   "    if i % (" LOADS " // 8) == 0:\n"
                   "        print('busy', flush=True)\n"
                   "churn()\n"
                   "churn()\n"
                   "print('quiet', flush=True)\n"
                   "ch.send(0)\n"
                   "stackless.run()\n");
    expect_output(r, JG_OK, "busy\nbusy\nbusy\nbusy\nbusy\nbusy\nbusy\nbusy\nquiet\n");
    size_t most = 0;
    for (size_t i = 0; i + 1 < r->n_probes; i++) {
        assert_true(r->probes[i].stats.pooled_chunk_bytes <= ((size_t)8 << 20));
        if (r->probes[i].stats.n_collections >= 2 && r->probes[i].stats.pooled_chunk_bytes > most)
            most = r->probes[i].stats.pooled_chunk_bytes;
    }
#ifndef JG_GC_STRESS
    /* Mid-cycle the pool still holds chunks the last sweep gave it. */
    assert_true(most > 0);
#endif
    const jg_heap_stats *quiet = probe_of(r, "quiet");
    assert_true(quiet->n_collections >= r->probes[r->n_probes - 2].stats.n_collections + 2);
    assert_int_equal(quiet->pooled_chunk_bytes, 0);
    free(r);
}

/*
 * The type look-up cache is keyed by a name's address, so after a collection
 * it must hold no entry at all: a name freed by it could come back at the
 * same address as another.  The collection clears the entries filled since
 * the one before (vm/gc.c), or the whole cache once more were filled than it
 * tracks: both leave it empty, with 100 and with 700 fresh names looked up.
 */
static void test_a_collection_empties_the_type_lookup_cache(void **state)
{
    (void)state;
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    jg_gc_collect(vm); /* forgets what starting the VM filled */
    static const unsigned counts[] = {100, JG_LOOKUP_DIRTY_MAX + 188};
    for (size_t c = 0; c < sizeof counts / sizeof counts[0]; c++) {
        for (unsigned k = 0; k < counts[c]; k++) {
            char name[16];
            snprintf(name, sizeof name, "x%u", k);
            jg_str *s = jg_str_from_cstr(vm, name);
            assert_non_null(s);
            assert_true(jg_type_lookup(vm, vm->t.object, s) == JG_UNDEF);
        }
        size_t live = 0;
        for (size_t i = 0; i < JG_LOOKUP_CACHE_SIZE; i++)
            live += vm->lookup_cache[i].name != NULL;
        assert_true(live >= counts[c] / 2); /* (entries collide) */
        jg_gc_collect(vm);
        for (size_t i = 0; i < JG_LOOKUP_CACHE_SIZE; i++)
            assert_null(vm->lookup_cache[i].name);
    }
    jg_vm_free(&vm);
}

/*
 * Loops that jump back with a conditional jump collect too: a while loop
 * (it ends with POP_JUMP_IF_TRUE) and a for loop whose body ends with an
 * if (the compiler threads the if's jump straight to FOR_ITER).  Without a
 * safepoint on every backward jump such loops would grow the heap without
 * bound until the next Python-level call.
 */
static void test_loops_that_end_in_a_conditional_jump_still_collect(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "x = 1 << 100\n"
                   "i = 0\n"
                   "while i < " LOOP ":\n"
                   "    y = x * i\n"
                   "    s = (i, i)\n"
                   "    i = i + 1\n"
                   "print('while', flush=True)\n"
                   "for i in range(" LOOP "):\n"
                   "    s = (i, [i])\n"
                   "    if i == -1:\n"
                   "        print(i)\n"
                   "print('for', flush=True)\n");
    expect_output(r, JG_OK, "while\nfor\n");
    assert_true(probe_of(r, "while")->n_collections >= 2);
    assert_true(probe_of(r, "for")->n_collections >= probe_of(r, "while")->n_collections + 2);
    free(r);
}

/* ---------------------------------------------------------------- keeping */

static void test_objects_reachable_only_from_a_suspended_generator_survive(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "def gen():\n"
                   "    data = [str(i) * 5 for i in range(200)]\n"
                   "    pairs = {i: (i, str(i)) for i in range(200)}\n"
                   "    yield 1\n"
                   "    yield sum(len(s) for s in data) + sum(p[0] for p in pairs.values())\n"
                   "g = gen()\n"
                   "print(next(g), flush=True)\n"
                   "churn()\n"
                   "print(next(g), flush=True)\n");
    expect_output(r, JG_OK, "1\n22350\n");
    assert_true(probe_of(r, "22350")->n_collections > probe_of(r, "1")->n_collections);
    free(r);
}

static void test_objects_reachable_only_from_a_closure_cell_survive(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "def make():\n"
                   "    secret = {'k': [1, 2, 3], 's': 'ab' * 40, 't': (4, [5, 6])}\n"
                   "    def f():\n"
                   "        return secret['k'][2] + secret['t'][1][1], len(secret['s'])\n"
                   "    return f\n"
                   "f = make()\n"
                   "print('made', flush=True)\n"
                   "churn()\n"
                   "print(f(), flush=True)\n");
    expect_output(r, JG_OK, "made\n(9, 80)\n");
    assert_true(probe_of(r, "(9, 80)")->n_collections > probe_of(r, "made")->n_collections);
    free(r);
}

static void test_objects_reachable_only_from_a_class_attribute_survive(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "def build():\n"
                   "    class C:\n"
                   "        table = [(str(i), [i] * 3) for i in range(100)]\n"
                   "    return C()\n"
                   "obj = build()\n"
                   "print('built', flush=True)\n"
                   "churn()\n"
                   "t = type(obj).table\n"
                   "print(len(t), t[42][0], sum(t[99][1]), type(obj).__name__, flush=True)\n");
    expect_output(r, JG_OK, "built\n100 42 297 C\n");
    assert_true(probe_of(r, "100 42 297 C")->n_collections > probe_of(r, "built")->n_collections);
    free(r);
}

static void test_an_exception_keeps_its_args_and_traceback(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "def outer():\n"
                   "    def inner_raiser():\n"
                   "        raise ValueError('payload' + str(7), [1, 2, (3, 'x' * 5)])\n"
                   "    inner_raiser()\n"
                   "try:\n"
                   "    outer()\n"
                   "except ValueError as e:\n"
                   "    err = e\n"
                   "del outer\n"
                   "print('caught', flush=True)\n"
                   "churn()\n"
                   "print(err.args, flush=True)\n"
                   "raise err\n");
    expect_output(r, JG_ERR_RUNTIME, "caught\n('payload7', [1, 2, (3, 'xxxxx')])\n");
    assert_true(probe_of(r, "('payload7', [1, 2, (3, 'xxxxx')])")->n_collections >
                probe_of(r, "caught")->n_collections);
    /* The traceback names code objects that only the exception still holds. */
    assert_non_null(strstr(r->err, "in outer"));
    assert_non_null(strstr(r->err, "in inner_raiser"));
    assert_non_null(strstr(r->err, "ValueError: ('payload7', [1, 2, (3, 'xxxxx')])"));
    free(r);
}

static void test_objects_reachable_only_from_a_module_global_survive(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "G = [str(i) for i in range(3000)]\n"
                   "H = {str(i): (i, [i]) for i in range(1000)}\n"
                   "print('set', flush=True)\n"
                   "churn()\n"
                   "print(len(G), G[2999], H['999'][1][0], flush=True)\n");
    expect_output(r, JG_OK, "set\n3000 2999 999\n");
    assert_true(probe_of(r, "3000 2999 999")->n_collections > probe_of(r, "set")->n_collections);
    free(r);
}

/* Strings, bytes and big ints are never traced (heap.h's leaf pages); they
 * must still be kept when only a container refers to them. */
static void test_strings_bytes_and_big_ints_in_containers_survive(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "keep = []\n"
                   "for i in range(2000):\n"
                   "    keep.append((str(i) + 'abc', b'xy' * (i % 7), (1 << 80) + i, 'L' * 400))\n"
                   "print('kept', flush=True)\n"
                   "churn()\n"
                   "ok = all(k[0] == str(i) + 'abc' and k[1] == b'xy' * (i % 7)\n"
                   "         and k[2] - (1 << 80) == i and len(k[3]) == 400\n"
                   "         for i, k in enumerate(keep))\n"
                   "print(ok, flush=True)\n");
    expect_output(r, JG_OK, "kept\nTrue\n");
    assert_true(probe_of(r, "True")->n_collections > probe_of(r, "kept")->n_collections);
    free(r);
}

/* ---------------------------------------------------------------- depth */

static void test_a_million_deep_structure_is_marked_without_c_recursion(void **state)
{
    gc_run *r = malloc(sizeof *r);
    run_program(r, "x = None\n"
                   "for i in range(" DEEP "):\n"
                   "    x = (x, i)\n"
                   "d = {}\n"
                   "for i in range(" DEEP " // 4):\n"
                   "    d = {'next': d}\n"
                   "print('built', flush=True)\n"
                   "churn()\n"
                   "n = 0\n"
                   "while x is not None:\n"
                   "    n = n + 1\n"
                   "    x = x[0]\n"
                   "m = 0\n"
                   "while d:\n"
                   "    m = m + 1\n"
                   "    d = d['next']\n"
                   "print(n, m, flush=True)\n");
    char counts[32], expected[64];
    snprintf(counts, sizeof counts, "%d %d", atoi(DEEP), atoi(DEEP) / 4);
    snprintf(expected, sizeof expected, "built\n%s\n", counts);
    expect_output(r, JG_OK, expected);
    /* Collections ran while the chain was being built, the last one with at
     * least half of it (48-byte pairs) to mark. */
    const jg_heap_stats *built = probe_of(r, "built");
    assert_true(built->n_collections >= 1);
    assert_true(built->live_bytes >= (size_t)atoi(DEEP) * 24);
    free(r);
}

/* ---------------------------------------------------------------- stats */

static void test_stats_of_a_new_vm_are_sane(void **state)
{
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    jg_heap_stats st;
    jg_vm_stats(vm, &st);
    assert_true(st.heap_bytes > 0);
    assert_true(st.mapped_bytes >= st.heap_bytes / 2);
    assert_true(st.next_collection > 0);
    jg_vm_free(&vm);
    assert_null(vm);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_dropped_cycle_is_collected),
        cmocka_unit_test(test_memory_stays_bounded_while_a_loop_makes_and_drops_objects),
        cmocka_unit_test(test_small_containers_that_outgrow_their_cell_free_what_they_took),
        cmocka_unit_test(test_int_subclass_instances_account_their_limbs),
        cmocka_unit_test(test_pooled_chunks_are_bounded_and_given_back_when_tasklets_stop),
        cmocka_unit_test(test_a_collection_empties_the_type_lookup_cache),
        cmocka_unit_test(test_loops_that_end_in_a_conditional_jump_still_collect),
        cmocka_unit_test(test_objects_reachable_only_from_a_suspended_generator_survive),
        cmocka_unit_test(test_objects_reachable_only_from_a_closure_cell_survive),
        cmocka_unit_test(test_objects_reachable_only_from_a_class_attribute_survive),
        cmocka_unit_test(test_an_exception_keeps_its_args_and_traceback),
        cmocka_unit_test(test_objects_reachable_only_from_a_module_global_survive),
        cmocka_unit_test(test_strings_bytes_and_big_ints_in_containers_survive),
        cmocka_unit_test(test_a_million_deep_structure_is_marked_without_c_recursion),
        cmocka_unit_test(test_stats_of_a_new_vm_are_sane),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
