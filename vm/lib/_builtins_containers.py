# vm/lib/_builtins_containers.py - the Python halves of the container types.
#
# tuple.c, list.c, dict.c, set.c, range.c and iter.c do everything in C until
# they meet code written in Python: a key's __hash__ or __eq__, an item's
# __repr__ or __lt__, a sort key, a user iterator.  Then the operation is done
# here instead, by a function named _<type>_<operation> (the C side calls it
# by that name), with the same algorithm as CPython 3.11's C code so that
# results, iteration order and the order of the Python calls match.  Tables
# are read and written through the natives of this module (_dict_candidates,
# _set_add_absent, ...), which vm/*.c register before this file runs.
#
# Rule: nothing here may hand the same operation back to C in a form that
# could fail the same way, so every path makes progress; items taken from an
# iterator are always consumed here.

_EQ = 0
_NE = 1
_LT = 2
_LE = 3
_GT = 4
_GE = 5
_OP_ADD = 0
_OP_SUB = 1
_OP_MULT = 2
_OP_BITOR = 9
_OP_BITXOR = 10
_OP_BITAND = 11
_CT_MAXSIZE = 9223372036854775807
_CT_MISSING = object()
_ct_dict_keys = type({}.keys())
_ct_dict_values = type({}.values())
_ct_dict_items = type({}.items())


# ------------------------------------------------------------------ shared

def _ct_eq(x, y):
    # PyObject_RichCompareBool(x, y, Py_EQ): identity first.
    if x is y:
        return True
    if x == y:
        return True
    return False


def _ct_cmp(x, y, op):
    if op == _EQ:
        return x == y
    if op == _NE:
        return x != y
    if op == _LT:
        return x < y
    if op == _LE:
        return x <= y
    if op == _GT:
        return x > y
    return x >= y


def _ct_size_cmp(n, m, op):
    if op == _EQ:
        return n == m
    if op == _NE:
        return n != m
    if op == _LT:
        return n < m
    if op == _LE:
        return n <= m
    if op == _GT:
        return n > m
    return n >= m


def _ct_index(x):
    # operator.index(x)
    if isinstance(x, int):
        return x
    f = getattr(type(x), '__index__', None)
    if f is None:
        raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")
    r = f(x)
    if not isinstance(r, int):
        raise TypeError("__index__ returned non-int (type " + type(r).__name__ + ")")
    return r


def _ct_slice_index(x):
    if x is None:
        return None
    if isinstance(x, int) or getattr(type(x), '__index__', None) is not None:
        return _ct_index(x)
    raise TypeError("slice indices must be integers or None or have an __index__ method")


def _ct_plain_slice(s):
    # The slice with its indices as ints (for the C side to take from here).
    return slice(_ct_slice_index(s.start), _ct_slice_index(s.stop), _ct_slice_index(s.step))


def _ct_bound(x, n):
    # A start/stop argument of index(): negative from the end, then clamped.
    if not isinstance(x, int) and getattr(type(x), '__index__', None) is None:
        raise TypeError("slice indices must be integers or have an __index__ method")
    x = _ct_index(x)
    if x < 0:
        x += n
        if x < 0:
            x = 0
    return x


def _ct_listed(it):
    out = []
    for x in it:
        out.append(x)
    return out


# ------------------------------------------------------------------ reprs

def _ct_seq_repr(items, open_, close_):
    parts = []
    for x in items:
        parts.append(repr(x))
    return open_ + ', '.join(parts) + close_


def _list_repr(l):
    if list.__len__(l) == 0:
        return '[]'
    if _repr_enter(l):
        return '[...]'
    try:
        parts = []
        i = 0
        while i < list.__len__(l):
            parts.append(repr(list.__getitem__(l, i)))
            i += 1
        return '[' + ', '.join(parts) + ']'
    finally:
        _repr_leave(l)


def _tuple_repr(t):
    n = tuple.__len__(t)
    if n == 0:
        return '()'
    if _repr_enter(t):
        return '(...)'
    try:
        parts = []
        i = 0
        while i < n:
            parts.append(repr(tuple.__getitem__(t, i)))
            i += 1
        if n == 1:
            return '(' + parts[0] + ',)'
        return '(' + ', '.join(parts) + ')'
    finally:
        _repr_leave(t)


def _dict_repr(d):
    if dict.__len__(d) == 0:
        return '{}'
    if _repr_enter(d):
        return '{...}'
    try:
        parts = []
        for e in _dict_entries(d):
            parts.append(repr(e[0]) + ': ' + repr(e[1]))
        return '{' + ', '.join(parts) + '}'
    finally:
        _repr_leave(d)


def _set_repr(s):
    t = type(s)
    name = t.__name__
    if _repr_enter(s):
        return name + '(...)'
    try:
        if _set_info(s)[1] == 0:
            return name + '()'
        parts = []
        for e in _set_entries(s):
            parts.append(repr(e[0]))
        body = '{' + ', '.join(parts) + '}'
        if t is set:
            return body
        return name + '(' + body + ')'
    finally:
        _repr_leave(s)


def _ct_view_repr(v):
    if _repr_enter(v):
        return '...'
    try:
        return type(v).__name__ + '(' + repr(_ct_listed(v)) + ')'
    finally:
        _repr_leave(v)


def _dict_keys_repr(v):
    return _ct_view_repr(v)


def _dict_values_repr(v):
    return _ct_view_repr(v)


def _dict_items_repr(v):
    return _ct_view_repr(v)


def _slice_repr(s):
    return 'slice(' + repr(s.start) + ', ' + repr(s.stop) + ', ' + repr(s.step) + ')'


# ------------------------------------------------------------------ tuple

def _tuple_hash(t):
    lanes = []
    for x in t:
        lanes.append(hash(x))
    return _tuple_hash_lanes(lanes)


def _ct_seq_richcompare(a, b, op, getlen, getitem, shortcut):
    if shortcut and (op == _EQ or op == _NE) and getlen(a) != getlen(b):
        return op == _NE
    i = 0
    while i < getlen(a) and i < getlen(b):
        if not _ct_eq(getitem(a, i), getitem(b, i)):
            break
        i += 1
    n = getlen(a)
    m = getlen(b)
    if i >= n or i >= m:
        return _ct_size_cmp(n, m, op)
    if op == _EQ:
        return False
    if op == _NE:
        return True
    return _ct_cmp(getitem(a, i), getitem(b, i), op)


