print(format(12, "#,"))
print(format(12, ",x"))
