/*
 * vm/buf.h - jg_buf: a growable byte buffer owned by C code.
 *
 * Used wherever C code builds text of unknown length (number formatting,
 * string building) before it becomes a heap object.  The buffer is plain
 * C-owned memory: never reachable from Python values, never collected.
 *
 * Invariant: when data is not NULL, data[len] == '\0' and len < cap, so the
 * contents can always be read as a C string (they may also hold NULs).  A
 * failed operation leaves the buffer exactly as it was.
 */
#ifndef JG_BUF_H
#define JG_BUF_H

#include "jumpgate.h"

#include <stdarg.h>
#include <stddef.h>

typedef struct {
    char *data; /* NULL until the first write; NUL-terminated after */
    size_t len; /* bytes in use, not counting the terminating NUL */
    size_t cap; /* bytes allocated at data */
} jg_buf;

/* Makes 'b' empty without allocating.  A zeroed jg_buf is equally valid. */
void jg_buf_init(jg_buf *b);
/* Frees what 'b' holds and leaves it empty (reusable). */
void jg_buf_free(jg_buf *b);
/* Makes room for 'extra' more bytes (plus the NUL) without changing len.
 * JG_ERR_NOMEM when the size overflows or the allocation fails. */
jg_status jg_buf_reserve(jg_buf *b, size_t extra);
/* Appends 'len' bytes from 'p' ('p' may be NULL when 'len' is 0). */
jg_status jg_buf_put(jg_buf *b, const void *p, size_t len);
/* Appends one byte. */
jg_status jg_buf_putc(jg_buf *b, char c);
/* Appends the C string 's'. */
jg_status jg_buf_puts(jg_buf *b, const char *s);
/* Appends 'n' copies of byte 'c'. */
jg_status jg_buf_fill(jg_buf *b, char c, size_t n);
/* Appends printf-formatted text. */
jg_status jg_buf_printf(jg_buf *b, const char *fmt, ...) JG_PRINTF(2, 3);
jg_status jg_buf_vprintf(jg_buf *b, const char *fmt, va_list ap) JG_PRINTF(2, 0);

/* Drops everything after the first 'len' bytes ('len' <= b->len). */
static inline void jg_buf_truncate(jg_buf *b, size_t len)
{
    if (b->data && len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

#endif
