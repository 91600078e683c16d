# vm/lib/_builtins_str.py - the Python halves of str and bytes operations.
#
# vm/str.c, vm/bytes.c and vm/strformat.c do all their work in C until they
# meet a value whose behaviour is Python code (a user __str__, __repr__,
# __format__, __index__, __getitem__, __iter__, a property).  They then
# tail-call the function of the same job here, which makes those calls at
# Python level and hands the plain values back to the natives for the text
# work.  The names and argument orders are the natives' contract.


def _tn(x):
    return type(x).__name__


def _has(t, name):
    return getattr(t, name, None) is not None


# ------------------------------------------------------------------ join, str(), bytes()

def _str_join(sep, iterable, done=None):
    # 'done' holds the items the native already took from the iterator 'iterable'.
    items = [] if done is None else done
    for x in iterable:
        items.append(x)
    return sep.join(items)


def _bytes_join(sep, iterable, done=None):
    items = [] if done is None else done
    for x in iterable:
        items.append(x)
    return sep.join(items)


def _str_new(cls, obj):
    t = type(obj)
    f = getattr(t, "__str__", None)
    s = f(obj) if f is not None else repr(obj)
    if not isinstance(s, str):
        raise TypeError("__str__ returned non-string (type " + _tn(s) + ")")
    if cls is str:
        return s if type(s) is str else str.__new__(str, s)
    return str.__new__(cls, s)


def _byte_value(x):
    if isinstance(x, int):
        return x
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError("'" + _tn(x) + "' object cannot be interpreted as an integer")
    return f(x)


def _bytes_new(cls, src, done=None):
    if done is None:
        t = type(src)
        f = getattr(t, "__bytes__", None)
        if f is not None:
            b = f(src)
            if not isinstance(b, bytes):
                raise TypeError("__bytes__ returned non-bytes (type " + _tn(b) + ")")
            return b if cls is bytes else bytes.__new__(cls, b)
        f = getattr(t, "__index__", None)
        if f is not None:
            n = f(src)
            return bytes(n) if cls is bytes else bytes.__new__(cls, n)
        done = []
        src = iter(src)
    out = []
    for x in done:
        out.append(_byte_value(x))
    for x in src:
        out.append(_byte_value(x))
    return bytes(out) if cls is bytes else bytes.__new__(cls, out)


def _str_translate(s, table):
    out = []
    for ch in s:
        try:
            v = table[ord(ch)]
        except LookupError:
            out.append(ch)
            continue
        if v is None:
            continue
        if isinstance(v, int):
            if v < 0 or v > 0x10FFFF:
                raise ValueError("character mapping must be in range(0x110000)")
            out.append(chr(v))
        elif isinstance(v, str):
            out.append(v)
        else:
            raise TypeError("character mapping must return integer, None or str")
    return "".join(out)


# ------------------------------------------------------------------ fmt % args

def _pct_unsupported(fmt, c, index):
    if isinstance(fmt, bytes):
        ch = chr(c)
        code = c
    else:
        ch = c
        code = ord(c)
    shown = ch if 31 <= code <= 126 else "?"
    raise ValueError("unsupported format character '" + shown + "' (0x%x) at index %d"
                     % (code, index))


def _pct_convert(is_bytes, c, v):
    # The value the native gets for conversion 'c', and the conversion it formats it with.
    t = type(v)
    if c in "sb" and is_bytes:
        if isinstance(v, bytes):
            return v, "s"
        f = getattr(t, "__bytes__", None)
        if f is None:
            raise TypeError("%b requires a bytes-like object, or an object that implements "
                            "__bytes__, not '" + _tn(v) + "'")
        b = f(v)
        if not isinstance(b, bytes):
            raise TypeError("__bytes__ returned non-bytes (type " + _tn(b) + ")")
        return b, "s"
    if c == "s":
        return str(v), "s"
    if c == "r":
        r = repr(v)
        return (ascii(v).encode("ascii") if is_bytes else r), "s"
    if c == "a":
        r = ascii(v)
        return (r.encode("ascii") if is_bytes else r), "s"
    if c in "diu":
        if isinstance(v, (int, float)):
            return v, c
        if _has(t, "__int__") or _has(t, "__index__"):
            return int(v), c
        raise TypeError("%" + c + " format: a real number is required, not " + _tn(v))
    if c in "oxX":
        if isinstance(v, int):
            return v, c
        f = getattr(t, "__index__", None)
        if f is None:
            raise TypeError("%" + c + " format: an integer is required, not " + _tn(v))
        return f(v), c
    if c in "eEfFgG":
        if isinstance(v, (int, float)):
            return v, c
        if _has(t, "__float__") or _has(t, "__index__"):
            return float(v), c
        raise TypeError("must be real number, not " + _tn(v))
    if c == "c":
        if isinstance(v, (int, str, bytes)):
            return v, c
        f = getattr(t, "__index__", None)
        if f is not None:
            return f(v), c
        if is_bytes:
            raise TypeError("%c requires an integer in range(256) or a single byte")
        raise TypeError("%c requires int or char")
    return None, None


