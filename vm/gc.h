/*
 * vm/gc.h - the collector's internal interface (the allocation API is in vm.h):
 * the allocation fast path, inline here so that a caller whose sizes are
 * constants (dict.c's small dicts) gets it folded to a few stores.
 */
#ifndef JG_GC_H
#define JG_GC_H

#include "heap.h"
#include "vm.h"

/* Counts 'cell_size' more bytes allocated; a collection is due past next_gc. */
static inline void jg_gc_note_bytes(jg_vm *vm, size_t cell_size)
{
    vm->bytes_allocated += cell_size;
#ifdef JG_GC_STRESS
    vm->gc_pending = true;
#else
    if (vm->bytes_allocated > vm->next_gc)
        vm->gc_pending = true;
#endif
}

/* What of a small cell to zero for an object of 'size' bytes whose first
 * 'zero' bytes must be: the whole cell when zero >= size, else 'zero' rounded
 * up to the 16 bytes jg_gc_zero_cell clears at a time. */
static inline size_t jg_gc_zero_bytes(size_t size, size_t zero)
{
    return zero >= size ? jg_heap_cell_size(size) : (zero + 15) & ~(size_t)15;
}

/* The 'zero' of jg_gc_alloc_prefix's contract as the fast path takes it: a
 * small cell is zeroed whole (cheaper than deciding), a large block only its
 * first 'zero' bytes. */
static inline size_t jg_gc_prefix_zero(size_t size, size_t zero)
{
    return size <= JG_HEAP_SMALL_MAX ? size : zero;
}

/* Zeroes the first 'size' bytes of a cell: a multiple of 16, at least 16.
 * (The empty asm keeps GCC from turning the loop into a memset call.) */
static inline void jg_gc_zero_cell(void *cell, size_t size)
{
    typedef uint64_t pair __attribute__((vector_size(16), may_alias));
    pair *p = cell, *end = (pair *)((char *)cell + size);
    do {
        *p++ = (pair){0, 0};
        __asm__("" : : "r"(p));
    } while (p < end);
}

/* Everything the fast path below does not do: the first allocation, a class
 * out of cached cells, large objects. */
JG_INTERNAL void *jg_gc_alloc_slow(jg_vm *vm, jg_type *type, size_t size, size_t zero,
                                   unsigned kind);

/* An object of 'size' bytes in a page of 'kind' whose first 'zero' bytes
 * (all of a small cell when zero >= size) are zeroed, its type set. */
static inline __attribute__((always_inline)) void *jg_gc_alloc_kind(jg_vm *vm, jg_type *type,
                                                                    size_t size, unsigned kind,
                                                                    size_t zero)
{
    /* The fast path calls nothing, so it needs no stack frame. */
    jg_heap *h = vm->heap;
    if (__builtin_expect(h && size - 1 < JG_HEAP_SMALL_MAX, 1)) {
        size_t cell_size = jg_heap_cell_size(size);
        jg_obj *o = jg_heap_take(jg_heap_class_of(h, size, kind), cell_size);
        if (__builtin_expect(o != NULL, 1)) {
            jg_gc_zero_cell(o, jg_gc_zero_bytes(size, zero));
            o->type = type;
            jg_gc_note_bytes(vm, cell_size);
            return o;
        }
    }
    return jg_gc_alloc_slow(vm, type, size, zero, kind);
}

/* jg_gc_alloc_plain (vm.h), inline. */
static inline __attribute__((always_inline)) void *jg_gc_alloc_plain_inline(jg_vm *vm,
                                                                           jg_type *type,
                                                                           size_t size,
                                                                           size_t zero)
{
    /* A container (it holds references: not a leaf) that is not finalized. */
    jg_obj *o = jg_gc_alloc_kind(vm, type, size, 0, zero);
    /* The heap never reads a small object's gc word (its mark lives in its
     * page), so the flags of jg_gc_owns_memory live there (zeroed with the
     * cell).  A large block's gc word is its heap link: never flagged. */
    if (o && size <= JG_HEAP_SMALL_MAX)
        o->gc = JG_GC_PLAIN;
    return o;
}

/* jg_gc_alloc_prefix (vm.h), inline, for an object of an exact str or bytes
 * type: a leaf (it holds no references), never finalized. */
static inline __attribute__((always_inline)) void *jg_gc_alloc_leaf_inline(jg_vm *vm,
                                                                          jg_type *type,
                                                                          size_t size,
                                                                          size_t zero)
{
    return jg_gc_alloc_kind(vm, type, size, JG_HEAP_LEAF, jg_gc_prefix_zero(size, zero));
}

#endif
