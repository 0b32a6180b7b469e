"""recognizers"""
