"""The dondoc command line (dondoc.cli) and the demo (dondoc.demo)."""
