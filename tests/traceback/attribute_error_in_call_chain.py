# An AttributeError three calls deep: each caller's line is underlined at the call.
class Ship:
    def __init__(self, name):
        self.name = name


def describe(ship):
    return "ship " + ship.name.upper() + " of class " + ship.klass.title()


def report(ships):
    lines = [describe(s) for s in ships]
    return "\n".join(lines)


print(report([Ship("a"), Ship("b")]))
