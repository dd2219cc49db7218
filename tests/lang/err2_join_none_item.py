"".join([None])
