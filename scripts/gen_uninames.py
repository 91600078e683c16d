#!/usr/bin/env python3
"""
scripts/gen_uninames.py - writes the Unicode character-name table for '\\N{...}'.

Usage: gen_uninames.py OUT.c

The table is the one CPython 3.11's '\\N{NAME}' escape searches: every
character name of the Unicode database it carries (14.0.0), plus the formal
name aliases ('LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK', 'NUL', ...);
not the named sequences, which '\\N' rejects.  So it is taken from this
interpreter's own unicodedata module, which must therefore be CPython 3.11's
(the build fails otherwise rather than embed another Unicode version).  The
CJK unified ideographs and the Hangul syllables are not in the word table:
their names are computed (vm/uninames.c), from the CJK ranges and the Jamo
short names written here.

unicodedata has no function that lists the aliases, so they are read through
the C interface '\\N' itself uses (the capsule unicodedata._ucnhash_CAPI,
whose getname() also names the private-use code points CPython stores the
aliases and named sequences under).  Each one is then checked with
unicodedata.lookup.

Encoding (read back by vm/uninames.c; the layout is jg_uninames_table in
vm/uninames.h):
  - an entry is a (name, code point) pair; entries are ordered by code point
    then name, so a code point is found from the entry index through runs of
    consecutive code points;
  - a name is a list of words ([A-Z0-9]+) and separators; a single space
    between two words is implied, any other separator ('-', ' -', '- ') is
    a code of its own;
  - the lexicon holds every word once, ordered by (length, text), so a word's
    offset follows from its index and the per-length counts;
  - a code byte below n_common is one of the most frequent words; then come
    the separators; a byte above those starts a two-byte word index;
  - 'names' stores, per entry, its byte count then its codes; 'blocks' gives
    the offset of every 16th entry, and 'by_name' lists the entries in name
    order (byte order) for a binary search.
Before writing, the script decodes every entry back the way the C code does
and checks that CPython's own '\\N' decoder maps the name to the same code
point, so a table that is written is a table that is right.
"""

import codecs
import collections
import ctypes
import os
import re
import sys
import unicodedata

BLOCK = 16  # entries per block of 'blocks' (vm/uninames.c skips at most BLOCK - 1)
MAX_NAME = 255  # vm/uninames.c's buffer; CPython's NAME_MAXLEN is 256
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
S_BASE, L_COUNT, V_COUNT, T_COUNT = 0xAC00, 19, 21, 28


def fail(msg):
    sys.exit("gen_uninames.py: " + msg)


def check_interpreter():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        fail("needs CPython 3.11 (its unicodedata is the reference), got %s %s"
             % (sys.implementation.name, sys.version.split()[0]))
    if unicodedata.unidata_version != "14.0.0":
        fail("needs Unicode 14.0.0, this unicodedata has %s" % unicodedata.unidata_version)


def ucnhash_getname():
    """CPython 3.11's _PyUnicode_Name_CAPI.getname(code, buffer, buflen, with_alias_and_seq)."""
    api = ctypes.pythonapi
    api.PyCapsule_Import.restype = ctypes.c_void_p
    api.PyCapsule_Import.argtypes = [ctypes.c_char_p, ctypes.c_int]
    ptr = api.PyCapsule_Import(b"unicodedata._ucnhash_CAPI", 0)
    if not ptr:
        fail("unicodedata._ucnhash_CAPI is missing")
    getname_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                                 ctypes.c_int)
    getname = getname_t.from_address(ptr)
    buf = ctypes.create_string_buffer(MAX_NAME + 2)

    def name_of(cp):
        if getname(cp, buf, MAX_NAME + 1, 1):
            return buf.value.decode("ascii")
        return None

    if name_of(0x41) != "LATIN CAPITAL LETTER A":
        fail("unicodedata._ucnhash_CAPI does not look like CPython 3.11's")
    return name_of


def escape_decodes_to(name):
    """What CPython's '\\N{name}' gives, or None when it is an error."""
    try:
        return codecs.decode(b"\\N{" + name.encode("ascii") + b"}", "unicode_escape")
    except UnicodeDecodeError:
        return None


def collect():
    entries = []  # (name, code point)
    cjk = []  # [first, last] ranges
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith(CJK_PREFIX):
            if name != CJK_PREFIX + "%04X" % cp:
                fail("unexpected CJK name %r" % name)
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        if name.startswith(HANGUL_PREFIX):
            if not S_BASE <= cp < S_BASE + L_COUNT * V_COUNT * T_COUNT:
                fail("unexpected Hangul name %r" % name)
            continue
        entries.append((name, cp))

    # The aliases and named sequences live at private-use code points that
    # only getname() with with_alias_and_seq names; an alias looks up to one
    # character, a named sequence to several.
    name_of = ucnhash_getname()
    n_aliases = n_sequences = 0
    last_found = 0
    for pua in range(0xF0000, 0xF1000):
        name = name_of(pua)
        if name is None:
            continue
        last_found = pua
        chars = unicodedata.lookup(name)
        if len(chars) == 1:
            entries.append((name, ord(chars)))
            n_aliases += 1
        else:
            if escape_decodes_to(name) is not None:
                fail("'\\N' accepts the named sequence %r" % name)
            n_sequences += 1
    if n_aliases < 400 or n_sequences < 400 or last_found >= 0xF0F00:
        fail("found %d aliases and %d named sequences: unexpected layout"
             % (n_aliases, n_sequences))
    return entries, cjk, n_aliases


