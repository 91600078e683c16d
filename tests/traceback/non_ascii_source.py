# Non-ASCII text before the failing expression: carets count characters, not bytes.
def greet(name):
    return "héllo, ünïcode wörld " + name + " ✓ " + len(name)


greet("zoë")
