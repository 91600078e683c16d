/*
 * vm/heap.c - the memory under the collector: pages of size-class cells,
 * large blocks, and the sweep that frees what marking did not reach.
 *
 * heap.h describes the layout.  Pages come from the system in chunks of
 * CHUNK_PAGES (mmap'd, trimmed to 64 KiB alignment) and go back one at a time
 * (munmap), so a heap that shrinks returns its memory.
 *
 * The sweep runs in two passes.  The first visits every page and large block,
 * calls the finalizer on each dead object and records which cells are free;
 * nothing is reused or unmapped yet, because a finalizer may read its object's
 * type, which can be dying in the same sweep.  The second pass rebuilds the
 * per-class page lists, pools empty pages and frees dead large blocks.
 *
 * Invariant: every page is on exactly one list - its class's 'pages' or the
 * pool - and a page in a class's 'avail' list or cursor is also on 'pages'.
 */
#include "heap.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* The page header, rounded up so that cells stay 16-byte aligned. */
#define PAGE_HDR ((sizeof(jg_page) + JG_HEAP_GRANULE - 1) & ~(JG_HEAP_GRANULE - 1))
/* Pages mapped at once: fewer system calls than one page at a time, and an
 * untouched page costs address space, not memory. */
#define CHUNK_PAGES 16

/* ---------------------------------------------------------------- pages */

static void pool_push(jg_heap *h, jg_page *p)
{
    JG_HEAP_POISON((char *)p + PAGE_HDR, JG_HEAP_PAGE_SIZE - PAGE_HDR);
    p->next = h->pool;
    h->pool = p;
    h->n_pool++;
}

/* Records in the span map whether the page at 'p' is the heap's. */
static bool span_set(jg_heap *h, jg_page *p, bool is_mine)
{
    uintptr_t a = (uintptr_t)p;
    jg_heap_span **slot = &h->spans[a >> JG_HEAP_SPAN_BITS];
    if (!*slot) {
        if (!is_mine)
            return true;
        if (!(*slot = calloc(1, sizeof **slot)))
            return false;
    }
    uintptr_t i = (a & (((uintptr_t)1 << JG_HEAP_SPAN_BITS) - 1)) / JG_HEAP_PAGE_SIZE;
    if (is_mine)
        (*slot)->bits[i / 64] |= (uint64_t)1 << (i % 64);
    else
        (*slot)->bits[i / 64] &= ~((uint64_t)1 << (i % 64));
    return true;
}

static void unmap_page(jg_heap *h, jg_page *p)
{
    span_set(h, p, false);
    /* The shadow of unmapped memory must not stay poisoned: the address may
     * be mapped again by anyone. */
    JG_HEAP_UNPOISON(p, JG_HEAP_PAGE_SIZE);
    JG_HEAP_LSAN_UNROOT(p, JG_HEAP_PAGE_SIZE);
    munmap(p, JG_HEAP_PAGE_SIZE);
}

/* Maps CHUNK_PAGES aligned pages into the pool. */
static bool map_chunk(jg_heap *h)
{
    size_t len = (CHUNK_PAGES + 1) * JG_HEAP_PAGE_SIZE;
    void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return false;
    uintptr_t raw = (uintptr_t)m;
    uintptr_t start = (raw + JG_HEAP_PAGE_SIZE - 1) & ~(JG_HEAP_PAGE_SIZE - 1);
    uintptr_t end = start + CHUNK_PAGES * JG_HEAP_PAGE_SIZE;
    if (start > raw)
        munmap(m, start - raw);
    if (raw + len > end)
        munmap((void *)end, raw + len - end);
    if ((end - 1) >> JG_HEAP_ADDRESS_BITS) {
        munmap((void *)start, end - start); /* beyond what the span map covers */
        return false;
    }
    for (uintptr_t a = start; a < end; a += JG_HEAP_PAGE_SIZE) {
        if (!span_set(h, (jg_page *)a, true)) {
            for (uintptr_t b = start; b < a; b += JG_HEAP_PAGE_SIZE)
                span_set(h, (jg_page *)b, false);
            munmap((void *)start, end - start);
            return false;
        }
    }
    /* Lowest address on top, so pages are handed out in address order. */
    for (uintptr_t a = end; a > start; a -= JG_HEAP_PAGE_SIZE) {
        JG_HEAP_LSAN_ROOT((void *)(a - JG_HEAP_PAGE_SIZE), JG_HEAP_PAGE_SIZE);
        pool_push(h, (jg_page *)(a - JG_HEAP_PAGE_SIZE));
    }
    return true;
}

