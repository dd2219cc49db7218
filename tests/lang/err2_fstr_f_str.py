s = "a"
x = f"{s:.2f}"
