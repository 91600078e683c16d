# expect-error: SyntaxError: relative imports are not supported by jumpgate
# Modules are single files beside the program: relative imports are refused.
print("must not be printed")
from . import sibling
