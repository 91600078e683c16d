# reduce, partial and cmp_to_key.
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 7)), functools.reduce(max, [3, 8, 2], 10))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
base2 = functools.partial(int, base=2)
print(base2('1011'), base2.args, base2.keywords, base2.func is int)
print(functools.partial(max, 1, key=abs))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=functools.cmp_to_key(lambda x, y: len(x) - len(y))))


def area(w, h, unit='m'):
    return '%d%s' % (w * h, unit)


print(functools.partial(area, 3)(4), functools.partial(area, unit='cm')(2, 5))
