"""Cross-document event linking (to be built)."""
