"""Functions creating iterators for efficient looping.

jumpgate's built-in itertools: each function produces the same items, in the
same order, as CPython 3.11's C module, consumes its inputs as lazily, and
checks its arguments (and calls iter() on its inputs) when it is called, not
at the first next(), so errors surface where CPython raises them.  count and
repeat are small classes because their reprs are observable; the others are
generators behind an argument-checking function.  A generator's StopIteration
becomes RuntimeError (PEP 479), so every next() inside one is guarded.
"""

__all__ = ['count', 'cycle', 'repeat', 'chain', 'islice', 'product',
           'permutations', 'combinations', 'combinations_with_replacement',
           'accumulate', 'groupby', 'starmap', 'takewhile', 'dropwhile',
           'zip_longest', 'tee', 'compress', 'filterfalse', 'pairwise']

_MAXSIZE = 9223372036854775807     # sys.maxsize on 64-bit hosts
_NULL = object()                   # "no value" where None is a legal value


def _check_count(fname, args, kwds, lo, hi, kwname=None):
    # The C functions that take positional arguments only: CPython's
    # _PyArg_NoKeywords and _PyArg_CheckPositional messages.
    if kwds:
        raise TypeError('%s() takes no keyword arguments' % (kwname or fname))
    n = len(args)
    if n < lo or n > hi:
        if lo == hi:
            raise TypeError('%s expected %d argument%s, got %d'
                            % (fname, lo, '' if lo == 1 else 's', n))
        if n < lo:
            raise TypeError('%s expected at least %d argument%s, got %d'
                            % (fname, lo, '' if lo == 1 else 's', n))
        raise TypeError('%s expected at most %d argument%s, got %d'
                        % (fname, hi, '' if hi == 1 else 's', n))


def _parse_args(fname, args, kwds, names, n_required, n_posmax):
    # The C functions with keyword parameters (argument clinic): their values
    # in the order of 'names', _NULL for an absent one, and CPython's checks
    # in CPython's order (too many, too many positional, missing, unknown).
    n_params = len(names)
    n_pos = len(args)
    total = n_pos + len(kwds)
    if total > n_params:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (fname, n_params, '' if n_pos else 'keyword ',
                           '' if n_params == 1 else 's', total))
    if n_pos > n_posmax:
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (fname, 'at most' if n_required < n_posmax else 'exactly',
                           n_posmax, '' if n_posmax == 1 else 's', n_pos))
    values = list(args) + [_NULL] * (n_params - n_pos)
    unknown = None
    for k in kwds:
        i = names.index(k) if k in names else -1
        if i < 0:
            if unknown is None:
                unknown = k
        elif i < n_pos:
            raise TypeError('argument for %s() given by name (%r) and position (%d)'
                            % (fname, k, i + 1))
        else:
            values[i] = kwds[k]
    for i in range(n_required):
        if values[i] is _NULL:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
    if unknown is not None:
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (unknown, fname))
    return values


def _is_number(x):
    # CPython's PyNumber_Check: ints, floats and anything convertible to one.
    if isinstance(x, (int, float)):
        return True
    return (hasattr(x, '__float__') or hasattr(x, '__int__')
            or hasattr(x, '__index__') or hasattr(x, '__complex__'))


def _as_index(x):
    # operator.index() for the arguments CPython parses with "n".
    if isinstance(x, int):
        return int(x)
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(x).__name__)


class count:
    """count(start=0, step=1) --> count object

    Return a count object whose .__next__() method returns consecutive values.
    """

    def __init__(self, *args, **kwds):
        start, step = _parse_args('count', args, kwds, ('start', 'step'), 0, 2)
        if start is _NULL:
            start = 0
        if step is _NULL:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        # CPython counts with a C integer ("fast mode") when start is an int
        # and step is 1; then it yields plain ints even for a bool start.
        self._fast = isinstance(start, int) and isinstance(step, int) and step == 1
        self._cnt = int(start) if self._fast else start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        self._cnt = cnt + self._step
        return cnt

    def __repr__(self):
        if self._fast or (isinstance(self._step, int) and self._step == 1):
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """

    def __init__(self, *args, **kwds):
        object, times = _parse_args('repeat', args, kwds, ('object', 'times'), 1, 2)
        if times is _NULL:
            times = None
        self._obj = object
        if times is None:
            self._left = -1
        else:
            times = _as_index(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._obj

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left


def _cycle(it):
    saved = []
    for element in it:
        saved.append(element)
        yield element
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(*args, **kwds):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    _check_count('cycle', args, kwds, 1, 1)
    return _cycle(iter(args[0]))


def _chain(sources):
    for iterable in sources:
        yield from iterable


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """

    def __init__(self, *iterables, **kwds):
        if kwds:
            raise TypeError('chain() takes no keyword arguments')
        self._gen = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls()
        self._gen = _chain(iter(iterable))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _ssize(x):
    # PyNumber_AsSsize_t with the error cleared, as islice parses: -1 when
    # 'x' is not an index or does not fit a C ssize_t.
    try:
        v = _as_index(x)
    except TypeError:
        return -1
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return -1
    return v


def _islice(it, nxt, stop, step):
    # CPython's islice_next: skip to 'nxt', yield, advance; after the last
    # item it consumes up to 'stop' only when asked for one more.
    cnt = 0
    while True:
        if stop is not None and cnt >= stop:
            return
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def islice(*args, **kwds):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.
    """
    _check_count('islice', args, kwds, 2, 4)
    iterable = args[0]
    args = args[1:]
    n = len(args)
    # The checks and their order are those of CPython's islice_new; -1 is
    # its "no stop" and its "did not convert".
    start = 0
    stop = -1
    step = 1
    stop_arg = args[0] if n == 1 else args[1]
    if n > 1 and args[0] is not None:
        start = _ssize(args[0])
    if stop_arg is not None:
        stop = _ssize(stop_arg)
        if stop == -1:
            raise ValueError('Stop argument for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if n == 3 and args[2] is not None:
        step = _ssize(args[2])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, None if stop == -1 else stop, step)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    if n == 0:
        return
    while True:
        # Odometer: bump the rightmost index that can move, reset those after it.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def product(*iterables, **kwds):
    """product(*iterables, repeat=1) --> product object

    Cartesian product of input iterables.  Equivalent to nested for-loops.
    """
    repeat = 1
    if kwds:
        if len(kwds) > 1:
            raise TypeError('product() takes at most 1 keyword argument (%d given)' % len(kwds))
        for k in kwds:
            if k != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % k)
            repeat = kwds[k]
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _r_arg(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def permutations(*args, **kwds):
    """permutations(iterable[, r]) --> permutations object

    Return successive r-length permutations of elements in the iterable.
    """
    iterable, r = _parse_args('permutations', args, kwds, ('iterable', 'r'), 1, 2)
    if r is _NULL:
        r = None
    pool = tuple(iterable)
    r = len(pool) if r is None else _r_arg(r)
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations(*args, **kwds):
    """combinations(iterable, r) --> combinations object

    Return successive r-length combinations of elements in the iterable.
    """
    iterable, r = _parse_args('combinations', args, kwds, ('iterable', 'r'), 2, 2)
    r = _as_index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(*args, **kwds):
    """combinations_with_replacement(iterable, r) --> combinations_with_replacement object

    Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.
    """
    iterable, r = _parse_args('combinations_with_replacement', args, kwds,
                              ('iterable', 'r'), 2, 2)
    r = _as_index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _accumulate(it, func, initial):
    if initial is not None:
        total = initial
        yield total
    else:
        try:
            total = next(it)
        except StopIteration:
            return
        yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(*args, **kwds):
    """Return series of accumulated sums (or other binary function results)."""
    iterable, func, initial = _parse_args('accumulate', args, kwds,
                                          ('iterable', 'func', 'initial'), 1, 2)
    if func is _NULL:
        func = None
    if initial is _NULL:
        initial = None
    return _accumulate(iter(iterable), func, initial)


def _same(a, b):
    # PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.
    return a is b or a == b


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _NULL:
            gb._step()
        if not _same(self._tgtkey, gb._currkey):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _NULL
        return r


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

    Advancing the groupby object ends the group it returned last.
    """

    def __init__(self, *args, **kwds):
        iterable, key = _parse_args('groupby', args, kwds, ('iterable', 'key'), 1, 2)
        if key is _NULL:
            key = None
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current group.
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)  # "'int' object is not iterable", as CPython's starmap
        yield function(*args)


def starmap(*args, **kwds):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    _check_count('starmap', args, kwds, 2, 2)
    function, iterable = args
    return _starmap(function, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def takewhile(*args, **kwds):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    _check_count('takewhile', args, kwds, 2, 2)
    predicate, iterable = args
    return _takewhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(*args, **kwds):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""
    _check_count('dropwhile', args, kwds, 2, 2)
    predicate, iterable = args
    return _dropwhile(predicate, iter(iterable))


def _zip_longest(its, fillvalue):
    n = len(its)
    if n == 0:
        return
    active = n
    while True:
        values = []
        for i in range(n):
            it = its[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if active == 0:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, **kwds):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument, with
    missing values filled in by fillvalue."""
    fillvalue = None
    if kwds:
        if len(kwds) > 1 or 'fillvalue' not in kwds:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwds['fillvalue']
    return _zip_longest([iter(x) for x in iterables], fillvalue)


class _TeeLink:
    # One item of the buffer the tees of one tee() call share: 'value' and
    # 'next' are filled by whichever tee first reaches this link.
    def __init__(self):
        self.filled = False
        self.value = None
        self.next = None


class _tee:
    def __init__(self, source, link):
        self._source = source       # a one-item list holding the shared iterator
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if not link.filled:
            value = next(self._source[0])
            link.value = value
            link.next = _TeeLink()
            link.filled = True
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(*args, **kwds):
    """Returns a tuple of n independent iterators."""
    _check_count('tee', args, kwds, 1, 2, 'itertools.tee')
    iterable = args[0]
    n = args[1] if len(args) > 1 else 2
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it                  # CPython hands back the copyable iterator itself
    else:
        first = _tee([it], _TeeLink())
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(*args, **kwds):
    """Return data elements corresponding to true selector elements."""
    data, selectors = _parse_args('compress', args, kwds, ('data', 'selectors'), 2, 2)
    return _compress(iter(data), iter(selectors))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(*args, **kwds):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""
    _check_count('filterfalse', args, kwds, 2, 2)
    function, iterable = args
    return _filterfalse(function, iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(*args, **kwds):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0, s1), (s1, s2), (s2, s3), ...
    """
    _check_count('pairwise', args, kwds, 1, 1)
    iterable = args[0]
    return _pairwise(iter(iterable))
