format("s", "#")
