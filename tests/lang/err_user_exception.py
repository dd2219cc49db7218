# Uncaught user-defined exception class (defined in __main__).
class ValidationError(Exception):
    pass
def validate(age):
    if age < 0:
        raise ValidationError("age must be non-negative, got " + str(age))
    return age
print(validate(5))
print(validate(-3))
