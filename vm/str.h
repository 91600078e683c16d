/*
 * vm/str.h - str and bytes beyond what vm.h declares: building strs, code
 * point access, the Unicode character database, and both types' init.
 *
 * A jg_str holds UTF-8 (possibly with lone surrogates, written as the 3-byte
 * sequences a UTF-8 encoder would produce for them, so that chr(0xD800)
 * exists as in CPython).  Byte order of two strs is code point order.
 *
 * Invariant: every jg_str is allocated by jg_str_alloc (directly or through
 * jg_str_new & co.), because a non-ASCII str longer than JG_STR_INDEX_STRIDE
 * code points carries, after its bytes, room for an index of byte offsets
 * that makes s[i] O(1) amortised; a str made any other way would lack it.
 */
#ifndef JG_STR_H
#define JG_STR_H

#include "vm.h"
#include "buf.h"

/* Called once at VM start, after the built-in types exist. */
JG_INTERNAL jg_status jg_str_init(jg_vm *vm);
JG_INTERNAL jg_status jg_bytes_init(jg_vm *vm);

/* ---------------------------------------------------------------- UTF-8 */

/* Bytes in the sequence that starts with 'lead' (1 for a stray continuation). */
static inline int jg_utf8_len(uint8_t lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? (lead < 0xC0 ? 1 : 2) : lead < 0xF0 ? 3 : 4;
}

/* Decodes the code point at 'p' (valid UTF-8) into *cp; returns its byte length. */
static inline int jg_utf8_decode(const char *p, uint32_t *cp)
{
    const uint8_t *u = (const uint8_t *)p;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] < 0xE0) {
        *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if (u[0] < 0xF0) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
          ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return 4;
}

/* Writes code point 'cp' (< 0x110000, surrogates allowed) to 'out'; returns its length. */
static inline int jg_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Code points in 'len' bytes of UTF-8 (counts the bytes that start a sequence). */
JG_INTERNAL size_t jg_utf8_count(const char *s, size_t len);

/*
 * Checks that 'len' bytes are strict UTF-8 (no overlong forms, no surrogates,
 * nothing above U+10FFFF).  Returns true when they are; otherwise false with
 * *bad_start and *bad_end the byte span of the first invalid sequence and *reason
 * CPython's reason ("invalid start byte", "invalid continuation byte",
 * "unexpected end of data").  *n_chars gets the code point count when valid.
 */
JG_INTERNAL bool jg_utf8_check(const char *s, size_t len, size_t *n_chars, size_t *bad_start,
                               size_t *bad_end, const char **reason);

/* ---------------------------------------------------------------- building strs */

/* Code points of a str between which an index entry is kept (non-ASCII strs only). */
#define JG_STR_INDEX_STRIDE 64

/*
 * A new str of 'len' bytes that will hold 'n_chars' code points; the caller
 * writes exactly those bytes into s->data (already NUL-terminated) before the
 * str is used.  NULL when out of memory or longer than JG_MAX_STR_LEN (the
 * caller raises MemoryError).
 */
JG_INTERNAL jg_str *jg_str_alloc(jg_vm *vm, size_t len, size_t n_chars);
/* An ASCII str of 'len' bytes (the caller fills them) in a cell with room for
 * at least 'spare' more, for appends in place (INPLACE_ADD_APPEND). */
JG_INTERNAL jg_str *jg_str_alloc_ascii_spare(jg_vm *vm, size_t len, size_t spare);
/* Appends ASCII 'b' to 'a' in place when a's cell has room (a must be ASCII
 * and held by nothing else); false, changing nothing, when it has not. */
JG_INTERNAL bool jg_str_append_in_place(jg_str *a, const jg_str *b);
/* As jg_str_alloc, but the object's type is 'type' (a subclass of str). */
JG_INTERNAL jg_str *jg_str_alloc_typed(jg_vm *vm, jg_type *type, size_t len, size_t n_chars);
/* New str holding the text of 'b' (valid UTF-8); NULL when out of memory. */
JG_INTERNAL jg_str *jg_str_from_buf(jg_vm *vm, const jg_buf *b);
/* New str of 'len' bytes of valid UTF-8 whose code point count is known. */
JG_INTERNAL jg_str *jg_str_new_n(jg_vm *vm, const char *s, size_t len, size_t n_chars);
/* The 1-code-point str chr(cp) ('cp' < 0x110000); NULL when out of memory. */
JG_INTERNAL jg_str *jg_str_from_char(jg_vm *vm, uint32_t cp);
/* s[start:stop] by code point, 0 <= start <= stop <= n_chars. */
JG_INTERNAL jg_str *jg_str_slice(jg_vm *vm, jg_str *s, uint32_t start, uint32_t stop);
/* The interned str equal to 's' (marks 's' interned when it is the first). */
JG_INTERNAL jg_str *jg_str_intern_str(jg_vm *vm, jg_str *s);
/* ascii(s): repr(s) with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
JG_INTERNAL jg_str *jg_str_ascii(jg_vm *vm, jg_str *s);
/* Appends repr(s) to 'b' ('ascii_only' as ascii()); JG_ERR_NOMEM on failure. */
JG_INTERNAL jg_status jg_str_repr_buf(jg_buf *b, const char *s, size_t len, bool ascii_only);
/* The fast 64-bit hash of str and bytes; never -1. */
JG_INTERNAL int64_t jg_hash_bytes(const void *data, size_t len);

/* Lends the calling thread's reusable text buffer (empty) to 'b', so building
 * short text costs no malloc; jg_scratch_give takes it back (or frees it). */
