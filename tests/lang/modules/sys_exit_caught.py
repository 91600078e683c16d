# sys.exit raises SystemExit carrying its code; it can be caught and finally blocks run.
import sys
for arg in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    try:
        sys.exit(5)
    finally:
        print("finally runs on exit")
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, isinstance(e, Exception), isinstance(e, BaseException))
