/*
 * tests/vm/test_embed.c - the hosting API (jumpgate.h "hosting") as a node
 * drives it: programs started as tasklets, the scheduler run in slices,
 * tasklets listed, frozen, moved to a second VM and resumed there, code
 * supplied on demand, sleepers and their timers, channels shared between
 * the two VMs through the remote-channel hook.
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <time.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "jumpgate.h"
#include "vm_harness.h"

/* A VM whose output lands in 'out' (and errors in 'errs'). */
typedef struct {
    capture out, errs;
    jg_vm *vm;
    /* the remote channel operations the VM asked the host to forward */
    int n_remote;
    struct {
        uint64_t chan;
        jg_tasklet_id tasklet;
        int dir;
        uint8_t value[1024];
        size_t len;
        bool is_exc;
    } ops[8];
    int n_timers;
    double last_timer;
} node;

static void on_out(void *ctx, const char *s, size_t len)
{
    capture_write(&((node *)ctx)->out, s, len);
}

static void on_err(void *ctx, const char *s, size_t len)
{
    capture_write(&((node *)ctx)->errs, s, len);
}

static void on_remote(void *ctx, uint64_t chan, jg_tasklet_id t, int dir, const uint8_t *value,
                      size_t len, bool is_exc)
{
    node *n = ctx;
    assert_true(n->n_remote < 8);
    int i = n->n_remote++;
    n->ops[i].chan = chan;
    n->ops[i].tasklet = t;
    n->ops[i].dir = dir;
    assert_true(len <= sizeof n->ops[i].value);
    if (len)
        memcpy(n->ops[i].value, value, len);
    n->ops[i].len = len;
    n->ops[i].is_exc = is_exc;
}

static void on_timer(void *ctx, double deadline)
{
    node *n = ctx;
    n->n_timers++;
    n->last_timer = deadline;
}

static void node_start_at(node *n, uint64_t id_base)
{
    memset(n, 0, sizeof *n);
    jg_vm_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = on_out;
    cfg.write_err = on_err;
    cfg.io_ctx = n;
    cfg.remote_channel = on_remote;
    cfg.timer = on_timer;
    cfg.host_ctx = n;
    cfg.tasklet_id_base = id_base;
    jg_err err;
    n->vm = jg_vm_new(&cfg, &err);
    assert_non_null(n->vm);
}

static void node_start(node *n)
{
    node_start_at(n, 0);
}

static void node_stop(node *n)
{
    jg_vm_free(&n->vm);
    free(n->out.data);
    free(n->errs.data);
}

static const char *out_of(node *n)
{
    return n->out.data ? n->out.data : "";
}

static jg_run_info run(node *n)
{
    jg_run_info info;
    jg_err err;
    jg_status st = jg_vm_run_slice(n->vm, 0, &info, &err);
    if (st != JG_OK)
        fail_msg("run_slice: %s", err.msg);
    return info;
}

static const char PROGRAM[] =
    "import stackless\n"
    "inbox = stackless.channel()\n"
    "def worker(tag, inbox):\n"
    "    state = {'hp': 10.0, 'tag': tag}\n"
    "    got = []\n"
    "    while len(got) < 2:\n"
    "        got.append(inbox.receive())\n"
    "        state['hp'] -= 1.5\n"
    "    print(tag, got, state['hp'])\n"
    "def main():\n"
    "    print('main starts')\n"
    "    stackless.tasklet(worker)('w', inbox)\n"
    "if __name__ == '__main__':\n"
    "    main()\n";

/* A program runs as a tasklet; the slice ends when everything waits. */
static void test_program_runs_in_slices(void **state)
{
    (void)state;
    node a;
    node_start(&a);
    jg_tasklet_id main_id;
    jg_err err;
    assert_int_equal(jg_vm_start_program(a.vm, "prog.py", PROGRAM, strlen(PROGRAM), &main_id,
                                         &err),
                     JG_OK);
    jg_run_info info = run(&a);
    assert_false(info.budget_spent);
    assert_int_equal(info.runnable, 0);
    assert_string_equal(out_of(&a), "main starts\n");
    jg_tasklet_info ts[8];
    size_t n = jg_vm_tasklets(a.vm, ts, 8);
    assert_int_equal(n, 1); /* the program's tasklet finished; the worker waits */
    assert_int_equal(ts[0].state, JG_TASKLET_BLOCKED);
    assert_int_equal(ts[0].channel, 0);
    node_stop(&a);
}

