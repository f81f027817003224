"""Names the gazetteer lacks, in a place slot, placed at their container (geo.unresolved).

The names here are made up (Zorbakan, Qeltapa...), so the tests hold whatever towns the
gazetteer gains."""

import pytest

from geo.pipeline import extract_feature_collection


def features(text: str) -> dict[str, dict]:
    return {f["properties"]["name"]: f for f in extract_feature_collection(text)["features"]}


def test_a_name_in_a_place_slot_is_placed_at_the_area_named_after_it():
    got = features("Two soldiers were killed in Zorbakan in western Nineveh on Monday.")
    props = got["Zorbakan"]["properties"]
    assert props["unresolved"] and props["approximate"]
    assert props["container"] == "Nineveh" and props["precision"] == "admin1"
    assert got["Zorbakan"]["geometry"]["type"] == "Point"  # not the whole province drawn
    assert got["Zorbakan"]["geometry"]["coordinates"] != got["Nineveh"]["geometry"].get(
        "coordinates")  # Nineveh itself is its polygon
    assert not got["Nineveh"]["properties"]["unresolved"]


def test_a_centre_in_a_town_the_gazetteer_lacks_stays_in_its_layer():
    got = features("The two sides agreed to open a joint coordination centre in Zorbakan, "
                   "west of Mosul.")
    props = got["Zorbakan"]["properties"]
    assert props["layer"] == "announced_center" and props["container"] == "Mosul"
    assert got["Zorbakan"]["geometry"]["type"] == "Point"
    assert got["Mosul"]["properties"]["layer"] == "place"


@pytest.mark.parametrize("text, name", [
    ("Fighting broke out on the Qeltapa front in eastern Kirkuk.", "Qeltapa"),
    ("Shelling hit the village of Qeltapa in Makhmour district.", "Qeltapa"),
    ("Zorbakan camp near Mosul houses thousands of families.", "Zorbakan"),
    ("Plans for centres in Kirkuk and Qeltapa have been postponed.", "Qeltapa"),
    ("Fighting flared in Zorbakan-Qeltapa, in western Azerbaijan.", "Zorbakan-Qeltapa"),
    # a list of names before the area that contains them
    ("The sites are: Zorbakan, Qeltapa and Surdash in North Darfur.", "Zorbakan"),
    ("The sites are: Zorbakan, Qeltapa and Surdash in North Darfur.", "Surdash"),
    # a territory whose owner is disputed
    ("The two regions quarrel over who owns Zorbakan, in northern Ethiopia.", "Zorbakan"),
    # a place on one side of a border
    ("Zambia's post would join Zorbakan, on the Zambian side, and Qeltapa.", "Zorbakan"),
])
def test_place_slots(text, name):
    assert features(text)[name]["properties"]["unresolved"]


@pytest.mark.parametrize("text, name", [
    ("He spoke in Kurmanji to reporters in Duhok.", "Kurmanji"),  # a language
    ("Baku and Yerevan fought over Nagorno-Karabakh.", "Nagorno"),  # no part of the name
    ("Sinjar, the Yazidi town, was retaken in 2015.", "Yazidi"),  # an adjective
    ("Zorbakan said the talks in Erbil went well.", "Zorbakan"),  # no place slot
    ("The talks were held in Zorbakan, officials said.", "Zorbakan"),  # nothing to contain it
    ("Officials met Rebwar Taha in Erbil.", "Rebwar"),  # a person
    # partners and companies before the place they meet in
    ("He held talks with Zorbakan and Qeltapa in Kirkuk province.", "Zorbakan"),
    ("Zorbakan and Qeltapa Group in Kirkuk province signed.", "Zorbakan"),
])
def test_not_placed(text, name):
    assert name not in features(text)


@pytest.mark.parametrize("text, name, container", [
    ("Two soldiers were wounded in Shwan, near Kirkuk.", "Shwan", "Kirkuk"),
    ("Army units patrolled Shwan and Laylan in Kirkuk province.", "Shwan", "Kirkuk"),
])
def test_a_namesake_abroad_is_placed_where_the_article_is(text, name, container):
    props = features(text)[name]["properties"]
    assert props["unresolved"] and props["container"] == container
    assert props["country"] == "IQ"  # not Schwaan in Germany


@pytest.mark.parametrize("text, name, country", [
    ("The delegation flew from Erbil to Berlin.", "Berlin", "DE"),  # a big city
    ("Fishermen met in Schwaan, Germany, and in Rostock.", "Schwaan", "DE"),  # its country
])
def test_places_abroad_the_article_supports_stay(text, name, country):
    props = features(text)[name]["properties"]
    assert not props["unresolved"] and props["country"] == country
