# raise SystemExit(2) is the same as sys.exit(2).
print("raising SystemExit")
raise SystemExit(2)
