class E(Exception):
    def __repr__(self):
        return "E!"
raise KeyError(E("x"))