def _tuple_richcompare(a, b, op):
    if not isinstance(b, tuple):
        return NotImplemented
    return _ct_seq_richcompare(a, b, op, tuple.__len__, tuple.__getitem__, False)


def _tuple_getitem(t, key):
    if isinstance(key, slice):
        return tuple.__getitem__(t, _ct_plain_slice(key))
    return tuple.__getitem__(t, _ct_index(key))


def _tuple_contains(t, x):
    for y in tuple.__iter__(t):
        if _ct_eq(y, x):
            return True
    return False


def _tuple_binop(t, other, op, reflected, inplace):
    if op == _OP_MULT:
        return tuple.__mul__(t, _ct_index(other))
    return NotImplemented


def _tuple_new(cls, it):
    return tuple.__new__(cls, _ct_listed(it))


def _tuple_index(t, x, start=0, stop=_CT_MAXSIZE):
    n = tuple.__len__(t)
    i = _ct_bound(start, n)
    stop = _ct_bound(stop, n)
    while i < stop and i < n:
        if _ct_eq(tuple.__getitem__(t, i), x):
            return i
        i += 1
    raise ValueError("tuple.index(x): x not in tuple")


def _tuple_count(t, x):
    c = 0
    for y in tuple.__iter__(t):
        if _ct_eq(y, x):
            c += 1
    return c


# ------------------------------------------------------------------ list

def _list_richcompare(a, b, op):
    if not isinstance(b, list):
        return NotImplemented
    return _ct_seq_richcompare(a, b, op, list.__len__, list.__getitem__, True)


def _list_getitem(l, key):
    if isinstance(key, slice):
        return list.__getitem__(l, _ct_plain_slice(key))
    return list.__getitem__(l, _ct_index(key))


def _list_setitem(l, key, value):
    if isinstance(key, slice):
        key = _ct_plain_slice(key)
        if type(value) is not list and type(value) is not tuple:
            if key.step is None or key.step == 1:
                msg = "can only assign an iterable"
            else:
                msg = "must assign iterable to extended slice"
            try:
                it = iter(value)
            except TypeError:
                it = None
            if it is None:
                raise TypeError(msg)
            value = _ct_listed(it)
        list.__setitem__(l, key, value)
        return None
    list.__setitem__(l, _ct_index(key), value)
    return None


def _list_delitem(l, key):
    if isinstance(key, slice):
        list.__delitem__(l, _ct_plain_slice(key))
        return None
    list.__delitem__(l, _ct_index(key))
    return None


def _list_contains(l, x):
    i = 0
    while i < list.__len__(l):
        if _ct_eq(list.__getitem__(l, i), x):
            return True
        i += 1
    return False


def _list_binop(l, other, op, reflected, inplace):
    if op == _OP_ADD and inplace:
        _list_extend_from(l, other)
        return l
    if op == _OP_MULT:
        n = _ct_index(other)
        if inplace:
            return list.__imul__(l, n)
        return list.__mul__(l, n)
    return NotImplemented


def _list_extend_from(l, it):
    for x in it:
        list.append(l, x)
    return None


def _list_insert(l, i, x):
    list.insert(l, _ct_index(i), x)
    return None


def _list_pop(l, i=-1):
    return list.pop(l, _ct_index(i))


def _list_remove(l, x):
    i = 0
    while i < list.__len__(l):
        if _ct_eq(list.__getitem__(l, i), x):
            list.__delitem__(l, i)
            return None
        i += 1
    raise ValueError("list.remove(x): x not in list")


def _list_index(l, x, start=0, stop=_CT_MAXSIZE):
    n = list.__len__(l)
    i = _ct_bound(start, n)
    stop = _ct_bound(stop, n)
    while i < stop and i < list.__len__(l):
        if _ct_eq(list.__getitem__(l, i), x):
            return i
        i += 1
    raise ValueError(repr(x) + " is not in list")


def _list_count(l, x):
    c = 0
    i = 0
    while i < list.__len__(l):
        if _ct_eq(list.__getitem__(l, i), x):
            c += 1
        i += 1
    return c


def _list_sort(l, key=None, reverse=False):
    # CPython's list.sort: the list is empty while keys are computed and items
    # compared; keys come first, all of them; a change to the list meanwhile
    # is lost and reported.
    reverse = _ct_index(reverse) != 0
    items = _list_take_items(l)
    keys = None
    try:
        if key is not None:
            keys = []
            for x in items:
                keys.append(key(x))
        if not _sort_by_keys(items, keys, reverse):
            if keys is None:
                _ct_timsort(items, None, reverse)
            else:
                _ct_timsort(keys, items, reverse)
    finally:
        modified = _list_restore_items(l, items)
    if modified:
        raise ValueError("list modified during sort")
    return None


# ------------------------------------------------------------------ timsort
# A transcription of list.c's timsort (itself CPython 3.11's) for keys whose
# comparisons are Python code: the same comparisons in the same order.

_CT_MIN_GALLOP = 7


def _ct_count_run(k, lo, hi):
    lo += 1
    if lo == hi:
        return 1, False
    n = 2
    if k[lo] < k[lo - 1]:
        lo += 1
        while lo < hi:
            if k[lo] < k[lo - 1]:
                lo += 1
                n += 1
            else:
                break
        return n, True
    lo += 1
    while lo < hi:
        if k[lo] < k[lo - 1]:
            break
        lo += 1
        n += 1
    return n, False


def _ct_reverse(a, lo, hi):
    if a is not None:
        a[lo:hi] = a[lo:hi][::-1]


def _ct_binarysort(k, v, lo, hi, start):
    if lo == start:
        start += 1
    while start < hi:
        l = lo
        r = start
        pivot = k[r]
        while True:
            p = l + ((r - l) >> 1)
            if pivot < k[p]:
                r = p
            else:
                l = p + 1
            if l >= r:
                break
        k[l + 1:start + 1] = k[l:start]
        k[l] = pivot
        if v is not None:
            vp = v[start]
            v[l + 1:start + 1] = v[l:start]
            v[l] = vp
        start += 1


