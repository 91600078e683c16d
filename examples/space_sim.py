# A small space simulation: ships with thrust and drag orbit a star, trade
# cargo at stations, and the sim prints a digest every few ticks.  Plain game
# logic - classes, dicts, floats, random with a seed - the kind of script a
# jumpgate node runs by the thousand.
import math
import random

random.seed(2026)

G = 40.0
DT = 0.05


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def __repr__(self):
        return f"({self.x:.2f}, {self.y:.2f})"


class Ship:
    def __init__(self, name, pos, vel):
        self.name = name
        self.pos = pos
        self.vel = vel
        self.cargo = {}
        self.credits = 1000

    def step(self):
        r = self.pos.length()
        acc = self.pos * (-G / (r * r * r))
        self.vel = self.vel + acc * DT
        self.pos = self.pos + self.vel * DT

    def trade(self, station):
        good = random.choice(sorted(station.prices))
        price = station.prices[good]
        if self.credits >= price:
            self.credits -= price
            self.cargo[good] = self.cargo.get(good, 0) + 1


class Station:
    def __init__(self, name, prices):
        self.name = name
        self.prices = prices


def main():
    ships = []
    for i in range(8):
        angle = 2 * math.pi * i / 8
        r = 5.0 + i
        v = math.sqrt(G / r)
        ships.append(Ship("ship-%d" % i, Vec(r * math.cos(angle), r * math.sin(angle)),
                          Vec(-v * math.sin(angle), v * math.cos(angle))))
    stations = [Station("Jita", {"ore": 12, "ice": 7, "gas": 30}),
                Station("Amarr", {"ore": 10, "salvage": 55, "gas": 28})]
    for tick in range(1, 401):
        for s in ships:
            s.step()
            if tick % 50 == 0:
                s.trade(stations[tick // 50 % 2])
        if tick % 100 == 0:
            far = max(ships, key=lambda s: s.pos.length())
            print(f"tick {tick}: farthest {far.name} at {far.pos} "
                  f"r={far.pos.length():.3f}")
    for s in sorted(ships, key=lambda s: -s.credits):
        cargo = ", ".join(f"{k}={v}" for k, v in sorted(s.cargo.items()))
        print(f"{s.name}: {s.credits} credits, cargo [{cargo}]")


if __name__ == "__main__":
    main()
