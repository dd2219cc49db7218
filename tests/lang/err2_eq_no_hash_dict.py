class A:
    def __eq__(self, o): return True
{A(): 1}