def _ct_gallop_left(key, a, base, n, hint):
    lastofs = 0
    ofs = 1
    if a[base + hint] < key:
        maxofs = n - hint
        while ofs < maxofs:
            if a[base + hint + ofs] < key:
                lastofs = ofs
                ofs = (ofs << 1) + 1
            else:
                break
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    else:
        maxofs = hint + 1
        while ofs < maxofs:
            if a[base + hint - ofs] < key:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        t = lastofs
        lastofs = hint - ofs
        ofs = hint - t
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        if a[base + m] < key:
            lastofs = m + 1
        else:
            ofs = m
    return ofs


def _ct_gallop_right(key, a, base, n, hint):
    lastofs = 0
    ofs = 1
    if key < a[base + hint]:
        maxofs = hint + 1
        while ofs < maxofs:
            if key < a[base + hint - ofs]:
                lastofs = ofs
                ofs = (ofs << 1) + 1
            else:
                break
        if ofs > maxofs:
            ofs = maxofs
        t = lastofs
        lastofs = hint - ofs
        ofs = hint - t
    else:
        maxofs = n - hint
        while ofs < maxofs:
            if key < a[base + hint + ofs]:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        if key < a[base + m]:
            ofs = m
        else:
            lastofs = m + 1
    return ofs


class _CtMergeState:
    def __init__(self, keys, vals, n):
        self.keys = keys
        self.vals = vals
        self.min_gallop = _CT_MIN_GALLOP
        self.listlen = n
        self.pending = []  # [base, length, power]


def _ct_merge_lo(ms, a0, na, b0, nb):
    k = ms.keys
    v = ms.vals
    ta = k[a0:a0 + na]
    tv = None if v is None else v[a0:a0 + na]
    dest = a0
    pa = 0
    pb = b0
    k[dest] = k[pb]
    if v is not None:
        v[dest] = v[pb]
    dest += 1
    pb += 1
    nb -= 1
    try:
        if nb == 0:
            return
        if na == 1:
            k[dest:dest + nb] = k[pb:pb + nb]
            k[dest + nb] = ta[pa]
            if v is not None:
                v[dest:dest + nb] = v[pb:pb + nb]
                v[dest + nb] = tv[pa]
            na = 0
            return
        min_gallop = ms.min_gallop
        while True:
            acount = 0
            bcount = 0
            while True:
                if k[pb] < ta[pa]:
                    k[dest] = k[pb]
                    if v is not None:
                        v[dest] = v[pb]
                    dest += 1
                    pb += 1
                    bcount += 1
                    acount = 0
                    nb -= 1
                    if nb == 0:
                        return
                    if bcount >= min_gallop:
                        break
                else:
                    k[dest] = ta[pa]
                    if v is not None:
                        v[dest] = tv[pa]
                    dest += 1
                    pa += 1
                    acount += 1
                    bcount = 0
                    na -= 1
                    if na == 1:
                        k[dest:dest + nb] = k[pb:pb + nb]
                        k[dest + nb] = ta[pa]
                        if v is not None:
                            v[dest:dest + nb] = v[pb:pb + nb]
                            v[dest + nb] = tv[pa]
                        na = 0
                        return
                    if acount >= min_gallop:
                        break
            min_gallop += 1
            while True:
                if min_gallop > 1:
                    min_gallop -= 1
                ms.min_gallop = min_gallop
                c = _ct_gallop_right(k[pb], ta, pa, na, 0)
                acount = c
                if c:
                    k[dest:dest + c] = ta[pa:pa + c]
                    if v is not None:
                        v[dest:dest + c] = tv[pa:pa + c]
                    dest += c
                    pa += c
                    na -= c
                    if na == 1:
                        k[dest:dest + nb] = k[pb:pb + nb]
                        k[dest + nb] = ta[pa]
                        if v is not None:
                            v[dest:dest + nb] = v[pb:pb + nb]
                            v[dest + nb] = tv[pa]
                        na = 0
                        return
                    if na == 0:
                        return
                k[dest] = k[pb]
                if v is not None:
                    v[dest] = v[pb]
                dest += 1
                pb += 1
                nb -= 1
                if nb == 0:
                    return
                c = _ct_gallop_left(ta[pa], k, pb, nb, 0)
                bcount = c
                if c:
                    k[dest:dest + c] = k[pb:pb + c]
                    if v is not None:
                        v[dest:dest + c] = v[pb:pb + c]
                    dest += c
                    pb += c
                    nb -= c
                    if nb == 0:
                        return
                k[dest] = ta[pa]
                if v is not None:
                    v[dest] = tv[pa]
                dest += 1
                pa += 1
                na -= 1
                if na == 1:
                    k[dest:dest + nb] = k[pb:pb + nb]
                    k[dest + nb] = ta[pa]
                    if v is not None:
                        v[dest:dest + nb] = v[pb:pb + nb]
                        v[dest + nb] = tv[pa]
                    na = 0
                    return
                if acount < _CT_MIN_GALLOP and bcount < _CT_MIN_GALLOP:
                    break
            min_gallop += 1
            ms.min_gallop = min_gallop
    finally:
        if na:
            k[dest:dest + na] = ta[pa:pa + na]
            if v is not None:
                v[dest:dest + na] = tv[pa:pa + na]


