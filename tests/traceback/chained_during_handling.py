# An exception raised while handling another prints both.
def cleanup(items):
    return items[5]


def work(items):
    try:
        return 1 / 0
    except ZeroDivisionError:
        return cleanup(items)


work([1, 2])
