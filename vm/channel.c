/*
 * vm/channel.c - channels: rendezvous between tasklets (Stackless semantics).
 *
 * A channel's queue holds the tasklets blocked on it, all in one direction:
 * balance > 0 counts waiting senders, balance < 0 waiting receivers.  A send
 * meeting a waiting receiver hands the value over and makes the receiver
 * runnable; a receive meeting a waiting sender takes its value and makes the
 * sender runnable.  Who runs first then follows 'preference': -1 (the
 * default) the receiver, 1 the sender, 0 whoever was running; the favoured
 * tasklet, when it is not the one running, runs at once with the other right
 * after it (tasklet.c), otherwise the woken tasklet goes to the back of the
 * run queue.  With nobody waiting the caller blocks; blocking the last
 * runnable tasklet while none sleeps is the deadlock error (with sleepers the
 * VM waits for them), and blocking on a closing channel is a ValueError.  An
 * exception sent (send_exception, send_throw) is raised in the receiver
 * instead of returned.  Iterating a channel receives until it
 * is closed (closing, nobody waiting); it gives a generator, not the channel.
 *
 * Invariant: t->chan == c exactly for the tasklets in c's queue (and, c
 * shared, for those in a remote wait on it), and |balance| is the queue's
 * length (jg_channel_enqueue and queue_pop keep it).
 */
#include "tasklet.h"

#include "dict.h"
#include "exc.h"
#include "interp.h"
#include "pickle.h"

void jg_channel_enqueue(jg_channel *c, jg_tasklet *t)
{
    c->balance += t->dir > 0 ? 1 : -1;
    t->chan = c;
    t->cnext = NULL;
    if (c->tail)
        c->tail->cnext = t;
    else
        c->head = t;
    c->tail = t;
}

static jg_tasklet *queue_pop(jg_channel *c)
{
    jg_tasklet *t = c->head;
    c->head = t->cnext;
    if (!c->head)
        c->tail = NULL;
    t->cnext = NULL;
    t->chan = NULL;
    c->balance += t->dir > 0 ? -1 : 1;
    return t;
}

void jg_channel_unblock(jg_vm *vm, jg_tasklet *t)
{
    jg_channel *c = t->chan;
    jg_tasklet **p = &c->head, *prev = NULL;
    while (*p && *p != t) {
        prev = *p;
        p = &(*p)->cnext;
    }
    if (!*p) {
        if (c->shared) {
            /* A remote wait: the host withdraws it from the broker. */
            if (vm->cfg.remote_channel) {
                int64_t id = 0;
                jg_value v;
                bool found = false;
                if (vm->chan_ids &&
                    jg_dict_get(vm, vm->chan_ids, jg_obj_value(c), &v, &found) != JG_OK)
                    jg_clear_exc(vm);
                if (found && jg_is_int(v))
                    id = jg_as_int(v);
                vm->cfg.remote_channel(vm->cfg.host_ctx, (uint64_t)id, t->id, 0, NULL, 0, false);
            }
            t->chan = NULL;
        }
        return;
    }
    *p = t->cnext;
    if (c->tail == t)
        c->tail = prev;
    t->cnext = NULL;
    t->chan = NULL;
    c->balance += t->dir > 0 ? -1 : 1;
}

static void channel_trace(jg_vm *vm, jg_obj *o)
{
    jg_channel *c = (jg_channel *)o;
    jg_gc_mark_obj(vm, c->attrs);
    for (jg_tasklet *t = c->head; t; t = t->cnext)
        jg_gc_mark_obj(vm, t);
}

static jg_status channel_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    char buf[64];
    snprintf(buf, sizeof buf, "<channel balance=%d>", JG_AS(jg_channel, self)->balance);
    *out = jg_str_from_cstr(vm, buf);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

/* iter(channel) is Python's business (the prelude's _channel_iter). */
static jg_status channel_iter_hook(jg_vm *vm, jg_value self, jg_value *out)
{
    return JG_NEEDS_PY;
}

static const jg_type_hooks channel_hooks = {
    .trace = channel_trace,
    .repr = channel_repr,
    .iter = channel_iter_hook,
};

