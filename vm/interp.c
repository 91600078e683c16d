/*
 * vm/interp.c - the frame dispatcher: the only place opcodes execute.
 *
 * One loop runs every Python frame of a thread.  A Python call pushes a frame
 * and continues the loop; a return pops it and continues in the caller.  When
 * the runtime must run Python code on the program's behalf (a dunder method, a
 * property getter, a `key=` function, a class body, an imported module), it
 * pushes a frame whose 'finish' says how to complete the interrupted
 * operation when that frame returns (Lua's luaV_finishOp idea).  Natives never
 * call Python code: they tail-call it (JG_TAILCALL) or report JG_NEEDS_PY, and
 * the operation continues in a Python function of the prelude.  So the C stack
 * depth is the same at any Python call depth, and a thread's whole state is
 * its chain of frames.
 *
 * Safepoints: the collector runs only where vm->gc_pending is checked - at
 * function entry and backward jumps - when every live value is in a frame.
 *
 * Invariant: while the loop runs, 'f', 'ip' and 'sp' are the truth for the
 * current frame; before anything that can look at frames (a call out, a
 * collection, raising), SAVE() writes them back to the frame.
 */
#include "interp.h"

#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "class.h"
#include "exc.h"
#include "func.h"
#include "heap.h"
#include "instance.h"
#include "iter.h"
#include "module.h"
#include "object_impl.h"
#include "opcodes.h"
#include "repickle.h"
#include "str.h"
#include "tasklet.h"
#include "strformat.h"

/* ---------------------------------------------------------------- frame stack */

/*
 * The chunk pool.  Chunks of the sizes threads take (JG_FIRST_CHUNK_SIZE and
 * its doublings) go back to the VM when freed and come out again for the next
 * thread that needs one, instead of through malloc and free: a loaded
 * tasklet's chunk, and the chunks of tasklets that finish or are collected,
 * turn over at the rate tasklets do, and glibc serves and takes back a 4 KiB
 * block through its unsorted and large bins, whose cold headers cost more
 * than the frames written into it.  (Measured on the tasklet pickle round
 * trip, pool against malloc on alternate pairs of collection cycles of one
 * process: 3.5-4% less time.)  The pool keeps at most what threads took
 * between the last two collections, and never more than JG_CHUNK_POOL_MAX,
 * so a burst of tasklets does not pin its memory once it is over.
 */
_Static_assert(JG_FIRST_CHUNK_SIZE << (JG_CHUNK_CLASSES - 1) == JG_CHUNK_SIZE,
               "one pool class per chunk size from JG_FIRST_CHUNK_SIZE to JG_CHUNK_SIZE");

static int pool_class(size_t cap)
{
    if (cap < JG_FIRST_CHUNK_SIZE || cap > JG_CHUNK_SIZE || (cap & (cap - 1)))
        return -1;
    return __builtin_ctzl(cap / JG_FIRST_CHUNK_SIZE);
}

/* A new empty chunk of 'cap' bytes, made the top of 'th''s chunk stack;
 * NULL when out of memory. */
static jg_chunk *chunk_push(jg_vm *vm, jg_thread *th, size_t cap)
{
    int k = pool_class(cap);
    jg_chunk *c;
    if (k >= 0 && (c = vm->chunk_pool[k]) != NULL) {
        vm->chunk_pool[k] = c->prev;
        vm->chunk_pool_bytes -= cap;
        JG_HEAP_UNPOISON(c->data, cap);
    } else if (!(c = malloc(sizeof(jg_chunk) + cap))) {
        return NULL;
    }
    if (k >= 0)
        vm->chunk_taken += cap;
    c->prev = th->chunk;
    c->cap = cap;
    c->used = 0;
    th->chunk = c;
    return c;
}

/* Gives back chunk 'c' (not on any thread's stack any more; NULL: none). */
static void chunk_free(jg_vm *vm, jg_chunk *c)
{
    if (!c)
        return;
    int k = pool_class(c->cap);
    if (k < 0 || vm->chunk_pool_bytes + c->cap > vm->chunk_pool_limit) {
        free(c);
        return;
    }
    JG_HEAP_POISON(c->data, c->cap);
    c->prev = vm->chunk_pool[k];
    vm->chunk_pool[k] = c;
    vm->chunk_pool_bytes += c->cap;
}

void jg_interp_chunk_pool_cycle(jg_vm *vm)
{
    vm->chunk_pool_limit =
        vm->chunk_taken < JG_CHUNK_POOL_MAX ? vm->chunk_taken : JG_CHUNK_POOL_MAX;
    vm->chunk_taken = 0;
    for (int k = JG_CHUNK_CLASSES - 1; k >= 0; k--) {
        while (vm->chunk_pool[k] && vm->chunk_pool_bytes > vm->chunk_pool_limit) {
            jg_chunk *c = vm->chunk_pool[k];
            vm->chunk_pool[k] = c->prev;
            vm->chunk_pool_bytes -= c->cap;
            JG_HEAP_UNPOISON(c->data, c->cap);
            free(c);
        }
    }
}

void jg_interp_chunk_pool_free(jg_vm *vm)
{
    vm->chunk_taken = 0;
    jg_interp_chunk_pool_cycle(vm);
}

/* chunk_alloc when the current chunk is full: the spare chunk or a new one. */
static __attribute__((noinline)) jg_frame *chunk_alloc_slow(jg_vm *vm, jg_thread *th,
                                                            size_t size)
{
    jg_chunk *c = th->chunk;
    /* A tasklet's first chunk is small: most stay shallow, and an idle
     * tasklet should cost little.  Each further chunk doubles the last, up to
     * JG_CHUNK_SIZE, so a tasklet a few calls deep (one just loaded from a
     * pickle, say) does not pay for a full chunk.  The main thread starts
     * with a full one. */
    size_t want = th == &vm->main_thread ? JG_CHUNK_SIZE
                  : c                    ? (c->cap < JG_CHUNK_SIZE / 2 ? 2 * c->cap : JG_CHUNK_SIZE)
                                         : JG_FIRST_CHUNK_SIZE;
    size_t cap = size > want ? size : want;
    jg_chunk *n;
    if (th->spare && th->spare->cap >= size) {
        n = th->spare;
        th->spare = NULL;
        n->prev = c;
        th->chunk = n;
    } else if (!(n = chunk_push(vm, th, cap))) {
        return NULL;
    }
    n->used = size;
    jg_frame *f = (jg_frame *)n->data;
    f->size = (uint32_t)size;
    f->is_chunked = 1;
    return f;
}

/* A frame of 'size' bytes on the thread's stack: a bump of the current chunk,
 * or chunk_alloc_slow when it is full.  NULL when out of memory. */
static inline jg_frame *chunk_alloc(jg_vm *vm, jg_thread *th, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    jg_chunk *c = th->chunk;
    if (__builtin_expect(!c || c->used + size > c->cap, 0))
        return chunk_alloc_slow(vm, th, size);
    jg_frame *f = (jg_frame *)(c->data + c->used);
    c->used += size;
    f->size = (uint32_t)size;
    f->is_chunked = 1;
    return f;
}

static inline void chunk_pop(jg_vm *vm, jg_thread *th, jg_frame *f)
{
    jg_chunk *c = th->chunk;
    c->used -= f->size;
    if (c->used == 0 && c->prev) {
        /* Keep the emptied chunk as the spare, so recursion that oscillates
         * across a chunk boundary does not malloc and free on every call. */
        th->chunk = c->prev;
        chunk_free(vm, th->spare);
        th->spare = c;
    }
}

/* Prelude frames do not count towards the recursion limit: they stand for
 * work CPython does in C, and the limit is about the program's own depth. */
#define JG_COUNTS_DEPTH(code) (!((code)->flags & JG_CO_HIDDEN))

static size_t frame_bytes(const jg_code *code)
{
    return sizeof(jg_frame) +
           (jg_code_n_slots(code) + code->stacksize + JG_FRAME_SLACK) * sizeof(jg_value);
}

size_t jg_interp_frame_bytes(const jg_code *code)
{
    return frame_bytes(code);
}

jg_frame *jg_interp_alloc_frame(jg_vm *vm, jg_thread *th, jg_code *code)
{
    jg_frame *f = chunk_alloc(vm, th, frame_bytes(code));
    if (f) {
        size_t size = f->size;
        memset(f, 0, sizeof *f);
        f->size = (uint32_t)size;
        f->is_chunked = 1;
        f->code = code;
        f->sp = f->slots;
        /* The unpickler pushes a chain's frames one after another, and the
         * next is about this size: its lines come in while this one fills
         * (vm/heap.h, allocation prefetch). */
        jg_prefetch_for_write((const char *)f + size, size);
    }
    return f;
}

void jg_interp_reserve_stack(jg_vm *vm, jg_thread *th, size_t bytes)
{
    if (th->chunk || bytes <= JG_FIRST_CHUNK_SIZE)
        return;
    size_t cap = JG_FIRST_CHUNK_SIZE;
    while (cap < bytes && cap < JG_CHUNK_SIZE)
        cap <<= 1;
    jg_chunk *c = chunk_push(vm, th, cap);
    if (c) /* (out of memory: the frames take chunks as they come) */
        jg_prefetch_for_write(c->data, 256); /* about the first frame */
}

void jg_interp_free_thread(jg_vm *vm, jg_thread *th)
{
    chunk_free(vm, th->spare);
    th->spare = NULL;
    jg_chunk *c = th->chunk;
    while (c) {
        jg_chunk *p = c->prev;
        chunk_free(vm, c);
        c = p;
    }
    th->chunk = NULL;
    th->frame = NULL;
}

static void mark_frame(jg_vm *vm, jg_frame *f)
{
    jg_gc_mark_obj(vm, f->code);
    jg_gc_mark_obj(vm, f->func);
    jg_gc_mark_obj(vm, f->locals);
    jg_gc_mark_obj(vm, f->globals);
    jg_gc_mark_obj(vm, f->gen);
    jg_gc_mark_value(vm, f->extra);
    jg_value *end = f->sp ? f->sp : jg_frame_stack_base(f);
    jg_gc_mark_values(vm, f->slots, (size_t)(end - f->slots));
}

void jg_interp_mark_thread(jg_vm *vm, jg_thread *th)
{
    if (th == vm->mark_skip)
        return; /* the repickle's marking of what else reaches objects */
    for (jg_frame *f = th->frame; f; f = f->back)
        mark_frame(vm, f);
    jg_gc_mark_value(vm, th->handled);
}

void jg_interp_mark_roots(jg_vm *vm)
{
    jg_interp_mark_thread(vm, &vm->main_thread);
    if (vm->cur != &vm->main_thread)
        jg_interp_mark_thread(vm, vm->cur); /* a tasklet's */
    jg_sched_mark(vm);
}

/* ---------------------------------------------------------------- generators */

static void gen_trace(jg_vm *vm, jg_obj *o)
{
    jg_gen *g = (jg_gen *)o;
    jg_gc_mark_obj(vm, g->name);
    jg_gc_mark_obj(vm, g->qualname);
    /* A running generator's frame is marked with its thread - except while
     * the repickle check marks what else reaches a tasklet's objects: a
     * generator reached that way keeps what its frame holds too. */
    if (g->frame && (g->state != JG_GEN_RUNNING || vm->mark_skip))
        mark_frame(vm, g->frame);
}

static void gen_finalize(jg_vm *vm, jg_obj *o)
{
    jg_gen *g = (jg_gen *)o;
    if (g->frame)
        jg_mem_free(vm, g->frame, g->frame->size);
    g->frame = NULL;
}

static jg_status gen_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    char buf[256];
    jg_gen *g = JG_AS(jg_gen, self);
    snprintf(buf, sizeof buf, "<generator object %s at %p>", g->qualname->data, (void *)g);
    *out = jg_str_from_cstr(vm, buf);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static const jg_type_hooks gen_hooks = {
    .trace = gen_trace, .finalize = gen_finalize, .repr = gen_repr};

static jg_status gen_resume_request(jg_vm *vm, jg_value gen, jg_value v, jg_tail_mode mode)
{
    vm->tail.callable = gen;
    vm->tail.args[0] = v;
    vm->tail.nargs = 1;
    vm->tail.kwnames = NULL;
    vm->tail.mode = mode;
    return JG_TAILCALL;
}

static jg_status gen_next_native(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    return gen_resume_request(vm, a[0], JG_NONE, JG_TAIL_GEN_SEND);
}

static jg_status gen_send_native(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "send", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_gen *g = JG_AS(jg_gen, a[0]);
    if (g->state == JG_GEN_CREATED && a[1] != JG_NONE)
        return jg_raise(vm, vm->t.TypeError,
                        "can't send non-None value to a just-started generator");
    return gen_resume_request(vm, a[0], a[1], JG_TAIL_GEN_SEND);
}

static jg_status gen_throw_native(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "throw", n - 1, kw, 1, 3);
    if (st != JG_OK)
        return st;
    jg_value exc = a[1];
    if (n >= 3 && a[2] != JG_NONE)
        exc = a[2];
    if (jg_typeof(vm, exc) == vm->t.type) {
        jg_type *t = (jg_type *)jg_as_obj(exc);
        if (!jg_type_is_subtype(t, vm->t.BaseException))
            return jg_raise(vm, vm->t.TypeError,
                            "exceptions must be classes or instances deriving from "
                            "BaseException, not type");
        if (t->flags & JG_TF_USER && t->py_slots & JG_PS_INIT)
            return jg_tailcall_prelude(vm, "_gen_throw_class", a, 2, NULL);
        jg_tuple *args = NULL;
        if (n >= 3 && a[2] != JG_NONE && !jg_isinstance(vm, a[2], vm->t.BaseException)) {
            args = jg_tuple_from(vm, &a[2], 1);
            if (!args)
                return jg_raise_nomem(vm);
        }
        if ((st = jg_exc_new(vm, t, args, &exc)) != JG_OK)
            return st;
    } else if (!jg_isinstance(vm, exc, vm->t.BaseException)) {
        return jg_raise(vm, vm->t.TypeError,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        jg_type_name(vm, exc));
    }
    return gen_resume_request(vm, a[0], exc, JG_TAIL_GEN_THROW);
}

static jg_status gen_close_native(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_gen *g = JG_AS(jg_gen, a[0]);
    if (g->state == JG_GEN_CREATED || g->state == JG_GEN_CLOSED) {
        g->state = JG_GEN_CLOSED;
        *out = JG_NONE;
        return JG_OK;
    }
    return jg_tailcall_prelude(vm, "_gen_close", a, 1, NULL);
}

static jg_status gen_iter_native(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = a[0];
    return JG_OK;
}

static jg_status gen_name(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = jg_obj_value(JG_AS(jg_gen, a[0])->name);
    return JG_OK;
}

static jg_status gen_qualname(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = jg_obj_value(JG_AS(jg_gen, a[0])->qualname);
    return JG_OK;
}

jg_status jg_gen_init_types(jg_vm *vm)
{
    jg_type *t = vm->t.generator;
    t->hooks = &gen_hooks;
    jg_status st;
    if ((st = jg_type_add_method(vm, t, "__next__", gen_next_native, 0)) ||
        (st = jg_type_add_method(vm, t, "send", gen_send_native, 0)) ||
        (st = jg_type_add_method(vm, t, "throw", gen_throw_native, 0)) ||
        (st = jg_type_add_method(vm, t, "close", gen_close_native, 0)) ||
        (st = jg_type_add_method(vm, t, "__iter__", gen_iter_native, 0)) ||
        (st = jg_type_add_getter(vm, t, "__name__", gen_name)) ||
        (st = jg_type_add_getter(vm, t, "__qualname__", gen_qualname)))
        return st;
    return JG_OK;
}

/* ---------------------------------------------------------------- argument binding */

static jg_status arg_count_error(jg_vm *vm, jg_func *fn, int npos, int nkw_only_given)
{
    jg_code *c = fn->code;
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    int maxpos = (int)c->n_args, minpos = maxpos - ndef;
    char takes[96];
    if (minpos < maxpos)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", minpos, maxpos);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", maxpos, maxpos == 1 ? "" : "s");
    if (nkw_only_given)
        return jg_raise(vm, vm->t.TypeError,
                        "%s() takes %s but %d positional argument%s (and %d keyword-only "
                        "argument%s) were given",
                        fn->qualname->data, takes, npos, npos == 1 ? "" : "s", nkw_only_given,
                        nkw_only_given == 1 ? "" : "s");
    return jg_raise(vm, vm->t.TypeError, "%s() takes %s but %d %s given", fn->qualname->data,
                    takes, npos, npos == 1 ? "was" : "were");
}

