# Trailing blanks after the expression are part of the line, so carets appear.
def explode():
    return {}["k"]


explode()   
