# User exceptions: custom __init__, custom __str__, extra attributes, and hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key} not found")
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field, self.reason = field, reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
for exc in [AppError("generic"), NotFound("user42"), Invalid("age", "negative"), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args, isinstance(e, Exception), getattr(e, "key", None))
try:
    raise NotFound("x")
except NotFound as e:
    print(repr(e), e.key)
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")), issubclass(WithRepr, ValueError))
