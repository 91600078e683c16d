# expect-error: RuntimeError: recursion limit 100000
# jumpgate only: the default recursion limit is 100,000 (CPython's is 1,000).
import sys
raise RuntimeError(f"recursion limit {sys.getrecursionlimit()}")
