# Indentation mixing tabs and spaces inconsistently is a TabError.
print("must not be printed")
if True:
        x = 1
	y = 2
