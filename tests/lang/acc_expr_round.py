try:
    print('round(-0.4, 0)', '=>', repr((round(-0.4, 0))))
except Exception as ex:
    print('round(-0.4, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-0.5, 0)', '=>', repr((round(-0.5, 0))))
except Exception as ex:
    print('round(-0.5, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(0.5, 0)', '=>', repr((round(0.5, 0))))
except Exception as ex:
    print('round(0.5, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-0.0)', '=>', repr((round(-0.0))))
except Exception as ex:
    print('round(-0.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-1e-300, 5)', '=>', repr((round(-1e-300, 5))))
except Exception as ex:
    print('round(-1e-300, 5)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1e300, 2)', '=>', repr((round(1e300, 2))))
except Exception as ex:
    print('round(1e300, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1e-300, 300)', '=>', repr((round(1e-300, 300))))
except Exception as ex:
    print('round(1e-300, 300)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(123.456, 20)', '=>', repr((round(123.456, 20))))
except Exception as ex:
    print('round(123.456, 20)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(5e-324, 400)', '=>', repr((round(5e-324, 400))))
except Exception as ex:
    print('round(5e-324, 400)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(0.1 + 0.2, 16)', '=>', repr((round(0.1 + 0.2, 16))))
except Exception as ex:
    print('round(0.1 + 0.2, 16)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(2.5, -1)', '=>', repr((round(2.5, -1))))
except Exception as ex:
    print('round(2.5, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(25.0, -1)', '=>', repr((round(25.0, -1))))
except Exception as ex:
    print('round(25.0, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(35.0, -1)', '=>', repr((round(35.0, -1))))
except Exception as ex:
    print('round(35.0, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-25.0, -1)', '=>', repr((round(-25.0, -1))))
except Exception as ex:
    print('round(-25.0, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1.5e15 + 0.5)', '=>', repr((round(1.5e15 + 0.5))))
except Exception as ex:
    print('round(1.5e15 + 0.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(4503599627370495.5)', '=>', repr((round(4503599627370495.5))))
except Exception as ex:
    print('round(4503599627370495.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(4503599627370497.0)', '=>', repr((round(4503599627370497.0))))
except Exception as ex:
    print('round(4503599627370497.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(0.285, 2)', '=>', repr((round(0.285, 2))))
except Exception as ex:
    print('round(0.285, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(0.295, 2)', '=>', repr((round(0.295, 2))))
except Exception as ex:
    print('round(0.295, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1.115, 2)', '=>', repr((round(1.115, 2))))
except Exception as ex:
    print('round(1.115, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(10.005, 2)', '=>', repr((round(10.005, 2))))
except Exception as ex:
    print('round(10.005, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(7.65, 1)', '=>', repr((round(7.65, 1))))
except Exception as ex:
    print('round(7.65, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(7.75, 1)', '=>', repr((round(7.75, 1))))
except Exception as ex:
    print('round(7.75, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-7.65, 1)', '=>', repr((round(-7.65, 1))))
except Exception as ex:
    print('round(-7.65, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1234567.891, -3)', '=>', repr((round(1234567.891, -3))))
except Exception as ex:
    print('round(1234567.891, -3)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1234567.891, -7)', '=>', repr((round(1234567.891, -7))))
except Exception as ex:
    print('round(1234567.891, -7)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1234567.891, -6)', '=>', repr((round(1234567.891, -6))))
except Exception as ex:
    print('round(1234567.891, -6)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(9.995, 2)', '=>', repr((round(9.995, 2))))
except Exception as ex:
    print('round(9.995, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(0.5 + 1e-17)', '=>', repr((round(0.5 + 1e-17))))
except Exception as ex:
    print('round(0.5 + 1e-17)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(True, 1)', '=>', repr((round(True, 1))))
except Exception as ex:
    print('round(True, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(7, 0)', '=>', repr((round(7, 0))))
except Exception as ex:
    print('round(7, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(7, 10)', '=>', repr((round(7, 10))))
except Exception as ex:
    print('round(7, 10)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-7, -1)', '=>', repr((round(-7, -1))))
except Exception as ex:
    print('round(-7, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-75, -1)', '=>', repr((round(-75, -1))))
except Exception as ex:
    print('round(-75, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-65, -1)', '=>', repr((round(-65, -1))))
except Exception as ex:
    print('round(-65, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(65, -1)', '=>', repr((round(65, -1))))
except Exception as ex:
    print('round(65, -1)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(999, -3)', '=>', repr((round(999, -3))))
except Exception as ex:
    print('round(999, -3)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(-500, -3)', '=>', repr((round(-500, -3))))
except Exception as ex:
    print('round(-500, -3)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(500, -3)', '=>', repr((round(500, -3))))
except Exception as ex:
    print('round(500, -3)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(1500, -3)', '=>', repr((round(1500, -3))))
except Exception as ex:
    print('round(1500, -3)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(2500, -3)', '=>', repr((round(2500, -3))))
except Exception as ex:
    print('round(2500, -3)', '=> EXC', type(ex).__name__, ex)
try:
    print('type(round(7, -1)).__name__', '=>', repr((type(round(7, -1)).__name__)))
except Exception as ex:
    print('type(round(7, -1)).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('type(round(7.0, -1)).__name__', '=>', repr((type(round(7.0, -1)).__name__)))
except Exception as ex:
    print('type(round(7.0, -1)).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('round(float("inf"), 2)', '=>', repr((round(float("inf"), 2))))
except Exception as ex:
    print('round(float("inf"), 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(float("nan"), 2)', '=>', repr((round(float("nan"), 2))))
except Exception as ex:
    print('round(float("nan"), 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('round(float("-inf"), -2)', '=>', repr((round(float("-inf"), -2))))
except Exception as ex:
    print('round(float("-inf"), -2)', '=> EXC', type(ex).__name__, ex)
