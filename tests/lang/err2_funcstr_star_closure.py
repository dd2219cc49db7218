def outer():
    def inner(*a):
        pass
    inner(*5)
outer()
