x = "s"
f"{x!r:d}"
