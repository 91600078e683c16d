# Keys whose hash is Python code inside a frozenset or a dict/set subclass
# come back from loads whole and in order - also where such a frozenset is
# itself a dict key, a set element, part of a tuple key, or inside another
# frozenset, and where the containers are shared.
import pickle


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, o):
        return isinstance(o, K) and o.n == self.n

    def __repr__(self):
        return "K(%d)" % self.n


class D(dict):
    pass


class S(set):
    pass


class F(frozenset):
    pass


def show(x):
    if isinstance(x, (set, frozenset)):
        return "%s{%s}" % (type(x).__name__, ", ".join(sorted(show(e) for e in x)))
    if isinstance(x, dict):
        return "%s{%s}" % (type(x).__name__, ", ".join("%s: %s" % (show(k), show(v)) for k, v in x.items()))
    if isinstance(x, tuple):
        return "(%s)" % ", ".join(show(e) for e in x)
    if isinstance(x, list):
        return "[%s]" % ", ".join(show(e) for e in x)
    return repr(x)


fs = frozenset({K(1), K(2), 3})
d = {"a": 1, fs: "fs", (fs, 5): "tuple", 7: fs, K(9): "k9", "z": 26}
s = {fs, frozenset({K(3)}), 4, "s"}
nested = frozenset({frozenset({K(5)}), K(6), "n"})
sub_d = D()
sub_d[1] = "one"
sub_d[K(2)] = "two"
sub_d[3] = "three"
sub_d.tag = "attrs kept"
sub_s = S({K(1), 2, fs})
sub_f = F({K(7), 8})
keyed = {sub_f: "by F", (sub_f, fs): "pair"}

x = pickle.loads(pickle.dumps((fs, d, s, nested, [fs, fs], sub_d, sub_s, sub_f, keyed)))
fs2, d2, s2, n2, l2, sd2, ss2, sf2, keyed2 = x
print(show(fs2), hash(fs2) == hash(fs), fs2 == fs)
print(show(d2))
print(d2[fs], d2[(fs, 5)], d2[K(9)], show(d2[7]), d2[7] is fs2)
print(show(s2), fs in s2, frozenset({K(3)}) in s2)
print(show(n2), frozenset({K(5)}) in n2, K(6) in n2)
print(l2[0] is l2[1], l2[0] is fs2, [k for k in d2 if k is fs2] != [])
print(type(sd2).__name__, show(sd2), sd2[K(2)], sd2.tag)
print(type(ss2).__name__, show(ss2), K(1) in ss2, fs in ss2)
print(type(sf2).__name__, show(sf2), hash(sf2) == hash(sub_f), K(7) in sf2)
print(show(keyed2), keyed2[F({K(7), 8})], keyed2[(sub_f, fs)])