def _ct_merge_hi(ms, a0, na, b0, nb):
    k = ms.keys
    v = ms.vals
    tb = k[b0:b0 + nb]
    tv = None if v is None else v[b0:b0 + nb]
    dest = b0 + nb - 1
    pb = nb - 1
    pa = a0 + na - 1
    k[dest] = k[pa]
    if v is not None:
        v[dest] = v[pa]
    dest -= 1
    pa -= 1
    na -= 1
    try:
        if na == 0:
            return
        if nb == 1:
            dest -= na
            pa -= na
            k[dest + 1:dest + 1 + na] = k[pa + 1:pa + 1 + na]
            k[dest] = tb[pb]
            if v is not None:
                v[dest + 1:dest + 1 + na] = v[pa + 1:pa + 1 + na]
                v[dest] = tv[pb]
            nb = 0
            return
        min_gallop = ms.min_gallop
        while True:
            acount = 0
            bcount = 0
            while True:
                if tb[pb] < k[pa]:
                    k[dest] = k[pa]
                    if v is not None:
                        v[dest] = v[pa]
                    dest -= 1
                    pa -= 1
                    acount += 1
                    bcount = 0
                    na -= 1
                    if na == 0:
                        return
                    if acount >= min_gallop:
                        break
                else:
                    k[dest] = tb[pb]
                    if v is not None:
                        v[dest] = tv[pb]
                    dest -= 1
                    pb -= 1
                    bcount += 1
                    acount = 0
                    nb -= 1
                    if nb == 1:
                        dest -= na
                        pa -= na
                        k[dest + 1:dest + 1 + na] = k[pa + 1:pa + 1 + na]
                        k[dest] = tb[pb]
                        if v is not None:
                            v[dest + 1:dest + 1 + na] = v[pa + 1:pa + 1 + na]
                            v[dest] = tv[pb]
                        nb = 0
                        return
                    if bcount >= min_gallop:
                        break
            min_gallop += 1
            while True:
                if min_gallop > 1:
                    min_gallop -= 1
                ms.min_gallop = min_gallop
                c = na - _ct_gallop_right(tb[pb], k, a0, na, na - 1)
                acount = c
                if c:
                    dest -= c
                    pa -= c
                    k[dest + 1:dest + 1 + c] = k[pa + 1:pa + 1 + c]
                    if v is not None:
                        v[dest + 1:dest + 1 + c] = v[pa + 1:pa + 1 + c]
                    na -= c
                    if na == 0:
                        return
                k[dest] = tb[pb]
                if v is not None:
                    v[dest] = tv[pb]
                dest -= 1
                pb -= 1
                nb -= 1
                if nb == 1:
                    dest -= na
                    pa -= na
                    k[dest + 1:dest + 1 + na] = k[pa + 1:pa + 1 + na]
                    k[dest] = tb[pb]
                    if v is not None:
                        v[dest + 1:dest + 1 + na] = v[pa + 1:pa + 1 + na]
                        v[dest] = tv[pb]
                    nb = 0
                    return
                c = nb - _ct_gallop_left(k[pa], tb, 0, nb, nb - 1)
                bcount = c
                if c:
                    dest -= c
                    pb -= c
                    k[dest + 1:dest + 1 + c] = tb[pb + 1:pb + 1 + c]
                    if v is not None:
                        v[dest + 1:dest + 1 + c] = tv[pb + 1:pb + 1 + c]
                    nb -= c
                    if nb == 1:
                        dest -= na
                        pa -= na
                        k[dest + 1:dest + 1 + na] = k[pa + 1:pa + 1 + na]
                        k[dest] = tb[pb]
                        if v is not None:
                            v[dest + 1:dest + 1 + na] = v[pa + 1:pa + 1 + na]
                            v[dest] = tv[pb]
                        nb = 0
                        return
                    if nb == 0:
                        return
                k[dest] = k[pa]
                if v is not None:
                    v[dest] = v[pa]
                dest -= 1
                pa -= 1
                na -= 1
                if na == 0:
                    return
                if acount < _CT_MIN_GALLOP and bcount < _CT_MIN_GALLOP:
                    break
            min_gallop += 1
            ms.min_gallop = min_gallop
    finally:
        if nb:
            k[dest - (nb - 1):dest + 1] = tb[0:nb]
            if v is not None:
                v[dest - (nb - 1):dest + 1] = tv[0:nb]


def _ct_merge_at(ms, i):
    p = ms.pending
    a0 = p[i][0]
    na = p[i][1]
    b0 = p[i + 1][0]
    nb = p[i + 1][1]
    p[i][1] = na + nb
    del p[i + 1]
    k = ms.keys
    c = _ct_gallop_right(k[b0], k, a0, na, 0)
    a0 += c
    na -= c
    if na == 0:
        return
    nb = _ct_gallop_left(k[a0 + na - 1], k, b0, nb, nb - 1)
    if nb <= 0:
        return
    if na <= nb:
        _ct_merge_lo(ms, a0, na, b0, nb)
    else:
        _ct_merge_hi(ms, a0, na, b0, nb)


def _ct_powerloop(s1, n1, n2, n):
    result = 0
    a = 2 * s1 + n1
    b = a + n1 + n2
    while True:
        result += 1
        if a >= n:
            a -= n
            b -= n
        elif b >= n:
            break
        a <<= 1
        b <<= 1
    return result


def _ct_found_new_run(ms, n2):
    p = ms.pending
    if p:
        s1 = p[-1][0]
        n1 = p[-1][1]
        power = _ct_powerloop(s1, n1, n2, ms.listlen)
        while len(p) > 1 and p[-2][2] > power:
            _ct_merge_at(ms, len(p) - 2)
        p[-1][2] = power


def _ct_force_collapse(ms):
    p = ms.pending
    while len(p) > 1:
        n = len(p) - 2
        if n > 0 and p[n - 1][1] < p[n + 1][1]:
            n -= 1
        _ct_merge_at(ms, n)


def _ct_timsort(keys, vals, reverse):
    n = len(keys)
    if n < 2:
        return None
    if reverse:
        _ct_reverse(keys, 0, n)
        _ct_reverse(vals, 0, n)
    try:
        ms = _CtMergeState(keys, vals, n)
        minrun = n
        r = 0
        while minrun >= 64:
            r |= minrun & 1
            minrun >>= 1
        minrun += r
        lo = 0
        remaining = n
        while remaining:
            run, descending = _ct_count_run(keys, lo, lo + remaining)
            if descending:
                _ct_reverse(keys, lo, lo + run)
                _ct_reverse(vals, lo, lo + run)
            if run < minrun:
                force = remaining if remaining <= minrun else minrun
                _ct_binarysort(keys, vals, lo, lo + force, lo + run)
                run = force
            _ct_found_new_run(ms, run)
            ms.pending.append([lo, run, 0])
            lo += run
            remaining -= run
        _ct_force_collapse(ms)
    finally:
        if reverse:
            _ct_reverse(keys, 0, n)
            _ct_reverse(vals, 0, n)
    return None


# ------------------------------------------------------------------ dict

