sorted([1], reverse="x")
