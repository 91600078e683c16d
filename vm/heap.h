/*
 * vm/heap.h - where collected objects live: size-class pages and large blocks.
 *
 * An object of at most JG_HEAP_SMALL_MAX bytes is a cell in a 64 KiB page that
 * holds cells of one size only (16, 32, ... 256 bytes).  A page is aligned to
 * its size, so its header is found from any object pointer by masking; the
 * header holds two bitmaps with one bit per 16-byte granule, set at the first
 * granule of a cell: 'mark' (reached in the current collection) and 'free'
 * (not allocated).  Allocation takes a word of free bits at a time and hands
 * out its cells lowest first; sweeping is word-wise bitmap arithmetic, and a
 * page's dead cells are visited only when the page holds objects whose type
 * has a finalizer.  Pages left empty by a sweep go back to a pool, and the pool
 * beyond what the heap will use before the next collection goes back to the
 * system.
 *
 * Pages are also sorted by what their objects need from the collector (the
 * JG_HEAP_FIN and JG_HEAP_LEAF bits of a page's 'kind'): a leaf object holds
 * no references, so marking it is setting its bit - the object itself is
 * never read, which matters when a list of a million strings is marked.  To
 * mark without reading the object, a pointer is classified as small (in one
 * of this heap's pages) from its address alone, through 'spans': one bit per
 * 64 KiB of address space, in 8 KiB leaves per 4 GiB.
 *
 * A larger object is a separate calloc block on a list; its header's 'gc' word
 * links the list and carries its mark (JG_HEAP_MARK) and the JG_HEAP_LARGE tag.
 * The heap never reads or writes a small object's 'gc' word (its mark is in
 * its page); the collector keeps flags in its low bits (vm.h JG_GC_PLAIN,
 * JG_GC_OWNER), and pickle.dumps the object's memo index in its upper half
 * while it runs (vm/pickle.c "The memo").
 *
 * The heap knows nothing of types or roots: gc.c decides what is reachable and
 * what finalizing an object means.
 *
 * Invariants: outside a collection every mark bit is clear; a cell is either
 * free in its page's bitmap, cached as free in its class's 'bits', or holds an
 * object; every byte handed out is counted by the caller as its class's
 * cell_size (or what jg_heap_alloc_large reports), and the sweep reports
 * exactly that back.
 */
#ifndef JG_HEAP_H
#define JG_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

#if defined(__SANITIZE_ADDRESS__) /* gcc */
#define JG_HEAP_ASAN 1
#elif defined(__has_feature) /* clang */
#if __has_feature(address_sanitizer)
#define JG_HEAP_ASAN 1
#endif
#endif

#ifdef JG_HEAP_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
/* Free cells are poisoned, so a dangling pointer to a collected object is
 * reported until the cell is reused. */
#define JG_HEAP_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define JG_HEAP_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
/* Pages are mmap'd, which LeakSanitizer does not scan: without this, the C
 * buffers objects own (list items, code arrays) would look leaked while the
 * heap is alive. */
#define JG_HEAP_LSAN_ROOT(p, n) __lsan_register_root_region((p), (n))
#define JG_HEAP_LSAN_UNROOT(p, n) __lsan_unregister_root_region((p), (n))
#else
#define JG_HEAP_POISON(p, n) ((void)(p), (void)(n))
#define JG_HEAP_UNPOISON(p, n) ((void)(p), (void)(n))
#define JG_HEAP_LSAN_ROOT(p, n) ((void)(p), (void)(n))
#define JG_HEAP_LSAN_UNROOT(p, n) ((void)(p), (void)(n))
#endif

#define JG_HEAP_PAGE_SIZE ((uintptr_t)64 * 1024)
#define JG_HEAP_GRANULE ((uintptr_t)16)
#define JG_HEAP_BITMAP_WORDS (JG_HEAP_PAGE_SIZE / JG_HEAP_GRANULE / 64)
#define JG_HEAP_SMALL_MAX 256
#define JG_HEAP_N_CLASSES (JG_HEAP_SMALL_MAX / JG_HEAP_GRANULE)

/* Bits of a page's kind (and of the kind asked of jg_heap_class_of). */
#define JG_HEAP_FIN 1u  /* the sweep calls the finalizer of its dead objects */
#define JG_HEAP_LEAF 2u /* its objects hold no references: marking never traces them */
#define JG_HEAP_N_KINDS 4

/* The address space the span map covers (x86-64 and AArch64 user space). */
#define JG_HEAP_ADDRESS_BITS 48
#define JG_HEAP_SPAN_BITS 32

/* Bits of a large object's jg_obj.gc word (its block is 16-aligned, so the
 * low bits of the list link are free). */
#define JG_HEAP_MARK ((uintptr_t)1)
#define JG_HEAP_LARGE ((uintptr_t)2)

