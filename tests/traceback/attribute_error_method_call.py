# A missing method called with arguments: the carets cover the attribute only.
class Fleet:
    def __init__(self):
        self.ships = []


fleet = Fleet()
total = len(fleet.ships) + fleet.count_ships(1, 2)
