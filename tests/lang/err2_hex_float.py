hex(1.5)
