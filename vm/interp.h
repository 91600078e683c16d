/*
 * vm/interp.h - frames, generators and the dispatcher's entry points.
 *
 * A frame is a call record on its thread's chunked frame stack (vm.h
 * jg_chunk), or inside the generator that owns it.  Frames never move, and
 * every live value of a suspended computation is in some frame's slots, so a
 * tasklet's whole state is its chain of frames: what the pickler writes.
 */
#ifndef JG_INTERP_H
#define JG_INTERP_H

#include "vm.h"

/* What the interpreter does with a frame's return value when it pops it. */
typedef enum {
    JG_FIN_PUSH,        /* push it on the caller's stack (calls, dunder helpers) */
    JG_FIN_DISCARD,     /* drop it (__setitem__, __setattr__, __delitem__ ...) */
    JG_FIN_TRUTH_JUMP,  /* it is a bool: apply the caller's conditional jump at ip-1 */
    JG_FIN_NOT,         /* push `not result` */
    JG_FIN_CONSTRUCT,   /* __init__ returned: check None, push frame->extra (the instance) */
    JG_FIN_CLASS_BODY,  /* class body ended: build the class, push it */
    JG_FIN_IMPORT,      /* module body ended: push the module (frame->extra) */
    JG_FIN_FOR_ITER,    /* a user __next__ via _for_next: sentinel ends the loop */
    JG_FIN_GEN_NEXT,    /* generator resumed by next()/send()/throw(): a return
                           raises StopIteration in the caller */
    JG_FIN_GEN_FOR,     /* generator resumed by FOR_ITER: a return ends the loop */
    JG_FIN_GEN_SEND,    /* generator resumed by SEND (yield from): a return pushes
                           the value and jumps to SEND's target */
    JG_FIN_INLINE,      /* decided by the caller's instruction at ip-1 (LOAD_METHOD
                           pushes (attr UNDEF), BEFORE_WITH unpacks (exit, value),
                           RAISE_VARARGS raises the value) */
    JG_FIN_ENTRY,       /* return to the C caller of jg_interp_run */
    JG_FIN_TASKLET,     /* a tasklet's bottom frame: its end ends the tasklet (tasklet.h) */
} jg_finish;

struct jg_frame {
    jg_frame *back;
    jg_code *code;
    jg_func *func;
    const uint32_t *ip; /* next instruction, saved while not running */
    jg_value *sp;       /* value-stack top, saved while not running */
    jg_dict *locals;    /* namespace of a module or class body, else NULL */
    jg_dict *globals;
    struct jg_gen *gen; /* generator owning this frame, or NULL */
    jg_value extra;     /* per-finish data: the instance, class (name, bases), module */
    uint32_t size;      /* bytes of this frame, for the chunk allocator */
    uint8_t finish;     /* jg_finish */
    uint8_t is_chunked; /* allocated from the thread's chunk (vs. a generator) */
    jg_value slots[];   /* jg_code_n_slots(code) + stacksize + JG_FRAME_SLACK */
};

/* Extra value-stack room beyond stacksize: CALL on a bound method inserts self. */
#define JG_FRAME_SLACK 2

typedef enum {
    JG_GEN_CREATED,
    JG_GEN_SUSPENDED,
    JG_GEN_RUNNING,
    JG_GEN_CLOSED,
} jg_gen_state;

typedef struct jg_gen {
    jg_obj hdr;
    jg_frame *frame; /* malloc'd, owned; NULL once closed */
    jg_str *name;
    jg_str *qualname;
    uint8_t state;
} jg_gen;

static inline jg_value *jg_frame_stack_base(jg_frame *f)
{
    return f->slots + jg_code_n_slots(f->code);
}

/* Marks every frame of every thread (gc.c calls it). */
JG_INTERNAL void jg_interp_mark_roots(jg_vm *vm);
/* Marks the frames of thread 'th'. */
JG_INTERNAL void jg_interp_mark_thread(jg_vm *vm, jg_thread *th);
/* Pushes a frame calling Python function 'callable' with 'args' on thread
 * 'th' (not run now), to finish 'finish'.  JG_RAISED on a bad call. */
JG_INTERNAL jg_status jg_interp_push_call(jg_vm *vm, jg_thread *th, jg_value callable,
                                          jg_value *args, int nargs, uint8_t finish);

/*
 * Calls 'callable' with 'args' from C and runs until it returns: the entry
 * point for running a module.  The only place C enters the dispatcher; it
 * is never called from inside the dispatcher (no C recursion).
 */
JG_INTERNAL jg_status jg_interp_call(jg_vm *vm, jg_value callable, jg_value *args, int nargs,
                                     jg_value *out);
/* Runs module code 'code' with 'globals' as its namespace. */
JG_INTERNAL jg_status jg_interp_run_module(jg_vm *vm, jg_code *code, jg_dict *globals);

JG_INTERNAL jg_func *jg_func_new(jg_vm *vm, jg_code *code, jg_dict *globals);
JG_INTERNAL jg_status jg_gen_init_types(jg_vm *vm);
/* Gives back a thread's chunks (to the VM's chunk pool or the system). */
JG_INTERNAL void jg_interp_free_thread(jg_vm *vm, jg_thread *th);
/* Gives a thread that has no frames yet a first chunk of about 'bytes' (a
 * power of two up to JG_CHUNK_SIZE), when that is more than a first chunk
 * holds: for frames about to be loaded, so they need one chunk, not one per
 * doubling.  Nothing happens when out of memory. */
JG_INTERNAL void jg_interp_reserve_stack(jg_vm *vm, jg_thread *th, size_t bytes);
/* At each collection, before the sweep: the chunk pool may keep, until the
 * next, what threads took since the last, and gives back the rest. */
JG_INTERNAL void jg_interp_chunk_pool_cycle(jg_vm *vm);
/* Gives every pooled chunk back to the system (the VM is going away). */
JG_INTERNAL void jg_interp_chunk_pool_free(jg_vm *vm);
/* Bytes of a frame running 'code' (header, slots, value stack). */
JG_INTERNAL size_t jg_interp_frame_bytes(const jg_code *code);
/* A zeroed frame for 'code' on top of thread 'th''s chunk stack (not linked
 * into its chain): for the unpickler, which pushes a thread's frames bottom
 * first.  NULL when out of memory. */
JG_INTERNAL jg_frame *jg_interp_alloc_frame(jg_vm *vm, jg_thread *th, jg_code *code);

#endif
