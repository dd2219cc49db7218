x = 5
print(f"{f'{x}'}")
y = f"{f'{}'}"
