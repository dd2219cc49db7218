def outer():
    x = 1
    def inner():
        x += 1
    inner()
outer()
