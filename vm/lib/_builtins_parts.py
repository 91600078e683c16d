# vm/lib/_builtins_parts.py - gathers the type files' Python fallbacks
# (vm/lib/_builtins_<area>.py) into the prelude's namespace, where the
# interpreter and the natives look them up by name.
import _jg
import _builtins_fns
import _builtins_str
import _builtins_num
import _builtins_containers

_jg.merge(_builtins_fns)
_jg.merge(_builtins_str)
_jg.merge(_builtins_num)
_jg.merge(_builtins_containers)
