raise ValueError(-0.0, float("nan"), float("inf"))
