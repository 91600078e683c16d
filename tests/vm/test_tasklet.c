/*
 * tests/vm/test_tasklet.c - tasklets and the scheduler (vm/tasklet.c, vm/timer.c):
 * the life cycle (bound, scheduled, paused, blocked, finished), how a tasklet
 * starts (its function as the bottom frame, or _tasklet_main), exceptions to
 * main, switch(), and time.sleep: deadline order, sleep(0), the flags of a
 * sleeper, kill and remove of one, and the C API the pickler and embedders
 * use (jg_sched_next_timer, jg_sched_sleep_left, sleep_left, jg_tasklet_alloc).
 * Sleep tests check order and that a sleep lasted at least its length, never
 * an upper bound.
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
#include "tasklet.h"
#include "timer.h"
#include "vm_harness.h"

/* ---------------------------------------------------------------- helpers */

typedef struct {
    jg_vm *vm;
    capture out;
} session;

static void session_open(session *s)
{
    memset(s, 0, sizeof *s);
    jg_vm_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = capture_write;
    cfg.write_err = discard_write;
    cfg.io_ctx = &s->out;
    jg_err err;
    s->vm = jg_vm_new(&cfg, &err);
    assert_non_null(s->vm);
}

/* Runs 'src' as __main__ in the session's VM (modules stay imported between
 * runs) and checks what it printed since the last run. */
static void session_run(session *s, const char *src, const char *want)
{
    jg_err err;
    memset(&err, 0, sizeof err);
    s->out.len = 0;
    if (s->out.data)
        s->out.data[0] = '\0';
    jg_status st = jg_vm_run_source(s->vm, "test.py", src, strlen(src), &err);
    if (st != JG_OK)
        fprintf(stderr, "program failed: %s\n", err.msg);
    assert_int_equal(st, JG_OK);
    assert_string_equal(s->out.data ? s->out.data : "", want);
}

static void session_close(session *s)
{
    jg_vm_free(&s->vm);
    free(s->out.data);
}

/* The tasklet the last program left in its global 'name'. */
static jg_tasklet *global_tasklet(session *s, const char *name)
{
    jg_value v = jg_dict_get_str(s->vm->main_module->dict, jg_str_intern_cstr(s->vm, name));
    assert_true(jg_isinstance(s->vm, v, s->vm->tasklet_type));
    return JG_AS(jg_tasklet, v);
}

/* ---------------------------------------------------------------- life cycle */

static void test_a_tasklet_is_bound_then_scheduled_then_finished(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "def f(x):\n"
                  "    print('f', x)\n"
                  "t = stackless.tasklet(f)\n"
                  "print(t.alive, t.scheduled, t.paused, t.blocked)\n"
                  "t(1)\n"
                  "print(t.alive, t.scheduled, t.paused, stackless.getruncount())\n"
                  "stackless.run()\n"
                  "print(t.alive, t.scheduled, stackless.getruncount())\n"
                  "try:\n"
                  "    t.insert()\n"
                  "except RuntimeError as e:\n"
                  "    print(e)\n",
                  "False False False False\n"
                  "True True False 2\n"
                  "f 1\n"
                  "False False 1\n"
                  "You cannot run an unbound(dead) tasklet\n");
}

static void test_remove_pauses_and_insert_resumes(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "def f():\n"
                  "    print('step 1')\n"
                  "    stackless.schedule()\n"
                  "    print('step 2')\n"
                  "t = stackless.tasklet(f)()\n"
                  "stackless.schedule()\n"
                  "print(t.remove() is t, t.paused, t.scheduled, stackless.getruncount())\n"
                  "stackless.run()\n"
                  "print('run returned', t.alive)\n"
                  "print(t.insert() is t, t.paused, t.scheduled)\n"
                  "stackless.run()\n"
                  "print(t.alive)\n",
                  "step 1\n"
                  "True True False 1\n"
                  "run returned True\n"
                  "True False True\n"
                  "step 2\n"
                  "False\n");
}

