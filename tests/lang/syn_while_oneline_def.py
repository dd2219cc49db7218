while x: def f(): pass
