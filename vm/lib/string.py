"""A collection of string constants, capwords() and Template.

jumpgate's built-in string module, with CPython 3.11's values.  Template
scans for its placeholders by hand (jumpgate has no re): a subclass may
change 'delimiter' but not 'idpattern', 'braceidpattern', 'flags' or 'pattern'.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


####################################################################
# Template: $name, ${name} and $$, as CPython's default pattern
# (identifiers are ASCII [_a-zA-Z][_a-zA-Z0-9]*).

_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits
_LINE_BREAKS = '\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029'


def _identifier_end(s, i):
    # The end of the identifier starting at s[i], or i when there is none.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return i
    i += 1
    while i < n and s[i] in _ID_CHARS:
        i += 1
    return i


def _placeholders(template, delimiter):
    # Yields (kind, start, end, name) for each match of CPython's pattern,
    # left to right; kind is 'escaped', 'named', 'braced' or 'invalid', and
    # template[start:end] is the matched text.
    dlen = len(delimiter)
    pos = 0
    while True:
        start = template.find(delimiter, pos)
        if start < 0:
            return
        i = start + dlen
        if template[i:i + dlen] == delimiter:
            yield ('escaped', start, i + dlen, None)
            pos = i + dlen
            continue
        end = _identifier_end(template, i)
        if end > i:
            yield ('named', start, end, template[i:end])
            pos = end
            continue
        if template[i:i + 1] == '{':
            end = _identifier_end(template, i + 1)
            if end > i + 1 and template[end:end + 1] == '}':
                yield ('braced', start, end + 1, template[i + 1:end])
                pos = end + 1
                continue
        yield ('invalid', start, i, None)
        pos = i


class _ChainedMapping:
    # The keyword arguments first, then the mapping (CPython's ChainMap(kws, mapping)).
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


_NO_MAPPING = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        # Line and column as CPython derives them from
        # template[:i].splitlines(keepends=True).
        prefix = self.template[:i]
        starts = [0]            # where each line of 'prefix' starts
        j = 0
        prev_cr = False
        for ch in prefix:
            j += 1
            if ch == '\n' and prev_cr:
                starts[-1] = j  # '\r\n' is one line break
            elif ch in _LINE_BREAKS:
                starts.append(j)
            prev_cr = ch == '\r'
        # 'prefix' ends with the delimiter, so its last line is never empty.
        colno = i - starts[-1]
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (len(starts), colno))

    def _mapping(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _ChainedMapping(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, **kws):
        mapping = self._mapping(mapping, kws)
        template = self.template
        pieces = []
        pos = 0
        for kind, start, end, name in _placeholders(template, self.delimiter):
            pieces.append(template[pos:start])
            if kind == 'named' or kind == 'braced':
                pieces.append(str(mapping[name]))
            elif kind == 'escaped':
                pieces.append(self.delimiter)
            else:
                self._invalid(end)
            pos = end
        pieces.append(template[pos:])
        return ''.join(pieces)

    def safe_substitute(self, mapping=_NO_MAPPING, **kws):
        mapping = self._mapping(mapping, kws)
        template = self.template
        pieces = []
        pos = 0
        for kind, start, end, name in _placeholders(template, self.delimiter):
            pieces.append(template[pos:start])
            if kind == 'named' or kind == 'braced':
                try:
                    pieces.append(str(mapping[name]))
                except KeyError:
                    pieces.append(template[start:end])
            elif kind == 'escaped':
                pieces.append(self.delimiter)
            else:
                pieces.append(template[start:end])
            pos = end
        pieces.append(template[pos:])
        return ''.join(pieces)

    def is_valid(self):
        for kind, start, end, name in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids

