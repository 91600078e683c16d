"""Heap queue algorithm (a.k.a. priority queue).

jumpgate's built-in heapq: CPython 3.11's algorithms (Lib/heapq.py and the
comparisons of Modules/_heapqmodule.c), so every function makes the same
comparisons in the same order and returns the same result, including where
equal elements end up.  Heaps are lists where heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2] for all k; heap[0] is the smallest item.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, several):
    # The messages of CPython's argument clinic for the C functions.
    if not isinstance(heap, list):
        what = 'argument 1' if several else 'argument'
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() %s must be list, not %s' % (fname, what, got))


# The C functions' argument counts are checked by hand, with their messages:
# a missing argument arrives as _NO_ARG, extra ones in *extra.
_NO_ARG = object()


def _count_error(fname, nargs, two):
    if two:
        return TypeError('%s expected 2 arguments, got %d' % (fname, nargs))
    return TypeError('_heapq.%s() takes exactly one argument (%d given)' % (fname, nargs))


def _nargs(*args):
    n = 0
    for a in args:
        if a is not _NO_ARG:
            n += 1
    return n


def heappush(heap=_NO_ARG, item=_NO_ARG, *extra):
    """Push item onto heap, maintaining the heap invariant."""
    if item is _NO_ARG or extra:
        raise _count_error('heappush', _nargs(heap, item) + len(extra), True)
    _check_list(heap, 'heappush', True)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap=_NO_ARG, *extra):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if heap is _NO_ARG or extra:
        raise _count_error('heappop', _nargs(heap) + len(extra), False)
    _check_list(heap, 'heappop', False)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap=_NO_ARG, item=_NO_ARG, *extra):
    """Pop and return the current smallest value, and add the new item."""
    if item is _NO_ARG or extra:
        raise _count_error('heapreplace', _nargs(heap, item) + len(extra), True)
    _check_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap=_NO_ARG, item=_NO_ARG, *extra):
    """Fast version of a heappush followed by a heappop."""
    if item is _NO_ARG or extra:
        raise _count_error('heappushpop', _nargs(heap, item) + len(extra), True)
    _check_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x=_NO_ARG, *extra):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if x is _NO_ARG or extra:
        raise _count_error('heapify', _nargs(x) + len(extra), False)
    _check_list(x, 'heapify', False)
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup_max(x, i)


# 'heap' is a heap at all indices >= startpos, except possibly for pos.  pos
# is the index of a leaf with a possibly out-of-order value.  Restore the
# heap invariant.
def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


# Moves the smaller child up until hitting a leaf, then sifts the item that
# was at pos down into place: fewer comparisons than stopping early (see the
# long comment in CPython's Lib/heapq.py).
def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).
    """
    h = []
    if reverse:
        _heapify = _heapify_max
        _heappop = _heappop_max
        _heapreplace = _heapreplace_max
        direction = -1
    else:
        _heapify = heapify
        _heappop = heappop
        _heapreplace = heapreplace
        direction = 1

    # Entries are [key, order, (value,) iterator]; 'order' breaks ties so the
    # iterators themselves are never compared and equal items keep input order.
    if key is None:
        order = 0
        for iterable in iterables:
            it = iter(iterable)
            try:
                h.append([next(it), order * direction, it])
            except StopIteration:
                pass
            order += 1
        _heapify(h)
        while len(h) > 1:
            try:
                while True:
                    s = h[0]
                    yield s[0]
                    s[0] = next(s[2])       # raises StopIteration when exhausted
                    _heapreplace(h, s)
            except StopIteration:
                _heappop(h)
        if h:
            s = h[0]
            yield s[0]
            yield from s[2]
        return

    order = 0
    for iterable in iterables:
        it = iter(iterable)
        try:
            value = next(it)
            h.append([key(value), order * direction, value, it])
        except StopIteration:
            pass
        order += 1
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                yield s[2]
                value = next(s[3])
                s[0] = key(value)
                s[2] = value
                _heapreplace(h, s)
        except StopIteration:
            _heappop(h)
    if h:
        s = h[0]
        yield s[2]
        yield from s[3]


_SENTINEL = object()


def _len_or_none(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = min(it, default=_SENTINEL)
        else:
            result = min(it, default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]

    size = _len_or_none(iterable)
    if size is not None and n >= size:
        if key is None:
            return sorted(iterable)[:n]
        return sorted(iterable, key=key)[:n]

    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [r[0] for r in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [r[2] for r in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = max(it, default=_SENTINEL)
        else:
            result = max(it, default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]

    size = _len_or_none(iterable)
    if size is not None and n >= size:
        if key is None:
            return sorted(iterable, reverse=True)[:n]
        return sorted(iterable, key=key, reverse=True)[:n]

    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [r[0] for r in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [r[2] for r in result]
