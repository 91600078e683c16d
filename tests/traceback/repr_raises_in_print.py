# A __str__ that raises while print formats it.
class Bad:
    def __str__(self):
        return "value: " + self.value


print("ok")
print("item", Bad())
