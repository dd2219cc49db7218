class E(Exception):
    def __init__(self, *args):
        super().__init__()
raise E("a", "b")