static void test_run_switches_at_once_and_the_caller_follows(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "log = []\n"
                  "a = stackless.tasklet(lambda: log.append('a'))()\n"
                  "b = stackless.tasklet(lambda: log.append('b'))()\n"
                  "b.run()\n"
                  "log.append('main')\n"
                  "stackless.run()\n"
                  "print(log)\n",
                  "['b', 'main', 'a']\n");
}

static void test_switch_pauses_the_caller_until_it_is_inserted(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "main = stackless.getcurrent()\n"
                  "def f():\n"
                  "    print('f: main paused', main.paused, 'scheduled', main.scheduled)\n"
                  "    stackless.schedule()\n"
                  "    print('f again; main inserted')\n"
                  "    main.insert()\n"
                  "    stackless.schedule()\n"
                  "    print('f ends')\n"
                  "t = stackless.tasklet(f)()\n"
                  "main.tempval = 'kept'\n"
                  "print('switch returned', t.switch())\n"
                  "stackless.run()\n",
                  "f: main paused True scheduled False\n"
                  "f again; main inserted\n"
                  "switch returned kept\n"
                  "f ends\n");
}

static void test_kill_ends_a_tasklet_silently_and_runs_its_finally(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "def f():\n"
                  "    try:\n"
                  "        stackless.schedule()\n"
                  "    finally:\n"
                  "        print('finally')\n"
                  "t = stackless.tasklet(f)()\n"
                  "stackless.schedule()\n"
                  "t.kill()\n"
                  "print(t.alive)\n"
                  "u = stackless.tasklet(f)\n"
                  "u.kill()\n"
                  "print(u.alive)\n",
                  "finally\nFalse\nFalse\n");
}

static void test_an_uncaught_exception_goes_to_main(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "def f():\n"
                  "    raise KeyError('k')\n"
                  "stackless.tasklet(f)()\n"
                  "try:\n"
                  "    stackless.run()\n"
                  "except KeyError as e:\n"
                  "    print('main caught', repr(e), stackless.getruncount())\n",
                  "main caught KeyError('k') 1\n");
}

static void test_every_way_to_call_the_function_starts_it(void **unused)
{
    (void)unused;
    /* Plain positional calls, defaults, *args and methods start the function
     * as the bottom frame; keywords, natives and classes go through
     * _tasklet_main; all behave alike. */
    expect_output("import stackless\n"
                  "out = []\n"
                  "def plain(a, b):\n"
                  "    out.append(('plain', a, b))\n"
                  "def defaults(a, b=2, *rest):\n"
                  "    out.append(('defaults', a, b, rest))\n"
                  "def kwonly(a, *, k):\n"
                  "    out.append(('kwonly', a, k))\n"
                  "class C:\n"
                  "    def m(self, x):\n"
                  "        out.append(('method', x))\n"
                  "class D:\n"
                  "    def __init__(self, x):\n"
                  "        out.append(('class', x))\n"
                  "stackless.tasklet(plain)(1, 2)\n"
                  "stackless.tasklet(defaults)(1)\n"
                  "stackless.tasklet(defaults)(1, 5, 6, 7)\n"
                  "stackless.tasklet(kwonly)(1, k=3)\n"
                  "stackless.tasklet(plain)(b=4, a=3)\n"
                  "stackless.tasklet(C().m)(9)\n"
                  "stackless.tasklet(D)(8)\n"
                  "stackless.tasklet(out.append)('native')\n"
                  "stackless.run()\n"
                  "for x in out:\n"
                  "    print(x)\n",
                  "('plain', 1, 2)\n"
                  "('defaults', 1, 2, ())\n"
                  "('defaults', 1, 5, (6, 7))\n"
                  "('kwonly', 1, 3)\n"
                  "('plain', 3, 4)\n"
                  "('method', 9)\n"
                  "('class', 8)\n"
                  "native\n");
}

