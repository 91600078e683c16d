# The NotImplementedError pattern for abstract methods.
class Base:
    def run(self):
        return "running " + self.step()
    def step(self):
        raise NotImplementedError("subclasses must implement step")
class Impl(Base):
    def step(self):
        return "impl step"
print(Impl().run())
try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
class Partial(Base):
    def step(self):
        return super().step()
try:
    Partial().run()
except NotImplementedError as e:
    print("partial:", e)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e), e.args)
