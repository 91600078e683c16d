/*
 * vm/arena.c - the bump allocator that holds a syntax tree and its strings.
 *
 * The parser makes many small allocations that all die together when the
 * compiler is done with the tree, so they are carved out of large zeroed
 * chunks and freed in one pass.  A request larger than a chunk gets a chunk
 * of its own, so a huge literal costs its size and no more.
 *
 * Invariant: every pointer handed out is aligned for any C object, points at
 * zeroed memory, and stays valid until jg_arena_free.
 */
#include "ast.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* 64 KiB keeps the chunk count of a 10,000-line module in the hundreds while
 * a one-line script still costs a single chunk. */
#define CHUNK_SIZE (64 * 1024)
#define ALIGN      (alignof(max_align_t))

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    alignas(max_align_t) unsigned char data[];
} chunk;

struct jg_arena {
    chunk *head; /* the chunk being filled; older chunks follow */
};

/* Returns a new empty arena, or NULL when out of memory. */
jg_arena *jg_arena_new(void)
{
    return calloc(1, sizeof(jg_arena));
}

/* Frees 'a' and everything allocated from it; *a becomes NULL.  NULL is fine. */
void jg_arena_free(jg_arena **a)
{
    if (!a || !*a)
        return;
    chunk *c = (*a)->head;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(*a);
    *a = NULL;
}

static chunk *new_chunk(size_t cap)
{
    chunk *c = calloc(1, sizeof(chunk) + cap);
    if (c)
        c->cap = cap;
    return c;
}

/* Returns 'size' zeroed bytes that live as long as 'a', or NULL when out of memory. */
void *jg_arena_alloc(jg_arena *a, size_t size)
{
    if (size > SIZE_MAX / 2)
        return NULL;
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0)
        size = ALIGN;
    chunk *c = a->head;
    if (c && c->cap - c->used >= size) {
        void *p = c->data + c->used;
        c->used += size;
        return p;
    }
    if (size > CHUNK_SIZE / 4) {
        /* A big block gets its own chunk behind the current one, so the
         * free space left in the current chunk is not wasted. */
        chunk *big = new_chunk(size);
        if (!big)
            return NULL;
        big->used = size;
        if (c) {
            big->next = c->next;
            c->next = big;
        } else {
            a->head = big;
        }
        return big->data;
    }
    chunk *fresh = new_chunk(CHUNK_SIZE);
    if (!fresh)
        return NULL;
    fresh->next = c;
    a->head = fresh;
    fresh->used = size;
    return fresh->data;
}

/* Returns a NUL-terminated copy of the 'len' bytes at 's' (which may hold NULs),
 * or NULL when out of memory. */
char *jg_arena_strndup(jg_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = jg_arena_alloc(a, len + 1);
    if (p && len)
        memcpy(p, s, len);
    return p;
}
