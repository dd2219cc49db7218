import sys
try:
    sys.exit("bye")
finally:
    print("fin")
