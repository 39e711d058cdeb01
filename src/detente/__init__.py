"""detente: political event data from news, traceable to the words that support it."""

__version__ = "0.1.0"
