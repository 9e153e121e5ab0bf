"""BFA Desktop: documents of a municipality's and the police's crime-prevention collaboration."""

__version__ = "0.1.0"
APP_NAME = "bfa-desktop"
