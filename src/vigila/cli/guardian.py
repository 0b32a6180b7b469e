"""`vigila guardian …`: the guardian commands live with the bot's in `vigila.cli.telegram`."""

from vigila.cli.telegram import guardian_app as app

__all__ = ["app"]
