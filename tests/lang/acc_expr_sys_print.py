import sys
try:
    print('print("x", file=sys.stdout)', '=>', repr((print("x", file=sys.stdout))))
except Exception as ex:
    print('print("x", file=sys.stdout)', '=> EXC', type(ex).__name__, ex)
try:
    print('print("y", file=None)', '=>', repr((print("y", file=None))))
except Exception as ex:
    print('print("y", file=None)', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.stdout.write(5)', '=>', repr((sys.stdout.write(5))))
except Exception as ex:
    print('sys.stdout.write(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('print(file=sys.stdout, end="|\\n")', '=>', repr((print(file=sys.stdout, end="|\n"))))
except Exception as ex:
    print('print(file=sys.stdout, end="|\\n")', '=> EXC', type(ex).__name__, ex)
try:
    print('print("a", "b", sep="\\n")', '=>', repr((print("a", "b", sep="\n"))))
except Exception as ex:
    print('print("a", "b", sep="\\n")', '=> EXC', type(ex).__name__, ex)
try:
    print('print("tab", "sep", sep="\\t")', '=>', repr((print("tab", "sep", sep="\t"))))
except Exception as ex:
    print('print("tab", "sep", sep="\\t")', '=> EXC', type(ex).__name__, ex)
try:
    print('print(sep="")', '=>', repr((print(sep=""))))
except Exception as ex:
    print('print(sep="")', '=> EXC', type(ex).__name__, ex)
try:
    print('print(1, 2, sep=5)', '=>', repr((print(1, 2, sep=5))))
except Exception as ex:
    print('print(1, 2, sep=5)', '=> EXC', type(ex).__name__, ex)
try:
    print('print(1, end=5)', '=>', repr((print(1, end=5))))
except Exception as ex:
    print('print(1, end=5)', '=> EXC', type(ex).__name__, ex)
try:
    print('print("é", "中", sep="·")', '=>', repr((print("é", "中", sep="·"))))
except Exception as ex:
    print('print("é", "中", sep="·")', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.stdout.write("no newline") or print()', '=>', repr((sys.stdout.write("no newline") or print())))
except Exception as ex:
    print('sys.stdout.write("no newline") or print()', '=> EXC', type(ex).__name__, ex)
try:
    print('type(sys.stdout).__name__ if False else 0', '=>', repr((type(sys.stdout).__name__ if False else 0)))
except Exception as ex:
    print('type(sys.stdout).__name__ if False else 0', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.getswitchinterval() > 0', '=>', repr((sys.getswitchinterval() > 0)))
except Exception as ex:
    print('sys.getswitchinterval() > 0', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.setswitchinterval(0.001)', '=>', repr((sys.setswitchinterval(0.001))))
except Exception as ex:
    print('sys.setswitchinterval(0.001)', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.setrecursionlimit(0)', '=>', repr((sys.setrecursionlimit(0))))
except Exception as ex:
    print('sys.setrecursionlimit(0)', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.setrecursionlimit(-5)', '=>', repr((sys.setrecursionlimit(-5))))
except Exception as ex:
    print('sys.setrecursionlimit(-5)', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.setrecursionlimit("x")', '=>', repr((sys.setrecursionlimit("x"))))
except Exception as ex:
    print('sys.setrecursionlimit("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.maxsize', '=>', repr((sys.maxsize)))
except Exception as ex:
    print('sys.maxsize', '=> EXC', type(ex).__name__, ex)
try:
    print('sys.byteorder', '=>', repr((sys.byteorder)))
except Exception as ex:
    print('sys.byteorder', '=> EXC', type(ex).__name__, ex)
