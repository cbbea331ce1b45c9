"""The `entity` layer (to be built)."""
