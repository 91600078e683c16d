# A KeyError from a dict subscript inside a larger expression.
prices = {"apple": 3, "pear": 4}
basket = ["apple", "plum"]
total = sum([prices[item] * 2 for item in basket])
