# expect-error: SyntaxError: multiple inheritance is not supported by jumpgate
# A class statement naming two bases is refused.
print("must not be printed")
class A:
    pass
class B:
    pass
class C(A, B):
    pass
