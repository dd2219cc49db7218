import sys
sys.stdout.write("partial")
raise SystemExit(3)
