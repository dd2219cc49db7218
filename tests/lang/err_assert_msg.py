# Uncaught AssertionError with a message.
balance = 100
for withdrawal in [30, 50, 40]:
    assert withdrawal <= balance, "overdraft: " + str(withdrawal) + " > " + str(balance)
    balance -= withdrawal
    print("balance", balance)
