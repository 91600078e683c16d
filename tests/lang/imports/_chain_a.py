# Helper: imports another helper, to test transitive imports.
import _chain_b
VALUE = "a+" + _chain_b.VALUE
def call_b():
    return _chain_b.double(21)
