# Uncaught exception raised while handling another one (implicit __context__).
def risky():
    try:
        return {}["key"]
    except KeyError:
        print("handling KeyError")
        raise RuntimeError("failed during handling")
risky()
