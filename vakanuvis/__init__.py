"""Vakanüvis: an evidence-backed, time-aware knowledge base from historical texts."""

__version__ = "0.1.0"
