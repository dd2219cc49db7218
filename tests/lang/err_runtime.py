# Uncaught RuntimeError raised explicitly.
state = {"ready": False}
def run():
    if not state["ready"]:
        raise RuntimeError("not ready")
print("before")
run()
