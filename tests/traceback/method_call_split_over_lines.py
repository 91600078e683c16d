# A method call split over lines is placed on the line of its name.
class Q:
    def push(self, x):
        return x


q = Q()
q.push(1)
result = (q
          .pull(2))
