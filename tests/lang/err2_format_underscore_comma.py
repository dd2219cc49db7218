format(1.5, "_,")
