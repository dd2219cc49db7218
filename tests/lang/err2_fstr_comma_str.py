s = "a"
x = f"{s:,}"