static void test_a_binding_error_is_raised_when_the_tasklet_runs(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "def f(a):\n"
                  "    pass\n"
                  "t = stackless.tasklet(f)(1, 2)\n"
                  "print('set up', t.alive)\n"
                  "try:\n"
                  "    stackless.run()\n"
                  "except TypeError as e:\n"
                  "    print(e)\n"
                  "def g():\n"
                  "    yield 1\n"
                  "stackless.tasklet(g)()\n"
                  "stackless.run()\n"
                  "print('a generator function just makes a generator')\n",
                  "set up True\n"
                  "f() takes 1 positional argument but 2 were given\n"
                  "a generator function just makes a generator\n");
}

static void test_deep_recursion_in_a_tasklet_grows_its_frame_stack(void **unused)
{
    (void)unused;
    expect_output("import stackless, sys\n"
                  "def deep(n):\n"
                  "    return 0 if n == 0 else 1 + deep(n - 1)\n"
                  "out = []\n"
                  "for n in (1, 10, 5000):\n"
                  "    stackless.tasklet(lambda n: out.append(deep(n)))(n)\n"
                  "stackless.run()\n"
                  "print(out)\n",
                  "[1, 10, 5000]\n");
}

static void test_name_is_none_until_set_and_tempval_carries_values(void **unused)
{
    (void)unused;
    expect_output("import stackless\n"
                  "def f():\n"
                  "    return stackless.schedule()\n"
                  "t = stackless.tasklet(f)\n"
                  "print(t.name, t.tempval is f)\n"
                  "t.name = 'w'\n"
                  "t()\n"
                  "t.run()\n"
                  "t.tempval = 5\n"
                  "print(t.name, t.tempval)\n",
                  "None True\n"
                  "w 5\n");
}

/* ---------------------------------------------------------------- sleep */

static void test_sleepers_wake_in_deadline_order(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "log = []\n"
                  "def s(name, secs):\n"
                  "    start = time.monotonic()\n"
                  "    time.sleep(secs)\n"
                  "    log.append((name, time.monotonic() - start >= secs))\n"
                  "for name, secs in (('c', 0.06), ('a', 0.02), ('b', 0.04), ('a2', 0.02)):\n"
                  "    stackless.tasklet(s)(name, secs)\n"
                  "stackless.run()\n"
                  "print(log)\n",
                  "[('a', True), ('a2', True), ('b', True), ('c', True)]\n");
}

static void test_sleep_zero_is_schedule(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "log = []\n"
                  "def f(name):\n"
                  "    for i in range(2):\n"
                  "        log.append(name + str(i))\n"
                  "        time.sleep(0)\n"
                  "stackless.tasklet(f)('x')\n"
                  "stackless.tasklet(f)('y')\n"
                  "stackless.run()\n"
                  "print(log, time.sleep(0.0))\n",
                  "['x0', 'y0', 'x1', 'y1'] None\n");
}

static void test_a_sleeper_is_alive_but_not_scheduled_blocked_or_paused(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "t = stackless.tasklet(time.sleep)(0.01)\n"
                  "stackless.schedule()\n"
                  "print(t.alive, t.scheduled, t.blocked, t.paused, stackless.getruncount())\n"
                  "stackless.run()\n"
                  "print(t.alive)\n",
                  "True False False False 1\n"
                  "False\n");
}

static void test_main_sleeps_while_the_others_run(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "def w():\n"
                  "    for i in range(2):\n"
                  "        print('w', i)\n"
                  "        stackless.schedule()\n"
                  "stackless.tasklet(w)()\n"
                  "print('main sleeps')\n"
                  "time.sleep(0.01)\n"
                  "print('main woke')\n",
                  "main sleeps\nw 0\nw 1\nmain woke\n");
}

static void test_kill_takes_a_sleeper_out_of_the_timers(void **unused)
{
    (void)unused;
    session s;
    session_open(&s);
    session_run(&s,
                "import stackless, time\n"
                "def f():\n"
                "    try:\n"
                "        time.sleep(100)\n"
                "    finally:\n"
                "        print('woken by kill')\n"
                "t = stackless.tasklet(f)()\n"
                "stackless.schedule()\n"
                "stackless._t = t\n",
                "");
    jg_tasklet *t = global_tasklet(&s, "t");
    double deadline;
    assert_true(jg_sched_next_timer(s.vm, &deadline));
    assert_true(deadline > jg_timer_now() + 50);
    assert_true(t->sleep_slot != 0);
    session_run(&s,
                "import stackless\n"
                "t = stackless._t\n"
                "t.kill()\n"
                "print(t.alive)\n"
                "stackless.run()\n",
                "woken by kill\nFalse\n");
    assert_false(jg_sched_next_timer(s.vm, &deadline));
    assert_true(t->sleep_slot == 0);
    assert_false(jg_sched_sleep_left(s.vm, t, &deadline));
    session_close(&s);
}

