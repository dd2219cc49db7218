x = f"abc\"
