class E(Exception):
    def __str__(self):
        return "custom!"
raise E(1)
