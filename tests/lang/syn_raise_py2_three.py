raise ValueError, "msg", tb
