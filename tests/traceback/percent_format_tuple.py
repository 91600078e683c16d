# skip: CPython 3.11 rewrites '...%s...' % (a, b) into an f-string (ast_opt.c optimize_format), so an item's failing __str__ is marked under the item; jumpgate's compiler keeps the % operation
# A %-format of a tuple whose item's __str__ raises.
class Bad:
    def __str__(self):
        raise ValueError("no str")


label = "item %s of %s" % (Bad(), 3)
