# A multi-line exception message: the last stderr line is the message's last line.
print("multi")
raise RuntimeError("first line\nsecond line\nlast line")
