/*
 * vm/jumpgate.h - the embedding API of the jumpgate VM.
 *
 * This is the only vm/ header that code outside vm/ includes.  A jg_vm is one
 * interpreter with its own heap, modules and (later) tasklets; it is not
 * thread-safe, and two VMs share nothing.
 *
 * Every call that can fail returns a jg_status and fills the jg_err passed
 * last (when it is not NULL) with one sentence that names the problem.
 */
#ifndef JUMPGATE_H
#define JUMPGATE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define JG_VERSION_STRING "0.1.0"
/* Bumped whenever bytecode or the compiler's output changes: code identity
 * (DESIGN.md) hashes the source together with this. */
#define JG_COMPILER_VERSION 1

#if defined(__GNUC__)
#define JG_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define JG_PRINTF(fmt, args)
#endif

typedef enum {
    JG_OK = 0,
    JG_RAISED,      /* inside the VM: a Python exception is set on the running tasklet */
    JG_ERR_NOMEM,   /* an allocation failed; state is as before the call */
    JG_ERR_SYNTAX,  /* source refused; err->where and err->line point at it */
    JG_ERR_RUNTIME, /* a Python exception escaped the program */
    JG_ERR_PICKLE,  /* malformed, over a limit, or from another compiler version */
    JG_ERR_PROTO,   /* wire message malformed or unexpected in this state */
    JG_ERR_IO,
    JG_ERR_CRYPTO,
    JG_ERR_TIMEOUT,
    JG_ERR_LIMIT,
    JG_EXIT, /* the program called sys.exit(); err->exit_code holds the status */
    JG_ERR_NEED_CODE, /* a pickle names code this VM has not loaded: err->where holds
                         its hash in hex; supply it (jg_vm_add_module) and retry */
} jg_status;

typedef struct {
    jg_status code;
    int line;        /* 1-based source line; 0 when the error is not about source */
    int col;         /* 1-based column, 0 when unknown */
    int exit_code;   /* process exit status the error maps to (JG_EXIT, JG_ERR_RUNTIME) */
    char where[96];  /* file, peer or field */
    char msg[256];   /* one sentence that names the problem */
} jg_err;

/* Fills *err when 'err' is not NULL and returns 'code', so failing is one line. */
jg_status jg_fail(jg_err *err, jg_status code, const char *fmt, ...) JG_PRINTF(3, 4);
/* Puts "prefix" in front of err->msg (context added by a caller). */
void jg_err_prefix(jg_err *err, const char *fmt, ...) JG_PRINTF(2, 3);

typedef struct jg_vm jg_vm;

/* A tasklet, by the id it keeps wherever it migrates. */
typedef uint64_t jg_tasklet_id;

typedef struct {
    /* Where print() and sys.stdout.write go; NULL means the process's stdout. */
    void (*write_out)(void *ctx, const char *s, size_t len);
    /* Where tracebacks and sys.stderr go; NULL means the process's stderr. */
    void (*write_err)(void *ctx, const char *s, size_t len);
    void *io_ctx;
    /* Python-visible sys.argv; argv[0] is the program path. */
    int argc;
    char **argv;
    /* Heap budget in bytes; 0 means no limit beyond the machine's. */
    size_t max_heap;
    /* Steps (calls and loop iterations) a tasklet runs before the scheduler
     * moves it to the back of the run queue, so that none starves the others;
     * 0 means JG_DEFAULT_TASKLET_SLICE, and a negative value never preempts. */
    long tasklet_slice;
    /* The repickle check: when not 0, the running tasklet is round-tripped
     * through pickle.dumps/loads at every switch and every this many steps,
     * and goes on on the copy (JUMPGATE_REPICKLE in the CLI).  A test mode:
     * a state that fails to round-trip aborts the process with a report. */
    unsigned long repickle_steps;
    /*
     * Hosting (below).  A tasklet operates on a channel whose home is another
     * node (one loaded from a migration pickle): the VM has blocked the
     * tasklet, and the host forwards the operation - 'dir' 1 sends the
     * pickled 'value' (an exception to raise in the receiver when
     * 'is_exception'), -1 receives - then calls jg_vm_channel_done.  NULL:
     * such an operation raises RuntimeError in the tasklet.
     */
    void (*remote_channel)(void *ctx, uint64_t channel, jg_tasklet_id t, int dir,
                           const uint8_t *value, size_t len, bool is_exception);
    /* A tasklet went to sleep until 'deadline' (seconds on CLOCK_MONOTONIC):
     * the host arms a timer so that it calls jg_vm_run_slice by then. */
    void (*timer)(void *ctx, double deadline);
    void *host_ctx;
    /* Tasklet ids are this plus 1, 2, 3 ...: a cluster gives each node its own
     * range, so that ids stay unique wherever tasklets migrate. */
    uint64_t tasklet_id_base;
} jg_vm_config;

