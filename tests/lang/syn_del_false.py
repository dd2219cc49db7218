del False
