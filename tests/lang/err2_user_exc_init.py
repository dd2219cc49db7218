class E(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
raise E(42)