/* Takes a page from the pool (mapping more when it is empty) and gives it to
 * class 'c'. */
static jg_page *new_page(jg_heap *h, jg_heap_class *c)
{
    if (!h->pool && !map_chunk(h))
        return NULL;
    jg_page *p = h->pool;
    h->pool = p->next;
    h->n_pool--;

    size_t index = (size_t)(c - &h->cls[0][0]);
    unsigned kind = (unsigned)(index / JG_HEAP_N_CLASSES);
    unsigned cls = (unsigned)(index % JG_HEAP_N_CLASSES);
    memset(p->mark, 0, sizeof p->mark);
    memcpy(p->free, h->starts[cls], sizeof p->free);
    p->cell_size = c->cell_size;
    p->n_cells = (uint32_t)((JG_HEAP_PAGE_SIZE - PAGE_HDR) / c->cell_size);
    p->n_live = 0;
    p->cls = (uint8_t)cls;
    p->kind = (uint8_t)kind;
    p->next_avail = NULL;
    p->next = c->pages;
    c->pages = p;
    c->n_pages++;
    h->n_pages++;
    return p;
}

/* ---------------------------------------------------------------- allocation */

jg_heap *jg_heap_new(void)
{
    /* Over-aligned (the classes are cache lines): calloc's alignment is not
     * enough.  sizeof is a multiple of the alignment, as aligned_alloc needs. */
    jg_heap *h = aligned_alloc(_Alignof(jg_heap), sizeof *h);
    if (!h)
        return NULL;
    memset(h, 0, sizeof *h);
    /* Large, but only the entries for spans in use are ever touched. */
    h->spans = calloc((size_t)1 << (JG_HEAP_ADDRESS_BITS - JG_HEAP_SPAN_BITS), sizeof *h->spans);
    if (!h->spans) {
        free(h);
        return NULL;
    }
    for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++) {
        size_t size = (cls + 1) * JG_HEAP_GRANULE;
        for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++)
            h->cls[kind][cls].cell_size = (uint32_t)size;
        for (size_t off = PAGE_HDR; off + size <= JG_HEAP_PAGE_SIZE; off += size) {
            size_t g = off / JG_HEAP_GRANULE;
            h->starts[cls][g / 64] |= (uint64_t)1 << (g % 64);
        }
    }
    return h;
}

bool jg_heap_refill(jg_heap *h, jg_heap_class *c)
{
    for (;;) {
        jg_page *p = c->page;
        if (p) {
            while (c->word < JG_HEAP_BITMAP_WORDS)
                if (jg_heap_claim_word(c, p, c->word++))
                    return true;
        }
        if (c->avail) {
            c->page = c->avail;
            c->avail = c->avail->next_avail;
        } else {
            c->page = new_page(h, c);
            if (!c->page)
                return false;
        }
        c->word = 0;
    }
}

void *jg_heap_alloc_large(jg_heap *h, size_t size, size_t zero, size_t *cell_size)
{
    jg_obj *o = zero >= size ? calloc(1, size) : malloc(size);
    if (!o)
        return NULL;
    if (zero < size)
        memset(o, 0, zero);
    *cell_size = jg_heap_adopt_large(h, o);
    return o;
}

