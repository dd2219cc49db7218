print("quit")
quit()
