"""Cases for vm/lib/json.py: each is run with the prelude and with CPython."""

import random as _stdrandom

_ALPHABET = ['a', 'b', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', '€',
             '\u2028', '\ud7ff', '\U0001f600', '\U0010ffff', '0', '\b', '\f', '\r']


def _random_value(rng, depth):
    kind = rng.randrange(10 if depth < 4 else 6)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.randint(-10 ** rng.randint(0, 25), 10 ** rng.randint(0, 25))
    if kind == 2:
        return rng.choice([0.0, -0.0, 1e-7, 1e16, 1.5, -2.25e-300, 3.141592653589793,
                           rng.random() * 10 ** rng.randint(-20, 20), 1e22, 123456789.0])
    if kind in (3, 4, 5):
        return ''.join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 8)))
    if kind in (6, 7):
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    d = {}
    for _ in range(rng.randint(0, 4)):
        d[''.join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 4)))] = _random_value(rng, depth + 1)
    return d


def _random_doc(seed):
    rng = _stdrandom.Random(seed)
    return _random_value(rng, 0)


_JUNK = ['{', '}', '[', ']', ',', ':', '"', '\\', 'u', '1', '-', '.', 'e', 'E', '+', ' ', '\n',
         'x', 'n', 't', 'f', 'N', 'I', '0', '\x01', 'ull', 'rue', 'alse', 'aN', 'nfinity',
         'd83d', '\\ud83d', '\\ude00', '\\u12', '\\q']


def _mutate(doc, seed):
    # A JSON text with a few random edits: mostly invalid, sometimes valid.
    rng = _stdrandom.Random(seed)
    s = list(doc)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(3)
        pos = rng.randint(0, len(s))
        if op == 0 and s:
            del s[min(pos, len(s) - 1)]
        elif op == 1:
            s.insert(pos, rng.choice(_JUNK))
        else:
            s = s[:pos]
    return ''.join(s)