static jg_status missing_error(jg_vm *vm, jg_func *fn, jg_value *slots, uint32_t from,
                               uint32_t to, const char *kind)
{
    jg_code *c = fn->code;
    char names[512];
    size_t len = 0;
    int n = 0, total = 0;
    for (uint32_t i = from; i < to; i++)
        if (slots[i] == JG_UNDEF)
            total++;
    names[0] = 0;
    for (uint32_t i = from; i < to; i++) {
        if (slots[i] != JG_UNDEF)
            continue;
        n++;
        const char *sep = n == 1 ? "" : (n == total ? (total == 2 ? " and " : ", and ") : ", ");
        len += (size_t)snprintf(names + len, len < sizeof names ? sizeof names - len : 0,
                                "%s'%s'", sep, c->slot_names[i]->data);
        if (len >= sizeof names)
            len = sizeof names - 1;
    }
    return jg_raise(vm, vm->t.TypeError, "%s() missing %d required %s argument%s: %s",
                    fn->qualname->data, total, kind, total == 1 ? "" : "s", names);
}

/* Fills slots[0 .. n_params) of a new frame for 'fn' from a call's arguments. */
static jg_status bind_args(jg_vm *vm, jg_func *fn, jg_value *slots, jg_value *args, int nargs,
                           jg_tuple *kwnames)
{
    jg_code *c = fn->code;
    int nkw = kwnames ? (int)kwnames->len : 0;
    int npos = nargs - nkw;
    uint32_t n_args = c->n_args, n_kwonly = c->n_kwonly;
    uint32_t varargs_slot = n_args + n_kwonly;
    uint32_t varkw_slot = varargs_slot + ((c->flags & JG_CO_VARARGS) ? 1 : 0);
    jg_dict *kwdict = NULL;

    int ncopy = npos < (int)n_args ? npos : (int)n_args;
    for (int i = 0; i < ncopy; i++)
        slots[i] = args[i];
    if (npos > (int)n_args) {
        if (!(c->flags & JG_CO_VARARGS)) {
            int kwonly_given = 0;
            for (int k = 0; k < nkw; k++) {
                jg_str *name = JG_AS(jg_str, kwnames->items[k]);
                for (uint32_t i = n_args; i < n_args + n_kwonly; i++)
                    if (jg_str_eq(c->slot_names[i], name))
                        kwonly_given++;
            }
            return arg_count_error(vm, fn, npos, kwonly_given);
        }
        jg_tuple *extra = jg_tuple_from(vm, args + n_args, (size_t)(npos - (int)n_args));
        if (!extra)
            return jg_raise_nomem(vm);
        slots[varargs_slot] = jg_obj_value(extra);
    } else if (c->flags & JG_CO_VARARGS) {
        slots[varargs_slot] = vm->empty_tuple;
    }
    if (c->flags & JG_CO_VARKW) {
        kwdict = jg_dict_new(vm);
        if (!kwdict)
            return jg_raise_nomem(vm);
        slots[varkw_slot] = jg_obj_value(kwdict);
    }
    for (int k = 0; k < nkw; k++) {
        jg_str *name = JG_AS(jg_str, kwnames->items[k]);
        jg_value v = args[npos + k];
        uint32_t i;
        bool found = false;
        for (i = c->n_posonly; i < n_args + n_kwonly; i++) {
            if (c->slot_names[i] == name || jg_str_eq(c->slot_names[i], name)) {
                found = true;
                break;
            }
        }
        if (!found) {
            if (kwdict) {
                jg_status st = jg_dict_set(vm, kwdict, jg_obj_value(name), v);
                if (st != JG_OK)
                    return st;
                continue;
            }
            for (uint32_t j = 0; j < c->n_posonly; j++)
                if (jg_str_eq(c->slot_names[j], name))
                    return jg_raise(vm, vm->t.TypeError,
                                    "%s() got some positional-only arguments passed as keyword "
                                    "arguments: '%s'",
                                    fn->qualname->data, name->data);
            return jg_raise(vm, vm->t.TypeError, "%s() got an unexpected keyword argument '%s'",
                            fn->qualname->data, name->data);
        }
        if (slots[i] != JG_UNDEF)
            return jg_raise(vm, vm->t.TypeError, "%s() got multiple values for argument '%s'",
                            fn->qualname->data, name->data);
        slots[i] = v;
    }
    if (npos < (int)n_args) {
        int ndef = fn->defaults ? (int)fn->defaults->len : 0;
        uint32_t first_default = n_args - (uint32_t)ndef;
        for (uint32_t i = (uint32_t)npos; i < n_args; i++)
            if (slots[i] == JG_UNDEF && i >= first_default)
                slots[i] = fn->defaults->items[i - first_default];
        for (uint32_t i = (uint32_t)npos; i < n_args; i++)
            if (slots[i] == JG_UNDEF)
                return missing_error(vm, fn, slots, (uint32_t)npos, n_args, "positional");
    }
    for (uint32_t i = n_args; i < n_args + n_kwonly; i++) {
        if (slots[i] != JG_UNDEF)
            continue;
        jg_value d = fn->kwdefaults ? jg_dict_get_str(fn->kwdefaults, c->slot_names[i]) : JG_UNDEF;
        if (d != JG_UNDEF)
            slots[i] = d;
    }
    for (uint32_t i = n_args; i < n_args + n_kwonly; i++)
        if (slots[i] == JG_UNDEF)
            return missing_error(vm, fn, slots, n_args, n_args + n_kwonly, "keyword-only");
    return JG_OK;
}

/* Sets up a frame's cells and free variables after its arguments are bound. */
static jg_status init_cells(jg_vm *vm, jg_func *fn, jg_frame *f)
{
    jg_code *c = fn->code;
    for (uint32_t i = 0; i < c->n_cells; i++) {
        int32_t from = c->cell_from_arg ? c->cell_from_arg[i] : -1;
        jg_cell *cell = jg_cell_new(vm, from >= 0 ? f->slots[from] : JG_UNDEF);
        if (!cell)
            return jg_raise_nomem(vm);
        f->slots[c->n_locals + i] = jg_obj_value(cell);
    }
    for (uint32_t i = 0; i < c->n_frees; i++)
        f->slots[c->n_locals + c->n_cells + i] =
            fn->closure && i < fn->closure->len ? fn->closure->items[i] : JG_UNDEF;
    return JG_OK;
}

/* Prepares a frame for 'fn' in 'f' (memory already there). */
static jg_status setup_frame(jg_vm *vm, jg_func *fn, jg_frame *f, jg_value *args, int nargs,
                             jg_tuple *kwnames)
{
    jg_code *c = fn->code;
    f->code = c;
    f->func = fn;
    f->globals = fn->globals;
    /* A module body called as a function (the main program, a tasklet
     * running a program) names its globals through the locals dict; so does
     * a class body, until __build_class__ gives it its namespace (a class
     * body function called any other way - from a pickle - stays sound). */
    f->locals = c->flags & (JG_CO_MODULE | JG_CO_CLASS) ? fn->globals : NULL;
    f->gen = NULL;
    f->extra = JG_NONE;
    f->finish = JG_FIN_PUSH;
    f->back = NULL;
    uint32_t n_slots = jg_code_n_slots(c);
    f->ip = c->code;
    f->sp = f->slots + n_slots;
    if (!kwnames && nargs == (int)c->n_args &&
        !(c->flags & (JG_CO_VARARGS | JG_CO_VARKW)) && c->n_kwonly == 0) {
        if (nargs)
            memcpy(f->slots, args, (size_t)nargs * sizeof(jg_value));
        for (uint32_t i = (uint32_t)nargs; i < n_slots; i++)
            f->slots[i] = JG_UNDEF;
    } else {
        for (uint32_t i = 0; i < n_slots; i++)
            f->slots[i] = JG_UNDEF;
        jg_status st = bind_args(vm, fn, f->slots, args, nargs, kwnames);
        if (st != JG_OK)
            return st;
    }
    if (c->n_cells | c->n_frees)
        return init_cells(vm, fn, f);
    return JG_OK;
}

/* ---------------------------------------------------------------- calls */

typedef enum {
    CALL_DONE,   /* *out holds the result */
    CALL_PUSHED, /* a frame was pushed; its finish delivers the result */
    CALL_ERROR,  /* vm->exc is set */
} call_result;

static jg_status recursion_error(jg_vm *vm)
{
    return jg_raise(vm, vm->t.RecursionError, "maximum recursion depth exceeded");
}

/* Pushes a frame running 'fn' (or makes its generator). */
static call_result call_function(jg_vm *vm, jg_thread *th, jg_func *fn, jg_value *args, int nargs,
                                 jg_tuple *kwnames, uint8_t finish, jg_value extra,
                                 jg_value *out)
{
    jg_code *c = fn->code;
    if (c->flags & JG_CO_GENERATOR) {
        jg_gen *g = jg_gc_alloc(vm, vm->t.generator, sizeof(jg_gen));
        size_t size = frame_bytes(c);
        jg_frame *f = g ? jg_mem_alloc(vm, size) : NULL;
        if (!f) {
            jg_raise_nomem(vm);
            return CALL_ERROR;
        }
        f->size = (uint32_t)size;
        f->is_chunked = 0;
        g->frame = f;
        g->name = fn->name;
        g->qualname = fn->qualname;
        g->state = JG_GEN_CREATED;
        if (setup_frame(vm, fn, f, args, nargs, kwnames) != JG_OK) {
            f->sp = f->slots; /* nothing to trace */
            return CALL_ERROR;
        }
        f->gen = g;
        *out = jg_obj_value(g);
        if (finish == JG_FIN_CONSTRUCT)
            *out = extra;
        return CALL_DONE;
    }
    if (th->depth >= vm->recursion_limit) {
        recursion_error(vm);
        return CALL_ERROR;
    }
    jg_frame *f = chunk_alloc(vm, th, frame_bytes(c));
    if (!f) {
        jg_raise_nomem(vm);
        return CALL_ERROR;
    }
    if (setup_frame(vm, fn, f, args, nargs, kwnames) != JG_OK) {
        chunk_pop(vm, th, f);
        return CALL_ERROR;
    }
    f->finish = finish;
    f->extra = extra;
    f->back = th->frame;
    th->frame = f;
    th->depth += JG_COUNTS_DEPTH(c);
    return CALL_PUSHED;
}

/* Resumes generator 'g' on thread 'th': sends 'v', or raises it when
 * 'throw'.  The frame is linked above the current one. */
static call_result resume_gen(jg_vm *vm, jg_thread *th, jg_gen *g, jg_value v, bool throw,
                              uint8_t finish, jg_value *out)
{
    if (g->state == JG_GEN_RUNNING) {
        jg_raise(vm, vm->t.ValueError, "generator already executing");
        return CALL_ERROR;
    }
    if (g->state == JG_GEN_CLOSED || !g->frame) {
        if (throw) {
            jg_raise_set(vm, v);
            return CALL_ERROR;
        }
        if (finish == JG_FIN_GEN_FOR) {
            *out = JG_UNDEF;
            return CALL_DONE;
        }
        jg_raise_value(vm, jg_obj_value(vm->t.StopIteration));
        return CALL_ERROR;
    }
    if (th->depth >= vm->recursion_limit) {
        recursion_error(vm);
        return CALL_ERROR;
    }
    jg_frame *f = g->frame;
    if (g->state == JG_GEN_SUSPENDED && !throw)
        *f->sp++ = v;
    if (throw && g->state == JG_GEN_CREATED) {
        /* Throwing into a generator that never started: it ends at once. */
        g->state = JG_GEN_CLOSED;
        jg_raise_set(vm, v);
        return CALL_ERROR;
    }
    /* throw() into a generator suspended in `yield from` another generator
     * goes to the innermost one (PEP 380).  Each delegating frame is linked
     * in, resuming at its YIELD_VALUE, so whatever the inner one yields is
     * yielded on, its return value lands in the SEND loop, and its
     * exception propagates outward through each delegator's handlers. */
    while (throw && g->state == JG_GEN_SUSPENDED) {
        uint32_t prev = f->ip[-1];
        jg_value recv = f->sp[-1];
        if (JG_OP(prev) != JG_OP_YIELD_VALUE || JG_ARG(prev) != 1 ||
            !jg_is_kind(recv, JG_K_GEN) || JG_AS(jg_gen, recv)->state != JG_GEN_SUSPENDED)
            break;
        if (th->depth >= vm->recursion_limit) {
            recursion_error(vm);
            return CALL_ERROR;
        }
        g->state = JG_GEN_RUNNING;
        f->finish = finish;
        f->ip--; /* at YIELD_VALUE: the inner generator's next value is yielded on */
        f->back = th->frame;
        th->frame = f;
        th->depth += JG_COUNTS_DEPTH(f->code);
        finish = JG_FIN_GEN_SEND;
        g = JG_AS(jg_gen, recv);
        f = g->frame;
    }
    g->state = JG_GEN_RUNNING;
    f->finish = finish;
    f->back = th->frame;
    th->frame = f;
    th->depth += JG_COUNTS_DEPTH(f->code);
    if (throw)
        vm->exc = v;
    return CALL_PUSHED;
}

static call_result call_object(jg_vm *vm, jg_thread *th, jg_value callable, jg_value *args,
                               int nargs, jg_tuple *kwnames, uint8_t finish, jg_value *out);

/* __build_class__(body, name, *bases): runs the class body with a fresh
 * namespace; JG_FIN_CLASS_BODY makes the class when the body returns. */
static call_result build_class(jg_vm *vm, jg_thread *th, jg_value *args, int nargs,
                               jg_tuple *kwnames, uint8_t finish, jg_value *out)
{
    if (kwnames && kwnames->len) {
        jg_raise(vm, vm->t.TypeError, "metaclasses are not supported by jumpgate");
        return CALL_ERROR;
    }
    if (nargs < 2 || !jg_is_kind(args[0], JG_K_FUNC) || !jg_is_kind(args[1], JG_K_STR)) {
        jg_raise(vm, vm->t.TypeError, "__build_class__: bad arguments");
        return CALL_ERROR;
    }
    if (finish != JG_FIN_PUSH) {
        jg_raise(vm, vm->t.TypeError, "__build_class__ must be called from a class statement");
        return CALL_ERROR;
    }
    jg_tuple *bases = jg_tuple_from(vm, args + 2, (size_t)(nargs - 2));
    jg_dict *ns = jg_dict_new(vm);
    jg_tuple *extra = jg_tuple_new(vm, 3);
    if (!bases || !ns || !extra) {
        jg_raise_nomem(vm);
        return CALL_ERROR;
    }
    extra->items[0] = args[1];
    extra->items[1] = jg_obj_value(bases);
    extra->items[2] = jg_obj_value(ns);
    call_result cr = call_function(vm, th, JG_AS(jg_func, args[0]), NULL, 0, NULL,
                                   JG_FIN_CLASS_BODY, jg_obj_value(extra), out);
    if (cr == CALL_PUSHED)
        th->frame->locals = ns;
    return cr;
}

