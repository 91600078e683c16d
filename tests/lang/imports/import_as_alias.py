# import x as y binds only the alias.
import _helper_mod as h
import math as m
print(h.greet("alias"), m.sqrt(49), h.__name__)
try:
    _helper_mod
except NameError as e:
    print(type(e).__name__, e)