def register(case):
    def C(label, fn):
        case('json', label, fn)

    # ------------------------------------------------------------- dumps
    values = [None, True, False, 0, -1, 10 ** 30, -(2 ** 64), 1.0, -0.0, 0.1, 1e16, 1e-7, 1e22,
              123456789012345678.0, 2.5e-324, 1.7976931348623157e308, float('inf'),
              float('-inf'), float('nan'), '', 'plain', 'quote " back \\ slash /',
              'ctl \x00\x01\x1f\x7f\b\f\n\r\t', 'é ü € 日本', '\U0001f600 \U0010ffff', '\u2028',
              [], {}, [1, [2, [3, []]]], {'a': {'b': {}}}, (1, 2), [None, True, 'x', 1.5],
              {'b': 1, 'a': 2, 'c': [1, {'d': None}]}, {1: 'int', 2.5: 'float', True: 'bool',
                                                       None: 'none', 'x': 'str'}]
    option_sets = [{}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'sort_keys': True},
                   {'separators': (',', ':')}, {'indent': 1, 'separators': (', ', ' = ')},
                   {'ensure_ascii': False}, {'indent': 4, 'sort_keys': True, 'ensure_ascii': False},
                   {'allow_nan': False}, {'allow_nan': False, 'indent': 2}, {'indent': -1}]
    for i, v in enumerate(values):
        for j, opts in enumerate(option_sets):
            C('dumps value %d options %r' % (i, opts),
              lambda m, v=v, opts=opts: m.json.dumps(v, **opts))
    C('dumps int subclass', lambda m: m.json.dumps([True, False, 3]))
    C('dumps bool keys', lambda m: m.json.dumps({True: 1, False: 2}))
    C('dumps tuple key', lambda m: m.json.dumps({(1, 2): 1}))
    C('dumps tuple key indent', lambda m: m.json.dumps({(1, 2): 1}, indent=1))
    C('dumps skipkeys', lambda m: m.json.dumps({(1, 2): 1, 'a': 2, 3: (4,)}, skipkeys=True))
    C('dumps object', lambda m: m.json.dumps(object()))
    C('dumps object in list', lambda m: m.json.dumps([1, {2}]))
    C('dumps bytes', lambda m: m.json.dumps(b'x'))
    C('dumps sort mixed keys', lambda m: m.json.dumps({1: 'a', 'b': 2}, sort_keys=True))
    C('dumps sort int keys', lambda m: m.json.dumps({10: 'a', 9: 'b', -1: 'c'}, sort_keys=True))
    C('dumps default', lambda m: m.json.dumps({'s': {3, 1, 2}}, default=sorted))
    C('dumps default returns object', lambda m: m.json.dumps([object()], default=lambda o: {'x': 1}))
    C('dumps default raises', lambda m: m.json.dumps(1j, default=lambda o: o.missing))
    C('dumps nan key disallowed', lambda m: m.json.dumps({float('nan'): 1}, allow_nan=False))
    C('dumps inf key', lambda m: m.json.dumps({float('inf'): 1}))
    C('dumps no circular check', lambda m: m.json.dumps([[1, {'a': [2]}], 'x'], check_circular=False))
    C('dumps custom object no circular check',
      lambda m: m.json.dumps([object()], check_circular=False, default=lambda o: 'obj'))

    def circular(m):
        out = []
        a = []
        a.append(a)
        d = {}
        d['d'] = d
        for obj in (a, d):
            for opts in ({}, {'indent': 2}):
                try:
                    m.json.dumps(obj, **opts)
                except ValueError as e:
                    out.append(str(e))
        return out
    C('dumps circular', circular)

    def circular_default(m):
        class Node:
            pass
        n = Node()
        try:
            return m.json.dumps(n, default=lambda o: [o])
        except ValueError as e:
            return str(e)
    C('dumps circular through default', circular_default)

    def shared_not_circular(m):
        x = [1]
        return m.json.dumps([x, x, {'a': x}])
    C('dumps shared reference', shared_not_circular)

    def encoder_subclass(m):
        class Enc(m.json.JSONEncoder):
            def default(self, o):
                if isinstance(o, set):
                    return sorted(o)
                return super().default(o)
        out = [m.json.dumps({'s': {2, 1}}, cls=Enc), Enc(indent=1).encode([{3}])]
        try:
            m.json.dumps(object(), cls=Enc)
        except TypeError as e:
            out.append(str(e))
        out.append(list(Enc().iterencode({'a': [1, 2]})))
        out.append(''.join(Enc(indent=2).iterencode({'a': [1, 2]})))
        return out
    C('JSONEncoder subclass', encoder_subclass)
    C('JSONEncoder encode str', lambda m: (m.json.JSONEncoder().encode('é"'),
                                          m.json.JSONEncoder(ensure_ascii=False).encode('é"')))
    C('JSONEncoder iterencode nan', lambda m: ''.join(m.json.JSONEncoder(allow_nan=False).iterencode([float('nan')])))
    C('JSONEncoder separators attr', lambda m: (lambda e: (e.item_separator, e.key_separator))(m.json.JSONEncoder(indent=2)))

    def dump_to_writer(m):
        class W:
            def __init__(self):
                self.parts = []

            def write(self, s):
                self.parts.append(s)
        w = W()
        m.json.dump({'a': [1, 2.5, None]}, w, indent=1)
        return ''.join(w.parts)
    C('dump to writer', dump_to_writer)

    for seed in range(120):
        doc = _random_doc(seed)
        C('dumps random doc %d' % seed, lambda m, doc=doc: m.json.dumps(doc))
        C('dumps random doc %d indent' % seed,
          lambda m, doc=doc: m.json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))

    # ------------------------------------------------------------- loads
    good = ['0', '-0', '1', '-1', '12345678901234567890123456789', '1.5', '-0.0', '1e5', '1E+5',
            '1e-5', '2.5E-3', '1.0e400', '-1e400', '123.456e7', '0.1', '"x"', '""', 'true',
            'false', 'null', 'NaN', 'Infinity', '-Infinity', '[]', '{}', '[1, [2, [3]]]',
            ' \t\n\r[ 1 , 2 ]\r\n', '{"a": 1, "b": [true, false, null]}', '{"a":1,"a":2}',
            '"\\u00e9\\u20ac\\ud83d\\ude00"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\ud83d"',
            '"\\ud83dx"', '"\\ud83d\\u0041"', '"\\ude00\\ud83d"', '"\\uD83D\\uDE00"',
            '"é€😀"', '{"nested": {"deep": [{"x": [[], {}]}]}}', '[1.5, -2, "s", {"k": "v"}]',
            '"\\u0000"', '  "ws"  ', '[-0, 0e0, 0E-0]', '{"\\u0041": 1}', '"\\ud800\\ud800"']
    for s in good:
        C('loads %r' % s, lambda m, s=s: m.json.loads(s))
    bad = ['', ' ', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '{"a"', '{"a":',
           '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}', "{'a':1}", '{1:1}', '{"a":1 "b":2}',
           '"abc', '"ab\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\u123', '"\\ud83d\\u12"',
           '"\\ud83d\\uzzzz"', '"a\x01b"', '"a\nb"', 'nul', 'tru', 'fals', 'None', 'True',
           'nan', 'inf', '-', '--1', '-a', '01', '1.', '.5', '1e', '1e+', '1.5e-', '0x10', '+1',
           '1 2', '[1] x', '{}{}', '"a" "b"', 'NaNx', '-Infinit', 'Infinityy', '\ufeff[]',
           '[1]\n\n  x', 'a\nb\nc', '\n\n  ]', '[\n1,\n2\n,]', '{"a":[1,{"b":}]}', '"\t"',
           '[1e5e5]', '[-]', '[1.e5]', '1E', '[0 1]', '"\\u00"', '"\\', '[\x00]', '[nul]']
    for s in bad:
        C('loads invalid %r' % s, lambda m, s=s: m.json.loads(s))

    def error_attrs(m):
        try:
            m.json.loads('[1,\n  2,\n  x]')
        except m.json.JSONDecodeError as e:
            return (e.msg, e.pos, e.lineno, e.colno, e.doc == '[1,\n  2,\n  x]',
                    isinstance(e, ValueError), e.args)
    C('JSONDecodeError attributes', error_attrs)
    C('JSONDecodeError direct', lambda m: (lambda e: (str(e), e.lineno, e.colno))(
        m.json.JSONDecodeError('Oops', 'ab\ncd\nef', 7)))
    C('loads bytes', lambda m: m.json.loads(b'{"a": "\xc3\xa9"}'))
    C('loads bytes bom', lambda m: m.json.loads(b'\xef\xbb\xbf[1]'))
    C('loads int', lambda m: m.json.loads(5))
    C('loads None', lambda m: m.json.loads(None))
    C('loads object_hook', lambda m: m.json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
    C('loads object_pairs_hook', lambda m: m.json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
    C('loads both hooks', lambda m: m.json.loads('{"a": 1}', object_hook=len, object_pairs_hook=list))
    C('loads parse_float', lambda m: m.json.loads('[1.5, 2, 1e3]', parse_float=str))
    C('loads parse_int', lambda m: m.json.loads('[1.5, 2, -3]', parse_int=lambda s: 'i' + s))
    C('loads parse_constant', lambda m: m.json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
    C('loads nan value', lambda m: (lambda v: (v != v, repr(v)))(m.json.loads('NaN')))
    C('loads strict off', lambda m: m.json.loads('"a\tb\nc"', strict=False))
    C('loads strict on', lambda m: m.json.loads('"a\tb"'))

    def decoder_class(m):
        d = m.json.JSONDecoder()
        out = [d.decode(' [1] '), d.raw_decode('[1] tail'), d.raw_decode('"x"yz'), d.raw_decode('  1', 2)]
        for s, i in (('', 0), ('  1', 0), ('[1]', -1)):
            try:
                out.append(d.raw_decode(s, i))
            except ValueError as e:
                out.append((type(e).__name__, str(e)))
        return out
    C('JSONDecoder raw_decode', decoder_class)

    def decoder_subclass(m):
        class Dec(m.json.JSONDecoder):
            def __init__(self, **kw):
                super().__init__(object_hook=self.hook, **kw)

            def hook(self, d):
                return ('obj', sorted(d))
        return m.json.loads('[{"b": 1, "a": {"c": 2}}]', cls=Dec)
    C('JSONDecoder subclass via cls', decoder_subclass)

    def load_from_reader(m):
        class R:
            def read(self):
                return '{"k": [1, 2]}'
        return m.json.load(R())
    C('load from reader', load_from_reader)

    for seed in range(150):
        doc = _random_doc(seed)
        text = __import__('json').dumps(doc, indent=(seed % 3) or None, ensure_ascii=bool(seed % 2))
        C('loads random doc %d' % seed, lambda m, text=text: m.json.loads(text))
        for k in range(4):
            broken = _mutate(text, seed * 10 + k)
            C('loads mutated doc %d/%d' % (seed, k), lambda m, s=broken: m.json.loads(s))

    def roundtrip(m):
        out = []
        for seed in range(60):
            doc = _random_doc(seed + 1000)
            s = m.json.dumps(doc, sort_keys=True)
            out.append(m.json.dumps(m.json.loads(s), sort_keys=True) == s)
        return out
    C('roundtrip', roundtrip)

    def game_save(m):
        state = {'player': {'name': 'Zoë', 'hp': 87.5, 'pos': [3, -2], 'inventory': ['sword', 'potion'],
                            'flags': {'met_king': True, 'door_7': False}},
                 'turn': 1042, 'seed': 2 ** 40 + 3, 'log': ['start', 'fight\n"boss"']}
        text = m.json.dumps(state, indent=2, sort_keys=True)
        return text, m.json.loads(text) == state
    C('game save', game_save)
