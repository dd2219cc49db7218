for i in range(2):
    try:
        break
    finally:
        print("f")
continue
