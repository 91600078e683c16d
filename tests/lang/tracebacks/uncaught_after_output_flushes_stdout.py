# Output printed before an uncaught exception still appears on stdout.
import sys
for i in range(5):
    print("line", i)
sys.stdout.write("partial line without newline")
1 / 0
