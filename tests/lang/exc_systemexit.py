# SystemExit: catching it, .code values, finally blocks run on sys.exit.
import sys
for arg in [None, 0, 1, 3, "message", [1, 2]]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raise SystemExit(7):", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit:", e.code)
try:
    sys.exit(4)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught SystemExit", e.code)
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("finally runs during exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
try:
    raise KeyboardInterrupt("ctrl-c")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt:", e, isinstance(e, Exception))
print("exiting normally with 0")
sys.exit(0)
print("not printed")
