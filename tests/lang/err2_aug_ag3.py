x = 5
x **= None
