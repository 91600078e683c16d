# pass and docstring-only bodies are valid everywhere a block is required.
def nothing():
    pass
def doc_only():
    """Only a docstring."""
class Empty:
    pass
for _ in range(2):
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(nothing(), doc_only(), Empty.__name__, _)
while False:
    pass
print("end", ...)
class WithDoc:
    """Docstring body."""
print(WithDoc.__doc__, nothing.__name__)
