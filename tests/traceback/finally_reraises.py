# An exception passing through finally keeps its traceback.
def risky(d):
    try:
        return d["x"] + 1
    finally:
        print("cleanup")


risky({"x": "1"})
