# When the failing expression is the whole (stripped) line no carets are printed.
def explode():
    raise OSError("boom")


def run():
    explode()


run()