static jg_channel *self_channel(jg_vm *vm, jg_value v)
{
    return jg_isinstance(vm, v, vm->channel_type) ? JG_AS(jg_channel, v) : NULL;
}

#define SELF()                                                                               \
    jg_channel *c = nargs >= 1 ? self_channel(vm, args[0]) : NULL;                           \
    if (!c)                                                                                  \
        return jg_raise(vm, vm->t.TypeError, "descriptor requires a 'channel' object");

static jg_status channel_new(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (jg_args_count(vm, "channel", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    jg_channel *c = jg_gc_alloc(vm, JG_AS(jg_type, args[0]), sizeof(jg_channel));
    if (!c)
        return jg_raise_nomem(vm);
    c->preference = -1;
    *out = jg_obj_value(c);
    return JG_OK;
}

#define CLOSED_MESSAGE "Send/receive operation on a closed channel"

/* Blocks the current tasklet on 'c' sending (dir 1, carrying 'v') or
 * receiving (dir -1): refused on a closing channel, and when no other
 * tasklet is runnable or sleeping. */
static jg_status block_on(jg_vm *vm, jg_channel *c, int8_t dir, jg_value v, bool is_exc,
                          jg_value *out)
{
    if (c->closing)
        return jg_raise(vm, vm->t.ValueError, CLOSED_MESSAGE);
    if (jg_sched_would_deadlock(vm))
        return jg_raise(vm, vm->t.RuntimeError, JG_DEADLOCK_MESSAGE);
    jg_tasklet *cur = vm->tasklet_cur;
    cur->dir = dir;
    cur->tempval = v;
    cur->sends_exc = is_exc;
    if (!c->shared) {
        jg_channel_enqueue(c, cur);
        return jg_sched_block(vm, out);
    }
    /* A remote wait: in no queue, the operation handed to the host. */
    cur->chan = c;
    cur->cnext = NULL;
    if (jg_channel_notify_remote(vm, cur) != JG_OK) {
        cur->chan = NULL;
        cur->tempval = JG_NONE;
        cur->sends_exc = false;
        return JG_RAISED;
    }
    return jg_sched_block(vm, out);
}

/* Sends 'v' - an exception to raise in the receiver when 'is_exc' - from the
 * current tasklet. */
static jg_status send_value(jg_vm *vm, jg_channel *c, jg_value v, bool is_exc, jg_value *out)
{
    if (c->shared)
        return block_on(vm, c, 1, v, is_exc, out);
    if (c->balance < 0) {
        jg_tasklet *r = queue_pop(c);
        if (is_exc) {
            r->resume_push = false;
            r->resume_exc = v;
        } else {
            r->resume_push = true;
            r->tempval = v;
        }
        return jg_sched_make_runnable(vm, r, c->preference < 0, JG_NONE, out);
    }
    /* The receiver takes v, and leaves None for the send to return. */
    return block_on(vm, c, 1, v, is_exc, out);
}

/* ---------------------------------------------------------------- shared channels
 *
 * A channel whose reference left the node in a migration pickle is shared:
 * its state is at the broker, so an operation on it blocks the caller in a
 * remote wait - t->chan set, in no queue - and hands the operation to the
 * host (jg_vm_config.remote_channel), whose jg_vm_channel_done completes it
 * (jg_channel_remote_done).  Rendezvous semantics are the broker's.
 */

static jg_status chan_id(jg_vm *vm, jg_channel *c, int64_t *id)
{
    jg_value v;
    bool found = false;
    if (!vm->chan_ids || jg_dict_get(vm, vm->chan_ids, jg_obj_value(c), &v, &found) != JG_OK ||
        !found || !jg_is_int(v))
        return jg_raise(vm, vm->t.RuntimeError, "shared channel without a cluster id");
    *id = jg_as_int(v);
    return JG_OK;
}

jg_status jg_channel_notify_remote(jg_vm *vm, jg_tasklet *t)
{
    jg_channel *c = t->chan;
    int64_t id = 0;
    if (chan_id(vm, c, &id) != JG_OK)
        return JG_RAISED;
    if (!vm->cfg.remote_channel)
        return jg_raise(vm, vm->t.RuntimeError,
                        "channel %lld is shared across the cluster and nothing forwards it",
                        (long long)id);
    jg_bytes *b = NULL;
    if (t->dir > 0 &&
        jg_pickle_dumps_ex(vm, t->tempval, JG_PICKLE_MIGRATE, NULL, &b, NULL, NULL) != JG_OK)
        return JG_RAISED;
    vm->cfg.remote_channel(vm->cfg.host_ctx, (uint64_t)id, t->id, t->dir,
                           b ? (const uint8_t *)b->data : NULL, b ? b->len : 0, t->sends_exc);
    return JG_OK;
}

jg_status jg_channel_share(jg_vm *vm, jg_channel *c)
{
    if (c->shared || !vm->cfg.remote_channel)
        return JG_OK;
    c->shared = true;
    while (c->head) {
        jg_tasklet *t = queue_pop(c);
        t->chan = c;
        if (jg_channel_notify_remote(vm, t) != JG_OK)
            return JG_RAISED;
    }
    return JG_OK;
}

jg_status jg_channel_rewait(jg_vm *vm, jg_tasklet *t)
{
    jg_channel *c = t->chan;
    if (c->shared)
        return jg_channel_notify_remote(vm, t);
    t->chan = NULL;
    if (!c->balance || (c->balance > 0) == (t->dir > 0)) {
        jg_channel_enqueue(c, t);
        return JG_OK;
    }
    /* Someone waits the other way now: they meet. */
    jg_tasklet *o = queue_pop(c);
    jg_tasklet *sender = t->dir > 0 ? t : o, *receiver = t->dir > 0 ? o : t;
    if (sender->sends_exc) {
        receiver->resume_push = false;
        receiver->resume_exc = sender->tempval;
    } else {
        receiver->resume_push = true;
        receiver->tempval = sender->tempval;
    }
    sender->sends_exc = false;
    sender->resume_push = true;
    sender->tempval = JG_NONE;
    jg_value ignored;
    jg_sched_make_runnable(vm, o, false, JG_NONE, &ignored);
    jg_sched_make_runnable(vm, t, false, JG_NONE, &ignored);
    return JG_OK;
}

void jg_channel_remote_done(jg_vm *vm, jg_tasklet *t, jg_value value, bool is_exc)
{
    t->chan = NULL;
    if (t->dir < 0 && is_exc) {
        t->resume_push = false;
        t->resume_exc = value;
    } else {
        t->resume_push = true;
        t->tempval = t->dir < 0 ? value : JG_NONE;
    }
    t->sends_exc = false;
    jg_value ignored;
    jg_sched_make_runnable(vm, t, false, JG_NONE, &ignored);
}

/* channel.send(value) */
static jg_status channel_send(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "send", nargs - 1, kw, 1, 1) != JG_OK)
        return JG_RAISED;
    return send_value(vm, c, args[1], false, out);
}

