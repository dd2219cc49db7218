break
if x:
pass
