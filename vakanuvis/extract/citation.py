"""The `citation` layer (to be built)."""
