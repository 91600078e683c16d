# Uncaught TypeError from mixing int and str.
total = 0
for v in [1, 2, "3"]:
    total += v
    print(total)
