"""One builder per document: a period (and its records) in, a neutral `Document` out."""
