# Non-ASCII identifiers and strings in subscripts and attributes.
def café(größe):
    tabelle = {"groß": 1}
    return tabelle["größe"] + größe


print(café(1))
