/*
 * vm/gc.c - the allocation funnel and the tracing collector.
 *
 * Objects live in the heap of vm/heap.c (size-class pages for small objects,
 * separate blocks for large ones).  A collection is a non-moving mark and
 * sweep: it marks from the roots with an explicit gray stack (no C recursion,
 * so a million-deep list nesting cannot overflow the C stack), then the heap
 * sweeps, finalising and freeing what is unmarked.  Being neither moving nor
 * generational, it needs no write barrier (JG_SET is a plain store).
 *
 * Collections happen only when the interpreter asks at a safepoint (vm.h): the
 * allocator merely sets vm->gc_pending when the heap has grown past next_gc.
 * So no C caller ever needs to root a temporary.  The JG_GC_STRESS build asks
 * after every allocation, so every safepoint that follows one collects.
 *
 * Accounting: vm->bytes_allocated counts object cells (at their size-class
 * size) plus the C buffers objects own (jg_mem_*, jg_gc_account); each byte is
 * added once when allocated and subtracted once when freed, so after a
 * collection it is exactly what survived.
 *
 * Invariant: outside jg_gc_collect every object's mark bit is clear, except
 * between jg_gc_mark_live and jg_gc_unmark_all (the repickle check).
 */
#include "gc.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heap.h"
#include "interp.h"

/*
 * When to collect: once the heap has grown to GC_GROWTH_NUM/GC_GROWTH_DEN
 * times what survived the last collection, and never below GC_MIN_BYTES.
 * The factor trades time for memory: marking costs about the live heap, so
 * the marking work per allocated byte is proportional to 1 / (growth - 1),
 * while the peak heap is about growth * live.  Measured on the benchmarks
 * (tests/bench): growth 1.5 doubles the collections of a growing heap
 * (str_build: 113 against 63) for 15% less peak memory, growth 3 saves a
 * third of them for 35% more; a floor of 4 MiB keeps the peak of programs
 * with little live data (binary_trees, nbody) below CPython's, where 6 MiB
 * would not.
 */
#define GC_GROWTH_NUM 2
#define GC_GROWTH_DEN 1
#define GC_MIN_BYTES ((size_t)4 << 20)
/* The first collection comes early: it frees what starting the VM left
 * behind, before the program's own data is laid out around it. */
#define GC_FIRST_BYTES ((size_t)1 << 20)
/* Empty pages kept beyond the expected need (see jg_gc_collect). */
#define GC_POOL_SLACK ((size_t)1 << 20)

static inline jg_heap *heap_of(const jg_vm *vm)
{
    return vm->heap;
}

static inline void sub_bytes(jg_vm *vm, size_t n)
{
    vm->bytes_allocated -= n < vm->bytes_allocated ? n : vm->bytes_allocated;
}

/* ---------------------------------------------------------------- C buffers */

void *jg_mem_alloc(jg_vm *vm, size_t size)
{
    void *p = malloc(size ? size : 1);
    if (p && vm)
        jg_gc_note_bytes(vm, size);
    return p;
}

void *jg_mem_realloc(jg_vm *vm, void *p, size_t old_size, size_t new_size)
{
    void *q = realloc(p, new_size ? new_size : 1);
    if (q && vm) {
        vm->bytes_allocated += new_size;
        sub_bytes(vm, old_size);
        jg_gc_note_bytes(vm, 0);
    }
    return q;
}

void jg_mem_free(jg_vm *vm, void *p, size_t size)
{
    if (!p)
        return;
    free(p);
    if (vm)
        sub_bytes(vm, size);
}

void jg_gc_account(jg_vm *vm, ptrdiff_t delta)
{
    if (delta < 0)
        sub_bytes(vm, (size_t)-delta);
    else
        vm->bytes_allocated += (size_t)delta;
    jg_gc_note_bytes(vm, 0);
}

/* ---------------------------------------------------------------- objects */

/*
 * The kind of page (heap.h) objects of type 't' go to.
 *
 * JG_HEAP_FIN unless the type's layout owns no C memory and it has no
 * finalize hook: hooks are installed after some objects already exist (a
 * dict made while bootstrapping has no hooks yet), so no hooks means "may
 * have a finalizer", and the layout check keeps a later hook change from
 * leaking a buffer.
 *
 * JG_HEAP_LEAF for str, bytes and int exactly: their layouts hold no
 * references, and their types are roots, so nothing is lost by never
 * tracing them (a user subclass's instances must mark their class).
 */
