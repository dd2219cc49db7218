try: pass
except: pass
try: pass
finally pass
