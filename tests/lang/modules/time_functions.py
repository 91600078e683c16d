# time.time, monotonic, perf_counter and sleep: types and ordering, never printed values.
import time
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, t0 > 1.6e9)
time.sleep(0.05)
t1, m1, p1 = time.time(), time.monotonic(), time.perf_counter()
print(m1 >= m0, p1 >= p0, m1 - m0 >= 0.04, p1 - p0 >= 0.04, p1 - p0 < 5, t1 >= t0 - 1)
time.sleep(0)
print(time.monotonic() >= m1, "slept")
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
