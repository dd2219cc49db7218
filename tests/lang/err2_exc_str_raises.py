class E(Exception):
    def __str__(self):
        raise ValueError("boom")
raise E("x")