def jamo_tables():
    """The Jamo short names, read back from the syllable names (L, V, T)."""
    def syl(l, v, t):
        return unicodedata.name(chr(S_BASE + (l * V_COUNT + v) * T_COUNT + t))[len(HANGUL_PREFIX):]

    ls = [syl(l, 0, 0)[:-1] for l in range(L_COUNT)]  # V[0] is "A", T[0] is ""
    vs = [syl(0, v, 0)[1:] for v in range(V_COUNT)]  # L[0] is "G"
    ts = [syl(0, 0, t)[2:] for t in range(T_COUNT)]
    if syl(0, 0, 0) != "GA" or ts[0] != "":
        fail("unexpected Hangul syllable names")
    for l in range(L_COUNT):
        for v in range(V_COUNT):
            for t in range(T_COUNT):
                if syl(l, v, t) != ls[l] + vs[v] + ts[t]:
                    fail("Hangul syllable %d/%d/%d is not L+V+T" % (l, v, t))
    return ls, vs, ts


TOKEN = re.compile(r"[A-Z0-9]+|[^A-Z0-9]+")


def split_name(name):
    parts = TOKEN.findall(name)
    if "".join(parts) != name:
        fail("cannot split %r" % name)
    return parts


def is_word(part):
    return part[0].isalnum()


def encode(entries):
    words = collections.Counter()
    separators = set()
    for name, _ in entries:
        for part in split_name(name):
            if is_word(part):
                words[part] += 1
            elif part != " ":
                separators.add(part)
    separators = sorted(separators)
    lexicon = sorted(words, key=lambda w: (len(w), w))
    index = {w: i for i, w in enumerate(lexicon)}
    n_two_byte_leads = -(-len(lexicon) // 256)
    n_common = 256 - len(separators) - n_two_byte_leads
    if n_common < 16:
        fail("too many words (%d) for the code space" % len(lexicon))
    common = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:n_common]]
    common_code = {w: i for i, w in enumerate(common)}
    sep_code = {s: n_common + i for i, s in enumerate(separators)}
    two_byte_base = n_common + len(separators)

    names = bytearray()
    blocks = []
    for i, (name, _) in enumerate(entries):
        if i % BLOCK == 0:
            blocks.append(len(names))
        codes = bytearray()
        for part in split_name(name):
            if not is_word(part):
                if part != " ":
                    codes.append(sep_code[part])
            elif part in common_code:
                codes.append(common_code[part])
            else:
                k = index[part]
                codes += bytes([two_byte_base + (k >> 8), k & 0xFF])
        if len(codes) > 255:
            fail("name too long to encode: %r" % name)
        names.append(len(codes))
        names += codes
    return {
        "lexicon": lexicon,
        "common": [index[w] for w in common],
        "separators": separators,
        "names": bytes(names),
        "blocks": blocks,
    }


