print("never")
nonlocal y
