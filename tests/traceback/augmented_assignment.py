# Augmented assignments to names, attributes and subscripts.
class Box:
    def __init__(self):
        self.n = 0


def bump(box, seq):
    box.n += 1
    seq[0] += 1
    box.n += None


bump(Box(), [0])