def _ct_dict_find(d, key, h):
    # The entry holding key (hash h), or -1; restarts when an __eq__ changed d.
    while True:
        ver = _dict_version(d)
        again = False
        for i in _dict_candidates(d, h):
            k = _dict_key_at(d, i)
            if k is key:
                return i
            eq = k == key
            if _dict_version(d) != ver:
                again = True
                break
            if eq:
                return i
        if not again:
            return -1


def _ct_dict_store(d, key, h, value):
    i = _ct_dict_find(d, key, h)
    if i >= 0:
        _dict_set_value_at(d, i, value)
    else:
        _dict_insert_new(d, key, h, value)


def _dict_getitem(d, key):
    i = _ct_dict_find(d, key, hash(key))
    if i >= 0:
        return _dict_value_at(d, i)
    t = type(d)
    if t is not dict:
        missing = getattr(t, '__missing__', None)
        if missing is not None:
            return missing(d, key)
    raise KeyError(key)


def _dict_setitem(d, key, value):
    _ct_dict_store(d, key, hash(key), value)
    return None


def _dict_delitem(d, key):
    i = _ct_dict_find(d, key, hash(key))
    if i < 0:
        raise KeyError(key)
    _dict_delete_at(d, i)
    return None


def _dict_contains(d, key):
    return _ct_dict_find(d, key, hash(key)) >= 0


def _dict_get(d, key, default=None):
    i = _ct_dict_find(d, key, hash(key))
    if i >= 0:
        return _dict_value_at(d, i)
    return default


def _dict_setdefault(d, key, default=None):
    h = hash(key)
    i = _ct_dict_find(d, key, h)
    if i >= 0:
        return _dict_value_at(d, i)
    _dict_insert_new(d, key, h, default)
    return default


def _dict_pop(d, key, *default):
    i = _ct_dict_find(d, key, hash(key))
    if i >= 0:
        return _dict_delete_at(d, i)
    if default:
        return default[0]
    raise KeyError(key)


def _ct_dict_update_arg(d, other):
    # dict_update_arg: a dict, anything with keys(), or an iterable of pairs.
    if type(other) is dict or (isinstance(other, dict) and
                               getattr(type(other), '__iter__') is dict.__iter__):
        for e in _dict_entries(other):
            _ct_dict_store(d, e[0], e[2], e[1])
        return None
    if getattr(other, 'keys', _CT_MISSING) is not _CT_MISSING:
        for k in other.keys():
            _dict_setitem(d, k, other[k])
        return None
    n = 0
    for item in other:
        pair = None
        if type(item) is tuple or type(item) is list:
            pair = item
        else:
            try:
                it = iter(item)
            except TypeError:
                it = None
            if it is None:
                raise TypeError("cannot convert dictionary update sequence element #" + str(n) +
                                " to a sequence")
            pair = _ct_listed(it)
        if len(pair) != 2:
            raise ValueError("dictionary update sequence element #" + str(n) + " has length " +
                             str(len(pair)) + "; 2 is required")
        _dict_setitem(d, pair[0], pair[1])
        n += 1
    return None


def _dict_update_from(d, other, kwargs):
    if other is not None:
        _ct_dict_update_arg(d, other)
    if kwargs:
        for e in _dict_entries(kwargs):
            _ct_dict_store(d, e[0], e[2], e[1])
    return None


def _dict_ior(d, other):
    _ct_dict_update_arg(d, other)
    return d


def _dict_fromkeys(cls, iterable, value=None):
    d = cls()
    if type(d) is dict:
        return _dict_fromkeys_into(d, iterable, value)
    for key in iterable:
        d[key] = value
    return d


def _dict_fromkeys_into(d, iterable, value):
    for key in iterable:
        _dict_setitem(d, key, value)
    return d


def _ct_dict_equal(a, b):
    if dict.__len__(a) != dict.__len__(b):
        return False
    for e in _dict_entries(a):
        i = _ct_dict_find(b, e[0], e[2])
        if i < 0:
            return False
        if not _ct_eq(e[1], _dict_value_at(b, i)):
            return False
    return True


def _dict_richcompare(a, b, op):
    if not isinstance(b, dict) or (op != _EQ and op != _NE):
        return NotImplemented
    r = _ct_dict_equal(a, b)
    return r if op == _EQ else not r


def _dict_binop(d, other, op, reflected, inplace):
    if op != _OP_BITOR:
        return NotImplemented
    if inplace:
        _ct_dict_update_arg(d, other)
        return d
    if not isinstance(other, dict):
        return NotImplemented
    if reflected:
        new = dict.copy(other)
        _ct_dict_update_arg(new, d)
    else:
        new = dict.copy(d)
        _ct_dict_update_arg(new, other)
    return new


# ------------------------------------------------------------------ dict views

def _ct_view_to_set(x):
    if type(x) is _ct_dict_keys:
        d = _dictview_dict(x)
        if type(d) is dict:
            return set(d)
    return set(x)


def _ct_is_setview(x):
    return type(x) is _ct_dict_keys or type(x) is _ct_dict_items


def _dict_keys_contains(v, x):
    return _dict_contains(_dictview_dict(v), x)


def _dict_items_contains(v, x):
    if not isinstance(x, tuple) or len(x) != 2:
        return False
    d = _dictview_dict(v)
    i = _ct_dict_find(d, x[0], hash(x[0]))
    if i < 0:
        return False
    return _ct_eq(_dict_value_at(d, i), x[1])


def _dict_values_contains(v, x):
    for y in v:
        if _ct_eq(y, x):
            return True
    return False


def _ct_all_contained_in(a, b):
    for x in a:
        if x not in b:
            return False
    return True


def _ct_view_richcompare(v, other, op):
    if not isinstance(other, (set, frozenset)) and not _ct_is_setview(other):
        return NotImplemented
    n = len(v)
    m = len(other)
    if op == _EQ or op == _NE:
        ok = n == m and _ct_all_contained_in(v, other)
        return ok if op == _EQ else not ok
    if op == _LT:
        return n < m and _ct_all_contained_in(v, other)
    if op == _LE:
        return n <= m and _ct_all_contained_in(v, other)
    if op == _GT:
        return n > m and _ct_all_contained_in(other, v)
    return n >= m and _ct_all_contained_in(other, v)


def _dict_keys_richcompare(v, other, op):
    return _ct_view_richcompare(v, other, op)


