# a small RPG: classes, properties, inheritance, dict/list bookkeeping, seeded combat, reports
import random
from collections import Counter, defaultdict, namedtuple

Item = namedtuple("Item", "name weight value")

class Entity:
    count = 0
    def __init__(self, name, hp):
        self.name = name
        self._hp = hp
        self.max_hp = hp
        Entity.count += 1
        self.id = Entity.count
    @property
    def hp(self):
        return self._hp
    @hp.setter
    def hp(self, v):
        self._hp = max(0, min(self.max_hp, v))
    @property
    def alive(self):
        return self._hp > 0
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, hp={self.hp}/{self.max_hp})"
    def __lt__(self, other):
        return (self.hp, self.name) < (other.hp, other.name)
    @classmethod
    def spawn(cls, name):
        return cls(name, cls.BASE_HP)
    @staticmethod
    def roll(rng, sides=6, n=1):
        return sum(rng.randint(1, sides) for _ in range(n))

class Hero(Entity):
    BASE_HP = 30
    def __init__(self, name, hp):
        super().__init__(name, hp)
        self.inventory = []
        self.gold = 0
    @property
    def load(self):
        return sum(i.weight for i in self.inventory)
    def pick(self, item):
        if self.load + item.weight > 20:
            raise ValueError(f"{self.name} cannot carry {item.name} ({self.load}+{item.weight} > 20)")
        self.inventory.append(item)
    def attack(self, rng, target):
        dmg = self.roll(rng, 6, 2) + (3 if any(i.name == "sword" for i in self.inventory) else 0)
        target.hp -= dmg
        return dmg

class Monster(Entity):
    BASE_HP = 12
    def attack(self, rng, target):
        dmg = self.roll(rng, 4)
        target.hp -= dmg
        return dmg

rng = random.Random(2024)
hero = Hero.spawn("Ayla")
for it in (Item("sword", 8, 50), Item("shield", 9, 40), Item("potion", 1, 10), Item("anvil", 30, 5)):
    try:
        hero.pick(it)
    except ValueError as e:
        print("!", e)
print(hero, hero.load, [i.name for i in hero.inventory])
monsters = [Monster.spawn(n) for n in ("rat", "bat", "orc")]
monsters[2].max_hp = monsters[2].hp = 25
log = defaultdict(list)
turn = 0
while hero.alive and any(m.alive for m in monsters):
    turn += 1
    target = min(m for m in monsters if m.alive)
    d = hero.attack(rng, target)
    log[target.name].append(d)
    if not target.alive:
        hero.gold += rng.randrange(5, 20, 5)
        print(f"turn {turn:2d}: {target.name} falls ({sum(log[target.name])} dmg in {len(log[target.name])} hits)")
    for m in monsters:
        if m.alive:
            hero.hp -= m.attack(rng, hero)
    if hero.hp < 10 and any(i.name == "potion" for i in hero.inventory):
        hero.inventory = [i for i in hero.inventory if i.name != "potion"]
        hero.hp += 15
        print(f"turn {turn:2d}: potion! hp={hero.hp}")
print("result:", "victory" if hero.alive else "defeat", hero, sorted(monsters), hero.gold)
print(dict(log))
print(Counter(d for ds in log.values() for d in ds).most_common(3))
print(Entity.count, Hero.count, hero.id, monsters[-1].id)
print(f"{'name':<6}|{'hp':>4}|{'alive':^7}|")
for e in [hero] + monsters:
    print(f"{e.name:<6}|{e.hp:>4}|{str(e.alive):^7}|")
try:
    hero.alive = False
except AttributeError as e:
    print("AttributeError", e)
try:
    del hero.hp
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(hero, Entity), issubclass(Monster, Hero), type(hero).__mro__[1].__name__)
