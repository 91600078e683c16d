# A user exception class with an __init__; its module is __main__.
class GameError(Exception):
    def __init__(self, code):
        super().__init__("error code %d" % code)
        self.code = code


def play(level):
    if level > 2:
        raise GameError(level * 10)
    return play(level + 1)


play(0)
