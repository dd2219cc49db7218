class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need, self.have = need, have
    def __str__(self):
        return "need %d, have %d" % (self.need, self.have)
class Account:
    _next = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next
        Account._next += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return "<%d %s %d>" % (self.id, self.owner, self._balance)
class Savings(Account):
    rate = 2
    def add_interest(self):
        interest = self._balance * self.rate // 100
        self.deposit(interest) if interest > 0 else None
        return interest
def transfer(a, b, amt):
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("transfer failed:", e, repr(e), e.args)
        return False
    else:
        b.deposit(amt)
        return True
    finally:
        print("transfer attempt", a.owner, "->", b.owner, amt)
alice = Account("alice", 100)
bob = Savings("bob", 50)
print(transfer(alice, bob, 30), transfer(bob, alice, 500), transfer(bob, alice, 80))
print(alice, bob, bob.add_interest(), bob)
for bad in [0, -5]:
    try:
        alice.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    alice.balance = 5
except AttributeError:
    print("balance is read-only")
print(alice.history, bob.history)
accounts = [alice, bob, Savings("carol", 75), Account("dave")]
print(sorted(accounts, key=lambda a: a.balance), [a.id for a in accounts])
print({a.owner: a.balance for a in accounts if isinstance(a, Savings)})
print(sum(a.balance for a in accounts), max(accounts, key=lambda a: (a.balance, a.owner)).owner)
