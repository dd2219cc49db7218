# Uncaught ValueError raised explicitly with a message, from inside a method.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("temperature below absolute zero: " + str(kelvin))
        self.kelvin = kelvin
print(Temperature(300).kelvin)
print(Temperature(-1).kelvin)