/* Steps between round trips for JUMPGATE_REPICKLE=1: every safepoint, as
 * far as the spacing by cost allows (vm/repickle.c). */
#define JG_REPICKLE_STEPS_DEFAULT 1

#define JG_DEFAULT_TASKLET_SLICE 100000

/* Creates a VM.  'cfg' may be NULL for defaults.  Returns NULL and fills 'err' on failure. */
jg_vm *jg_vm_new(const jg_vm_config *cfg, jg_err *err);
/* Frees the VM and everything it owns; *vm becomes NULL. */
void jg_vm_free(jg_vm **vm);

/*
 * Runs the program in 'path' as module __main__ until it ends.
 * JG_OK: it ran to the end.  JG_EXIT: sys.exit() was called, err->exit_code set.
 * JG_ERR_RUNTIME: an exception escaped; its traceback has been written to the
 * error stream and err->msg holds its last line.  JG_ERR_SYNTAX: refused before
 * running, the SyntaxError has been written the way CPython writes it.
 */
jg_status jg_vm_run_file(jg_vm *vm, const char *path, jg_err *err);

/* Runs source text 'src' (length 'len') as module __main__ named 'filename'. */
jg_status jg_vm_run_source(jg_vm *vm, const char *filename, const char *src, size_t len,
                           jg_err *err);

/* Compiles 'path' and writes its disassembly to 'out' (a FILE *). */
jg_status jg_vm_disassemble_file(jg_vm *vm, const char *path, void *out, jg_err *err);

/*
 * Bounds the work jg_vm_run_* may do: after 'steps' executed instructions the
 * program is stopped with JG_ERR_LIMIT.  0 means unbounded.  Used by the fuzz
 * target so a hostile program cannot hang it.
 */
void jg_vm_set_step_budget(jg_vm *vm, uint64_t steps);

/* ---------------------------------------------------------------- hosting
 *
 * A node hosts a VM: it loads code and programs, runs the scheduler in
 * slices, and moves tasklets in and out as migration pickles (vm/embed.c).
 * The host stands where a program's main tasklet would; no Python code runs
 * between its calls, and none of these may be called from inside a hook.
 */

/* Compiles module 'name' from 'src', registers its code under its hash (in
 * 'hash', 32 bytes, when not NULL) and runs its body as an import would, so
 * that pickles naming the hash load here.  A module named "__main__" runs
 * under the name "__mp_main__" (as Python's multiprocessing does), so that
 * a program's `if __name__ == "__main__":` part runs only where it started.
 * Source already loaded (same hash) is not run again.  JG_ERR_SYNTAX,
 * JG_ERR_RUNTIME (the body raised: its traceback is on the error stream). */
jg_status jg_vm_add_module(jg_vm *vm, const char *name, const char *filename, const char *src,
                           size_t len, uint8_t hash[32], jg_err *err);

/* Starts program 'src' as module __main__ in a new tasklet *id, runnable:
 * its body runs when the scheduler runs it. */
jg_status jg_vm_start_program(jg_vm *vm, const char *filename, const char *src, size_t len,
                              jg_tasklet_id *id, jg_err *err);

typedef struct {
    bool budget_spent;  /* stopped by the budget (else: nothing was runnable) */
    uint64_t steps;     /* steps run */
    uint32_t runnable;  /* tasklets runnable now */
    uint32_t sleeping;
    bool has_timer;     /* some tasklet sleeps: the earliest wakes at next_timer */
    double next_timer;  /* seconds on CLOCK_MONOTONIC */
} jg_run_info;

