# A decorator that fails when applied.
def register(fn):
    return fn.registry[fn.__name__]


@register
def handler():
    pass