size_t jg_heap_adopt_large(jg_heap *h, void *block)
{
    jg_obj *o = block;
    o->gc = (uintptr_t)h->large | JG_HEAP_LARGE;
    h->large = o;
    /* The allocator's own size, so freeing subtracts exactly what this added. */
    size_t size = malloc_usable_size(o);
    h->large_bytes += size;
    return size;
}

/* Puts the classes' cached free bits back into their pages' bitmaps. */
static void flush_caches(jg_heap *h)
{
    for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++) {
        for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++) {
            jg_heap_class *c = &h->cls[kind][cls];
            if (c->bits) {
                jg_page *p = jg_heap_page_of((void *)c->bits_base);
                p->free[(c->bits_base - (uintptr_t)p) / (64 * JG_HEAP_GRANULE)] |= c->bits;
                c->bits = 0;
            }
        }
    }
}

/* ---------------------------------------------------------------- sweeping */

static inline jg_obj *cell_at(jg_page *p, unsigned word, unsigned bit)
{
    return (jg_obj *)((uintptr_t)p + ((uintptr_t)word * 64 + bit) * JG_HEAP_GRANULE);
}

/* First pass over one page: finalizes and frees its unmarked objects, clears
 * its marks.  Returns the number of cells freed. */
static size_t sweep_page(jg_heap *h, jg_page *p, jg_heap_finalizer fin, void *ctx)
{
    const uint64_t *starts = h->starts[p->cls];
    size_t n_dead = 0;
    uint32_t n_live = 0;
    for (unsigned w = 0; w < JG_HEAP_BITMAP_WORDS; w++) {
        uint64_t m = p->mark[w];
        uint64_t dead = starts[w] & ~p->free[w] & ~m;
        if (dead) {
            if (p->kind & JG_HEAP_FIN) {
                for (uint64_t d = dead; d; d &= d - 1)
                    fin(ctx, cell_at(p, w, (unsigned)__builtin_ctzll(d)));
            }
            p->free[w] |= dead;
            n_dead += (size_t)__builtin_popcountll(dead);
        }
        if (m) {
            n_live += (uint32_t)__builtin_popcountll(m);
            p->mark[w] = 0;
        }
    }
    p->n_live = n_live;
    return n_dead;
}

#if defined(__SANITIZE_ADDRESS__)
static void poison_free_cells(jg_page *p)
{
    for (unsigned w = 0; w < JG_HEAP_BITMAP_WORDS; w++)
        for (uint64_t f = p->free[w]; f; f &= f - 1)
            JG_HEAP_POISON(cell_at(p, w, (unsigned)__builtin_ctzll(f)), p->cell_size);
}
#else
#define poison_free_cells(p) ((void)(p))
#endif

/* Second pass over one class: empty pages go to the pool, pages with room
 * become the allocation order, and the cursor starts again at the first. */
static void rebuild_class(jg_heap *h, jg_heap_class *c)
{
    jg_page *avail = NULL, **avail_tail = &avail;
    jg_page **link = &c->pages;
    jg_page *p;
    while ((p = *link)) {
        if (p->n_live == 0) {
            *link = p->next;
            c->n_pages--;
            h->n_pages--;
            pool_push(h, p);
            continue;
        }
        poison_free_cells(p);
        if (p->n_live < p->n_cells) {
            *avail_tail = p;
            avail_tail = &p->next_avail;
        }
        link = &p->next;
    }
    *avail_tail = NULL;
    c->avail = avail;
    c->page = NULL;
    c->word = 0;
    c->bits = 0;
}

