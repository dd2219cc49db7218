class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, n):
        if n > self.bal:
            raise ValueError(f"insufficient funds: balance {self.bal}, requested {n}")
        self.bal -= n
Account(10).withdraw(50)
