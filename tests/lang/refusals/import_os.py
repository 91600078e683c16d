# expect-error: ModuleNotFoundError: No module named 'os'
# os (file and process access) is not a module of the subset.
print("before import")
import os
