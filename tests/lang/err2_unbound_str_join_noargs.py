str.join()
