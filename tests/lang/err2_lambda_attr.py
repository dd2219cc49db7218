print(print.__name__, len.__name__, "".join.__name__)
(lambda: 1).x
