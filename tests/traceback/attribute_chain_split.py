# An attribute access whose object ends on an earlier line.
class Node:
    def __init__(self):
        self.next = None


head = Node()
value = head.next \
    .next
