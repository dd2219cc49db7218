class A:
    def __neg__(self):
        return 5
print(-A())
+A()
