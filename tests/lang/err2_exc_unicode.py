raise ValueError("é ü 日本")
