print("a" "b" 5)
