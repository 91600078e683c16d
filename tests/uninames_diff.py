#!/usr/bin/env python3
"""
tests/uninames_diff.py - jumpgate's Unicode name lookup against CPython's '\\N{...}'.

Every name CPython 3.11 knows is looked up under both: the name of every
code point (CJK unified ideographs and Hangul syllables included), every
alias and named sequence (listed by scripts/gen_uninames.py), each also in
lower case, plus near misses made from them (a letter dropped or added, a
space doubled, a hex digit lowered, digits past the CJK ranges) and random
strings.  CPython's answer is what decoding b'\\N{NAME}' with the
'unicode_escape' codec gives, the lookup a str literal's '\\N{...}' makes;
jumpgate's is that of the unit-test binary in lookup mode:
    test_vm_uninames --lookup  < one name per line
which prints the code point in hex, or "-".

Usage: uninames_diff.py --lookup BUILD/tests/test_vm_uninames [-v]
Exit status 0 iff every answer agrees.
"""

import argparse
import codecs
import importlib.util
import os
import random
import subprocess
import sys
import unicodedata


def generator_module():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts",
                        "gen_uninames.py")
    spec = importlib.util.spec_from_file_location("gen_uninames", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cpython(name):
    try:
        s = codecs.decode(b"\\N{" + name.encode("ascii") + b"}", "unicode_escape")
    except UnicodeDecodeError:
        return "-"
    return "%X" % ord(s)


def candidates(gen):
    names = [unicodedata.name(chr(cp), None) for cp in range(0x110000)]
    names = [n for n in names if n]
    name_of = gen.ucnhash_getname()
    names += [n for n in map(name_of, range(0xF0000, 0xF1000)) if n]
    rng = random.Random(311)
    out = set(names)
    out.update(n.lower() for n in names)
    for n in rng.sample(names, 20000):
        i = rng.randrange(len(n))
        out.add(n[:i] + n[i + 1:])
        out.add(n[:i] + rng.choice("AZ09 -") + n[i:])
        out.add(n.replace(" ", "  ", 1))
        out.add(n + " ")
        out.add(n[:i].lower() + n[i:])
    for cp in range(0, 0x40000, 7):
        out.add("CJK UNIFIED IDEOGRAPH-%04X" % cp)
        out.add("CJK UNIFIED IDEOGRAPH-%04x" % cp)
        out.add("CJK UNIFIED IDEOGRAPH-%06X" % cp)
    for _ in range(20000):
        out.add("HANGUL SYLLABLE " + "".join(rng.choice("GNDRMBSJCKTPHAEOUWYI")
                                             for _ in range(rng.randrange(6))))
        out.add("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ -") for _ in range(rng.randrange(12))))
    return sorted(n for n in out if "\n" not in n and "}" not in n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookup", required=True, help="the test_vm_uninames binary")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    gen = generator_module()
    gen.check_interpreter()
    names = candidates(gen)
    proc = subprocess.run([args.lookup, "--lookup"], input="\n".join(names) + "\n",
                          capture_output=True, text=True, check=True)
    got = proc.stdout.split("\n")[:-1]
    if len(got) != len(names):
        sys.exit("uninames_diff: %d answers for %d names" % (len(got), len(names)))
    bad = 0
    found = 0
    for name, answer in zip(names, got):
        want = cpython(name)
        found += want != "-"
        if answer != want:
            bad += 1
            if bad <= 20:
                print("DIFF %r: cpython %s, jumpgate %s" % (name, want, answer))
    print("%d names (%d known to CPython): %d passed, %d failed"
          % (len(names), found, len(names) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
