raise ValueError("a\r\nb")
