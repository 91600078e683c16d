# vm/lib/_builtins_parts.py - gathers the type files' Python fallbacks
# (vm/lib/_builtins_<area>.py) into the prelude's namespace.
import _jg