size_t jg_heap_sweep(jg_heap *h, jg_heap_finalizer fin, void *ctx)
{
    flush_caches(h);
    size_t freed = 0;
    for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++)
        for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++)
            for (jg_page *p = h->cls[kind][cls].pages; p; p = p->next)
                freed += sweep_page(h, p, fin, ctx) * p->cell_size;

    /* Large blocks: unlink the dead onto their own list, freed after every
     * finalizer has run. */
    jg_obj *dead = NULL;
    jg_obj *prev = NULL;
    jg_obj *o = h->large;
    while (o) {
        jg_obj *next = (jg_obj *)(o->gc & ~(JG_HEAP_MARK | JG_HEAP_LARGE));
        if (o->gc & JG_HEAP_MARK) {
            o->gc &= ~JG_HEAP_MARK;
            prev = o;
        } else {
            fin(ctx, o);
            if (prev)
                prev->gc = (uintptr_t)next | JG_HEAP_LARGE;
            else
                h->large = next;
            o->gc = (uintptr_t)dead | JG_HEAP_LARGE;
            dead = o;
        }
        o = next;
    }

    for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++)
        for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++)
            rebuild_class(h, &h->cls[kind][cls]);
    while (dead) {
        jg_obj *next = (jg_obj *)(dead->gc & ~JG_HEAP_LARGE);
        size_t size = malloc_usable_size(dead);
        h->large_bytes -= size;
        freed += size;
        free(dead);
        dead = next;
    }
    return freed;
}

void jg_heap_unmark_all(jg_heap *h)
{
    for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++)
        for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++)
            for (jg_page *p = h->cls[kind][cls].pages; p; p = p->next)
                memset(p->mark, 0, sizeof p->mark);
    for (jg_obj *o = h->large; o; o = (jg_obj *)(o->gc & ~(JG_HEAP_MARK | JG_HEAP_LARGE)))
        o->gc &= ~JG_HEAP_MARK;
}

void jg_heap_trim(jg_heap *h, size_t keep_bytes)
{
    size_t keep = keep_bytes / JG_HEAP_PAGE_SIZE;
    while (h->n_pool > keep) {
        jg_page *p = h->pool;
        h->pool = p->next;
        h->n_pool--;
        unmap_page(h, p);
    }
}

size_t jg_heap_object_bytes(const jg_heap *h)
{
    size_t n = h->large_bytes;
    for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++)
        for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++)
            for (const jg_page *p = h->cls[kind][cls].pages; p; p = p->next)
                n += (size_t)p->n_live * p->cell_size;
    return n;
}

size_t jg_heap_mapped_bytes(const jg_heap *h)
{
    return (h->n_pages + h->n_pool) * JG_HEAP_PAGE_SIZE + h->large_bytes;
}

void jg_heap_free(jg_heap *h, jg_heap_finalizer fin, void *ctx)
{
    if (!h)
        return;
    flush_caches(h);
    /* Every finalizer first: they may look at other objects' types. */
    for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++) {
        for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++) {
            for (jg_page *p = h->cls[kind][cls].pages; p; p = p->next) {
                const uint64_t *starts = h->starts[p->cls];
                for (unsigned w = 0; w < JG_HEAP_BITMAP_WORDS; w++)
                    for (uint64_t a = starts[w] & ~p->free[w]; a; a &= a - 1)
                        fin(ctx, cell_at(p, w, (unsigned)__builtin_ctzll(a)));
            }
        }
    }
    for (jg_obj *o = h->large; o; o = (jg_obj *)(o->gc & ~(JG_HEAP_MARK | JG_HEAP_LARGE)))
        fin(ctx, o);

    for (unsigned kind = 0; kind < JG_HEAP_N_KINDS; kind++) {
        for (unsigned cls = 0; cls < JG_HEAP_N_CLASSES; cls++) {
            jg_page *p = h->cls[kind][cls].pages;
            while (p) {
                jg_page *next = p->next;
                unmap_page(h, p);
                p = next;
            }
        }
    }
    while (h->pool) {
        jg_page *next = h->pool->next;
        unmap_page(h, h->pool);
        h->pool = next;
    }
    jg_obj *o = h->large;
    while (o) {
        jg_obj *next = (jg_obj *)(o->gc & ~(JG_HEAP_MARK | JG_HEAP_LARGE));
        free(o);
        o = next;
    }
    for (size_t i = 0; i < (size_t)1 << (JG_HEAP_ADDRESS_BITS - JG_HEAP_SPAN_BITS); i++)
        free(h->spans[i]);
    free(h->spans);
    free(h);
}
