"""The project's error hierarchy: one base class, caught by the CLI and the app."""

from __future__ import annotations

__all__ = ["ClusterError", "DataError", "GeoError", "InputError"]


class GeoError(Exception):
    """Base class for every error the project reports to a user."""


class InputError(GeoError):
    """The input (article, upload, batch line) cannot be used; the message says why."""


class DataError(GeoError):
    """A data file the project ships is missing or damaged."""


class ClusterError(GeoError):
    """The Dask cluster an ingest runs on cannot be reached or failed; what was stored
    before stays stored."""
