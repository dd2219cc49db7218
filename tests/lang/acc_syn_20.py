print("never")
class C:
    return 1
