# copy() and slicing are shallow; list() copies; identity versus equality.
orig = [[1, 2], [3, 4]]
shallow = orig.copy()
sliced = orig[:]
listed = list(orig)
shallow[0].append(99)
shallow.append([5])
print(orig, shallow, sliced, listed)
print(orig == sliced, orig is sliced, orig[0] is sliced[0])
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m, [row[1] for row in m], [list(c) for c in zip(*m)])
m[1][1] = "x"
print(m)
