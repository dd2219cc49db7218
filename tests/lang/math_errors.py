# math domain/range errors and OverflowError cases that CPython also raises.
import math
def show(label, fn):
    try:
        print(label, fn())
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)
show("sqrt(-1)", lambda: math.sqrt(-1))
show("log(0)", lambda: math.log(0))
show("log(-1)", lambda: math.log(-1))
show("log2(0)", lambda: math.log2(0))
show("log10(-5)", lambda: math.log10(-5))
show("exp(1000)", lambda: math.exp(1000))
show("pow(10, 400)", lambda: math.pow(10, 400))
show("floor(inf)", lambda: math.floor(math.inf))
show("ceil(-inf)", lambda: math.ceil(-math.inf))
show("floor(nan)", lambda: math.floor(math.nan))
show("int(inf)", lambda: int(math.inf))
show("int(nan)", lambda: int(math.nan))
show("isqrt(-4)", lambda: math.isqrt(-4))
show("round(inf)", lambda: round(math.inf))
show("round(nan)", lambda: round(math.nan))
show("1e308*10", lambda: 1e308 * 10)
show("sqrt(inf)", lambda: math.sqrt(math.inf))
show("exp(-inf)", lambda: math.exp(-math.inf))
show("log(inf)", lambda: math.log(math.inf))
show("atan2(0,0)", lambda: math.atan2(0, 0))
show("sin(inf)", lambda: math.sin(math.inf))
show("hypot(inf,nan)", lambda: math.hypot(math.inf, math.nan))
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
