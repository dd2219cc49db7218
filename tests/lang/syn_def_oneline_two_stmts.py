def f(): pass; return
print("ok")
def g(): if x: pass
