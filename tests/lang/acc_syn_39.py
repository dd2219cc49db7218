print("never")
try:
    pass
finally:
    pass
except:
    pass
