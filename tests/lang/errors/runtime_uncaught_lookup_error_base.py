# An uncaught LookupError and ArithmeticError-derived class instance raised directly.
class DomainError(ArithmeticError):
    pass
try:
    raise LookupError("generic lookup")
except LookupError as e:
    print(repr(e))
raise DomainError("bad domain")
