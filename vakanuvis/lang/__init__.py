"""Language data wiring: each module loads its files under ``vakanuvis/data/<lang>/`` once."""
