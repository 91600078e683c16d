# json.dumps: separators, indentation, key handling, escapes and floats.
import json

data = {'name': 'Zoë', 'hp': 87.5, 'pos': [3, -2], 'alive': True, 'pet': None,
        'tags': ('a', 'b'), 'ratio': 0.1, 'big': 10 ** 20, 'tiny': 1e-7, 2: 'two'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, indent=2))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [1, {'d': 2, 'c': 3}]}, sort_keys=True, indent='\t'))
print(json.dumps('quote " slash \\ tab \t nl \n bell \x07 emoji \U0001f600'))
print(json.dumps([float('inf'), float('-inf'), float('nan'), -0.0, 1e16, 123456789.125]))
print(json.dumps({True: 1, None: 2, 1.5: 3}), json.dumps([]), json.dumps({}, indent=4))
print(json.dumps({'s': {3, 1}}, default=sorted))
for bad in [object(), {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