static void test_throw_wakes_a_sleeper_with_the_exception(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "def f():\n"
                  "    try:\n"
                  "        time.sleep(100)\n"
                  "    except ValueError as e:\n"
                  "        print('woke with', repr(e))\n"
                  "t = stackless.tasklet(f)()\n"
                  "stackless.schedule()\n"
                  "t.throw(ValueError('now'))\n"
                  "u = stackless.tasklet(f)()\n"
                  "stackless.schedule()\n"
                  "u.kill()\n"
                  "stackless.run()\n"
                  "print(t.alive, u.alive)\n",
                  "woke with ValueError('now')\n"
                  "False False\n");
}

static void test_only_sleepers_and_blocked_tasklets_wait_rather_than_deadlock(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "ch = stackless.channel()\n"
                  "def recv():\n"
                  "    print('got', ch.receive())\n"
                  "def send():\n"
                  "    time.sleep(0.01)\n"
                  "    ch.send('v')\n"
                  "stackless.tasklet(recv)()\n"
                  "stackless.tasklet(send)()\n"
                  "stackless.run()\n"
                  "print(ch.balance, stackless.getruncount())\n",
                  "got v\n0 1\n");
}

static void test_a_busy_tasklet_is_preempted_so_a_sleeper_wakes(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "flag = []\n"
                  "def busy():\n"
                  "    while not flag:\n"
                  "        pass\n"
                  "    print('busy saw the flag')\n"
                  "stackless.tasklet(busy)()\n"
                  "time.sleep(0.01)\n"
                  "flag.append(1)\n"
                  "print('main woke')\n"
                  "stackless.run()\n",
                  "main woke\nbusy saw the flag\n");
}

static void test_sleepers_are_woken_at_ticks_with_preemption_off(void **unused)
{
    (void)unused;
    /* With preemption off a busy tasklet keeps running, but the ticks still
     * move a due sleeper into the run queue: it runs right after. */
    capture c = {0};
    jg_vm_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = capture_write;
    cfg.write_err = discard_write;
    cfg.io_ctx = &c;
    cfg.tasklet_slice = -1;
    jg_err err;
    jg_vm *vm = jg_vm_new(&cfg, &err);
    assert_non_null(vm);
    const char *src = "import stackless, time\n"
                      "def sleeper():\n"
                      "    time.sleep(0.01)\n"
                      "    print('sleeper ran')\n"
                      "def busy():\n"
                      "    start = time.monotonic()\n"
                      "    while time.monotonic() - start < 0.05:\n"
                      "        pass\n"
                      "    print('runcount at the end of busy', stackless.getruncount())\n"
                      "stackless.tasklet(sleeper)()\n"
                      "stackless.tasklet(busy)()\n"
                      "stackless.run()\n";
    assert_int_equal(jg_vm_run_source(vm, "t.py", src, strlen(src), &err), JG_OK);
    jg_vm_free(&vm);
    assert_string_equal(c.data ? c.data : "", "runcount at the end of busy 3\nsleeper ran\n");
    free(c.data);
}

