import time
time.time(1)
