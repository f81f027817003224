"""The sourced list of disputed territories (data/disputed_territories.csv) and the rule
that reads it: a listed place is disputed only where its sentence speaks of a dispute."""

import csv

import pytest

from geo.gazetteer import DATA_DIR, load_gazetteer
from geo.known_disputes import KNOWN_DISPUTES_FILE, known_disputed, read_disputed_territories
from geo.normalize import name_key
from geo.pipeline import run
from geo.roles import assign_roles
from geo.types import Layer

LIST = DATA_DIR / KNOWN_DISPUTES_FILE


def test_every_row_names_a_gazetteer_entry_its_claimants_and_its_source_page():
    with LIST.open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["place_id", "place_name", "claimants", "source"]
        rows = list(reader)
    assert len(rows) >= 100
    gazetteer = load_gazetteer()
    for row in rows:
        assert row["source"].startswith(("https://", "http://")), row
        assert row["claimants"].strip(), row
        # the id is the entry of that name (a typo in either is caught here)
        assert any(c.id == row["place_id"]
                   for c in gazetteer.candidates(name_key(row["place_name"]))), row
    ids = [row["place_id"] for row in rows]
    assert len(ids) == len(set(ids))


def test_a_missing_list_means_no_known_territories(tmp_path):
    assert read_disputed_territories(tmp_path / "none.csv") == []
    assert known_disputed(tmp_path) == frozenset()


def _disputed(text: str) -> set[str]:
    return {f.place.mentions[0].text for f in run(text).roles
            if f.layer is Layer.DISPUTED_AREA}


@pytest.mark.parametrize("text, names", [
    ("Kurdish parties rejected the decision to split Khanaqin, calling it an attack on "
     "the Kurdish claim.", {"Khanaqin"}),
    ("Sudan renewed its complaint over Hala'ib at the Security Council, asking for talks "
     "on sovereignty.", {"Hala'ib"}),
    ("The Peshmerga and the army will hold joint patrols in Makhmour and Sinjar to keep "
     "ISIS out of the disputed areas.", {"Makhmour", "Sinjar"}),
    # the village, not the city that locates it
    ("The disputed village of Lheban, northwest of Kirkuk, was attacked.", {"Lheban"}),
])
def test_a_listed_territory_is_disputed_in_a_sentence_about_a_dispute(text, names):
    assert _disputed(text) == names


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in Khanaqin on Monday.",  # no dispute said
    "ISIS claimed responsibility for the attack in Khanaqin.",  # a claim of an attack
    "Turnout was low in the disputed election in Kirkuk.",  # a dispute about no land
    "Chakhmakha lies on disputed land between Dibis and Khanaqin.",  # the land's ends
    "The Kirkuk coordination centre is in dispute.",  # a thing named after the place
    "Kirkuk Governor Rakan al-Jubouri spoke about the disputed areas.",  # a title
    # a claim that reports what forces did, not a claim to land
    "Another provocation in Donbas: the JCCC claims Ukrainian forces shell a station.",
    # recapturing a town from an armed group, or going back to it, is no claim
    "The army pushed to take back Kalapani from the rebels.",
    "The minister flew back to Kalapani on Monday.",
])
def test_a_listed_territory_only_mentioned_is_not_disputed(text):
    assert not _disputed(text)


def test_the_rule_reads_the_list_it_is_given():
    text = "Kurdish parties rejected the plan to split Khanaqin, calling it an attack on " \
           "the Kurdish claim."
    places = run(text).places
    assert not [f for f in assign_roles(text, places, known_territories=frozenset())
                if f.layer is Layer.DISPUTED_AREA]


@pytest.mark.parametrize("text, names", [
    ("\"We will not give up our sovereign rights to the Halayeb Triangle,\" he said.",
     {"Halayeb Triangle"}),
    # to reclaim or win back a listed territory is to claim it
    ("Nepal will reclaim Kalapani and Lipulekh at any cost, the minister said.",
     {"Kalapani", "Lipulekh"}),
    ("Oli has promised to win back the Kalapani territory from India.", {"Kalapani"}),
    ("Rabat renewed its complaint over Western Sahara at the UN, asking for talks on "
     "sovereignty.", {"Western Sahara"}),
    ("Uotsuri lies among islets the Japanese call the Senkaku Islands, at the heart of a "
     "quarrel between Japan and China.", {"Senkaku Islands"}),
])
def test_sovereign_rights_and_a_quarrel_of_states_speak_of_a_dispute(text, names):
    assert _disputed(text) == names


@pytest.mark.parametrize("text", [
    "A quarrel between two families in Kirkuk left three people hurt.",
    "The sovereign wealth fund invested in Kirkuk.",
])
def test_a_quarrel_of_families_or_a_sovereign_fund_is_no_dispute(text):
    assert not _disputed(text)


def test_a_listed_territory_the_gazetteer_holds_as_a_country_can_be_disputed():
    # Gibraltar is a "country" in GeoNames; the list holds no sovereign state
    assert _disputed("Officials see no threat to the UK's legal claim to sovereignty over "
                     "Gibraltar.") == {"Gibraltar"}
    # a claimant state in the same sentence is not on the list
    assert "Spain" not in _disputed("Spain has long claimed sovereignty over Gibraltar.")
