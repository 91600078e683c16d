# sys (argv, stdout.write, recursion limit, maxsize, exit) and time (types, monotonic, sleep)
import sys
import time
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

t("argv", lambda: (type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_and_time_modules.py")))
n = sys.stdout.write("written\n")
t("write returns", lambda: n)
t("write int", lambda: sys.stdout.write(5))
t("write noarg", lambda: sys.stdout.write())
print("a", end="", flush=True)
sys.stdout.write("b\n")
sys.stdout.flush()
t("limit", lambda: sys.setrecursionlimit(5000))
t("getlimit", lambda: sys.getrecursionlimit())
t("limit bad", lambda: sys.setrecursionlimit(0))
t("limit str", lambda: sys.setrecursionlimit("x"))
t("maxsize", lambda: (sys.maxsize, sys.maxsize == 2 ** 63 - 1))
t("version", lambda: (sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major))
t("byteorder", lambda: sys.byteorder)
t("float_info", lambda: (sys.float_info.max, sys.float_info.epsilon, sys.float_info.min))
t("int_info", lambda: hasattr(sys, "modules"))
t("platform", lambda: type(sys.platform).__name__)
t("stderr", lambda: hasattr(sys, "stderr"))
t("exit type", lambda: sys.exit)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code, e.args)
try:
    sys.exit("bye")
except SystemExit as e:
    print("exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("exit", e.code, e.args)

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
time.sleep(0)
t("types", lambda: (type(t0).__name__, type(m0).__name__, type(p0).__name__))
t("monotonic", lambda: time.monotonic() >= m0 + 0.005)
t("perf", lambda: time.perf_counter() - p0 > 0.005)
t("time", lambda: time.time() > 1.6e9)
t("sleep neg", lambda: time.sleep(-1))
t("sleep str", lambda: time.sleep("1"))
t("ns", lambda: (type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__))
t("process_time", lambda: type(time.process_time()).__name__)
print(sys.float_info)
print(sys.version_info[:2], sys.version_info >= (3, 8), type(sys.version_info).__name__, type(sys.float_info).__name__)
print(sys.float_info.max_exp, sys.float_info.dig, sys.float_info.radix, sys.float_info.rounds, len(sys.float_info))
print(isinstance(sys.float_info, tuple), sys.float_info[8])