/*
 * Runs the runnable tasklets, waking the sleepers whose time has come, until
 * none is runnable or about 'steps' steps have run (0: no budget).  A
 * tasklet's uncaught exception is written with its traceback to the error
 * stream and ends that tasklet only.  The VM never waits: with nothing
 * runnable it returns, and the host sleeps until info->next_timer, a
 * channel completion or new work.
 */
jg_status jg_vm_run_slice(jg_vm *vm, uint64_t steps, jg_run_info *info, jg_err *err);

typedef enum {
    JG_TASKLET_RUNNABLE,
    JG_TASKLET_BLOCKED,   /* on a channel */
    JG_TASKLET_SLEEPING,
    JG_TASKLET_PAUSED,    /* removed, or never inserted */
    JG_TASKLET_FROZEN,    /* by jg_vm_freeze */
} jg_tasklet_state;

typedef struct {
    jg_tasklet_id id;
    jg_tasklet_state state;
    uint64_t channel;     /* blocked: the channel's cluster id, 0 for a local channel */
} jg_tasklet_info;

/* The live tasklets (the host's own left out): fills up to 'cap' of 'out'
 * and returns how many there are. */
size_t jg_vm_tasklets(jg_vm *vm, jg_tasklet_info *out, size_t cap);

/* Freezes tasklet 'id' where it stands - out of the run queue, its channel's
 * queue or the timers - and pickles it in migration mode (channels as
 * cluster-wide references) into *data (malloc'd: the caller frees it).  It
 * stays in the VM, frozen, until jg_vm_drop or jg_vm_thaw. */
jg_status jg_vm_freeze(jg_vm *vm, jg_tasklet_id id, uint8_t **data, size_t *len, jg_err *err);
/* Puts frozen tasklet 'id' back where it was (a migration that failed). */
jg_status jg_vm_thaw(jg_vm *vm, jg_tasklet_id id, jg_err *err);
/* Forgets frozen tasklet 'id' (it lives on elsewhere). */
jg_status jg_vm_drop(jg_vm *vm, jg_tasklet_id id, jg_err *err);
/* Loads a tasklet jg_vm_freeze pickled (on any node) and resumes it as it
 * was: runnable, blocked on its channel or sleeping the time it had left; it
 * keeps its id.  JG_ERR_PICKLE for bytes that are not such a pickle,
 * JG_ERR_NEED_CODE when it names code not loaded here. */
jg_status jg_vm_load_tasklet(jg_vm *vm, const uint8_t *data, size_t len, jg_tasklet_id *id,
                             jg_err *err);
/* Completes the remote channel operation tasklet 't' is blocked in (see
 * jg_vm_config.remote_channel): a receive gets the pickled 'value' (raised
 * in it when 'is_exception'), a send returns.  The tasklet becomes runnable. */
jg_status jg_vm_channel_done(jg_vm *vm, jg_tasklet_id t, const uint8_t *value, size_t len,
                             bool is_exception, jg_err *err);

/* What the VM's heap holds, for tests and monitoring.  Byte counts cover
 * objects (at their allocation size class) and the buffers they own. */
typedef struct {
    size_t heap_bytes;      /* now: live objects plus garbage not yet collected */
    size_t live_bytes;      /* what survived the last collection */
    size_t mapped_bytes;    /* object memory held from the system, free pages included */
    size_t next_collection; /* heap_bytes past which the next collection runs */
    size_t n_collections;   /* collections so far */
    size_t n_repickles;     /* round trips of the repickle check so far */
    size_t pooled_chunk_bytes; /* freed frame-stack chunks kept for the next tasklets */
} jg_heap_stats;

/* Fills *out with the heap's current figures.  Cheap; may be called from a
 * write_out callback while a program runs (print(..., flush=True) reaches
 * it synchronously), which is how tests watch the heap mid-run. */
void jg_vm_stats(const jg_vm *vm, jg_heap_stats *out);

#endif
