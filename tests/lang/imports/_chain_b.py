# Helper: the end of the import chain.
print("_chain_b loaded")
VALUE = "b"
def double(x):
    return x * 2
