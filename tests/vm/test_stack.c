/*
 * tests/vm/test_stack.c - the VM never recurses in C for Python calls.
 *
 * Each test runs a program on a thread whose C stack is only 256 KiB, with
 * Python recursion 100,000 frames deep through a different kind of call the
 * runtime makes: plain calls, __init__, __eq__ inside list.index, __hash__
 * inside a dict look-up, a sorted() key function, generators and __next__.
 * A VM that recursed in C per Python frame would overflow that stack within a
 * few hundred frames.
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

#define SMALL_STACK (256 * 1024)

typedef struct {
    const char *src;
    char out[4096];
    size_t out_len;
    char err[4096];
    size_t err_len;
    jg_status st;
} run_ctx;

static void collect_out(void *ctx, const char *s, size_t len)
{
    run_ctx *r = ctx;
    size_t room = sizeof r->out - 1 - r->out_len;
    if (len > room)
        len = room;
    memcpy(r->out + r->out_len, s, len);
    r->out_len += len;
    r->out[r->out_len] = 0;
}

static void collect_err(void *ctx, const char *s, size_t len)
{
    run_ctx *r = ctx;
    size_t room = sizeof r->err - 1 - r->err_len;
    if (len > room)
        len = room;
    memcpy(r->err + r->err_len, s, len);
    r->err_len += len;
    r->err[r->err_len] = 0;
}

static void *run_thread(void *arg)
{
    run_ctx *r = arg;
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
    r->st = jg_vm_run_source(vm, "<stack test>", r->src, strlen(r->src), &err);
    jg_vm_free(&vm);
    return NULL;
}

/* Runs 'src' on a 256 KiB thread and checks it printed 'expected'.  The
 * recursion limit is raised first: the default (100,000) counts every frame,
 * and several of these programs use two frames per level. */
static void run_on_small_stack(const char *body, const char *expected)
{
    static char src[8192];
    snprintf(src, sizeof src, "import sys\nsys.setrecursionlimit(400000)\n%s", body);
    run_ctx r = {.src = src};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    assert_int_equal(pthread_attr_setstacksize(&attr, SMALL_STACK), 0);
    pthread_t t;
    assert_int_equal(pthread_create(&t, &attr, run_thread, &r), 0);
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
    if (r.st != JG_OK || strcmp(r.out, expected) != 0)
        fprintf(stderr, "status %d\nstdout: %s\nstderr: %s\n", r.st, r.out, r.err);
    assert_int_equal(r.st, JG_OK);
    assert_string_equal(r.out, expected);
}

static void test_plain_calls_recurse_100000_deep(void **state)
{
    run_on_small_stack("def f(n):\n"
                       "    return 0 if n == 0 else 1 + f(n - 1)\n"
                       "print(f(100000))\n",
                       "100000\n");
}

static void test_init_recurses_100000_deep(void **state)
{
    run_on_small_stack("class Node:\n"
                       "    def __init__(self, n):\n"
                       "        self.next = Node(n - 1) if n else None\n"
                       "        self.n = n\n"
                       "x = Node(100000)\n"
                       "c = 0\n"
                       "while x is not None:\n"
                       "    c += 1\n"
                       "    x = x.next\n"
                       "print(c)\n",
                       "100001\n");
}

static void test_eq_inside_list_index_recurses_100000_deep(void **state)
{
    run_on_small_stack("class E:\n"
                       "    def __init__(self, n):\n"
                       "        self.n = n\n"
                       "    def __eq__(self, other):\n"
                       "        if self.n == 0:\n"
                       "            return True\n"
                       "        return [E(self.n - 1)].index(other) == 0\n"
                       "print([E(100000)].index(E(0)))\n",
                       "0\n");
}

static void test_hash_inside_dict_lookup_recurses_100000_deep(void **state)
{
    run_on_small_stack("class H:\n"
                       "    def __init__(self, n):\n"
                       "        self.n = n\n"
                       "    def __hash__(self):\n"
                       "        if self.n == 0:\n"
                       "            return 7\n"
                       "        d = {}\n"
                       "        d[H(self.n - 1)] = 1\n"
                       "        return 6 + len(d)\n"
                       "    def __eq__(self, other):\n"
                       "        return self.n == other.n\n"
                       "print(hash(H(100000)))\n",
                       "7\n");
}

static void test_sorted_key_recurses_100000_deep(void **state)
{
    run_on_small_stack("def key(n):\n"
                       "    return n if n == 0 else sorted([n - 1], key=key)[0] + 1\n"
                       "print(sorted([100000], key=key)[0])\n",
                       "100000\n");
}

static void test_generators_and_next_recurse_100000_deep(void **state)
{
    run_on_small_stack("def gen(n):\n"
                       "    if n == 0:\n"
                       "        yield 0\n"
                       "    else:\n"
                       "        yield next(gen(n - 1)) + 1\n"
                       "print(next(gen(100000)))\n"
                       "class It:\n"
                       "    def __init__(self, n):\n"
                       "        self.n = n\n"
                       "    def __iter__(self):\n"
                       "        return self\n"
                       "    def __next__(self):\n"
                       "        if self.n == 0:\n"
                       "            return 0\n"
                       "        for x in It(self.n - 1):\n"
                       "            return x + 1\n"
                       "print(next(It(100000)))\n",
                       "100000\n100000\n");
}

static void test_past_the_limit_is_a_recursion_error(void **state)
{
    run_on_small_stack("sys.setrecursionlimit(1000000)\n"
                       "def f(n):\n"
                       "    return f(n + 1)\n"
                       "try:\n"
                       "    f(0)\n"
                       "except RecursionError as e:\n"
                       "    print('RecursionError', e)\n",
                       "RecursionError maximum recursion depth exceeded\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_calls_recurse_100000_deep),
        cmocka_unit_test(test_init_recurses_100000_deep),
        cmocka_unit_test(test_eq_inside_list_index_recurses_100000_deep),
        cmocka_unit_test(test_hash_inside_dict_lookup_recurses_100000_deep),
        cmocka_unit_test(test_sorted_key_recurses_100000_deep),
        cmocka_unit_test(test_generators_and_next_recurse_100000_deep),
        cmocka_unit_test(test_past_the_limit_is_a_recursion_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
