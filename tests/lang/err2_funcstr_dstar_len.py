len(**5)
