raise ValueError(ValueError("inner"))
