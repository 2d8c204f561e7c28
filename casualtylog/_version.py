"""The single place that defines the package version."""

__version__ = "0.1.0"
