"""`python -m vigila` runs the CLI."""

from vigila.cli.main import main

main()
