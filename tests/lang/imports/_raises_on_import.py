# Helper: raising while being imported.
print("_raises_on_import starting")
raise ValueError("broken module")
