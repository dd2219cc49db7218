format(1, "^^^")
