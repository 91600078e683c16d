# Uncaught OverflowError converting a huge int to float.
print("converting")
print(float(10 ** 400))
