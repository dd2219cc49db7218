range("3")
