# All of the subset's CPython-compatible built-in modules import, and attributes resolve.
import math, time, random, sys
import collections, heapq, itertools, functools, string, json, pickle
from collections import deque, defaultdict, namedtuple, OrderedDict, Counter
for mod in [math, time, random, sys, collections, heapq, itertools, functools, string, json, pickle]:
    print(mod.__name__, type(mod).__name__)
print(callable(deque), callable(namedtuple), callable(json.dumps), callable(functools.partial))
