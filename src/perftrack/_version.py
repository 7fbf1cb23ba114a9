"""The version of perftrack, read by the build backend and the docs without importing."""

__version__ = "0.1.0"
