/*
 * tests/vm/pickle_expect.h - the check the pickle tests share: loads of some
 * bytes must fail with pickle.UnpicklingError and a given reason.  Include it
 * after <cmocka.h>, "vm.h", "exc.h" and "pickle.h".
 */
#ifndef JG_TEST_PICKLE_EXPECT_H
#define JG_TEST_PICKLE_EXPECT_H

#include <string.h>

/* loads of data must fail with UnpicklingError whose message contains 'want'
 * (any message when 'want' is NULL). */
static inline void expect_unpickling_error(jg_vm *vm, const void *data, size_t len,
                                           const char *want)
{
    jg_type *perr, *uerr;
    assert_int_equal(jg_pickle_error_types(vm, &perr, &uerr), JG_OK);
    jg_value v;
    jg_status st = jg_pickle_loads(vm, data, len, &v);
    if (st == JG_OK)
        fail_msg("loads succeeded, want '%s'", want ? want : "an error");
    assert_int_equal(st, JG_RAISED);
    assert_true(jg_exc_matches(vm, uerr));
    jg_str *msg = NULL;
    jg_value exc = vm->exc;
    jg_clear_exc(vm);
    assert_int_equal(jg_exc_str(vm, exc, &msg), JG_OK);
    if (want && !strstr(msg->data, want))
        fail_msg("got '%s', want '%s'", msg->data, want);
}

#endif
