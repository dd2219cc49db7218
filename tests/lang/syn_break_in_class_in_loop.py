for i in x:
    class A:
        break
