class A:
    def __hash__(self):
        raise KeyError("h")
{A()}
