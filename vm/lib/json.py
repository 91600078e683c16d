"""JSON (JavaScript Object Notation) encoder and decoder.

jumpgate's built-in json: dumps/dump/loads/load, JSONEncoder, JSONDecoder and
JSONDecodeError with CPython 3.11's output and error messages.  The decoder
follows CPython's C scanner (Modules/_json.c) step by step, so every error
names the same position.  The encoder follows the C encoder when it is one
call with no indent, and Lib/json/encoder.py otherwise (the two differ only
in the message for NaN with allow_nan=False).  Output is collected in a list
of chunks and joined once.  Documents are indexed by code point (s[i]).
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INF = float('inf')
_NAN = float('nan')


################################################################################
### Decoding
################################################################################

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = 1
        last_newline = -1
        i = 0
        for ch in doc[:pos]:
            if ch == '\n':
                lineno += 1
                last_newline = i
            i += 1
        colno = pos - last_newline
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _NoValue(Exception):
    # No JSON value starts at index 'pos' (the C scanner's StopIteration).
    def __init__(self, pos):
        super().__init__(pos)
        self.pos = pos


_WHITESPACE = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_HEX = {}
for _i in range(10):
    _HEX[chr(48 + _i)] = _i
for _i in range(6):
    _HEX[chr(97 + _i)] = 10 + _i
    _HEX[chr(65 + _i)] = 10 + _i
del _i

_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': _NAN}


def _parse_constant(name):
    return _CONSTANTS[name]


def _skip_ws(s, i, n):
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, i, err_pos):
    # The value of the four hex digits at s[i:i+4]; 'err_pos' is where
    # CPython reports a bad digit.
    c = 0
    for j in range(i, i + 4):
        d = _HEX.get(s[j])
        if d is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, err_pos)
        c = (c << 4) | d
    return c


def _scanstring(s, end, strict=True):
    """Scan the string whose opening quote is at end - 1; return
    (str, index after the closing quote)."""
    n = len(s)
    begin = end - 1
    chunks = []
    while True:
        # The next quote or backslash, whichever comes first; the search for
        # a backslash stops at the quote so each string costs its own length.
        q = s.find('"', end)
        if q < 0:
            b = s.find('\\', end)
            stop = b if b >= 0 else n
        else:
            b = s.find('\\', end, q)
            stop = b if b >= 0 else q
        if strict:
            i = end
            for ch in s[end:stop]:
                if ch <= '\x1f':
                    raise JSONDecodeError('Invalid control character at', s, i)
                i += 1
        if stop == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if stop > end:
            chunks.append(s[end:stop])
        if s[stop] == '"':
            return ''.join(chunks), stop + 1
        # A backslash escape.
        nxt = stop + 1
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[nxt]
        if esc != 'u':
            ch = _ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, nxt - 1)
            chunks.append(ch)
            end = nxt + 1
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        c = _hex4(s, nxt, end - 5)
        # A high surrogate followed by \u and a low one is one character.
        if 0xd800 <= c <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            c2 = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= c2 <= 0xdfff:
                c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00))
                end += 6
        chunks.append(chr(c))


def _is_digit(ch):
    return '0' <= ch <= '9'


class _Scanner:
    # One decode: the hooks of a JSONDecoder and the recursive descent.

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def scan(self, s, idx):
        """The value starting at s[idx] and the index after it."""
        n = len(s)
        if idx >= n:
            raise _NoValue(idx)
        ch = s[idx]
        if ch == '"':
            return _scanstring(s, idx + 1, self.strict)
        if ch == '{':
            return self.parse_object(s, idx + 1)
        if ch == '[':
            return self.parse_array(s, idx + 1)
        if ch == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if ch == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if ch == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if ch == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx)

    def parse_number(self, s, start):
        n = len(s)
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _NoValue(start)
        ch = s[idx]
        if '1' <= ch <= '9':
            idx += 1
            while idx < n and _is_digit(s[idx]):
                idx += 1
        elif ch == '0':
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and _is_digit(s[idx + 1]):
            is_float = True
            idx += 2
            while idx < n and _is_digit(s[idx]):
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and _is_digit(s[idx]):
                idx += 1
            if _is_digit(s[idx - 1]):
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            return self.parse_float(numstr), idx
        return self.parse_int(numstr), idx

    def parse_object(self, s, idx):
        n = len(s)
        pairs_hook = self.object_pairs_hook
        pairs = []
        obj = {}
        memo = self.memo
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, idx)
                key, idx = _scanstring(s, idx + 1, self.strict)
                key = memo.setdefault(key, key)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self.scan(s, idx)
                if pairs_hook is not None:
                    pairs.append((key, value))
                else:
                    obj[key] = value
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        if pairs_hook is not None:
            return pairs_hook(pairs), idx + 1
        if self.object_hook is not None:
            return self.object_hook(obj), idx + 1
        return obj, idx + 1

    def parse_array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


class JSONDecoder:
    """Simple JSON <https://json.org> decoder"""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _Scanner(self).scan(s, idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str`` or ``bytes`` instance containing a JSON
    document) to a Python object.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, bytes):
        # UTF-8 only (CPython also detects UTF-16 and UTF-32).
        if s[:3] == b'\xef\xbb\xbf':
            s = s[3:]
        s = s.decode('utf-8')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not %s' % type(s).__name__)
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (an object with a ``.read()`` method holding a JSON
    document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


################################################################################
### Encoding
################################################################################

_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
               '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _needs_escape_ascii(s):
    for ch in s:
        if ch < ' ' or ch > '~' or ch == '"' or ch == '\\':
            return True
    return False


def _needs_escape(s):
    for ch in s:
        if ch < ' ' or ch == '"' or ch == '\\':
            return True
    return False


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if not _needs_escape_ascii(s):
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            out.append(ch)
            continue
        esc = _ESCAPE_DCT.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                           0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if not _needs_escape(s):
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        esc = _ESCAPE_DCT.get(ch)
        out.append(ch if esc is None else esc)
    out.append('"')
    return ''.join(out)


def _intstr(o):
    # int.__repr__: an int subclass prints as the plain int.
    return repr(o) if type(o) is int else repr(int(o))


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % type(o).__name__)

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self._chunks(o, self.indent is None))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        return iter(self._chunks(o, _one_shot and self.indent is None))

    def _chunks(self, o, c_style):
        # c_style: the message CPython's C encoder gives for NaN.
        chunks = []
        _Encoding(self, c_style).encode(o, chunks, 0)
        return chunks


