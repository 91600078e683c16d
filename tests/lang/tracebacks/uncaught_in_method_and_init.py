# compare-stderr: traceback
# Tracebacks through __init__ and methods name the functions that raised.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
acct = Account(10)
print(acct.withdraw(3))
print(acct.withdraw(30))
