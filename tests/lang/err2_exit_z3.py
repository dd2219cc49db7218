import sys
sys.stderr.write("no newline")
sys.exit(1)
