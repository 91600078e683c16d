# import forms: several modules in one statement, aliases, from-import *, a helper module, import errors
import math, random as rnd
from math import *
from collections import deque as dq, Counter
from _audit_errs import GameOver
print(sqrt(16), pi, floor(2.5), type(dq()).__name__, Counter("aa")["a"], rnd.__name__, math.__name__, GameOver.__module__)
import _audit_errs
print(_audit_errs.__name__, sorted(n for n in dir(_audit_errs) if not n.startswith("__")))
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nothing_at_all
except ImportError as e:
    print(type(e).__name__, e)
def local_import():
    import json
    from string import digits
    return json.dumps([digits])
print(local_import())
print(__name__, type(math).__name__, repr(math)[:20])
