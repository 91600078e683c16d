# CPython reference for pickle_tasklet.py: pickle.dumps + pickle.loads of the
# same locals data (pickle_data.py), not of a tasklet.  Run by /usr/bin/python3.
# Usage: python3 pickle_ref.py [ITERATIONS] [MAX_SECONDS]
# Prints "data_rt_us=X data_bytes=B" and "iterations=N checksum=C".
import pickle
import sys
import time

from pickle_data import make_data

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
max_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0

data = make_data()
dumps, loads = pickle.dumps, pickle.loads
for _ in range(1000):
    loads(dumps(data))
clock = time.perf_counter
start = clock()
done = 0
while done < n:
    copy = loads(dumps(data))
    done += 1
    if done & 255 == 0 and clock() - start > max_seconds:
        break
elapsed = clock() - start
ok = copy == data
print("data_rt_us=%.3f data_bytes=%d" % (elapsed * 1e6 / done, len(dumps(data))))
print("iterations=%d checksum=%s" % (done, "ok" if ok else "MISMATCH"))
