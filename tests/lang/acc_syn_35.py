print("never")
import
