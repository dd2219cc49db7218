"ab".join("cd", "ef")
