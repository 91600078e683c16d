# A caught SystemExit does not end the program; a later one does.
import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught exit with", e.code)
print("still running")
sys.exit(0)
