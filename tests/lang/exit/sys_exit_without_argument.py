# sys.exit() exits with status 0.
import sys
print("clean exit")
sys.exit()
print("never")
