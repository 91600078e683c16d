# Deeply indented code: the indentation is stripped before the caret line.
def outer(rows):
    for row in rows:
        for cell in row:
            if cell:
                while cell:
                    cell = cell - 1
                    if cell == 1:
                        return rows[cell][cell].value
    return None


outer([[0, 3]])
