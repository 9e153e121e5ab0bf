"""The named Word styles the documents use; a template lacking one gets a default."""

TABLE_TEXT_STYLE = "Tabelltext"
REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Table Grid",
    TABLE_TEXT_STYLE,
)
