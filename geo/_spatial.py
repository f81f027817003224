"""A grid of anchor points for "how far is the nearest one?" in bounded time.

The resolver's distance step asks, for every candidate sense of every name, how far the
nearest place the rest of the document resolves to is, but only whether that is within
250 or 800 km. Against all anchors that is quadratic in the number of names (4,956
distinct names took 108 s). Here anchors sit in cells of a 3-D grid over unit vectors,
each cell as wide as the largest distance asked about, so every anchor within that reach
is in the 27 cells around the point; among those, the ones nearest by straight-line
(chord) distance are measured on the WGS84 ellipsoid. The answer is the same as against
all anchors for every distance up to ``reach_km``; beyond it, only "further" is known.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import product

import numpy as np
from pyproj import Geod

__all__ = ["AnchorGrid"]

_GEOD = Geod(ellps="WGS84")
_EARTH_KM = 6371.0088
# the ellipsoid's distances differ from the sphere's by well under 1 %: a 2 % margin
# keeps every anchor that may be the nearest on the ellipsoid
_MARGIN = 1.02
_MEASURED = 64  # at most this many anchors measured on the ellipsoid per point


def _unit(lon: float, lat: float) -> tuple[float, float, float]:
    lam, phi = math.radians(lon), math.radians(lat)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


class AnchorGrid:
    """Anchors ``(owner, lon, lat)``; :meth:`nearest_km` leaves out one owner's own."""

    def __init__(self, anchors: Sequence[tuple[str, float, float]], reach_km: float) -> None:
        self.size = reach_km * _MARGIN / _EARTH_KM  # cell edge, in unit-vector lengths
        self.owners = [owner for owner, _, _ in anchors]
        self.lon = np.array([lon for _, lon, _ in anchors], dtype=float)
        self.lat = np.array([lat for _, _, lat in anchors], dtype=float)
        self.xyz = np.array([_unit(lon, lat) for _, lon, lat in anchors],
                            dtype=float).reshape(-1, 3)
        self.cells: dict[tuple[int, ...], list[int]] = {}
        for i, (_, lon, lat) in enumerate(anchors):
            self.cells.setdefault(self._cell(_unit(lon, lat)), []).append(i)

    def _cell(self, point: Sequence[float]) -> tuple[int, ...]:
        return tuple(math.floor(v / self.size) for v in point)

    def nearest_km(self, lon: float, lat: float, exclude: str) -> float:
        """Geodesic km to the nearest anchor not owned by ``exclude``: exact up to the
        grid's reach; ``math.inf`` when none is within it."""
        point = _unit(lon, lat)
        cx, cy, cz = self._cell(point)
        found = [i for dx, dy, dz in product((-1, 0, 1), repeat=3)
                 for i in self.cells.get((cx + dx, cy + dy, cz + dz), ())
                 if self.owners[i] != exclude]
        if not found:
            return math.inf
        index = np.array(found)
        chord = np.linalg.norm(self.xyz[index] - np.array(point), axis=1)
        close = index[chord <= chord.min() * _MARGIN + 1e-12]
        if len(close) > _MEASURED:
            close = index[np.argsort(chord)[:_MEASURED]]
        _, _, metres = _GEOD.inv([lon] * len(close), [lat] * len(close),
                                 self.lon[close], self.lat[close])
        return float(np.min(metres)) / 1000
