# a seed: the smallest program
