# Helper module for import_chain.py: not a test program itself.
def parse(text):
    return int(text) * 2


def table():
    return {"a": 1}["b"]
