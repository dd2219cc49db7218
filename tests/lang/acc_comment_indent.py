x = 1


   # comment at odd indent
if x:
    # comment
        
    print("ok")
