/*
 * tests/vm/test_channel.c - channels (vm/channel.c): one test per behaviour -
 * rendezvous in both orders, balance, the scheduling order each preference
 * gives, exceptions through a channel, send_sequence, close/open, iteration,
 * the deadlock error and the closed-channel ValueError.  Each runs a small
 * program and compares what it prints.
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
#include "vm_harness.h"

static void test_send_blocks_until_a_receiver_takes_it(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "def sender():\n"
                  "    print('sending')\n"
                  "    print('send returned', ch.send('v'))\n"
                  "s = stackless.tasklet(sender)()\n"
                  "stackless.run()\n"
                  "print('sender blocked:', s.blocked, 'balance', ch.balance)\n"
                  "print('received', ch.receive())\n"
                  "print('sender runnable:', s.blocked, s.scheduled)\n"
                  "stackless.run()\n",
                  "sending\n"
                  "sender blocked: True balance 1\n"
                  "received v\n"
                  "sender runnable: False True\n"
                  "send returned None\n");
}

static void test_receive_blocks_until_a_sender_sends(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "def receiver():\n"
                  "    print('receiving')\n"
                  "    print('got', ch.receive())\n"
                  "r = stackless.tasklet(receiver)()\n"
                  "stackless.run()\n"
                  "print('receiver blocked:', r.blocked, 'balance', ch.balance)\n"
                  "print('send returned', ch.send([1, 2]))\n"
                  "print('receiver done:', r.alive)\n",
                  "receiving\n"
                  "receiver blocked: True balance -1\n"
                  "got [1, 2]\n"
                  "send returned None\n"
                  "receiver done: False\n");
}

static void test_balance_counts_waiting_senders_and_receivers(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "print(ch.balance)\n"
                  "for i in range(3):\n"
                  "    stackless.tasklet(ch.send)(i)\n"
                  "stackless.run()\n"
                  "print(ch.balance)\n"
                  "print([ch.receive() for _ in range(3)], ch.balance)\n"
                  "stackless.run()\n"
                  "for i in range(2):\n"
                  "    stackless.tasklet(ch.receive)()\n"
                  "stackless.run()\n"
                  "print(ch.balance)\n"
                  "ch.send(1)\n"
                  "print(ch.balance)\n"
                  "ch.send(2)\n"
                  "print(ch.balance)\n",
                  "0\n3\n[0, 1, 2] 0\n-2\n-1\n0\n");
}

/* The program for the preference tests: a receiver waits, then a sender
 * sends while a bystander is runnable; who runs after the rendezvous? */
#define PREFERENCE_TRIAL(pref)                                                               \
    "import stackless\n"                                                                     \
    "log = []\n"                                                                             \
    "ch = stackless.channel()\n"                                                             \
    "ch.preference = " pref "\n"                                                             \
    "def receiver():\n"                                                                      \
    "    log.append('receiver got ' + ch.receive())\n"                                       \
    "def sender():\n"                                                                        \
    "    ch.send('x')\n"                                                                     \
    "    log.append('sender continues')\n"                                                   \
    "def bystander():\n"                                                                     \
    "    log.append('bystander')\n"                                                          \
    "stackless.tasklet(receiver)()\n"                                                        \
    "stackless.tasklet(sender)()\n"                                                          \
    "stackless.tasklet(bystander)()\n"                                                       \
    "stackless.run()\n"                                                                      \
    "print(ch.preference, log)\n"

static void test_preference_minus_one_runs_the_receiver_first(void **unused)
{
    (void)unused;
    expect_output(PREFERENCE_TRIAL("-1"),
                  "-1 ['receiver got x', 'sender continues', 'bystander']\n");
}

static void test_preference_one_runs_the_sender_first(void **unused)
{
    (void)unused;
    expect_output(PREFERENCE_TRIAL("1"),
                  "1 ['sender continues', 'bystander', 'receiver got x']\n");
}

