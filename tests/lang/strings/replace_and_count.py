# str.replace with a count, str.count with ranges.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "THE"), s.replace("the", "a", 2), s.replace("at", ""))
print("aaaa".replace("a", "b", 0), "abc".replace("", "-"), "aaa".replace("aa", "b"))
print(s.count("the"), s.count("at"), s.count("at", 10), s.count("at", 5, 20), s.count(""))
print("aaaa".count("aa"), "".count("a"), "abc".count("", 1))
