# expect-error: ModuleNotFoundError: No module named 'threading'
# Threads are outside the subset; tasklets replace them.
print("before import")
import threading
