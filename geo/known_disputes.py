"""Territories a public list records as disputed: ``data/disputed_territories.csv``.

News often takes a dispute as known: "Peshmerga and army talks on security in Khanaqin
and Kirkuk" in an article about the disputed territories, "claims and counterclaims about
Katchatheevu". Each row of the file names a gazetteer entry (``place_id``), its claimants
and the public page that lists it as disputed (Wikipedia's list of territorial disputes,
the pages on Iraq's Article 140 territories). The roles stage marks such a place disputed
only where a sentence that names it speaks of a territorial dispute (see
geo._dispute_rules.known_territory_findings): the list says which places can be
disputed, the article still has to say that a dispute is what it is talking about.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.gazetteer import DATA_DIR

__all__ = ["DisputedTerritory", "known_disputed", "read_disputed_territories"]

KNOWN_DISPUTES_FILE = "disputed_territories.csv"


@dataclass(frozen=True)
class DisputedTerritory:
    """One row of the file: the gazetteer entry, who claims it, and where that is said."""

    place_id: str
    place_name: str
    claimants: tuple[str, ...]
    source: str


def read_disputed_territories(path: Path) -> list[DisputedTerritory]:
    """The rows of a disputed-territories CSV (none when the file is absent)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [DisputedTerritory(row["place_id"].strip(), row["place_name"].strip(),
                                  tuple(c.strip() for c in row["claimants"].split("|")
                                        if c.strip()),
                                  row["source"].strip())
                for row in csv.DictReader(f) if row.get("place_id", "").strip()]


@lru_cache(maxsize=4)
def known_disputed(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """The gazetteer ids of the territories the shipped list records as disputed."""
    return frozenset(t.place_id for t in read_disputed_territories(data_dir
                                                                    / KNOWN_DISPUTES_FILE))