def _str_mod(fmt, args):
    is_bytes = isinstance(fmt, bytes)
    text = fmt.decode("latin-1") if is_bytes else fmt
    if isinstance(args, tuple):
        items = args
        argidx = 0
        arglen = len(args)
    else:
        items = None
        argidx = -2
        arglen = -1
    mapping = None
    if not isinstance(args, (tuple, str)) and not (is_bytes and isinstance(args, bytes)):
        if _has(type(args), "__getitem__"):
            mapping = args
    out = []
    n = len(text)
    i = 0
    while i < n:
        j = text.find("%", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        pos = j + 1
        if pos < n and text[pos] == "%":
            out.append("%")
            i = pos + 1
            continue
        if pos < n and text[pos] == "(":
            if mapping is None:
                raise TypeError("format requires a mapping")
            depth = 1
            k = pos + 1
            while k < n and depth:
                if text[k] == "(":
                    depth += 1
                elif text[k] == ")":
                    depth -= 1
                k += 1
            if depth:
                raise ValueError("incomplete format key")
            key = text[pos + 1:k - 1]
            args = mapping[key.encode("latin-1") if is_bytes else key]
            items = None
            argidx = -2
            arglen = -1
            pos = k
        spec = "%"
        while pos < n and text[pos] in "-+ #0":
            spec += text[pos]
            pos += 1
        for part in (0, 1):
            if part == 1:
                if pos < n and text[pos] == ".":
                    spec += "."
                    pos += 1
                else:
                    break
            if pos < n and text[pos] == "*":
                if argidx >= arglen:
                    raise TypeError("not enough arguments for format string")
                w = args if arglen < 0 else items[argidx]
                argidx += 1
                if not isinstance(w, int):
                    raise TypeError("* wants int")
                spec += str(w)
                pos += 1
            else:
                while pos < n and text[pos] in "0123456789":
                    spec += text[pos]
                    pos += 1
        while pos < n and text[pos] in "hlL":
            pos += 1
        if pos >= n:
            raise ValueError("incomplete format")
        c = text[pos]
        pos += 1
        if argidx >= arglen:
            raise TypeError("not enough arguments for format string")
        v = args if arglen < 0 else items[argidx]
        argidx += 1
        v, conv = _pct_convert(is_bytes, c, v)
        if conv is None:
            _pct_unsupported(fmt, fmt[pos - 1] if is_bytes else c, pos - 1)
        piece = (spec + conv).encode("latin-1") if is_bytes else spec + conv
        r = piece % (v,)
        out.append(r.decode("latin-1") if is_bytes else r)
        i = pos
    if argidx < arglen and mapping is None:
        raise TypeError("not all arguments converted during "
                        + ("bytes" if is_bytes else "string") + " formatting")
    r = "".join(out)
    return r.encode("latin-1") if is_bytes else r


# ------------------------------------------------------------------ str.format

def _field_int(s):
    if not s or not s.isdecimal():
        return -1
    v = int(s)
    if v > 9223372036854775807:
        raise ValueError("Too many decimal digits in format string")
    return v


def _field_object(name, args, mapping, state):
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    idx = _field_int(first)
    empty = i == 0
    if empty or idx != -1:
        if state[0] == 0:
            state[0] = 1 if empty else 2
        if state[0] == 2 and empty:
            raise ValueError("cannot switch from manual field specification to automatic "
                             "field numbering")
        if state[0] == 1 and not empty:
            raise ValueError("cannot switch from automatic field numbering to manual field "
                             "specification")
        if empty:
            idx = state[1]
            state[1] += 1
        if args is None:
            raise ValueError("Format string contains positional fields")
        if idx >= len(args):
            raise IndexError("Replacement index %d out of range for positional args tuple"
                             % idx)
        obj = args[idx]
    else:
        obj = mapping[first]
    while i < n:
        kind = name[i]
        i += 1
        a = i
        if kind == ".":
            while i < n and name[i] not in ".[":
                i += 1
            if i == a:
                raise ValueError("Empty attribute in format string")
            obj = getattr(obj, name[a:i])
        elif kind == "[":
            while i < n and name[i] != "]":
                i += 1
            if i == n:
                raise ValueError("Missing ']' in format string")
            key = name[a:i]
            i += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            k = _field_int(key)
            obj = obj[k if k >= 0 else key]
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return obj


def _vformat_build(s, args, mapping, depth, state):
    if depth <= 0:
        raise ValueError("Max string recursion exceeded")
    out = []
    n = len(s)
    i = 0
    while i < n:
        start = i
        ch = ""
        while i < n:
            ch = s[i]
            i += 1
            if ch == "{" or ch == "}":
                break
            ch = ""
        at_end = i >= n
        lit_end = i
        markup = ch != ""
        if ch == "}" and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and ch == "{":
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[i] == ch:
                i += 1
                markup = False
            else:
                lit_end -= 1
        out.append(s[start:lit_end])
        if not markup:
            continue
        name_start = i
        c2 = ""
        while i < n:
            c2 = s[i]
            i += 1
            if c2 == "{":
                raise ValueError("unexpected '{' in field name")
            if c2 == "[":
                while i < n and s[i] != "]":
                    i += 1
                c2 = ""
                continue
            if c2 in "}:!":
                break
            c2 = ""
        name = s[name_start:(i - 1 if c2 else i)]
        conv = ""
        spec = ""
        expand = False
        done = False
        if c2 == "!" or c2 == ":":
            if c2 == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = s[i]
                i += 1
                if i < n:
                    c3 = s[i]
                    i += 1
                    if c3 == "}":
                        done = True
                    elif c3 != ":":
                        raise ValueError("expected ':' after conversion specifier")
            if not done:
                spec_start = i
                count = 1
                while i < n:
                    c3 = s[i]
                    i += 1
                    if c3 == "{":
                        expand = True
                        count += 1
                    elif c3 == "}":
                        count -= 1
                        if count == 0:
                            spec = s[spec_start:i - 1]
                            done = True
                            break
                if not done:
                    raise ValueError("unmatched '{' in format spec")
        elif c2 != "}":
            raise ValueError("expected '}' before end of string")
        obj = _field_object(name, args, mapping, state)
        if conv:
            if conv == "r":
                obj = repr(obj)
            elif conv == "s":
                obj = str(obj)
            elif conv == "a":
                obj = ascii(obj)
            elif 32 < ord(conv) < 127:
                raise ValueError("Unknown conversion specifier " + conv)
            else:
                raise ValueError("Unknown conversion specifier \\x%x" % ord(conv))
        if expand:
            spec = _vformat_build(spec, args, mapping, depth - 1, state)
        out.append(format(obj, spec))
    return "".join(out)


def _str_vformat(fmt, args, mapping):
    # str.format(*args, **kwargs) as (fmt, args, kwargs); format_map(m) as (fmt, None, m).
    return _vformat_build(fmt, args, mapping, 2, [0, 0])


# ------------------------------------------------------------------ indexing

def _index_value(x):
    if x is None or isinstance(x, int):
        return x
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError("slice indices must be integers or None or have an __index__ method")
    return f(x)


def _str_getitem(s, key):
    # s[key] when the key's __index__ is Python code.
    if isinstance(key, slice):
        return s[slice(_index_value(key.start), _index_value(key.stop), _index_value(key.step))]
    f = getattr(type(key), "__index__", None)
    if f is None:
        raise TypeError("string indices must be integers, not '" + _tn(key) + "'")
    return s[f(key)]
