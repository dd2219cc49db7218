# An exception inside a with block propagates after __exit__ runs.
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type)
        return False
with Managed():
    print("inside")
    [].pop()
