x = f"{a!rx}"
