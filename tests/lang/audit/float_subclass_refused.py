# expect-error: TypeError: subclassing 'float' is not supported by jumpgate
# floats are inline values with no room for a class, so `class M(float)` is refused
# instead of silently giving plain floats without the subclass's methods
class Meters(float):
    def __str__(self):
        return f"{float(self):.1f} m"
print(str(Meters(2.25)))
