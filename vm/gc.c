/*
 * vm/gc.c - the allocation funnel and the tracing collector.
 *
 * Every heap object is on one list (jg_obj.gc links them; its low bit is the
 * mark).  A collection marks from the roots with an explicit gray stack (no C
 * recursion, so a million-deep list nesting cannot overflow the C stack), then
 * sweeps the list, finalising and freeing what is unmarked.
 *
 * Collections happen only when the interpreter asks at a safepoint (vm.h): the
 * allocator merely sets vm->gc_pending when the heap has grown past next_gc.
 * So no C caller ever needs to root a temporary.
 *
 * Invariant: outside jg_gc_collect every object's mark bit is clear.
 */
#include "gc.h"

#include <malloc.h>
#include <stdlib.h>

#include "interp.h"

/* Collect again when the heap has grown to this multiple of what survived. */
#define GC_GROWTH 2
#define GC_MIN_BYTES (4u << 20)

#define MARK_BIT ((uintptr_t)1)


/* ---------------------------------------------------------------- C buffers */

void *jg_mem_alloc(jg_vm *vm, size_t size)
{
    void *p = malloc(size ? size : 1);
    if (p && vm) {
        vm->bytes_allocated += size;
        if (vm->bytes_allocated > vm->next_gc)
            vm->gc_pending = true;
    }
    return p;
}

void *jg_mem_realloc(jg_vm *vm, void *p, size_t old_size, size_t new_size)
{
    void *q = realloc(p, new_size ? new_size : 1);
    if (q && vm) {
        vm->bytes_allocated += new_size;
        vm->bytes_allocated -= old_size < vm->bytes_allocated ? old_size : vm->bytes_allocated;
        if (vm->bytes_allocated > vm->next_gc)
            vm->gc_pending = true;
    }
    return q;
}

void jg_mem_free(jg_vm *vm, void *p, size_t size)
{
    if (!p)
        return;
    free(p);
    if (vm)
        vm->bytes_allocated -= size < vm->bytes_allocated ? size : vm->bytes_allocated;
}

void jg_gc_account(jg_vm *vm, ptrdiff_t delta)
{
    if (delta < 0 && (size_t)-delta > vm->bytes_allocated)
        vm->bytes_allocated = 0;
    else
        vm->bytes_allocated += (size_t)delta;
    if (vm->bytes_allocated > vm->next_gc)
        vm->gc_pending = true;
}

/* ---------------------------------------------------------------- objects */

void *jg_gc_alloc(jg_vm *vm, jg_type *type, size_t size)
{
    jg_obj *o = calloc(1, size);
    if (!o)
        return NULL;
    o->type = type;
    o->gc = (uintptr_t)vm->objects;
    vm->objects = o;
    /* The allocator's own size, so freeing subtracts exactly what this added. */
    vm->bytes_allocated += malloc_usable_size(o);
#ifdef JG_GC_STRESS
    vm->gc_pending = true;
#else
    if (vm->bytes_allocated > vm->next_gc)
        vm->gc_pending = true;
#endif
    return o;
}

static inline bool is_marked(const jg_obj *o)
{
    return o->gc & MARK_BIT;
}

void jg_gc_mark_obj(jg_vm *vm, void *p)
{
    jg_obj *o = p;
    if (!o || is_marked(o))
        return;
    o->gc |= MARK_BIT;
    if (vm->n_gray == vm->cap_gray) {
        size_t cap = vm->cap_gray ? vm->cap_gray * 2 : 1024;
        jg_obj **g = realloc(vm->gray, cap * sizeof *g);
        if (!g) {
            /* Out of memory while marking: trace this object right away.  The
             * recursion is bounded by how deep the heap is, and only taken
             * when the gray stack cannot grow at all. */
            o->type->hooks && o->type->hooks->trace ? o->type->hooks->trace(vm, o) : (void)0;
            return;
        }
        vm->gray = g;
        vm->cap_gray = cap;
    }
    vm->gray[vm->n_gray++] = o;
}

void jg_gc_mark_value(jg_vm *vm, jg_value v)
{
    if (jg_is_obj(v))
        jg_gc_mark_obj(vm, jg_as_obj(v));
}

void jg_gc_mark_values(jg_vm *vm, const jg_value *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (jg_is_obj(v[i]))
            jg_gc_mark_obj(vm, jg_as_obj(v[i]));
}

