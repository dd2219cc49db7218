# Uncaught AttributeError: 'Account' object has no attribute ...
class Account:
    def __init__(self):
        self.balance = 10
acct = Account()
print(acct.balance)
print(acct.owner)
