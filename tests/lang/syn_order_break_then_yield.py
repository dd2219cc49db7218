break
yield 1
