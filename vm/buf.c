/*
 * vm/buf.c - jg_buf: a growable byte buffer owned by C code.
 *
 * Capacity grows by half again each time so appending n bytes one at a time
 * costs O(n).  Invariant: data[len] == '\0' whenever data is not NULL, and a
 * failed call changes nothing.
 */
#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jg_buf_init(jg_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void jg_buf_free(jg_buf *b)
{
    free(b->data);
    jg_buf_init(b);
}

jg_status jg_buf_reserve(jg_buf *b, size_t extra)
{
    /* One byte more than asked for keeps room for the terminating NUL. */
    if (extra >= SIZE_MAX / 2 - b->len) return JG_ERR_NOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return JG_OK;
    size_t cap = b->cap < 32 ? 32 : b->cap + b->cap / 2;
    if (cap < need) cap = need;
    char *p = realloc(b->data, cap);
    if (!p) return JG_ERR_NOMEM;
    if (!b->data) p[0] = '\0';
    b->data = p;
    b->cap = cap;
    return JG_OK;
}

jg_status jg_buf_put(jg_buf *b, const void *p, size_t len)
{
    jg_status st = jg_buf_reserve(b, len);
    if (st != JG_OK) return st;
    if (len) memcpy(b->data + b->len, p, len);
    b->len += len;
    b->data[b->len] = '\0';
    return JG_OK;
}

jg_status jg_buf_putc(jg_buf *b, char c)
{
    if (b->len + 1 >= b->cap) {
        jg_status st = jg_buf_reserve(b, 1);
        if (st != JG_OK) return st;
    }
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return JG_OK;
}

jg_status jg_buf_puts(jg_buf *b, const char *s)
{
    return jg_buf_put(b, s, strlen(s));
}

jg_status jg_buf_fill(jg_buf *b, char c, size_t n)
{
    jg_status st = jg_buf_reserve(b, n);
    if (st != JG_OK) return st;
    memset(b->data + b->len, c, n);
    b->len += n;
    b->data[b->len] = '\0';
    return JG_OK;
}

jg_status jg_buf_vprintf(jg_buf *b, const char *fmt, va_list ap)
{
    /* Try the space we have first; most calls fit and format only once. */
    va_list ap2;
    va_copy(ap2, ap);
    size_t room = b->cap > b->len ? b->cap - b->len : 0;
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        if (b->data) b->data[b->len] = '\0';
        return JG_ERR_NOMEM;
    }
    if ((size_t)n >= room) {
        jg_status st = jg_buf_reserve(b, (size_t)n);
        if (st != JG_OK) {
            if (b->data) b->data[b->len] = '\0';
            return st;
        }
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
    return JG_OK;
}

jg_status jg_buf_printf(jg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    jg_status st = jg_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return st;
}
