"""Labinov: the Laboratorium Inovasi 5D method as an offline desktop application."""

__version__ = "0.1.0"