def _dict_items_richcompare(v, other, op):
    return _ct_view_richcompare(v, other, op)


def _ct_view_intersect(a, b):
    # _PyDictView_Intersect: a may be either operand.
    if not _ct_is_setview(a):
        a, b = b, a
    if type(b) is set and len(a) <= len(b):
        return b.intersection(a)
    if _ct_is_setview(b) and len(b) > len(a):
        a, b = b, a
    result = set()
    for x in b:
        if x in a:
            result.add(x)
    return result


def _ct_items_xor(a, b):
    d1 = _dictview_dict(a)
    d2 = _dictview_dict(b)
    temp = dict.copy(d1)
    result = set()
    for e in _dict_entries(d2):
        key = e[0]
        val2 = e[1]
        i = _ct_dict_find(temp, key, e[2])
        if i >= 0 and _ct_eq(_dict_value_at(temp, i), val2):
            j = _ct_dict_find(temp, key, e[2])
            if j >= 0:
                _dict_delete_at(temp, j)
        else:
            result.add((key, val2))
    result.update(temp.items())
    return result


def _ct_view_binop(v, other, op, reflected, inplace):
    left = other if reflected else v
    right = v if reflected else other
    if op == _OP_BITOR:
        r = _ct_view_to_set(left)
        r.update(right)
        return r
    if op == _OP_BITAND:
        return _ct_view_intersect(left, right)
    if op == _OP_SUB:
        r = _ct_view_to_set(left)
        r.difference_update(right)
        return r
    if op == _OP_BITXOR:
        if type(left) is _ct_dict_items and type(right) is _ct_dict_items:
            return _ct_items_xor(left, right)
        r = _ct_view_to_set(left)
        r.symmetric_difference_update(right)
        return r
    return NotImplemented


def _dict_keys_binop(v, other, op, reflected, inplace):
    return _ct_view_binop(v, other, op, reflected, inplace)


def _dict_items_binop(v, other, op, reflected, inplace):
    return _ct_view_binop(v, other, op, reflected, inplace)


def _dictview_isdisjoint(v, other):
    if v is other:
        return len(v) == 0
    a = v
    b = other
    if isinstance(b, (set, frozenset)) or _ct_is_setview(b):
        if len(b) > len(a):
            a, b = b, a
    for x in b:
        if x in a:
            return False
    return True


# ------------------------------------------------------------------ set
# Transcriptions of set.c (CPython's setobject.c) for keys whose hash or
# equality is Python code.  Tables are reached through the _set_* natives.

def _ct_key_hash(key):
    # hash(key), where an unhashable set counts as frozenset(key).
    if isinstance(key, set):
        try:
            return key, hash(key)
        except TypeError:
            fk = frozenset(key)
            return fk, hash(fk)
    return key, hash(key)


def _ct_set_len(s):
    return _set_info(s)[1]


def _ct_set_lookup(s, key, h):
    while True:
        again = False
        for i in _set_candidates(s, h):
            k = _set_key_at(s, i)
            if k is key:
                return i
            eq = k == key
            if _set_key_at(s, i) is not k:
                again = True
                break
            if eq:
                return i
        if not again:
            return -1


def _ct_set_add(s, key, h):
    if _ct_set_lookup(s, key, h) < 0:
        _set_add_absent(s, key, h)


def _ct_set_discard(s, key, h):
    i = _ct_set_lookup(s, key, h)
    if i < 0:
        return False
    _set_discard_at(s, i)
    return True


def _ct_set_merge(so, other):
    if other is so:
        return None
    oused = _set_info(other)[1]
    if oused == 0:
        return None
    info = _set_info(so)
    if info[0] == 0:
        _set_merge_empty(so, other)
        return None
    if (info[0] + oused) * 5 >= info[2] * 3:
        _set_resize(so, (info[1] + oused) * 2)
    for e in _set_entries(other):
        _ct_set_add(so, e[0], e[1])
    return None


def _ct_set_update(so, other):
    # set_update_internal
    if isinstance(other, (set, frozenset)):
        return _ct_set_merge(so, other)
    if type(other) is dict:
        n = dict.__len__(other)
        info = _set_info(so)
        if (info[0] + n) * 5 >= info[2] * 3:
            _set_resize(so, (info[1] + n) * 2)
        for e in _dict_entries(other):
            _ct_set_add(so, e[0], e[2])
        return None
    for key in other:
        _ct_set_add(so, key, hash(key))
    return None


def _ct_set_copy(so):
    r = _set_new_like(so)
    _ct_set_merge(r, so)
    return r


def _ct_set_intersection(so, other):
    if other is so:
        return _ct_set_copy(so)
    result = _set_new_like(so)
    if isinstance(other, (set, frozenset)):
        a = so
        b = other
        if _ct_set_len(b) > _ct_set_len(a):
            a, b = b, a
        for e in _set_entries(b):
            if _ct_set_lookup(a, e[0], e[1]) >= 0:
                _ct_set_add(result, e[0], e[1])
        return result
    for key in other:
        h = hash(key)
        if _ct_set_lookup(so, key, h) >= 0:
            _ct_set_add(result, key, h)
            if _ct_set_len(result) >= _ct_set_len(so):
                break
    return result


def _ct_set_difference_update(so, other):
    if other is so:
        _set_clear(so)
        return None
    if isinstance(other, (set, frozenset)):
        if (_ct_set_len(other) >> 3) > _ct_set_len(so):
            other = _ct_set_intersection(so, other)
        for e in _set_entries(other):
            _ct_set_discard(so, e[0], e[1])
    else:
        for key in other:
            key, h = _ct_key_hash(key)
            _ct_set_discard(so, key, h)
    info = _set_info(so)
    if info[0] - info[1] > (info[2] >> 2):
        used = info[1]
        _set_resize(so, used * 2 if used > 50000 else used * 4)
    return None


