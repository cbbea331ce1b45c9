"""Corpus-wide bibliography (to be built)."""
