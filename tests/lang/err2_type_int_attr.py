int.x
