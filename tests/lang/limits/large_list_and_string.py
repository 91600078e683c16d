# A million-element list and a million-character string behave like small ones.
n = 10 ** 6
big = list(range(n))
print(len(big), big[-1], sum(big), big[n // 2], big[::100000])
s = "ab" * (n // 2)
print(len(s), s.count("ab"), s[:6], s[-3:], s.find("ba"), s.rfind("ab"))
joined = ",".join(str(i) for i in range(100000))
print(len(joined), joined[:20], joined[-12:])
print(len(bytes(n)), len([0] * n), sorted(big[:10], reverse=True)[:3])