static void test_preference_zero_keeps_the_running_tasklet_running(void **unused)
{
    (void)unused;
    expect_output(PREFERENCE_TRIAL("0"),
                  "0 ['sender continues', 'bystander', 'receiver got x']\n");
}

static void test_preference_is_clamped_to_its_sign_and_defaults_to_minus_one(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "print(ch.preference)\n"
                  "ch.preference = 5\n"
                  "print(ch.preference)\n"
                  "ch.preference = -7\n"
                  "print(ch.preference)\n"
                  "try:\n"
                  "    ch.preference = 'x'\n"
                  "except TypeError as e:\n"
                  "    print(e)\n",
                  "-1\n1\n-1\npreference must be an integer\n");
}

static void test_send_exception_raises_in_the_receiver(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "def receiver():\n"
                  "    try:\n"
                  "        ch.receive()\n"
                  "    except ValueError as e:\n"
                  "        print('receiver raised', e.args)\n"
                  "stackless.tasklet(receiver)()\n"
                  "stackless.run()\n"
                  "ch.send_exception(ValueError, 'bad', 2)\n"
                  "def sender():\n"
                  "    ch.send_exception(KeyError, 'k')\n"
                  "stackless.tasklet(sender)()\n"
                  "stackless.run()\n"
                  "try:\n"
                  "    ch.receive()\n"
                  "except KeyError as e:\n"
                  "    print('main raised', repr(e), ch.balance)\n"
                  "try:\n"
                  "    ch.send_exception(42)\n"
                  "except TypeError as e:\n"
                  "    print(e)\n",
                  "receiver raised ('bad', 2)\n"
                  "main raised KeyError('k') 0\n"
                  "exceptions must be classes deriving BaseException\n");
}

static void test_send_throw_raises_an_instance_or_a_class_in_the_receiver(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "def receiver(n):\n"
                  "    for _ in range(n):\n"
                  "        try:\n"
                  "            ch.receive()\n"
                  "        except Exception as e:\n"
                  "            print(type(e).__name__, e.args)\n"
                  "stackless.tasklet(receiver)(3)\n"
                  "stackless.run()\n"
                  "ch.send_throw(KeyError('k'))\n"
                  "ch.send_throw(ValueError, ('x', 'y'))\n"
                  "ch.send_throw(RuntimeError, 'one')\n",
                  "KeyError ('k',)\n"
                  "ValueError ('x', 'y')\n"
                  "RuntimeError ('one',)\n");
}

static void test_send_sequence_sends_each_item_and_returns_the_count(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "got = []\n"
                  "def consumer():\n"
                  "    while True:\n"
                  "        got.append(ch.receive())\n"
                  "stackless.tasklet(consumer)()\n"
                  "stackless.run()\n"
                  "print(ch.send_sequence(x * x for x in range(5)), got, ch.balance)\n",
                  "5 [0, 1, 4, 9, 16] -1\n");
}

static void test_close_refuses_new_blocking_and_closed_waits_for_the_queue(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "print(ch.closing, ch.closed)\n"
                  "stackless.tasklet(ch.send)('queued')\n"
                  "stackless.run()\n"
                  "ch.close()\n"
                  "print(ch.closing, ch.closed, ch.balance)\n"
                  "print(ch.receive())\n"
                  "print(ch.closing, ch.closed, ch.balance)\n"
                  "ch.open()\n"
                  "print(ch.closing, ch.closed)\n"
                  "stackless.tasklet(ch.send)('again')\n"
                  "stackless.run()\n"
                  "print(ch.balance, ch.receive())\n",
                  "False False\n"
                  "True False 1\n"
                  "queued\n"
                  "True True 0\n"
                  "False False\n"
                  "1 again\n");
}