def decode_entry(t, e):
    """vm/uninames.c's decode_entry, to check the encoding before writing it."""
    lexicon, common, seps = t["lexicon"], t["common"], t["separators"]
    n_common = len(common)
    two_byte_base = n_common + len(seps)
    pos = t["blocks"][e // BLOCK]
    for _ in range(e % BLOCK):
        pos += 1 + t["names"][pos]
    end = pos + 1 + t["names"][pos]
    pos += 1
    out, need_space = [], False
    names = t["names"]
    while pos < end:
        b = names[pos]
        pos += 1
        if n_common <= b < two_byte_base:
            out.append(seps[b - n_common])
            need_space = False
            continue
        if b < n_common:
            w = common[b]
        else:
            w = ((b - two_byte_base) << 8) | names[pos]
            pos += 1
        if need_space:
            out.append(" ")
        out.append(lexicon[w])
        need_space = True
    return "".join(out)


def runs_of(entries):
    run_entry, run_cp = [], []
    for i, (_, cp) in enumerate(entries):
        if not run_cp or cp != run_cp[-1] + (i - run_entry[-1]):
            run_entry.append(i)
            run_cp.append(cp)
    return run_entry, run_cp


def verify(entries, table, run_entry, run_cp):
    import bisect
    for e, (name, cp) in enumerate(entries):
        if decode_entry(table, e) != name:
            fail("entry %d decodes as %r, not %r" % (e, decode_entry(table, e), name))
        r = bisect.bisect_right(run_entry, e) - 1
        if run_cp[r] + (e - run_entry[r]) != cp:
            fail("entry %d has the wrong code point" % e)
        if escape_decodes_to(name) != chr(cp):
            fail("'\\N{%s}' is not U+%04X under CPython" % (name, cp))


# ------------------------------------------------------------------ output

def c_string(s, indent="    ", width=90):
    lines, line = [], ""
    for ch in s:
        if len(line) >= width:
            lines.append(line)
            line = ""
        line += ch
    lines.append(line)
    return "\n".join(indent + '"' + l + '"' for l in lines)


def c_numbers(values, fmt, per_line):
    rows = []
    for i in range(0, len(values), per_line):
        rows.append("    " + ", ".join(fmt % v for v in values[i:i + per_line]) + ",")
    return "\n".join(rows)


def c_strings(strs):
    return ", ".join('"%s"' % s for s in strs)


def write(out_path, entries, cjk, jamo, table, run_entry, run_cp, by_name):
    lexicon = table["lexicon"]
    max_len = max(len(w) for w in lexicon)
    lengths = []  # (first word index, offset) for each length 0..max_len+1
    index = offset = 0
    for length in range(max_len + 2):
        lengths.append((index, offset))
        while index < len(lexicon) and len(lexicon[index]) == length:
            offset += length
            index += 1
    ls, vs, ts = jamo
    o = []
    o.append("/* generated by scripts/gen_uninames.py from CPython %s's unicodedata (Unicode %s);"
             " do not edit */" % (sys.version.split()[0], unicodedata.unidata_version))
    o.append('#include "uninames.h"\n')
    o.append("static const char lexicon[] =\n%s;\n" % c_string("".join(lexicon)))
    o.append("static const jg_uninames_wordlen lengths[%d] = {\n%s\n};\n"
             % (len(lengths), c_numbers(lengths, "{%d, %d}", 6)))
    o.append("static const uint16_t common[%d] = {\n%s\n};\n"
             % (len(table["common"]), c_numbers(table["common"], "%d", 12)))
    o.append("static const char *const separators[%d] = {%s};\n"
             % (len(table["separators"]), c_strings(table["separators"])))
    o.append("static const uint8_t names[%d] = {\n%s\n};\n"
             % (len(table["names"]), c_numbers(table["names"], "%d", 24)))
    o.append("static const uint32_t blocks[%d] = {\n%s\n};\n"
             % (len(table["blocks"]), c_numbers(table["blocks"], "%d", 10)))
    o.append("static const uint16_t by_name[%d] = {\n%s\n};\n"
             % (len(by_name), c_numbers(by_name, "%d", 14)))
    o.append("static const uint16_t run_entry[%d] = {\n%s\n};\n"
             % (len(run_entry), c_numbers(run_entry, "%d", 14)))
    o.append("static const uint32_t run_cp[%d] = {\n%s\n};\n"
             % (len(run_cp), c_numbers(run_cp, "0x%X", 12)))
    o.append("static const uint32_t cjk[%d][2] = {\n%s\n};\n"
             % (len(cjk), c_numbers([tuple(r) for r in cjk], "{0x%X, 0x%X}", 4)))
    o.append("static const char *const jamo_l[%d] = {%s};" % (len(ls), c_strings(ls)))
    o.append("static const char *const jamo_v[%d] = {%s};" % (len(vs), c_strings(vs)))
    o.append("static const char *const jamo_t[%d] = {%s};\n" % (len(ts), c_strings(ts)))
    o.append("const jg_uninames_table jg_uninames = {")
    o.append("    .lexicon = lexicon,")
    o.append("    .lengths = lengths,")
    o.append("    .max_word_len = %d," % max_len)
    o.append("    .common = common,")
    o.append("    .n_common = %d," % len(table["common"]))
    o.append("    .separators = separators,")
    o.append("    .n_separators = %d," % len(table["separators"]))
    o.append("    .names = names,")
    o.append("    .blocks = blocks,")
    o.append("    .block_size = %d," % BLOCK)
    o.append("    .by_name = by_name,")
    o.append("    .n_entries = %d," % len(entries))
    o.append("    .run_entry = run_entry,")
    o.append("    .run_cp = run_cp,")
    o.append("    .n_runs = %d," % len(run_entry))
    o.append("    .cjk = cjk,")
    o.append("    .n_cjk = %d," % len(cjk))
    o.append("    .jamo_l = jamo_l,")
    o.append("    .jamo_v = jamo_v,")
    o.append("    .jamo_t = jamo_t,")
    o.append("};")
    tmp = out_path + ".tmp"
    with open(tmp, "w") as f:
        f.write("\n".join(o) + "\n")
    os.replace(tmp, out_path)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_uninames.py OUT.c")
    check_interpreter()
    entries, cjk, _ = collect()
    entries.sort(key=lambda e: (e[1], e[0]))
    if len({n for n, _ in entries}) != len(entries):
        fail("duplicate names")
    if len(entries) > 0xFFFF:
        fail("%d entries do not fit uint16 indices" % len(entries))
    if max(len(n) for n, _ in entries) > MAX_NAME:
        fail("a name is longer than %d" % MAX_NAME)
    jamo = jamo_tables()
    table = encode(entries)
    run_entry, run_cp = runs_of(entries)
    verify(entries, table, run_entry, run_cp)
    by_name = sorted(range(len(entries)), key=lambda e: entries[e][0].encode("ascii"))
    write(sys.argv[1], entries, cjk, jamo, table, run_entry, run_cp, by_name)


if __name__ == "__main__":
    main()