/* A budget stops a busy tasklet; the next slice goes on with it. */
static void test_budget(void **state)
{
    (void)state;
    node a;
    node_start(&a);
    static const char busy[] = "n = 0\n"
                               "for i in range(200000):\n"
                               "    n += i\n"
                               "print(n)\n";
    jg_tasklet_id id;
    jg_err err;
    assert_int_equal(jg_vm_start_program(a.vm, "busy.py", busy, strlen(busy), &id, &err), JG_OK);
    jg_run_info info;
    assert_int_equal(jg_vm_run_slice(a.vm, 1000, &info, &err), JG_OK);
    assert_true(info.budget_spent);
    assert_int_equal(info.runnable, 1);
    assert_string_equal(out_of(&a), "");
    int slices = 1;
    while (info.budget_spent) {
        assert_int_equal(jg_vm_run_slice(a.vm, 50000, &info, &err), JG_OK);
        slices++;
    }
    assert_true(slices > 2);
    assert_string_equal(out_of(&a), "19999900000\n");
    node_stop(&a);
}

/* Freeze on one VM, load on another (which first needs the code), resume. */
static void test_migrate_blocked_tasklet(void **state)
{
    (void)state;
    node a, b;
    node_start_at(&a, 1000);
    node_start_at(&b, 2000);
    jg_tasklet_id id;
    jg_err err;
    assert_int_equal(jg_vm_start_program(a.vm, "prog.py", PROGRAM, strlen(PROGRAM), &id, &err),
                     JG_OK);
    run(&a);
    jg_tasklet_info ts[4];
    assert_int_equal(jg_vm_tasklets(a.vm, ts, 4), 1);
    jg_tasklet_id w = ts[0].id;
    uint8_t *data;
    size_t len;
    if (jg_vm_freeze(a.vm, w, &data, &len, &err) != JG_OK)
        fail_msg("freeze: %s", err.msg);
    assert_int_equal(jg_vm_tasklets(a.vm, ts, 4), 1);
    assert_int_equal(ts[0].state, JG_TASKLET_FROZEN);

    /* b has never seen the program: it asks for the code by hash. */
    jg_tasklet_id got;
    assert_int_equal(jg_vm_load_tasklet(b.vm, data, len, &got, &err), JG_ERR_NEED_CODE);
    char wanted[sizeof err.where];
    snprintf(wanted, sizeof wanted, "%s", err.where); /* the hash b lacks, in hex */
    uint8_t hash[32];
    char hex[65];
    assert_int_equal(jg_vm_add_module(b.vm, "__main__", "prog.py", PROGRAM, strlen(PROGRAM), hash,
                                      &err),
                     JG_OK);
    for (int i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", hash[i]);
    assert_string_equal(wanted, hex);
    /* The main guard did not run there. */
    assert_string_equal(out_of(&b), "");
    jg_status st = jg_vm_load_tasklet(b.vm, data, len, &got, &err);
    if (st != JG_OK)
        fail_msg("load: %s", err.msg);
    assert_true(got == w);
    free(data);
    assert_int_equal(jg_vm_drop(a.vm, w, &err), JG_OK);
    assert_int_equal(jg_vm_tasklets(a.vm, ts, 4), 0);

    /* On b the worker waits on a stand-in of a's channel: a send there is
     * a remote operation the host forwards; completing it resumes it. */
    assert_int_equal(jg_vm_tasklets(b.vm, ts, 4), 1);
    assert_int_equal(ts[0].state, JG_TASKLET_BLOCKED);
    assert_true(ts[0].channel != 0);
    /* Its wait was handed to b's host: a receive on the shared channel. */
    assert_int_equal(b.n_remote, 1);
    assert_true(b.ops[0].tasklet == w && b.ops[0].dir == -1 && b.ops[0].chan == ts[0].channel);
    static const uint8_t seven[] = "JGPK\x04\x01\x07", eight[] = "JGPK\x04\x01\x08";
    assert_int_equal(jg_vm_channel_done(b.vm, w, seven, sizeof seven - 1, false, &err), JG_OK);
    run(&b);
    assert_int_equal(b.n_remote, 2); /* it receives again */
    assert_int_equal(jg_vm_channel_done(b.vm, w, eight, sizeof eight - 1, false, &err), JG_OK);
    run(&b);
    assert_string_equal(out_of(&b), "w [7, 8] 7.0\n");
    assert_int_equal(jg_vm_tasklets(b.vm, ts, 4), 0);
    /* Completing what no tasklet waits for is refused. */
    assert_int_equal(jg_vm_channel_done(b.vm, w, seven, sizeof seven - 1, false, &err),
                     JG_ERR_RUNTIME);
    node_stop(&a);
    node_stop(&b);
}

/* A failed migration: thaw puts the tasklet back where it waited. */
static void test_thaw(void **state)
{
    (void)state;
    node a;
    node_start(&a);
    jg_tasklet_id id;
    jg_err err;
    static const char prog[] = "import stackless\n"
                               "ch = stackless.channel()\n"
                               "def w():\n"
                               "    print('got', ch.receive())\n"
                               "stackless.tasklet(w)()\n"
                               "def feeder():\n"
                               "    ch.send(42)\n";
    assert_int_equal(jg_vm_start_program(a.vm, "thaw.py", prog, strlen(prog), &id, &err), JG_OK);
    run(&a);
    jg_tasklet_info ts[4];
    assert_int_equal(jg_vm_tasklets(a.vm, ts, 4), 1);
    uint8_t *data;
    size_t len;
    assert_int_equal(jg_vm_freeze(a.vm, ts[0].id, &data, &len, &err), JG_OK);
    free(data);
    assert_int_equal(jg_vm_thaw(a.vm, ts[0].id, &err), JG_OK);
    assert_int_equal(jg_vm_tasklets(a.vm, ts, 4), 1);
    assert_int_equal(ts[0].state, JG_TASKLET_BLOCKED);
    static const char feed[] = "import stackless\n"
                               "import __main__\n"
                               "stackless.tasklet(__main__.feeder)()\n";
    assert_int_equal(jg_vm_add_module(a.vm, "feed", "feed.py", feed, strlen(feed), NULL, &err),
                     JG_OK);
    run(&a);
    /* Freezing wrote the channel as a cluster reference: it is shared now,
     * so the waits went to the host - the worker's receive (handed over,
     * withdrawn by the freeze, handed over again by the thaw) and the
     * feeder's send.  Playing the broker, match them. */
    assert_int_equal(a.n_remote, 4);
    assert_int_equal(a.ops[0].dir, -1);
    assert_int_equal(a.ops[1].dir, 0);
    assert_int_equal(a.ops[2].dir, -1);
    assert_int_equal(a.ops[3].dir, 1);
    assert_true(a.ops[3].chan == a.ops[2].chan);
    assert_int_equal(jg_vm_channel_done(a.vm, a.ops[2].tasklet, a.ops[3].value, a.ops[3].len,
                                        false, &err),
                     JG_OK);
    assert_int_equal(jg_vm_channel_done(a.vm, a.ops[3].tasklet, NULL, 0, false, &err), JG_OK);
    run(&a);
    assert_string_equal(out_of(&a), "got 42\n");
    node_stop(&a);
}

/* Sleepers: the host hears of the deadline, and the VM never waits. */
static void test_sleep_and_timer_hook(void **state)
{
    (void)state;
    node a;
    node_start(&a);
    jg_tasklet_id id;
    jg_err err;
    static const char prog[] = "import time\n"
                               "print('before')\n"
                               "time.sleep(0.05)\n"
                               "print('after')\n";
    assert_int_equal(jg_vm_start_program(a.vm, "sleep.py", prog, strlen(prog), &id, &err), JG_OK);
    jg_run_info info = run(&a);
    assert_string_equal(out_of(&a), "before\n");
    assert_true(info.has_timer);
    assert_int_equal(info.sleeping, 1);
    assert_int_equal(a.n_timers, 1);
    assert_true(a.last_timer == info.next_timer);
    while (info.has_timer) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
        info = run(&a);
    }
    assert_string_equal(out_of(&a), "before\nafter\n");
    node_stop(&a);
}

