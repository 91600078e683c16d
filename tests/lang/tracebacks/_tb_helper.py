# Helper module for tracebacks/uncaught_from_helper_module_class.py.
class HelperError(Exception):
    pass
def explode(msg):
    raise HelperError(msg)
