# import NAME finds NAME.py beside the program and runs its body once.
import _helper_mod
print(_helper_mod.greet("world"), _helper_mod.GREETING, _helper_mod.__name__)
import _helper_mod
print(_helper_mod.bump(), _helper_mod.bump(), _helper_mod.counter)
print(_helper_mod.Widget(3), type(_helper_mod.Widget(1)).__name__, _helper_mod._private)
