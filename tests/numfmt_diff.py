#!/usr/bin/env python3
"""Differential check of vm/numfmt.c against the CPython running this script.

Builds a small driver (its C source is below) from vm/numfmt.c and vm/buf.c,
generates random cases, computes what CPython gives for each, feeds them to the
driver and reports every difference.  Run it with CPython 3.11:

    python3.11 tests/numfmt_diff.py [--n 200000] [--seed 1] [--only repr,fmt,...]
    python3.11 tests/numfmt_diff.py --selfcheck 100000000   # Ryu vs. brute force, C only
    python3.11 tests/numfmt_diff.py --emit-tables  # the expectation tables of test_numfmt.c

Areas: repr (random bit patterns and "nice" numbers), ffmt (format(float)),
ifmt (format(int)), sfmt (format(str)), pct (str % value), parse (float(str)),
round (round(x, n) and round(x)), divmod (divmod, //, % on floats).
"""
import argparse
import math
import os
import random
import struct
import subprocess
import sys
import tempfile

DRIVER_C = r'''
#include "numfmt.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char line[1 << 20];

static double from_bits(const char *h)
{
    unsigned long long u = strtoull(h, NULL, 16);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static unsigned long long to_bits(double d)
{
    unsigned long long u;
    memcpy(&u, &d, 8);
    return u;
}

static size_t unhex(const char *h, char *out)
{
    size_t n = 0;
    if (h[0] == '-' && h[1] == 0)
        return 0;
    for (; h[0] && h[1]; h += 2) {
        unsigned v;
        sscanf(h, "%2x", &v);
        out[n++] = (char)v;
    }
    out[n] = 0;
    return n;
}

static void puthex(const char *s, size_t n)
{
    if (n == 0)
        putchar('-');
    for (size_t i = 0; i < n; i++)
        printf("%02x", (unsigned char)s[i]);
}

static void put_err(const jg_numfmt_err *e)
{
    printf("err %d ", (int)e->exc);
    puthex(e->msg, e->len);
    putchar('\n');
}

static void put_result(jg_status st, jg_buf *b, const jg_numfmt_err *e)
{
    if (st == JG_OK) {
        printf("ok ");
        puthex(b->data ? b->data : "", b->len);
        putchar('\n');
    } else if (st == JG_NUMFMT_RAISE) {
        put_err(e);
    } else {
        printf("status %d\n", (int)st);
    }
}

/* Int arguments travel as sign, then digits in bases 10, 2, 8, 16, then the
 * bits of float(i) or 'x' when it overflows. */
typedef struct {
    int neg;
    char dec[4096], bin[16384], oct[8192], hex[4096];
    char fbits[32];
} intarg;

static char *next_tok(char **p)
{
    while (**p == ' ')
        (*p)++;
    char *t = *p;
    while (**p && **p != ' ' && **p != '\n')
        (*p)++;
    if (**p)
        *(*p)++ = 0;
    return t;
}

static void read_int(char **p, intarg *a)
{
    a->neg = atoi(next_tok(p));
    strcpy(a->dec, next_tok(p));
    strcpy(a->bin, next_tok(p));
    strcpy(a->oct, next_tok(p));
    strcpy(a->hex, next_tok(p));
    strcpy(a->fbits, next_tok(p));
}

static const char *mag_for(const intarg *a, int base)
{
    return base == 2 ? a->bin : base == 8 ? a->oct : base == 16 ? a->hex : a->dec;
}

/* Star arguments for % come from a list of small ints. */
typedef struct {
    long long v[4];
    int n, i;
} stars;

static jg_status star_fn(void *ctx, bool is_precision, int64_t *out)
{
    stars *s = ctx;
    (void)is_precision;
    if (s->i >= s->n)
        return JG_ERR_LIMIT; /* marks "not enough arguments" */
    *out = s->v[s->i++];
    return JG_OK;
}

static char spec[1 << 16], text[1 << 20];

static void cmd_fmt_float(char *p)
{
    double d = from_bits(next_tok(&p));
    size_t n = unhex(next_tok(&p), spec);
    jg_fmtspec fs;
    jg_numfmt_err e;
    jg_buf b = {0};
    jg_status st = jg_fmtspec_parse(spec, n, JG_FMT_FLOAT, "float", &fs, &e);
    if (st == JG_OK)
        st = jg_format_float(&b, d, &fs, "float", &e);
    put_result(st, &b, &e);
    jg_buf_free(&b);
}

static intarg ia;

static void cmd_fmt_int(char *p)
{
    read_int(&p, &ia);
    size_t n = unhex(next_tok(&p), spec);
    jg_fmtspec fs;
    jg_numfmt_err e;
    jg_buf b = {0};
    int base = 0;
    jg_status st = jg_fmtspec_parse(spec, n, JG_FMT_INT, "int", &fs, &e);
    if (st == JG_OK)
        st = jg_format_int_base(&fs, "int", &base, &e);
    if (st == JG_OK) {
        if (base == 0) {
            if (ia.fbits[0] == 'x') {
                printf("err 2 ");
                const char *m = "int too large to convert to float";
                puthex(m, strlen(m));
                putchar('\n');
                return;
            }
            st = jg_format_float(&b, from_bits(ia.fbits), &fs, "int", &e);
        } else {
            const char *m = mag_for(&ia, base);
            st = jg_format_int(&b, ia.neg, m, strlen(m), &fs, &e);
        }
    }
    put_result(st, &b, &e);
    jg_buf_free(&b);
}

static void cmd_fmt_str(char *p)
{
    size_t len = unhex(next_tok(&p), text);
    size_t ncp = (size_t)atoll(next_tok(&p));
    size_t n = unhex(next_tok(&p), spec);
    jg_fmtspec fs;
    jg_numfmt_err e;
    jg_buf b = {0};
    jg_status st = jg_fmtspec_parse(spec, n, JG_FMT_STR, "str", &fs, &e);
    if (st == JG_OK)
        st = jg_format_str(&b, text, len, ncp, &fs, "str", &e);
    put_result(st, &b, &e);
    jg_buf_free(&b);
}

/* p FMTHEX NSTARS STAR... KIND ARG...: one conversion, fmt starts with '%'. */
static void cmd_pct(char *p)
{
    size_t len = unhex(next_tok(&p), text);
    stars s = {.n = atoi(next_tok(&p))};
    for (int i = 0; i < s.n; i++)
        s.v[i] = atoll(next_tok(&p));
    char kind = next_tok(&p)[0];
    double d = 0;
    if (kind == 'i')
        read_int(&p, &ia);
    else if (kind == 'f')
        d = from_bits(next_tok(&p));
    static char conv[1 << 16];
    size_t conv_len = 0, conv_cps = 0;
    if (kind == 's') {
        conv_len = unhex(next_tok(&p), conv);
        conv_cps = (size_t)atoll(next_tok(&p));
    }
    jg_numfmt_err e;
    jg_buf b = {0};
    size_t pos = 1;
    if (pos < len && text[pos] == '%') {
        jg_buf_putc(&b, '%');
        jg_buf_put(&b, text + 2, len - 2);
        put_result(JG_OK, &b, &e);
        jg_buf_free(&b);
        return;
    }
    const char *key;
    size_t keylen;
    jg_pctspec ps;
    jg_status st = jg_pct_parse_key(text, len, &pos, false, &key, &keylen, &e);
    if (st == JG_OK)
        st = jg_pct_parse_spec(text, len, &pos, star_fn, &s, &ps, &e);
    if (st == JG_ERR_LIMIT) {
        printf("err 3 ");
        const char *m = "not enough arguments for format string";
        puthex(m, strlen(m));
        putchar('\n');
        return;
    }
    if (st == JG_OK) {
        int base = jg_pct_int_base(ps.type);
        if (kind == 's' && ps.type < 128 && strchr("srac", (int)ps.type)) {
            st = jg_pct_format_str(&b, conv, conv_len, conv_cps, &ps);
        } else if (base) {
            const char *m = mag_for(&ia, base);
            st = jg_pct_format_int(&b, ia.neg, m, strlen(m), &ps, &e);
        } else if (ps.type && ps.type < 128 && strchr("eEfFgG", (int)ps.type)) {
            st = jg_pct_format_float(&b, d, &ps);
        } else {
            st = jg_pct_unsupported(text, len, &ps, &e);
        }
        if (st == JG_OK && pos != len)
            jg_buf_put(&b, text + pos, len - pos); /* trailing literal text */
    }
    put_result(st, &b, &e);
    jg_buf_free(&b);
}

static void cmd_parse(char *p)
{
    size_t len = unhex(next_tok(&p), text);
    double d;
    jg_status st = jg_float_parse(text, len, &d);
    if (st == JG_OK)
        printf("ok %016llx\n", to_bits(d));
    else
        printf("bad\n");
}

static void cmd_round(char *p)
{
    double x = from_bits(next_tok(&p));
    char *nd = next_tok(&p);
    if (nd[0] == 'n') {
        /* the caller makes an int of it, so -0.0 shows as 0 */
        printf("ok %016llx\n", to_bits(jg_float_round_half_even(x) + 0.0));
        return;
    }
    double r;
    jg_numfmt_err e;
    jg_status st = jg_float_round(x, atoll(nd), &r, &e);
    if (st == JG_OK)
        printf("ok %016llx\n", to_bits(r));
    else
        put_err(&e);
}

static void cmd_divmod(char *p)
{
    double a = from_bits(next_tok(&p)), b = from_bits(next_tok(&p));
    double q, m;
    jg_float_divmod(a, b, &q, &m);
    printf("ok %016llx %016llx %016llx %016llx\n", to_bits(q), to_bits(m),
           to_bits(jg_float_floordiv(a, b)), to_bits(jg_float_mod(a, b)));
}

/* The shortest digits by brute force: the correctly rounded p-digit string
 * for p = 1, 2, ..., or the other p-digit neighbour when only it reads back. */
static int brute_shortest(double d, char *digits, int *decpt)
{
    char buf[64];
    d = fabs(d);
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, d);
        double r = strtod(buf, NULL);
        char *e = strchr(buf, 'e');
        int exp = atoi(e + 1);
        char dig[32];
        int n = 0;
        for (char *q = buf; q < e; q++)
            if (*q != '.')
                dig[n++] = *q;
        if (r != d) {
            /* try the neighbour on d's other side */
            int up = r < d;
            int i = n - 1;
            if (up) {
                while (i >= 0 && dig[i] == '9')
                    dig[i--] = '0';
                if (i < 0) {
                    memmove(dig + 1, dig, n);
                    dig[0] = '1';
                    exp++;
                } else {
                    dig[i]++;
                }
            } else {
                while (i >= 0 && dig[i] == '0')
                    dig[i--] = '9';
                if (i < 0)
                    continue;
                dig[i]--;
                if (dig[0] == '0') {
                    if (n == 1)
                        continue;
                    memmove(dig, dig + 1, n - 1);
                    dig[n - 1] = '9';
                    exp--;
                }
            }
            char t[64];
            snprintf(t, sizeof t, "%c.%.*se%d", dig[0], n - 1, dig + 1, exp);
            if (strtod(t, NULL) != d)
                continue;
        }
        while (n > 1 && dig[n - 1] == '0')
            n--;
        memcpy(digits, dig, n);
        *decpt = exp + 1;
        return n;
    }
    return -1;
}

static unsigned long long rng_state = 88172645463325252ull;
static unsigned long long xrand(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static int selfcheck(long long n)
{
    long long bad = 0;
    for (long long k = 0; k < n; k++) {
        unsigned long long u = xrand();
        switch (k % 4) {
            case 1: /* small mantissas: short digit strings */
                u = (u & 0xFFF0000000000000ull) | ((u >> 12) & 0xFull) << 48;
                break;
            case 2: /* powers of two: the uneven interval */
                u &= 0xFFF0000000000000ull;
                break;
            case 3: /* subnormals and the smallest normals */
                u &= 0x801FFFFFFFFFFFFFull;
                break;
        }
        double d;
        memcpy(&d, &u, 8);
        if (!isfinite(d) || d == 0)
            continue;
        char a[17], b[17];
        int da, db;
        int na = jg_float_shortest(d, a, &da);
        int nb = brute_shortest(d, b, &db);
        if (na != nb || da != db || memcmp(a, b, na) != 0) {
            if (bad++ < 20)
                printf("MISMATCH %016llx ryu %.*s/%d brute %.*s/%d\n", u, na, a, da, nb, b, db);
        }
    }
    printf("selfcheck: %lld values, %lld mismatches\n", n, bad);
    return bad != 0;
}

int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "--selfcheck") == 0) {
        if (argc > 3)
            rng_state = strtoull(argv[3], NULL, 10) | 1;
        return selfcheck(atoll(argv[2]));
    }
    while (fgets(line, sizeof line, stdin)) {
        char *p = line + 2;
        switch (line[0]) {
            case 'r': {
                char out[JG_FLOAT_REPR_MAX];
                size_t n = jg_float_repr(from_bits(next_tok(&p)), out);
                printf("ok ");
                puthex(out, n);
                putchar('\n');
                break;
            }
            case 'f': cmd_fmt_float(p); break;
            case 'i': cmd_fmt_int(p); break;
            case 't': cmd_fmt_str(p); break;
            case 'p': cmd_pct(p); break;
            case 'P': cmd_parse(p); break;
            case 'o': cmd_round(p); break;
            case 'm': cmd_divmod(p); break;
            default: printf("?\n"); break;
        }
    }
    return 0;
}
'''

