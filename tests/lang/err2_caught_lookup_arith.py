try:
    [].pop()
except IndexError as e:
    print(isinstance(e, LookupError))
try:
    {}["a"]
except LookupError as e:
    print("lookup", repr(e))
try:
    1/0
except ArithmeticError as e:
    print("arith", repr(e))
