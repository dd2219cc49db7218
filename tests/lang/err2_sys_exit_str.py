import sys
print("x")
sys.exit("bye")
