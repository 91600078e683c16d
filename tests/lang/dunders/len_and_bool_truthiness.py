# Truthiness uses __bool__, then __len__, else True.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class No:
    def __bool__(self):
        return False
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
for obj in [Empty(), Full(), No(), Both(), Plain()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj, obj and 1 or 2)
print(len(Full()), len(Both()))
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print(type(e).__name__, e)
while Empty():
    print("never")
print([x for x in [Empty(), Full()] if x].__len__())
