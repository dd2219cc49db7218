# raise SystemExit(5) inside nested calls: exit status 5; finally blocks run first.
def inner():
    raise SystemExit(5)
def outer():
    try:
        inner()
    finally:
        print("outer finally")
print("start")
outer()
print("not reached")
