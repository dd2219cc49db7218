# Uncaught exception raised with "from": both tracebacks, the last line is the new exception.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("cannot parse " + repr(text)) from e
print(load("12"))
print(load("twelve"))
