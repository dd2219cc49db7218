hash([])
