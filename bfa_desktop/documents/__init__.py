"""Documents: compose the domain into a neutral tree once, render it to Word and to PDF."""
