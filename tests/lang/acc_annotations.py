def area(w: int, h: int = 2) -> int:
    return w * h
count: int = 0
name: str
class P:
    x: int = 1
    y: float
    def __init__(self, x: int) -> None:
        self.x: int = x
print(area(3), area(3, 4), count, P(5).x, P.x)