/* channel.send_exception(exc_class, *args): the receiver raises exc_class(*args). */
static jg_status channel_send_exception(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                        jg_value *out)
{
    SELF();
    jg_value exc;
    if (jg_exc_from_class_args(vm, "send_exception", args + 1, nargs - 1, kw, &exc) != JG_OK)
        return JG_RAISED;
    return send_value(vm, c, exc, true, out);
}

/* channel.send_throw(exc, val=None, tb=None): the receiver raises it. */
static jg_status channel_send_throw(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                    jg_value *out)
{
    SELF();
    static const char *const kwlist[] = {"exc", "val", "tb", NULL};
    jg_value a[3];
    if (jg_args_parse(vm, "send_throw", args + 1, nargs - 1, kw, kwlist, 1, 3, a) != JG_OK)
        return JG_RAISED;
    jg_value exc;
    if (jg_make_exception(vm, a[0], a[1], &exc) != JG_OK)
        return JG_RAISED;
    return send_value(vm, c, exc, true, out);
}

/* channel.receive() */
static jg_status channel_receive(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                 jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "receive", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    jg_tasklet *cur = vm->tasklet_cur;
    if (c->shared)
        return block_on(vm, c, -1, JG_NONE, false, out);
    if (c->balance > 0) {
        jg_tasklet *s = queue_pop(c);
        jg_value v = s->tempval;
        bool is_exc = s->sends_exc;
        s->sends_exc = false;
        s->resume_push = true;
        s->tempval = JG_NONE;
        jg_status st = jg_sched_make_runnable(vm, s, c->preference > 0, v, out);
        if (!is_exc)
            return st;
        if (st == JG_SWITCHED) {
            /* The sender runs first; this receive raises when it resumes. */
            cur->resume_push = false;
            cur->resume_exc = v;
            return st;
        }
        return jg_raise_set(vm, v);
    }
    return block_on(vm, c, -1, JG_NONE, false, out);
}

