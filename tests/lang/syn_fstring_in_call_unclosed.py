print(f"{1")
