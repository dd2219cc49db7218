# if __name__ == "__main__": runs in the main program but not in imported modules.
import _shapes
def main():
    print("main() running, __name__ =", __name__)
    print(_shapes.__name__)
    return 0
if __name__ == "__main__":
    main()
else:
    print("imported, not main")
print("module body done")
