# Importing a module that exists nowhere raises ModuleNotFoundError, an ImportError.
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))
try:
    from _helper_mod import no_such_name
except ImportError as e:
    print(type(e).__name__)
print("continuing")
import no_such_module_anywhere_either
