"""Encryption, keys, password hashing, pseudonyms and the hash-chained audit log."""
