/*
 * tests/vm/test_range.c - range and slice objects against CPython 3.11.
 *
 * Each test runs a small program on a fresh VM and compares everything it
 * prints with what python3.11 printed for the same program (the expected
 * text below was produced by running each program under /usr/bin/python3).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "jumpgate.h"
#include "vm.h"
#include "range.h"
#include "vm_harness.h"

static void test_slice_adjust_clamps_as_cpython(void **unused)
{
    (void)unused;
    int64_t start = -100, stop = 100;
    assert_int_equal(jg_slice_adjust(5, &start, &stop, 1), 5);
    assert_true(start == 0 && stop == 5);
    start = INT64_MAX;
    stop = INT64_MIN;
    assert_int_equal(jg_slice_adjust(5, &start, &stop, -1), 5);
    assert_true(start == 4 && stop == -1);
    start = 1;
    stop = 10;
    assert_int_equal(jg_slice_adjust(10, &start, &stop, 3), 3);
    start = 5;
    stop = 2;
    assert_int_equal(jg_slice_adjust(10, &start, &stop, 1), 0);
}

static void test_index_of_big_ints_follows_the_mode(void **unused)
{
    (void)unused;
    jg_err err;
    jg_vm *vm = jg_vm_new(NULL, &err);
    assert_non_null(vm);
    int64_t i;
    assert_int_equal(jg_index_of(vm, jg_int(-5), JG_IDX_INDEX_ERROR, &i), JG_OK);
    assert_true(i == -5);
    assert_int_equal(jg_index_of(vm, JG_TRUE, JG_IDX_INDEX_ERROR, &i), JG_OK);
    assert_true(i == 1);
    jg_value big;
    assert_int_equal(jg_int_from_decimal(vm, "-100000000000000000000000", &big), JG_OK);
    assert_int_equal(jg_index_of(vm, big, JG_IDX_CLAMP, &i), JG_OK);
    assert_true(i == INT64_MIN);
    assert_int_equal(jg_index_of(vm, big, JG_IDX_INDEX_ERROR, &i), JG_RAISED);
    assert_true(jg_exc_matches(vm, vm->t.IndexError));
    jg_clear_exc(vm);
    assert_int_equal(jg_index_of(vm, big, JG_IDX_OVERFLOW, &i), JG_RAISED);
    assert_true(jg_exc_matches(vm, vm->t.OverflowError));
    jg_clear_exc(vm);
    assert_int_equal(jg_index_of(vm, jg_float(1.0), JG_IDX_OVERFLOW, &i), JG_RAISED);
    assert_true(jg_exc_matches(vm, vm->t.TypeError));
    jg_clear_exc(vm);
    jg_vm_free(&vm);
}

static void test_reprs_and_attributes(void **unused)
{
    (void)unused;
    expect_output("print(range(5), range(0), range(1, 10), range(1, 10, 2), range(10, 0, -3"
        "), range(-3, 3, 2), range(2**70))\n"
        "r = range(1, 20, 4)\n"
        "print(r.start, r.stop, r.step, range(7).start, range(7).step, len(r), li"
        "st(r), bool(range(0)), bool(r))\n",
        "range(0, 5) range(0, 0) range(1, 10) range(1, 10, 2) range(10, 0, -3) ra"
        "nge(-3, 3, 2) range(0, 1180591620717411303424)\n"
        "1 20 4 0 1 5 [1, 5, 9, 13, 17] False True\n");
}

static void test_indexing_slicing_and_negative_steps(void **unused)
{
    (void)unused;
    expect_output("r = range(0, 20, 3)\n"
        "print(r[0], r[-1], r[2], r[len(r) - 1], r[True])\n"
        "print(r[1:4], r[::-1], r[::2], r[5:1:-1], r[100:], r[-100:2], r[::-3])\n"
        "print(range(10)[2:8:2], range(10)[::-1], range(0, 10, 3)[1:], range(5)[1"
        "0:], range(5)[-2:1:-1])\n"
        "print(list(range(10, 0, -2)), list(range(0, -10, -3)), list(range(5, 5))"
        ", list(range(5, 0)))\n"
        "for f in [lambda: r[7], lambda: r[-8], lambda: r['a'], lambda: r[1.5], l"
        "ambda: r[::0], lambda: range(3)[2**70]]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "0 18 6 18 3\n"
        "range(3, 12, 3) range(18, -3, -3) range(0, 21, 6) range(15, 3, -3) range"
        "(21, 21, 3) range(0, 6, 3) range(18, -3, -9)\n"
        "range(2, 8, 2) range(9, -1, -1) range(3, 12, 3) range(5, 5) range(3, 1, "
        "-1)\n"
        "[10, 8, 6, 4, 2] [0, -3, -6, -9] [] []\n"
        "IndexError range object index out of range\n"
        "IndexError range object index out of range\n"
        "TypeError range indices must be integers or slices, not str\n"
        "TypeError range indices must be integers or slices, not float\n"
        "ValueError slice step cannot be zero\n"
        "IndexError range object index out of range\n");
}

static void test_membership_index_and_count(void **unused)
{
    (void)unused;
    expect_output("r = range(0, 30, 5)\n"
        "print(10 in r, 11 in r, 30 in r, -5 in r, 10.0 in r, 'a' in r, True in r"
        "ange(2), 25 in range(30, 0, -5))\n"
        "print(r.index(15), r.count(15), r.count(16), r.count(15.0), range(3).ind"
        "ex(1.0), range(10, 0, -2).index(4))\n"
        "for f in [lambda: r.index(7), lambda: r.index('x'), lambda: r.index(), l"
        "ambda: r.count()]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "True False False False True False True True\n"
        "3 1 0 1 1 3\n"
        "ValueError 7 is not in range\n"
        "ValueError sequence.index(x): x not in sequence\n"
        "TypeError range.index() takes exactly one argument (0 given)\n"
        "TypeError range.count() takes exactly one argument (0 given)\n");
}

static void test_equality_and_hash(void **unused)
{
    (void)unused;
    expect_output("print(range(0) == range(5, 2), range(1, 2) == range(1, 5, 7), range(0, 3"
        ", 2) == range(0, 4, 2), range(3) == range(4))\n"
        "print(range(3) == [0, 1, 2], range(3) != range(3), hash(range(5)) == has"
        "h(range(0, 5, 1)), hash(range(1, 2)) == hash(range(1, 3, 5)))\n"
        "print(hash(range(5)), hash(range(2, 20, 3)))\n"
        "print({range(3): 'r'}[range(0, 3)])\n"
        "try:\n"
        "    range(3) < range(4)\n"
        "except TypeError as e:\n"
        "    print(e)\n",
        "True True True False\n"
        "False False True True\n"
        "5795932985296280846 5634053841666455969\n"
        "r\n"
        "'<' not supported between instances of 'range' and 'range'\n");
}

static void test_big_ranges(void **unused)
{
    (void)unused;
    expect_output("big = range(2**70)\n"
        "print(big, big[-1], big[2**69], 2**69 in big, big.index(12345), len(rang"
        "e(2**50)))\n"
        "print(range(1, 2**70)[2**69:2**69 + 2], range(-2**80, 2**80, 2**78), lis"
        "t(range(2**64, 2**64 + 3)))\n"
        "print(list(reversed(range(2**64, 2**64 + 3))), big[::2**68])\n"
        "try:\n"
        "    len(big)\n"
        "except OverflowError as e:\n"
        "    print(e)\n",
        "range(0, 1180591620717411303424) 1180591620717411303423 5902958103587056"
        "51712 True 12345 1125899906842624\n"
        "range(590295810358705651713, 590295810358705651715) range(-1208925819614"
        "629174706176, 1208925819614629174706176, 302231454903657293676544) [1844"
        "6744073709551616, 18446744073709551617, 18446744073709551618]\n"
        "[18446744073709551618, 18446744073709551617, 18446744073709551616] range"
        "(0, 1180591620717411303424, 295147905179352825856)\n"
        "Python int too large to convert to C ssize_t\n");
}

static void test_constructor_errors(void **unused)
{
    (void)unused;
    expect_output("for f in [lambda: range(1.0), lambda: range('a'), lambda: range(), lambd"
        "a: range(1, 2, 3, 4),\n"
        "          lambda: range(1, 2, 0), lambda: range(x=1), lambda: range(None"
        ")]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n"
        "class I:\n"
        "    def __index__(self):\n"
        "        return 4\n"
        "print(range(I()), list(range(1, I())), [0, 1, 2, 3, 4, 5][I()], 'abcdef'"
        "[1:I()])\n",
        "TypeError 'float' object cannot be interpreted as an integer\n"
        "TypeError 'str' object cannot be interpreted as an integer\n"
        "TypeError range expected at least 1 argument, got 0\n"
        "TypeError range expected at most 3 arguments, got 4\n"
        "ValueError range() arg 3 must not be zero\n"
        "TypeError range() takes no keyword arguments\n"
        "TypeError 'NoneType' object cannot be interpreted as an integer\n"
        "range(0, 4) [1, 2, 3] 4 bcd\n");
}

static void test_iteration_and_reversal(void **unused)
{
    (void)unused;
    expect_output("print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(re"
        "versed(range(0))), list(reversed(range(10, 0, -4))))\n"
        "it = iter(range(3))\n"
        "print(next(it), list(it), list(it), type(it).__name__)\n"
        "total = 0\n"
        "for i in range(100000):\n"
        "    total += i\n"
        "print(total, sum(range(10)), max(range(5)), sorted(range(3), reverse=Tru"
        "e))\n",
        "[4, 3, 2, 1, 0] [7, 4, 1] [] [2, 6, 10]\n"
        "0 [1, 2] [] range_iterator\n"
        "4999950000 45 4 [2, 1, 0]\n");
}

static void test_slice_objects(void **unused)
{
    (void)unused;
    expect_output("print(slice(1), slice(1, 2), slice(1, 2, 3), slice('a', None, [1]), slic"
        "e(None))\n"
        "s = slice(1, 10, 2)\n"
        "print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)\n"
        "print(slice(None, None, -1).indices(5), slice(-100, 100).indices(5), sli"
        "ce(None, None, 2**100).indices(10))\n"
        "print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(None)"
        " == slice(None, None, None), slice(2, 8, 3).indices(6))\n"
        "print([1, 2, 3, 4][slice(1, 3)], 'hello'[slice(None, None, -1)], (1, 2, "
        "3)[slice(2**70)])\n"
        "for f in [lambda: hash(slice(1)), lambda: slice(), lambda: slice(1, 2, 3"
        ", 4), lambda: slice(1).indices(-1),\n"
        "          lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices('a"
        "'), lambda: slice(1).indices()]:\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n",
        "slice(None, 1, None) slice(1, 2, None) slice(1, 2, 3) slice('a', None, ["
        "1]) slice(None, None, None)\n"
        "1 10 2 None 5\n"
        "(4, -1, -1) (0, 5, 1) (0, 10, 1267650600228229401496703205376)\n"
        "True True True (2, 6, 3)\n"
        "[2, 3] olleh (1, 2, 3)\n"
        "TypeError unhashable type: 'slice'\n"
        "TypeError slice expected at least 1 argument, got 0\n"
        "TypeError slice expected at most 3 arguments, got 4\n"
        "ValueError length should not be negative\n"
        "ValueError slice step cannot be zero\n"
        "TypeError 'str' object cannot be interpreted as an integer\n"
        "TypeError slice.indices() takes exactly one argument (0 given)\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slice_adjust_clamps_as_cpython),
        cmocka_unit_test(test_index_of_big_ints_follows_the_mode),
        cmocka_unit_test(test_reprs_and_attributes),
        cmocka_unit_test(test_indexing_slicing_and_negative_steps),
        cmocka_unit_test(test_membership_index_and_count),
        cmocka_unit_test(test_equality_and_hash),
        cmocka_unit_test(test_big_ranges),
        cmocka_unit_test(test_constructor_errors),
        cmocka_unit_test(test_iteration_and_reversal),
        cmocka_unit_test(test_slice_objects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
