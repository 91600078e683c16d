# __bool__ raising while an if statement tests its object.
class Flag:
    def __bool__(self):
        raise RuntimeError("undecided")


def check(flag):
    if flag:
        return 1
    return 0


check(Flag())
