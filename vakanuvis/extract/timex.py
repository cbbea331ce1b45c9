"""The `timex` layer (to be built)."""
