# raise ... from ...: both tracebacks, joined by the "direct cause" line.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad config value " + repr(text)) from e


parse("12")
parse("x1")
