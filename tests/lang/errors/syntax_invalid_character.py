# A character that cannot start any token.
print("must not be printed")
x = 5 $ 3
