# __exit__ raising while leaving a with block normally.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return {}["missing"]


with Guard() as g:
    print("inside")
