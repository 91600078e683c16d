# An error while the class body runs.
class Config:
    size = 10
    half = size / 0
