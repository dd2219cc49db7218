class A:
    count = 0
A.cont
