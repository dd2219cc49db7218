# Uncaught UnboundLocalError: cannot access local variable 'total' where it is not associated with a value.
total = 10
def add(v):
    total = total + v
    return total
print("calling add")
print(add(5))