static void test_blocking_on_a_closed_channel_is_a_value_error(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "ch.close()\n"
                  "stackless.tasklet(lambda: None)()\n"
                  "for op in (ch.receive, lambda: ch.send(1)):\n"
                  "    try:\n"
                  "        op()\n"
                  "    except ValueError as e:\n"
                  "        print('ValueError:', e)\n"
                  "print(stackless.getruncount())\n",
                  "ValueError: Send/receive operation on a closed channel\n"
                  "ValueError: Send/receive operation on a closed channel\n"
                  "2\n");
}

static void test_iteration_receives_until_the_channel_is_closed(void **unused)
{
    (void)unused;
    /* Preference 1 keeps the producer running, so it closes the channel
     * before the consumer asks for more: the loop ends. */
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "ch.preference = 1\n"
                  "out = []\n"
                  "def consumer():\n"
                  "    for v in ch:\n"
                  "        out.append(v)\n"
                  "    out.append('end')\n"
                  "def producer():\n"
                  "    for v in 'abc':\n"
                  "        ch.send(v)\n"
                  "    ch.close()\n"
                  "stackless.tasklet(consumer)()\n"
                  "stackless.tasklet(producer)()\n"
                  "stackless.run()\n"
                  "print(out, ch.closed, stackless.getruncount())\n"
                  "print(iter(ch) is ch, list(ch))\n",
                  "['a', 'b', 'c', 'end'] True 1\n"
                  "False []\n");
}

static void test_blocking_the_last_runnable_tasklet_is_a_deadlock(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "ch = stackless.channel()\n"
                  "for op in (ch.receive, lambda: ch.send(1)):\n"
                  "    try:\n"
                  "        op()\n"
                  "    except RuntimeError as e:\n"
                  "        print(e, ch.balance, stackless.getruncount())\n"
                  "def ends():\n"
                  "    pass\n"
                  "stackless.tasklet(ends)()\n"
                  "try:\n"
                  "    ch.receive()\n"
                  "except RuntimeError as e:\n"
                  "    print('when the last other tasklet ended:', e, ch.balance)\n",
                  "Deadlock: the last runnable tasklet cannot be blocked. 0 1\n"
                  "Deadlock: the last runnable tasklet cannot be blocked. 0 1\n"
                  "when the last other tasklet ended: Deadlock: the last runnable tasklet "
                  "cannot be blocked. 0\n");
}

static void test_blocking_with_a_sleeper_left_waits_for_it(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "ch = stackless.channel()\n"
                  "def later():\n"
                  "    time.sleep(0.01)\n"
                  "    ch.send('woke and sent')\n"
                  "stackless.tasklet(later)()\n"
                  "print(ch.receive())\n",
                  "woke and sent\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_send_blocks_until_a_receiver_takes_it),
        cmocka_unit_test(test_receive_blocks_until_a_sender_sends),
        cmocka_unit_test(test_balance_counts_waiting_senders_and_receivers),
        cmocka_unit_test(test_preference_minus_one_runs_the_receiver_first),
        cmocka_unit_test(test_preference_one_runs_the_sender_first),
        cmocka_unit_test(test_preference_zero_keeps_the_running_tasklet_running),
        cmocka_unit_test(test_preference_is_clamped_to_its_sign_and_defaults_to_minus_one),
        cmocka_unit_test(test_send_exception_raises_in_the_receiver),
        cmocka_unit_test(test_send_throw_raises_an_instance_or_a_class_in_the_receiver),
        cmocka_unit_test(test_send_sequence_sends_each_item_and_returns_the_count),
        cmocka_unit_test(test_close_refuses_new_blocking_and_closed_waits_for_the_queue),
        cmocka_unit_test(test_blocking_on_a_closed_channel_is_a_value_error),
        cmocka_unit_test(test_iteration_receives_until_the_channel_is_closed),
        cmocka_unit_test(test_blocking_the_last_runnable_tasklet_is_a_deadlock),
        cmocka_unit_test(test_blocking_with_a_sleeper_left_waits_for_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
