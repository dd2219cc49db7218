{}.update(**5)
