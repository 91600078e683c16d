# The exception type and message of common failing operations match CPython.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = None
n = 5
show(lambda: 1 / 0)
show(lambda: [1, 2][5])
show(lambda: n[0])
show(lambda: 1 + "a")
show(lambda: "a" * "b")
show(lambda: {}["missing"])
show(lambda: undefined_name)
show(lambda: x.attr)
show(lambda: (1).foo)
show(lambda: int("x1"))
show(lambda: len(5))
show(lambda: [].pop())
show(lambda: None + 1)
show(lambda: -"s")
show(lambda: ~1.5)
lst, text, nothing, half = [1], "abc", None, 1.5
show(lambda: lst[nothing])
show(lambda: text[half])
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: hash([]))
show(lambda: {1, 2} + {3})
show(lambda: sum(["a", "b"]))
show(lambda: chr(-1))
show(lambda: ord("ab"))
show(lambda: n())
show(lambda: x())
show(lambda: [] < 1)
show(lambda: abs("s"))
show(lambda: max([]))
show(lambda: "x".foo())
