import sys
class A:
    def __str__(self):
        return "custom exit"
sys.exit(A())