EXC_CODE = {ValueError: 1, OverflowError: 2, TypeError: 3}


def bits(d):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', d))[0]


def from_bits(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]


def hx(s):
    b = s.encode('utf-8', 'surrogatepass')
    return b.hex() if b else '-'


def ok(s):
    return 'ok ' + hx(s)


def err(e):
    return 'err %d %s' % (EXC_CODE.get(type(e), 9), hx(str(e)))


def run_py(fn):
    try:
        return ok(fn())
    except (ValueError, OverflowError, TypeError) as e:
        return err(e)


def int_arg(i):
    m = abs(i)
    try:
        fb = bits(float(i))
    except OverflowError:
        fb = 'x'
    return '%d %d %s %s %s %s' % (i < 0, m, format(m, 'b'), format(m, 'o'), format(m, 'x'), fb)


# ------------------------------------------------------------ generators

def rand_double(r):
    k = r.random()
    if k < 0.35:
        return from_bits('%016x' % r.getrandbits(64))
    if k < 0.55:  # "nice" decimals
        return round(r.uniform(-1, 1) * 10 ** r.randint(-8, 20), r.randint(0, 6))
    if k < 0.65:
        return float(r.randint(-10 ** r.randint(1, 18), 10 ** r.randint(1, 18)))
    if k < 0.75:
        return r.choice([1, -1]) * 10.0 ** r.randint(-325, 308)
    if k < 0.85:
        return r.choice([1, -1]) * 2.0 ** r.randint(-1074, 1023)
    if k < 0.9:
        return r.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 1e16, 1e-4,
                         9999999999999998.0, 0.00009999999999999999, 2.5, 0.5, 1.5, 0.125,
                         1.7976931348623157e308, 2.2250738585072014e-308])
    if k < 0.93:  # near the decimal-exponent switch points
        return r.choice([1, -1]) * r.uniform(0.5, 2) * 10.0 ** r.choice([-5, -4, -3, 15, 16, 17])
    if k < 0.96:  # next to powers of ten, where rounding carries
        return r.choice([1, -1]) * math.nextafter(10.0 ** r.randint(-25, 25),
                                                  r.choice([0, math.inf]))
    if k < 0.98:  # exact binary fractions: decimal ties
        return r.randint(-10 ** 6, 10 ** 6) / 2 ** r.randint(1, 12)
    return r.uniform(-1000, 1000)


