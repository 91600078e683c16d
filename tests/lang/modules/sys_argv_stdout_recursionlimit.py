# sys.argv, sys.stdout.write, sys.setrecursionlimit and sys.getrecursionlimit.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b\n")
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
sys.stderr.write("to stderr\n")
