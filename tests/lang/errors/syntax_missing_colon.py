# A compound statement header without its colon.
print("must not be printed")
for i in range(3)
    print(i)