def rand_spec(r, kind):
    """A random format spec, usually valid, sometimes not."""
    s = ''
    if r.random() < 0.3:
        if r.random() < 0.5:
            s += r.choice(['*', '0', 'x', ' ', '€', '😀', '<', '=', '{'])
        s += r.choice('<>^=')
    if r.random() < 0.3:
        s += r.choice('+- ')
    if r.random() < 0.1:
        s += 'z'
    if r.random() < 0.2:
        s += '#'
    if r.random() < 0.2:
        s += '0'
    if r.random() < 0.5:
        s += str(r.choice([1, 5, 8, 10, 12, 20, 25, r.randint(0, 40)]))
    if r.random() < 0.25:
        s += r.choice([',', '_', ',', '_', ',_', '_,'])
    if r.random() < 0.5 and kind != 'int' or r.random() < 0.05:
        s += '.' + str(r.choice([0, 1, 2, 3, 6, 10, 15, 16, 17, 20, r.randint(0, 60)]))
    if r.random() < 0.01:
        s += '.'
    if r.random() < 0.8:
        if kind == 'float':
            s += r.choice('eEfFgGn%eEfFgGn%' + 'd' + 'x')
        elif kind == 'int':
            s += r.choice('bcdoxXnbdoxXndeEfFgG%s')
        else:
            s += r.choice('sssssd')
    if r.random() < 0.01:
        s += r.choice(['xx', 'é', '\x00'])
    return s


def rand_int(r):
    k = r.random()
    if k < 0.5:
        return r.randint(-10 ** r.randint(1, 6), 10 ** r.randint(1, 6))
    if k < 0.8:
        return r.randint(-2 ** 64, 2 ** 64)
    if k < 0.9:
        return r.choice([0, 1, -1, 65, 0x10FFFF, 0x110000, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 1234])
    return r.randint(-10 ** 400, 10 ** 400)