static void trace_type(jg_vm *vm, jg_type *t)
{
    jg_gc_mark_obj(vm, t->name);
    jg_gc_mark_obj(vm, t->module);
    jg_gc_mark_obj(vm, t->base);
    jg_gc_mark_obj(vm, t->dict);
    jg_gc_mark_obj(vm, t->root_shape);
}

static void drain(jg_vm *vm)
{
    while (vm->n_gray) {
        jg_obj *o = vm->gray[--vm->n_gray];
        /* Every type object is traced for its own fields; its 'type' (the
         * metatype) is always a root. */
        jg_gc_mark_obj(vm, o->type);
        if (o->type->kind == JG_K_TYPE && o->type == vm->t.type)
            trace_type(vm, (jg_type *)o);
        else if (o->type->hooks && o->type->hooks->trace)
            o->type->hooks->trace(vm, o);
    }
}

static void mark_roots(jg_vm *vm)
{
#define JG_MARK_TYPE(f, n, k, b) jg_gc_mark_obj(vm, vm->t.f);
    JG_BUILTIN_TYPES(JG_MARK_TYPE)
#undef JG_MARK_TYPE
#define JG_MARK_EXC(f, n, b) jg_gc_mark_obj(vm, vm->t.f);
    JG_BUILTIN_EXCEPTIONS(JG_MARK_EXC)
#undef JG_MARK_EXC
    jg_gc_mark_obj(vm, vm->builtins);
    jg_gc_mark_obj(vm, vm->modules);
    jg_gc_mark_obj(vm, vm->interned);
    jg_gc_mark_obj(vm, vm->main_module);
    jg_gc_mark_obj(vm, vm->main_dir);
    jg_gc_mark_obj(vm, vm->prelude);
    jg_gc_mark_value(vm, vm->exc);
    jg_gc_mark_value(vm, vm->tail.callable);
    jg_gc_mark_values(vm, vm->tail.args, (size_t)vm->tail.nargs);
    jg_gc_mark_obj(vm, vm->tail.kwnames);
    jg_gc_mark_values(vm, vm->s_cache, sizeof vm->s_cache / sizeof vm->s_cache[0]);
    jg_gc_mark_value(vm, vm->stop_sentinel);
    jg_gc_mark_value(vm, vm->empty_tuple);
    jg_gc_mark_values(vm, vm->markers, 2);
    jg_gc_mark_obj(vm, vm->build_class);
    jg_gc_mark_obj(vm, vm->traceback_type);
    jg_interp_mark_roots(vm);
}

/* Frees one object: its finalizer, then the memory. */
static void free_object(jg_vm *vm, jg_obj *o)
{
    if (o->type->hooks && o->type->hooks->finalize && !(o->type == vm->t.type))
        o->type->hooks->finalize(vm, o);
    else if (o->type == vm->t.type) {
        jg_type *t = (jg_type *)o;
        free(t->subclasses);
    }
    size_t size = malloc_usable_size(o);
    vm->bytes_allocated -= size < vm->bytes_allocated ? size : vm->bytes_allocated;
    free(o);
}

void jg_gc_collect(jg_vm *vm)
{
    vm->gc_pending = false;
    mark_roots(vm);
    drain(vm);

    jg_obj **link = &vm->objects;
    while (*link) {
        jg_obj *o = *link;
        if (is_marked(o)) {
            o->gc &= ~MARK_BIT;
            link = (jg_obj **)&o->gc;
        } else {
            *link = (jg_obj *)(o->gc & ~MARK_BIT);
            free_object(vm, o);
        }
    }
    vm->n_collections++;
    size_t next = vm->bytes_allocated * GC_GROWTH;
    vm->next_gc = next < GC_MIN_BYTES ? GC_MIN_BYTES : next;
}

void jg_gc_free_all(jg_vm *vm)
{
    jg_obj *o = vm->objects;
    /* Types last: finalizers look at o->type. */
    jg_obj *types = NULL;
    while (o) {
        jg_obj *next = (jg_obj *)(o->gc & ~MARK_BIT);
        if (o->type == vm->t.type || o->type == NULL) {
            o->gc = (uintptr_t)types;
            types = o;
        } else {
            free_object(vm, o);
        }
        o = next;
    }
    while (types) {
        jg_obj *next = (jg_obj *)types->gc;
        free(((jg_type *)types)->subclasses);
        free(types);
        types = next;
    }
    vm->objects = NULL;
    free(vm->gray);
    vm->gray = NULL;
    vm->n_gray = vm->cap_gray = 0;
}
