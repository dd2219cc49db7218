def t0():
    try:
        raise ValueError("old")
    except ValueError as e:
        e.args = ("new", 2)
        return str(e), repr(e), e.args
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    e = ValueError((1, 2))
    return str(e), repr(e), e.args, str(KeyError((1, 2))), repr(KeyError((1,)))
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    try:
        raise ValueError from KeyError
    except ValueError as e:
        return repr(e), repr(e.__cause__), type(e.__cause__).__name__
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    class MyBase(BaseException):
        pass
    try:
        try:
            raise MyBase("b")
        except Exception:
            return "wrong"
    except BaseException as e:
        return "right", repr(e)
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    class E(Exception):
        def __init__(self, msg, *, code=0):
            super().__init__(msg)
            self.code = code
    try:
        raise E("m", code=5)
    except E as e:
        return str(e), e.code, e.args
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    try:
        try:
            raise KeyError("a")
        except (ValueError, 5):
            return "no"
    except TypeError as e:
        return "TypeError", str(e)
    except KeyError as e:
        return "KeyError passthrough", str(e)
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    try:
        raise TypeError("x")
    except (ValueError, TypeError, 5) as e:
        return "matched", str(e)
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    def f():
        try:
            return "try"
        except Exception:
            return "except"
        else:
            return "else"
        finally:
            print("finally")
    return f()
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    def f():
        try:
            pass
        except Exception:
            return "except"
        else:
            return "else"
        finally:
            print("finally")
    return f()
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    def f():
        x = 0
        try:
            x = 1
            return x
        finally:
            x = 2
    return f()
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    def f():
        l = []
        for i in range(3):
            try:
                try:
                    if i == 1:
                        raise ValueError
                    l.append(("body", i))
                finally:
                    l.append(("inner fin", i))
            except ValueError:
                l.append(("caught", i))
                continue
            finally:
                l.append(("outer fin", i))
        return l
    return f()
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    def f():
        try:
            raise ValueError("a")
        except ValueError:
            try:
                raise KeyError("b")
            except KeyError:
                pass
            raise
    try:
        f()
    except Exception as e:
        return repr(e), repr(e.__context__)
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    def f():
        try:
            raise ValueError("a")
        except ValueError as e:
            err = e
        try:
            raise err
        except ValueError as e2:
            return e2 is err
    return f()
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    e = ValueError("x")
    e.extra = 5
    try:
        raise e
    except ValueError as c:
        return c.extra, c is e
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    try:
        raise Exception
    except Exception as e:
        return str(e), repr(e), e.args, type(e) is Exception
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    class E(Exception):
        pass
    return repr(E()), repr(E(1)), repr(E(1, "a")), str(E()), str(E(None))
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    try:
        int("12a")
    except ValueError as e:
        return e.args
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    try:
        [].index(5)
    except ValueError as e:
        return e.args
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    try:
        {}["q"]
    except KeyError as e:
        return e.args, str(e)
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
def t19():
    try:
        None.foo
    except AttributeError as e:
        return e.args
try:
    print('#19', t19())
except Exception as ex:
    print('#19 EXC', type(ex).__name__, ex)
def t20():
    try:
        undefined_var_xyz
    except NameError as e:
        return e.args
try:
    print('#20', t20())
except Exception as ex:
    print('#20 EXC', type(ex).__name__, ex)
def t21():
    try:
        1 + "a"
    except TypeError as e:
        return e.args
try:
    print('#21', t21())
except Exception as ex:
    print('#21 EXC', type(ex).__name__, ex)
def t22():
    import sys
    try:
        sys.exit(3)
    except SystemExit as e:
        return e.args, e.code
try:
    print('#22', t22())
except Exception as ex:
    print('#22 EXC', type(ex).__name__, ex)
def t23():
    try:
        raise StopIteration(5)
    except StopIteration as e:
        return e.value, e.args
try:
    print('#23', t23())
except Exception as ex:
    print('#23 EXC', type(ex).__name__, ex)
def t24():
    try:
        raise StopIteration
    except StopIteration as e:
        return e.value, e.args
try:
    print('#24', t24())
except Exception as ex:
    print('#24 EXC', type(ex).__name__, ex)
def t25():
    try:
        assert False, ("tuple", "msg")
    except AssertionError as e:
        return e.args, str(e)
try:
    print('#25', t25())
except Exception as ex:
    print('#25 EXC', type(ex).__name__, ex)
def t26():
    try:
        raise RecursionError("custom")
    except RuntimeError as e:
        return type(e).__name__, str(e)
try:
    print('#26', t26())
except Exception as ex:
    print('#26 EXC', type(ex).__name__, ex)
def t27():
    try:
        raise NotImplementedError
    except RuntimeError as e:
        return repr(e)
try:
    print('#27', t27())
except Exception as ex:
    print('#27 EXC', type(ex).__name__, ex)
def t28():
    try:
        raise UnboundLocalError("u")
    except NameError as e:
        return repr(e)
try:
    print('#28', t28())
except Exception as ex:
    print('#28 EXC', type(ex).__name__, ex)
def t29():
    try:
        raise ZeroDivisionError
    except ArithmeticError as e:
        return repr(e)
try:
    print('#29', t29())
except Exception as ex:
    print('#29 EXC', type(ex).__name__, ex)
def t30():
    try:
        raise OverflowError("o")
    except ArithmeticError as e:
        return repr(e)
try:
    print('#30', t30())
except Exception as ex:
    print('#30 EXC', type(ex).__name__, ex)
def t31():
    return [c.__name__ for c in (ValueError, TypeError, KeyError, IndexError, LookupError, ArithmeticError, RuntimeError, Exception, BaseException)]
try:
    print('#31', t31())
except Exception as ex:
    print('#31 EXC', type(ex).__name__, ex)
