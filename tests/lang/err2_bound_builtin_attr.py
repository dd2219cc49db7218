"".join.x
