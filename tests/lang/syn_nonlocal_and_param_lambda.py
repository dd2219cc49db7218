def f(x):
    def g(x):
        global x
