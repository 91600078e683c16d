# A raise followed by a comment is underlined without the comment.
def fail():
    raise KeyError("k")  # the comment is not part of the statement


fail()
