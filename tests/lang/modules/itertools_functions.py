# itertools: count, chain, islice, product, permutations, combinations.
import itertools
c = itertools.count()
print(next(c), next(c), list(itertools.islice(itertools.count(10, 5), 4)), next(itertools.count(1.5, 0.5)))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice("abcdefg", 3)), list(itertools.islice("abcdefg", 2, 6)),
      list(itertools.islice("abcdefg", 1, None, 2)), list(itertools.islice(range(10), 0)))
print(list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1], repeat=2)))
print(len(list(itertools.product(range(3), repeat=3))), list(itertools.product()))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations("abcd", 3)))
print(list(itertools.combinations([1, 2], 3)), list(itertools.permutations([], 0)))
