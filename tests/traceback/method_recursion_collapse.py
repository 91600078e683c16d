# Method recursion: repeated lines collapse, and the last differing line does not.
class Tree:
    def __init__(self, depth):
        self.child = Tree(depth - 1) if depth else None
        self.depth = depth

    def leaf_value(self):
        if self.child is None:
            return self.value
        return self.child.leaf_value()


Tree(8).leaf_value()
