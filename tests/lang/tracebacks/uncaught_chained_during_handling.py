# compare-stderr: traceback
# An exception raised inside an except block prints both, joined by "During handling ...".
def load(d):
    try:
        return d["config"]
    except KeyError:
        raise RuntimeError("config missing")
print("start")
load({})
