# A chain of method calls across classes.
class Engine:
    def start(self, fuel):
        return self.ignite(fuel) * 2

    def ignite(self, fuel):
        return fuel["octane"]


class Car:
    def __init__(self):
        self.engine = Engine()

    def drive(self, fuel):
        return self.engine.start(fuel)


car = Car()
print(car.drive({"octane": 95}))
print(car.drive({}))
