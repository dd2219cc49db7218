list.sort([3, "a"])
