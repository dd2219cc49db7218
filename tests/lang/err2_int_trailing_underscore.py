print(int("1_0"), int(" 0x1f ", 16), int("0o17", 8), int("0b11", 0), int("-0x10", 16), int("+5"), int(" -5\n"))
int("1_")
