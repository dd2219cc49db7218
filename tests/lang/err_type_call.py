# Uncaught TypeError: 'NoneType' object is not callable.
handlers = {"a": print, "b": None}
handlers["a"]("calling a")
fn = handlers["b"]
fn("calling b")
