# A stray "=" is a syntax error: the program does not run at all.
print("must not be printed")
x = = 1
