# Uncaught KeyError: 'missing'.
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("missing", "default"))
print(config["missing"])