def _ct_set_difference(so, other):
    if isinstance(other, (set, frozenset)):
        other_size = _ct_set_len(other)
    elif type(other) is dict:
        other_size = dict.__len__(other)
    else:
        r = _ct_set_copy(so)
        _ct_set_difference_update(r, other)
        return r
    if (_ct_set_len(so) >> 2) > other_size:
        r = _ct_set_copy(so)
        _ct_set_difference_update(r, other)
        return r
    result = _set_new_like(so)
    for e in _set_entries(so):
        if type(other) is dict:
            present = _ct_dict_find(other, e[0], e[1]) >= 0
        else:
            present = _ct_set_lookup(other, e[0], e[1]) >= 0
        if not present:
            _ct_set_add(result, e[0], e[1])
    return result


def _ct_set_symdiff_update(so, other):
    if other is so:
        _set_clear(so)
        return None
    if type(other) is dict:
        for e in _dict_entries(other):
            if not _ct_set_discard(so, e[0], e[2]):
                _ct_set_add(so, e[0], e[2])
        return None
    if isinstance(other, (set, frozenset)):
        otherset = other
    else:
        otherset = _set_new_like(so)
        _ct_set_update(otherset, other)
    for e in _set_entries(otherset):
        if not _ct_set_discard(so, e[0], e[1]):
            _ct_set_add(so, e[0], e[1])
    return None


def _ct_set_symdiff(so, other):
    otherset = _set_new_like(so)
    _ct_set_update(otherset, other)
    _ct_set_symdiff_update(otherset, so)
    return otherset


def _ct_set_issubset(so, other):
    if not isinstance(other, (set, frozenset)):
        tmp = _ct_set_intersection(so, other)
        return _ct_set_len(tmp) == _ct_set_len(so)
    if _ct_set_len(so) > _ct_set_len(other):
        return False
    for e in _set_entries(so):
        if _ct_set_lookup(other, e[0], e[1]) < 0:
            return False
    return True


def _ct_set_issuperset(so, other):
    if isinstance(other, (set, frozenset)):
        return _ct_set_issubset(other, so)
    for key in other:
        if _ct_set_lookup(so, key, hash(key)) < 0:
            return False
    return True


def _ct_set_isdisjoint(so, other):
    if other is so:
        return _ct_set_len(so) == 0
    if type(other) is set or type(other) is frozenset:
        a = so
        b = other
        if _ct_set_len(b) > _ct_set_len(a):
            a, b = b, a
        for e in _set_entries(b):
            if _ct_set_lookup(a, e[0], e[1]) >= 0:
                return False
        return True
    for key in other:
        if _ct_set_lookup(so, key, hash(key)) >= 0:
            return False
    return True


def _set_contains(s, key):
    key, h = _ct_key_hash(key)
    return _ct_set_lookup(s, key, h) >= 0


def _set_add_one(s, key):
    _ct_set_add(s, key, hash(key))
    return None


def _set_remove(s, key):
    k, h = _ct_key_hash(key)
    if not _ct_set_discard(s, k, h):
        raise KeyError(key)
    return None


def _set_discard(s, key):
    key, h = _ct_key_hash(key)
    _ct_set_discard(s, key, h)
    return None


def _set_init(s, iterable):
    _set_clear(s)
    _ct_set_update(s, iterable)
    return None


def _frozenset_new(cls, iterable):
    s = frozenset.__new__(cls)
    _ct_set_update(s, iterable)
    return s


def _set_update_many(s, others):
    for other in others:
        _ct_set_update(s, other)
    return None


def _set_union(s, others):
    result = _ct_set_copy(s)
    for other in others:
        if other is not s:
            _ct_set_update(result, other)
    return result


def _set_intersection(s, others):
    if not others:
        return _ct_set_copy(s)
    result = s
    for other in others:
        result = _ct_set_intersection(result, other)
    return result


def _set_intersection_update(s, others):
    _set_swap_bodies(s, _set_intersection(s, others))
    return None


def _set_difference(s, others):
    if not others:
        return _ct_set_copy(s)
    result = _ct_set_difference(s, others[0])
    for other in others[1:]:
        _ct_set_difference_update(result, other)
    return result


def _set_difference_update(s, others):
    for other in others:
        _ct_set_difference_update(s, other)
    return None


def _set_symmetric_difference_update(s, others):
    _ct_set_symdiff_update(s, others[0])
    return None


def _set_symmetric_difference(s, others):
    return _ct_set_symdiff(s, others[0])


def _set_issubset(s, others):
    return _ct_set_issubset(s, others[0])


def _set_issuperset(s, others):
    return _ct_set_issuperset(s, others[0])


def _set_isdisjoint(s, others):
    return _ct_set_isdisjoint(s, others[0])


def _set_richcompare(v, w, op):
    if not isinstance(w, (set, frozenset)):
        return NotImplemented
    n = _ct_set_len(v)
    m = _ct_set_len(w)
    if op == _EQ or op == _NE:
        r = n == m and _ct_set_issubset(v, w)
        return r if op == _EQ else not r
    if op == _LE:
        return _ct_set_issubset(v, w)
    if op == _GE:
        return _ct_set_issuperset(v, w)
    if op == _LT:
        return n < m and _ct_set_issubset(v, w)
    return n > m and _ct_set_issuperset(v, w)


def _set_binop(s, other, op, reflected, inplace):
    if not isinstance(other, (set, frozenset)):
        return NotImplemented
    so = other if reflected else s
    w = s if reflected else other
    if inplace and type(so) is not frozenset and not isinstance(so, frozenset):
        if op == _OP_BITOR:
            _ct_set_update(so, w)
        elif op == _OP_BITAND:
            _set_swap_bodies(so, _ct_set_intersection(so, w))
        elif op == _OP_SUB:
            _ct_set_difference_update(so, w)
        elif op == _OP_BITXOR:
            _ct_set_symdiff_update(so, w)
        else:
            return NotImplemented
        return so
    if op == _OP_BITOR:
        r = _ct_set_copy(so)
        if w is not so:
            _ct_set_update(r, w)
        return r
    if op == _OP_BITAND:
        return _ct_set_intersection(so, w)
    if op == _OP_SUB:
        return _ct_set_difference(so, w)
    if op == _OP_BITXOR:
        return _ct_set_symdiff(so, w)
    return NotImplemented


# ------------------------------------------------------------------ range and slice

def _ct_range_len(r):
    lo = r.start
    hi = r.stop
    st = r.step
    if st < 0:
        lo, hi, st = hi, lo, -st
    if lo >= hi:
        return 0
    return (hi - lo - 1) // st + 1


