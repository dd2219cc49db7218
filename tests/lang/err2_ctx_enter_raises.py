class CM:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, t, v, tb):
        print("never")
with CM():
    print("never")
