"""High-performance container datatypes.

jumpgate's built-in collections: deque, defaultdict, namedtuple, OrderedDict
and Counter, behaving as CPython 3.11's (results, ordering, reprs and the
error messages programs see).  deque is a ring buffer over a list; the dict
subclasses rely on the built-in dict keeping insertion order.
"""

import sys as _sys
import heapq as _heapq
from itertools import _parse_args, _NULL as _ARG_ABSENT

__all__ = ['deque', 'defaultdict', 'namedtuple', 'OrderedDict', 'Counter']

_MAXSIZE = 9223372036854775807     # sys.maxsize on 64-bit hosts

_NO_ARG = object()                 # "argument not given" where None is a value

# ids of the containers whose repr is being built, so that a container that
# holds itself prints as '...' as in CPython instead of recursing forever.
_repr_running = set()


def _as_index(x):
    # operator.index()
    if isinstance(x, int):
        return int(x)
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(x).__name__)


def _ssize(x):
    # operator.index(x) that must fit a C ssize_t, as CPython's "n" arguments.
    x = _as_index(x)
    if x > _MAXSIZE or x < -_MAXSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return x


def _same(a, b):
    # PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.
    return a is b or a == b


################################################################################
### deque
################################################################################

def _deque_iter(d, state, n, reverse):
    # CPython's deque iterator: it snapshots the deque's mutation counter
    # when created and fails on the first next() after any change.
    i = 0
    while True:
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        if i >= n:
            return
        if reverse:
            yield d._buf[(d._head + n - 1 - i) & d._mask]
        else:
            yield d._buf[(d._head + i) & d._mask]
        i += 1


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # The items are _buf[(_head + i) & _mask] for 0 <= i < _len; the list's
    # length is a power of two and unused slots hold None.  _state counts
    # the mutations that invalidate iterators.

    def __init__(self, *args, **kwds):
        iterable, maxlen = _parse_args('deque', args, kwds, ('iterable', 'maxlen'), 0, 2)
        if maxlen is _ARG_ABSENT:
            maxlen = None
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._buf = [None] * 8
        self._mask = 7
        self._head = 0
        self._len = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not _ARG_ABSENT:
            self.extend(iterable)

    # -- storage ---------------------------------------------------------

    def _grow(self):
        old = self._buf
        n = self._len
        cap = len(old)
        buf = [None] * (cap * 2)
        head = self._head
        for i in range(n):
            buf[i] = old[(head + i) & (cap - 1)]
        self._buf = buf
        self._mask = cap * 2 - 1
        self._head = 0

    def _push_right(self, x):
        if self._len == len(self._buf):
            self._grow()
        self._buf[(self._head + self._len) & self._mask] = x
        self._len += 1

    def _push_left(self, x):
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) & self._mask
        self._buf[self._head] = x
        self._len += 1

    def _pop_right(self):
        self._len -= 1
        i = (self._head + self._len) & self._mask
        x = self._buf[i]
        self._buf[i] = None
        return x

    def _pop_left(self):
        i = self._head
        x = self._buf[i]
        self._buf[i] = None
        self._head = (i + 1) & self._mask
        self._len -= 1
        return x

    def _index(self, i):
        # A normalised, checked position for d[i].
        if not isinstance(i, int) and not hasattr(i, '__index__'):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(i).__name__)
        i = _as_index(i)
        if i > _MAXSIZE or i < -_MAXSIZE - 1:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('deque index out of range')
        return i

    # -- the deque API -----------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._push_right(x)
        if self._maxlen is not None and self._len > self._maxlen:
            self._pop_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._push_left(x)
        if self._maxlen is not None and self._len > self._maxlen:
            self._pop_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_right()

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_left()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._buf = [None] * 8
        self._mask = 7
        self._head = 0
        self._len = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        n = _ssize(n)
        length = self._len
        self._state += 1
        if length <= 1:
            return
        # As CPython: reduce n to the shorter direction, at most len/2 moves.
        half = length >> 1
        if n > half or n < -half:
            n %= length             # Python's % is never negative here
            if n > half:
                n -= length
        if length == len(self._buf):
            # A full ring rotates by moving its head.
            self._head = (self._head - n) & self._mask
            return
        while n > 0:
            self._push_left(self._pop_right())
            n -= 1
        while n < 0:
            self._push_right(self._pop_left())
            n += 1

    def reverse(self):
        """Reverse *IN PLACE*."""
        buf = self._buf
        mask = self._mask
        head = self._head
        i = 0
        j = self._len - 1
        while i < j:
            a = (head + i) & mask
            b = (head + j) & mask
            buf[a], buf[b] = buf[b], buf[a]
            i += 1
            j -= 1

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        c = 0
        for i in range(self._len):
            if _same(self._buf[(self._head + i) & self._mask], value):
                c += 1
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return c

    def index(self, value, start=0, stop=_MAXSIZE):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        n = self._len
        start = _as_index(start)
        stop = _as_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        state = self._state
        i = start
        while i < stop:
            if _same(self._buf[(self._head + i) & self._mask], value):
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _ssize(index)
        n = self._len
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index >= n:
            self.append(value)
            return
        if index <= -n or index == 0:
            self.appendleft(value)
            return
        if index < 0:
            index += n
        self._state += 1
        self._push_right(None)
        buf = self._buf
        mask = self._mask
        head = self._head
        j = n
        while j > index:
            buf[(head + j) & mask] = buf[(head + j - 1) & mask]
            j -= 1
        buf[(head + index) & mask] = value

    def _delete_at(self, i):
        # Removes the item at position i by shifting the shorter side.
        self._state += 1
        buf = self._buf
        mask = self._mask
        head = self._head
        n = self._len
        if i < n - 1 - i:
            j = i
            while j > 0:
                buf[(head + j) & mask] = buf[(head + j - 1) & mask]
                j -= 1
            self._pop_left()
        else:
            j = i
            while j < n - 1:
                buf[(head + j) & mask] = buf[(head + j + 1) & mask]
                j += 1
            self._pop_right()

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i in range(self._len):
            found = _same(self._buf[(self._head + i) & self._mask], value)
            if self._state != state:
                raise IndexError('deque mutated during iteration')
            if found:
                self._delete_at(i)
                return
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- the sequence protocol ----------------------------------------------

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        return _deque_iter(self, self._state, self._len, False)

    def __reversed__(self):
        return _deque_iter(self, self._state, self._len, True)

    def __contains__(self, value):
        state = self._state
        for i in range(self._len):
            if _same(self._buf[(self._head + i) & self._mask], value):
                return True
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __getitem__(self, i):
        return self._buf[(self._head + self._index(i)) & self._mask]

    def __setitem__(self, i, value):
        self._buf[(self._head + self._index(i)) & self._mask] = value

    def __delitem__(self, i):
        self._delete_at(self._index(i))

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(list(self))
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, self._maxlen)

    # -- comparisons: only with deques, element by element ------------------

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        if self is other:
            if op == 'eq':
                return True
            if op == 'ne':
                return False
        n1 = self._len
        n2 = other._len
        if n1 != n2:
            if op == 'eq':
                return False
            if op == 'ne':
                return True
        # Find the first pair of items that differ.
        a = iter(self)
        b = iter(other)
        while True:
            try:
                x = next(a)
            except StopIteration:
                x = b = None
                break
            try:
                y = next(b)
            except StopIteration:
                x = b = None
                break
            if not _same(x, y):
                break
        if b is None:
            # One is a prefix of the other: the sizes decide.
            if op == 'eq':
                return n1 == n2
            if op == 'ne':
                return n1 != n2
            if op == 'lt':
                return n1 < n2
            if op == 'le':
                return n1 <= n2
            if op == 'gt':
                return n1 > n2
            return n1 >= n2
        if op == 'eq':
            return x == y
        if op == 'ne':
            return x != y
        if op == 'lt':
            return x < y
        if op == 'le':
            return x <= y
        if op == 'gt':
            return x > y
        return x >= y

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    # -- arithmetic -----------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        return new.__imul__(n)

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n)
        if n <= 0 or self._len == 0:
            self.clear()
            return self
        if n == 1:
            return self
        items = list(self)
        for i in range(n - 1):
            for x in items:
                self.append(x)
        return self


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce a new value
    when a key is not present, in __getitem__ only.
    """

    def __init__(self, *args, **kwargs):
        default_factory = None
        if args:
            default_factory = args[0]
            args = args[1:]
            if default_factory is not None and not callable(default_factory):
                raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        # Inside its own repr the dict part prints as {...}, as CPython's
        # dict repr does.
        key = id(self)
        if key in _repr_running:
            body = '{...}'
        else:
            _repr_running.add(key)
            try:
                body = repr(dict(self))
            finally:
                _repr_running.discard(key)
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory, body)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
    'with', 'yield'])


def _isidentifier(name):
    # str.isidentifier(): ASCII exactly, other characters by isalpha/isalnum.
    if not name:
        return False
    first = True
    for ch in name:
        if ch == '_' or 'a' <= ch <= 'z' or 'A' <= ch <= 'Z':
            pass
        elif '0' <= ch <= '9':
            if first:
                return False
        elif ord(ch) > 127:
            if not (ch.isalpha() or (not first and ch.isalnum())):
                return False
        else:
            return False
        first = False
    return True


def _and_list(names):
    # "'x'", "'x' and 'y'", "'x', 'y', and 'z'": CPython's missing-arguments list.
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_property(index):
    # CPython's _tuplegetter refuses assignment and deletion with these words.
    def get(self):
        return self[index]

    def set_(self, value):
        raise AttributeError("can't set attribute")

    def del_(self):
        raise AttributeError("can't delete attribute")
    return property(get, set_, del_)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not _isidentifier(name) or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if not _isidentifier(name):
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        first_default = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[first_default + i]] = defaults[i]
    else:
        defaults = ()
        first_default = len(field_names)

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    qualname = typename + '.__new__()'

    # CPython compiles a __new__ with the fields as parameters; this one
    # binds the arguments the same way and raises the same TypeErrors.
    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if not kwargs and nargs == num_fields:
            return tuple.__new__(_cls, args)
        values = list(args[:num_fields])
        while len(values) < num_fields:
            values.append(_NO_ARG)
        for name in kwargs:
            if name not in field_names:
                raise TypeError('%s got an unexpected keyword argument %r'
                                % (qualname, name))
            i = field_names.index(name)
            if i < nargs:
                raise TypeError('%s got multiple values for argument %r'
                                % (qualname, name))
            values[i] = kwargs[name]
        if nargs > num_fields:
            if defaults:
                takes = 'from %d to %d positional arguments' % (
                    first_default + 1, num_fields + 1)
            else:
                takes = '%d positional argument%s' % (
                    num_fields + 1, '' if num_fields == 0 else 's')
            raise TypeError('%s takes %s but %d were given'
                            % (qualname, takes, nargs + 1))
        missing = []
        for i in range(num_fields):
            if values[i] is _NO_ARG:
                if i >= first_default:
                    values[i] = defaults[i - first_default]
                else:
                    missing.append(field_names[i])
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (qualname, len(missing),
                               '' if len(missing) == 1 else 's',
                               _and_list(missing)))
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d'
                            % (num_fields, len(result)))
        return result

    def _replace(_self, **kwds):
        values = []
        i = 0
        for value in _self:
            name = field_names[i]
            if name in kwds:
                value = kwds.pop(name)
            values.append(value)
            i += 1
        result = _self._make(values)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        parts = []
        i = 0
        for value in self:
            parts.append(field_names[i] + '=' + repr(value))
            i += 1
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    for index in range(num_fields):
        class_namespace[field_names[index]] = _field_property(index)
    if module is None:
        # The module of the code that called namedtuple(), as CPython finds it.
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except AttributeError:      # jumpgate has no frame objects
            module = _sys._caller_module_name(1)
    if module is not None:
        class_namespace['__module__'] = module
    return type(typename, (tuple,), class_namespace)



################################################################################
### OrderedDict
################################################################################

class _OrderedDictView:
    # odict_keys / odict_items / odict_values: the dict's own view under the
    # name CPython shows (repr, type name); everything else is the dict view's.
    def __init__(self, view):
        self._view = view

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __len__(self):
        return len(self._view)

    def __contains__(self, x):
        return x in self._view

    def __repr__(self):
        return type(self).__name__ + '(' + repr(list(self._view)) + ')'

    def __eq__(self, other):
        if isinstance(other, _OrderedDictView):
            other = other._view
        return self._view == other

    def __ne__(self, other):
        if isinstance(other, _OrderedDictView):
            other = other._view
        return self._view != other

    __hash__ = None


class _OrderedDictSetView(_OrderedDictView):
    def _other(self, other):
        return other._view if isinstance(other, _OrderedDictView) else other

    def __and__(self, other):
        return self._view & self._other(other)

    def __or__(self, other):
        return self._view | self._other(other)

    def __sub__(self, other):
        return self._view - self._other(other)

    def __xor__(self, other):
        return self._view ^ self._other(other)

    def __rand__(self, other):
        return self._other(other) & self._view

    def __ror__(self, other):
        return self._other(other) | self._view

    def __rsub__(self, other):
        return set(self._other(other)) - set(self._view)

    def __rxor__(self, other):
        return self._other(other) ^ self._view

    def __lt__(self, other):
        return self._view < self._other(other)

    def __le__(self, other):
        return self._view <= self._other(other)

    def __gt__(self, other):
        return self._view > self._other(other)

    def __ge__(self, other):
        return self._view >= self._other(other)

    def isdisjoint(self, other):
        return self._view.isdisjoint(self._other(other))


class odict_keys(_OrderedDictSetView):
    pass


class odict_items(_OrderedDictSetView):
    pass


class odict_values(_OrderedDictView):
    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def keys(self):
        return odict_keys(dict.keys(self))

    def items(self):
        return odict_items(dict.items(self))

    def values(self):
        return odict_values(dict.values(self))

    # The built-in dict keeps insertion order, so only reordering, popitem
    # from the front, order-sensitive equality and the repr are added.

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        super().__init__()
        if args:
            self.update(args[0])
        if kwds:
            self.update(kwds)

    def update(self, *args, **kwds):
        """Like dict.update, but through self[key] = value, so that a
        subclass's __setitem__ sees every key (as CPython's MutableMapping.update)."""
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)'
                            % len(args))
        if args:
            other = args[0]
            if isinstance(other, dict) or hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for pair in other:
                    # The checks and messages of CPython's mutablemapping_add_pairs.
                    it = iter(pair)
                    try:
                        key = next(it)
                    except StopIteration:
                        raise ValueError('need more than 0 values to unpack') from None
                    try:
                        value = next(it)
                    except StopIteration:
                        raise ValueError('need more than 1 value to unpack') from None
                    for extra in it:
                        raise ValueError('too many values to unpack (expected 2)')
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        # super() and not self[...]: a subclass's __setitem__ commonly calls
        # move_to_end, and must not be re-entered from here.
        if key not in self:
            raise KeyError(key)
        if last:
            value = super().pop(key)
            super().__setitem__(key, value)
            return
        items = list(self.items())
        super().clear()
        for k, v in items:
            if _same(k, key):
                super().__setitem__(k, v)
                break
        for k, v in items:
            if not _same(k, key):
                super().__setitem__(k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return super().popitem()
        for key in self:
            break
        return key, super().pop(key)

    def __reversed__(self):
        return reversed(list(self))

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = repr(list(self.items()))
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, body)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if len(self) != len(other):
                return False
            for k1, k2 in zip(self, other):
                if not _same(k1, k2):
                    return False
        return super().__eq__(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result


    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values
        set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################

def _count(item):
    return item[1]


def _counter_source(args, method):
    # The one optional positional argument of Counter's methods.
    if len(args) > 1:
        raise TypeError('Counter.%s() takes from 1 to 2 positional arguments but '
                        '%d were given' % (method, len(args) + 1))
    return args[0] if args else None


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(self, *args, **kwds):
        iterable = _counter_source(args, '__init__')
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        if n is None:
            return sorted(self.items(), key=_count, reverse=True)
        return _heapq.nlargest(n, self.items(), key=_count)

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in self.items():
            for i in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, *args, **kwds):
        """Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        """
        iterable = _counter_source(args, 'update')
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    super().update(iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, *args, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.
        """
        iterable = _counter_source(args, 'subtract')
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())
        except TypeError:
            # handle case where values are not orderable
            d = dict(self)
        return '%s(%r)' % (type(self).__name__, d)

    # Multiset comparisons: missing counts are zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other


    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()