#define PLAIN_KINDS                                                                        \
    (1u << JG_K_OBJECT | 1u << JG_K_TUPLE | 1u << JG_K_STR | 1u << JG_K_BYTES |            \
     1u << JG_K_RANGE | 1u << JG_K_SLICE | 1u << JG_K_FUNC | 1u << JG_K_NATIVE |           \
     1u << JG_K_METHOD | 1u << JG_K_CELL | 1u << JG_K_MODULE | 1u << JG_K_ITER |           \
     1u << JG_K_PROPERTY | 1u << JG_K_SUPER)

static inline unsigned page_kind(const jg_vm *vm, const jg_type *t)
{
    if (!t)
        return JG_HEAP_FIN; /* a type object while the VM starts */
    if (t == vm->t.str || t == vm->t.bytes)
        return JG_HEAP_LEAF;
    if (t == vm->t.int_)
        return JG_HEAP_LEAF | JG_HEAP_FIN;
    if (!t->hooks || t->hooks->finalize)
        return JG_HEAP_FIN;
    return (PLAIN_KINDS >> t->kind) & 1 ? 0 : JG_HEAP_FIN;
}

static jg_heap *heap_start(jg_vm *vm)
{
    jg_heap *h = jg_heap_new();
    if (!h)
        return NULL;
    vm->heap = h;
    vm->next_gc = GC_FIRST_BYTES;
    return h;
}

__attribute__((noinline)) void *jg_gc_alloc_slow(jg_vm *vm, jg_type *type, size_t size,
                                                 size_t zero, unsigned kind)
{
    jg_heap *h = heap_of(vm);
    if (!h && !(h = heap_start(vm)))
        return NULL;
    if (size <= JG_HEAP_SMALL_MAX) {
        if (!size)
            size = 1;
        jg_heap_class *c = jg_heap_class_of(h, size, kind);
        jg_obj *o = jg_heap_take(c, c->cell_size);
        if (!o) {
            if (!jg_heap_refill(h, c))
                return NULL;
            o = jg_heap_take(c, c->cell_size);
        }
        jg_gc_zero_cell(o, jg_gc_zero_bytes(size, zero));
        o->type = type;
        jg_gc_note_bytes(vm, c->cell_size);
        return o;
    }
    size_t cell_size;
    jg_obj *o = jg_heap_alloc_large(h, size, zero, &cell_size);
    if (o) {
        o->type = type;
        jg_gc_note_bytes(vm, cell_size);
    }
    return o;
}

void *jg_gc_alloc(jg_vm *vm, jg_type *type, size_t size)
{
    return jg_gc_alloc_kind(vm, type, size, page_kind(vm, type), size);
}

void *jg_gc_alloc_plain(jg_vm *vm, jg_type *type, size_t size, size_t zero)
{
    return jg_gc_alloc_plain_inline(vm, type, size, zero);
}

bool jg_gc_add_owner(jg_vm *vm, jg_obj *o)
{
    if (vm->n_owners == vm->cap_owners) {
        size_t cap = vm->cap_owners ? vm->cap_owners * 2 : 64;
        jg_obj **a = realloc(vm->owners, cap * sizeof *a);
        if (!a)
            return false;
        vm->owners = a;
        vm->cap_owners = cap;
    }
    vm->owners[vm->n_owners++] = o;
    o->gc |= JG_GC_OWNER;
    return true;
}

size_t jg_gc_cell_size(const void *obj)
{
    const jg_obj *o = obj;
    if (o->gc & JG_HEAP_LARGE)
        return malloc_usable_size((void *)o);
    return jg_heap_page_of(o)->cell_size;
}

void *jg_gc_adopt(jg_vm *vm, jg_type *type, void *block)
{
    jg_heap *h = heap_of(vm);
    if (!h && !(h = heap_start(vm)))
        return NULL;
    jg_obj *o = block;
    o->type = type;
    jg_gc_note_bytes(vm, jg_heap_adopt_large(h, block));
    return o;
}

void *jg_gc_alloc_prefix(jg_vm *vm, jg_type *type, size_t size, size_t zero)
{
    return jg_gc_alloc_kind(vm, type, size, page_kind(vm, type), jg_gc_prefix_zero(size, zero));
}

/* ---------------------------------------------------------------- marking */

static void trace_object(jg_vm *vm, jg_obj *o);

static inline void mark(jg_vm *vm, jg_obj *o)
{
    if (!o || !jg_heap_mark(heap_of(vm), o))
        return;
    if (__builtin_expect(vm->n_gray == vm->cap_gray, 0)) {
        size_t cap = vm->cap_gray ? vm->cap_gray * 2 : 1024;
        jg_obj **g = realloc(vm->gray, cap * sizeof *g);
        if (!g) {
            /* Out of memory while marking: trace this object right away.  The
             * recursion is bounded by how deep the heap is, and only taken
             * when the gray stack cannot grow at all. */
            trace_object(vm, o);
            return;
        }
        vm->gray = g;
        vm->cap_gray = cap;
    }
    vm->gray[vm->n_gray++] = o;
}

