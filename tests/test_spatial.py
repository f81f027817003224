"""The anchor grid answers "nearest anchor within reach" exactly as all pairs do."""

import math
import random

import pytest
from pyproj import Geod

from geo import resolve
from geo._spatial import AnchorGrid


def test_the_grid_finds_the_same_nearest_anchor_as_every_pair():
    geod, rng = Geod(ellps="WGS84"), random.Random(15)
    anchors = [(str(i), rng.uniform(35, 50), rng.uniform(28, 40)) for i in range(300)]
    anchors += [(f"w{i}", rng.uniform(-180, 180), rng.uniform(-89, 89)) for i in range(300)]
    grid = AnchorGrid(anchors, 800.0)
    for t in range(1500):
        lon, lat = ((rng.uniform(30, 55), rng.uniform(25, 45)) if t % 2
                    else (rng.uniform(-180, 180), rng.uniform(-89, 89)))
        owner = anchors[t % len(anchors)][0]
        others = [a for a in anchors if a[0] != owner]
        _, _, metres = geod.inv([lon] * len(others), [lat] * len(others),
                                [a[1] for a in others], [a[2] for a in others])
        nearest, got = min(metres) / 1000, grid.nearest_km(lon, lat, owner)
        if nearest <= 800:
            assert got == pytest.approx(nearest, abs=1e-6)
        else:
            assert got > 800 or math.isinf(got)


def test_resolution_with_the_grid_is_the_same(seed_text, gazetteer, lexicon, monkeypatch):
    from geo.pipeline import run

    before = run(seed_text, gazetteer=gazetteer, lexicon=lexicon).places
    monkeypatch.setattr(resolve, "_GRID_FROM", 0)
    assert run(seed_text, gazetteer=gazetteer, lexicon=lexicon).places == before
