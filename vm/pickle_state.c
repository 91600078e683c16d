/*
 * vm/pickle_state.c - pickling suspended computation: frames, generators,
 * tasklets and channels (PICKLE.md "Frames, generators, tasklets, channels").
 *
 * A tasklet is its chain of frames, written bottom first; a frame owned by a
 * generator appears in a chain as the generator, whose body holds the frame.
 * The reader rebuilds chain frames on the new tasklet's own chunk stack and
 * generator frames in the generator, then validates each frame against the
 * code compiled on this VM: the code is found by hash, the instruction offset
 * must be one the compiler gave a stack depth, and the saved stack depth plus
 * what the interpreter will push when the call the frame is suspended in
 * returns must equal that depth (vm/code.h 'depths').  So a loaded frame
 * resumes with exactly the stack the compiler planned at its instruction.
 *
 * Channels: in copy mode a channel is written with its waiting tasklets and
 * comes back as a new channel with the copies blocked on it; in migration
 * mode it is a CHANNEL_REF, the one cluster-wide channel's id.  Tasklets and
 * channels are linked only once the whole pickle is read
 * (jg_pickle_finish_state), when every cross-check can be made.
 *
 * Invariant: nothing the reader builds is visible to the program until the
 * whole pickle has been read and checked; a failure leaves only garbage.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pickle_impl.h"
#include "dict.h"
#include "func.h"
#include "interp.h"
#include "opcodes.h"
#include "superinstr.h"
#include "tasklet.h"
#include "tuple.h"

/* TASKLET flags (PICKLE.md). */
enum {
    TF_STARTED = 1 << 0,
    TF_FINISHED = 1 << 1,
    TF_RESUME_PUSH = 1 << 2,
    TF_SENDS_EXC = 1 << 3,
    TF_SCHEDULED = 1 << 4,
    TF_ALL = (1 << 5) - 1,
};

/* FRAME's head (PICKLE.md): flags, finish, then offset, slot count, stack
 * depth and code index as big-endian uint32. */
#define FRAME_HEAD 18
enum {
    FRAME_CODE_INDEX = 1 << 0,
    FRAME_FUNC_NONE = 0 << 1,
    FRAME_FUNC_NAMED = 1 << 1,
    FRAME_FUNC_VALUE = 2 << 1,
    FRAME_FUNC_MASK = 3 << 1,
    FRAME_NS_GLOBALS = 1 << 3,
    FRAME_NS_DICT = 2 << 3,
    FRAME_NS_MASK = 3 << 3,
    FRAME_EXTRA = 1 << 5,
    FRAME_FLAGS_ALL = (1 << 6) - 1,
};
/* What a loaded frame takes on its thread's stack, about (a function with a
 * dozen locals): a loaded tasklet's first chunk is sized for its frames. */
#define LOADED_FRAME_BYTES 256
#define TASKLET_PARTS 10
#define CHANNEL_PARTS 5
#define GEN_PARTS 5

/* The plain opcode of the instruction before offset 'ip' of 'c'. */
static int op_before(const jg_code *c, uint32_t ip)
{
    return ip ? (int)JG_OP(jg_superinstr_plain(c->code[ip - 1])) : -1;
}

/* ================================================================ writer */

static bool is_tasklet(jg_vm *vm, jg_value v)
{
    return vm->tasklet_type && jg_isinstance(vm, v, vm->tasklet_type);
}

static bool is_channel(jg_vm *vm, jg_value v)
{
    return vm->channel_type && jg_isinstance(vm, v, vm->channel_type);
}

/* True when 'c' is compiled from the source of 'm' (whose hash is 'hash'):
 * a frame then names its code by index alone. */
static bool module_compiled(jg_vm *vm, jg_module *m, jg_code *c, const uint8_t *hash)
{
    const uint8_t *mh;
    if (!m->body)
        return false;
    if (m->body->source == c->source)
        return true;
    return jg_code_module_hash(vm, m->body, &mh) == JG_OK &&
           memcmp(mh, hash, JG_CODE_HASH_BYTES) == 0;
}

/* Writes FRAME's head (PICKLE.md "Frames and tasklets") and its MODULE and
 * code; the common frame - a function its module defines, named there by
 * its qualname - costs no registry or hash look-up. */
