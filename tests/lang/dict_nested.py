# Nested dicts and lists: building, updating and walking JSON-like data.
data = {
    "users": [
        {"name": "ann", "age": 31, "tags": ["admin", "dev"]},
        {"name": "bob", "age": 25, "tags": []},
        {"name": "cid", "age": 40, "tags": ["dev"]},
    ],
    "meta": {"version": 2, "source": {"host": "x", "port": 80}},
}
print(data["users"][0]["name"], data["meta"]["source"]["port"], len(data["users"]))
print([u["name"] for u in data["users"] if "dev" in u["tags"]])
print(sum(u["age"] for u in data["users"]) / len(data["users"]))
data["meta"]["source"]["port"] += 8000
data["users"][1]["tags"].append("new")
data["meta"]["extra"] = {"nested": {"deep": [1, {"x": None}]}}
print(data["meta"])
by_tag = {}
for u in data["users"]:
    for t in u["tags"]:
        by_tag.setdefault(t, []).append(u["name"])
print(by_tag)
def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(pad + str(k) + ":")
                dump(v, indent + 1)
            else:
                print(pad + str(k) + ": " + repr(v))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            if isinstance(v, (dict, list)):
                print(pad + "- [" + str(i) + "]")
                dump(v, indent + 1)
            else:
                print(pad + "- " + repr(v))
dump(data)
def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_leaves(v) for v in obj)
    return 1
print(count_leaves(data))
def get_path(obj, path, default=None):
    for key in path:
        try:
            obj = obj[key]
        except (KeyError, IndexError, TypeError):
            return default
    return obj
print(get_path(data, ["meta", "source", "host"]), get_path(data, ["users", 2, "age"]), get_path(data, ["users", 9]), get_path(data, ["meta", "version", "x"], "n/a"))
matrix = {r: {c: r * c for c in range(3)} for r in range(3)}
print(matrix, matrix[2][2])