void jg_gc_mark_obj(jg_vm *vm, void *p)
{
    mark(vm, p);
}

void jg_gc_mark_value(jg_vm *vm, jg_value v)
{
    if (jg_is_obj(v))
        mark(vm, jg_as_obj(v));
}

void jg_gc_mark_values(jg_vm *vm, const jg_value *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (jg_is_obj(v[i]))
            mark(vm, jg_as_obj(v[i]));
}

static void trace_type(jg_vm *vm, jg_type *t)
{
    mark(vm, (jg_obj *)t->name);
    mark(vm, (jg_obj *)t->module);
    mark(vm, (jg_obj *)t->base);
    mark(vm, (jg_obj *)t->dict);
    mark(vm, (jg_obj *)t->root_shape);
}

static void trace_object(jg_vm *vm, jg_obj *o)
{
    jg_type *t = o->type;
    if (t == vm->t.tuple) {
        /* The most common object, traced here without a call; its type is
         * a root. */
        jg_tuple *tup = (jg_tuple *)o;
        for (uint32_t i = 0; i < tup->len; i++)
            if (jg_is_obj(tup->items[i]))
                mark(vm, jg_as_obj(tup->items[i]));
        return;
    }
    /* Built-in types are roots, classes are reached through their instances. */
    mark(vm, (jg_obj *)t);
    if (t == vm->t.type)
        trace_type(vm, (jg_type *)o); /* a type object's own fields */
    else if (t->hooks && t->hooks->trace)
        t->hooks->trace(vm, o);
}

static void drain(jg_vm *vm)
{
    while (vm->n_gray)
        trace_object(vm, vm->gray[--vm->n_gray]);
}

static void mark_roots(jg_vm *vm)
{
#define JG_MARK_TYPE(f, n, k, b) mark(vm, (jg_obj *)vm->t.f);
    JG_BUILTIN_TYPES(JG_MARK_TYPE)
#undef JG_MARK_TYPE
#define JG_MARK_EXC(f, n, b) mark(vm, (jg_obj *)vm->t.f);
    JG_BUILTIN_EXCEPTIONS(JG_MARK_EXC)
#undef JG_MARK_EXC
    mark(vm, (jg_obj *)vm->builtins);
    mark(vm, (jg_obj *)vm->modules);
    mark(vm, (jg_obj *)vm->interned);
    mark(vm, (jg_obj *)vm->main_module);
    mark(vm, (jg_obj *)vm->main_dir);
    mark(vm, (jg_obj *)vm->prelude);
    mark(vm, (jg_obj *)vm->code_registry);
    mark(vm, (jg_obj *)vm->tasklet_type);
    mark(vm, (jg_obj *)vm->channel_type);
    mark(vm, (jg_obj *)vm->chan_ids);
    mark(vm, (jg_obj *)vm->chans_by_id);
    mark(vm, (jg_obj *)vm->host_tasklets);
    mark(vm, (jg_obj *)vm->pickling_error);
    mark(vm, (jg_obj *)vm->unpickling_error);
    jg_gc_mark_value(vm, vm->exc);
    jg_gc_mark_value(vm, vm->tail.callable);
    jg_gc_mark_values(vm, vm->tail.args, (size_t)vm->tail.nargs);
    mark(vm, (jg_obj *)vm->tail.kwnames);
    jg_gc_mark_values(vm, vm->s_cache, sizeof vm->s_cache / sizeof vm->s_cache[0]);
    jg_gc_mark_value(vm, vm->stop_sentinel);
    jg_gc_mark_value(vm, vm->empty_tuple);
    jg_gc_mark_values(vm, vm->markers, 2);
    mark(vm, (jg_obj *)vm->build_class);
    mark(vm, (jg_obj *)vm->traceback_type);
    for (size_t i = 0; i < vm->n_repr_active; i++)
        mark(vm, vm->repr_active[i]);
    jg_interp_mark_roots(vm);
}

void jg_gc_mark_live(jg_vm *vm, jg_obj *skip, jg_thread *skip_thread)
{
    jg_heap *h = heap_of(vm);
    if (!h)
        return;
    if (skip)
        jg_heap_mark(h, skip); /* marked, so never traced */
    vm->mark_skip = skip_thread;
    mark_roots(vm);
    drain(vm);
    vm->mark_skip = NULL;
}

