/*
 * vm/uninames.c - finds the code point of a Unicode character name, as '\N{...}' does.
 *
 * Follows CPython 3.11's _getcode (Modules/unicodedata.c): a name starting
 * with "HANGUL SYLLABLE " or "CJK UNIFIED IDEOGRAPH-" (exactly so, in upper
 * case) is decoded by rule and nothing else; any other name is compared,
 * with ASCII letters upper-cased, against the generated table of character
 * names and aliases (jg_uninames), by binary search over the entries in
 * name order.  Each step decodes one compressed name (see
 * scripts/gen_uninames.py for the encoding) into a buffer on the stack.
 *
 * Invariant: pure function of its arguments and the read-only tables; no
 * allocation, no global state.
 */
#include "uninames.h"

#include <string.h>

/* Longer names than this exist in neither CPython's table nor ours. */
#define MAX_NAME 255

#define HANGUL_PREFIX "HANGUL SYLLABLE "
#define CJK_PREFIX    "CJK UNIFIED IDEOGRAPH-"

/* The Hangul syllable block: code = S_BASE + (L * V_COUNT + V) * T_COUNT + T. */
#define S_BASE  0xAC00
#define L_COUNT 19
#define V_COUNT 21
#define T_COUNT 28

static bool has_prefix(const char *s, size_t len, const char *prefix, size_t plen)
{
    return len >= plen && memcmp(s, prefix, plen) == 0;
}

/* CPython's find_syllable: the index of the longest entry of 'tab' that 's'
 * starts with (the first of equal lengths; "" matches anything), or -1.
 * *used gets its length. */
static int find_syllable(const char *s, size_t len, const char *const *tab, int count,
                         size_t *used)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(tab[i]);
        if (best >= 0 && n <= best_len)
            continue;
        if (n <= len && memcmp(s, tab[i], n) == 0) {
            best = i;
            best_len = n;
        }
    }
    *used = best_len;
    return best;
}

/* "HANGUL SYLLABLE " + leading + vowel + trailing Jamo short names. */
static bool lookup_hangul(const char *s, size_t len, uint32_t *cp)
{
    const jg_uninames_table *d = &jg_uninames;
    size_t n;
    int l = find_syllable(s, len, d->jamo_l, L_COUNT, &n);
    s += n;
    len -= n;
    int v = find_syllable(s, len, d->jamo_v, V_COUNT, &n);
    s += n;
    len -= n;
    int t = find_syllable(s, len, d->jamo_t, T_COUNT, &n);
    len -= n;
    if (l < 0 || v < 0 || t < 0 || len != 0)
        return false;
    *cp = S_BASE + (uint32_t)((l * V_COUNT + v) * T_COUNT + t);
    return true;
}

/* "CJK UNIFIED IDEOGRAPH-" + four or five upper-case hex digits of an ideograph. */
static bool lookup_cjk(const char *s, size_t len, uint32_t *cp)
{
    if (len != 4 && len != 5)
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (uint32_t)(c - 'A' + 10);
        else
            return false;
    }
    const jg_uninames_table *d = &jg_uninames;
    for (uint32_t i = 0; i < d->n_cjk; i++) {
        if (v >= d->cjk[i][0] && v <= d->cjk[i][1]) {
            *cp = v;
            return true;
        }
    }
    return false;
}

/* Word 'w' of the lexicon: words are grouped by length, so its length is
 * that of the last group starting at or before it. */
static const char *lexicon_word(const jg_uninames_table *d, uint32_t w, size_t *len)
{
    int lo = 0, hi = d->max_word_len + 1; /* lengths[hi].first_word > w */
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (d->lengths[mid].first_word <= w)
            lo = mid;
        else
            hi = mid;
    }
    *len = (size_t)lo;
    return d->lexicon + d->lengths[lo].offset + (w - d->lengths[lo].first_word) * (size_t)lo;
}

/* Writes the name of entry 'e' into 'out' (MAX_NAME bytes) and returns its length. */
static size_t decode_entry(uint32_t e, char *out)
{
    const jg_uninames_table *d = &jg_uninames;
    const uint8_t *p = d->names + d->blocks[e / (uint32_t)d->block_size];
    for (uint32_t k = e % (uint32_t)d->block_size; k; k--)
        p += 1 + p[0];
    const uint8_t *end = p + 1 + p[0];
    p++;
    int two_byte_base = d->n_common + d->n_separators;
    size_t n = 0;
    bool need_space = false;
    while (p < end) {
        int b = *p++;
        const char *text;
        size_t len;
        if (b >= d->n_common && b < two_byte_base) {
            text = d->separators[b - d->n_common];
            len = strlen(text);
            need_space = false;
        } else {
            uint32_t w;
            if (b < d->n_common)
                w = d->common[b];
            else
                w = ((uint32_t)(b - two_byte_base) << 8) | *p++;
            text = lexicon_word(d, w, &len);
            if (need_space)
                out[n++] = ' ';
            need_space = true;
        }
        memcpy(out + n, text, len);
        n += len;
    }
    return n;
}

/* The code point of entry 'e': entries come in runs of consecutive code points. */
static uint32_t entry_cp(uint32_t e)
{
    const jg_uninames_table *d = &jg_uninames;
    uint32_t lo = 0, hi = d->n_runs; /* run_entry[lo] <= e < run_entry[hi] */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (d->run_entry[mid] <= e)
            lo = mid;
        else
            hi = mid;
    }
    return d->run_cp[lo] + (e - d->run_entry[lo]);
}

bool jg_uninames_lookup(const char *name, size_t len, uint32_t *cp)
{
    if (has_prefix(name, len, HANGUL_PREFIX, sizeof HANGUL_PREFIX - 1))
        return lookup_hangul(name + sizeof HANGUL_PREFIX - 1, len - (sizeof HANGUL_PREFIX - 1),
                             cp);
    if (has_prefix(name, len, CJK_PREFIX, sizeof CJK_PREFIX - 1))
        return lookup_cjk(name + sizeof CJK_PREFIX - 1, len - (sizeof CJK_PREFIX - 1), cp);
    if (len == 0 || len > MAX_NAME)
        return false;

    /* CPython upper-cases ASCII letters only (Py_TOUPPER). */
    char key[MAX_NAME];
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }

    const jg_uninames_table *d = &jg_uninames;
    uint32_t lo = 0, hi = d->n_entries;
    char buf[MAX_NAME];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint32_t e = d->by_name[mid];
        size_t n = decode_entry(e, buf);
        int c = memcmp(key, buf, len < n ? len : n);
        if (c == 0 && len == n) {
            *cp = entry_cp(e);
            return true;
        }
        if (c < 0 || (c == 0 && len < n))
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}
