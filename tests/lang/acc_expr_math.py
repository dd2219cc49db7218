import math
try:
    print('math.factorial(20)', '=>', repr((math.factorial(20))))
except Exception as ex:
    print('math.factorial(20)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.comb(10, 3)', '=>', repr((math.comb(10, 3))))
except Exception as ex:
    print('math.comb(10, 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.perm(5, 2)', '=>', repr((math.perm(5, 2))))
except Exception as ex:
    print('math.perm(5, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.prod([1, 2, 3])', '=>', repr((math.prod([1, 2, 3]))))
except Exception as ex:
    print('math.prod([1, 2, 3])', '=> EXC', type(ex).__name__, ex)
try:
    print('math.fsum([0.1] * 10)', '=>', repr((math.fsum([0.1] * 10))))
except Exception as ex:
    print('math.fsum([0.1] * 10)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.trunc(-2.7)', '=>', repr((math.trunc(-2.7))))
except Exception as ex:
    print('math.trunc(-2.7)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.copysign(1, -0.0)', '=>', repr((math.copysign(1, -0.0))))
except Exception as ex:
    print('math.copysign(1, -0.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.asin(1)', '=>', repr((math.asin(1))))
except Exception as ex:
    print('math.asin(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.acos(0)', '=>', repr((math.acos(0))))
except Exception as ex:
    print('math.acos(0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.degrees(math.pi)', '=>', repr((math.degrees(math.pi))))
except Exception as ex:
    print('math.degrees(math.pi)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.radians(180)', '=>', repr((math.radians(180))))
except Exception as ex:
    print('math.radians(180)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.isclose(0.1 + 0.2, 0.3)', '=>', repr((math.isclose(0.1 + 0.2, 0.3))))
except Exception as ex:
    print('math.isclose(0.1 + 0.2, 0.3)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.modf(2.5)', '=>', repr((math.modf(2.5))))
except Exception as ex:
    print('math.modf(2.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.frexp(8.0)', '=>', repr((math.frexp(8.0))))
except Exception as ex:
    print('math.frexp(8.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.ldexp(1, 10)', '=>', repr((math.ldexp(1, 10))))
except Exception as ex:
    print('math.ldexp(1, 10)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.lcm(4, 6)', '=>', repr((math.lcm(4, 6))))
except Exception as ex:
    print('math.lcm(4, 6)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.tau', '=>', repr((math.tau)))
except Exception as ex:
    print('math.tau', '=> EXC', type(ex).__name__, ex)
try:
    print('math.isfinite(1.0)', '=>', repr((math.isfinite(1.0))))
except Exception as ex:
    print('math.isfinite(1.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.cbrt(27)', '=>', repr((math.cbrt(27))))
except Exception as ex:
    print('math.cbrt(27)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.exp2(3)', '=>', repr((math.exp2(3))))
except Exception as ex:
    print('math.exp2(3)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.sinh(1)', '=>', repr((math.sinh(1))))
except Exception as ex:
    print('math.sinh(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.cosh(1)', '=>', repr((math.cosh(1))))
except Exception as ex:
    print('math.cosh(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.tanh(1)', '=>', repr((math.tanh(1))))
except Exception as ex:
    print('math.tanh(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.log1p(1e-10)', '=>', repr((math.log1p(1e-10))))
except Exception as ex:
    print('math.log1p(1e-10)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.expm1(1e-10)', '=>', repr((math.expm1(1e-10))))
except Exception as ex:
    print('math.expm1(1e-10)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.fmod(-7, 3)', '=>', repr((math.fmod(-7, 3))))
except Exception as ex:
    print('math.fmod(-7, 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.remainder(7, 3)', '=>', repr((math.remainder(7, 3))))
except Exception as ex:
    print('math.remainder(7, 3)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.erf(1)', '=>', repr((math.erf(1))))
except Exception as ex:
    print('math.erf(1)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.floor(-7 / 2)', '=>', repr((math.floor(-7 / 2))))
except Exception as ex:
    print('math.floor(-7 / 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.ceil(7 / 2)', '=>', repr((math.ceil(7 / 2))))
