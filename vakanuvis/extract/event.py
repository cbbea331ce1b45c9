"""The `event` layer (to be built)."""
