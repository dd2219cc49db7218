try:
    print('"{:=10}".format("s")', '=>', repr(("{:=10}".format("s"))))
except Exception as ex:
    print('"{:=10}".format("s")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:=10}".format(5)', '=>', repr(("{:=10}".format(5))))
except Exception as ex:
    print('"{:=10}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:010}".format("s")', '=>', repr(("{:010}".format("s"))))
except Exception as ex:
    print('"{:010}".format("s")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:010}".format(-3.5)', '=>', repr(("{:010}".format(-3.5))))
except Exception as ex:
    print('"{:010}".format(-3.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:>010}".format(5)', '=>', repr(("{:>010}".format(5))))
except Exception as ex:
    print('"{:>010}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:0=10}".format(-5)', '=>', repr(("{:0=10}".format(-5))))
except Exception as ex:
    print('"{:0=10}".format(-5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:0<6}".format(7)', '=>', repr(("{:0<6}".format(7))))
except Exception as ex:
    print('"{:0<6}".format(7)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:x<6}".format(-7)', '=>', repr(("{:x<6}".format(-7))))
except Exception as ex:
    print('"{:x<6}".format(-7)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:,d}".format("x")', '=>', repr(("{:,d}".format("x"))))
except Exception as ex:
    print('"{:,d}".format("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:abc}".format(5)', '=>', repr(("{:abc}".format(5))))
except Exception as ex:
    print('"{:abc}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.2d}".format(5)', '=>', repr(("{:.2d}".format(5))))
except Exception as ex:
    print('"{:.2d}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:,s}".format("x")', '=>', repr(("{:,s}".format("x"))))
except Exception as ex:
    print('"{:,s}".format("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:+s}".format("x")', '=>', repr(("{:+s}".format("x"))))
except Exception as ex:
    print('"{:+s}".format("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:#s}".format("x")', '=>', repr(("{:#s}".format("x"))))
except Exception as ex:
    print('"{:#s}".format("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{: }".format(5)', '=>', repr(("{: }".format(5))))
except Exception as ex:
    print('"{: }".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:-}".format(-5)', '=>', repr(("{:-}".format(-5))))
except Exception as ex:
    print('"{:-}".format(-5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:,_}".format(5)', '=>', repr(("{:,_}".format(5))))
except Exception as ex:
    print('"{:,_}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:_,}".format(5)', '=>', repr(("{:_,}".format(5))))
except Exception as ex:
    print('"{:_,}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:10,}".format(1234567)', '=>', repr(("{:10,}".format(1234567))))
except Exception as ex:
    print('"{:10,}".format(1234567)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:010,}".format(1234567)', '=>', repr(("{:010,}".format(1234567))))
except Exception as ex:
    print('"{:010,}".format(1234567)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:010,.1f}".format(-1234.5)', '=>', repr(("{:010,.1f}".format(-1234.5))))
except Exception as ex:
    print('"{:010,.1f}".format(-1234.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:#010b}".format(5)', '=>', repr(("{:#010b}".format(5))))
except Exception as ex:
    print('"{:#010b}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:#x}".format(-255)', '=>', repr(("{:#x}".format(-255))))
except Exception as ex:
    print('"{:#x}".format(-255)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:#X}".format(255)', '=>', repr(("{:#X}".format(255))))
except Exception as ex:
    print('"{:#X}".format(255)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:%}".format(-0.5)', '=>', repr(("{:%}".format(-0.5))))
except Exception as ex:
    print('"{:%}".format(-0.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.1%}".format(float("inf"))', '=>', repr(("{:.1%}".format(float("inf")))))
except Exception as ex:
    print('"{:.1%}".format(float("inf"))', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:e}".format(float("-inf"))', '=>', repr(("{:e}".format(float("-inf")))))
except Exception as ex:
    print('"{:e}".format(float("-inf"))', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:+.2f}".format(float("nan"))', '=>', repr(("{:+.2f}".format(float("nan")))))
except Exception as ex:
    print('"{:+.2f}".format(float("nan"))', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:010.2f}".format(float("inf"))', '=>', repr(("{:010.2f}".format(float("inf")))))
except Exception as ex:
    print('"{:010.2f}".format(float("inf"))', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.0%}".format(0.005)', '=>', repr(("{:.0%}".format(0.005))))
except Exception as ex:
    print('"{:.0%}".format(0.005)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.0%}".format(0.015)', '=>', repr(("{:.0%}".format(0.015))))
except Exception as ex:
    print('"{:.0%}".format(0.015)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.1f}".format(1e16)', '=>', repr(("{:.1f}".format(1e16))))