static void test_sleep_arguments_are_checked_as_cpython_does(void **unused)
{
    (void)unused;
    expect_output("import stackless, time\n"
                  "class I:\n"
                  "    def __index__(self):\n"
                  "        return 0\n"
                  "for v in ('x', None, -1, -0.5, float('nan'), 1e300, 10 ** 30, I()):\n"
                  "    try:\n"
                  "        print(time.sleep(v))\n"
                  "    except Exception as e:\n"
                  "        print(type(e).__name__, e)\n",
                  "TypeError 'str' object cannot be interpreted as an integer\n"
                  "TypeError 'NoneType' object cannot be interpreted as an integer\n"
                  "ValueError sleep length must be non-negative\n"
                  "ValueError sleep length must be non-negative\n"
                  "ValueError Invalid value NaN (not a number)\n"
                  "OverflowError timestamp out of range for platform time_t\n"
                  "OverflowError timestamp too large to convert to C _PyTime_t\n"
                  "None\n");
}

/* ---------------------------------------------------------------- the C API */

static void test_next_timer_is_the_earliest_deadline(void **unused)
{
    (void)unused;
    session s;
    session_open(&s);
    double d, secs;
    session_run(&s, "import stackless, time\n", "");
    assert_false(jg_sched_next_timer(s.vm, &d));
    session_run(&s,
                "import stackless, time\n"
                "def f(secs):\n"
                "    time.sleep(secs)\n"
                "t = stackless.tasklet(f)(60)\n"
                "u = stackless.tasklet(f)(30)\n"
                "stackless.schedule()\n"
                "stackless._tu = t, u\n",
                "");
    double now = jg_timer_now();
    assert_true(jg_sched_next_timer(s.vm, &d));
    assert_true(d > now && d <= now + 30);
    assert_true(jg_sched_sleep_left(s.vm, global_tasklet(&s, "t"), &secs));
    assert_true(secs > 30 && secs <= 60);
    assert_false(jg_sched_sleep_left(s.vm, s.vm->tasklet_main, &secs));
    session_run(&s,
                "import stackless\n"
                "for t in stackless._tu:\n"
                "    t.kill()\n",
                "");
    assert_false(jg_sched_next_timer(s.vm, &d));
    session_close(&s);
}

static void test_sleep_left_makes_insert_put_a_paused_sleeper_back_to_sleep(void **unused)
{
    (void)unused;
    session s;
    session_open(&s);
    session_run(&s,
                "import stackless, time\n"
                "def f():\n"
                "    start = time.monotonic()\n"
                "    r = time.sleep(30)\n"
                "    print('woke, sleep returned', r, time.monotonic() - start >= 0.02)\n"
                "t = stackless.tasklet(f)()\n"
                "stackless.schedule()\n"
                "t.remove()\n"
                "stackless._t = t\n"
                "print(t.paused, t.scheduled)\n",
                "True False\n");
    jg_tasklet *t = global_tasklet(&s, "t");
    double secs;
    assert_true(jg_sched_sleep_left(s.vm, t, &secs));
    assert_true(secs > 20 && secs <= 30);
    assert_false(jg_sched_next_timer(s.vm, &secs)); /* not among the sleepers */
    /* What the unpickler does: a shorter sleep to finish. */
    t->sleep_left = 0.02;
    session_run(&s,
                "import stackless\n"
                "t = stackless._t\n"
                "t.insert()\n"
                "print(t.paused, t.scheduled, t.alive)\n"
                "stackless.run()\n"
                "print(t.alive)\n",
                "False False True\n"
                "woke, sleep returned None True\n"
                "False\n");
    assert_true(t->sleep_left < 0);
    session_close(&s);
}

static void test_sleep_left_makes_run_put_it_to_sleep_without_switching(void **unused)
{
    (void)unused;
    session s;
    session_open(&s);
    session_run(&s,
                "import stackless, time\n"
                "def f():\n"
                "    print('sleep returned', time.sleep(30))\n"
                "t = stackless.tasklet(f)()\n"
                "stackless.schedule()\n"
                "t.remove()\n"
                "stackless._t = t\n",
                "");
    global_tasklet(&s, "t")->sleep_left = 0.01;
    session_run(&s,
                "import stackless\n"
                "t = stackless._t\n"
                "print('run returned', t.run())\n"
                "stackless.run()\n",
                "run returned None\n"
                "sleep returned None\n");
    session_close(&s);
}