def rand_str(r):
    alphabet = 'abcXYZ 01é€😀\u0301'
    return ''.join(r.choice(alphabet) for _ in range(r.randint(0, 12)))


def rand_pct(r):
    """(fmt, stars, kind, value, python args) with one conversion."""
    s = '%'
    if r.random() < 0.02:
        s += '%'
        return s, [], 'n', None, ()

    s += ''.join(r.choice('-+ #0') for _ in range(r.choice([0, 0, 1, 1, 2, 3])))
    stars = []
    if r.random() < 0.1:
        s += '*'
        stars.append(r.randint(-20, 20))
    elif r.random() < 0.5:
        s += str(r.randint(0, 25))
    if r.random() < 0.5:
        s += '.'
        if r.random() < 0.1:
            s += '*'
            stars.append(r.randint(-5, 25))
        elif r.random() < 0.9:
            s += str(r.randint(0, 25))
    if r.random() < 0.05:
        s += r.choice('hlL')
    t = r.choice('diuoxXeEfFgG' * 4 + 'y%' + 'srac')
    if r.random() < 0.01:
        t = ''
    s += t
    if r.random() < 0.2:
        s += '|'
    if t in 'diuoxX' and t:
        v = rand_int(r)
        return s, stars, 'i', v, tuple(stars) + (v,)
    if t in 'srac' and t:
        v = chr(r.choice([65, 233, 0x1F600])) if t == 'c' else rand_str(r)
        return s, stars, 's', v, tuple(stars) + (v,)
    v = rand_double(r)
    return s, stars, 'f', v, tuple(stars) + (v,)


def rand_float_text(r):
    k = r.random()
    if k < 0.2:  # short decimals with small exponents: the fast path and its edges
        digits = ''.join(r.choice('0123456789') for _ in range(r.randint(1, 21)))
        cut = r.randint(0, len(digits))
        t = r.choice(['', '-', '+']) + digits[:cut] + '.' + digits[cut:]
        if r.random() < 0.6:
            t += r.choice('eE') + r.choice(['', '-', '+']) + str(r.randint(0, 40))
        return t
    if k < 0.35:
        t = repr(rand_double(r))
    elif k < 0.5:
        t = r.choice(['', '+', '-']) + r.choice(['1', '12', '0', '00', '123456789012345678901234567890',
                                                 '']) + r.choice(['', '.', '.5', '.000', '.123']) + \
            r.choice(['', 'e5', 'E-3', 'e', 'e+', 'e+300', 'e-400', 'e99999999999'])
    elif k < 0.6:
        t = r.choice(['inf', 'INF', 'Infinity', 'iNfInItY', 'nan', 'NaN', '-nan', '+inf', 'infinit',
                      'infinityy', 'na', 'nan(1)', '0x1p3', '1e', '.', '-.', '.e1', '1_0', '1__0',
                      '_1', '1_', '1_.5', '1._5', '1e1_0', '1_e10', ' 1 ', '\t\n1.5\x0b\x0c\r',
                      '1\x00', '\x1c1', '١٢٣.٥', '\u3000 12 \u2029', '1.5\u00a0', '１２', '12a'])
    else:
        t = repr(rand_double(r))
        # mutate: insert underscores, spaces, change case
        t = list(t)
        for _ in range(r.randint(1, 3)):
            i = r.randint(0, len(t))
            t.insert(i, r.choice(['_', ' ', 'e', '.', '0', '-', 'E', '\u2003']))
        t = ''.join(t)
    return t


# ------------------------------------------------------------ the areas

def gen_repr(r, n):
    for _ in range(n):
        d = rand_double(r)
        yield 'r ' + bits(d), ok(repr(d)), 'repr(%r)' % d


def gen_ffmt(r, n):
    for _ in range(n):
        d = rand_double(r)
        spec = rand_spec(r, 'float')
        yield 'f %s %s' % (bits(d), hx(spec)), run_py(lambda: format(d, spec)), \
            'format(%r, %r)' % (d, spec)


def gen_ifmt(r, n):
    for _ in range(n):
        i = rand_int(r)
        spec = rand_spec(r, 'int')
        yield 'i %s %s' % (int_arg(i), hx(spec)), run_py(lambda: format(i, spec)), \
            'format(%r, %r)' % (i, spec)


def gen_sfmt(r, n):
    for _ in range(n):
        s = rand_str(r)
        spec = rand_spec(r, 'str')
        yield 't %s %d %s' % (hx(s), len(s), hx(spec)), run_py(lambda: format(s, spec)), \
            'format(%r, %r)' % (s, spec)


def gen_pct(r, n):
    for _ in range(n):
        fmt, stars, kind, v, args = rand_pct(r)
        line = 'p %s %d %s %s' % (hx(fmt), len(stars), ' '.join(map(str, stars)) if stars else '',
                                 kind)
        if kind == 'i':
            line += ' ' + int_arg(v)
        elif kind == 'f':
            line += ' ' + bits(v)
        elif kind == 's':
            conv = {'s': str, 'r': repr, 'a': ascii, 'c': str}[fmt[-2] if fmt.endswith('|')
                                                                else fmt[-1]](v)
            line += ' %s %d' % (hx(conv), len(conv))
        if kind == 'n' or fmt.startswith('%%'):
            args = ()
        try:
            exp = ok(fmt % args)
        except (ValueError, OverflowError, TypeError) as e:
            exp = err(e)
        yield line, exp, '%r %% %r' % (fmt, args)


def gen_parse(r, n):
    for _ in range(n):
        t = rand_float_text(r)
        try:
            exp = 'ok ' + bits(float(t))
        except ValueError:
            exp = 'bad'
        yield 'P ' + hx(t), exp, 'float(%r)' % t


