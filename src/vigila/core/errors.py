"""Errors that faces turn into one clear line for the user."""


class VigilaError(Exception):
    """An expected failure with a message fit to show the user as it is."""


class InputError(VigilaError):
    """The input (file, record, parameter) is malformed or out of range."""
