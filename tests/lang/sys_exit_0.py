# sys.exit(0) and sys.exit() end the program with status 0; output before it is kept.
import sys
print("before exit")
def work():
    for i in range(3):
        print("step", i)
        if i == 1:
            sys.exit(0)
work()
print("never printed")
