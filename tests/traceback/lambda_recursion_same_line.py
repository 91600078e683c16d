# Recursion through a lambda: repeated lines are collapsed.
countdown = lambda n: countdown(n - 1) if n else 1 / n
countdown(10)