/* Calls class 't': __new__ then __init__. */
static call_result call_type(jg_vm *vm, jg_thread *th, jg_type *t, jg_value *args, int nargs,
                             jg_tuple *kwnames, uint8_t finish, jg_value *out)
{
    jg_value newf = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___new__));
    jg_value obj;
    if (t == vm->t.type && nargs == 1 && !kwnames) {
        *out = jg_obj_value(jg_typeof(vm, args[0]));
        return CALL_DONE;
    }
    if ((jg_is_obj(newf) && jg_obj_of(newf)->type == vm->t.staticmethod) ||
        (finish != JG_FIN_PUSH && (t->py_slots & JG_PS_INIT))) {
        /* A Python __new__, or a Python __init__ whose result is not simply
         * pushed (JG_FIN_CONSTRUCT pushes): the prelude constructs. */
        jg_value f = jg_prelude_get(vm, "_construct");
        jg_value buf[JG_MAX_TAILCALL_ARGS + 1];
        if (nargs + 1 > JG_MAX_TAILCALL_ARGS || f == JG_UNDEF) {
            jg_raise(vm, vm->t.TypeError, "too many arguments to a class with __new__");
            return CALL_ERROR;
        }
        buf[0] = jg_obj_value(t);
        memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
        return call_object(vm, th, f, buf, nargs + 1, kwnames, finish, out);
    }
    if (!jg_is_kind(newf, JG_K_NATIVE)) {
        jg_raise(vm, vm->t.TypeError, "cannot create '%s' instances", t->name->data);
        return CALL_ERROR;
    }
    {
        jg_value buf[64];
        if (nargs + 1 > 64) {
            jg_raise(vm, vm->t.TypeError, "too many arguments");
            return CALL_ERROR;
        }
        buf[0] = jg_obj_value(t);
        memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
        jg_status st = JG_AS(jg_native, newf)->fn(vm, buf, nargs + 1, kwnames, &obj);
        if (st == JG_TAILCALL) {
            /* A built-in __new__ finishing in Python (int(x) with a Python
             * __int__): its result is the object; built-in __init__s of such
             * types do nothing. */
            jg_value targs[JG_MAX_TAILCALL_ARGS + 1];
            int tn = vm->tail.nargs;
            memcpy(targs + 1, vm->tail.args, (size_t)tn * sizeof *targs);
            jg_value callee = vm->tail.callable;
            vm->tail.callable = JG_NONE;
            return call_object(vm, th, callee, targs + 1, tn, vm->tail.kwnames, finish, out);
        }
        if (st != JG_OK)
            return CALL_ERROR;
    }
    if (!jg_isinstance(vm, obj, t) || t == vm->t.type) {
        *out = obj;
        return CALL_DONE;
    }
    jg_value init = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___init__));
    if (init == jg_type_lookup(vm, vm->t.object, jg_sym(vm, JG_SYM___init__)) &&
        ((nargs == 0 && !kwnames) ||
         newf != jg_type_lookup(vm, vm->t.object, jg_sym(vm, JG_SYM___new__)))) {
        /* object.__init__ would accept these arguments and do nothing (str(x),
         * int(x), a class with only __new__): skip the call. */
        *out = obj;
        return CALL_DONE;
    }
    if (jg_is_kind(init, JG_K_FUNC)) {
        jg_value buf[64];
        if (nargs + 1 > 64) {
            jg_raise(vm, vm->t.TypeError, "too many arguments");
            return CALL_ERROR;
        }
        buf[0] = obj;
        memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
        return call_function(vm, th, JG_AS(jg_func, init), buf, nargs + 1, kwnames,
                             JG_FIN_CONSTRUCT, obj, out);
    }
    if (jg_is_kind(init, JG_K_NATIVE)) {
        jg_value buf[64], r;
        if (nargs + 1 > 64) {
            jg_raise(vm, vm->t.TypeError, "too many arguments");
            return CALL_ERROR;
        }
        buf[0] = obj;
        memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
        jg_status st = JG_AS(jg_native, init)->fn(vm, buf, nargs + 1, kwnames, &r);
        if (st == JG_TAILCALL) {
            /* e.g. dict.__init__ with Python-level keys: run it, then push obj. */
            jg_value targs[JG_MAX_TAILCALL_ARGS + 1];
            int tn = vm->tail.nargs;
            memcpy(targs, vm->tail.args, (size_t)tn * sizeof *targs);
            jg_value callee = vm->tail.callable;
            if (!jg_is_kind(callee, JG_K_FUNC)) {
                jg_raise(vm, vm->t.RuntimeError, "internal: __init__ tail call to a non-function");
                return CALL_ERROR;
            }
            return call_function(vm, th, JG_AS(jg_func, callee), targs, tn, vm->tail.kwnames,
                                 JG_FIN_CONSTRUCT, obj, out);
        }
        if (st != JG_OK)
            return CALL_ERROR;
        *out = obj;
        return CALL_DONE;
    }
    *out = obj;
    return CALL_DONE;
}

/* Calls any callable with args[0..nargs) (+ keyword values named by kwnames).
 * The caller has popped them from its stack; args[-1] must be writable scratch
 * (the callable's old slot), so a bound method can put self there. */
static call_result call_object(jg_vm *vm, jg_thread *th, jg_value callable, jg_value *args,
                               int nargs, jg_tuple *kwnames, uint8_t finish, jg_value *out)
{
    /* Putting self in front of the arguments uses the slot below them; the
     * caller guarantees one such slot.  A second insertion (a bound method
     * of a callable object...) moves the arguments into 'local' first. */
    jg_value local[72];
    bool have_scratch = true;
#define INSERT_FRONT(v)                                                                      \
    do {                                                                                     \
        if (!have_scratch) {                                                                 \
            if (nargs + 2 > (int)(sizeof local / sizeof local[0])) {                         \
                jg_raise(vm, vm->t.TypeError, "too many arguments");                         \
                return CALL_ERROR;                                                           \
            }                                                                                \
            memmove(local + 1, args, (size_t)nargs * sizeof *args);                          \
            args = local + 1;                                                                \
        }                                                                                    \
        args[-1] = (v);                                                                      \
        args--;                                                                              \
        nargs++;                                                                             \
        have_scratch = false;                                                                \
    } while (0)
    for (int hops = 0; hops < 64; hops++) {
        if (!jg_is_obj(callable))
            break;
        jg_obj *o = jg_obj_of(callable);
        jg_type *t = o->type;
        if (t == vm->t.function)
            return call_function(vm, th, (jg_func *)o, args, nargs, kwnames, finish, JG_NONE,
                                 out);
        if (o == (jg_obj *)vm->build_class)
            return build_class(vm, th, args, nargs, kwnames, finish, out);
        if (t == vm->t.builtin_function) {
            jg_native *n = (jg_native *)o;
            jg_status st;
            if (n->self != JG_NULL) {
                INSERT_FRONT(n->self);
                st = n->fn(vm, args, nargs, kwnames, out);
            } else {
                st = n->fn(vm, args, nargs, kwnames, out);
            }
            if (st == JG_OK)
                return CALL_DONE;
            if (st == JG_SWITCHED)
                return CALL_PUSHED; /* another thread is current: the loop loads it */
            if (st == JG_TAILCALL) {
                jg_value targs[JG_MAX_TAILCALL_ARGS + 1];
                int tn = vm->tail.nargs;
                memcpy(targs + 1, vm->tail.args, (size_t)tn * sizeof *targs);
                jg_value callee = vm->tail.callable;
                jg_tuple *kw = vm->tail.kwnames;
                jg_tail_mode mode = vm->tail.mode;
                vm->tail.callable = JG_NONE;
                vm->tail.nargs = 0;
                vm->tail.kwnames = NULL;
                vm->tail.mode = JG_TAIL_CALL;
                if (mode != JG_TAIL_CALL) {
                    uint8_t fin = finish == JG_FIN_PUSH ? JG_FIN_GEN_NEXT : finish;
                    return resume_gen(vm, th, JG_AS(jg_gen, callee), targs[1],
                                      mode == JG_TAIL_GEN_THROW, fin, out);
                }
                /* targs lives in this C frame: the callee copies what it needs
                 * before we return, and natives do not keep args.  The
                 * recursion is bounded: a tail call's target is a prelude
                 * function or another native, never a chain of natives. */
                return call_object(vm, th, callee, targs + 1, tn, kw, finish, out);
            }
            if (st == JG_NEEDS_PY)
                jg_raise(vm, vm->t.RuntimeError, "internal: native %s needs Python", n->name);
            return CALL_ERROR;
        }
        if (t == vm->t.method) {
            jg_method *m = (jg_method *)o;
            INSERT_FRONT(m->self);
            callable = m->func;
            continue;
        }
        if (t == vm->t.type)
            return call_type(vm, th, (jg_type *)o, args, nargs, kwnames, finish, out);
        if (((t->flags & JG_TF_USER) && (t->py_slots & JG_PS_CALL)) || t->kind == JG_K_OTHER) {
            /* A Python __call__, or a native one of a built-in type (tasklet). */
            jg_value call = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___call__));
            if (call != JG_UNDEF) {
                INSERT_FRONT(callable);
                callable = call;
                continue;
            }
        }
        break;
    }
    jg_raise(vm, vm->t.TypeError, "'%s' object is not callable", jg_type_name(vm, callable));
    return CALL_ERROR;
#undef INSERT_FRONT
}

/* Calls prelude function 'name' with 'nargs' arguments, finishing with 'fin'. */
static call_result call_prelude(jg_vm *vm, jg_thread *th, const char *name, jg_value *args,
                                int nargs, uint8_t fin, jg_value *out)
{
    jg_value f = jg_prelude_get(vm, name);
    if (f == JG_UNDEF) {
        jg_raise(vm, vm->t.RuntimeError, "internal: the prelude has no '%s'", name);
        return CALL_ERROR;
    }
    jg_value buf[8];
    memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
    return call_object(vm, th, f, buf + 1, nargs, NULL, fin, out);
}

/* ---------------------------------------------------------------- helpers for the loop */

/* Finds the handler for the instruction at index 'i', or NULL. */
static const jg_exc_entry *find_handler(const jg_code *c, uint32_t i)
{
    const jg_exc_entry *best = NULL;
    for (uint32_t k = 0; k < c->n_exc; k++) {
        const jg_exc_entry *e = &c->exc_table[k];
        if (i >= e->start && i < e->end) {
            /* The innermost handler is the narrowest range covering i. */
            if (!best || (e->end - e->start) < (best->end - best->start))
                best = e;
        }
    }
    return best;
}

static jg_status name_error_in(jg_vm *vm, jg_frame *f, jg_str *name)
{
    return jg_raise_name_error(vm, name, f->code, f->globals);
}
#define name_error(vm, name) name_error_in(vm, f, name)

static jg_status unbound_local(jg_vm *vm, jg_code *c, uint32_t slot)
{
    if (slot >= c->n_locals + c->n_cells)
        return jg_raise(vm, vm->t.NameError,
                        "cannot access free variable '%s' where it is not associated with a value "
                        "in enclosing scope",
                        c->slot_names[slot]->data);
    return jg_raise(vm, vm->t.UnboundLocalError,
                    "cannot access local variable '%s' where it is not associated with a value",
                    c->slot_names[slot]->data);
}

static jg_status load_global(jg_vm *vm, jg_frame *f, jg_icache *ic, jg_value *out)
{
    jg_str *name = f->code->names[ic->name];
    jg_value v = jg_dict_get_str(f->globals, name);
    if (v == JG_UNDEF) {
        jg_value b = jg_dict_get_str(f->globals, jg_sym(vm, JG_SYM___builtins__));
        jg_dict *bd = vm->builtins;
        if (b != JG_UNDEF && jg_is_kind(b, JG_K_MODULE))
            bd = JG_AS(jg_module, b)->dict;
        v = jg_dict_get_str(bd, name);
        if (v == JG_UNDEF)
            return name_error(vm, name);
    }
    *out = v;
    return JG_OK;
}

static jg_status load_name(jg_vm *vm, jg_frame *f, jg_str *name, jg_value *out)
{
    jg_value v = JG_UNDEF;
    if (f->locals)
        v = jg_dict_get_str(f->locals, name);
    if (v == JG_UNDEF)
        v = jg_dict_get_str(f->globals, name);
    if (v == JG_UNDEF)
        v = jg_dict_get_str(vm->builtins, name);
    if (v == JG_UNDEF)
        return name_error(vm, name);
    *out = v;
    return JG_OK;
}

/* isinstance(exc, t) for except clauses; t may be a tuple. */
/* MAKE_FUNCTION's closure: a tuple of one cell per free variable of 'c'. */
static bool closure_fits(jg_value closure, const jg_code *c)
{
    if (!jg_is_kind(closure, JG_K_TUPLE) || JG_AS(jg_tuple, closure)->len != c->n_frees)
        return false;
    for (uint32_t i = 0; i < c->n_frees; i++)
        if (!jg_is_kind(JG_AS(jg_tuple, closure)->items[i], JG_K_CELL))
            return false;
    return true;
}

static jg_status exc_match(jg_vm *vm, jg_value exc, jg_value t, bool *out)
{
    if (jg_is_kind(t, JG_K_TUPLE)) {
        jg_tuple *tp = JG_AS(jg_tuple, t);
        *out = false;
        for (uint32_t i = 0; i < tp->len; i++) {
            bool m;
            jg_status st = exc_match(vm, exc, tp->items[i], &m);
            if (st != JG_OK)
                return st;
            if (m) {
                *out = true;
                return JG_OK;
            }
        }
        return JG_OK;
    }
    if (jg_typeof(vm, t) != vm->t.type ||
        !jg_type_is_subtype((jg_type *)jg_as_obj(t), vm->t.BaseException))
        return jg_raise(vm, vm->t.TypeError,
                        "catching classes that do not inherit from BaseException is not allowed");
    *out = jg_isinstance(vm, exc, (jg_type *)jg_as_obj(t));
    return JG_OK;
}

/* Unpacks sequence 'seq' into n values at dst[0..n) in reverse (dst[n-1]
 * is the first item) as UNPACK_SEQUENCE does.  JG_NEEDS_PY for iterables that
 * need Python code. */
static jg_status unpack_seq(jg_vm *vm, jg_value seq, uint32_t n, jg_value *dst)
{
    jg_value *items = NULL;
    uint32_t len = 0;
    if (jg_is_obj(seq) && jg_obj_of(seq)->type == vm->t.tuple) {
        items = JG_AS(jg_tuple, seq)->items;
        len = JG_AS(jg_tuple, seq)->len;
    } else if (jg_is_obj(seq) && jg_obj_of(seq)->type == vm->t.list) {
        items = JG_AS(jg_list, seq)->items;
        len = JG_AS(jg_list, seq)->len;
    }
    if (items) {
        if (len != n) {
            if (len < n)
                return jg_raise(vm, vm->t.ValueError,
                                "not enough values to unpack (expected %u, got %u)", n, len);
            return jg_raise(vm, vm->t.ValueError, "too many values to unpack (expected %u)", n);
        }
        for (uint32_t i = 0; i < n; i++)
            dst[n - 1 - i] = items[i];
        return JG_OK;
    }
    jg_value it;
    jg_status st = jg_get_iter(vm, seq, &it);
    if (st != JG_OK)
        return st == JG_RAISED && jg_exc_matches(vm, vm->t.TypeError)
                   ? (jg_clear_exc(vm),
                      jg_raise(vm, vm->t.TypeError, "cannot unpack non-iterable %s object",
                               jg_type_name(vm, seq)))
                   : st;
    for (uint32_t i = 0; i < n; i++) {
        jg_value x;
        st = jg_next(vm, it, &x);
        if (st != JG_OK)
            return st;
        if (x == JG_UNDEF)
            return jg_raise(vm, vm->t.ValueError,
                            "not enough values to unpack (expected %u, got %u)", n, i);
        dst[n - 1 - i] = x;
    }
    jg_value extra;
    st = jg_next(vm, it, &extra);
    if (st != JG_OK)
        return st;
    if (extra != JG_UNDEF)
        return jg_raise(vm, vm->t.ValueError, "too many values to unpack (expected %u)", n);
    return JG_OK;
}

/* A list of all items of 'v' when that needs no Python code. */
static jg_status to_list(jg_vm *vm, jg_value v, jg_list **out)
{
    jg_value it, x;
    jg_status st = jg_get_iter(vm, v, &it);
    if (st != JG_OK)
        return st;
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    for (;;) {
        st = jg_next(vm, it, &x);
        if (st != JG_OK)
            return st;
        if (x == JG_UNDEF)
            break;
        if ((st = jg_list_append(vm, l, x)) != JG_OK)
            return st;
    }
    *out = l;
    return JG_OK;
}

static const int binop_of_opcode[] = {
    [JG_OP_BINARY_ADD] = JG_OP_ADD,         [JG_OP_BINARY_SUB] = JG_OP_SUB,
    [JG_OP_BINARY_MUL] = JG_OP_MULT,        [JG_OP_BINARY_TRUEDIV] = JG_OP_DIV,
    [JG_OP_BINARY_FLOORDIV] = JG_OP_FLOORDIV, [JG_OP_BINARY_MOD] = JG_OP_MOD,
    [JG_OP_BINARY_POW] = JG_OP_POW,         [JG_OP_BINARY_LSHIFT] = JG_OP_LSHIFT,
    [JG_OP_BINARY_RSHIFT] = JG_OP_RSHIFT,   [JG_OP_BINARY_AND] = JG_OP_BITAND,
    [JG_OP_BINARY_OR] = JG_OP_BITOR,        [JG_OP_BINARY_XOR] = JG_OP_BITXOR,
    [JG_OP_INPLACE_ADD] = JG_OP_ADD,        [JG_OP_INPLACE_SUB] = JG_OP_SUB,
    [JG_OP_INPLACE_MUL] = JG_OP_MULT,       [JG_OP_INPLACE_TRUEDIV] = JG_OP_DIV,
    [JG_OP_INPLACE_FLOORDIV] = JG_OP_FLOORDIV, [JG_OP_INPLACE_MOD] = JG_OP_MOD,
    [JG_OP_INPLACE_POW] = JG_OP_POW,        [JG_OP_INPLACE_LSHIFT] = JG_OP_LSHIFT,
    [JG_OP_INPLACE_RSHIFT] = JG_OP_RSHIFT,  [JG_OP_INPLACE_AND] = JG_OP_BITAND,
    [JG_OP_INPLACE_OR] = JG_OP_BITOR,       [JG_OP_INPLACE_XOR] = JG_OP_BITXOR,
};

