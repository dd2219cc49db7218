def f(): pass
f[0]