bool jg_gc_is_marked(jg_vm *vm, const jg_obj *o)
{
    return jg_heap_is_marked(heap_of(vm), o);
}

void jg_gc_unmark_all(jg_vm *vm)
{
    if (heap_of(vm))
        jg_heap_unmark_all(heap_of(vm));
}

/* ---------------------------------------------------------------- sweeping */

/* The heap's finalizer: frees what 'o' owns (the heap frees 'o' itself). */
static void finalize(void *ctx, jg_obj *o)
{
    jg_vm *vm = ctx;
    jg_type *t = o->type;
    if (!t)
        return; /* a type object whose start-up never finished */
    if (t == vm->t.type) {
        free(((jg_type *)o)->subclasses);
        return;
    }
    if (t->hooks && t->hooks->finalize)
        t->hooks->finalize(vm, o);
}

void jg_gc_collect(jg_vm *vm)
{
    vm->gc_pending = false;
    jg_heap *h = heap_of(vm);
    if (!h)
        return;
    mark_roots(vm);
    drain(vm);
    /* The owners the sweep will not visit: finalized here, while their cells
     * still hold them. */
    size_t kept = 0;
    for (size_t i = 0; i < vm->n_owners; i++) {
        jg_obj *o = vm->owners[i];
        if (jg_heap_is_marked(h, o))
            vm->owners[kept++] = o;
        else
            finalize(vm, o);
    }
    vm->n_owners = kept;
    jg_interp_chunk_pool_cycle(vm);
    sub_bytes(vm, jg_heap_sweep(h, finalize, vm));
    vm->n_collections++;
    /* Its entries may name freed strings and types. */
    if (vm->n_lookup_dirty > JG_LOOKUP_DIRTY_MAX) {
        memset(vm->lookup_cache, 0, sizeof vm->lookup_cache);
    } else {
        for (uint32_t i = 0; i < vm->n_lookup_dirty; i++)
            vm->lookup_cache[vm->lookup_dirty[i]].name = NULL; /* never a name looked up */
    }
    vm->n_lookup_dirty = 0;

    size_t live = vm->bytes_allocated;
#ifdef JG_DEBUG
    /* The objects alone must not exceed the total: if they do, a buffer was
     * freed with a larger size than it was allocated with. */
    if (jg_heap_object_bytes(h) > live) {
        fprintf(stderr, "jumpgate: heap accounting broken: %zu bytes of objects, %zu counted\n",
                jg_heap_object_bytes(h), live);
        abort();
    }
#endif
    size_t before = h->live_bytes;
    h->live_bytes = live;
    size_t next = live / GC_GROWTH_DEN * GC_GROWTH_NUM;
    vm->next_gc = next < GC_MIN_BYTES ? GC_MIN_BYTES : next;
    /* Keep empty pages for what the heap will allocate before the next
     * collection, twice over: pooled pages cost no more than the peak the
     * heap already reached, while unmapping and refaulting them each cycle
     * costs system time.  The rest go back to the system. */
    jg_heap_trim(h, 2 * (vm->next_gc - live) + GC_POOL_SLACK);
#ifdef __GLIBC__
    /* The C heap keeps freed memory (the compiler's arenas, buffers and
     * large objects of a shrinking heap); hand it back after the first
     * collection and whenever the live heap halved. */
    if (vm->n_collections == 1 || live < before / 2)
        malloc_trim(0);
#endif
}

void jg_gc_free_all(jg_vm *vm)
{
    for (size_t i = 0; i < vm->n_owners; i++)
        finalize(vm, vm->owners[i]);
    free(vm->owners);
    vm->owners = NULL;
    vm->n_owners = vm->cap_owners = 0;
    jg_heap_free(heap_of(vm), finalize, vm);
    vm->heap = NULL;
    free(vm->gray);
    vm->gray = NULL;
    free(vm->repr_active);
    vm->repr_active = NULL;
    vm->n_repr_active = vm->cap_repr_active = 0;
    vm->n_gray = vm->cap_gray = 0;
}

/* ---------------------------------------------------------------- statistics */

void jg_vm_stats(const jg_vm *vm, jg_heap_stats *out)
{
    const jg_heap *h = heap_of(vm);
    memset(out, 0, sizeof *out);
    out->heap_bytes = vm->bytes_allocated;
    out->live_bytes = h ? h->live_bytes : 0;
    out->mapped_bytes = h ? jg_heap_mapped_bytes(h) : 0;
    out->next_collection = vm->next_gc;
    out->n_collections = vm->n_collections;
    out->n_repickles = vm->n_repickles;
    out->pooled_chunk_bytes = vm->chunk_pool_bytes;
}
