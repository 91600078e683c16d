# An exception raised by an imported module's body propagates to the importer.
try:
    import _raises_on_import
except ValueError as e:
    print("import failed:", e)
print("after")