typedef struct jg_page jg_page;
struct jg_page {
    uint64_t mark[JG_HEAP_BITMAP_WORDS];
    uint64_t free[JG_HEAP_BITMAP_WORDS];
    jg_page *next;       /* next page of the same class, or of the pool */
    jg_page *next_avail; /* next page to allocate from after this one */
    uint32_t cell_size;
    uint32_t n_cells;
    uint32_t n_live;     /* cells holding objects after the last sweep */
    uint8_t cls;         /* index into jg_heap.cls[kind] */
    uint8_t kind;        /* JG_HEAP_FIN | JG_HEAP_LEAF */
};

/* Allocation state of one size class: a word of free bits taken from 'page'.
 * A cache line each, so that finding a class is a shift. */
typedef struct __attribute__((aligned(64))) {
    uint64_t bits;       /* free cells not yet handed out, one bit per granule */
    uintptr_t bits_base; /* address of the granule of bit 0 of 'bits' */
    jg_page *page;       /* page being allocated from, or NULL */
    uint32_t word;       /* next bitmap word of 'page' to take */
    uint32_t cell_size;
    jg_page *pages;      /* every page of this class */
    jg_page *avail;      /* pages with free cells still to allocate from */
    size_t n_pages;
} jg_heap_class;

/* One bit per 64 KiB page of a 4 GiB span of address space: set for the
 * heap's pages. */
typedef struct {
    uint64_t bits[((uintptr_t)1 << (JG_HEAP_SPAN_BITS - 16)) / 64];
} jg_heap_span;

typedef struct jg_heap jg_heap;
struct jg_heap {
    /* Indexed by page kind, then by size class. */
    jg_heap_class cls[JG_HEAP_N_KINDS][JG_HEAP_N_CLASSES];
    /* Indexed by address >> JG_HEAP_SPAN_BITS; NULL where the heap has no page. */
    jg_heap_span **spans;
    jg_page *pool; /* empty pages kept for reuse */
    size_t n_pool;
    jg_obj *large; /* large objects, linked through gc */
    size_t large_bytes;
    size_t n_pages; /* pages owned by the classes */
    size_t live_bytes; /* the collector's measure of what survived the last collection */
    /* Per class, the granules at which cells start. */
    uint64_t starts[JG_HEAP_N_CLASSES][JG_HEAP_BITMAP_WORDS];
};

/* Called for each object the sweep frees, before any memory is reused or
 * returned; every object the sweep frees is still intact during these calls. */
typedef void (*jg_heap_finalizer)(void *ctx, jg_obj *o);

/* A new empty heap, or NULL when out of memory. */
JG_INTERNAL jg_heap *jg_heap_new(void);
/* Calls 'fin' on every object, then returns all the heap's memory. */
JG_INTERNAL void jg_heap_free(jg_heap *h, jg_heap_finalizer fin, void *ctx);
/* Moves the class's allocation cursor to the next free cells, taking a new
 * page when none is left, so that jg_heap_take succeeds.  False when out of
 * memory. */
JG_INTERNAL bool jg_heap_refill(jg_heap *h, jg_heap_class *c);
/* A large object's block of 'size' bytes, gc word set, its first 'zero'
 * bytes zeroed (the rest uninitialised); *cell_size receives the bytes it
 * accounts for.  NULL when out of memory. */
JG_INTERNAL void *jg_heap_alloc_large(jg_heap *h, size_t size, size_t zero, size_t *cell_size);
/* Makes 'block' (from malloc, larger than JG_HEAP_SMALL_MAX bytes) a large
 * object: the heap frees it with free() when it dies.  Sets its gc word;
 * returns the bytes it accounts for. */
JG_INTERNAL size_t jg_heap_adopt_large(jg_heap *h, void *block);
/* Frees every unmarked object (calling 'fin' first) and clears every mark.
 * Returns the bytes freed, as the allocation functions counted them. */
JG_INTERNAL size_t jg_heap_sweep(jg_heap *h, jg_heap_finalizer fin, void *ctx);
/* Clears every mark without freeing anything. */
JG_INTERNAL void jg_heap_unmark_all(jg_heap *h);
/* Returns pooled empty pages to the system beyond 'keep_bytes' of them. */
JG_INTERNAL void jg_heap_trim(jg_heap *h, size_t keep_bytes);
/* Bytes of the objects that survived the last sweep, as allocation counted
 * them (exact only right after jg_heap_sweep). */
JG_INTERNAL size_t jg_heap_object_bytes(const jg_heap *h);
/* Bytes of memory the heap holds: pages (in use and pooled) and large blocks. */
JG_INTERNAL size_t jg_heap_mapped_bytes(const jg_heap *h);

/* The cell size of the class of 'size' (1..JG_HEAP_SMALL_MAX) bytes. */
static inline size_t jg_heap_cell_size(size_t size)
{
    return (size + JG_HEAP_GRANULE - 1) & ~(JG_HEAP_GRANULE - 1);
}

/* The class of cells of at least 'size' (1..JG_HEAP_SMALL_MAX) bytes in
 * pages of 'kind' (JG_HEAP_FIN | JG_HEAP_LEAF). */
static inline jg_heap_class *jg_heap_class_of(jg_heap *h, size_t size, unsigned kind)
{
    return &h->cls[kind][(size - 1) / JG_HEAP_GRANULE];
}