def gen_round(r, n):
    for _ in range(n):
        x = rand_double(r)
        if r.random() < 0.2:
            # exact ties at various positions
            x = r.randint(-10 ** 6, 10 ** 6) / 2 ** r.randint(0, 6) * 10.0 ** r.randint(-3, 3)
        if r.random() < 0.1:
            if not math.isfinite(x):
                continue
            yield 'o %s n' % bits(x), 'ok ' + bits(float(round(x))), 'round(%r)' % x
            continue
        nd = r.choice([0, 1, 2, 3, -1, -2, -3, r.randint(-330, 330), r.randint(-20, 20)])
        try:
            exp = 'ok ' + bits(round(x, nd))
        except OverflowError as e:
            exp = err(e)
        yield 'o %s %d' % (bits(x), nd), exp, 'round(%r, %d)' % (x, nd)


def gen_divmod(r, n):
    for _ in range(n):
        a = rand_double(r)
        b = rand_double(r) if r.random() < 0.7 else r.choice([1.0, -1.0, 3.0, -0.5, math.inf,
                                                              -math.inf, 1e-300, 7.0])
        if b == 0 or math.isnan(b) and r.random() < 0.5:
            continue
        try:
            q, m = divmod(a, b)
            exp = 'ok %s %s %s %s' % (bits(q), bits(m), bits(a // b), bits(a % b))
        except ZeroDivisionError:
            continue
        yield 'm %s %s' % (bits(a), bits(b)), exp, 'divmod(%r, %r)' % (a, b)


# ------------------------------------------------------------ tables for tests/vm/test_numfmt.c

def c_double(d):
    if math.isnan(d):
        return '-NAN' if math.copysign(1, d) < 0 else 'NAN'
    if math.isinf(d):
        return '-INFINITY' if d < 0 else 'INFINITY'
    h = d.hex()
    return h if h not in ('0x0.0p+0', '-0x0.0p+0') else ('0.0' if h[0] == '0' else '-0.0')


def c_lstr(s):
    """A C string literal and its length, through the test's S() macro."""
    return 'S(%s)' % c_str(s)


def c_str(s):
    b = s.encode('utf-8', 'surrogatepass') if isinstance(s, str) else s
    out = '"'
    prev_hex = False
    for c in b:
        ch = chr(c)
        if ch in '"\\':
            out += '\\' + ch
            prev_hex = False
        elif 32 <= c < 127 and not (prev_hex and ch in '0123456789abcdefABCDEF'):
            out += ch
            prev_hex = False
        else:
            out += '\\x%02x' % c
            prev_hex = True
    return out + '"'


def expect(fn):
    """The expected text, or "!Class: message" for an exception."""
    try:
        return fn()
    except (ValueError, OverflowError, TypeError) as e:
        return '!%s: %s' % (type(e).__name__, e)


REPR_VALUES = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
    1e-5, 1e-4, 0.00012345, 1.2345678901234567e19, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
    123456789012345.6, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1.5, 100.0, 1e100,
    1.1e-10, 4.35, 0.3, 2.675, 1e21, 1e-7, 123.456, -1.5e-300, 3 * 2.0 ** -1074, 2.0 ** -1022,
    2.0 ** 1023, 5e-310, 0.5, 1234567890123456789.0, 12345678901234567.0, 0.001, 9.5,
    float.fromhex('0x1.fffffffffffffp+52'), 1e-323, 8.41e21, 5.0e-17, 33.3, 1e+300 * 10,
]

FFMT_CASES = [
    (1.0, ''), (1e16, ''), (1.5, '.3'), (123.0, '.3'), (123.456, '.2'), (1e16, '.17'),
    (0.1, '.17'), (0.1, '.20f'), (1.0, '.0'), (1.0, '#'), (1e16, '#'), (1.0, '#.0f'),
    (1.5, '#.0e'), (2.5, '.0f'), (3.5, '.0f'), (0.5, '.0f'), (1.5, '.0f'), (0.125, '.2f'),
    (0.375, '.2f'), (2.675, '.2f'), (1.005, '.2f'), (3.14159, '10.2f'), (3.14159, '<10.2f'),
    (3.14159, '^10.2f'), (-3.14159, '=10.2f'), (-3.14159, '010.2f'), (3.14159, '+.3f'),
    (3.14159, ' .3f'), (-3.14159, ' .3f'), (-1234567.891, ',.2f'), (-1234567.891, '_.2f'),
    (1234.5, '010,.1f'), (1234.5, '012,.1f'), (1234.5, '09,.1f'), (1234.5, '0=12,.1f'),
    (1234.5, 'x=12,.1f'), (1234567.0, ','), (1234567.0, 'n'), (1234567.0, '.3n'),
    (0.0001, 'n'), (12345.678, '_g'), (1e300, '.3e'), (1e-300, '.3E'), (12345.678, 'e'),
    (12345.678, 'E'), (12345.678, 'g'), (12345678.9, 'g'), (1234567.8, 'G'), (0.0001234, 'g'),
    (0.00001234, 'g'), (0.00001234, 'G'), (100000.0, 'g'), (1000000.0, 'g'), (0.0, 'g'),
    (-0.0, 'g'), (-0.0, ''), (-0.0, 'z'), (-0.0, 'z.2f'), (-0.0001, 'z.2f'), (-0.0001, '.2f'),
    (-1e-9, 'z.3'), (-1e-9, 'z.2%'), (0.125, '%'), (0.125, '.1%'), (1.0, '.0%'),
    (-0.5, '+.0%'), (math.inf, ''), (-math.inf, ''), (math.nan, ''), (-math.nan, '+'),
    (math.inf, 'F'), (math.nan, 'E'), (math.inf, '010'), (math.inf, '010,.2f'),
    (-math.inf, '=+10'), (math.nan, '^9'), (math.inf, '#.3g'), (1.5, '€>10'), (1.5, '😀^9.2f'),
    (1.5, '*<8'), (1.5, '0<8'), (1.5, '08'), (-1.5, '08'), (1.5, '+08'), (1.5, ' 08'),
    (123456789.0, '020,.2f'), (123456789.0, '020_.2f'), (0.1, '.1g'), (0.1, '#.1g'),
    (0.1, '#.3g'), (100.0, '#.3g'), (100.0, '#.2g'), (1e-5, ''), (1e-5, '.1'), (123.0, '.2'),
    (99.99, '.3'), (99.99, '.1f'), (9.999, '.2e'), (9.9999999, 'g'), (999999.5, 'g'),
    (0.000099999995, 'g'), (1.0, '.0e'), (1.0, '#.0e'), (5e-324, 'g'), (5e-324, '.3e'),
    (5e-324, '.330f'), (1.7976931348623157e308, ',.0f'), (1.7976931348623157e308, 'g'),
    (1e22, 'f'), (1e22, ',.1f'), (2.0 ** 70, '.1f'), (0.1, '.50e'), (1.5, '.0f'),
    (1.5, 'd'), (1.5, 's'), (1.5, 'x'), (1.5, 'xx'), (1.5, '.'), (1.5, ',_'), (1.5, '_,'),
    (1.5, ',,'), (1.5, ',n'), (1.5, '_n'), (1.5, '\x00'), (1.5, 'é'), (1.5, '.2147483648f'),
    (1.5, '.99999999999999999999f'), (1.5, '99999999999999999999'), (1.5, '10.2fx'),
    (1.5, '=^10'), (1.5, '<<10'), (1.5, '٣'), (1.5, '.٢f'), (1.5, 'z'), (1.5, 'zf'),
    (1.5, '#'), (12.5, '.1f'), (0.05, '.1f'), (0.15, '.1f'), (0.25, '.1f'), (0.35, '.1f'),
    (1e-7, '.6f'), (5e-7, '.6f'), (5.000000000000001e-7, '.6f'), (-5e-7, '.6f'),
    (1234.5678, '.19f'), (1234.5678, '.19e'), (1234.5678, '.19g'), (1234.5678, '.20g'),
    (0.1, '.19g'), (0.1, '.18g'), (123456.0, '.5g'), (123456.0, '.6g'), (9.5, '.0e'),
    (10.5, '.1e'), (1e19, 'f'), (1.8e19, 'f'), (1.9e19, 'f'), (3.0e19, '.2f'),
]

IFMT_CASES = [
    (0, ''), (1234, ''), (-1234, ''), (1234, ','), (1234567, ','), (-1234567, '_'),
    (1234, '08,d'), (1234, '09,d'), (1234, '0=9,d'), (1234, 'x=9,d'), (-1234, '010,d'),
    (1234, '0>9,d'), (1234, '0<9,d'), (-255, '#010_x'), (255, '#X'), (255, 'X'), (-255, 'x'),
    (255, '#b'), (255, 'b'), (255, '_b'), (255, '#_b'), (4095, '#012_b'), (8, '#o'),
    (8, 'o'), (0xdeadbeef, '_x'), (0xdeadbeef, '#_X'), (0xdeadbeef, '#_o'), (-5, '05d'),
    (-5, '+05d'), (5, '+05d'), (5, ' 5d'), (-5, ' 5d'), (5, '^5'), (5, '^6'), (-5, '^6'),
    (5, '<5'), (5, '=+5'), (5, '*^+7'), (5, '€>5'), (65, 'c'), (65, '^5c'), (0x1F600, '>4c'),
    (65, '05c'), (65, '=5c'), (0, 'c'), (1114111, 'c'), (1114112, 'c'), (-1, 'c'),
    (2 ** 63 - 1, 'c'), (2 ** 63, 'c'), (-2 ** 63, 'c'), (-2 ** 63 - 1, 'c'), (65, '+c'),
    (65, '#c'), (65, ' c'), (1234567, 'n'), (1234567, '_n'), (1234567, ',n'), (1, ',b'),
    (1, ',x'), (1, ',o'), (1, ',c'), (1, '_c'), (5, '.2'), (5, 'z'), (5, 's'), (5, '\x00'),
    (5, '\x05'), (5, 'é'), (5, 'xx'), (5, '.2f'), (5, '%'), (5, 'e'), (5, '010.3e'),
    (123456789, '.3g'), (123456789, ',.2f'), (5, 'G'), (2 ** 63 - 1, ','), (-2 ** 63, ','),
    (-2 ** 63, '#x'), (2 ** 64 - 1, '#_x'), (0, '#x'), (0, '#o'), (0, '#b'), (0, '08,'),
    (0, ',d'), (1, '0'), (1, '00'), (1, '01'), (123, '3'), (123, '2'), (-123, '4'),
    (1234, '='), (1234, '0'), (1, '#012_x'), (1, '#013_x'), (1, '#014_x'), (12345, '010_d'),
    (12345, '011_d'), (-12345, '012,d'), (10 ** 30, ','), (-10 ** 30, '_x'), (10 ** 30, '.2e'),
    (10 ** 400, 'e'), (10 ** 400, 'f'), (-(10 ** 25), '#b'),
]

SFMT_CASES = [
    ('abc', ''), ('abc', '5'), ('abc', '>5'), ('abc', '^5'), ('abc', '^6'), ('abc', '.2'),
    ('abc', '5.2'), ('abc', '*^7.1'), ('abc', '05'), ('abc', '0>5'), ('héllo', '8'),
    ('héllo', '>8.3'), ('😀😀', '^6'), ('😀😀', '€^6.1'), ('abc', '.0'), ('', '3'),
    ('abc', 's'), ('abc', '2s'), ('abc', '+'), ('abc', ' '), ('abc', '-'), ('abc', 'z'),
    ('abc', '#'), ('abc', '=5'), ('abc', ','), ('abc', '_'), ('abc', 'd'), ('abc', ',d'),
    ('abc', '.'), ('abc', 'ss'), ('abc', '10.5s'),
]

PCT_CASES = [
    ('%5.2f', 3.14159), ('%-6d|', 42), ('%+d', 5), ('%x', -255), ('%#o', 8), ('%.3e', 12345.678),
    ('%g', 0.0001), ('%g', 0.00001), ('%g', 1e16), ('%g', 123456789.0), ('%#g', 1.0),
    ('%#.3g', 1.0), ('%G', 1e-10), ('%.0f', 2.5), ('%.0f', 3.5), ('%#.0f', 3.0), ('%#x', 255),
    ('%#X', 255), ('%#08x', 255), ('%#8x', 255), ('%-#8x|', 255), ('%08.3f', -3.14159),
    ('%-08.3f|', -3.14159), ('% d', 42), ('% d', -42), ('%+ d', 42), ('% +d', 42),
    ('%05d', -42), ('%.5d', 42), ('%.5d', -42), ('%8.5d', -42), ('%-8.5d|', -42),
    ('%#.5x', 255), ('%#10.5x', 255), ('%#010.5x', -255), ('%+#o', 8), ('%i', 7), ('%u', 7),
    ('%ld', 7), ('%hd', 7), ('%Lf', 1.5), ('%e', 0.0), ('%E', -0.0), ('%f', math.inf),
    ('%F', math.inf), ('%f', -math.inf), ('%010f', math.inf), ('%+f', math.nan), ('%F', math.nan),
    ('%.1f', 0.05), ('%.1f', 0.25), ('%.2f', 2.675), ('%10.4s|', 'abcdef'), ('%-10s|', 'abc'),
    ('%.0s|', 'abc'), ('%5s', 'héllo'), ('%7.2s|', '😀😀😀'), ('%5c', 'x'), ('%-5c|', 'x'),
    ('%5r', 'ab'), ('%.3r', 'abc'), ('%+s', 'abc'), ('%05s', 'abc'), ('%x', 2 ** 70),
    ('%d', -(10 ** 30)), ('%+.3d', 0), ('%.0d', 0), ('%o', 0), ('%#o', 0), ('%#x', 0),
]

PCT_ERROR_CASES = [
    '%', '%(a', '%5', '%.', '%-', '%.3', '%l', '%5.2', '%y', '%5%', '%é', '%\x01',
]

PARSE_CASES = [
    '1.5', ' 1.5 ', '\t\n1.5\x0b\x0c\r', '-1.5', '+1.5', '1', '1.', '.5', '.', '-.', '+', '',
    ' ', '1e5', '1E5', '1e+5', '1e-5', '1e', '1e+', 'e5', '.e5', '1.e5', '1_000.5', '1__0',
    '_1', '1_', '1_.5', '1._5', '1e1_0', '1_e10', '0_1', 'inf', 'INF', '-inf', '+inf',
    'Infinity', '-iNfInItY', 'infinit', 'infinityy', 'nan', 'NaN', '-nan', '+nan', 'nan(1)',
    'na', '0x1p3', '0x10', '1\x00', '\x001', '\x1c1', '١٢٣.٥', '\u3000 12 \u2029', '1.5\u00a0',
    '１２', '12a', 'a12', '1.5.5', '--1', '+-1', '1e400', '-1e400', '1e-400', '-1e-400',
    '2.2250738585072011e-308', '4.9406564584124654e-324', '2.4703282292062327e-324',
    '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623158e308',
    '1.7976931348623159e308', '9007199254740993', '9007199254740993.0000000001',
    '0.' + '0' * 400 + '1e400', '1' + '0' * 400 + 'e-400', '123456789012345678901234567890',
    '0.1', '0.30000000000000004', '1e23', '8.41e21', '1_2_3.4_5e1_0', ' \u2003-1.5\u2003 ',
    '1 2', '1,5', '١_٢', 'in f', 'i', '-', 'e', '00000', '-0', '-0.0e10', '0e999999999999',
]

ROUND_CASES = [
    (2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-2.5, 0), (0.125, 2), (0.375, 2),
    (1.005, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (1249.999, -2), (-1250.0, -2),
    (-40.0, -2), (40.0, -2), (60.0, -2), (50.0, -2), (150.0, -2), (149.5, -1), (25.0, -1),
    (35.0, -1), (5.0, -1), (95.0, -1), (999.0, -1), (1e308, -308), (1.7976931348623157e308, -308),
    (-1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (1e300, -301), (1e-300, 300),
    (1e-300, 301), (5e-324, 323), (5e-324, 324), (1.5, 400), (1.5, -400), (-1.5, -400),
    (math.inf, 2), (math.nan, 2), (-0.0, 2), (-0.001, 2), (0.1, 20), (0.1, 17), (0.1, 16),
    (123456789.123456789, 5), (2.0 ** 60, 2), (2.0 ** 60, -2), (1e22, -21), (4.5e15, -15),
    (5e15, -16), (9.5e15, -16),
]

ROUND0_CASES = [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370497.0, -2.5,
                1e300, 3.5, 2.4999999, -0.0]

DIVMOD_CASES = [
    (7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 5.0), (-0.0, 5.0), (0.0, -5.0),
    (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0), (1.0, 0.1), (-1.0, 0.1), (1e308, 1e-308),
    (math.inf, 1.0), (1.0, math.inf), (-1.0, math.inf), (1.0, -math.inf), (math.nan, 1.0),
    (5.5, 1.5), (-5.5, 1.5), (1e-320, 3.0), (-1e-320, 3.0), (0.3, 0.1), (2.0 ** 60, 3.0),
]


def emit_tables():
    p = print
    p('/* Generated by tests/numfmt_diff.py --emit-tables under CPython %s. */' %
      sys.version.split()[0])
    p('static const struct repr_case REPR_CASES[] = {')
    for d in REPR_VALUES:
        p('    {%s, %s},' % (c_double(d), c_str(repr(d))))
    p('};\n')
    p('static const struct fmt_case FFMT_CASES[] = {')
    for d, spec in FFMT_CASES:
        p('    {%s, %s, %s},' % (c_double(d), c_lstr(spec), c_lstr(expect(lambda: format(d, spec)))))
    p('};\n')
    p('static const struct ifmt_case IFMT_CASES[] = {')
    for i, spec in IFMT_CASES:
        p('    {%s, %s, %s},' % (c_str(str(i)), c_lstr(spec), c_lstr(expect(lambda: format(i, spec)))))
    p('};\n')
    p('static const struct sfmt_case SFMT_CASES[] = {')
    for s, spec in SFMT_CASES:
        p('    {%s, %d, %s, %s},' % (c_lstr(s), len(s), c_lstr(spec),
                                    c_lstr(expect(lambda: format(s, spec)))))
    p('};\n')
    p('static const struct pct_case PCT_CASES[] = {')
    for fmt, v in PCT_CASES:
        conv = fmt.rstrip('|')[-1]
        if isinstance(v, float):
            arg = ".kind = 'f', .d = %s" % c_double(v)
        elif isinstance(v, int):
            arg = ".kind = 'i', .i = %s" % c_str(str(v))
        else:
            cv = {'s': str, 'r': repr, 'a': ascii, 'c': str}[conv](v)
            arg = ".kind = 's', .s = %s, .s_cps = %d" % (c_str(cv), len(cv))
        p('    {.fmt = %s, %s, .expected = %s},' % (c_str(fmt), arg,
                                                  c_str(expect(lambda: fmt % (v,)))))
    p('};\n')
    p('static const struct pct_err_case PCT_ERROR_CASES[] = {')
    for fmt in PCT_ERROR_CASES:
        p('    {%s, %s},' % (c_lstr(fmt), c_str(expect(lambda: fmt % (1.0,)))))
    p('};\n')
    p('static const struct parse_case PARSE_CASES[] = {')
    for t in PARSE_CASES:
        try:
            v = float(t)
            p('    {%s, %d, true, %s},' % (c_str(t), len(t.encode()), c_double(v)))
        except ValueError:
            p('    {%s, %d, false, 0},' % (c_str(t), len(t.encode())))
    p('};\n')
    p('static const struct round_case ROUND_CASES[] = {')
    for x, n in ROUND_CASES:
        try:
            p('    {%s, %d, false, %s},' % (c_double(x), n, c_double(round(x, n))))
        except OverflowError:
            p('    {%s, %d, true, 0},' % (c_double(x), n))
    p('};\n')
    p('static const struct round0_case ROUND0_CASES[] = {')
    for x in ROUND0_CASES:
        p('    {%s, %s},' % (c_double(x), c_double(float(round(x)))))
    p('};\n')
    p('static const struct divmod_case DIVMOD_CASES[] = {')
    for a, b in DIVMOD_CASES:
        q, m = divmod(a, b)
        p('    {%s, %s, %s, %s},' % (c_double(a), c_double(b), c_double(q), c_double(m)))
    p('};')


AREAS = {
    'repr': gen_repr, 'ffmt': gen_ffmt, 'ifmt': gen_ifmt, 'sfmt': gen_sfmt, 'pct': gen_pct,
    'parse': gen_parse, 'round': gen_round, 'divmod': gen_divmod,
}


def same(got, exp):
    if got == exp:
        return True
    # nan payloads/signs may differ only where CPython does not show them
    g, e = got.split(), exp.split()
    if len(g) != len(e) or g[0] != e[0]:
        return False
    for a, b in zip(g[1:], e[1:]):
        if a != b:
            try:
                if not (math.isnan(from_bits(a)) and math.isnan(from_bits(b))):
                    return False
            except (ValueError, struct.error):
                return False
    return True


def build(root, out, sanitize=False):
    src = os.path.join(os.path.dirname(out), 'numfmt_driver.c')
    with open(src, 'w') as f:
        f.write(DRIVER_C)
    cmd = ['gcc', '-O2', '-g', '-iquote', os.path.join(root, 'vm'), src,
           os.path.join(root, 'vm', 'numfmt.c'), os.path.join(root, 'vm', 'buf.c'), '-lm', '-o',
           out]
    if sanitize:
        cmd[1:1] = ['-fsanitize=address,undefined', '-fno-sanitize-recover=all']
    subprocess.run(cmd, check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, default=100000, help='cases per area')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--only', default=','.join(AREAS))
    ap.add_argument('--selfcheck', type=int, default=0)
    ap.add_argument('--show', type=int, default=15, help='mismatches to print per area')
    ap.add_argument('--sanitize', action='store_true', help='build the driver with ASan+UBSan')
    ap.add_argument('--emit-tables', action='store_true',
                    help='print the C case tables of tests/vm/test_numfmt.c and exit')
    args = ap.parse_args()
    if args.emit_tables:
        emit_tables()
        return
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = tempfile.mkdtemp(prefix='numfmt_diff')
    exe = os.path.join(tmp, 'numfmt_driver')
    build(root, exe, args.sanitize)
    if args.selfcheck:
        sys.exit(subprocess.run([exe, '--selfcheck', str(args.selfcheck), str(args.seed)]).returncode)
    failed = 0
    for area in args.only.split(','):
        r = random.Random('%s-%d' % (area, args.seed))
        cases = list(AREAS[area](r, args.n))
        inp = ''.join(c[0] + '\n' for c in cases)
        res = subprocess.run([exe], input=inp.encode(), stdout=subprocess.PIPE, check=True)
        outs = res.stdout.decode().splitlines()
        assert len(outs) == len(cases), (area, len(outs), len(cases))
        bad = 0
        for (line, exp, what), got in zip(cases, outs):
            if not same(got, exp):
                if bad < args.show:
                    print('  %s: %s\n    expected %s\n    got      %s' % (area, what, dec(exp),
                                                                       dec(got)))
                bad += 1
        print('%-7s %8d cases, %d mismatches' % (area, len(cases), bad))
        failed += bad
    sys.exit(1 if failed else 0)


def dec(res):
    parts = res.split(' ')
    try:
        if parts[0] == 'ok' and len(parts) == 2 and len(parts[1]) != 16:
            return 'ok %r' % (bytes.fromhex(parts[1]).decode() if parts[1] != '-' else '')
        if parts[0] == 'err':
            return 'err %s %r' % (parts[1], bytes.fromhex(parts[2]).decode() if parts[2] != '-'
                                  else '')
    except ValueError:
        pass
    return res


if __name__ == '__main__':
    main()
