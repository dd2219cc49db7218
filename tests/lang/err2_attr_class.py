class C:
    pass
C.zz
