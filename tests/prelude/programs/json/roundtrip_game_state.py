# A saved game: dumps then loads gives back the same state.
import json


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode(o):
    if isinstance(o, Vec):
        return {'__vec__': [o.x, o.y]}
    raise TypeError('cannot encode %s' % type(o).__name__)


def decode(d):
    if '__vec__' in d:
        return Vec(*d['__vec__'])
    return d


state = {'turn': 12, 'players': [{'name': 'p1', 'at': Vec(1, 2)}, {'name': 'p2', 'at': Vec(-3, 0)}],
         'seed': 2 ** 61 + 1, 'weights': [0.25, 0.5, 0.125]}
text = json.dumps(state, default=encode, indent=1, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode)
print(back['turn'], [(p['name'], p['at'].x, p['at'].y) for p in back['players']], back['seed'], back['weights'])
print(json.dumps(json.loads(text)) == json.dumps(json.loads(json.dumps(json.loads(text)))))
