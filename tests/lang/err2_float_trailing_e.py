print(float("1_000.5"), float(" 1e5 "), float("-inF"), float("+nan"), float("1."), float(".5"), float("1E-3"))
float("1e")
