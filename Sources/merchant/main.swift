print("merchant")
