import time
time.sleep()
