# A bare raise re-raises the current exception after some handling.
def process(xs):
    try:
        return [10 // x for x in xs]
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise
print(process([1, 2, 5]))
print(process([1, 0]))
