float([1])
