import sys
sys.exit("multi\nline")
