# finally runs on return/break/continue; a return in finally overrides and swallows.
def ret():
    try:
        return "try"
    finally:
        print("finally after return")
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(ret(), override(), swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("f", n)
print(count())
