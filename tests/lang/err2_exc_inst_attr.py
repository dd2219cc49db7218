ValueError("a").x