/* A tasklet's uncaught exception ends it alone, with its traceback. */
static void test_uncaught_exception(void **state)
{
    (void)state;
    node a;
    node_start(&a);
    jg_tasklet_id id;
    jg_err err;
    static const char prog[] = "import stackless\n"
                               "def bad():\n"
                               "    raise KeyError('k')\n"
                               "def good():\n"
                               "    print('good ran')\n"
                               "stackless.tasklet(bad)()\n"
                               "stackless.tasklet(good)()\n";
    assert_int_equal(jg_vm_start_program(a.vm, "exc.py", prog, strlen(prog), &id, &err), JG_OK);
    run(&a);
    assert_string_equal(out_of(&a), "good ran\n");
    assert_non_null(a.errs.data);
    assert_non_null(strstr(a.errs.data, "KeyError: 'k'"));
    assert_non_null(strstr(a.errs.data, "line 3, in bad"));
    node_stop(&a);
}

/* Hostile bytes are refused with a reason and change nothing. */
static void test_bad_pickles(void **state)
{
    (void)state;
    node a;
    node_start(&a);
    jg_tasklet_id id;
    jg_err err;
    static const uint8_t junk[] = "JGPK\x04\x01\xc0";
    assert_int_equal(jg_vm_load_tasklet(a.vm, junk, sizeof junk - 1, &id, &err), JG_ERR_PICKLE);
    assert_non_null(strstr(err.msg, "no tasklet"));
    assert_int_equal(jg_vm_load_tasklet(a.vm, (const uint8_t *)"xx", 2, &id, &err),
                     JG_ERR_PICKLE);
    assert_int_equal(jg_vm_freeze(a.vm, 12345, NULL, NULL, &err), JG_ERR_RUNTIME);
    assert_int_equal(jg_vm_tasklets(a.vm, NULL, 0), 0);
    node_stop(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_program_runs_in_slices),
        cmocka_unit_test(test_budget),
        cmocka_unit_test(test_migrate_blocked_tasklet),
        cmocka_unit_test(test_thaw),
        cmocka_unit_test(test_sleep_and_timer_hook),
        cmocka_unit_test(test_uncaught_exception),
        cmocka_unit_test(test_bad_pickles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
