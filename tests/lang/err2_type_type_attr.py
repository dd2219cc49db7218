type.x
