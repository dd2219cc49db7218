v = 7; s = "q"
print(f"{v=}", f"{v + 1 = }", f"{s=!r}", f"{s=}", f"{v=:03d}")
