class A(UndefinedBase):
    pass
