x = 0b101abc
