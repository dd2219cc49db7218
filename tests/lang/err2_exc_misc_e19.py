import sys
def handler():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        sys.exit(e.args[0])
handler()
