import sys
sys.stdout.write("out\n")
sys.stderr.write(5)
