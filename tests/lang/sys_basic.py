# sys: argv, stdout.write (return value, no newline), stderr.write, recursion limit, switch interval.
import sys
print(type(sys.argv), len(sys.argv), sys.argv[0].endswith("sys_basic.py"))
n = sys.stdout.write("written without newline")
sys.stdout.write("|\n")
print("write returned", n)
print(sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stderr.write("this goes to stderr\n")
sys.stdout.write("a")
print("b")
sys.stdout.write("multi\nline\n")
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
old = sys.getswitchinterval()
print(type(old))
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
import sys as system
print(system is sys, system.getrecursionlimit())
from sys import argv, exit
print(argv is sys.argv)
try:
    exit(12)
except SystemExit as e:
    print("exit code", e.code)
