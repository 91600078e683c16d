# Every import of a module gives the same module object; its state is shared.
import _helper_mod
import _helper_mod as again
from _helper_mod import Widget
_helper_mod.GREETING = "changed"
print(again.GREETING, again is _helper_mod, again.greet("x"), Widget is again.Widget)
again.bump()
print(_helper_mod.counter)
