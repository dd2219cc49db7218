# assert with and without a message; AssertionError args.
def check(v):
    assert v > 0
    return v
def check_msg(v):
    assert v > 0, "value must be positive, got " + str(v)
    return v
print(check(1), check_msg(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", repr(e), e.args, str(e) == "")
try:
    check_msg(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args[0])
assert True
assert 1 == 1, "never"
assert "non-empty"
x = 0
try:
    assert x, x
except AssertionError as e:
    print("message is the value:", repr(e.args[0]))
def side_effect():
    print("message evaluated")
    return "msg"
assert True, side_effect()
try:
    assert False, side_effect()
except AssertionError as e:
    print("caught", e)
count = 0
for i in range(10):
    try:
        assert i % 3, i
    except AssertionError as e:
        count += 1
print("failed asserts:", count)
