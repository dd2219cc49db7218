import sys
sys.setswitchinterval(0)
