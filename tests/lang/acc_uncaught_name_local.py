def compute(total_count):
    result = 0
    for i in range(3):
        result += total_cont
    return result
compute(3)
