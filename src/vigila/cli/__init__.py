"""The `vigila` command line."""
