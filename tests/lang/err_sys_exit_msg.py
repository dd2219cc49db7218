# sys.exit("message"): the message goes to stderr, exit status 1.
import sys
print("checking input")
sys.exit("fatal: invalid input")
