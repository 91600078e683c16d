# for/else, break, continue and nested loops.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i =", i)
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty loop else")
for i, ch in enumerate("ab"):
    for j in range(2):
        if j == 1:
            continue
        print(i, ch, j)
