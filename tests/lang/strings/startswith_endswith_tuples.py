# startswith / endswith with a string, a tuple of strings and a start/end range.
name = "report_2024.csv"
print(name.startswith("report"), name.startswith(("data", "report")), name.startswith("2024", 7))
print(name.endswith(".csv"), name.endswith((".txt", ".json")), name.endswith("report", 0, 6))
print("".startswith(""), "abc".startswith(""), "abc".endswith(("c",)), "abc".startswith(()))
try:
    name.startswith(["report"])
except TypeError as e:
    print(type(e).__name__, e)
