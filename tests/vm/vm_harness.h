/*
 * tests/vm/vm_harness.h - what the cmocka tests share for running programs in
 * a VM: output capture, expect_output (run source, compare what it prints)
 * and new_vm.  Include it after <cmocka.h> and "jumpgate.h".
 */
#ifndef JG_TEST_VM_HARNESS_H
#define JG_TEST_VM_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *data;
    size_t len, cap;
} capture;

static inline void capture_write(void *ctx, const char *s, size_t len)
{
    capture *c = ctx;
    if (c->len + len + 1 > c->cap) {
        size_t cap = (c->len + len + 1) * 2;
        char *d = realloc(c->data, cap);
        if (!d)
            return;
        c->data = d;
        c->cap = cap;
    }
    memcpy(c->data + c->len, s, len);
    c->len += len;
    c->data[c->len] = '\0';
}

static inline void discard_write(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    (void)s;
    (void)len;
}

static inline void expect_output(const char *src, const char *want)
{
    capture c = {0};
    jg_vm_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = capture_write;
    cfg.write_err = discard_write;
    cfg.io_ctx = &c;
    jg_err err;
    memset(&err, 0, sizeof err);
    jg_vm *vm = jg_vm_new(&cfg, &err);
    if (!vm)
        fail_msg("VM failed to start: %s", err.msg);
    jg_status st = jg_vm_run_source(vm, "test.py", src, strlen(src), &err);
    jg_vm_free(&vm);
    if (st != JG_OK)
        fprintf(stderr, "program failed: %s\n", err.msg);
    assert_int_equal(st, JG_OK);
    assert_string_equal(c.data ? c.data : "", want);
    free(c.data);
}

static inline jg_vm *new_vm(void)
{
    jg_err err;
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    return vm;
}

#endif
