# A binary operation whose left operand holds non-ASCII text.
x = ("äöü" + "ß") - 1
