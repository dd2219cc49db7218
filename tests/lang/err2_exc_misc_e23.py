class E(KeyError):
    def __str__(self):
        return "custom key"
raise E("k")