JG_INTERNAL void jg_scratch_take(jg_buf *b);
JG_INTERNAL void jg_scratch_give(jg_buf *b);
/* Frees the calling thread's cached buffer (when a VM is freed: the thread
 * may be about to end, and a thread-local is not freed with it). */
JG_INTERNAL void jg_scratch_release(void);

/* sep.join(iterable).  JG_NEEDS_PY when the iterable's iteration is Python code
 * (the native then tail-calls the prelude's _str_join). */
JG_INTERNAL jg_status jg_str_join(jg_vm *vm, jg_str *sep, jg_value iterable, jg_value *out);

/* ---------------------------------------------------------------- arguments */

/* An int argument as a C ssize_t: TypeError "'x' object cannot be interpreted as
 * an integer", OverflowError "Python int too large to convert to C ssize_t". */
JG_INTERNAL jg_status jg_str_ssize_arg(jg_vm *vm, jg_value v, int64_t *out);
/* A start/end argument of find() & co.: JG_UNDEF and None give 'dflt'; big ints
 * clamp; anything else is CPython's "slice indices must be integers ..." TypeError. */
JG_INTERNAL jg_status jg_str_index_arg(jg_vm *vm, jg_value v, int64_t dflt, int64_t *out);
/* Argument-count checks worded as CPython's (see str.c); 'n' does not count self. */
JG_INTERNAL jg_status jg_str_argc_range(jg_vm *vm, const char *type, const char *name, int n,
                                        jg_tuple *kwnames, int min, int max);
JG_INTERNAL jg_status jg_str_argc_exact(jg_vm *vm, const char *type, const char *name, int n,
                                        jg_tuple *kwnames, int want);
JG_INTERNAL jg_status jg_str_argc_old(jg_vm *vm, const char *name, int n, jg_tuple *kwnames,
                                      int min, int max);
/* CPython's ADJUST_INDICES: clamps [*start, *end) into [0, len]. */
JG_INTERNAL void jg_str_adjust_range(int64_t *start, int64_t *end, int64_t len);

/* ---------------------------------------------------------------- codecs */

enum { JG_CODEC_UTF8, JG_CODEC_ASCII, JG_CODEC_LATIN1 };
/* The codec an encoding name means (Python's aliases, any case, '-' or '_'), or -1. */
JG_INTERNAL int jg_codec_lookup(const char *name, size_t len);
/* The name CPython's messages use for 'codec': "utf-8", "ascii", "latin-1". */
JG_INTERNAL const char *jg_codec_name(int codec);
/* Reads encoding/errors arguments (JG_UNDEF when absent) of 'fname'; LookupError
 * "unknown encoding: x".  *errors is borrowed from the argument. */
JG_INTERNAL jg_status jg_codec_args(jg_vm *vm, const char *fname, jg_value enc, jg_value errs,
                                    int *codec, const char **errors);
/* s.encode(codec, errors) as a bytes value; UnicodeEncodeError worded as CPython's. */
JG_INTERNAL jg_status jg_str_encode(jg_vm *vm, const jg_str *s, int codec, const char *errors,
                                    jg_value *out);
/* bytes.decode(codec, errors) as a str value (errors: strict, replace, ignore,
 * backslashreplace, surrogateescape); UnicodeDecodeError worded as CPython's. */
JG_INTERNAL jg_status jg_bytes_decode(jg_vm *vm, const char *data, size_t len, int codec,
                                      const char *errors, jg_value *out);

/* ---------------------------------------------------------------- code point access */

/* Byte offset of code point 'i' of 's' (0 <= i <= n_chars). */
JG_INTERNAL uint32_t jg_str_offset(const jg_str *s, uint32_t i);
/* Code point index of the sequence starting at byte offset 'off'. */
JG_INTERNAL uint32_t jg_str_char_index(const jg_str *s, uint32_t off);
/* The code point s[i] (0 <= i < n_chars). */
JG_INTERNAL uint32_t jg_str_char_at(const jg_str *s, uint32_t i);

static inline bool jg_str_is_ascii(const jg_str *s)
{
    return s->len == s->n_chars;
}

/* A new str iterator over 's' (iter(s)). */
JG_INTERNAL jg_status jg_str_iter_new(jg_vm *vm, jg_str *s, jg_value *out);

/* ---------------------------------------------------------------- Unicode database
 * CPython 3.11's (Unicode 14.0) character properties, exact for every code point. */

JG_INTERNAL bool jg_uc_isspace(uint32_t cp);
JG_INTERNAL bool jg_uc_isalpha(uint32_t cp);
JG_INTERNAL bool jg_uc_isprintable(uint32_t cp);
JG_INTERNAL bool jg_uc_isxid_start(uint32_t cp);    /* also true for '_' */
JG_INTERNAL bool jg_uc_isxid_continue(uint32_t cp);
/* Value of a decimal digit (str.isdecimal), or -1: what int() and float() accept. */
JG_INTERNAL int jg_uc_decimal(uint32_t cp);

/* ---------------------------------------------------------------- bytes */

/* A new bytes of 'len' bytes the caller fills before use (zeroed); NULL when out of memory. */
JG_INTERNAL jg_bytes *jg_bytes_alloc(jg_vm *vm, size_t len);
/* repr(b) as CPython writes it: b'...' or b"..." with \t \n \r \\ \xhh escapes. */
JG_INTERNAL jg_str *jg_bytes_repr(jg_vm *vm, const jg_bytes *b);

#endif
