# match, case, _ and type are soft keywords: they remain ordinary names.
match = "a match object"
case = 3
_ = "underscore"
type_ = type(case)
def match_all(items, match=None):
    return [i for i in items if match is None or i == match]
print(match, case, _, type_.__name__, match_all([1, 2, 1], match=1))
class Pattern:
    def match(self, s):
        return s.startswith("x")
    case = "attr"
print(Pattern().match("xy"), Pattern.case, [match for match in range(3)], match)
for _ in range(2):
    pass
print(_, case * 2)
