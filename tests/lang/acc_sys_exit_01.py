import sys
print(sys.argv[0].endswith("acc_sys_exit_01.py"), len(sys.argv))
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(0)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", type(e).__name__, e.code)
def f():
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")
try:
    f()
except SystemExit as e:
    print("caught", e.code)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
sys.stdout.flush() if hasattr(sys.stdout, "flush") else None
print("exiting with 2")
sys.exit(2)
print("unreachable")
