"""Stage 7: serving and exporting what the store holds (read-only)."""
