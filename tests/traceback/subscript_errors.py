# Subscripts: '~' under the value, '^' under the brackets and the index.
def lookup(table, key):
    row = table[key][0]
    return row


data = {"a": [1], "b": []}
print(lookup(data, "a"))
lookup(data, "b")
