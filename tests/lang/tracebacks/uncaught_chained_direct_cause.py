# compare-stderr: traceback
# raise ... from ... prints "The above exception was the direct cause of the following exception:".
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad config value") from e
print("parsing")
parse("abc")