def _ct_long_indices(s, length):
    # _PySlice_GetLongIndices: exact for ints of any size.
    step = 1 if s.step is None else _ct_slice_index(s.step)
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step < 0:
        lower = -1
        upper = length - 1
    else:
        lower = 0
        upper = length
    if s.start is None:
        start = upper if step < 0 else lower
    else:
        start = _ct_slice_index(s.start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if s.stop is None:
        stop = lower if step < 0 else upper
    else:
        stop = _ct_slice_index(s.stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    return start, stop, step


def _range_new(cls, *args):
    ints = []
    for a in args:
        ints.append(_ct_index(a))
    return range(*ints)


def _range_getitem(r, key):
    if isinstance(key, slice):
        start, stop, step = _ct_long_indices(key, _ct_range_len(r))
        return range(r.start + start * r.step, r.start + stop * r.step, r.step * step)
    i = _ct_index(key)
    n = _ct_range_len(r)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("range object index out of range")
    return r.start + i * r.step


def _range_contains(r, x):
    for y in r:
        if _ct_eq(y, x):
            return True
    return False


def _range_count(r, x):
    c = 0
    for y in r:
        if _ct_eq(y, x):
            c += 1
    return c


def _range_index(r, x):
    i = 0
    for y in r:
        if _ct_eq(y, x):
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def _slice_indices(s, length):
    length = _ct_index(length)
    if length < 0:
        raise ValueError("length should not be negative")
    return _ct_long_indices(s, length)


def _slice_richcompare(a, b, op):
    if not isinstance(b, slice):
        return NotImplemented
    return _ct_cmp((a.start, a.stop, a.step), (b.start, b.stop, b.step), op)


# ------------------------------------------------------------------ iterators

def _enumerate_new(cls, iterable, start=0):
    start = _ct_index(start)
    return _enumerate_make(cls, iter(iterable), start)


def _zip_new(cls, iterables, strict=False):
    strict = bool(strict)
    iters = []
    for x in iterables:
        iters.append(iter(x))
    return _zip_make(cls, tuple(iters), strict)


def _map_new(cls, func, iterables):
    iters = []
    for x in iterables:
        iters.append(iter(x))
    return _map_make(cls, func, tuple(iters))


def _filter_new(cls, func, iterable):
    return _filter_make(cls, func, iter(iterable))


def _reversed_new(cls, seq):
    t = type(seq)
    rev = getattr(t, '__reversed__', _CT_MISSING)
    if rev is None:
        raise TypeError("'" + t.__name__ + "' object is not reversible")
    if rev is not _CT_MISSING:
        return rev(seq)
    if getattr(t, '__getitem__', None) is None or isinstance(seq, dict):
        raise TypeError("'" + t.__name__ + "' object is not reversible")
    return _reversed_make(cls, seq, len(seq))


def _ct_plural(i):
    return " " if i == 1 else "s 1-"


def _ct_zip_check(z, iters, i, start):
    if start < 0:
        if i:
            raise ValueError("zip() argument " + str(i + 1) + " is shorter than argument" +
                             _ct_plural(i) + str(i))
        start = 1
    j = start
    while j < len(iters):
        _zip_set_check(z, j)
        done = False
        try:
            next(iters[j])
        except StopIteration:
            done = True
        if not done:
            _zip_set_check(z, -1)
            raise ValueError("zip() argument " + str(j + 1) + " is longer than argument" +
                             _ct_plural(j) + str(j))
        j += 1
    _zip_set_check(z, -1)
    raise StopIteration


def _ct_zip_next(z):
    state = _zip_take(z)
    iters = state[0]
    got = state[1]
    n = len(iters)
    if n == 0:
        raise StopIteration
    if state[3] >= 0:
        return _ct_zip_check(z, iters, 0, state[3])
    i = len(got)
    while i < n:
        done = False
        try:
            got.append(next(iters[i]))
        except StopIteration:
            done = True
        if done:
            if state[2]:
                return _ct_zip_check(z, iters, i, -1)
            raise StopIteration
        i += 1
    return tuple(got)


def _ct_map_next(m):
    state = _map_take(m)
    iters = state[1]
    args = state[2]
    i = len(args)
    while i < len(iters):
        args.append(next(iters[i]))
        i += 1
    return state[0](*args)


def _ct_filter_next(f):
    state = _filter_take(f)
    func = state[0]
    it = state[1]
    kept = state[2]
    while True:
        if kept:
            x = kept[0]
            kept = ()
        else:
            x = next(it)
        if func is None or func is bool:
            ok = x
        else:
            ok = func(x)
        if ok:
            return x


def _ct_enumerate_next(e):
    state = _enumerate_take(e)
    x = next(state[0])
    _enumerate_set(e, state[1] + 1)
    return (state[1], x)


def _ct_seq_next(it, step):
    state = _seqiter_take(it)
    if state is None:
        raise StopIteration
    seq = state[0]
    i = state[1]
    ended = i < 0
    if not ended:
        try:
            v = seq[i]
        except (IndexError, StopIteration):
            ended = True
    if ended:
        _seqiter_set(it, None)
        raise StopIteration
    _seqiter_set(it, i + step)
    return v


def _ct_callable_next(it):
    state = _calliter_take(it)
    if state is None:
        raise StopIteration
    if state[2]:
        r = state[2][0]
    else:
        try:
            r = state[0]()
        except StopIteration:
            _calliter_exhaust(it)
            raise
    if _ct_eq(state[1], r):
        _calliter_exhaust(it)
        raise StopIteration
    return r


def _iter_next(it):
    kind = _iter_kind(it)
    if kind == 'map':
        return _ct_map_next(it)
    if kind == 'filter':
        return _ct_filter_next(it)
    if kind == 'zip':
        return _ct_zip_next(it)
    if kind == 'enumerate':
        return _ct_enumerate_next(it)
    if kind == 'seq':
        return _ct_seq_next(it, 1)
    if kind == 'reversed':
        return _ct_seq_next(it, -1)
    if kind == 'callable':
        return _ct_callable_next(it)
    if kind == 'tuple':
        rest = _tupleiter_rest(it)
        if rest is None:
            raise StopIteration
        return next(rest)
    raise StopIteration
