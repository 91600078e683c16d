# A non-ASCII attribute name at the start of a continuation line.
class Ñ:
    pass


obj = Ñ()
v = (obj
     .größe)
