class E(Exception):
    def __init__(self):
        super().__init__("fixed message")
raise E()