static void test_a_sleep_left_of_zero_or_less_is_no_sleep(void **unused)
{
    (void)unused;
    session s;
    session_open(&s);
    session_run(&s,
                "import stackless, time\n"
                "def f():\n"
                "    print('sleep returned', time.sleep(30))\n"
                "t = stackless.tasklet(f)()\n"
                "u = stackless.tasklet(f)()\n"
                "stackless.schedule()\n"
                "t.remove()\n"
                "u.remove()\n"
                "stackless._tu = t, u\n",
                "");
    jg_tasklet *t = global_tasklet(&s, "t"), *u = global_tasklet(&s, "u");
    t->sleep_left = 0;
    u->sleep_left = -1;
    double secs;
    assert_false(jg_sched_sleep_left(s.vm, t, &secs));
    session_run(&s,
                "import stackless\n"
                "for t in stackless._tu:\n"
                "    t.insert()\n"
                "    print(t.scheduled)\n"
                "stackless.run()\n",
                "True\nTrue\nsleep returned None\nsleep returned None\n");
    session_close(&s);
}

static void test_tasklet_alloc_makes_an_unbound_tasklet_with_a_fresh_id(void **unused)
{
    (void)unused;
    session s;
    session_open(&s);
    session_run(&s, "import stackless\n", "");
    jg_tasklet *a = jg_tasklet_alloc(s.vm, s.vm->tasklet_type);
    jg_tasklet *b = jg_tasklet_alloc(s.vm, s.vm->tasklet_type);
    assert_non_null(a);
    assert_non_null(b);
    assert_true(b->id == a->id + 1);
    assert_true(a->th == &a->own);
    assert_false(a->started || a->finished || a->next || a->chan || a->sleep_slot);
    assert_true(a->sleep_left < 0);
    assert_true(a->func == JG_NONE && a->tempval == JG_NONE && a->resume_exc == JG_NONE);
    session_close(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_tasklet_is_bound_then_scheduled_then_finished),
        cmocka_unit_test(test_remove_pauses_and_insert_resumes),
        cmocka_unit_test(test_run_switches_at_once_and_the_caller_follows),
        cmocka_unit_test(test_switch_pauses_the_caller_until_it_is_inserted),
        cmocka_unit_test(test_kill_ends_a_tasklet_silently_and_runs_its_finally),
        cmocka_unit_test(test_an_uncaught_exception_goes_to_main),
        cmocka_unit_test(test_every_way_to_call_the_function_starts_it),
        cmocka_unit_test(test_a_binding_error_is_raised_when_the_tasklet_runs),
        cmocka_unit_test(test_deep_recursion_in_a_tasklet_grows_its_frame_stack),
        cmocka_unit_test(test_name_is_none_until_set_and_tempval_carries_values),
        cmocka_unit_test(test_sleepers_wake_in_deadline_order),
        cmocka_unit_test(test_sleep_zero_is_schedule),
        cmocka_unit_test(test_a_sleeper_is_alive_but_not_scheduled_blocked_or_paused),
        cmocka_unit_test(test_main_sleeps_while_the_others_run),
        cmocka_unit_test(test_kill_takes_a_sleeper_out_of_the_timers),
        cmocka_unit_test(test_throw_wakes_a_sleeper_with_the_exception),
        cmocka_unit_test(test_only_sleepers_and_blocked_tasklets_wait_rather_than_deadlock),
        cmocka_unit_test(test_a_busy_tasklet_is_preempted_so_a_sleeper_wakes),
        cmocka_unit_test(test_sleepers_are_woken_at_ticks_with_preemption_off),
        cmocka_unit_test(test_sleep_arguments_are_checked_as_cpython_does),
        cmocka_unit_test(test_next_timer_is_the_earliest_deadline),
        cmocka_unit_test(test_sleep_left_makes_insert_put_a_paused_sleeper_back_to_sleep),
        cmocka_unit_test(test_sleep_left_makes_run_put_it_to_sleep_without_switching),
        cmocka_unit_test(test_a_sleep_left_of_zero_or_less_is_no_sleep),
        cmocka_unit_test(test_tasklet_alloc_makes_an_unbound_tasklet_with_a_fresh_id),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
