# product, permutations, combinations and their argument errors.
import itertools

print(list(itertools.product('ab', [0, 1])))
print(len(list(itertools.product(range(3), repeat=3))), list(itertools.product()))
print(list(itertools.permutations('abc', 2)))
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations('ab', 3)))
print(list(itertools.combinations_with_replacement('ab', 3)))
neighbours = [d for d in itertools.product((-1, 0, 1), repeat=2) if d != (0, 0)]
print(neighbours)
for fn in [lambda: itertools.permutations('ab', -1), lambda: itertools.combinations('ab', -1),
           lambda: itertools.product('a', repeat=-1)]:
    try:
        fn()
    except ValueError as e:
        print('ValueError', e)
