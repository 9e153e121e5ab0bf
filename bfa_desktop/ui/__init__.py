"""The desktop window (PySide6 Widgets). Everything below this package works without it."""
