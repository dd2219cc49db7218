# An error raised deep inside nested function calls (traceback with many frames).
def level(n):
    if n == 0:
        data = [1, 2, 3]
        return data[n - 10]
    return level(n - 1) + 1
def start():
    print("starting descent")
    return level(25)
start()
