raise RecursionError("custom")
