def f():
    return;;