except Exception as ex:
    print('math.ceil(7 / 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.sqrt(10**18)', '=>', repr((math.sqrt(10**18))))
except Exception as ex:
    print('math.sqrt(10**18)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.isqrt(10**18)', '=>', repr((math.isqrt(10**18))))
except Exception as ex:
    print('math.isqrt(10**18)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.gcd()', '=>', repr((math.gcd())))
except Exception as ex:
    print('math.gcd()', '=> EXC', type(ex).__name__, ex)
try:
    print('math.gcd(0, 0)', '=>', repr((math.gcd(0, 0))))
except Exception as ex:
    print('math.gcd(0, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.gcd(12)', '=>', repr((math.gcd(12))))
except Exception as ex:
    print('math.gcd(12)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.gcd(12, 18, 27)', '=>', repr((math.gcd(12, 18, 27))))
except Exception as ex:
    print('math.gcd(12, 18, 27)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.log(1024, 2)', '=>', repr((math.log(1024, 2))))
except Exception as ex:
    print('math.log(1024, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.log(0.5, 2)', '=>', repr((math.log(0.5, 2))))
except Exception as ex:
    print('math.log(0.5, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.log(10, 0.5)', '=>', repr((math.log(10, 0.5))))
except Exception as ex:
    print('math.log(10, 0.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.log(1, 1)', '=>', repr((math.log(1, 1))))
except Exception as ex:
    print('math.log(1, 1)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.log(-0.0)', '=>', repr((math.log(-0.0))))
except Exception as ex:
    print('math.log(-0.0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.pow(0, 0)', '=>', repr((math.pow(0, 0))))
except Exception as ex:
    print('math.pow(0, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.pow(-2, 0.5)', '=>', repr((math.pow(-2, 0.5))))
except Exception as ex:
    print('math.pow(-2, 0.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.pow(math.inf, 0)', '=>', repr((math.pow(math.inf, 0))))
except Exception as ex:
    print('math.pow(math.inf, 0)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.pow(-1, math.inf)', '=>', repr((math.pow(-1, math.inf))))
except Exception as ex:
    print('math.pow(-1, math.inf)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.hypot()', '=>', repr((math.hypot())))
except Exception as ex:
    print('math.hypot()', '=> EXC', type(ex).__name__, ex)
try:
    print('math.hypot(3)', '=>', repr((math.hypot(3))))
except Exception as ex:
    print('math.hypot(3)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.hypot(1, 2, 2)', '=>', repr((math.hypot(1, 2, 2))))
except Exception as ex:
    print('math.hypot(1, 2, 2)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.atan2(math.inf, math.inf)', '=>', repr((math.atan2(math.inf, math.inf))))
except Exception as ex:
    print('math.atan2(math.inf, math.inf)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.floor(True)', '=>', repr((math.floor(True))))
except Exception as ex:
    print('math.floor(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.sqrt(True)', '=>', repr((math.sqrt(True))))
except Exception as ex:
    print('math.sqrt(True)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.sqrt(4) == 2', '=>', repr((math.sqrt(4) == 2)))
except Exception as ex:
    print('math.sqrt(4) == 2', '=> EXC', type(ex).__name__, ex)
try:
    print('type(math.sqrt(4)).__name__', '=>', repr((type(math.sqrt(4)).__name__)))
except Exception as ex:
    print('type(math.sqrt(4)).__name__', '=> EXC', type(ex).__name__, ex)
try:
    print('math.isnan(float("-nan"))', '=>', repr((math.isnan(float("-nan")))))
except Exception as ex:
    print('math.isnan(float("-nan"))', '=> EXC', type(ex).__name__, ex)
try:
    print('math.ceil(1e16 + 0.5)', '=>', repr((math.ceil(1e16 + 0.5))))
except Exception as ex:
    print('math.ceil(1e16 + 0.5)', '=> EXC', type(ex).__name__, ex)
try:
    print('math.floor(2.0**62)', '=>', repr((math.floor(2.0**62))))
except Exception as ex:
    print('math.floor(2.0**62)', '=> EXC', type(ex).__name__, ex)
