# and/or return one of their operands and stop evaluating early; not returns a bool.
def t(v):
    print("eval", v)
    return v
print(t(0) or t("") or t("last"))
print(t(1) and t(2) and t(3))
print(t(0) and t("skipped"))
print(t("first") or t("skipped"))
print(not 0, not "x", not None, not [], None or [], [] and 5, 0 or 0.0)
x = None
name = x or "default"
print(name, (x is not None) and x.attr)
