zip()
