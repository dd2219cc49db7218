raise ValueError TypeError
