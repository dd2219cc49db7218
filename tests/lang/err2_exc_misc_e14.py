class E(Exception):
    def __init__(self, msg, code):
        self.msg = msg
        self.code = code
raise E("m", 5)
