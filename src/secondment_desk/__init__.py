"""Secondment Desk: prepare applications for seconded posts in international organisations."""

__version__ = "0.1.0"
