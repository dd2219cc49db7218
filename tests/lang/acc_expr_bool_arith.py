try:
    print('True & True', '=>', repr((True & True)))
except Exception as ex:
    print('True & True', '=> EXC', type(ex).__name__, ex)
try:
    print('True | False', '=>', repr((True | False)))
except Exception as ex:
    print('True | False', '=> EXC', type(ex).__name__, ex)
try:
    print('True ^ True', '=>', repr((True ^ True)))
except Exception as ex:
    print('True ^ True', '=> EXC', type(ex).__name__, ex)
try:
    print('False ^ True', '=>', repr((False ^ True)))
except Exception as ex:
    print('False ^ True', '=> EXC', type(ex).__name__, ex)
try:
    print('True & 3', '=>', repr((True & 3)))
except Exception as ex:
    print('True & 3', '=> EXC', type(ex).__name__, ex)
try:
    print('True | 2', '=>', repr((True | 2)))
except Exception as ex:
    print('True | 2', '=> EXC', type(ex).__name__, ex)
try:
    print('~True', '=>', repr((~True)))
except Exception as ex:
    print('~True', '=> EXC', type(ex).__name__, ex)
try:
    print('~False', '=>', repr((~False)))
except Exception as ex:
    print('~False', '=> EXC', type(ex).__name__, ex)
try:
    print('-False', '=>', repr((-False)))
except Exception as ex:
    print('-False', '=> EXC', type(ex).__name__, ex)
try:
    print('+True', '=>', repr((+True)))
except Exception as ex:
    print('+True', '=> EXC', type(ex).__name__, ex)
try:
    print('True << 1', '=>', repr((True << 1)))
except Exception as ex:
    print('True << 1', '=> EXC', type(ex).__name__, ex)
try:
    print('True >> 1', '=>', repr((True >> 1)))
except Exception as ex:
    print('True >> 1', '=> EXC', type(ex).__name__, ex)
try:
    print('True * True', '=>', repr((True * True)))
except Exception as ex:
    print('True * True', '=> EXC', type(ex).__name__, ex)
try:
    print('True ** 2', '=>', repr((True ** 2)))
except Exception as ex:
    print('True ** 2', '=> EXC', type(ex).__name__, ex)
