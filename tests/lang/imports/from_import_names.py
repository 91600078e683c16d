# from x import a, b as c binds the names; later module changes to rebinding are not seen.
from _helper_mod import greet, GREETING as G, bump, counter
from math import sqrt, pi as PI
print(greet("from-import"), G, sqrt(2), PI)
print(bump(), bump(), counter)
import _helper_mod
print(_helper_mod.counter, counter, greet is _helper_mod.greet)
