try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("KI caught", type(e).__name__, repr(e))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
