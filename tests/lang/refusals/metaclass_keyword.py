# expect-error: SyntaxError: 'metaclass' is not supported by jumpgate
# Metaclasses are outside the subset.
print("must not be printed")
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
