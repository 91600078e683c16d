# KeyboardInterrupt and SystemExit are not Exceptions; MemoryError is.
for cls in [KeyboardInterrupt, SystemExit, MemoryError]:
    try:
        try:
            raise cls("x")
        except Exception as e:
            print("caught by Exception:", type(e).__name__)
    except BaseException as e:
        print("only BaseException caught:", type(e).__name__)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("ctrl-c", repr(e))
print(issubclass(MemoryError, Exception), issubclass(KeyboardInterrupt, Exception))
