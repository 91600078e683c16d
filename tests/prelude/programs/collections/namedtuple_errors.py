# The TypeErrors and ValueErrors of namedtuple classes and factories.
from collections import namedtuple

P = namedtuple('Point', 'x y')


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('missing', lambda: P(1))
attempt('missing both', lambda: P())
attempt('too many', lambda: P(1, 2, 3))
attempt('unexpected', lambda: P(1, z=2))
attempt('twice', lambda: P(1, x=2))
attempt('make', lambda: P._make([1]))
attempt('replace', lambda: P(1, 2)._replace(z=1))
attempt('bad name', lambda: namedtuple('P', 'x 1y'))
attempt('keyword', lambda: namedtuple('P', 'x class'))
attempt('underscore', lambda: namedtuple('P', 'x _y'))
attempt('duplicate', lambda: namedtuple('P', 'x x'))
attempt('rename', lambda: namedtuple('P', 'x def x', rename=True)._fields)
