"""The name and version of the exchange format, as a file's envelope states them."""

FORMAT_NAME = "bfa-desktop-exchange"
FORMAT_VERSION = 3
