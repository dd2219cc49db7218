sorted({1: "a", "b": 2})
