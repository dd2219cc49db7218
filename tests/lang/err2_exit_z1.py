import sys
sys.stderr.write("fatal problem\n")
sys.exit(2)
