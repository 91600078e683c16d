# An exception with several args prints their tuple as the message.
print("several args")
raise ValueError("bad", 42, [1])
