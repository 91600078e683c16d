# Tab indentation: the source line is printed without it, carets follow.
def f(a):
	if a:
		return a.missing
	return 0


f(1)
