int("it's")
