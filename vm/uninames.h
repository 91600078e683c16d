/*
 * vm/uninames.h - Unicode character names -> code points, for '\N{NAME}' escapes.
 *
 * The names are those CPython 3.11's '\N{...}' accepts (Unicode 14.0.0):
 * every character name, the formal name aliases, and the computed names of
 * CJK unified ideographs and Hangul syllables; named sequences are not names
 * of one character and are rejected.  The table is generated at build time
 * from CPython's own unicodedata (scripts/gen_uninames.py), compressed into
 * about 400 KB; only the name -> code point direction exists.
 */
#ifndef JG_UNINAMES_H
#define JG_UNINAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Looks up the 'len' bytes at 'name' (not NUL-terminated) as CPython's
 * '\N{name}' does and, when they name a character, stores its code point in
 * *cp and returns true.  Letters may be in either case, except that the
 * computed names match only as written in upper case
 * ("CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG"), as in CPython.
 * Never allocates; takes a few microseconds.
 */
bool jg_uninames_lookup(const char *name, size_t len, uint32_t *cp);

/* ---- the generated tables: written by scripts/gen_uninames.py, read only by
 * vm/uninames.c (that script's header describes the encoding). */

typedef struct {
    uint16_t first_word; /* index of the first lexicon word of this length */
    uint32_t offset;     /* where that word's letters start in the lexicon */
} jg_uninames_wordlen;

typedef struct {
    const char *lexicon;                /* every word once, by (length, text), unseparated */
    const jg_uninames_wordlen *lengths; /* indexed by length, 0 .. max_word_len + 1 */
    int max_word_len;
    const uint16_t *common; /* the word of each one-byte code */
    int n_common;
    const char *const *separators; /* the text of each separator code, after the common ones */
    int n_separators;
    const uint8_t *names;   /* per entry: its byte count, then its codes */
    const uint32_t *blocks; /* offset in 'names' of every block_size'th entry */
    int block_size;
    const uint16_t *by_name; /* entry indices, in byte order of their names */
    uint32_t n_entries;
    const uint16_t *run_entry; /* first entry of each run of consecutive code points */
    const uint32_t *run_cp;    /* that entry's code point */
    uint32_t n_runs;
    const uint32_t (*cjk)[2]; /* code point ranges (inclusive) of the CJK unified ideographs */
    uint32_t n_cjk;
    const char *const *jamo_l; /* Jamo short names: 19 leading consonants, */
    const char *const *jamo_v; /* 21 vowels, */
    const char *const *jamo_t; /* 28 trailing consonants ("" first) */
} jg_uninames_table;

extern const jg_uninames_table jg_uninames;

#endif