except Exception as ex:
    print('"{:.1f}".format(1e16)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.1f}".format(1e22)', '=>', repr(("{:.1f}".format(1e22))))
except Exception as ex:
    print('"{:.1f}".format(1e22)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:f}".format(1e22)', '=>', repr(("{:f}".format(1e22))))
except Exception as ex:
    print('"{:f}".format(1e22)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.3e}".format(9.9995)', '=>', repr(("{:.3e}".format(9.9995))))
except Exception as ex:
    print('"{:.3e}".format(9.9995)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.3e}".format(9.9994)', '=>', repr(("{:.3e}".format(9.9994))))
except Exception as ex:
    print('"{:.3e}".format(9.9994)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(9.99999e5)', '=>', repr(("{:g}".format(9.99999e5))))
except Exception as ex:
    print('"{:g}".format(9.99999e5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(9.999995e5)', '=>', repr(("{:g}".format(9.999995e5))))
except Exception as ex:
    print('"{:g}".format(9.999995e5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(1e-4)', '=>', repr(("{:g}".format(1e-4))))
except Exception as ex:
    print('"{:g}".format(1e-4)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:g}".format(9.9999e-5)', '=>', repr(("{:g}".format(9.9999e-5))))
except Exception as ex:
    print('"{:g}".format(9.9999e-5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.0g}".format(15)', '=>', repr(("{:.0g}".format(15))))
except Exception as ex:
    print('"{:.0g}".format(15)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:#.0g}".format(15)', '=>', repr(("{:#.0g}".format(15))))
except Exception as ex:
    print('"{:#.0g}".format(15)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:#.3g}".format(1)', '=>', repr(("{:#.3g}".format(1))))
except Exception as ex:
    print('"{:#.3g}".format(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.3G}".format(1e-10)', '=>', repr(("{:.3G}".format(1e-10))))
except Exception as ex:
    print('"{:.3G}".format(1e-10)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:n}".format(1e10)', '=>', repr(("{:n}".format(1e10))))
except Exception as ex:
    print('"{:n}".format(1e10)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:.2n}".format(1234.5)', '=>', repr(("{:.2n}".format(1234.5))))
except Exception as ex:
    print('"{:.2n}".format(1234.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:c}".format(0x1F600)', '=>', repr(("{:c}".format(0x1F600))))
except Exception as ex:
    print('"{:c}".format(0x1F600)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:c}".format(-1)', '=>', repr(("{:c}".format(-1))))
except Exception as ex:
    print('"{:c}".format(-1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:5c}|".format(65)', '=>', repr(("{:5c}|".format(65))))
except Exception as ex:
    print('"{:5c}|".format(65)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0[1][0]}".format([[1], [2]])', '=>', repr(("{0[1][0]}".format([[1], [2]]))))
except Exception as ex:
    print('"{0[1][0]}".format([[1], [2]])', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0.real}".format(5)', '=>', repr(("{0.real}".format(5))))
except Exception as ex:
    print('"{0.real}".format(5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{a[k]}".format(a={"k": "v"})', '=>', repr(("{a[k]}".format(a={"k": "v"}))))
except Exception as ex:
    print('"{a[k]}".format(a={"k": "v"})', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0[-1]}".format([1, 2])', '=>', repr(("{0[-1]}".format([1, 2]))))
except Exception as ex:
    print('"{0[-1]}".format([1, 2])', '=> EXC', type(ex).__name__, ex)
try:
    print('"{!s:>5}".format(1.5)', '=>', repr(("{!s:>5}".format(1.5))))
except Exception as ex:
    print('"{!s:>5}".format(1.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{!r:^9}".format("ab")', '=>', repr(("{!r:^9}".format("ab"))))
except Exception as ex:
    print('"{!r:^9}".format("ab")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{!x}".format(1)', '=>', repr(("{!x}".format(1))))
except Exception as ex:
    print('"{!x}".format(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0:{1}{2}}".format(3.14159, ".", "2f")', '=>', repr(("{0:{1}{2}}".format(3.14159, ".", "2f"))))
except Exception as ex:
    print('"{0:{1}{2}}".format(3.14159, ".", "2f")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{}{}".format(*"ab")', '=>', repr(("{}{}".format(*"ab"))))
except Exception as ex:
    print('"{}{}".format(*"ab")', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0}{}".format(1, 2)', '=>', repr(("{0}{}".format(1, 2))))
except Exception as ex:
    print('"{0}{}".format(1, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{}{0}".format(1, 2)', '=>', repr(("{}{0}".format(1, 2))))
except Exception as ex:
    print('"{}{0}".format(1, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{".format(1)', '=>', repr(("{".format(1))))
except Exception as ex:
    print('"{".format(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"}".format(1)', '=>', repr(("}".format(1))))
