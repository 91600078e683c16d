"""functools: tools for working with functions and callable objects.

jumpgate's built-in functools: reduce, partial, cmp_to_key, lru_cache, cache,
wraps/update_wrapper and total_ordering, with CPython 3.11's results, reprs
and error messages.  lru_cache keeps CPython's key rules (an int or str sole
argument is its own key) and its least-recently-used order, so hit and miss
counts match.  wraps copies __name__ and __doc__ only.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial']

WRAPPER_ASSIGNMENTS = ('__name__', '__doc__')
WRAPPER_UPDATES = ()

_NO_ARG = object()      # "argument not given" where None is a legal value


################################################################################
### update_wrapper() and wraps()
################################################################################

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


################################################################################
### total_ordering
################################################################################

# Each derived method is written from one root method and __eq__, as in
# CPython; NotImplemented from the root passes through.

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # A method the class (or a base other than object) defines differs from
    # the one object provides.
    roots = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.append(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # CPython's choice, max(roots): __lt__, else __le__, else __gt__, else __ge__.
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key()
################################################################################

class KeyWrapper:
    # What cmp_to_key(mycmp)(obj) returns: it orders by mycmp(a, b) against 0.

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0

    def __ne__(self, other):
        return self._cmp(self.obj, self._other(other)) != 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    def K(obj):
        return KeyWrapper(mycmp, obj)
    return K


################################################################################
### reduce()
################################################################################

def reduce(*args, **kwds):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.
    """
    # The C function's argument checks and messages.
    if kwds:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function = args[0]
    sequence = args[1]
    initial = args[2] if len(args) == 3 else _NO_ARG
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _NO_ARG:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
### partial()
################################################################################

class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # Flatten partial(partial(f, a), b) into partial(f, a, b), as CPython
        # does for plain partial objects.
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords

    def __call__(self, *args, **keywords):
        if self._keywords:
            merged = dict(self._keywords)
            merged.update(keywords)
            keywords = merged
        return self._func(*(self._args + args), **keywords)

    # func, args and keywords are read-only, as CPython's member descriptors.
    def _readonly(self, value=None):
        raise AttributeError('readonly attribute')

    func = property(lambda self: self._func, _readonly, _readonly)
    args = property(lambda self: self._args, _readonly, _readonly)
    keywords = property(lambda self: self._keywords, _readonly, _readonly)

    def __repr__(self):
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        parts = [repr(self.func)]
        for x in self.args:
            parts.append(repr(x))
        for k in self.keywords:
            parts.append('%s=%r' % (k, self.keywords[k]))
        return '%s(%s)' % (name, ', '.join(parts))


################################################################################
### LRU Cache function decorator
################################################################################

_CacheInfo = None


def _cache_info_type():
    # Made on first use, so that importing functools does not load collections.
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo


_KWD_MARK = (object(),)


def _make_key(args, kwds, typed):
    """Make a cache key from optionally typed positional and keyword arguments.

    A sole int or str argument is its own key (CPython's fast path), so that
    f(1) and f(1.0) are different entries exactly as in CPython.
    """
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and (type(key[0]) is int or type(key[0]) is str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.  The wrapped function has cache_info(),
    cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        # Negative maxsize is treated as 0
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # The user_function was passed in directly via the maxsize argument
        user_function = maxsize
        maxsize = 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


# Fields of a link of the cache's circular doubly linked list.
_PREV = 0
_NEXT = 1
_KEY = 2
_RESULT = 3


def _lru_cache_wrapper(user_function, maxsize, typed):
    sentinel = object()
    cache = {}
    hits = 0
    misses = 0
    full = False
    # root of the circular list: root[_NEXT] is the oldest entry, root[_PREV]
    # the newest.
    root = [None, None, None, None]
    root[_PREV] = root
    root[_NEXT] = root

    if maxsize == 0:

        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:

        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:

        def wrapper(*args, **kwds):
            nonlocal root, hits, misses, full
            key = _make_key(args, kwds, typed)
            link = cache.get(key)
            if link is not None:
                # Move the link to the front of the circular queue
                link_prev = link[_PREV]
                link_next = link[_NEXT]
                result = link[_RESULT]
                link_prev[_NEXT] = link_next
                link_next[_PREV] = link_prev
                last = root[_PREV]
                last[_NEXT] = link
                root[_PREV] = link
                link[_PREV] = last
                link[_NEXT] = root
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # The call stored this key itself (recursion); the link is
                # already in place.
                pass
            elif full:
                # Reuse the old root for the new entry and make the oldest
                # entry the new root.
                oldroot = root
                oldroot[_KEY] = key
                oldroot[_RESULT] = result
                root = oldroot[_NEXT]
                oldkey = root[_KEY]
                root[_KEY] = None
                root[_RESULT] = None
                del cache[oldkey]
                cache[key] = oldroot
            else:
                last = root[_PREV]
                link = [last, root, key, result]
                last[_NEXT] = link
                root[_PREV] = link
                cache[key] = link
                full = len(cache) >= maxsize
            return result

    def cache_info():
        """Report cache statistics"""
        return _cache_info_type()(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses, full
        cache.clear()
        root[_PREV] = root
        root[_NEXT] = root
        root[_KEY] = None
        root[_RESULT] = None
        hits = 0
        misses = 0
        full = False

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, user_function)
    # The statistics hang off the wrapper function; memoizing still works
    # where functions do not take attributes.
    try:
        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_parameters = cache_parameters
    except AttributeError:
        pass
    return wrapper


def cache(user_function):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)