/* Allocation prefetch.  A class hands out its cells in address order, and
 * most of them were last written a whole collection cycle ago - megabytes of
 * allocation, far out of the L2 cache - so zeroing a new object would stall
 * on fetching its lines.  Each take therefore asks for the lines of the cell
 * JG_HEAP_PREFETCH_CELLS further on, as HotSpot's allocation prefetch does:
 * by the time that cell is handed out, its lines are near.  A cell there that
 * is not free, or an address past the page, only wastes the hint; a prefetch
 * never faults.  (Measured on the tasklet pickle round trip, which allocates
 * about 10 KB per trip, with and without the prefetch on alternate collection
 * cycles of one process: 17-21% less time per cycle with 2 cells ahead, 3%
 * less than with 1, the same as with 3 or 4.) */
#define JG_HEAP_PREFETCH_CELLS 2

/* Asks for the lines of the 'bytes' bytes at 'p', to be written soon. */
static inline void jg_prefetch_for_write(const void *p, size_t bytes)
{
    for (size_t off = 0; off < bytes; off += 64)
        __builtin_prefetch((const char *)p + off, 1, 3);
}

/* Makes free word 'w' of page 'p' the cells class 'c' hands out next and
 * returns it, or returns 0 when the word has no free cell.  The cached bits
 * own those cells from here on; jg_heap_sweep gives back whatever is left of
 * them. */
static inline uint64_t jg_heap_claim_word(jg_heap_class *c, jg_page *p, uint32_t w)
{
    uint64_t bits = p->free[w];
    if (bits) {
        p->free[w] = 0;
        c->bits = bits;
        c->bits_base = (uintptr_t)p + (uintptr_t)w * 64 * JG_HEAP_GRANULE;
    }
    return bits;
}

/* A free cell of class 'c', not zeroed, or NULL when the class has none at
 * hand (jg_heap_refill, then take again).  'cell_size' is the class's (a
 * caller that knows it at compile time saves the load). */
static inline void *jg_heap_take(jg_heap_class *c, size_t cell_size)
{
    uint64_t b = c->bits;
    if (!b) {
        /* The next word of the class's page, as jg_heap_refill would take
         * it: a class of large cells empties its word every few takes. */
        uint32_t w = c->word;
        if (!c->page || w >= JG_HEAP_BITMAP_WORDS || !(b = jg_heap_claim_word(c, c->page, w)))
            return NULL;
        c->word = w + 1;
    }
    char *cell = (char *)(c->bits_base + (uintptr_t)__builtin_ctzll(b) * JG_HEAP_GRANULE);
    c->bits = b & (b - 1);
    jg_prefetch_for_write(cell + JG_HEAP_PREFETCH_CELLS * cell_size, cell_size);
    JG_HEAP_UNPOISON(cell, cell_size);
    return cell;
}

static inline jg_page *jg_heap_page_of(const void *o)
{
    return (jg_page *)((uintptr_t)o & ~(JG_HEAP_PAGE_SIZE - 1));
}

/* True when 'p' points into one of the heap's pages (a small object). */
static inline bool jg_heap_is_small(const jg_heap *h, const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (a >> JG_HEAP_ADDRESS_BITS)
        return false;
    const jg_heap_span *s = h->spans[a >> JG_HEAP_SPAN_BITS];
    if (!s)
        return false;
    uintptr_t i = (a & (((uintptr_t)1 << JG_HEAP_SPAN_BITS) - 1)) / JG_HEAP_PAGE_SIZE;
    return (s->bits[i / 64] >> (i % 64)) & 1;
}

/* Sets o's mark.  True when it was not set and 'o' holds references, that
 * is when the caller must trace it; a small leaf object is not read at all. */
/* Whether 'o' is marked (outside a collection: by jg_gc_mark_live). */
static inline bool jg_heap_is_marked(const jg_heap *h, const jg_obj *o)
{
    if (__builtin_expect(jg_heap_is_small(h, o), 1)) {
        jg_page *p = jg_heap_page_of(o);
        uintptr_t gi = ((uintptr_t)o & (JG_HEAP_PAGE_SIZE - 1)) / JG_HEAP_GRANULE;
        return p->mark[gi / 64] >> (gi % 64) & 1;
    }
    return o->gc & JG_HEAP_MARK;
}

static inline bool jg_heap_mark(const jg_heap *h, jg_obj *o)
{
    if (__builtin_expect(jg_heap_is_small(h, o), 1)) {
        jg_page *p = jg_heap_page_of(o);
        uintptr_t gi = ((uintptr_t)o & (JG_HEAP_PAGE_SIZE - 1)) / JG_HEAP_GRANULE;
        uint64_t *w = &p->mark[gi / 64];
        uint64_t bit = (uint64_t)1 << (gi % 64);
        if (*w & bit)
            return false;
        *w |= bit;
        return !(p->kind & JG_HEAP_LEAF);
    }
    uintptr_t g = o->gc;
    if (g & JG_HEAP_MARK)
        return false;
    o->gc = g | JG_HEAP_MARK;
    return true;
}

#endif
