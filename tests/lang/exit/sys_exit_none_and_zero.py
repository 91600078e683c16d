# sys.exit(None) exits with status 0, after finally blocks run.
import sys
try:
    print("in try")
    sys.exit(None)
finally:
    print("finally still runs")