try:
    print('True // True', '=>', repr((True // True)))
except Exception as ex:
    print('True // True', '=> EXC', type(ex).__name__, ex)
try:
    print('True % True', '=>', repr((True % True)))
except Exception as ex:
    print('True % True', '=> EXC', type(ex).__name__, ex)
try:
    print('divmod(True, True)', '=>', repr((divmod(True, True))))
except Exception as ex:
    print('divmod(True, True)', '=> EXC', type(ex).__name__, ex)
try:
    print('abs(True)', '=>', repr((abs(True))))
except Exception as ex:
    print('abs(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('abs(False)', '=>', repr((abs(False))))
except Exception as ex:
    print('abs(False)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(True)', '=>', repr((round(True))))
except Exception as ex:
    print('round(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('True == 1 == 1.0', '=>', repr((True == 1 == 1.0)))
except Exception as ex:
    print('True == 1 == 1.0', '=> EXC', type(ex).__name__, ex)
try:
    print('hash(True) == hash(1)', '=>', repr((hash(True) == hash(1))))
except Exception as ex:
    print('hash(True) == hash(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('{True: "a"}[1]', '=>', repr(({True: "a"}[1])))
except Exception as ex:
    print('{True: "a"}[1]', '=> EXC', type(ex).__name__, ex)
try:
    print('max(True, 1)', '=>', repr((max(True, 1))))
except Exception as ex:
    print('max(True, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('max(1, True)', '=>', repr((max(1, True))))
except Exception as ex:
    print('max(1, True)', '=> EXC', type(ex).__name__, ex)
try:
    print('min(0, False)', '=>', repr((min(0, False))))
except Exception as ex:
    print('min(0, False)', '=> EXC', type(ex).__name__, ex)
try:
    print('sum([True, True, False])', '=>', repr((sum([True, True, False]))))
except Exception as ex:
    print('sum([True, True, False])', '=> EXC', type(ex).__name__, ex)
try:
    print('sum([True, True], True)', '=>', repr((sum([True, True], True))))
except Exception as ex:
    print('sum([True, True], True)', '=> EXC', type(ex).__name__, ex)
try:
    print('str(True + 0)', '=>', repr((str(True + 0))))
except Exception as ex:
    print('str(True + 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('repr(True & 1)', '=>', repr((repr(True & 1))))
except Exception as ex:
    print('repr(True & 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(True & 1).__name__', '=>', repr((type(True & 1).__name__)))
except Exception as ex:
    print('type(True & 1).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(True & True).__name__', '=>', repr((type(True & True).__name__)))
except Exception as ex:
    print('type(True & True).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(True + False).__name__', '=>', repr((type(True + False).__name__)))
except Exception as ex:
    print('type(True + False).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(-True).__name__', '=>', repr((type(-True).__name__)))
except Exception as ex:
    print('type(-True).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(True ** 0).__name__', '=>', repr((type(True ** 0).__name__)))
except Exception as ex:
    print('type(True ** 0).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(abs(True)).__name__', '=>', repr((type(abs(True)).__name__)))
except Exception as ex:
    print('type(abs(True)).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(round(True)).__name__', '=>', repr((type(round(True)).__name__)))
except Exception as ex:
    print('type(round(True)).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('[1, 2, 3][True:]', '=>', repr(([1, 2, 3][True:])))
except Exception as ex:
    print('[1, 2, 3][True:]', '=> EXC', type(ex).__name__, ex)
try:
    print('"abc"[False]', '=>', repr(("abc"[False])))
except Exception as ex:
    print('"abc"[False]', '=> EXC', type(ex).__name__, ex)
try:
    print('"x" * False', '=>', repr(("x" * False)))
except Exception as ex:
    print('"x" * False', '=> EXC', type(ex).__name__, ex)
try:
    print('[True] * 3', '=>', repr(([True] * 3)))
except Exception as ex:
    print('[True] * 3', '=> EXC', type(ex).__name__, ex)
try:
    print('sorted([True, False, 0, 1, -1])', '=>', repr((sorted([True, False, 0, 1, -1]))))
except Exception as ex:
    print('sorted([True, False, 0, 1, -1])', '=> EXC', type(ex).__name__, ex)
try:
    print('list({True, 1, 0, False})', '=>', repr((list({True, 1, 0, False}))))
except Exception as ex:
    print('list({True, 1, 0, False})', '=> EXC', type(ex).__name__, ex)
try:
    print('{0: "zero", False: "false"}', '=>', repr(({0: "zero", False: "false"})))
except Exception as ex:
    print('{0: "zero", False: "false"}', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{True:d} {True:5} {False!r} {True:x} {True:.2f}"', '=>', repr((f"{True:d} {True:5} {False!r} {True:x} {True:.2f}")))
except Exception as ex:
    print('f"{True:d} {True:5} {False!r} {True:x} {True:.2f}"', '=> EXC', type(ex).__name__, ex)
try:
    print('"%d %s %r %x %f" % (True, True, False, True, False)', '=>', repr(("%d %s %r %x %f" % (True, True, False, True, False))))
except Exception as ex:
    print('"%d %s %r %x %f" % (True, True, False, True, False)', '=> EXC', type(ex).__name__, ex)
try:
    print('format(True, "b")', '=>', repr((format(True, "b"))))
except Exception as ex:
    print('format(True, "b")', '=> EXC', type(ex).__name__, ex)
try:
    print('bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan"))', '=>', repr((bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")))))
except Exception as ex:
    print('bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan"))', '=> EXC', type(ex).__name__, ex)
try:
    print('not None, not [], not [0], not "", not " "', '=>', repr((not None, not [], not [0], not "", not " ")))
except Exception as ex:
    print('not None, not [], not [0], not "", not " "', '=> EXC', type(ex).__name__, ex)
try:
    print('1 < True, True < 2, False < True, True > False', '=>', repr((1 < True, True < 2, False < True, True > False)))
except Exception as ex:
    print('1 < True, True < 2, False < True, True > False', '=> EXC', type(ex).__name__, ex)
try:
    print('isinstance(True, int), isinstance(1, bool), issubclass(bool, int)', '=>', repr((isinstance(True, int), isinstance(1, bool), issubclass(bool, int))))
except Exception as ex:
    print('isinstance(True, int), isinstance(1, bool), issubclass(bool, int)', '=> EXC', type(ex).__name__, ex)
try:
    print('True.__class__.__name__ if False else type(True).__name__', '=>', repr((True.__class__.__name__ if False else type(True).__name__)))
except Exception as ex:
    print('True.__class__.__name__ if False else type(True).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('bool.__name__', '=>', repr((bool.__name__)))
except Exception as ex:
    print('bool.__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('int(False), float(True), complex if False else 0', '=>', repr((int(False), float(True), complex if False else 0)))
except Exception as ex:
    print('int(False), float(True), complex if False else 0', '=> EXC', type(ex).__name__, ex)
try:
    print('str(False).lower(), repr(None).upper()', '=>', repr((str(False).lower(), repr(None).upper())))
except Exception as ex:
    print('str(False).lower(), repr(None).upper()', '=> EXC', type(ex).__name__, ex)
try:
    print('None == False, None == 0, None is None, None != None', '=>', repr((None == False, None == 0, None is None, None != None)))
except Exception as ex:
    print('None == False, None == 0, None is None, None != None', '=> EXC', type(ex).__name__, ex)
try:
    print('type(None).__name__', '=>', repr((type(None).__name__)))
except Exception as ex:
    print('type(None).__name__', '=> EXC', type(ex).__name__, ex)
