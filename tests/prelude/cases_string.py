"""Cases for vm/lib/string.py: each is run with the prelude and with CPython."""


def register(case):
    def C(label, fn):
        case('string', label, fn)

    for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
                 'octdigits', 'punctuation', 'whitespace', 'printable'):
        C('constant %s' % name, lambda m, name=name: getattr(m.string, name))

    for args in [(' hello   wORLD  x',), ('a-b-c', '-'), ('',), ('ONE two',), ('x--y', '-'),
                 ('\tmixed \n whitespace\x0b',), ("o'neil mc-donald",), ('ça va',), ('a  b', ' ')]:
        C('capwords %r' % (args,), lambda m, args=args: m.string.capwords(*args))

    T = lambda m, s: m.string.Template(s)
    C('template substitute', lambda m: T(m, '$who likes ${what}!').substitute(who='tim', what='kung pao'))
    C('template mapping', lambda m: T(m, '$a$b').substitute({'a': 1, 'b': 2}))
    C('template kw overrides mapping', lambda m: T(m, '$a $b').substitute({'a': 1, 'b': 2}, a='x'))
    C('template escape', lambda m: T(m, '$$5 costs $$$x').substitute(x=3))
    C('template missing', lambda m: T(m, 'hi $name').substitute())
    C('template missing braced', lambda m: T(m, 'hi ${name}').substitute(other=1))
    C('template safe missing', lambda m: T(m, 'hi $name ${x} $').safe_substitute(x=1))
    for s in ['$', 'abc $', 'a $1', 'line1\n  $!', 'x\r\ny $%', '${a', '${1}', 'a\n\n$', '$ x',
              '\n$', 'é$-']:
        C('template invalid %r' % s, lambda m, s=s: T(m, s).substitute(a=1))
        C('template safe invalid %r' % s, lambda m, s=s: T(m, s).safe_substitute(a=1))
        C('template is_valid %r' % s, lambda m, s=s: T(m, s).is_valid())
    C('template identifiers', lambda m: T(m, '$a ${b} $a $$c $_x9 ${bad').get_identifiers())
    C('template identifier stops', lambda m: T(m, '$abc.def $x1y-z').substitute(abc=1, x1y=2))
    C('template non-str values', lambda m: T(m, '$n items at $p').substitute(n=3, p=1.5))
    C('template attribute', lambda m: T(m, 'q').template)
    C('template is_valid ok', lambda m: T(m, '$a ${b} $$').is_valid())

    def template_delimiter(m):
        class Pct(m.string.Template):
            delimiter = '%'
        return Pct('%who owes %{amount} %%').substitute(who='bob', amount=5)
    C('template custom delimiter', template_delimiter)