/* Small-int and float fast paths of the arithmetic opcodes: true when done. */
static inline __attribute__((always_inline)) bool fast_binop(jg_vm *vm, int op, jg_value a,
                                                             jg_value b, jg_value *out)
{
    if (jg_is_int(a) && jg_is_int(b)) {
        int64_t x = jg_as_int(a), y = jg_as_int(b), r;
        switch (op) {
            case JG_OP_ADD: r = x + y; break;
            case JG_OP_SUB: r = x - y; break;
            case JG_OP_MULT:
                if (__builtin_mul_overflow(x, y, &r))
                    return false;
                break;
            case JG_OP_FLOORDIV:
                if (y == 0)
                    return false;
                r = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0)))
                    r--;
                break;
            case JG_OP_MOD:
                if (y == 0)
                    return false;
                r = x % y;
                if (r != 0 && ((r < 0) != (y < 0)))
                    r += y;
                break;
            case JG_OP_BITAND: r = x & y; break;
            case JG_OP_BITOR: r = x | y; break;
            case JG_OP_BITXOR: r = x ^ y; break;
            case JG_OP_RSHIFT:
                if (y < 0)
                    return false;
                r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
                break;
            case JG_OP_LSHIFT:
                if (y < 0 || y >= 48)
                    return false;
                r = (int64_t)((uint64_t)x << y);
                if ((r >> y) != x)
                    return false;
                break;
            default:
                return false;
        }
        if (!jg_int_fits(r))
            return false;
        *out = jg_int(r);
        return true;
    }
    double x, y;
    if (jg_is_float(a))
        x = jg_as_float(a);
    else if (jg_is_int(a))
        x = (double)jg_as_int(a);
    else
        return false;
    if (jg_is_float(b))
        y = jg_as_float(b);
    else if (jg_is_int(b))
        y = (double)jg_as_int(b);
    else
        return false;
    if (!jg_is_float(a) && !jg_is_float(b))
        return false;
    switch (op) {
        case JG_OP_ADD: *out = jg_float(x + y); return true;
        case JG_OP_SUB: *out = jg_float(x - y); return true;
        case JG_OP_MULT: *out = jg_float(x * y); return true;
        case JG_OP_DIV:
            if (y == 0.0)
                return false;
            *out = jg_float(x / y);
            return true;
        default: return false;
    }
}

static inline bool fast_compare(int op, jg_value a, jg_value b, bool *out)
{
    if (jg_is_int(a) && jg_is_int(b)) {
        int64_t x = jg_as_int(a), y = jg_as_int(b);
        switch (op) {
            case JG_CMP_EQ: *out = x == y; return true;
            case JG_CMP_NOTEQ: *out = x != y; return true;
            case JG_CMP_LT: *out = x < y; return true;
            case JG_CMP_LTE: *out = x <= y; return true;
            case JG_CMP_GT: *out = x > y; return true;
            case JG_CMP_GTE: *out = x >= y; return true;
        }
    }
    if (jg_is_float(a) && jg_is_float(b)) {
        double x = jg_as_float(a), y = jg_as_float(b);
        switch (op) {
            case JG_CMP_EQ: *out = x == y; return true;
            case JG_CMP_NOTEQ: *out = x != y; return true;
            case JG_CMP_LT: *out = x < y; return true;
            case JG_CMP_LTE: *out = x <= y; return true;
            case JG_CMP_GT: *out = x > y; return true;
            case JG_CMP_GTE: *out = x >= y; return true;
        }
    }
    return false;
}

/* Truth of a value without Python code, or -1 when Python code is needed. */
static inline int fast_truth(jg_vm *vm, jg_value v)
{
    if (v == JG_TRUE)
        return 1;
    if (v == JG_FALSE || v == JG_NONE)
        return 0;
    if (jg_is_int(v))
        return jg_as_int(v) != 0;
    bool b;
    jg_status st = jg_truth(vm, v, &b);
    if (st == JG_OK)
        return b;
    return st == JG_NEEDS_PY ? -1 : -2;
}

/* ---------------------------------------------------------------- the loop */

#if defined(__GNUC__) && !defined(JG_NO_COMPUTED_GOTO)
#define JG_COMPUTED_GOTO 1
#endif

/* Whether a call of 'c' with 'n' positional arguments (no keywords) can take
 * push_simple_frame: the parameters are exactly n positional ones. */
static inline bool simple_call(const jg_code *c, uint32_t n)
{
    return !(c->flags & (JG_CO_GENERATOR | JG_CO_VARARGS | JG_CO_VARKW)) && c->n_kwonly == 0 &&
           n == c->n_args;
}

/* Pushes the frame of a simple_call of 'fn' with args[0..n) above the current
 * frame (whose ip and sp the caller has saved), to finish JG_FIN_PUSH.
 * CALL_ERROR (exception set) on recursion overflow or out of memory. */
static inline __attribute__((always_inline)) call_result
push_simple_frame(jg_vm *vm, jg_thread *th, jg_func *fn, const jg_value *args, uint32_t n)
{
    jg_code *c = fn->code;
    if (__builtin_expect(th->depth >= vm->recursion_limit, 0)) {
        recursion_error(vm);
        return CALL_ERROR;
    }
    uint32_t n_slots = jg_code_n_slots(c);
    jg_frame *nf = chunk_alloc(vm, th, frame_bytes(c));
    if (!nf) {
        jg_raise_nomem(vm);
        return CALL_ERROR;
    }
    for (uint32_t i = 0; i < n; i++)
        nf->slots[i] = args[i];
    for (uint32_t i = n; i < n_slots; i++)
        nf->slots[i] = JG_UNDEF;
    nf->code = c;
    nf->func = fn;
    nf->globals = fn->globals;
    nf->locals = NULL;
    nf->gen = NULL;
    nf->extra = JG_NONE;
    nf->finish = JG_FIN_PUSH;
    nf->ip = c->code;
    nf->sp = nf->slots + n_slots;
    nf->back = th->frame;
    th->frame = nf;
    th->depth += JG_COUNTS_DEPTH(c);
    if ((c->n_cells | c->n_frees) && init_cells(vm, fn, nf) != JG_OK)
        return CALL_ERROR;
    return CALL_PUSHED;
}

/*
 * Runs thread 'th' until the frame marked JG_FIN_ENTRY returns (JG_OK, *out
 * = its value) or an exception escapes it (JG_RAISED, vm->exc set).
 */
static jg_status run(jg_vm *vm, jg_thread *th, jg_value *out)
{
    jg_frame *f;
    const uint32_t *ip;
    jg_value *sp;
    jg_code *code;
    /* The instruction being run; its argument is recomputed where used (a
     * shift) rather than held: the fewer values live across the dispatch,
     * the more of ip, sp and f stay in registers. */
    uint32_t ins;
#define arg JG_ARG(ins)
    jg_value r;
    jg_value rout = JG_NONE; /* out-parameter of calls: 'r' stays a register */
    call_result cr;
    jg_status st;
    bool reraise = false;

#define SAVE() (f->ip = ip, f->sp = sp)
#define LOAD()                                                                               \
    do {                                                                                     \
        th = vm->cur; /* a native may have switched tasklets (tasklet.h) */                  \
        f = th->frame;                                                                       \
        ip = f->ip;                                                                          \
        sp = f->sp;                                                                          \
        code = f->code;                                                                      \
    } while (0)
#define PUSH(v) (*sp++ = (v))
/* What the compiler left on the stack is not there: only a frame restored
 * from a hostile pickle gets here (pickle_state.c checks depths, not kinds). */
#define EXPECT(cond)                                                                         \
    do {                                                                                     \
        if (__builtin_expect(!(cond), 0))                                                    \
            goto bad_frame;                                                                  \
    } while (0)
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define ERROR() goto error
#define CHECK(expr)                                                                          \
    do {                                                                                     \
        if ((expr) != JG_OK)                                                                 \
            goto error;                                                                      \
    } while (0)
/* Calls out: the frame must hold the truth first; afterwards either push the
 * result or continue in the pushed frame. */
#define AFTER_CALL(cr_, rv)                                                                  \
    do {                                                                                     \
        if ((cr_) == CALL_DONE) {                                                            \
            PUSH(rv);                                                                        \
        } else if ((cr_) == CALL_PUSHED) {                                                   \
            LOAD();                                                                          \
            if (vm->exc != JG_NONE)                                                          \
                goto error;                                                                  \
        } else {                                                                             \
            goto error;                                                                      \
        }                                                                                    \
    } while (0)
/* Python fallback: call prelude 'name' with n args from 'a', finishing 'fin'. */
#define SLOW(name, a, n, fin)                                                                \
    do {                                                                                     \
        SAVE();                                                                              \
        cr = call_prelude(vm, th, name, a, n, fin, &rout), r = rout;                         \
        if (cr == CALL_DONE) {                                                               \
            if ((fin) == JG_FIN_PUSH)                                                        \
                PUSH(r);                                                                     \
            else                                                                             \
                goto finish_inline;                                                          \
        } else if (cr == CALL_PUSHED) {                                                      \
            LOAD();                                                                          \
        } else                                                                               \
            goto error;                                                                      \
    } while (0)

#ifdef JG_COMPUTED_GOTO
    static const void *const labels[JG_N_OPCODES] = {
#define JG_LABEL(name, doc) [JG_OP_##name] = &&L_##name,
        JG_OPCODES(JG_LABEL)
#undef JG_LABEL
    };
#ifdef JG_TRACE
#define TRACE_INS()                                                                          \
    fprintf(stderr, "%s:%u %-20s %u  depth %d\n", code->name->data,                          \
            (unsigned)(ip - code->code), jg_opcode_names[JG_OP(*ip)], JG_ARG(*ip),             \
            (int)(sp - jg_frame_stack_base(f)))
#else
#define TRACE_INS() ((void)0)
#endif
#define DISPATCH()                                                                           \
    do {                                                                                     \
        TRACE_INS();                                                                         \
        ins = *ip++;                                                                         \
        goto *labels[JG_OP(ins)];                                                            \
    } while (0)
#define CASE(name) L_##name:
#else
#define DISPATCH() goto dispatch
#define CASE(name) case JG_OP_##name:
#endif

/* Jumps to instruction 'a' of the code.  A backward jump closes a loop, so it
 * counts a step and passes the safepoint: every loop, however it is compiled,
 * can collect and be stopped by the step budget. */
#define JUMP_TO(a)                                                                           \
    do {                                                                                     \
        const uint32_t *target_ = code->code + (a);                                          \
        bool back_ = target_ < ip;                                                           \
        ip = target_;                                                                        \
        if (back_) {                                                                         \
            vm->steps++;                                                                     \
            goto safepoint;                                                                  \
        }                                                                                    \
    } while (0)

    int bop = 0;        /* operator of a binary op taking the slow path */
    bool binplace = false;
    LOAD();

safepoint:
    if (vm->gc_pending) {
        SAVE();
        jg_gc_collect(vm);
    }
    if (vm->step_budget && vm->steps > vm->step_budget) {
        SAVE();
        jg_raise(vm, vm->t.RuntimeError, "step budget exhausted");
        goto error;
    }
    if (vm->sched_at && vm->steps >= vm->sched_at) {
        /* A tasklet's slice is over, or stackless.run()'s watchdog fired. */
        SAVE();
        if (jg_sched_tick(vm)) {
            LOAD();
            if (vm->exc != JG_NONE)
                goto error;
        }
    }
    if (__builtin_expect(vm->repickle_every != 0, 0) &&
        (vm->tasklet_cur != vm->repickled || vm->steps >= vm->repickle_at)) {
        /* The repickle check (repickle.h): go on on a round-tripped copy. */
        SAVE();
        jg_repickle_current(vm);
        LOAD();
    }

#ifdef JG_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    ins = *ip++;
    switch (JG_OP(ins)) {
#endif

    CASE(NOP) { DISPATCH(); }
    CASE(SETUP_ANNOTATIONS) { DISPATCH(); }
    CASE(POP_TOP)
    {
        sp--;
        DISPATCH();
    }
    CASE(COPY)
    {
        r = PEEK(arg);
        PUSH(r);
        DISPATCH();
    }
    CASE(SWAP)
    {
        r = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = r;
        DISPATCH();
    }
    CASE(LOAD_CONST)
    {
        PUSH(code->consts[arg]);
        DISPATCH();
    }
    CASE(LOAD_FAST)
    {
        r = f->slots[arg];
        if (r == JG_UNDEF) {
        unbound_ins: /* the local named by the argument of 'ins' is unset */
            SAVE();
            unbound_local(vm, code, arg);
            ERROR();
        }
        PUSH(r);
        DISPATCH();
    }
    CASE(STORE_FAST)
    {
        f->slots[arg] = POP();
        DISPATCH();
    }
    /* A string being built in local 'arg' (compile.c is_str_builder): any
     * read but its own `+=` shares the str, so it may not grow in place. */
    CASE(LOAD_FAST_ESCAPE)
    {
        r = f->slots[arg];
        if (r == JG_UNDEF)
            goto unbound_ins;
        if (jg_is_obj(r) && jg_obj_of(r)->type == vm->t.str)
            JG_AS(jg_str, r)->is_unique = 0;
        PUSH(r);
        DISPATCH();
    }
    /* `s += b` where s is a string being built in local 'arg' (STORE_FAST
     * arg follows).  An ASCII str only s holds grows in its own cell; when
     * the cell is full the result gets room to grow, so appends cost
     * amortised O(len(b)) instead of copying s each time. */
    CASE(INPLACE_ADD_APPEND)
    {
        jg_value b = sp[-1], a = sp[-2];
        if (jg_is_int(a) && jg_is_int(b)) {
            int64_t z;
            if (!__builtin_add_overflow(jg_as_int(a), jg_as_int(b), &z) && jg_int_fits(z)) {
                sp--;
                sp[-1] = jg_int(z);
                DISPATCH();
            }
        } else if (jg_is_obj(a) && jg_is_obj(b) && jg_obj_of(a)->type == vm->t.str &&
                   jg_obj_of(b)->type == vm->t.str) {
            jg_str *x = JG_AS(jg_str, a), *y = JG_AS(jg_str, b);
            if (x->n_chars == x->len && y->n_chars == y->len) {
                if (x->is_unique && f->slots[arg] == a && jg_str_append_in_place(x, y)) {
                    sp--;
                    DISPATCH();
                }
                size_t len = (size_t)x->len + y->len;
                jg_str *cat = jg_str_alloc_ascii_spare(vm, len, len < 16 ? 16 : len);
                if (cat) {
                    memcpy(cat->data, x->data, x->len);
                    memcpy(cat->data + x->len, y->data, y->len);
                    cat->is_unique = 1; /* STORE_FAST arg comes next */
                    sp--;
                    sp[-1] = jg_obj_value(cat);
                    DISPATCH();
                }
            }
        }
        bop = JG_OP_ADD;
        binplace = true;
        goto binop_slow;
    }
    /* Superinstructions (superinstr.h): the second instruction of the pair is
     * at ip; its argument is read there and ip steps over it.  An unbound
     * local in the second half is reported with ip past the second, as if
     * it had run alone. */
    CASE(LOAD_FAST__LOAD_FAST)
    {
        jg_value a = f->slots[arg];
        if (a == JG_UNDEF)
            goto unbound_ins;
        ins = *ip++;
        jg_value b = f->slots[arg];
        if (b == JG_UNDEF)
            goto unbound_ins;
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        DISPATCH();
    }
    CASE(LOAD_FAST__LOAD_CONST)
    {
        jg_value a = f->slots[arg];
        if (a == JG_UNDEF)
            goto unbound_ins;
        ins = *ip++;
        sp[0] = a;
        sp[1] = code->consts[arg];
        sp += 2;
        DISPATCH();
    }
    CASE(LOAD_CONST__LOAD_FAST)
    {
        jg_value a = code->consts[arg];
        ins = *ip++;
        jg_value b = f->slots[arg];
        if (b == JG_UNDEF)
            goto unbound_ins;
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        DISPATCH();
    }
    CASE(STORE_FAST__LOAD_FAST)
    {
        f->slots[arg] = sp[-1];
        ins = *ip++;
        jg_value b = f->slots[arg];
        if (b == JG_UNDEF) {
            sp--;
            goto unbound_ins;
        }
        sp[-1] = b;
        DISPATCH();
    }
    CASE(STORE_FAST__STORE_FAST)
    {
        f->slots[arg] = sp[-1];
        ins = *ip++;
        f->slots[arg] = sp[-2];
        sp -= 2;
        DISPATCH();
    }
    CASE(LOAD_FAST__LOAD_ATTR)
    {
        jg_value a = f->slots[arg];
        if (a == JG_UNDEF)
            goto unbound_ins;
        PUSH(a);
        ins = *ip++;
        goto load_attr;
    }
    CASE(LOAD_FAST__LOAD_METHOD)
    {
        jg_value a = f->slots[arg];
        if (a == JG_UNDEF)
            goto unbound_ins;
        PUSH(a);
        ins = *ip++;
        goto load_method;
    }
    CASE(DELETE_FAST)
    {
        if (f->slots[arg] == JG_UNDEF) {
            SAVE();
            unbound_local(vm, code, arg);
            ERROR();
        }
        f->slots[arg] = JG_UNDEF;
        DISPATCH();
    }
    CASE(LOAD_DEREF)
    {
        r = JG_AS(jg_cell, f->slots[arg])->ref;
        if (r == JG_UNDEF) {
            SAVE();
            unbound_local(vm, code, arg);
            ERROR();
        }
        PUSH(r);
        DISPATCH();
    }
    CASE(STORE_DEREF)
    {
        JG_AS(jg_cell, f->slots[arg])->ref = POP();
        DISPATCH();
    }
    CASE(DELETE_DEREF)
    {
        jg_cell *cell = JG_AS(jg_cell, f->slots[arg]);
        if (cell->ref == JG_UNDEF) {
            SAVE();
            unbound_local(vm, code, arg);
            ERROR();
        }
        cell->ref = JG_UNDEF;
        DISPATCH();
    }
    CASE(LOAD_CLOSURE)
    {
        PUSH(f->slots[arg]);
        DISPATCH();
    }
    CASE(LOAD_CLASSDEREF)
    {
        jg_str *name = code->slot_names[arg];
        r = f->locals ? jg_dict_get_str(f->locals, name) : JG_UNDEF;
        if (r == JG_UNDEF) {
            r = JG_AS(jg_cell, f->slots[arg])->ref;
            if (r == JG_UNDEF) {
                SAVE();
                unbound_local(vm, code, arg);
                ERROR();
            }
        }
        PUSH(r);
        DISPATCH();
    }
    CASE(LOAD_GLOBAL)
    {
        jg_icache *ic = &code->caches[arg];
        if (ic->dict_version == f->globals->version + 1 && ic->dict_version2 == vm->builtins->version + 1) {
            PUSH(ic->value);
            DISPATCH();
        }
        SAVE();
        CHECK(load_global(vm, f, ic, &rout));
        r = rout;
        ic->dict_version = f->globals->version + 1;
        ic->dict_version2 = vm->builtins->version + 1;
        ic->value = r;
        PUSH(r);
        DISPATCH();
    }
    CASE(STORE_GLOBAL)
    {
        SAVE();
        CHECK(jg_dict_set_str(vm, f->globals, code->names[arg], TOP()));
        sp--;
        DISPATCH();
    }
    CASE(DELETE_GLOBAL)
    {
        bool found;
        SAVE();
        CHECK(jg_dict_del(vm, f->globals, jg_obj_value(code->names[arg]), &found));
        if (!found) {
            name_error(vm, code->names[arg]);
            ERROR();
        }
        DISPATCH();
    }
    CASE(LOAD_NAME)
    {
        SAVE();
        CHECK(load_name(vm, f, code->names[arg], &rout));
        r = rout;
        PUSH(r);
        DISPATCH();
    }
    CASE(STORE_NAME)
    {
        SAVE();
        jg_dict *ns = f->locals ? f->locals : f->globals;
        CHECK(jg_dict_set_str(vm, ns, code->names[arg], TOP()));
        sp--;
        DISPATCH();
    }
    CASE(DELETE_NAME)
    {
        bool found;
        SAVE();
        jg_dict *ns = f->locals ? f->locals : f->globals;
        CHECK(jg_dict_del(vm, ns, jg_obj_value(code->names[arg]), &found));
        if (!found) {
            name_error(vm, code->names[arg]);
            ERROR();
        }
        DISPATCH();
    }
    CASE(LOAD_ATTR)
    load_attr:
    {
        jg_icache *ic = &code->caches[arg];
        jg_value obj = TOP();
        if (jg_is_obj(obj)) {
            /* Versions are never reused, so a match means the same type, an
             * instance type (only those are cached) whose shapes are alive;
             * then the shape pointer identifies the layout. */
            jg_obj *o = jg_obj_of(obj);
            if (o->type->version == ic->type_version) {
                jg_instance *inst = (jg_instance *)o;
                if ((uint64_t)(uintptr_t)inst->shape == ic->dict_version) {
                    TOP() = inst->slots[ic->index];
                    DISPATCH();
                }
            } else if (o->type->kind == JG_K_MODULE && ic->dict_version2 ==
                                                            JG_AS(jg_module, obj)->dict->version) {
                /* A module attribute (math.pi): cached by the dict's version. */
                TOP() = ic->value;
                DISPATCH();
            }
        }
        jg_str *name = code->names[ic->name];
        SAVE();
        st = jg_getattr(vm, obj, name, &rout), r = rout;
        if (st == JG_OK) {
            if (jg_is_kind(obj, JG_K_INSTANCE)) {
                jg_instance *inst = JG_AS(jg_instance, obj);
                jg_type *t = inst->hdr.type;
                if (inst->shape && !(t->py_slots & (JG_PS_GETATTRIBUTE))) {
                    int idx = jg_shape_find(inst->shape, name);
                    jg_value d = jg_type_lookup(vm, t, name);
                    if (idx >= 0 && !(jg_is_obj(d) && jg_obj_of(d)->type == vm->t.property)) {
                        ic->type_version = t->version;
                        ic->dict_version = (uint64_t)(uintptr_t)inst->shape;
                        ic->index = (uint32_t)idx;
                    }
                }
            } else if (jg_is_kind(obj, JG_K_MODULE)) {
                ic->type_version = 0;
                ic->dict_version2 = JG_AS(jg_module, obj)->dict->version;
                ic->value = r;
            }
            TOP() = r;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[2] = {obj, jg_obj_value(name)};
            sp--;
            SLOW("_getattr", a, 2, JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(STORE_ATTR)
    {
        jg_icache *ic = &code->caches[arg];
        jg_value obj = TOP(), v = PEEK(2);
        if (jg_is_obj(obj)) {
            jg_obj *o = jg_obj_of(obj);
            if (o->type->version == ic->type_version && o->type->kind == JG_K_INSTANCE) {
                jg_instance *inst = (jg_instance *)o;
                if (inst->shape && inst->shape->id == ic->shape_id) {
                    if (ic->value == JG_NONE) {
                        inst->slots[ic->index] = v;
                        sp -= 2;
                        DISPATCH();
                    }
                    jg_shape *next = JG_AS(jg_shape, ic->value);
                    if (ic->index < inst->cap) {
                        inst->slots[ic->index] = v;
                        inst->shape = next;
                        sp -= 2;
                        DISPATCH();
                    }
                }
            }
        }
        jg_str *name = code->names[ic->name];
        SAVE();
        uint32_t shape_before = 0;
        if (jg_is_kind(obj, JG_K_INSTANCE) && JG_AS(jg_instance, obj)->shape)
            shape_before = JG_AS(jg_instance, obj)->shape->id;
        st = jg_setattr(vm, obj, name, v);
        if (st == JG_OK) {
            if (shape_before) {
                jg_instance *inst = JG_AS(jg_instance, obj);
                jg_type *t = inst->hdr.type;
                if (inst->shape && !(t->py_slots & (JG_PS_SETATTR | JG_PS_DESCR))) {
                    int idx = jg_shape_find(inst->shape, name);
                    if (idx >= 0) {
                        ic->type_version = t->version;
                        ic->shape_id = shape_before;
                        ic->index = (uint32_t)idx;
                        ic->value = inst->shape->id == shape_before ? JG_NONE
                                                                   : jg_obj_value(inst->shape);
                    }
                }
            }
            sp -= 2;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[3] = {obj, jg_obj_value(name), v};
            sp -= 2;
            SLOW("_setattr", a, 3, JG_FIN_DISCARD);
        }
        DISPATCH();
    }
    CASE(DELETE_ATTR)
    {
        jg_icache *ic = &code->caches[arg];
        jg_value obj = TOP();
        jg_str *name = code->names[ic->name];
        SAVE();
        st = jg_delattr(vm, obj, name);
        if (st == JG_OK) {
            sp--;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[2] = {obj, jg_obj_value(name)};
            sp--;
            SLOW("_delattr", a, 2, JG_FIN_DISCARD);
        }
        DISPATCH();
    }
    CASE(LOAD_METHOD)
    load_method:
    {
        jg_icache *ic = &code->caches[arg];
        jg_value obj = TOP();
        jg_type *t = jg_typeof(vm, obj);
        if (t->kind == JG_K_MODULE) {
            if (ic->dict_version2 == JG_AS(jg_module, obj)->dict->version) {
                TOP() = ic->value;
                PUSH(JG_UNDEF);
                DISPATCH();
            }
            SAVE();
            st = jg_getattr(vm, obj, code->names[ic->name], &rout), r = rout;
            if (st == JG_OK) {
                ic->dict_version2 = JG_AS(jg_module, obj)->dict->version;
                ic->value = r;
                TOP() = r;
                PUSH(JG_UNDEF);
                DISPATCH();
            }
            if (st != JG_NEEDS_PY)
                ERROR();
        }
        if (t->version == ic->type_version && ic->value != JG_UNDEF) {
            if (t->kind != JG_K_INSTANCE ||
                (JG_AS(jg_instance, obj)->shape &&
                 JG_AS(jg_instance, obj)->shape->id == ic->shape_id)) {
                TOP() = ic->value;
                PUSH(obj);
                DISPATCH();
            }
        }
        jg_str *name = code->names[ic->name];
        SAVE();
        if (t != vm->t.type && t->kind != JG_K_MODULE && t->kind != JG_K_SUPER &&
            !(t->py_slots & JG_PS_GETATTRIBUTE)) {
            jg_value d = jg_type_lookup(vm, t, name);
            bool plain = jg_is_obj(d) && (jg_obj_of(d)->type == vm->t.function ||
                                          (jg_obj_of(d)->type == vm->t.builtin_function &&
                                           JG_AS(jg_native, d)->owner &&
                                           JG_AS(jg_native, d)->self == JG_NULL &&
                                           !(JG_AS(jg_native, d)->flags &
                                             (JG_NF_STATIC | JG_NF_CLASSMETHOD))));
            if (plain) {
                bool shadowed = false;
                if (t->kind == JG_K_INSTANCE) {
                    shadowed = jg_instance_get(JG_AS(jg_instance, obj), name) != JG_UNDEF;
                } else {
                    jg_dict **attrs = jg_attrs_slot(vm, obj);
                    shadowed = attrs && *attrs && jg_dict_get_str(*attrs, name) != JG_UNDEF;
                }
                if (!shadowed) {
                    if (t->kind != JG_K_INSTANCE || JG_AS(jg_instance, obj)->shape) {
                        ic->type_version = t->version;
                        ic->value = d;
                        ic->shape_id =
                            t->kind == JG_K_INSTANCE ? JG_AS(jg_instance, obj)->shape->id : 0;
                    }
                    TOP() = d;
                    PUSH(obj);
                    DISPATCH();
                }
            }
        }
        st = jg_getattr(vm, obj, name, &rout), r = rout;
        if (st == JG_OK) {
            TOP() = r;
            PUSH(JG_UNDEF);
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[2] = {obj, jg_obj_value(name)};
            sp--;
            /* finish_inline pushes (attr UNDEF) for CALL_METHOD. */
            SLOW("_getattr", a, 2, JG_FIN_INLINE);
        }
        DISPATCH();
    }
    CASE(CALL)
    {
        jg_value *args = sp - arg;
        jg_value callable = args[-1];
        if (jg_is_obj(callable) && jg_obj_of(callable)->type == vm->t.function) {
            jg_func *fn = JG_AS(jg_func, callable);
            if (simple_call(fn->code, arg)) {
                /* The common case inline: exact positional arguments. */
                sp = args - 1;
                SAVE();
                cr = push_simple_frame(vm, th, fn, args, arg);
                LOAD();
                if (cr == CALL_ERROR)
                    ERROR();
                vm->steps++;
                goto safepoint;
            }
        }
        sp = args - 1;
        SAVE();
        if (callable == jg_obj_value(vm->t.str) && arg == 1) {
            /* str(x): what str.__new__ does, without the type-call protocol;
             * an object with a Python __str__ takes the general path. */
            jg_str *text;
            st = jg_str_of(vm, args[0], &text);
            if (st == JG_OK) {
                PUSH(jg_obj_value(text));
                DISPATCH();
            }
            if (st != JG_NEEDS_PY)
                ERROR();
        }
        if (jg_is_obj(callable) && jg_obj_of(callable)->type == vm->t.builtin_function &&
            JG_AS(jg_native, callable)->self == JG_NULL &&
            callable != jg_obj_value(vm->build_class)) {
            /* A plain native (math.sqrt, len): call it directly. */
            st = JG_AS(jg_native, callable)->fn(vm, args, (int)arg, NULL, &rout), r = rout;
            if (st == JG_OK) {
                PUSH(r);
                DISPATCH();
            }
            if (st == JG_SWITCHED) {
                LOAD();
                if (vm->exc != JG_NONE)
                    goto error;
                goto safepoint;
            }
            if (st == JG_NEEDS_PY)
                jg_raise(vm, vm->t.RuntimeError, "internal: native %s needs Python",
                         JG_AS(jg_native, callable)->name);
            if (st != JG_TAILCALL)
                ERROR();
            jg_value targs[JG_MAX_TAILCALL_ARGS + 1];
            int tn = vm->tail.nargs;
            memcpy(targs + 1, vm->tail.args, (size_t)tn * sizeof *targs);
            jg_value callee = vm->tail.callable;
            jg_tuple *kw = vm->tail.kwnames;
            jg_tail_mode mode = vm->tail.mode;
            vm->tail.callable = JG_NONE;
            vm->tail.mode = JG_TAIL_CALL;
            if (mode != JG_TAIL_CALL)
                cr = resume_gen(vm, th, JG_AS(jg_gen, callee), targs[1],
                                mode == JG_TAIL_GEN_THROW, JG_FIN_GEN_NEXT, &rout), r = rout;
            else
                cr = call_object(vm, th, callee, targs + 1, tn, kw, JG_FIN_PUSH, &rout), r = rout;
            AFTER_CALL(cr, r);
            if (cr == CALL_PUSHED)
                goto safepoint;
            DISPATCH();
        }
        cr = call_object(vm, th, callable, args, (int)arg, NULL, JG_FIN_PUSH, &rout), r = rout;
        AFTER_CALL(cr, r);
        if (cr == CALL_PUSHED)
            goto safepoint;
        DISPATCH();
    }
    CASE(CALL_METHOD)
    {
        jg_value *args = sp - arg;
        jg_value self = args[-1];
        jg_value callable = args[-2];
        int n = (int)arg;
        if (self == JG_UNDEF) {
            /* not a method: shift nothing, the UNDEF slot is scratch */
        } else {
            args--;
            n++;
        }
        if (jg_is_obj(callable) && jg_obj_of(callable)->type == vm->t.function) {
            jg_func *fn = JG_AS(jg_func, callable);
            if (simple_call(fn->code, (uint32_t)n)) {
                sp = sp - arg - 2;
                SAVE();
                cr = push_simple_frame(vm, th, fn, args, (uint32_t)n);
                LOAD();
                if (cr == CALL_ERROR)
                    ERROR();
                vm->steps++;
                goto safepoint;
            }
        }
        if (jg_is_obj(callable) && jg_obj_of(callable)->type == vm->t.builtin_function &&
            JG_AS(jg_native, callable)->self == JG_NULL) {
            sp = sp - arg - 2;
            SAVE();
            st = JG_AS(jg_native, callable)->fn(vm, args, n, NULL, &rout), r = rout;
            if (st == JG_OK) {
                PUSH(r);
                DISPATCH();
            }
            if (st == JG_SWITCHED) {
                LOAD();
                if (vm->exc != JG_NONE)
                    goto error;
                goto safepoint;
            }
            if (st == JG_NEEDS_PY)
                jg_raise(vm, vm->t.RuntimeError, "internal: native %s needs Python",
                         JG_AS(jg_native, callable)->name);
            if (st != JG_TAILCALL)
                ERROR();
            /* Re-run the generic path with the tail call. */
            jg_value targs[JG_MAX_TAILCALL_ARGS + 1];
            int tn = vm->tail.nargs;
            memcpy(targs + 1, vm->tail.args, (size_t)tn * sizeof *targs);
            jg_value callee = vm->tail.callable;
            jg_tuple *kw = vm->tail.kwnames;
            jg_tail_mode mode = vm->tail.mode;
            vm->tail.callable = JG_NONE;
            vm->tail.mode = JG_TAIL_CALL;
            if (mode != JG_TAIL_CALL)
                cr = resume_gen(vm, th, JG_AS(jg_gen, callee), targs[1],
                                mode == JG_TAIL_GEN_THROW, JG_FIN_GEN_NEXT, &rout), r = rout;
            else
                cr = call_object(vm, th, callee, targs + 1, tn, kw, JG_FIN_PUSH, &rout), r = rout;
            AFTER_CALL(cr, r);
            if (cr == CALL_PUSHED)
                goto safepoint;
            DISPATCH();
        }
        sp = sp - arg - 2;
        SAVE();
        cr = call_object(vm, th, callable, args, n, NULL, JG_FIN_PUSH, &rout), r = rout;
        AFTER_CALL(cr, r);
        if (cr == CALL_PUSHED)
            goto safepoint;
        DISPATCH();
    }
    CASE(CALL_KW)
    {
        EXPECT(jg_is_kind(TOP(), JG_K_TUPLE));
        jg_tuple *kwnames = JG_AS(jg_tuple, POP());
        jg_value *args = sp - arg;
        jg_value callable = args[-1];
        sp = args - 1;
        SAVE();
        cr = call_object(vm, th, callable, args, (int)arg, kwnames, JG_FIN_PUSH, &rout), r = rout;
        AFTER_CALL(cr, r);
        if (cr == CALL_PUSHED)
            goto safepoint;
        DISPATCH();
    }
    CASE(CALL_EX)
    {
        jg_value kwargs = (arg & 1) ? POP() : JG_NONE;
        jg_value pos = POP();
        jg_value callable = POP();
        SAVE();
        if (!jg_is_kind(pos, JG_K_TUPLE)) {
            jg_list *l;
            st = to_list(vm, pos, &l);
            if (st == JG_NEEDS_PY) {
                jg_value a[3] = {callable, pos, kwargs};
                SLOW("_call_ex", a, 3, JG_FIN_PUSH);
                DISPATCH();
            }
            if (st != JG_OK) {
                if (jg_exc_matches(vm, vm->t.TypeError)) {
                    char fs[200];
                    jg_clear_exc(vm);
                    jg_raise(vm, vm->t.TypeError, "%s argument after * must be an iterable, not %s",
                             jg_func_str(vm, callable, fs, sizeof fs), jg_type_name(vm, pos));
                }
                ERROR();
            }
            jg_tuple *tp = jg_tuple_from(vm, l->items, l->len);
            if (!tp) {
                jg_raise_nomem(vm);
                ERROR();
            }
            pos = jg_obj_value(tp);
        }
        jg_tuple *tp = JG_AS(jg_tuple, pos);
        uint32_t nkw = 0;
        jg_dict *kd = NULL;
        if (kwargs != JG_NONE) {
            if (!jg_is_kind(kwargs, JG_K_DICT)) {
                jg_value a[3] = {callable, pos, kwargs};
                SLOW("_call_ex", a, 3, JG_FIN_PUSH);
                DISPATCH();
            }
            kd = JG_AS(jg_dict, kwargs);
            nkw = kd->n_used;
        }
        /* Lay the arguments out on our own stack (it has room: the compiler
         * counted the tuple and dict, and frames carry slack) - or, if they
         * are many, in a temporary tuple-backed buffer. */
        size_t total = tp->len + nkw;
        jg_tuple *buf = jg_tuple_new(vm, total + 1);
        jg_tuple *kwnames = nkw ? jg_tuple_new(vm, nkw) : NULL;
        if (!buf || (nkw && !kwnames)) {
            jg_raise_nomem(vm);
            ERROR();
        }
        memcpy(buf->items + 1, tp->items, tp->len * sizeof(jg_value));
        if (kd) {
            uint32_t k = 0;
            for (uint32_t i = 0; i < kd->n_entries; i++) {
                jg_dict_entry *e = &kd->entries[i];
                if (e->key == JG_UNDEF)
                    continue;
                if (!jg_is_kind(e->key, JG_K_STR)) {
                    jg_raise(vm, vm->t.TypeError, "keywords must be strings");
                    ERROR();
                }
                kwnames->items[k] = e->key;
                buf->items[1 + tp->len + k] = e->value;
                k++;
            }
        }
        /* 'buf' needs no root: no collection happens before the callee has
         * copied its arguments (collections wait for a safepoint). */
        SAVE();
        cr = call_object(vm, th, callable, buf->items + 1, (int)total, kwnames, JG_FIN_PUSH, &rout);
        r = rout;
        AFTER_CALL(cr, r);
        if (cr == CALL_PUSHED)
            goto safepoint;
        DISPATCH();
    }
    CASE(MAKE_FUNCTION)
    {
        EXPECT(jg_is_kind(TOP(), JG_K_CODE));
        jg_code *c = JG_AS(jg_code, POP());
        jg_value closure = (arg & 0x08) ? POP() : JG_NONE;
        jg_value kwdefaults = (arg & 0x02) ? POP() : JG_NONE;
        jg_value defaults = (arg & 0x01) ? POP() : JG_NONE;
        EXPECT(closure == JG_NONE ? c->n_frees == 0 : closure_fits(closure, c));
        EXPECT(kwdefaults == JG_NONE || jg_is_kind(kwdefaults, JG_K_DICT));
        EXPECT(defaults == JG_NONE || jg_is_kind(defaults, JG_K_TUPLE));
        SAVE();
        jg_func *fn = jg_func_new(vm, c, f->globals);
        if (!fn) {
            jg_raise_nomem(vm);
            ERROR();
        }
        if (closure != JG_NONE)
            fn->closure = JG_AS(jg_tuple, closure);
        if (kwdefaults != JG_NONE)
            fn->kwdefaults = JG_AS(jg_dict, kwdefaults);
        if (defaults != JG_NONE)
            fn->defaults = JG_AS(jg_tuple, defaults);
        if (c->n_consts > 0 && jg_is_kind(c->consts[0], JG_K_STR) &&
            !(c->flags & (JG_CO_LAMBDA | JG_CO_COMPREHENSION | JG_CO_CLASS | JG_CO_MODULE)))
            fn->doc = c->consts[0];
        PUSH(jg_obj_value(fn));
        DISPATCH();
    }
    CASE(LOAD_BUILD_CLASS)
    {
        PUSH(jg_obj_value(vm->build_class));
        DISPATCH();
    }
    CASE(RETURN_VALUE)
    {
        r = POP();
        if (f->finish == JG_FIN_PUSH && !f->gen) {
            /* The common return inline: pop the frame, push the value. */
            jg_frame *done = f;
            th->frame = done->back;
            th->depth -= JG_COUNTS_DEPTH(code);
            done->back = NULL;
            chunk_pop(vm, th, done);
            LOAD();
            PUSH(r);
            DISPATCH();
        }
        SAVE();
        goto do_return;
    }
    CASE(YIELD_VALUE)
    {
        r = POP();
        SAVE();
        jg_gen *g = f->gen;
        if (!g) {
            jg_raise(vm, vm->t.RuntimeError, "internal: yield outside a generator frame");
            ERROR();
        }
        g->state = JG_GEN_SUSPENDED;
        th->frame = f->back;
        th->depth -= JG_COUNTS_DEPTH(f->code);
        f->back = NULL;
        LOAD();
        PUSH(r);
        DISPATCH();
    }
    CASE(GET_YIELD_FROM_ITER)
    {
        jg_value v = TOP();
        if (jg_is_kind(v, JG_K_GEN))
            DISPATCH();
        SAVE();
        st = jg_get_iter(vm, v, &rout), r = rout;
        if (st == JG_OK) {
            TOP() = r;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        sp--;
        SLOW("_iter", &v, 1, JG_FIN_PUSH);
        DISPATCH();
    }
    CASE(SEND)
    {
        jg_value v = POP();
        jg_value recv = TOP();
        SAVE();
        if (jg_is_kind(recv, JG_K_GEN)) {
            cr = resume_gen(vm, th, JG_AS(jg_gen, recv), v, false, JG_FIN_GEN_SEND, &rout);
            r = rout;
            if (cr == CALL_PUSHED) {
                LOAD();
                goto safepoint;
            }
            if (cr == CALL_ERROR)
                ERROR();
            /* exhausted already */
            sp--;
            PUSH(JG_NONE);
            ip = code->code + arg;
            DISPATCH();
        }
        if (v == JG_NONE) {
            st = jg_next(vm, recv, &rout), r = rout;
            if (st == JG_OK) {
                if (r == JG_UNDEF) {
                    sp--;
                    PUSH(JG_NONE);
                    ip = code->code + arg;
                } else {
                    PUSH(r);
                }
                DISPATCH();
            }
            if (st != JG_NEEDS_PY)
                ERROR();
        }
        {
            jg_value a[2] = {recv, v};
            SLOW("_send", a, 2, JG_FIN_FOR_ITER);
        }
        DISPATCH();
    }
    CASE(BUILD_TUPLE)
    {
        SAVE();
        jg_tuple *t = jg_tuple_from(vm, sp - arg, arg);
        if (!t) {
            jg_raise_nomem(vm);
            ERROR();
        }
        sp -= arg;
        PUSH(jg_obj_value(t));
        DISPATCH();
    }
    CASE(BUILD_LIST)
    {
        SAVE();
        jg_list *l = jg_list_from(vm, sp - arg, arg);
        if (!l) {
            jg_raise_nomem(vm);
            ERROR();
        }
        sp -= arg;
        PUSH(jg_obj_value(l));
        DISPATCH();
    }
    CASE(BUILD_SET)
    {
        SAVE();
        jg_set *s = jg_set_new(vm, vm->t.set);
        if (!s) {
            jg_raise_nomem(vm);
            ERROR();
        }
        for (uint32_t i = 0; i < arg; i++) {
            st = jg_set_add(vm, s, sp[-(int)arg + (int)i]);
            if (st == JG_NEEDS_PY) {
                jg_tuple *t = jg_tuple_from(vm, sp - arg, arg);
                if (!t) {
                    jg_raise_nomem(vm);
                    ERROR();
                }
                sp -= arg;
                jg_value a = jg_obj_value(t);
                SLOW("_build_set", &a, 1, JG_FIN_PUSH);
                goto build_set_done;
            }
            if (st != JG_OK)
                ERROR();
        }
        sp -= arg;
        PUSH(jg_obj_value(s));
    build_set_done:
        DISPATCH();
    }
    CASE(BUILD_MAP)
    {
        SAVE();
        jg_dict *d = jg_dict_new_sized(vm, arg);
        if (!d) {
            jg_raise_nomem(vm);
            ERROR();
        }
        jg_value *items = sp - 2 * arg;
        for (uint32_t i = 0; i < arg; i++) {
            st = jg_dict_set(vm, d, items[2 * i], items[2 * i + 1]);
            if (st == JG_NEEDS_PY) {
                jg_tuple *t = jg_tuple_from(vm, items, 2 * arg);
                if (!t) {
                    jg_raise_nomem(vm);
                    ERROR();
                }
                sp -= 2 * arg;
                jg_value a = jg_obj_value(t);
                SLOW("_build_map", &a, 1, JG_FIN_PUSH);
                goto build_map_done;
            }
            if (st != JG_OK)
                ERROR();
        }
        sp -= 2 * arg;
        PUSH(jg_obj_value(d));
    build_map_done:
        DISPATCH();
    }
    CASE(BUILD_SLICE)
    {
        SAVE();
        jg_value step = arg == 3 ? POP() : JG_NONE;
        jg_value stop = POP();
        jg_value start = POP();
        jg_slice *s = jg_gc_alloc(vm, vm->t.slice, sizeof(jg_slice));
        if (!s) {
            jg_raise_nomem(vm);
            ERROR();
        }
        s->start = start;
        s->stop = stop;
        s->step = step;
        PUSH(jg_obj_value(s));
        DISPATCH();
    }
    CASE(BUILD_STRING)
    {
        SAVE();
        size_t len = 0;
        for (uint32_t i = 0; i < arg; i++) {
            EXPECT(jg_is_kind(sp[-(int)arg + (int)i], JG_K_STR));
            len += JG_AS(jg_str, sp[-(int)arg + (int)i])->len;
        }
        char *buf = malloc(len + 1);
        if (!buf) {
            jg_raise_nomem(vm);
            ERROR();
        }
        size_t pos = 0;
        for (uint32_t i = 0; i < arg; i++) {
            jg_str *s = JG_AS(jg_str, sp[-(int)arg + (int)i]);
            memcpy(buf + pos, s->data, s->len);
            pos += s->len;
        }
        jg_str *s = jg_str_new(vm, buf, len);
        free(buf);
        if (!s) {
            jg_raise_nomem(vm);
            ERROR();
        }
        sp -= arg;
        PUSH(jg_obj_value(s));
        DISPATCH();
    }
    CASE(LIST_APPEND)
    {
        EXPECT(jg_is_kind(PEEK(arg + 1), JG_K_LIST));
        jg_value v = POP();
        SAVE();
        CHECK(jg_list_append(vm, JG_AS(jg_list, PEEK(arg)), v));
        DISPATCH();
    }
    CASE(SET_ADD)
    {
        EXPECT(jg_is_kind(PEEK(arg + 1), JG_K_SET));
        jg_value v = POP();
        SAVE();
        st = jg_set_add(vm, JG_AS(jg_set, PEEK(arg)), v);
        if (st == JG_OK)
            DISPATCH();
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[2] = {PEEK(arg), v};
            SLOW("_set_add", a, 2, JG_FIN_DISCARD);
        }
        DISPATCH();
    }
    CASE(MAP_ADD)
    {
        EXPECT(jg_is_kind(PEEK(arg + 2), JG_K_DICT));
        jg_value v = POP();
        jg_value k = POP();
        SAVE();
        st = jg_dict_set(vm, JG_AS(jg_dict, PEEK(arg)), k, v);
        if (st == JG_OK)
            DISPATCH();
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[3] = {PEEK(arg), k, v};
            SLOW("_setitem", a, 3, JG_FIN_DISCARD);
        }
        DISPATCH();
    }
    CASE(LIST_EXTEND)
    {
        jg_value it = POP();
        jg_value l = PEEK(arg);
        SAVE();
        jg_list *items;
        st = to_list(vm, it, &items);
        if (st == JG_OK) {
            for (uint32_t i = 0; i < items->len; i++)
                CHECK(jg_list_append(vm, JG_AS(jg_list, l), items->items[i]));
            DISPATCH();
        }
        if (st != JG_NEEDS_PY) {
            if (jg_exc_matches(vm, vm->t.TypeError)) {
                jg_clear_exc(vm);
                jg_raise(vm, vm->t.TypeError, "Value after * must be an iterable, not %s",
                         jg_type_name(vm, it));
            }
            ERROR();
        }
        {
            jg_value a[2] = {l, it};
            SLOW("_list_extend", a, 2, JG_FIN_DISCARD);
        }
        DISPATCH();
    }
    CASE(SET_UPDATE)
    {
        jg_value it = POP();
        jg_value s = PEEK(arg);
        jg_value a[2] = {s, it};
        SLOW("_set_update", a, 2, JG_FIN_DISCARD);
        DISPATCH();
    }
    CASE(DICT_UPDATE)
    {
        jg_value m = POP();
        jg_value d = PEEK(arg);
        jg_value a[2] = {d, m};
        SLOW("_dict_update", a, 2, JG_FIN_DISCARD);
        DISPATCH();
    }
    CASE(DICT_MERGE)
    {
        jg_value m = POP();
        jg_value d = PEEK(arg);
        jg_value fn = PEEK(arg + 2);
        jg_value a[3] = {d, m, fn};
        SLOW("_dict_merge", a, 3, JG_FIN_DISCARD);
        DISPATCH();
    }
    CASE(LIST_TO_TUPLE)
    {
        EXPECT(jg_is_kind(TOP(), JG_K_LIST));
        SAVE();
        jg_list *l = JG_AS(jg_list, TOP());
        jg_tuple *t = jg_tuple_from(vm, l->items, l->len);
        if (!t) {
            jg_raise_nomem(vm);
            ERROR();
        }
        TOP() = jg_obj_value(t);
        DISPATCH();
    }
    CASE(UNPACK_SEQUENCE)
    {
        jg_value seq = POP();
        SAVE();
        st = unpack_seq(vm, seq, arg, sp);
        if (st == JG_OK) {
            sp += arg;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            /* The prelude returns a tuple; re-run UNPACK_SEQUENCE on it. */
            jg_value a[2] = {seq, jg_int(arg)};
            ip--;
            SLOW("_unpack", a, 2, JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(UNPACK_EX)
    {
        jg_value seq = POP();
        uint32_t before = arg & 0xFF, after = arg >> 8;
        SAVE();
        jg_list *l;
        st = to_list(vm, seq, &l);
        if (st == JG_NEEDS_PY) {
            jg_value a[1] = {seq};
            ip--;
            SLOW("_to_list", a, 1, JG_FIN_PUSH);
            DISPATCH();
        }
        if (st != JG_OK) {
            if (jg_exc_matches(vm, vm->t.TypeError)) {
                jg_clear_exc(vm);
                jg_raise(vm, vm->t.TypeError, "cannot unpack non-iterable %s object",
                         jg_type_name(vm, seq));
            }
            ERROR();
        }
        if (l->len < before + after) {
            jg_raise(vm, vm->t.ValueError,
                     "not enough values to unpack (expected at least %u, got %u)", before + after,
                     l->len);
            ERROR();
        }
        /* Push after-items (last first), the middle list, then before-items. */
        for (uint32_t i = 0; i < after; i++)
            PUSH(l->items[l->len - 1 - i]);
        jg_list *mid = jg_list_from(vm, l->items + before, l->len - before - after);
        if (!mid) {
            jg_raise_nomem(vm);
            ERROR();
        }
        PUSH(jg_obj_value(mid));
        for (uint32_t i = before; i-- > 0;)
            PUSH(l->items[i]);
        DISPATCH();
    }
    /* The common arithmetic inline: small ints (overflow checked) and floats.
     * Everything else goes to binop_slow with the operator in 'bop'. */
#define ARITH(NAME, OPNUM, INPLACE, INT_OP, FLOAT_OP)                                        \
    CASE(NAME)                                                                               \
    {                                                                                        \
        jg_value b_ = sp[-1], a_ = sp[-2];                                                   \
        if (jg_is_int(a_) && jg_is_int(b_)) {                                                \
            int64_t x_ = jg_as_int(a_), y_ = jg_as_int(b_), z_;                              \
            if (!INT_OP(x_, y_, &z_) && jg_int_fits(z_)) {                                   \
                sp--;                                                                        \
                sp[-1] = jg_int(z_);                                                         \
                DISPATCH();                                                                  \
            }                                                                                \
        } else if (jg_is_float(a_) && jg_is_float(b_)) {                                     \
            sp--;                                                                            \
            sp[-1] = jg_float_arith(jg_as_float(a_) FLOAT_OP jg_as_float(b_));               \
            DISPATCH();                                                                      \
        }                                                                                    \
        bop = OPNUM;                                                                         \
        binplace = INPLACE;                                                                  \
        goto binop_slow;                                                                     \
    }
#define INT_ADD(x, y, z) __builtin_add_overflow(x, y, z)
#define INT_SUB(x, y, z) __builtin_sub_overflow(x, y, z)
#define INT_MUL(x, y, z) __builtin_mul_overflow(x, y, z)
    ARITH(BINARY_ADD, JG_OP_ADD, false, INT_ADD, +)
    ARITH(BINARY_SUB, JG_OP_SUB, false, INT_SUB, -)
    ARITH(BINARY_MUL, JG_OP_MULT, false, INT_MUL, *)
    ARITH(INPLACE_ADD, JG_OP_ADD, true, INT_ADD, +)
    ARITH(INPLACE_SUB, JG_OP_SUB, true, INT_SUB, -)
    ARITH(INPLACE_MUL, JG_OP_MULT, true, INT_MUL, *)
#undef ARITH
    CASE(BINARY_TRUEDIV)
    CASE(INPLACE_TRUEDIV)
    {
        jg_value b_ = sp[-1], a_ = sp[-2];
        double x_, y_;
        if (jg_is_float(a_))
            x_ = jg_as_float(a_);
        else if (jg_is_int(a_))
            x_ = (double)jg_as_int(a_); /* exact: small ints have 48 bits */
        else
            goto truediv_slow;
        if (jg_is_float(b_))
            y_ = jg_as_float(b_);
        else if (jg_is_int(b_))
            y_ = (double)jg_as_int(b_);
        else
            goto truediv_slow;
        if (y_ != 0.0) {
            sp--;
            sp[-1] = jg_float_arith(x_ / y_);
            DISPATCH();
        }
    truediv_slow:
        bop = JG_OP_DIV;
        binplace = JG_OP(ins) == JG_OP_INPLACE_TRUEDIV;
        goto binop_slow;
    }
    CASE(BINARY_FLOORDIV)
    CASE(BINARY_MOD)
    CASE(BINARY_POW)
    CASE(BINARY_LSHIFT)
    CASE(BINARY_RSHIFT)
    CASE(BINARY_AND)
    CASE(BINARY_OR)
    CASE(BINARY_XOR)
    CASE(INPLACE_FLOORDIV)
    CASE(INPLACE_MOD)
    CASE(INPLACE_POW)
    CASE(INPLACE_LSHIFT)
    CASE(INPLACE_RSHIFT)
    CASE(INPLACE_AND)
    CASE(INPLACE_OR)
    CASE(INPLACE_XOR)
    {
        bop = binop_of_opcode[JG_OP(ins)];
        binplace = JG_OP(ins) >= JG_OP_INPLACE_ADD;
    binop_slow:;
        jg_value b = POP(), a = TOP();
        if (bop == JG_OP_ADD && jg_is_obj(a) && jg_is_obj(b) &&
            jg_obj_of(a)->type == vm->t.str && jg_obj_of(b)->type == vm->t.str) {
            /* str + str without the operator protocol's dispatch. */
            jg_str *cat = jg_str_concat(vm, JG_AS(jg_str, a), JG_AS(jg_str, b));
            if (cat) {
                TOP() = jg_obj_value(cat);
                DISPATCH();
            }
        }
        jg_value fast;
        if (fast_binop(vm, bop, a, b, &fast)) {
            TOP() = fast;
            DISPATCH();
        }
        SAVE();
        st = JG_NEEDS_PY;
        if ((jg_is_int(a) || (jg_is_obj(a) && jg_obj_of(a)->type == vm->t.int_)) &&
            (jg_is_int(b) || (jg_is_obj(b) && jg_obj_of(b)->type == vm->t.int_))) {
            /* Exact ints: int arithmetic without the protocol's dispatch. */
            st = jg_int_binop(vm, bop, a, b, &rout), r = rout;
            if (st == JG_OK && r == JG_NOTIMPLEMENTED)
                st = JG_NEEDS_PY;
        }
        if (st == JG_NEEDS_PY)
            st = jg_binop(vm, bop, binplace, a, b, &rout), r = rout;
        if (st == JG_OK) {
            TOP() = r;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value args3[3] = {a, b, jg_int(bop + (binplace ? 16 : 0))};
            sp--;
            SLOW("_binop", args3, 3, JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(UNARY_POSITIVE)
    CASE(UNARY_NEGATIVE)
    CASE(UNARY_INVERT)
    {
        jg_value a = TOP();
        if (JG_OP(ins) == JG_OP_UNARY_NEGATIVE) {
            if (jg_is_int(a) && jg_as_int(a) != JG_SMALL_MIN) {
                TOP() = jg_int(-jg_as_int(a));
                DISPATCH();
            }
            if (jg_is_float(a)) {
                TOP() = jg_float(-jg_as_float(a));
                DISPATCH();
            }
        }
        SAVE();
        int which = JG_OP(ins) == JG_OP_UNARY_POSITIVE ? 0 : JG_OP(ins) == JG_OP_UNARY_NEGATIVE ? 1 : 2;
        st = jg_unary(vm, which, a, &rout), r = rout;
        if (st == JG_OK) {
            TOP() = r;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value args2[2] = {a, jg_int(which)};
            sp--;
            SLOW("_unary", args2, 2, JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(UNARY_NOT)
    {
        int t = fast_truth(vm, TOP());
        if (t >= 0) {
            TOP() = jg_bool(!t);
            DISPATCH();
        }
        if (t == -2)
            ERROR();
        jg_value a = POP();
        SLOW("_truth", &a, 1, JG_FIN_NOT);
        DISPATCH();
    }
    CASE(BINARY_SUBSCR)
    {
        jg_value key = POP(), obj = TOP();
        if (jg_is_int(key) && jg_is_obj(obj)) {
            jg_obj *o = jg_obj_of(obj);
            int64_t i = jg_as_int(key);
            if (o->type == vm->t.list) {
                jg_list *l = (jg_list *)o;
                if (i < 0)
                    i += l->len;
                if (i >= 0 && i < (int64_t)l->len) {
                    TOP() = l->items[i];
                    DISPATCH();
                }
            } else if (o->type == vm->t.tuple) {
                jg_tuple *t = (jg_tuple *)o;
                if (i < 0)
                    i += t->len;
                if (i >= 0 && i < (int64_t)t->len) {
                    TOP() = t->items[i];
                    DISPATCH();
                }
            }
        }
        SAVE();
        st = jg_getitem(vm, obj, key, &rout), r = rout;
        if (st == JG_OK) {
            TOP() = r;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[2] = {obj, key};
            sp--;
            SLOW("_getitem", a, 2, JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(STORE_SUBSCR)
    {
        jg_value key = POP(), obj = POP(), v = POP();
        if (jg_is_int(key) && jg_is_obj(obj) && jg_obj_of(obj)->type == vm->t.list) {
            jg_list *l = JG_AS(jg_list, obj);
            int64_t i = jg_as_int(key);
            if (i < 0)
                i += l->len;
            if (i >= 0 && i < (int64_t)l->len) {
                l->items[i] = v;
                DISPATCH();
            }
        }
        SAVE();
        st = jg_setitem(vm, obj, key, v);
        if (st == JG_OK)
            DISPATCH();
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[3] = {obj, key, v};
            SLOW("_setitem", a, 3, JG_FIN_DISCARD);
        }
        DISPATCH();
    }
    CASE(DELETE_SUBSCR)
    {
        jg_value key = POP(), obj = POP();
        SAVE();
        st = jg_delitem(vm, obj, key);
        if (st == JG_OK)
            DISPATCH();
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[2] = {obj, key};
            SLOW("_delitem", a, 2, JG_FIN_DISCARD);
        }
        DISPATCH();
    }
    CASE(COMPARE_OP)
    {
        jg_value b = POP(), a = TOP();
        bool res;
        if (fast_compare((int)arg, a, b, &res)) {
            uint32_t next = *ip;
            if (JG_OP(next) == JG_OP_POP_JUMP_IF_FALSE) {
                sp--;
                ip++;
                if (!res)
                    JUMP_TO(JG_ARG(next));
                DISPATCH();
            }
            if (JG_OP(next) == JG_OP_POP_JUMP_IF_TRUE) {
                sp--;
                ip++;
                if (res)
                    JUMP_TO(JG_ARG(next));
                DISPATCH();
            }
            TOP() = jg_bool(res);
            DISPATCH();
        }
        SAVE();
        st = jg_compare(vm, a, b, (int)arg, &rout), r = rout;
        if (st == JG_OK) {
            TOP() = r;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a3[3] = {a, b, jg_int(arg)};
            sp--;
            SLOW("_compare", a3, 3, JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(IS_OP)
    {
        jg_value b = POP(), a = TOP();
        bool same = a == b;
        TOP() = jg_bool(arg ? !same : same);
        DISPATCH();
    }
    CASE(CONTAINS_OP)
    {
        jg_value container = POP(), v = TOP();
        bool res;
        SAVE();
        st = jg_contains(vm, container, v, &res);
        if (st == JG_OK) {
            TOP() = jg_bool(arg ? !res : res);
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[2] = {container, v};
            sp--;
            SLOW("_contains", a, 2, arg ? JG_FIN_NOT : JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(JUMP)
    {
        JUMP_TO(arg);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_FALSE)
    CASE(POP_JUMP_IF_TRUE)
    {
        jg_value v = POP();
        int t = fast_truth(vm, v);
        if (t >= 0) {
            if ((JG_OP(ins) == JG_OP_POP_JUMP_IF_TRUE) == (t == 1))
                JUMP_TO(arg);
            DISPATCH();
        }
        SAVE();
        if (t == -2)
            ERROR();
        SLOW("_truth", &v, 1, JG_FIN_TRUTH_JUMP);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NONE)
    {
        if (POP() == JG_NONE)
            JUMP_TO(arg);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NOT_NONE)
    {
        if (POP() != JG_NONE)
            JUMP_TO(arg);
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP)
    CASE(JUMP_IF_TRUE_OR_POP)
    {
        jg_value v = TOP();
        int t = fast_truth(vm, v);
        if (t >= 0) {
            if ((JG_OP(ins) == JG_OP_JUMP_IF_TRUE_OR_POP) == (t == 1))
                JUMP_TO(arg);
            else
                sp--;
            DISPATCH();
        }
        SAVE();
        if (t == -2)
            ERROR();
        SLOW("_truth", &v, 1, JG_FIN_TRUTH_JUMP);
        DISPATCH();
    }
    CASE(GET_ITER)
    {
        jg_value v = TOP();
        SAVE();
        st = jg_get_iter(vm, v, &rout), r = rout;
        if (st == JG_OK) {
            TOP() = r;
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        sp--;
        SLOW("_iter", &v, 1, JG_FIN_PUSH);
        DISPATCH();
    }
    CASE(FOR_ITER)
    {
        jg_value it = TOP();
        if (jg_is_obj(it)) {
            jg_obj *o = jg_obj_of(it);
            if (o->type == vm->t.range_iterator && ((jg_iter *)o)->pos_flags == 0) {
                if (jg_iter_range_next((jg_iter *)o, &rout)) {
                    r = rout;
                    PUSH(r);
                } else {
                    sp--;
                    ip = code->code + arg;
                }
                DISPATCH();
            }
            if (o->type == vm->t.list_iterator) {
                if (jg_iter_list_next((jg_iter *)o, &rout)) {
                    r = rout;
                    PUSH(r);
                } else {
                    sp--;
                    ip = code->code + arg;
                }
                DISPATCH();
            }
            if (o->type->kind == JG_K_GEN) {
                SAVE();
                cr = resume_gen(vm, th, (jg_gen *)o, JG_NONE, false, JG_FIN_GEN_FOR, &rout);
                r = rout;
                if (cr == CALL_PUSHED) {
                    LOAD();
                    goto safepoint;
                }
                if (cr == CALL_ERROR)
                    ERROR();
                sp--;
                ip = code->code + arg;
                DISPATCH();
            }
            if (!(o->type->flags & JG_TF_USER) && o->type->hooks && o->type->hooks->next) {
                SAVE();
                st = o->type->hooks->next(vm, it, &rout), r = rout;
                if (st == JG_OK) {
                    if (r == JG_UNDEF) {
                        sp--;
                        ip = code->code + arg;
                    } else {
                        PUSH(r);
                    }
                    DISPATCH();
                }
                if (st != JG_NEEDS_PY)
                    ERROR();
            }
        }
        SAVE();
        SLOW("_for_next", &it, 1, JG_FIN_FOR_ITER);
        DISPATCH();
    }
    CASE(FORMAT_VALUE)
    {
        jg_value spec = (arg & 4) ? POP() : JG_NONE;
        jg_value v = POP();
        int conv = (int)(arg & 3);
        SAVE();
        jg_str *s = NULL;
        if (conv == 0 && spec == JG_NONE && jg_is_obj(v) && jg_obj_of(v)->type == vm->t.str) {
            PUSH(v);
            DISPATCH();
        }
        st = JG_OK;
        jg_value conv_v = v;
        if (conv == 1 || conv == 2 || conv == 3) {
            st = conv == 1 ? jg_str_of(vm, v, &s) : jg_repr(vm, v, &s);
            if (st == JG_OK && conv == 3)
                st = jg_ascii_of(vm, s, &s);
            if (st == JG_OK)
                conv_v = jg_obj_value(s);
        }
        if (st == JG_OK) {
            if (spec != JG_NONE && !jg_is_kind(spec, JG_K_STR))
                goto bad_frame;
            jg_str *sp_str = spec == JG_NONE ? NULL : JG_AS(jg_str, spec);
            st = jg_format_value(vm, conv_v, sp_str, &s);
        }
        if (st == JG_OK) {
            PUSH(jg_obj_value(s));
            DISPATCH();
        }
        if (st != JG_NEEDS_PY)
            ERROR();
        {
            jg_value a[3] = {v, jg_int(conv), spec};
            SLOW("_format_value", a, 3, JG_FIN_PUSH);
        }
        DISPATCH();
    }
    CASE(RAISE_VARARGS)
    {
        SAVE();
        if (arg == 0) {
            jg_value h = th->handled;
            if (h == JG_NONE) {
                jg_raise(vm, vm->t.RuntimeError, "No active exception to reraise");
                ERROR();
            }
            vm->exc = h;
            reraise = true;
            ERROR();
        }
        jg_value cause = arg == 2 ? POP() : JG_UNDEF;
        jg_value exc = POP();
        SAVE();
        if (jg_typeof(vm, exc) == vm->t.type &&
            jg_type_is_subtype((jg_type *)jg_as_obj(exc), vm->t.BaseException)) {
            jg_type *t = (jg_type *)jg_as_obj(exc);
            if (t->flags & JG_TF_USER && t->py_slots & JG_PS_INIT) {
                /* Instantiate in Python; finish_inline raises the result. */
                jg_value a[2] = {exc, cause == JG_UNDEF ? JG_NULL : cause};
                SLOW("_make_exc", a, 2, JG_FIN_INLINE);
                DISPATCH();
            }
        }
        if (cause != JG_UNDEF) {
            jg_value c = cause;
            if (c != JG_NONE) {
                if (jg_typeof(vm, c) == vm->t.type &&
                    jg_type_is_subtype((jg_type *)jg_as_obj(c), vm->t.BaseException)) {
                    CHECK(jg_exc_new(vm, (jg_type *)jg_as_obj(c), NULL, &c));
                } else if (!jg_isinstance(vm, c, vm->t.BaseException)) {
                    jg_raise(vm, vm->t.TypeError,
                             "exception causes must derive from BaseException");
                    ERROR();
                }
            }
            if (jg_typeof(vm, exc) == vm->t.type &&
                jg_type_is_subtype((jg_type *)jg_as_obj(exc), vm->t.BaseException))
                CHECK(jg_exc_new(vm, (jg_type *)jg_as_obj(exc), NULL, &exc));
            if (!jg_isinstance(vm, exc, vm->t.BaseException)) {
                jg_raise(vm, vm->t.TypeError, "exceptions must derive from BaseException");
                ERROR();
            }
            JG_AS(jg_exc, exc)->cause = c;
            JG_AS(jg_exc, exc)->suppress_context = true;
        }
        st = jg_raise_value(vm, exc);
        ERROR();
    }
    CASE(RERAISE)
    {
        EXPECT(jg_is_kind(TOP(), JG_K_EXC));
        jg_value exc = POP();
        if (arg)
            sp--;
        SAVE();
        vm->exc = exc;
        reraise = true;
        ERROR();
    }
    CASE(PUSH_EXC_INFO)
    {
        EXPECT(jg_is_kind(TOP(), JG_K_EXC));
        jg_value exc = TOP();
        TOP() = th->handled;
        PUSH(exc);
        th->handled = exc;
        DISPATCH();
    }
    CASE(POP_EXCEPT)
    {
        EXPECT(TOP() == JG_NONE || jg_is_kind(TOP(), JG_K_EXC));
        th->handled = POP();
        DISPATCH();
    }
    CASE(CHECK_EXC_MATCH)
    {
        jg_value t = TOP(), exc = PEEK(2);
        bool m;
        SAVE();
        CHECK(exc_match(vm, exc, t, &m));
        TOP() = jg_bool(m);
        DISPATCH();
    }
    CASE(LOAD_ASSERTION_ERROR)
    {
        PUSH(jg_obj_value(vm->t.AssertionError));
        DISPATCH();
    }
    CASE(BEFORE_WITH)
    {
        jg_value mgr = TOP();
        SAVE();
        jg_value enter, exitf;
        st = jg_getattr(vm, mgr, jg_sym(vm, JG_SYM___enter__), &enter);
        if (st == JG_OK)
            st = jg_getattr(vm, mgr, jg_sym(vm, JG_SYM___exit__), &exitf);
        if (st == JG_RAISED && jg_exc_matches(vm, vm->t.AttributeError)) {
            jg_clear_exc(vm);
            jg_raise(vm, vm->t.TypeError,
                     "'%s' object does not support the context manager protocol",
                     jg_type_name(vm, mgr));
            ERROR();
        }
        if (st == JG_NEEDS_PY) {
            /* _before_with returns (exit, enter_result) computed in Python. */
            sp--;
            jg_value a = mgr;
            SLOW("_with_enter", &a, 1, JG_FIN_INLINE);
            DISPATCH();
        }
        if (st != JG_OK)
            ERROR();
        TOP() = exitf;
        {
            jg_value *args = sp + 1;
            sp[0] = enter; /* scratch below the (empty) argument list */
            cr = call_object(vm, th, enter, args, 0, NULL, JG_FIN_PUSH, &rout), r = rout;
            AFTER_CALL(cr, r);
            if (cr == CALL_PUSHED)
                goto safepoint;
        }
        DISPATCH();
    }
    CASE(WITH_EXCEPT_START)
    {
        EXPECT(jg_is_kind(TOP(), JG_K_EXC));
        jg_value exc = TOP();
        jg_value exitf = PEEK(4);
        SAVE();
        jg_value buf[4];
        buf[1] = jg_obj_value(jg_typeof(vm, exc));
        buf[2] = exc;
        buf[3] = jg_exc_traceback(vm, exc);
        cr = call_object(vm, th, exitf, buf + 1, 3, NULL, JG_FIN_PUSH, &rout), r = rout;
        AFTER_CALL(cr, r);
        if (cr == CALL_PUSHED)
            goto safepoint;
        DISPATCH();
    }
    CASE(IMPORT_NAME)
    {
        SAVE();
        jg_str *name = code->names[arg];
        jg_module *m;
        jg_code *body;
        st = jg_import_begin(vm, name, &m, &body);
        if (st != JG_OK)
            ERROR();
        if (!body) {
            PUSH(jg_obj_value(m));
            DISPATCH();
        }
        /* Run the module body in a frame that finishes by pushing the module. */
        jg_func *fn = jg_func_new(vm, body, m->dict);
        if (!fn) {
            jg_raise_nomem(vm);
            ERROR();
        }
        cr = call_function(vm, th, fn, NULL, 0, NULL, JG_FIN_IMPORT, jg_obj_value(m), &rout);
        r = rout;
        if (cr != CALL_PUSHED)
            ERROR();
        th->frame->locals = m->dict;
        LOAD();
        goto safepoint;
    }
    CASE(IMPORT_FROM)
    {
        jg_value mod = TOP();
        jg_str *name = code->names[arg];
        SAVE();
        st = jg_getattr(vm, mod, name, &rout), r = rout;
        if (st == JG_RAISED && jg_exc_matches(vm, vm->t.AttributeError) &&
            jg_is_kind(mod, JG_K_MODULE)) {
            jg_clear_exc(vm);
            jg_module *m = JG_AS(jg_module, mod);
            if (m->path)
                jg_raise(vm, vm->t.ImportError, "cannot import name '%s' from '%s' (%s)",
                         name->data, m->name->data, m->path->data);
            else
                jg_raise(vm, vm->t.ImportError,
                         "cannot import name '%s' from '%s' (unknown location)", name->data,
                         m->name->data);
            jg_exc_set_import_info(vm, m->name, m->path ? jg_obj_value(m->path) : JG_NONE);
            ERROR();
        }
        if (st != JG_OK)
            ERROR();
        PUSH(r);
        DISPATCH();
    }
    CASE(IMPORT_STAR)
    {
        jg_value mod = POP();
        SAVE();
        CHECK(jg_import_star(vm, mod, f->locals ? f->locals : f->globals));
        DISPATCH();
    }
    CASE(GET_LEN)
    {
        int64_t n;
        SAVE();
        CHECK(jg_len(vm, TOP(), &n));
        PUSH(jg_int_from_i64(vm, n));
        DISPATCH();
    }

#ifndef JG_COMPUTED_GOTO
    default:
        jg_raise(vm, vm->t.RuntimeError, "bad opcode");
        goto error;
    }
#endif

    /* ------------------------------------------------------------ returns */

do_return:
    /* 'r' is the value; 'f' the finished frame, already saved. */
    {
        jg_frame *done = f;
        uint8_t fin = done->finish;
        jg_value extra = done->extra;
        jg_gen *g = done->gen;
        th->frame = done->back;
        th->depth -= JG_COUNTS_DEPTH(done->code);
        if (g) {
            g->state = JG_GEN_CLOSED;
            done->back = NULL;
        } else {
            done->back = NULL;
            if (done->is_chunked)
                chunk_pop(vm, th, done);
        }
        if (fin == JG_FIN_ENTRY) {
            *out = r;
            return JG_OK;
        }
        if (fin == JG_FIN_TASKLET) {
            jg_sched_tasklet_done(vm, JG_UNDEF);
            LOAD();
            if (vm->exc != JG_NONE)
                goto error;
            goto safepoint;
        }
        LOAD();
        if (g) {
            if (fin == JG_FIN_GEN_FOR) {
                sp--;
                ip = code->code + JG_ARG(ip[-1]);
                DISPATCH();
            }
            if (fin == JG_FIN_GEN_SEND) {
                sp--;
                PUSH(r);
                ip = code->code + JG_ARG(ip[-1]);
                DISPATCH();
            }
            /* next()/send(): the return becomes StopIteration(value). */
            rout = r;
            jg_tuple *args = r == JG_NONE ? NULL : jg_tuple_from(vm, &rout, 1);
            jg_value exc;
            SAVE();
            CHECK(jg_exc_new(vm, vm->t.StopIteration, args, &exc));
            jg_raise_set(vm, exc);
            ERROR();
        }
        switch (fin) {
            case JG_FIN_PUSH:
                PUSH(r);
                DISPATCH();
            case JG_FIN_DISCARD:
                DISPATCH();
            case JG_FIN_CONSTRUCT:
                if (r != JG_NONE) {
                    SAVE();
                    jg_raise(vm, vm->t.TypeError, "__init__() should return None, not '%s'",
                             jg_type_name(vm, r));
                    ERROR();
                }
                PUSH(extra);
                DISPATCH();
            case JG_FIN_IMPORT:
                SAVE();
                jg_import_done(vm, JG_AS(jg_module, extra));
                PUSH(extra);
                DISPATCH();
            case JG_FIN_CLASS_BODY: {
                /* extra = (name, bases); the namespace is the body's locals. */
                SAVE();
                jg_tuple *nb = JG_AS(jg_tuple, extra);
                jg_value cls;
                CHECK(jg_class_new(vm, JG_AS(jg_str, nb->items[0]), JG_AS(jg_tuple, nb->items[1]),
                                   JG_AS(jg_dict, nb->items[2]), &cls));
                PUSH(cls);
                DISPATCH();
            }
            default:
                goto finish_inline;
        }
    }

bad_frame:
    SAVE();
    jg_raise(vm, vm->t.RuntimeError, "frame state does not fit its code");
    goto error;

finish_inline:
    /* Finishes that depend on the caller's instruction, for results that came
     * back either from a popped frame or synchronously: 'r' is the value. */
    {
        uint8_t fin;
        /* The finish kind is recovered from the instruction at ip-1. */
        uint32_t prev = ip[-1];
        switch (JG_OP(prev)) {
            case JG_OP_POP_JUMP_IF_FALSE:
            case JG_OP_POP_JUMP_IF_TRUE:
            case JG_OP_JUMP_IF_FALSE_OR_POP:
            case JG_OP_JUMP_IF_TRUE_OR_POP:
                fin = JG_FIN_TRUTH_JUMP;
                break;
            case JG_OP_UNARY_NOT:
                fin = JG_FIN_NOT;
                break;
            case JG_OP_CONTAINS_OP:
                fin = JG_FIN_NOT;
                break;
            case JG_OP_FOR_ITER:
            case JG_OP_SEND:
                fin = JG_FIN_FOR_ITER;
                break;
            case JG_OP_LOAD_METHOD:
                PUSH(r);
                PUSH(JG_UNDEF);
                DISPATCH();
            case JG_OP_BEFORE_WITH: {
                /* _with_enter returned (exit, enter_result) */
                EXPECT(jg_is_kind(r, JG_K_TUPLE) && JG_AS(jg_tuple, r)->len == 2);
                jg_tuple *pair = JG_AS(jg_tuple, r);
                PUSH(pair->items[0]);
                PUSH(pair->items[1]);
                DISPATCH();
            }
            case JG_OP_RAISE_VARARGS:
                SAVE();
                jg_raise_value(vm, r);
                ERROR();
            default:
                fin = JG_FIN_DISCARD;
                break;
        }
        if (fin == JG_FIN_TRUTH_JUMP) {
            bool t = r == JG_TRUE;
            uint8_t op = (uint8_t)JG_OP(prev);
            bool jump_on_true = op == JG_OP_POP_JUMP_IF_TRUE || op == JG_OP_JUMP_IF_TRUE_OR_POP;
            bool jumps = jump_on_true == t;
            if (op == JG_OP_JUMP_IF_FALSE_OR_POP || op == JG_OP_JUMP_IF_TRUE_OR_POP) {
                if (!jumps)
                    sp--;
            }
            if (jumps)
                JUMP_TO(JG_ARG(prev));
            DISPATCH();
        }
        if (fin == JG_FIN_NOT) {
            PUSH(jg_bool(r != JG_TRUE && !(jg_is_int(r) && jg_as_int(r) != 0)));
            DISPATCH();
        }
        if (fin == JG_FIN_FOR_ITER) {
            if (r == vm->stop_sentinel) {
                if (JG_OP(prev) == JG_OP_SEND) {
                    /* _send returns (_STOP, value) packed: see the prelude. */
                }
                sp--;
                ip = code->code + JG_ARG(prev);
                DISPATCH();
            }
            if (JG_OP(prev) == JG_OP_SEND && jg_is_kind(r, JG_K_TUPLE) &&
                JG_AS(jg_tuple, r)->len == 2 && JG_AS(jg_tuple, r)->items[0] == vm->stop_sentinel) {
                sp--;
                PUSH(JG_AS(jg_tuple, r)->items[1]);
                ip = code->code + JG_ARG(prev);
                DISPATCH();
            }
            PUSH(r);
            DISPATCH();
        }
        DISPATCH();
    }

    /* ------------------------------------------------------------ exceptions */

error:
    /* vm->exc is set; f/ip/sp were saved (or are current). */
    for (;;) {
        jg_value exc = vm->exc;
        /* ip is past the instruction that raised (or the call the exception
         * came out of): its position is the traceback entry's. */
        uint32_t at = (uint32_t)(ip - f->code->code);
        if (jg_is_obj(exc) && jg_obj_of(exc)->type->kind == JG_K_EXC && !reraise &&
            !(f->code->flags & JG_CO_HIDDEN))
            jg_exc_add_tb_at(vm, JG_AS(jg_exc, exc), f->code, at ? at - 1 : 0);
        reraise = false;
        const jg_exc_entry *h = find_handler(f->code, at ? at - 1 : 0);
        if (h) {
            sp = jg_frame_stack_base(f) + h->depth;
            if (h->lasti)
                PUSH(jg_int(at ? at - 1 : 0));
            PUSH(exc);
            vm->exc = JG_NONE;
            ip = f->code->code + h->target;
            code = f->code;
            DISPATCH();
        }
        /* Unwind this frame. */
        jg_frame *done = f;
        uint8_t fin = done->finish;
        jg_gen *g = done->gen;
        th->frame = done->back;
        th->depth -= JG_COUNTS_DEPTH(done->code);
        done->back = NULL;
        if (g) {
            g->state = JG_GEN_CLOSED;
            /* PEP 479: StopIteration escaping a generator is a RuntimeError. */
            if (jg_isinstance(vm, exc, vm->t.StopIteration)) {
                jg_value prev_exc = exc;
                jg_raise(vm, vm->t.RuntimeError, "generator raised StopIteration");
                JG_AS(jg_exc, vm->exc)->cause = prev_exc;
                JG_AS(jg_exc, vm->exc)->context = prev_exc;
                JG_AS(jg_exc, vm->exc)->suppress_context = true;
                reraise = false;
            }
        } else if (done->is_chunked) {
            chunk_pop(vm, th, done);
        }
        if (fin == JG_FIN_TASKLET) {
            /* The tasklet ends; TaskletExit ends it quietly, anything else
             * goes on in the main tasklet (jg_sched_tasklet_done). */
            jg_value escaped = vm->exc;
            vm->exc = JG_NONE;
            jg_sched_tasklet_done(vm, escaped);
            LOAD();
            if (vm->exc == JG_NONE)
                goto safepoint;
            continue;
        }
        if (fin == JG_FIN_ENTRY || !th->frame)
            return JG_RAISED;
        LOAD();
        /* An exception from a frame resumed by FOR_ITER through _for_next is
         * handled like any other: it propagates from the FOR_ITER. */
    }
}
#undef arg

/* ---------------------------------------------------------------- entry points */

jg_status jg_interp_push_call(jg_vm *vm, jg_thread *th, jg_value callable, jg_value *args,
                              int nargs, uint8_t finish)
{
    jg_value buf[JG_MAX_TAILCALL_ARGS + 2];
    if (nargs > JG_MAX_TAILCALL_ARGS)
        return jg_raise(vm, vm->t.TypeError, "too many arguments");
    memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
    jg_value out;
    call_result cr = call_object(vm, th, callable, buf + 1, nargs, NULL, finish, &out);
    if (cr == CALL_ERROR)
        return JG_RAISED;
    if (cr == CALL_DONE)
        return jg_raise(vm, vm->t.RuntimeError, "internal: push_call of a native");
    return JG_OK;
}

jg_status jg_interp_call(jg_vm *vm, jg_value callable, jg_value *args, int nargs, jg_value *out)
{
    jg_thread *th = vm->cur;
    jg_value buf[JG_MAX_TAILCALL_ARGS + 2];
    if (nargs > JG_MAX_TAILCALL_ARGS)
        return jg_raise(vm, vm->t.TypeError, "too many arguments");
    memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
    jg_frame *saved = th->frame;
    if (saved)
        saved->sp = saved->sp; /* frames below are already saved */
    call_result cr = call_object(vm, th, callable, buf + 1, nargs, NULL, JG_FIN_ENTRY, out);
    if (cr == CALL_DONE)
        return JG_OK;
    if (cr == CALL_ERROR)
        return JG_RAISED;
    return run(vm, th, out);
}

jg_status jg_interp_run_module(jg_vm *vm, jg_code *code, jg_dict *globals)
{
    jg_func *fn = jg_func_new(vm, code, globals);
    if (!fn)
        return jg_raise_nomem(vm);
    jg_thread *th = vm->cur;
    jg_value out;
    call_result cr = call_function(vm, th, fn, NULL, 0, NULL, JG_FIN_ENTRY, JG_NONE, &out);
    if (cr == CALL_ERROR)
        return JG_RAISED;
    th->frame->locals = globals;
    return run(vm, th, &out);
}
