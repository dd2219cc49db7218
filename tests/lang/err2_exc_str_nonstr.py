class E(Exception):
    def __str__(self):
        return 5
raise E("x")
