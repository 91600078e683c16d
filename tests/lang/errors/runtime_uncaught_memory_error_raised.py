# An explicitly raised MemoryError, uncaught.
print("out of budget")
raise MemoryError("budget exceeded")
