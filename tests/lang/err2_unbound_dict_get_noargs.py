dict.get()
