format(1.5, "#x")
