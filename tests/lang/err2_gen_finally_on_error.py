def gen():
    try:
        yield 1
    finally:
        print("cleanup")
for x in gen():
    raise ValueError("in loop")
