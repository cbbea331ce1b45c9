"""Cross-document entity clustering (to be built)."""
