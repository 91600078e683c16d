# an uncaught exception of a nested class is reported with its __qualname__ (Outer.Inner: ...)
class Outer:
    class Inner(Exception):
        pass
raise Outer.Inner("deep")