class _Encoding:
    # The state of one encode: settings, the circular-reference markers.

    def __init__(self, encoder, c_style):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.encoder = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.allow_nan = encoder.allow_nan
        self.c_style = c_style
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return repr(o) if type(o) is float else repr(float(o))
        if not self.allow_nan:
            if self.c_style:
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: '
                             + repr(o))
        return text

    def mark(self, o):
        if self.markers is None:
            return None
        markerid = id(o)
        if markerid in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[markerid] = o
        return markerid

    def unmark(self, markerid):
        if markerid is not None:
            del self.markers[markerid]

    def scalar(self, o):
        # The JSON text of a str, None, bool, int or float; None for others.
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def encode(self, o, chunks, level):
        text = self.scalar(o)
        if text is not None:
            chunks.append(text)
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, chunks, level)
        elif isinstance(o, dict):
            self.encode_dict(o, chunks, level)
        else:
            markerid = self.mark(o)
            self.encode(self.default(o), chunks, level)
            self.unmark(markerid)

    def encode_list(self, lst, chunks, level):
        # Chunk boundaries as Lib/json/encoder.py yields them (iterencode
        # and dump show them): a scalar item travels with its separator.
        if not lst:
            chunks.append('[]')
            return
        markerid = self.mark(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                chunks.append(buf + text)
            else:
                chunks.append(buf)
                self.encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append(']')
        self.unmark(markerid)

    def encode_dict(self, dct, chunks, level):
        if not dct:
            chunks.append('{}')
            return
        markerid = self.mark(dct)
        chunks.append('{')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            chunks.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                'not %s' % type(key).__name__)
            if first:
                first = False
            else:
                chunks.append(item_separator)
            chunks.append(self.encoder(key))
            chunks.append(self.key_separator)
            self.encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append('}')
        self.unmark(markerid)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (an object
    with a ``.write()`` method)."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys,
                   **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)