static jg_status write_frame(jg_pwriter *w, jg_frame *f)
{
    jg_vm *vm = w->vm;
    jg_code *c = f->code;
    jg_module *m = jg_pw_module_of_globals(w, f->globals);
    if (!m)
        return jg_raise(vm, w->perr, "cannot pickle a frame of '%s': its module is not loaded",
                        c->qualname->data);
    if (f->finish == JG_FIN_ENTRY && w->mode != JG_PICKLE_REPICKLE)
        return jg_raise(vm, w->perr, "cannot pickle the main program's frame");
    jg_status st;
    bool by_index = jg_module_code(m, c->index) == c;
    if (!by_index) {
        const uint8_t *hash;
        if ((st = jg_code_module_hash(vm, c, &hash)) != JG_OK)
            return st;
        if (module_compiled(vm, m, c, hash)) {
            if ((st = jg_codeid_register_code_cached(vm, m, c, &w->codes)) != JG_OK)
                return st;
            by_index = true;
        }
    }
    uint8_t flags = by_index ? FRAME_CODE_INDEX : 0;
    jg_value func = JG_NONE;
    if (f->func) {
        func = jg_obj_value(f->func);
        flags |= jg_pickle_named_function(vm, m->dict, c) == func ? FRAME_FUNC_NAMED
                                                                   : FRAME_FUNC_VALUE;
    }
    if (f->locals)
        flags |= f->locals == f->globals ? FRAME_NS_GLOBALS : FRAME_NS_DICT;
    if (f->extra != JG_NONE)
        flags |= FRAME_EXTRA;
    jg_value *base = jg_frame_stack_base(f);
    uint32_t n_slots = jg_code_n_slots(c), n_stack = (uint32_t)(f->sp - base);
    size_t at;
    if ((st = jg_pw_new_index(w, NULL)) != JG_OK ||
        (st = jg_pw_begin_ext(w, JG_PX_FRAME, &at)) != JG_OK)
        return st;
    uint8_t *head = jg_pw_room(w, FRAME_HEAD);
    if (!head)
        return JG_RAISED;
    head[0] = flags;
    head[1] = f->finish;
    jg_pw_put_be32(head + 2, (uint32_t)(f->ip - c->code));
    jg_pw_put_be32(head + 6, n_slots);
    jg_pw_put_be32(head + 10, n_stack);
    jg_pw_put_be32(head + 14, by_index ? c->index : 0);
    w->sb.size += FRAME_HEAD;
    if ((st = jg_pw_module(w, m, c)) != JG_OK ||
        (!by_index && (st = jg_pw_code(w, c, m)) != JG_OK) ||
        ((flags & FRAME_FUNC_MASK) == FRAME_FUNC_VALUE && (st = jg_pw_value(w, func)) != JG_OK) ||
        ((flags & FRAME_NS_MASK) == FRAME_NS_DICT &&
         (st = jg_pw_value(w, jg_obj_value(f->locals))) != JG_OK) ||
        ((flags & FRAME_EXTRA) && (st = jg_pw_slot(w, f->extra)) != JG_OK) ||
        (st = jg_pw_slot_values(w, f->slots, n_slots)) != JG_OK ||
        (st = jg_pw_slot_values(w, base, n_stack)) != JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

/* The generator 'g' delegates to (`yield from`, suspended or running in
 * SEND), or NULL. */
static jg_gen *delegate_of(jg_gen *g)
{
    jg_frame *f = g->frame;
    if (!f || g->state == JG_GEN_CREATED || f->sp <= jg_frame_stack_base(f))
        return NULL;
    int op = op_before(f->code, (uint32_t)(f->ip - f->code->code));
    if (op != JG_OP_YIELD_VALUE && op != JG_OP_SEND)
        return NULL;
    jg_value recv = f->sp[-1];
    return jg_is_kind(recv, JG_K_GEN) ? JG_AS(jg_gen, recv) : NULL;
}

/*
 * A generator's body starts with the generators it delegates to, innermost
 * first, that are not written yet: each then refers only to ones already
 * written, so a `yield from` chain of any length is written without
 * recursing once per link.
 */
static jg_status write_delegates(jg_pwriter *w, jg_gen *g)
{
    uint32_t n = 0, cap = 0;
    jg_gen **chain = NULL;
    jg_gen *slow = g;
    for (jg_gen *d = delegate_of(g); d && d != slow && !jg_pw_written(w, d); d = delegate_of(d)) {
        if (n & 1)
            slow = delegate_of(slow); /* meets 'd' if the chain loops */
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            jg_gen **nc = realloc(chain, cap * sizeof *nc);
            if (!nc) {
                free(chain);
                return jg_raise_nomem(w->vm);
            }
            chain = nc;
        }
        chain[n++] = d;
    }
    jg_status st = jg_pw_array(w, n);
    for (uint32_t i = n; i-- > 0 && st == JG_OK;)
        st = jg_pw_value(w, jg_obj_value(chain[i]));
    free(chain);
    return st;
}

static jg_status write_gen(jg_pwriter *w, jg_gen *g)
{
    size_t at;
    jg_status st;
    if ((st = jg_pw_new_index(w, g)) != JG_OK ||
        (st = jg_pw_begin_ext(w, JG_PX_GENERATOR, &at)) != JG_OK ||
        (st = jg_pw_array(w, GEN_PARTS)) != JG_OK || (st = write_delegates(w, g)) != JG_OK ||
        (st = jg_pw_str_obj(w, g->name)) != JG_OK ||
        (st = jg_pw_str_obj(w, g->qualname)) != JG_OK || (st = jg_pw_int(w, g->state)) != JG_OK)
        return st;
    /* A closed generator may keep its finished frame: nothing to resume. */
    st = g->frame && g->state != JG_GEN_CLOSED ? write_frame(w, g->frame)
                                               : jg_pw_value(w, JG_NONE);
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

static jg_status write_chain(jg_pwriter *w, jg_thread *th)
{
    uint32_t n = 0;
    for (jg_frame *f = th->frame; f; f = f->back)
        n++;
    jg_frame *small[64];
    jg_frame **fs = n <= 64 ? small : malloc(n * sizeof *fs);
    if (!fs)
        return jg_raise_nomem(w->vm);
    uint32_t i = n;
    for (jg_frame *f = th->frame; f; f = f->back)
        fs[--i] = f;
    jg_status st = jg_pw_array(w, n);
    for (i = 0; i < n && st == JG_OK; i++)
        st = fs[i]->gen ? jg_pw_value(w, jg_obj_value(fs[i]->gen)) : write_frame(w, fs[i]);
    if (fs != small)
        free(fs);
    return st;
}

static jg_status write_tasklet(jg_pwriter *w, jg_tasklet *t)
{
    jg_vm *vm = w->vm;
    if (w->mode != JG_PICKLE_REPICKLE) {
        if (t == vm->tasklet_main)
            return jg_raise(vm, w->perr, "cannot pickle the main tasklet");
        if (t == vm->tasklet_cur)
            return jg_raise(vm, w->perr, "cannot pickle the running tasklet");
    }
    int flags = (t->started ? TF_STARTED : 0) | (t->finished ? TF_FINISHED : 0) |
                (t->resume_push ? TF_RESUME_PUSH : 0) | (t->sends_exc ? TF_SENDS_EXC : 0) |
                (t->next ? TF_SCHEDULED : 0);
    size_t at;
    jg_status st;
    if ((st = jg_pw_new_index(w, t)) != JG_OK ||
        (st = jg_pw_begin_ext(w, JG_PX_TASKLET, &at)) != JG_OK ||
        (st = jg_pw_array(w, TASKLET_PARTS)) != JG_OK ||
        (st = jg_pw_int(w, (int64_t)(t->id & INT64_MAX))) != JG_OK ||
        (st = jg_pw_value(w, t->attrs ? jg_obj_value(t->attrs) : JG_NONE)) != JG_OK ||
        (st = jg_pw_int(w, flags)) != JG_OK || (st = jg_pw_value(w, t->tempval)) != JG_OK ||
        (st = jg_pw_value(w, t->resume_exc)) != JG_OK || (st = jg_pw_value(w, t->func)) != JG_OK)
        return st;
    if (t->chan) {
        if ((st = jg_pw_array(w, 2)) != JG_OK ||
            (st = jg_pw_value(w, jg_obj_value(t->chan))) != JG_OK ||
            (st = jg_pw_int(w, t->dir)) != JG_OK)
            return st;
    } else if ((st = jg_pw_value(w, JG_NONE)) != JG_OK) {
        return st;
    }
    /* A sleeping tasklet (or one paused with a sleep to finish): the
     * seconds it has left. */
    double secs;
    jg_value sleep = jg_sched_sleep_left(vm, t, &secs) ? jg_float(secs) : JG_NONE;
    if ((st = jg_pw_value(w, sleep)) != JG_OK ||
        (st = jg_pw_value(w, t->th->handled)) != JG_OK)
        return st;
    if (t->finished || !t->started) {
        st = jg_pw_array(w, 0);
    } else {
        st = write_chain(w, t->th);
    }
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

/* The cluster-wide id of channel 'c', given on first use (MIGRATE mode). */
static jg_status channel_id(jg_vm *vm, jg_channel *c, int64_t *out)
{
    if (!vm->chan_ids && !(vm->chan_ids = jg_dict_new(vm)))
        return jg_raise_nomem(vm);
    if (!vm->chans_by_id && !(vm->chans_by_id = jg_dict_new(vm)))
        return jg_raise_nomem(vm);
    jg_value v;
    bool found;
    jg_status st = jg_dict_get(vm, vm->chan_ids, jg_obj_value(c), &v, &found);
    if (st != JG_OK)
        return st;
    if (found) {
        *out = jg_as_int(v);
        return JG_OK;
    }
    int64_t id = (int64_t)++vm->next_channel_id;
    if ((st = jg_dict_set(vm, vm->chan_ids, jg_obj_value(c), jg_int(id))) != JG_OK ||
        (st = jg_dict_set(vm, vm->chans_by_id, jg_int(id), jg_obj_value(c))) != JG_OK)
        return st;
    *out = id;
    /* Its reference leaves the node: with a host, its state moves to the
     * broker (channel.c "shared channels"). */
    return jg_channel_share(vm, c);
}

static jg_status write_channel(jg_pwriter *w, jg_channel *c)
{
    size_t at;
    jg_status st;
    if (w->mode == JG_PICKLE_MIGRATE) {
        int64_t id = 0;
        if ((st = channel_id(w->vm, c, &id)) != JG_OK || (st = jg_pw_new_index(w, c)) != JG_OK ||
            (st = jg_pw_begin_ext(w, JG_PX_CHANNEL_REF, &at)) != JG_OK ||
            (st = jg_pw_int(w, id)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    uint32_t n = 0;
    for (jg_tasklet *t = c->head; t; t = t->cnext)
        n++;
    if ((st = jg_pw_new_index(w, c)) != JG_OK ||
        (st = jg_pw_begin_ext(w, JG_PX_CHANNEL, &at)) != JG_OK ||
        (st = jg_pw_array(w, CHANNEL_PARTS)) != JG_OK ||
        (st = jg_pw_value(w, c->attrs ? jg_obj_value(c->attrs) : JG_NONE)) != JG_OK ||
        (st = jg_pw_int(w, c->preference)) != JG_OK ||
        (st = jg_pw_value(w, jg_bool(c->closing))) != JG_OK ||
        (st = jg_pw_int(w, c->balance)) != JG_OK || (st = jg_pw_array(w, n)) != JG_OK)
        return st;
    for (jg_tasklet *t = c->head; t && st == JG_OK; t = t->cnext)
        st = jg_pw_value(w, jg_obj_value(t));
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

jg_status jg_pickle_write_state(jg_pwriter *w, jg_value v)
{
    jg_vm *vm = w->vm;
    if (jg_is_kind(v, JG_K_GEN))
        return write_gen(w, JG_AS(jg_gen, v));
    if (is_tasklet(vm, v))
        return write_tasklet(w, JG_AS(jg_tasklet, v));
    if (is_channel(vm, v))
        return write_channel(w, JG_AS(jg_channel, v));
    return JG_NEEDS_PY;
}

/* ================================================================ reader */

/* The generator frames placed in some tasklet's chain (a pointer set, open
 * addressing): each may be placed once, and every running generator read
 * must be. */
static size_t pset_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x;
}

static bool placed(const jg_preader *r, const jg_frame *f)
{
    if (!r->placed_cap)
        return false;
    for (size_t i = pset_hash(f) & (r->placed_cap - 1);; i = (i + 1) & (r->placed_cap - 1)) {
        if (!r->placed[i])
            return false;
        if (r->placed[i] == f)
            return true;
    }
}

static jg_status place(jg_preader *r, const jg_frame *f)
{
    if ((r->placed_n + 1) * 2 > r->placed_cap) {
        size_t ncap = r->placed_cap ? r->placed_cap * 2 : 64;
        const void **nt = calloc(ncap, sizeof *nt);
        if (!nt)
            return jg_raise_nomem(r->vm);
        for (size_t i = 0; i < r->placed_cap; i++) {
            if (!r->placed[i])
                continue;
            size_t j = pset_hash(r->placed[i]) & (ncap - 1);
            while (nt[j])
                j = (j + 1) & (ncap - 1);
            nt[j] = r->placed[i];
        }
        free(r->placed);
        r->placed = nt;
        r->placed_cap = ncap;
    }
    size_t i = pset_hash(f) & (r->placed_cap - 1);
    while (r->placed[i])
        i = (i + 1) & (r->placed_cap - 1);
    r->placed[i] = f;
    r->placed_n++;
    return JG_OK;
}

/* A FRAME's code: its index in the frame's module 'm' when 'by_index',
 * else a CODE read here. */
static jg_status frame_code(jg_preader *r, jg_module *m, bool by_index, uint32_t index,
                            jg_value *code)
{
    if (!by_index)
        return jg_pr_expect(r, JG_K_CODE, "a code reference", code);
    if (!m->codes)
        return jg_pr_fail(r, "module '%.60s' has no code of its own", m->name->data);
    jg_code *c = jg_module_code(m, index);
    if (!c)
        return jg_pr_fail(r, "module has no code object %u", (unsigned)index);
    *code = jg_obj_value(c);
    return JG_OK;
}

/* A FRAME's function by its flags: none, the one module 'm' names by the
 * qualname of the frame's code 'c', or a value read here. */
static jg_status frame_function(jg_preader *r, jg_module *m, jg_code *c, unsigned kind,
                                jg_value *func)
{
    switch (kind) {
    case FRAME_FUNC_NONE:
        *func = JG_NONE;
        return JG_OK;
    case FRAME_FUNC_NAMED:
        *func = jg_pickle_named_function(r->vm, m->dict, c);
        if (!jg_is_kind(*func, JG_K_FUNC) || JG_AS(jg_func, *func)->code != c)
            return jg_pr_fail(r, "module '%.60s' has no function '%.60s'", m->name->data,
                              c->qualname->data);
        return JG_OK;
    default:
        return jg_pr_value(r, func);
    }
}

/* Reads a FRAME body into a frame: a chunk frame of 'th', or a generator
 * frame when th is NULL. */
static jg_status read_frame_body(jg_preader *r, jg_thread *th, jg_frame **out)
{
    jg_vm *vm = r->vm;
    jg_status st;
    jg_value code, mod, func, locals = JG_NONE, extra = JG_NONE;
    if (jg_pr_left(r) < FRAME_HEAD)
        return jg_pr_fail(r, "frame body of %zu bytes is shorter than its %d-byte head",
                          jg_pr_left(r), FRAME_HEAD);
    const uint8_t *head = r->p;
    unsigned flags = head[0], finish = head[1];
    uint32_t ip = jg_pr_be32(head + 2), n_slots = jg_pr_be32(head + 6),
             n_stack = jg_pr_be32(head + 10), index = jg_pr_be32(head + 14);
    r->p += FRAME_HEAD;
    if (flags & ~(unsigned)FRAME_FLAGS_ALL || (flags & FRAME_NS_MASK) == FRAME_NS_MASK ||
        (flags & FRAME_FUNC_MASK) == FRAME_FUNC_MASK)
        return jg_pr_fail(r, "frame flags 0x%x are malformed", flags);
    _Static_assert(JG_FIN_PUSH == 0, "finish kinds start at 0");
    if (finish > JG_FIN_TASKLET)
        return jg_pr_fail(r, "frame finish out of range");
    if ((st = jg_pr_expect(r, JG_K_MODULE, "a module reference", &mod)) != JG_OK ||
        (st = frame_code(r, JG_AS(jg_module, mod), flags & FRAME_CODE_INDEX, index, &code)) !=
            JG_OK ||
        (st = frame_function(r, JG_AS(jg_module, mod), JG_AS(jg_code, code),
                             flags & FRAME_FUNC_MASK, &func)) != JG_OK)
        return st;
    if ((flags & FRAME_NS_MASK) == FRAME_NS_GLOBALS)
        locals = JG_TRUE;
    else if ((flags & FRAME_NS_MASK) == FRAME_NS_DICT) {
        if ((st = jg_pr_value(r, &locals)) != JG_OK)
            return st;
        if (!jg_is_kind(locals, JG_K_DICT))
            return jg_pr_fail(r, "frame namespace is not a dict");
    }
    if ((flags & FRAME_EXTRA) && (st = jg_pr_slot(r, &extra)) != JG_OK)
        return st;
    jg_code *c = JG_AS(jg_code, code);
    jg_dict *globals = JG_AS(jg_module, mod)->dict;
    if (func != JG_NONE && (!jg_is_kind(func, JG_K_FUNC) || JG_AS(jg_func, func)->code != c))
        return jg_pr_fail(r, "frame function does not run the frame's code");
    /* (Module and class bodies run as functions too: the main program's,
     * and every class body, which __build_class__ calls.) */
    if (!(c->flags & (JG_CO_CLASS | JG_CO_MODULE)) && func == JG_NONE)
        return jg_pr_fail(r, "frame function does not fit its code");
    jg_dict *ldict = NULL;
    if (c->flags & JG_CO_MODULE) {
        if (locals != JG_TRUE)
            return jg_pr_fail(r, "module frame without its namespace");
        ldict = globals;
    } else if (c->flags & JG_CO_CLASS) {
        if (!jg_is_kind(locals, JG_K_DICT))
            return jg_pr_fail(r, "class body frame without its namespace");
        ldict = JG_AS(jg_dict, locals);
    } else if (locals != JG_NONE) {
        return jg_pr_fail(r, "function frame with a namespace");
    }
    if (ip >= c->n_code || JG_DEPTH_OF(c->depths[ip]) == JG_DEPTH_UNKNOWN)
        return jg_pr_fail(r, "frame offset %lld is not an instruction of '%.60s'",
                          (long long)ip, c->qualname->data);
    if (!(c->depths[ip] & JG_DEPTH_RESUME))
        return jg_pr_fail(r, "frame offset %lld is not a point '%.60s' can resume at",
                          (long long)ip, c->qualname->data);
    /* What the finish kind does with 'extra' is trusted by the interpreter. */
    switch (finish) {
    case JG_FIN_CONSTRUCT:
        break;
    case JG_FIN_IMPORT:
        if (!jg_is_kind(extra, JG_K_MODULE) || !(c->flags & JG_CO_MODULE))
            return jg_pr_fail(r, "import frame without its module");
        break;
    case JG_FIN_CLASS_BODY: {
        jg_tuple *t = jg_is_kind(extra, JG_K_TUPLE) ? JG_AS(jg_tuple, extra) : NULL;
        if (!t || t->len != 3 || !jg_is_kind(t->items[0], JG_K_STR) ||
            !jg_is_kind(t->items[1], JG_K_TUPLE) || !jg_is_kind(t->items[2], JG_K_DICT) ||
            !(c->flags & JG_CO_CLASS))
            return jg_pr_fail(r, "class body frame without its class parts");
        break;
    }
    default:
        break;
    }
    if (n_slots != jg_code_n_slots(c))
        return jg_pr_fail(r, "frame has %u slots, its code %u", n_slots, jg_code_n_slots(c));
    if (n_stack > c->stacksize)
        return jg_pr_fail(r, "frame stack of %u values, its code allows %u", n_stack,
                          c->stacksize);
    /* Every slot and stack value takes at least one byte. */
    if ((uint64_t)n_slots + n_stack > jg_pr_left(r))
        return jg_pr_truncated(r);
    jg_frame *f = th ? jg_interp_alloc_frame(vm, th, c) : NULL;
    if (!th) {
        size_t size = jg_interp_frame_bytes(c);
        f = jg_mem_alloc(vm, size);
        if (f) {
            memset(f, 0, sizeof *f);
            f->size = (uint32_t)size;
            f->code = c;
            f->sp = f->slots;
        }
    }
    if (!f)
        return jg_raise_nomem(vm);
    /* From here the frame is traced only once it is placed: until then the
     * values it holds are also in the reader's table or immortal. */
    f->func = func == JG_NONE ? NULL : JG_AS(jg_func, func);
    f->globals = globals;
    f->locals = ldict;
    f->finish = (uint8_t)finish;
    f->extra = extra;
    f->ip = c->code + ip;
    *out = f;
    /* The collector traces a frame up to sp, and none runs while a pickle
     * loads: sp need only be right when this returns, so a failure sets it
     * to the values read so far. */
    jg_value *slots = f->slots;
    uint32_t i = 0;
    for (; i < n_slots; i++) {
        if ((st = jg_pr_slot_fast(r, &slots[i])) != JG_OK)
            goto fail;
        if (i >= c->n_locals && !jg_is_kind(slots[i], JG_K_CELL)) {
            st = jg_pr_fail(r, "frame cell slot %u holds no cell", i);
            goto fail;
        }
    }
    for (; i < n_slots + n_stack; i++)
        if ((st = jg_pr_slot_fast(r, &slots[i])) != JG_OK)
            goto fail;
    f->sp = slots + i;
    return JG_OK;
fail:
    f->sp = slots + i;
    return st;
}

/* Is the reader at a FRAME ext in the ext 32 form the writer uses?  (A
 * frame is read in place, not as a value: it belongs to its tasklet's thread
 * or to its generator.) */
static bool at_frame_ext(jg_preader *r)
{
    return jg_pr_left(r) >= 6 && r->p[0] == 0xc9 && (int8_t)r->p[5] == JG_PX_FRAME;
}

/* The FRAME ext at the reader (at_frame_ext): its frame is made on 'th', or
 * apart when NULL (a generator's).  *f is set as soon as the frame exists,
 * even when its body then fails, so that the caller places it where the
 * collector and the free path find it; *body_end is where the body ends. */
static jg_status read_frame_ext(jg_preader *r, jg_thread *th, jg_frame **f,
                                const uint8_t **body_end)
{
    size_t len = jg_pr_be32(r->p + 1);
    r->p += 6;
    if (len > jg_pr_left(r))
        return jg_pr_truncated(r);
    const uint8_t *outer = r->end;
    *body_end = r->p + len;
    uint32_t fidx;
    jg_status st = jg_pr_reserve(r, &fidx);
    if (st != JG_OK)
        return st;
    r->end = *body_end;
    st = read_frame_body(r, th, f);
    r->end = outer;
    return st;
}

/*
 * Checks frame 'f''s saved stack against the depth the compiler recorded at
 * its instruction: 'pushes' values still to come (the result of the call it
 * is suspended in) must bring it there.  'pushes' is -1 for "0 or 1" (a
 * tasklet with an exception pending in the call).
 */
static jg_status check_depth(jg_preader *r, jg_frame *f, int pushes)
{
    jg_code *c = f->code;
    uint32_t ip = (uint32_t)(f->ip - c->code);
    int have = (int)(f->sp - jg_frame_stack_base(f));
    int want = JG_DEPTH_OF(c->depths[ip]);
    int op = op_before(c, ip);
    if (op == JG_OP_RAISE_VARARGS && pushes >= 0) {
        /* The value the frame above returns is raised: the stack is what
         * RAISE_VARARGS left. */
        want = (int)JG_DEPTH_OF(c->depths[ip - 1]) -
               (int)JG_ARG(jg_superinstr_plain(c->code[ip - 1]));
        pushes = 0;
    }
    bool ok = pushes < 0 ? have == want || have + 1 == want : have + pushes == want;
    if (!ok)
        return jg_pr_fail(r, "frame of '%.60s' has %d stack values at offset %u, its code %d",
                          c->qualname->data, have, ip, want - (pushes > 0 ? pushes : 0));
    return JG_OK;
}

/* Values the interpreter pushes on the caller when a frame finishing 'fin'
 * returns into 'caller' (interp.c do_return and finish_inline); -2 for a
 * conditional jump that keeps its tested value on the stack. */
static int pushes_of(jg_frame *caller, uint8_t fin)
{
    switch (fin) {
    case JG_FIN_DISCARD:
        return 0;
    case JG_FIN_PUSH:
    case JG_FIN_CONSTRUCT:
    case JG_FIN_IMPORT:
    case JG_FIN_CLASS_BODY:
    case JG_FIN_GEN_NEXT:
    case JG_FIN_GEN_FOR:
    case JG_FIN_GEN_SEND:
        return 1;
    default:
        break;
    }
    /* The rest is decided by the caller's instruction (finish_inline). */
    switch (op_before(caller->code, (uint32_t)(caller->ip - caller->code->code))) {
    case JG_OP_JUMP_IF_FALSE_OR_POP:
    case JG_OP_JUMP_IF_TRUE_OR_POP:
        return -2;
    case JG_OP_LOAD_METHOD:
    case JG_OP_BEFORE_WITH:
        return 2;
    case JG_OP_UNARY_NOT:
    case JG_OP_CONTAINS_OP:
    case JG_OP_FOR_ITER:
    case JG_OP_SEND:
    case JG_OP_RAISE_VARARGS:
        return 1;
    default:
        return 0;
    }
}

static jg_status check_caller(jg_preader *r, jg_frame *caller, uint8_t fin)
{
    int p = pushes_of(caller, fin);
    if (p == -2) {
        jg_code *c = caller->code;
        uint32_t ip = (uint32_t)(caller->ip - c->code);
        int have = (int)(caller->sp - jg_frame_stack_base(caller));
        int want = (int)JG_DEPTH_OF(c->depths[ip]) + 1;
        if (have != want)
            return jg_pr_fail(r, "frame of '%.60s' has %d stack values at offset %u, its code %d",
                              c->qualname->data, have, ip, want);
        return JG_OK;
    }
    return check_depth(r, caller, p);
}

static jg_status read_gen(jg_preader *r, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    uint32_t n;
    jg_value name, qualname;
    int64_t state;
    jg_status st;
    if ((st = jg_pr_array_header(r, JG_PX_GENERATOR, &n)) != JG_OK)
        return st;
    if (n != GEN_PARTS)
        return jg_pr_fail(r, "generator of %u parts", n);
    jg_gen *g = jg_gc_alloc(vm, vm->t.generator, sizeof(jg_gen));
    if (!g)
        return jg_raise_nomem(vm);
    g->state = JG_GEN_CLOSED;
    r->table[idx] = *out = jg_obj_value(g);
    /* The generators it delegates to, innermost first (write_delegates). */
    if ((st = jg_pr_array_header(r, JG_PX_GENERATOR, &n)) != JG_OK)
        return st;
    for (uint32_t i = 0; i < n; i++) {
        jg_value d;
        if ((st = jg_pr_value(r, &d)) != JG_OK)
            return st;
        if (!jg_is_kind(d, JG_K_GEN))
            return jg_pr_fail(r, "generator delegate is not a generator");
    }
    if ((st = jg_pr_expect(r, JG_K_STR, "a generator name", &name)) != JG_OK ||
        (st = jg_pr_expect(r, JG_K_STR, "a generator qualname", &qualname)) != JG_OK ||
        (st = jg_pr_int(r, JG_GEN_CREATED, JG_GEN_CLOSED, "generator state", &state)) != JG_OK)
        return st;
    g->name = JG_AS(jg_str, name);
    g->qualname = JG_AS(jg_str, qualname);
    if (jg_pr_left(r) && *r->p == 0xc0) {
        r->p++;
        if (state != JG_GEN_CLOSED)
            return jg_pr_fail(r, "generator without a frame is not closed");
        return JG_OK;
    }
    /* The FRAME ext, read in place so the frame lands in the generator. */
    if (!at_frame_ext(r))
        return jg_pr_fail(r, "generator frame is not a FRAME");
    jg_frame *f = NULL;
    const uint8_t *body_end;
    st = read_frame_ext(r, NULL, &f, &body_end);
    if (f) {
        f->gen = g;
        g->frame = f; /* owned (and freed) by the generator from here */
    }
    if (st != JG_OK)
        return st;
    if (r->p != body_end)
        return jg_pr_fail(r, "generator frame body has trailing bytes");
    if (!(f->code->flags & JG_CO_GENERATOR))
        return jg_pr_fail(r, "generator frame does not run generator code");
    g->state = (uint8_t)state;
    uint32_t ip = (uint32_t)(f->ip - f->code->code);
    switch (state) {
    case JG_GEN_CREATED:
        if (ip != 0 || f->sp != jg_frame_stack_base(f))
            return jg_pr_fail(r, "unstarted generator frame has run");
        return JG_OK;
    case JG_GEN_SUSPENDED:
        if (op_before(f->code, ip) != JG_OP_YIELD_VALUE)
            return jg_pr_fail(r, "suspended generator frame is not at a yield");
        return check_depth(r, f, 1);
    case JG_GEN_RUNNING:
        /* Checked as part of the tasklet chain it must be in. */
        return jg_pr_made(r, *out);
    default:
        return jg_pr_fail(r, "closed generator with a frame");
    }
}

/* Reads the chain of frames of tasklet 't' onto thread 'th'. */
static jg_status read_chain(jg_preader *r, jg_tasklet *t, jg_thread *th)
{
    uint32_t n;
    jg_status st = jg_pr_array_header(r, JG_PX_TASKLET, &n);
    if (st != JG_OK)
        return st;
    if ((n == 0) != (!t->started || t->finished))
        return jg_pr_fail(r, "tasklet frames do not fit its state");
    /* n is bounded by the bytes left (each frame takes some). */
    jg_interp_reserve_stack(r->vm, th, (size_t)n * LOADED_FRAME_BYTES);
    jg_frame *below = NULL;
    for (uint32_t i = 0; i < n; i++) {
        jg_frame *f = NULL;
        if (at_frame_ext(r)) {
            const uint8_t *body_end;
            st = read_frame_ext(r, th, &f, &body_end);
            if (f) {
                /* Placed at once, so the collector and the free path see it. */
                f->back = th->frame;
                th->frame = f;
            }
            if (st != JG_OK)
                return st;
            if (r->p != body_end)
                return jg_pr_fail(r, "frame body has trailing bytes");
            if (f->code->flags & JG_CO_GENERATOR)
                return jg_pr_fail(r, "generator code in a frame no generator owns");
        } else {
            jg_value gv;
            if ((st = jg_pr_value(r, &gv)) != JG_OK)
                return st;
            if (!jg_is_kind(gv, JG_K_GEN))
                return jg_pr_fail(r, "tasklet frame is neither a frame nor a generator");
            jg_gen *g = JG_AS(jg_gen, gv);
            /* (A repickle relinks a live generator's frame from the old chain.) */
            if (g->state != JG_GEN_RUNNING || !g->frame ||
                (g->frame->back && r->mode != JG_PICKLE_REPICKLE))
                return jg_pr_fail(r, "generator in a tasklet's frames is not running there");
            if (placed(r, g->frame))
                return jg_pr_fail(r, "generator runs twice");
            if ((st = place(r, g->frame)) != JG_OK)
                return st;
            f = g->frame;
            f->back = th->frame;
            th->frame = f;
        }
        if (f->finish == JG_FIN_TASKLET || f->finish == JG_FIN_ENTRY) {
            if (below)
                return jg_pr_fail(r, "a tasklet's bottom finish above its bottom");
        } else if (!below) {
            return jg_pr_fail(r, "tasklet's bottom frame does not end the tasklet");
        }
        if (f->gen ? f->finish < JG_FIN_GEN_NEXT || f->finish > JG_FIN_GEN_SEND
                   : f->finish >= JG_FIN_GEN_NEXT && f->finish <= JG_FIN_GEN_SEND)
            return jg_pr_fail(r, "frame finish does not fit its frame");
        if (f->finish == JG_FIN_ENTRY && (r->mode != JG_PICKLE_REPICKLE || !t->th ||
                                          t->th != &r->vm->main_thread))
            return jg_pr_fail(r, "only the main program's frame may return to C");
        if (below && (st = check_caller(r, below, f->finish)) != JG_OK)
            return st;
        if (!(f->code->flags & JG_CO_HIDDEN))
            th->depth++;
        below = f;
    }
    if (below) {
        int top = t->resume_exc != JG_NONE ? -1 : t->resume_push ? 1 : 0;
        if ((st = check_depth(r, below, top)) != JG_OK)
            return st;
    }
    return JG_OK;
}

/* Reads nil or a msgpack array [channel, dir]: a tasklet's channel wait. */
static jg_status read_wait(jg_preader *r, jg_value *chan, int64_t *dir)
{
    *chan = JG_NONE;
    *dir = 0;
    if (jg_pr_left(r) && *r->p == 0xc0) {
        r->p++;
        return JG_OK;
    }
    uint32_t n;
    jg_status st = jg_pr_array_header(r, JG_PX_TASKLET, &n);
    if (st != JG_OK)
        return st;
    if (n != 2)
        return jg_pr_fail(r, "tasklet's channel wait of %u parts", n);
    if ((st = jg_pr_value(r, chan)) != JG_OK ||
        (st = jg_pr_int(r, -1, 1, "tasklet's channel direction", dir)) != JG_OK)
        return st;
    if (!is_channel(r->vm, *chan) || *dir == 0)
        return jg_pr_fail(r, "tasklet's channel wait is malformed");
    return JG_OK;
}

static jg_status read_tasklet(jg_preader *r, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    if (!vm->tasklet_type)
        return jg_pr_fail(r, "a tasklet, but the stackless module is not loaded");
    uint32_t n;
    jg_status st;
    if ((st = jg_pr_array_header(r, JG_PX_TASKLET, &n)) != JG_OK)
        return st;
    if (n != TASKLET_PARTS)
        return jg_pr_fail(r, "tasklet of %u parts", n);
    jg_tasklet *target = r->target;
    r->target = NULL; /* only the outermost tasklet is the target */
    jg_tasklet *t = target ? target : jg_tasklet_alloc(vm, vm->tasklet_type);
    if (!t)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(t);
    jg_value attrs, tempval, rexc, func, chan, sleep, handled;
    int64_t id, flags, dir;
    if ((st = jg_pr_int(r, 0, INT64_MAX, "tasklet id", &id)) != JG_OK ||
        (st = jg_pr_value(r, &attrs)) != JG_OK ||
        (st = jg_pr_int(r, 0, TF_ALL, "tasklet flags", &flags)) != JG_OK ||
        (st = jg_pr_value(r, &tempval)) != JG_OK || (st = jg_pr_value(r, &rexc)) != JG_OK ||
        (st = jg_pr_value(r, &func)) != JG_OK || (st = read_wait(r, &chan, &dir)) != JG_OK ||
        (st = jg_pr_value(r, &sleep)) != JG_OK || (st = jg_pr_value(r, &handled)) != JG_OK)
        return st;
    if (attrs != JG_NONE && !jg_is_kind(attrs, JG_K_DICT))
        return jg_pr_fail(r, "tasklet attributes are not a dict");
    if (rexc != JG_NONE && !jg_is_kind(rexc, JG_K_EXC))
        return jg_pr_fail(r, "tasklet's pending exception is not an exception");
    if (handled != JG_NONE && !jg_is_kind(handled, JG_K_EXC))
        return jg_pr_fail(r, "tasklet's handled exception is not an exception");
    bool started = flags & TF_STARTED, finished = flags & TF_FINISHED;
    /* A sleep is what is left of a time.sleep call the tasklet is suspended
     * in: it is out of the run queue and blocked on nothing, and the call
     * returns None when it wakes. */
    if (sleep != JG_NONE &&
        (!jg_is_float(sleep) || !isfinite(jg_as_float(sleep)) || jg_as_float(sleep) < 0 ||
         !started || finished || chan != JG_NONE || rexc != JG_NONE ||
         (flags & (TF_SCHEDULED | TF_RESUME_PUSH | TF_SENDS_EXC)) != TF_RESUME_PUSH))
        return jg_pr_fail(r, "tasklet's sleep is malformed");
    if (finished && (chan != JG_NONE || rexc != JG_NONE))
        return jg_pr_fail(r, "finished tasklet that waits");
    if (chan != JG_NONE && !(flags & TF_RESUME_PUSH) && rexc == JG_NONE)
        return jg_pr_fail(r, "blocked tasklet without a pending result");
    if ((flags & TF_SENDS_EXC) && (dir != 1 || !jg_is_kind(tempval, JG_K_EXC)))
        return jg_pr_fail(r, "tasklet sends an exception it does not hold");
    if (target) {
        /* Repickle: the same tasklet, its frames rebuilt on a fresh thread
         * that replaces its own once everything is read. */
        double left;
        if (target->started != started || target->finished != finished ||
            (target->chan != NULL) != (chan != JG_NONE) || (target->chan && target->dir != dir) ||
            ((flags & TF_SCHEDULED) != 0) != (target->next != NULL) ||
            jg_sched_sleep_left(vm, target, &left) != (sleep != JG_NONE))
            return jg_pr_fail(r, "repickled tasklet changed state");
        if (chan != JG_NONE && JG_AS(jg_channel, chan) != target->chan) {
            /* Its channel was copied with it: it waits on the copy now. */
            jg_channel_unblock(vm, target);
            target->chan = JG_AS(jg_channel, chan);
        }
    } else {
        t->started = started;
        t->finished = finished;
        t->dir = (int8_t)dir;
        /* insert() puts it back to sleep for what it had left. */
        if (sleep != JG_NONE)
            t->sleep_left = jg_as_float(sleep);
        if (r->mode == JG_PICKLE_MIGRATE)
            if (jg_host_rekey(vm, t, (uint64_t)id) != JG_OK)
                return JG_RAISED;
    }
    t->attrs = attrs == JG_NONE ? NULL : JG_AS(jg_dict, attrs);
    t->resume_push = flags & TF_RESUME_PUSH;
    t->sends_exc = flags & TF_SENDS_EXC;
    t->tempval = tempval;
    t->resume_exc = rexc;
    t->func = func;
    jg_thread *th = target ? &r->new_thread : &t->own;
    th->handled = handled;
    /* (Only the target: another tasklet read after it, one the target's
     * frames hold, must not make its new thread be forgotten.) */
    if (target)
        r->new_thread_of = target;
    if ((st = jg_pr_made(r, *out)) != JG_OK)
        return st;
    /* Linked to the channel's queue at the end (jg_pickle_finish_state). */
    if (chan != JG_NONE)
        t->chan = JG_AS(jg_channel, chan);
    if ((st = read_chain(r, t, th)) != JG_OK)
        return st;
    if (r->mode != JG_PICKLE_REPICKLE)
        for (jg_frame *f = th->frame; f; f = f->back)
            if (f->finish == JG_FIN_ENTRY)
                return jg_pr_fail(r, "only the main program's frame may return to C");
    return JG_OK;
}

static jg_channel *new_channel(jg_vm *vm)
{
    jg_channel *c = jg_gc_alloc(vm, vm->channel_type, sizeof(jg_channel));
    if (c)
        c->preference = -1;
    return c;
}

static jg_status read_channel(jg_preader *r, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    if (!vm->channel_type)
        return jg_pr_fail(r, "a channel, but the stackless module is not loaded");
    if (r->mode == JG_PICKLE_MIGRATE)
        return jg_pr_fail(r, "a copied channel in a migration pickle");
    uint32_t n;
    jg_status st;
    if ((st = jg_pr_array_header(r, JG_PX_CHANNEL, &n)) != JG_OK)
        return st;
    if (n != CHANNEL_PARTS)
        return jg_pr_fail(r, "channel of %u parts", n);
    jg_channel *c = new_channel(vm);
    if (!c)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(c);
    jg_value attrs, closing;
    int64_t pref, balance;
    if ((st = jg_pr_value(r, &attrs)) != JG_OK ||
        (st = jg_pr_int(r, -1, 1, "channel preference", &pref)) != JG_OK ||
        (st = jg_pr_value(r, &closing)) != JG_OK ||
        (st = jg_pr_int(r, -(int64_t)JG_PICKLE_MAX_OBJECTS, JG_PICKLE_MAX_OBJECTS,
                        "channel balance", &balance)) != JG_OK ||
        (st = jg_pr_array_header(r, JG_PX_CHANNEL, &n)) != JG_OK)
        return st;
    if (attrs != JG_NONE && !jg_is_kind(attrs, JG_K_DICT))
        return jg_pr_fail(r, "channel attributes are not a dict");
    if (closing != JG_TRUE && closing != JG_FALSE)
        return jg_pr_fail(r, "channel closing flag is not a bool");
    if ((uint64_t)(balance < 0 ? -balance : balance) != n)
        return jg_pr_fail(r, "channel balance %lld with %u waiting", (long long)balance, n);
    c->attrs = attrs == JG_NONE ? NULL : JG_AS(jg_dict, attrs);
    c->preference = (int)pref;
    c->closing = closing == JG_TRUE;
    /* The waiters are kept in a list until every tasklet is read. */
    jg_list *waiters = jg_list_new(vm, n);
    if (!waiters)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < n; i++) {
        jg_value tv;
        if ((st = jg_pr_value(r, &tv)) != JG_OK || (st = jg_list_append(vm, waiters, tv)) != JG_OK)
            return st;
        if (!is_tasklet(vm, tv))
            return jg_pr_fail(r, "channel waiter is not a tasklet");
    }
    jg_tuple *rec = jg_tuple_new(vm, 3);
    if (!rec)
        return jg_raise_nomem(vm);
    rec->items[0] = *out;
    rec->items[1] = jg_obj_value(waiters);
    rec->items[2] = jg_int(balance);
    return jg_pr_made(r, jg_obj_value(rec));
}

static jg_status read_channel_ref(jg_preader *r, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    if (!vm->channel_type)
        return jg_pr_fail(r, "a channel, but the stackless module is not loaded");
    if (r->mode != JG_PICKLE_MIGRATE)
        return jg_pr_fail(r, "a channel reference outside a migration pickle");
    int64_t id;
    jg_status st = jg_pr_int(r, 1, INT64_MAX, "channel id", &id);
    if (st != JG_OK)
        return st;
    if (!vm->chans_by_id && !(vm->chans_by_id = jg_dict_new(vm)))
        return jg_raise_nomem(vm);
    if (!vm->chan_ids && !(vm->chan_ids = jg_dict_new(vm)))
        return jg_raise_nomem(vm);
    jg_value cv;
    bool found;
    if ((st = jg_dict_get(vm, vm->chans_by_id, jg_int(id), &cv, &found)) != JG_OK)
        return st;
    if (!found) {
        /* A channel whose home is elsewhere in the cluster: a local stand-in
         * under the same id (operations on it are the node's to forward). */
        jg_channel *c = new_channel(vm);
        if (!c)
            return jg_raise_nomem(vm);
        c->shared = vm->cfg.remote_channel != NULL;
        cv = jg_obj_value(c);
        if ((st = jg_dict_set(vm, vm->chans_by_id, jg_int(id), cv)) != JG_OK ||
            (st = jg_dict_set(vm, vm->chan_ids, cv, jg_int(id))) != JG_OK)
            return st;
        if ((uint64_t)id > vm->next_channel_id)
            vm->next_channel_id = (uint64_t)id;
    }
    r->table[idx] = *out = cv;
    return JG_OK;
}

jg_status jg_pickle_read_state(jg_preader *r, int type, uint32_t idx, jg_value *out)
{
    switch (type) {
    case JG_PX_GENERATOR:
        return read_gen(r, idx, out);
    case JG_PX_TASKLET:
        return read_tasklet(r, idx, out);
    case JG_PX_CHANNEL:
        return read_channel(r, idx, out);
    case JG_PX_CHANNEL_REF:
        return read_channel_ref(r, idx, out);
    default:
        return jg_pr_fail(r, "a FRAME outside a tasklet or generator");
    }
}

static bool in_queue(jg_channel *c, jg_tasklet *t)
{
    for (jg_tasklet *u = c->head; u; u = u->cnext)
        if (u == t)
            return true;
    return false;
}

/*
 * Once everything is read: every running generator is in a chain; copied
 * channels get their waiters, each of which must wait on that channel in
 * the channel's direction, and every tasklet that waits on a copied channel
 * must be among its waiters; in migration mode, a waiting tasklet joins its
 * channel's queue.  A repickle's new thread replaces the target's.
 */
jg_status jg_pickle_finish_state(jg_preader *r)
{
    jg_vm *vm = r->vm;
    for (uint32_t i = 0; i < r->n_made; i++) {
        jg_value v = r->made[i];
        if (jg_is_kind(v, JG_K_GEN)) {
            if (!placed(r, JG_AS(jg_gen, v)->frame))
                return jg_pr_fail(r, "running generator outside any tasklet's frames");
        } else if (jg_is_kind(v, JG_K_TUPLE)) {
            jg_tuple *rec = JG_AS(jg_tuple, v);
            jg_channel *c = JG_AS(jg_channel, rec->items[0]);
            jg_list *ws = JG_AS(jg_list, rec->items[1]);
            int64_t balance = jg_as_int(rec->items[2]);
            for (uint32_t k = 0; k < ws->len; k++) {
                jg_tasklet *t = JG_AS(jg_tasklet, ws->items[k]);
                if (t->chan != c || (t->dir > 0) != (balance > 0))
                    return jg_pr_fail(r, "channel waiter does not wait on it that way");
                if (in_queue(c, t))
                    return jg_pr_fail(r, "tasklet waits twice on a channel");
                jg_channel_enqueue(c, t);
            }
        }
    }
    for (uint32_t i = 0; i < r->n_made; i++) {
        jg_value v = r->made[i];
        if (!is_tasklet(vm, v))
            continue;
        jg_tasklet *t = JG_AS(jg_tasklet, v);
        if (t->chan && !in_queue(t->chan, t)) {
            if (r->mode != JG_PICKLE_MIGRATE)
                return jg_pr_fail(r, "tasklet waits on a channel that does not list it");
            /* Migration: on a shared channel the wait is the host's to hand
             * on (jg_sched_resume_loaded); on a local one it queues, or
             * meets a waiter of the other direction. */
            if (!t->chan->shared && jg_channel_rewait(vm, t) != JG_OK)
                return JG_RAISED;
        }
    }
    jg_tasklet *t = r->new_thread_of;
    if (t) {
        /* The repickled frames replace the tasklet's own; the old chunks go
         * (generator frames belong to their generators). */
        jg_thread old = *t->th;
        jg_thread *th = t->th;
        *th = r->new_thread;
        memset(&r->new_thread, 0, sizeof r->new_thread);
        old.frame = NULL;
        jg_interp_free_thread(vm, &old);
        free(t->base); /* the old bottom frame's chunk, if it had one */
        t->base = NULL;
    }
    return JG_OK;
}
