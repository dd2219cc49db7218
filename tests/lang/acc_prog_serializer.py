def dumps(obj, indent=0, _level=0):
    pad = " " * (indent * (_level + 1)) if indent else ""
    end = " " * (indent * _level) if indent else ""
    nl = "\n" if indent else ""
    sep = "," + nl if indent else ", "
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise ValueError("NaN not allowed")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"': out.append('\\"')
            elif ch == "\\": out.append("\\\\")
            elif ch == "\n": out.append("\\n")
            elif ord(ch) < 0x20: out.append("\\u%04x" % ord(ch))
            else: out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + nl + sep.join(pad + dumps(v, indent, _level + 1) for v in obj) + nl + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError("keys must be str, not %s" % type(k).__name__)
            items.append(pad + dumps(k) + ": " + dumps(v, indent, _level + 1))
        return "{" + nl + sep.join(items) + nl + end + "}"
    raise TypeError("Object of type %s is not serializable" % type(obj).__name__)
data = {"name": "lockvm", "version": (1, 2), "tags": ["vm", "c++"], "ok": True, "none": None,
        "nested": {"pi": 3.14159, "e": 2.718281828459045, "big": 10**15, "neg": -0.0, "list": [[], {}, [1, [2]]]},
        "text": 'quote " backslash \\ newline \n tab \t bell \x07'}
print(dumps(data))
print(dumps(data, indent=2))
for bad in [{1: 2}, [float("nan")], {"s": {1, 2}}, object]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
def parse_num(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None
print([parse_num(s) for s in ["12", "-3", "1.5", "1e3", "abc", " 7 ", "inf", "0x10"]])
