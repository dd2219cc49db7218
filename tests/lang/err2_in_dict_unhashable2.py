print({} in [1], {} in (1,), "a" in {"a": 1})
x = {} in {"a": 1}