except Exception as ex:
    print('"}".format(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{:{:{}}}".format(1, 2, 3)', '=>', repr(("{:{:{}}}".format(1, 2, 3))))
except Exception as ex:
    print('"{:{:{}}}".format(1, 2, 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('"{0!r:}".format("x")', '=>', repr(("{0!r:}".format("x"))))
except Exception as ex:
    print('"{0!r:}".format("x")', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{\'x\'!r:>{5}}"', '=>', repr((f"{'x'!r:>{5}}")))
except Exception as ex:
    print('f"{\'x\'!r:>{5}}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{3.5!s:>6}"', '=>', repr((f"{3.5!s:>6}")))
except Exception as ex:
    print('f"{3.5!s:>6}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{12:{\'+\'}{\'08\'}{\'.2f\'}}"', '=>', repr((f"{12:{'+'}{'08'}{'.2f'}}")))
except Exception as ex:
    print('f"{12:{\'+\'}{\'08\'}{\'.2f\'}}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{[1, 2][0]:03}"', '=>', repr((f"{[1, 2][0]:03}")))
except Exception as ex:
    print('f"{[1, 2][0]:03}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{\'a\' + \'b\':*^6}"', '=>', repr((f"{'a' + 'b':*^6}")))
except Exception as ex:
    print('f"{\'a\' + \'b\':*^6}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{(lambda: 5)()}"', '=>', repr((f"{(lambda: 5)()}")))
except Exception as ex:
    print('f"{(lambda: 5)()}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{1 if True else 2}"', '=>', repr((f"{1 if True else 2}")))
except Exception as ex:
    print('f"{1 if True else 2}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{-5:=6}"', '=>', repr((f"{-5:=6}")))
except Exception as ex:
    print('f"{-5:=6}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{5:=+6}"', '=>', repr((f"{5:=+6}")))
except Exception as ex:
    print('f"{5:=+6}"', '=> EXC', type(ex).__name__, ex)
try:
    print('f"{\'s\':=6}"', '=>', repr((f"{'s':=6}")))
except Exception as ex:
    print('f"{\'s\':=6}"', '=> EXC', type(ex).__name__, ex)
try:
    print('format(1.5, "=+8.2f")', '=>', repr((format(1.5, "=+8.2f"))))
except Exception as ex:
    print('format(1.5, "=+8.2f")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(-1.5, " =8.2f")', '=>', repr((format(-1.5, " =8.2f"))))
except Exception as ex:
    print('format(-1.5, " =8.2f")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(123, " ")', '=>', repr((format(123, " "))))
except Exception as ex:
    print('format(123, " ")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(-123, " ")', '=>', repr((format(-123, " "))))
except Exception as ex:
    print('format(-123, " ")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(12.0, "")', '=>', repr((format(12.0, ""))))
except Exception as ex:
    print('format(12.0, "")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(12.0, "<")', '=>', repr((format(12.0, "<"))))
except Exception as ex:
    print('format(12.0, "<")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(1e16, "")', '=>', repr((format(1e16, ""))))
except Exception as ex:
    print('format(1e16, "")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(1e16, "<")', '=>', repr((format(1e16, "<"))))
except Exception as ex:
    print('format(1e16, "<")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(1e16, ".1")', '=>', repr((format(1e16, ".1"))))
except Exception as ex:
    print('format(1e16, ".1")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(0.0001, ".1")', '=>', repr((format(0.0001, ".1"))))
except Exception as ex:
    print('format(0.0001, ".1")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(123.0, ".2")', '=>', repr((format(123.0, ".2"))))
except Exception as ex:
    print('format(123.0, ".2")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(123.0, ".3")', '=>', repr((format(123.0, ".3"))))
except Exception as ex:
    print('format(123.0, ".3")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(True, "")', '=>', repr((format(True, ""))))
except Exception as ex:
    print('format(True, "")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(True, "^6")', '=>', repr((format(True, "^6"))))
except Exception as ex:
    print('format(True, "^6")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(True, "d")', '=>', repr((format(True, "d"))))
except Exception as ex:
    print('format(True, "d")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(False, ".1f")', '=>', repr((format(False, ".1f"))))
except Exception as ex:
    print('format(False, ".1f")', '=> EXC', type(ex).__name__, ex)
try:
    print('format(None, ">5")', '=>', repr((format(None, ">5"))))
except Exception as ex:
    print('format(None, ">5")', '=> EXC', type(ex).__name__, ex)
try:
    print('format([1], ">6")', '=>', repr((format([1], ">6"))))
except Exception as ex:
    print('format([1], ">6")', '=> EXC', type(ex).__name__, ex)
