# if/elif/else, conditional expressions, pass, truthiness in conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(v) for v in [-5, 0, 3, 42, 1000]])
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 21)))
for v in [0, 1, "", "x", [], [0], None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
print("odd" if x % 2 else "even", "big" if x > 5 else "small" if x > 2 else "tiny")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
if x > 5:
    pass
else:
    print("never")
def sign(v):
    return 1 if v > 0 else -1 if v < 0 else 0
print(sign(3), sign(-2), sign(0))
if 0 < x < 10 and x != 5 or False:
    print("compound condition true")
if not (x > 10 or x < 0):
    print("in range")
y = None
if y is None:
    print("y is None")
if x == 7:
    if x % 7 == 0:
        print("nested if")
def grade(score):
    if score >= 90: return "A"
    elif score >= 80: return "B"
    elif score >= 70: return "C"
    return "F"
print([grade(s) for s in [95, 85, 75, 10]])
class Empty:
    pass
def noop():
    pass
print(noop(), Empty is not None)
while False:
    pass
for _ in range(0):
    pass
print("done")