/* channel.send_sequence(iterable) and iter(channel): Python (the prelude),
 * since they run Python-level iteration and block on each item. */
static jg_status channel_send_sequence(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                       jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "send_sequence", nargs - 1, kw, 1, 1) != JG_OK)
        return JG_RAISED;
    (void)c;
    return jg_tailcall_prelude(vm, "_channel_send_sequence", args, 2, NULL);
}

static jg_status channel_iter(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    (void)c;
    return jg_tailcall_prelude(vm, "_channel_iter", args, 1, NULL);
}

/* close(): no new blocking operations; open(): undo that. */
static jg_status channel_close(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                               jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "close", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    c->closing = true;
    *out = JG_NONE;
    return JG_OK;
}
static jg_status channel_open(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "open", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    c->closing = false;
    *out = JG_NONE;
    return JG_OK;
}
static jg_status get_closing(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_bool(JG_AS(jg_channel, args[0])->closing);
    return JG_OK;
}
static jg_status get_closed(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_channel *c = JG_AS(jg_channel, args[0]);
    *out = jg_bool(c->closing && c->balance == 0);
    return JG_OK;
}

static jg_status get_balance(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_int(JG_AS(jg_channel, args[0])->balance);
    return JG_OK;
}
static jg_status get_preference(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    *out = jg_int(JG_AS(jg_channel, args[0])->preference);
    return JG_OK;
}
static jg_status set_preference(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    if (!jg_is_int(args[1]))
        return jg_raise(vm, vm->t.TypeError, "preference must be an integer");
    int64_t p = jg_as_int(args[1]);
    JG_AS(jg_channel, args[0])->preference = p < 0 ? -1 : p > 0 ? 1 : 0;
    *out = JG_NONE;
    return JG_OK;
}

jg_status jg_channel_init(jg_vm *vm, jg_module *m)
{
    if (!vm->channel_type) {
        jg_type *t = jg_type_new_builtin(vm, "channel", vm->t.object, JG_K_OTHER, &channel_hooks);
        if (!t)
            return jg_raise_nomem(vm);
        t->flags |= JG_TF_BASETYPE;
        vm->channel_type = t;
        jg_status st;
        if ((st = jg_type_add_method(vm, t, "__new__", channel_new, JG_NF_STATIC)) ||
            (st = jg_type_add_method(vm, t, "send", channel_send, 0)) ||
            (st = jg_type_add_method(vm, t, "receive", channel_receive, 0)) ||
            (st = jg_type_add_method(vm, t, "send_exception", channel_send_exception, 0)) ||
            (st = jg_type_add_method(vm, t, "send_throw", channel_send_throw, 0)) ||
            (st = jg_type_add_method(vm, t, "send_sequence", channel_send_sequence, 0)) ||
            (st = jg_type_add_method(vm, t, "__iter__", channel_iter, 0)) ||
            (st = jg_type_add_method(vm, t, "close", channel_close, 0)) ||
            (st = jg_type_add_method(vm, t, "open", channel_open, 0)) ||
            (st = jg_type_add_getter(vm, t, "closing", get_closing)) ||
            (st = jg_type_add_getter(vm, t, "closed", get_closed)) ||
            (st = jg_type_add_getter(vm, t, "balance", get_balance)) ||
            (st = jg_type_add_getset(vm, t, "preference", get_preference, set_preference)))
            return st;
    }
    return jg_module_set(vm, m, "channel", jg_obj_value(vm->channel_type));
}
