# An uncaught AttributeError for a near-miss attribute: CPython adds a "Did you mean" suggestion.
class Ship:
    def __init__(self):
        self.velocity = 3
s = Ship()
print(s.velocity)
print(s.velocty)
