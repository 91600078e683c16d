# CPython reference for pickle_tasklet.py: pickle.dumps + pickle.loads of the
# same locals data (pickle_data.py), not of a tasklet.  Run by /usr/bin/python3.
# Usage: python3 pickle_ref.py [ITERATIONS] [MAX_SECONDS]
# Times it as pickle_tasklet.py does (the median of batches: timing.py).
# Prints "data_rt_us=X data_bytes=B" and "checksum=C".
import pickle
import sys

from pickle_data import make_data
from timing import batch_median_us

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
max_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0

data = make_data()
dumps, loads = pickle.dumps, pickle.loads


def round_trip(obj):
    return loads(dumps(obj))


for _ in range(1000):
    round_trip(data)
us = batch_median_us(round_trip, data, n, max_seconds)
copy = round_trip(data)
ok = copy == data
print("data_rt_us=%.3f data_bytes=%d" % (us, len(dumps(data))))
print("checksum=%s" % ("ok" if ok else "MISMATCH"))
