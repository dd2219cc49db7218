# A small bank simulation with classes, exceptions, properties and formatting.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %.2f, have %.2f" % (needed, available))
        self.needed = needed
        self.available = available
class Account:
    next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
    def __str__(self):
        return "#%d %-6s %10.2f" % (self.id, self.owner, self._balance)
class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, acct):
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        try:
            a.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer %d->%d failed: %s" % (src, dst, e))
            return False
        b.deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        for acct in sorted(self.accounts.values(), key=lambda a: -a.balance):
            print("  " + str(acct))
        print("  total: {:,.2f}".format(self.total()))
bank = Bank()
alice = bank.open(Account("alice", 100.0))
bob = bank.open(Savings("bob", 2500.0, 0.05))
carol = bank.open(Account("carol"))
bank.report()
print(bank.transfer(1, 3, 30.0), bank.transfer(3, 2, 50.0), bank.transfer(2, 1, 1234.5))
print("interest", bob.add_interest())
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    carol.withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.needed, e.available)
bank.report()
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
