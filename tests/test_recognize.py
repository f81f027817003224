import pytest

from geo.pipeline import run as extract
from geo.recognize import recognize_mentions
from geo.resolve import resolve_mentions


@pytest.fixture(scope="module")
def seed_mentions(seed_text, gazetteer, lexicon):
    return recognize_mentions(seed_text, gazetteer, lexicon)


def test_offsets_are_exact(seed_text, seed_mentions):
    assert seed_mentions
    for m in seed_mentions:
        assert seed_text[m.start:m.end] == m.text


@pytest.mark.parametrize("name", ["Erbil", "Baghdad", "Kirkuk", "Diyala", "Makhmour", "Mosul",
                                  "Sinjar", "Shingal", "Nineveh", "Salahuddin"])
def test_every_seed_place_is_found_literally(seed_mentions, name):
    assert any(m.text == name and not m.associative for m in seed_mentions)


def test_seed_non_places_are_absent(seed_text, seed_mentions, seed_expected):
    for phrase in seed_expected["not_places"]:
        start = seed_text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            overlapping = [m for m in seed_mentions if m.start < end and start < m.end
                           and not m.associative]
            # "Kurdistan 24": Kurdistan is not a literal place there either
            assert overlapping == [], (phrase, overlapping)
            start = seed_text.find(phrase, end)


def test_dateline_in_capitals_is_found(seed_mentions):
    assert any(m.text == "ERBIL" for m in seed_mentions)


def test_demonyms_are_associative_mentions_of_their_country(seed_mentions):
    iraqi = [m for m in seed_mentions if m.text == "Iraqi"]
    assert iraqi and all(m.associative and m.country_hint == "IQ" for m in iraqi)
    syrian = [m for m in seed_mentions if m.text == "Syrian"]
    assert syrian and syrian[0].associative and syrian[0].country_hint == "SY"


@pytest.mark.parametrize("demonym, country", [
    ("Indian", "IN"), ("Chinese", "CN"), ("French", "FR"), ("Norwegian", "NO"),
    ("Congolese", "CD")])
def test_a_demonym_several_countries_share_names_the_most_populous(gazetteer, lexicon,
                                                                   demonym, country):
    # the source lists "Indian" for the British Indian Ocean Territory too, "French" for
    # Mayotte, "Chinese" for Macau
    (mention,) = recognize_mentions(f"The {demonym} army said so.", gazetteer, lexicon)
    assert mention.associative and mention.country_hint == country


@pytest.mark.parametrize("text, demonym, country", [
    ("Kurds, Arabs, Turkmen and Christians live in Kirkuk.", "Turkmen", None),
    ("Tuz Khurmatu is split into Kurdish and Turkmen quarters.", "Turkmen", None),
    ("The Iraqi Turkmen Front met in Kirkuk.", "Turkmen", None),
    ("A Turkmen delegation visited the border.", "Turkmen", "TM"),  # the country's
    # a demonym GeoNames also lists as the country's name is the demonym
    ("The Montenegrin government met in Kotor.", "Montenegrin", "ME"),
    ("Its Syrian and Turkish partners met.", "Turkish", "TR"),
])
def test_a_demonym_that_names_a_people_living_elsewhere_is_no_mention(
        gazetteer, lexicon, text, demonym, country):
    found = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.text == demonym]
    assert [(m.country_hint, m.associative) for m in found] == ([(country, True)] if country
                                                                 else [])


def test_place_inside_organisation_or_compound_is_associative(gazetteer, lexicon):
    text = ("Officers of the Shreveport Police Department met Iran-backed militias "
            "in Shreveport on Monday.")
    mentions = recognize_mentions(text, gazetteer, lexicon)
    by_start = {m.start: m for m in mentions}
    assert by_start[text.index("Shreveport")].associative
    assert by_start[text.index("Iran")].associative
    assert not by_start[text.rindex("Shreveport")].associative


@pytest.mark.parametrize("text, not_place", [
    ("Editing by John J. Catherine", "Catherine"),
    ("President Jackson visited the troops.", "Jackson"),
    ("Read More: the report continues.", "Read"),
    ("He told France 24 that talks went well.", "France"),
    ("EU envoy Miroslav Lajcak met both sides.", "Miroslav"),
    ("Baghdad, Erbil Agree To Reopen Joint Coordination Centre In Kirkuk", "Centre"),
])
def test_people_outlets_and_boilerplate_are_not_places(gazetteer, lexicon, text, not_place):
    mentions = recognize_mentions(text, gazetteer, lexicon)
    assert not any(m.text == not_place and not m.associative for m in mentions)


def test_cue_words_set_the_kind_hint(gazetteer, lexicon):
    from geo.types import Kind

    text = "A centre in Diyala province and the district of Sinjar, near the city of Mosul."
    cues = {m.text: m.cue for m in recognize_mentions(text, gazetteer, lexicon)}
    assert cues == {"Diyala": Kind.ADMIN1, "Sinjar": Kind.ADMIN2, "Mosul": Kind.CITY}


@pytest.mark.parametrize("text, name", [
    ("Aid arrived from the U.S. on Monday.", "U.S."),
    ("Cases rose in Côte d'Ivoire last week.", "Côte d'Ivoire"),
    ("Officials in the Democratic Republic of the Congo confirmed it.",
     "Democratic Republic of the Congo"),
    ("Flights from Europe and Africa resumed.", "Africa"),
    ("A farm in Suffolk, England was closed.", "England"),
    ("Fires burned across California on Sunday.", "California"),
    ("The forum met in Dar es Salaam, Tanzania.", "Dar es Salaam"),
    ("A second centre could open in Tal Rifaat.", "Tal Rifaat"),
    ("Baghdad, Erbil Agree To Reopen Joint Coordination Centre In Kirkuk", "Kirkuk"),
    ("US, Russia Hold Talks In Turkey", "Turkey"),
    ("Troops were sent to Bosnia and Herzegovina on Monday.", "Bosnia and Herzegovina"),
    ("Soldiers were killed in Jammu and Kashmir on Monday.", "Jammu and Kashmir"),
])
def test_names_that_need_more_than_one_plain_word(gazetteer, lexicon, text, name):
    mentions = recognize_mentions(text, gazetteer, lexicon)
    assert any(m.text == name and not m.associative for m in mentions), mentions


def test_a_surname_stays_a_person_later_in_the_text(gazetteer, lexicon):
    text = "Dr. Bruce Ivins worked at the lab. Investigators said Ivins acted alone."
    assert not [m for m in recognize_mentions(text, gazetteer, lexicon) if m.text == "Ivins"]


def test_a_virus_named_after_a_place_is_associative(gazetteer, lexicon):
    text = "Pigs carried the Reston ebolavirus and the Marburg virus, officials in Manila said."
    by_text = {m.text: m for m in recognize_mentions(text, gazetteer, lexicon)}
    assert by_text["Reston"].associative and by_text["Marburg"].associative
    assert not by_text["Manila"].associative


@pytest.mark.parametrize("word", ["Drug", "North", "Bell", "More"])
def test_common_words_need_a_major_place_of_that_very_name(gazetteer, lexicon, word):
    text = f"The report said {word} was important."
    assert not recognize_mentions(text, gazetteer, lexicon)


def test_a_name_of_compass_words_needs_a_major_place_of_that_very_name(gazetteer, lexicon):
    # GeoNames has a hamlet "Middle East" (Maryland); in news it is the vague region (a
    # region of the gazetteer since country_converter's table gives its members), and a
    # mark in Maryland would also pull "Ontario" to California through the country vote;
    # "Far East" has no region of its own
    text = "Security across the Middle East and the Far East worried Ontario and Baghdad."
    found = {m.text for m in recognize_mentions(text, gazetteer, lexicon)}
    assert found == {"Middle East", "Ontario", "Baghdad"}
    (ontario,) = [p for p in resolve_mentions(recognize_mentions(text, gazetteer, lexicon),
                                              gazetteer, text) if p.candidate.name == "Ontario"]
    assert (ontario.candidate.kind.value, ontario.candidate.country) == ("admin1", "CA")


def test_a_common_word_opening_the_sentence_is_no_part_of_a_capitalised_phrase(gazetteer,
                                                                               lexicon):
    # "Baghdad" is frequent enough in English to count as a common word; after "Both",
    # capitalised only for opening the sentence, it is still a place
    text = "Both Baghdad and Erbil lay claim to Kirkuk."
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == [
        "Baghdad", "Erbil", "Kirkuk"]


@pytest.mark.parametrize("text, found", [
    ("An Al-Qaeda training centre in Mosul was destroyed.", {"Mosul"}),
    ("As Brown said, the talks went on.", set()),
    ("Aid reached El Salvador on Monday.", {"El Salvador"}),
    ("Clashes in An Nasiriyah and As Samawah left two dead.", {"An Nasiriyah", "As Samawah"}),
])
def test_an_article_word_before_a_name_is_judged_with_it(gazetteer, lexicon, text, found):
    # name_key drops "an", "as", "al"...: "An Al" would be Ål in Norway, "As Brown" Brown
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


@pytest.mark.parametrize("text, name", [
    ("The Kurdistan Democratic Party won the vote.", "Kurdistan"),
    ("Flights resumed at Erbil International Airport.", "Erbil"),
    ("The Baghdad Operations Command said it was calm.", "Baghdad"),
])
def test_a_place_opening_an_organisation_name_is_associative(gazetteer, lexicon, text, name):
    (mention,) = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.text == name]
    assert mention.associative


@pytest.mark.parametrize("text, fragments", [
    ("Security in Khanaqin, Jalawla and Qara Tapa was tightened.", {"Qara", "Tapa"}),
    ("Marcin Przydacz, 23, was arrested.", {"Marcin"}),
])
def test_a_word_of_a_name_the_gazetteer_lacks_is_not_a_place(gazetteer, lexicon, text,
                                                              fragments):
    mentions = recognize_mentions(text, gazetteer, lexicon)
    assert not fragments & {m.text for m in mentions}
    assert "Khanaqin" not in text or any(m.text == "Khanaqin" for m in mentions)


@pytest.mark.parametrize("text, word", [
    ("Baghdad Today reported two attacks in Kirkuk.", "Baghdad"),
    ("The Times of Israel said the crossing near Gaza was calm.", "Israel"),
    ("The Xinhua news agency said the talks in Beijing went well.", "Xinhua"),
    ("The BRP Sierra Madre ran aground near Manila decades ago.", "Sierra Madre"),
    ("Chinese ships blocked the vessel Cabra off Palawan.", "Cabra"),
    ("Follow Rudaw on social media for news from Erbil.", "Rudaw"),
    ("Guests stayed at the Salt Symphony sanitorium in Kislovodsk.", "Salt"),
    ("Rakan Saed al-Jubouri, the governor of Kirkuk, spoke on Monday.", "Saed"),
    # armed groups, organisations and feasts named with a place's name
    ("Troops were sent to fight Boko Haram insurgents near Maiduguri.", "Boko"),
    ("Aid reached Kismayo through the Somali Red Cross and others.", "Red Cross"),
    ("The delegation flew to Kismayo after the Eid al-Fitr holiday.", "Eid"),
    # a rank's abbreviation
    ("Erbil sent troops, said Brig. Gen. Dedewan Khurshid, a commander.", "Brig"),
])
def test_outlets_ships_facilities_and_name_parts_are_not_places(gazetteer, lexicon, text,
                                                               word):
    found = [m.text for m in recognize_mentions(text, gazetteer, lexicon)]
    assert word not in found
    assert any(m in found for m in ("Kirkuk", "Gaza", "Beijing", "Manila", "Palawan",
                                    "Erbil", "Kislovodsk", "Maiduguri", "Kismayo"))


@pytest.mark.parametrize("text, name", [
    ("Members of the Kurdistan Democratic party met in Erbil.", "Kurdistan"),
    ("The Kurdistan Workers’ Party has bases in Iraq.", "Kurdistan"),
    ("The Interim Security Force for Abyei patrols the area.", "Abyei"),
])
def test_places_inside_organisation_names_are_associative(gazetteer, lexicon, text, name):
    (mention,) = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.text == name]
    assert mention.associative


@pytest.mark.parametrize("text, name", [
    ("Kirkuk police said the road was open.", "Kirkuk"),
    ("A Baghdad newspaper reported the deal.", "Baghdad"),
    ("The ship docked in Manila on Monday.", "Manila"),
])
def test_places_next_to_those_words_stay_places(gazetteer, lexicon, text, name):
    assert name in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text, expected", [
    ("He moved from Charleston, W.Va., to Atlanta, Ga., in 1990.", ["W.Va.", "Ga."]),
    ("Officials in Washington, D.C., said so.", ["D.C."]),
    ("Troops from America and Britain arrived in Palestine.",
     ["America", "Britain", "Palestine"]),
])
def test_state_abbreviations_and_country_short_names_are_places(gazetteer, lexicon, text,
                                                                expected):
    found = [m.text for m in recognize_mentions(text, gazetteer, lexicon)]
    assert set(expected) <= set(found)


@pytest.mark.parametrize("text, word", [
    ("Man booked for assault in Athens.", "Man"),
    ("Most residents left Kirkuk.", "Most"),
    ("A Jewish community centre opened in Ohio.", "Jewish"),
    ("State Trooper Bill Smith stopped the car in Ohio.", "Trooper"),
    ("Miss. Smith said.", "Miss."),
])
def test_very_common_words_adjectives_and_titles_are_not_places(gazetteer, lexicon, text,
                                                               word):
    assert word not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


def test_a_list_joined_by_and_stays_two_places(gazetteer, lexicon):
    mentions = recognize_mentions("Talks in Baghdad and Erbil ended.", gazetteer, lexicon)
    assert [m.text for m in mentions] == ["Baghdad", "Erbil"]


def test_a_name_a_place_noun_marked_names_the_place_wherever_it_is_written_again(
        gazetteer, lexicon):
    text = ("Troops dug trenches near the village of Lheiban in northern Iraq. Lheiban sits in "
            "a disputed zone.")
    mentions = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert [(m.text, m.start) for m in mentions] == [("Lheiban", 40), ("Lheiban", 66)]


def test_a_name_after_in_or_at_alone_is_not_repeated_and_acronyms_are_no_names(
        gazetteer, lexicon):
    text = "Workers at Kotzer went on strike in Leeds. Kotzer said a strike by TfL staff ended."
    found = [m.text for m in recognize_mentions(text, gazetteer, lexicon)]
    assert found.count("Kotzer") <= 1 and "TfL" not in found


@pytest.mark.parametrize("text, name", [
    ("Slovenia and Croatia dispute the Bay of Piran.", "Bay of Piran"),
    ("Belize claims the Snake Cayes.", "Snake Cayes"),
    ("Clashes broke out near Mount Qarachogh in Makhmour.", "Mount Qarachogh"),
    ("Fishermen crossed the Gulf of Fonseca from Honduras.", "Gulf of Fonseca"),
    # Arabic "Ras" (cape) leads a name: not the Saudi town Ar Rass ("Ras" alone)
    ("Troops dug in on a hill called Ras Kasar.", "Ras Kasar"),
    # the Irish and Scottish lake or inlet
    ("Oyster farms line Lough Dreelan near Derry.", "Lough Dreelan"),
])
def test_a_feature_name_the_gazetteer_lacks_is_one_place(gazetteer, lexicon, text, name):
    mentions = recognize_mentions(text, gazetteer, lexicon)
    feature = next(m for m in mentions if m.text == name)
    assert feature.unresolved
    # no known name inside it stays a mention of its own ("Piran", "Bay", "Guinea")
    assert not any(feature.start <= m.start < feature.end for m in mentions if m is not feature)


@pytest.mark.parametrize("text, not_found", [
    ("The Gulf War ended in 1991.", "Gulf War"),
    ("Doctors at Mount Sinai Hospital in New York said so.", "Mount Sinai Hospital"),
    ("Ships neared the Japanese-administered Senkaku Islands.",
     "Japanese-administered Senkaku Islands"),
])
def test_names_of_other_things_and_known_features_are_no_new_feature(gazetteer, lexicon, text,
                                                                     not_found):
    assert not_found not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text, not_place", [
    # a ship's name stays a ship's name when it comes again alone
    ("Coast guard ships BRP Sindangan and BRP Cabra escorted the boats near Manila. A Chinese "
     "vessel came within a metre of Sindangan.", "Sindangan"),
    # an outlet the gazetteer lacks, named after a place's possessive
    ("A source told Russia's Interfax news agency that the centre opened.", "Interfax"),
    # a street or station named after a city is not the city
    ("Offices at Liverpool Street and Baker Street were shut in London.", "Liverpool"),
])
def test_ships_outlets_and_streets_are_not_places(gazetteer, lexicon, text, not_place):
    assert not_place not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


def test_a_lower_case_feature_word_joins_the_name_the_gazetteer_knows_with_it():
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.recognize import recognize_mentions

    g, lex = load_gazetteer(), load_lexicon()
    mentions = recognize_mentions("Troops landed on the Gallipoli peninsula.", g, lex)
    assert [m.text for m in mentions] == ["Gallipoli peninsula"]
    mentions = recognize_mentions("He visited Gallipoli in Italy.", g, lex)
    assert [m.text for m in mentions][:1] == ["Gallipoli"]


def test_an_unknown_name_in_apposition_before_a_verb_is_a_person_not_a_list_item():
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.recognize import recognize_mentions

    g, lex = load_gazetteer(), load_lexicon()
    text = "Kenya's envoy in Juba, Samwel Nandwa, has been called in."
    assert [m.text for m in recognize_mentions(text, g, lex)] == ["Kenya", "Juba"]


def test_a_capitalised_kind_word_after_an_area_belongs_to_its_name():
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.recognize import recognize_mentions

    g, lex = load_gazetteer(), load_lexicon()
    assert [m.text for m in recognize_mentions("Rain fell in Nyanza Province.", g, lex)] \
        == ["Nyanza Province"]
    # not "State": "Washington State" is as often the university's name
    assert [m.text for m in recognize_mentions("He studied in Washington State.", g, lex)] \
        == ["Washington"]


def test_an_area_named_by_the_end_of_its_name_opens_a_sentence():
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.recognize import recognize_mentions

    g, lex = load_gazetteer(), load_lexicon()
    text = "Crimea, which Russia seized in 2014, is a base."
    assert [m.text for m in recognize_mentions(text, g, lex)] == ["Crimea", "Russia"]
    assert recognize_mentions("Most residents left.", g, lex) == []


def test_a_given_name_before_a_small_towns_name_is_a_person():
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.recognize import recognize_mentions

    g, lex = load_gazetteer(), load_lexicon()
    text = "Egypt's county transport director George Beckett said buses would run."
    assert [m.text for m in recognize_mentions(text, g, lex)] == ["Egypt"]


def test_a_building_named_like_a_town_is_no_place():
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.recognize import recognize_mentions

    g, lex = load_gazetteer(), load_lexicon()
    assert recognize_mentions("He was rebuffed by the White House on Monday.", g, lex) == []
    assert [m.text for m in recognize_mentions("Talks opened in Casablanca.", g, lex)] \
        == ["Casablanca"]


def test_an_abbreviated_title_makes_the_next_name_a_person():
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.recognize import recognize_mentions

    g, lex = load_gazetteer(), load_lexicon()
    text = "The wounds were not serious, said Lt. Paul Henderson, a police spokesman."
    assert recognize_mentions(text, g, lex) == []


@pytest.mark.parametrize("text, found", [
    ("Officers joined the joint room at the K1 base in Kirkuk.", "K1"),
    ("The joint room is at K-1 air base.", "K-1"),
])
def test_a_base_named_by_capitals_and_digits_is_found(text, found, gazetteer, lexicon):
    assert found in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text", [
    "The G7 met in Rome while the M23 attacked Goma.",  # no such place in the gazetteer
    "Flight KL1234 landed in Rome.",  # a long code is no base
])
def test_other_codes_stay_off(text, gazetteer, lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} <= {"Rome", "Goma"}


@pytest.mark.parametrize("text, found", [
    ("Ships sailed across the Mediterranean to Italy.", {"Mediterranean", "Italy"}),
    ("Storms hit the Caribbean.", {"Caribbean"}),
    ("They love the Mediterranean diet.", set()),  # an adjective before its noun
    ("A Caribbean island.", set()),
])
def test_a_sea_named_by_a_common_adjective_is_found_as_a_noun(text, found, gazetteer,
                                                              lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


@pytest.mark.parametrize("text, found", [
    # a hyphenated name the gazetteer lacks is one unknown name, not its known first part
    ("The centre in Thörl-Maglern, Austria, was set up in 2005.", {"Thörl-Maglern", "Austria"}),
    # two villages the gazetteer knows, or one it knows beside a name in no place slot
    ("Police work from a station at the Petrovice-Bahratal border crossing in Saxony.",
     {"Petrovice", "Bahratal", "Saxony"}),
    # a town the gazetteer lacks, then one it knows: each (the first in a place slot only)
    ("Work began on a check post at Sunauli-Bhairahawa on Monday.",
     {"Sunauli", "Bhairahawa"}),
    ("The Sunauli-Bhairahawa road was closed.", {"Bhairahawa"}),
    # not a known first word of a longer unknown name ("Novi" of "Novi Hoiany")
    ("The crossings include Platonovo-Novi Hoiany.", set()),
])
def test_a_hyphenated_pair_of_names(text, found, gazetteer, lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


@pytest.mark.parametrize("text, found", [
    ("The mayor of Sinjar said on Sunday that the market would reopen.", {"Sinjar"}),
    ("Reporters in Kirkuk said the road was closed.", {"Kirkuk"}),
    ("Officials said Bruce Ivins worked alone. Ivins said nothing.", set()),
])
def test_a_name_after_a_preposition_is_no_speaker(text, found, gazetteer, lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


@pytest.mark.parametrize("text, found", [
    # a country's two-word unknown name is a person; a province's, or one with a kind
    # word, is a town
    ("Serbia's Ivica Dacic and Botswana's Mokgweetsi Masisi agreed.", {"Serbia", "Botswana"}),
    ("Fighting reached Diyala's Qara Tapa.", {"Diyala", "Qara Tapa"}),
    ("Clashes erupted in Iraq's Qara Tapa district.", {"Iraq", "Qara Tapa"}),
])
def test_a_countrys_unknown_two_word_name_is_a_person(text, found, gazetteer, lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


@pytest.mark.parametrize("text, found", [
    # a rare word that is also a small town's name continues an unknown name, or opens one
    # when only small towns bear it: one place, not a namesake for each word
    ("Troops were in Quri Chai on Monday.", {"Quri Chai"}),
    ("The post at Kapuas Hulu opened.", {"Kapuas Hulu"}),
    ("Patrols arrived in Tal Thahab at dawn.", {"Tal Thahab"}),
    # not when the next word is a name the gazetteer knows, nor after a region's name
    ("Sector two takes in Dhobley town, Ras Kamboni, Afmadhow and Tabta.",
     {"Dhobley", "Ras Kamboni", "Afmadhow", "Tabta"}),
    ("The EU envoy for the South Caucasus Toivo Klaar met them in Ergneti.",
     {"Caucasus", "Ergneti"}),
])
def test_a_rare_word_inside_an_unknown_name_is_no_namesake(text, found, gazetteer, lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


@pytest.mark.parametrize("text, found", [
    # the article of a name written in lower case: its own name all the same
    ("The court in the Hague ruled on Monday.", ["Hague"]),
    # a town told from its namesakes by its river in brackets is one name
    ("The centre links Frankfurt (Oder) and Slubice.", ["Frankfurt (Oder)", "Slubice"]),
    ("Frankfurt (Germany) is a bank city.", ["Frankfurt", "Germany"]),
])
def test_the_own_name_of_a_place_as_news_writes_it(text, found, gazetteer, lexicon):
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == found


def test_a_river_in_brackets_places_the_town_on_it(gazetteer, lexicon):
    places = resolve_mentions(recognize_mentions("Police met in Frankfurt (Oder).", gazetteer,
                                                 lexicon), gazetteer)
    assert [(p.candidate.name, p.candidate.country) for p in places] == [
        ("Frankfurt (Oder)", "DE")]


def test_an_agreement_named_after_a_place_is_an_associative_mention(gazetteer, lexicon):
    mentions = recognize_mentions("The Minsk agreements failed; talks were held in Minsk.",
                                  gazetteer, lexicon)
    assert [(m.text, m.associative) for m in mentions] == [("Minsk", True), ("Minsk", False)]


def test_a_camp_or_fort_the_gazetteer_lacks_is_placed_at_its_container(gazetteer, lexicon):
    mentions = recognize_mentions("The forces work at the coordination centre at Camp "
                                  "Zeravani in Erbil.", gazetteer, lexicon)
    assert [(m.text, m.unresolved) for m in mentions] == [("Camp Zeravani", True),
                                                          ("Erbil", False)]
    assert [m.text for m in recognize_mentions("Troops left Fort Worth.", gazetteer,
                                               lexicon)] == ["Fort Worth"]


@pytest.mark.parametrize("text, names", [
    # a list that ends "Serbia and Montenegro" names two countries of today
    ("A new police centre links BiH, Serbia and Montenegro.", ["BiH", "Serbia", "Montenegro"]),
    # not a list: the former state; a country whose name has "and" in it
    ("Serbia and Montenegro split in 2006.", ["Serbia and Montenegro"]),
    ("Aid went to Haiti, Trinidad and Tobago and Jamaica.",
     ["Haiti", "Trinidad and Tobago", "Jamaica"]),
])
def test_a_list_ending_in_two_countries_is_not_their_former_union(gazetteer, lexicon, text,
                                                                  names):
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == names


def test_an_unknown_adjective_before_a_place_noun_is_no_place(gazetteer, lexicon):
    text = "Officers will be stationed opposite the Transdniestrian checkpoint of Pervomaisk."
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == ["Pervomaisk"]


@pytest.mark.parametrize("text, names", [
    ("After an attack in Kirkuk, Peshmerga urge a swift security deal with Baghdad.",
     ["Kirkuk", "Baghdad"]),
    ("Houthi drones struck ships off Hodeidah during Ramadan.", ["Hodeidah"]),
])
def test_armed_forces_and_feasts_named_like_places_are_no_places(gazetteer, lexicon, text,
                                                                 names):
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == names


def test_a_post_named_after_a_place_makes_no_surname(gazetteer, lexicon):
    # "the commander Karachi" is a post, so Karachi stays a place everywhere in the text
    text = ("The centre opened in Karachi on Friday. Guests included the commander Pakistan "
            "Fleet and the commander Karachi.")
    found = [m.text for m in recognize_mentions(text, gazetteer, lexicon)]
    assert found.count("Karachi") >= 1


def test_a_name_known_only_with_its_lower_case_feature_word(gazetteer, lexicon):
    text = "Medvedev flew into the Kuril islands on Saturday."
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == ["Kuril islands"]


@pytest.mark.parametrize("text, name", [
    # Portuguese and German connectors inside a name
    ("Smugglers crossed from Foz do Iguaçu into Paraguay.", "Foz do Iguaçu"),
    ("They met in Rio das Ostras on Monday.", "Rio das Ostras"),
    ("He lives in Frankfurt an der Oder, near Poland.", "Frankfurt an der Oder"),
    # a common word that is the short name of a major town known by a longer one
    ("She flew to Frankfurt on Monday.", "Frankfurt"),
])
def test_connectors_and_short_names_of_major_towns(gazetteer, lexicon, text, name):
    assert name in {m.text for m in recognize_mentions(text, gazetteer, lexicon)}


@pytest.mark.parametrize("text, word", [
    ("Do Thanh said he would go.", "Do"),  # a connector opens no name
    ("He said the Frankfurt School shaped his views.", "Frankfurt"),  # a name's first word
])
def test_connectors_and_short_names_leave_other_words_alone(gazetteer, lexicon, text, word):
    assert word not in {m.text for m in recognize_mentions(text, gazetteer, lexicon)
                        if not m.associative}


def test_an_arabic_feature_name_with_its_article_is_one_name(gazetteer, lexicon):
    text = "The disputed areas include Kaka and Jebel al-Migainais near the border."
    names = {m.text for m in recognize_mentions(text, gazetteer, lexicon)}
    assert "Jebel al-Migainais" in names and "Jebel" not in names


def test_a_name_after_a_force_acronym_before_a_noun_is_the_force(gazetteer, lexicon):
    names = {m.text for m in recognize_mentions(
        "The CTF Sentinel headquarters stands up in Bahrain.", gazetteer, lexicon)}
    assert "Sentinel" not in names and "Bahrain" in names
    # a post named by its place keeps the place
    names = {m.text for m in recognize_mentions(
        "Officials at ICP Raxaul and Jogbani met on Monday.", gazetteer, lexicon)}
    assert {"Raxaul", "Jogbani"} <= names


@pytest.mark.parametrize("text, person", [
    ("The Ministers of Interior of Montenegro and Albania, Mevludin Nuhodzic and Dritan "
     "Demiraj, met in Plav.", "Mevludin Nuhodzic"),
    ("Media quoted the then Deputy Prime Minister of Kyrgyzstan, Abdyrahman Mamataliyev, "
     "as saying so.", "Abdyrahman Mamataliyev"),
    ("Deputy Prime Ministers Shahin Mustafayev of Azerbaijan and Alexey Overchuk of Russia "
     "attended.", "Alexey Overchuk"),
])
def test_a_name_after_an_office_of_places_is_a_person(gazetteer, lexicon, text, person):
    assert person not in {m.text for m in recognize_mentions(text, gazetteer, lexicon)}


def test_an_office_of_a_place_sentences_before_makes_no_later_name_a_person(gazetteer,
                                                                            lexicon):
    text = ("Ali Ahmad, head of the Amhara Region's press office, spoke. The two states have "
            "long quarrelled over who owns Zorbakan, Tigray and the areas around them.")
    assert "Zorbakan" in {m.text for m in recognize_mentions(text, gazetteer, lexicon)}


def test_a_list_of_places_after_a_place_still_takes_names_we_lack(gazetteer, lexicon):
    text = "Fighting spread to Makhmour, Gwer and Kirkuk."
    assert "Gwer" in {m.text for m in recognize_mentions(text, gazetteer, lexicon)}


@pytest.mark.parametrize("text, person", [
    # names the gazetteer lacks that open with a given name of the region's news
    ("The front runs south of Kirkuk, Hardi Muhammed, the agency's reporter, said.",
     "Hardi Muhammed"),
    ("The talks in Erbil, Massoud Barzani and others said, went well.", "Massoud Barzani"),
    ("The mission's head in Rafah, Emanuele Giaufret, said so.", "Emanuele Giaufret"),
])
def test_an_unknown_name_opening_with_a_given_name_is_a_person(gazetteer, lexicon, text,
                                                                person):
    assert person not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


def test_one_unknown_word_that_is_also_a_given_name_may_still_be_a_town(gazetteer, lexicon):
    text = "The joint police station stands in Eda, on the border with Norway."
    assert "Eda" in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


def test_the_given_names_of_the_projects_own_list_are_read(lexicon):
    assert {"Massoud", "Nechirvan", "Hoshyar"} <= lexicon.given_names
    assert "Aras" not in lexicon.given_names  # a river's name, left out on purpose


@pytest.mark.parametrize("text, name", [
    # a name the gazetteer lacks right before a border post's noun is the post's town
    ("Work began on the new Bunyinde post in Uganda.", "Bunyinde"),
    ("The Zorbuk checkpost opened in Nepal.", "Zorbuk"),
])
def test_a_border_posts_town_the_gazetteer_lacks(gazetteer, lexicon, text, name):
    mentions = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert name in [m.text for m in mentions]


def test_a_newspaper_post_is_no_border_post(gazetteer, lexicon):
    # (a capitalised "Post" names an outlet, not a slot)
    text = "The Zorbuk Post reported on Monday."
    assert "Zorbuk" not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text, name", [
    # a post named by its town after the acronym of its kind, placed in the place after it
    ("Seven posts were built, namely PLBN Zorbuk in Sambas and PLBN Qerdan in Sanggau.",
     "Zorbuk"),
    ("Trucks now clear customs at ICP Bunyinde at the border with Nepal.", "Bunyinde"),
])
def test_a_posts_town_after_the_acronym_of_its_kind(gazetteer, lexicon, text, name):
    mentions = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert name in [m.text for m in mentions]


@pytest.mark.parametrize("text, found", [
    # a name the gazetteer lacks whose predicate describes it as a place
    ("Zorbuk is a disputed area where India and China have differing claims.", True),
    ("Zorbuk is a small town in Ladakh near China.", True),
    # a predicate that describes a person or a thing
    ("Zorbuk is a man who knows India.", False),
    ("Zorbuk is a company that trades with India.", False),
])
def test_a_name_described_as_a_place_by_its_predicate(gazetteer, lexicon, text, found):
    names = [m.text for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert ("Zorbuk" in names) is found


def test_list_items_in_quotes_the_gazetteer_lacks(gazetteer, lexicon):
    text = ("Control at the checkpoints 'Khorgos' in Kazakhstan and 'Zorbuk' and 'Qerdan' in "
            "Kyrgyzstan.")
    names = [m.text for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert names == ["Zorbuk", "Qerdan"]


def test_a_quoted_word_after_a_place_is_no_list_item(gazetteer, lexicon):
    text = "Officials in Kazakhstan called it 'Zorbuk' and moved on."
    assert "Zorbuk" not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


def test_a_name_the_gazetteer_lacks_before_a_unit_title_is_one_name(gazetteer, lexicon):
    text = "Clashes spread in Zorbuk County, Jonglei State, on Monday."
    mentions = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert [m.text for m in mentions] == ["Zorbuk County"]


def test_a_unit_title_after_a_person_makes_no_place(gazetteer, lexicon):
    text = "Governor Jimmy Zorbuk County officials met on Monday."
    assert "Zorbuk County" not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text, name", [
    ("Fighting was reported near Qasr-e Shirin.", "Qasr-e Shirin"),
    ("Aid flew on to Mazar-i-Sharif.", "Mazar-i-Sharif"),
    ("Aid flew on to Mazar-e-Sharif.", "Mazar-e-Sharif"),
])
def test_a_persian_ezafe_joins_a_name(gazetteer, lexicon, text, name):
    assert name in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text, name", [
    ("Fighting was reported in the Khyber pass.", "Khyber pass"),
    ("They crossed the Lachin corridor at dawn.", "Lachin corridor"),
    ("Floods reached the Patos lagoon in Brazil.", "Patos lagoon"),
])
def test_a_lower_case_feature_word_the_gazetteer_knows_joins_the_name(gazetteer, lexicon,
                                                                       text, name):
    assert name in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text, name", [
    # a post named by its town: the town, then the post's title or its acronym
    ("Work began on the Zorbuk One Stop Border Post in Burundi.", "Zorbuk"),
    ("The Sino-Kazakh Zorbuk International Border Cooperation Centre is due to open.",
     "Zorbuk"),
    ("Officials from Burundi toured the Zorbuk OSBP.", "Zorbuk"),
    # the first of a list of towns before a noun of posts ("one-stop" is two tokens)
    ("The Zorbuk and Qerdan one-stop border posts opened on Monday.", "Zorbuk"),
    ("From April, the Zorbuk, Qerdan and Malawi border posts are to work as one.", "Zorbuk"),
])
def test_a_posts_town_before_its_title_or_a_noun_of_posts(gazetteer, lexicon, text, name):
    mentions = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert name in [m.text for m in mentions]


@pytest.mark.parametrize("text", [
    # an outlet, a research centre and a list of no posts are no post's town
    "The Zorbuk Post reported on Monday.",
    "Ministers met at the Zorbuk Center in Atlanta.",
    "The Zorbuk and Qerdan families own several shops.",
    "The Zorbuk and Qerdan border dispute flared again.",
])
def test_what_a_posts_title_or_a_noun_of_posts_leaves_alone(gazetteer, lexicon, text):
    assert "Zorbuk" not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


@pytest.mark.parametrize("text", [
    # no place slot: the name is followed by no "in"/"at", or the caps are a country's
    "The PLBN Zorbuk programme was praised in Jakarta.",
    "Officials said USA Zorbuk in Texas was closed.",
])
def test_an_acronym_then_a_name_without_a_place_after_is_no_place(gazetteer, lexicon, text):
    assert "Zorbuk" not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


def test_a_name_the_gazetteer_lacks_after_a_plural_place_noun_and_of(gazetteer, lexicon):
    text = "Checks are planned at the posts of Zorbuk and Qerdan."
    mentions = [m.text for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert "Zorbuk" in mentions


@pytest.mark.parametrize("text, name", [
    # a name said to be disputed, or described as a place in apposition
    ("MPs were held up before entering disputed Zorbuk.", "Zorbuk"),
    ("They visited Zorbuk, the disputed border town in Kailahun district.", "Zorbuk"),
    ("Militants struck Zorbuk, a village near Dohuk.", "Zorbuk"),
])
def test_a_name_said_to_be_disputed_or_described_as_a_place(gazetteer, lexicon, text, name):
    mentions = [m for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert name in [m.text for m in mentions]


@pytest.mark.parametrize("text, name", [
    # a person described after the comma, the end of a hyphenated name
    ("The dead included Sinan Zorbuk, the village chief, and two brothers.", "Zorbuk"),
    ("Stefano Zorbuk, the head of the region, urged caution.", "Zorbuk"),
    ("Deaths were reported in Qasr-e Zorbuk, a town in the west.", "Zorbuk"),
])
def test_a_described_person_or_a_names_end_is_no_place(gazetteer, lexicon, text, name):
    assert name not in [m.text for m in recognize_mentions(text, gazetteer, lexicon)]


def test_a_known_name_with_its_noun_in_lower_case_and_its_short_form(gazetteer, lexicon):
    # "Elemi triangle" is the gazetteer's Ilemi Triangle; "Cristo Redentor" alone, later,
    # is the same pass
    text = ("Herders cross the disputed Elemi triangle. Trucks queue at the Cristo Redentor "
            "pass; the Paso Sistema de Cristo Redentor is closed.")
    mentions = {m.text: m for m in recognize_mentions(text, gazetteer, lexicon)}
    assert not mentions["Elemi triangle"].unresolved
    assert "Cristo Redentor" in mentions
    places = {p.candidate.name: p for p in extract(text).places}
    assert any(len(p.mentions) == 2 and "Cristo Redentor pass" in {m.text for m in p.mentions}
               for p in places.values())


def test_a_list_item_the_gazetteer_lacks_after_a_bracketed_country(gazetteer, lexicon):
    text = "The commander visited the sector headquarters at Mora (Cameroon) and Zorbuk (Chad)."
    mentions = [m.text for m in recognize_mentions(text, gazetteer, lexicon) if m.unresolved]
    assert "Zorbuk" in mentions


@pytest.mark.parametrize("text, found", [
    # a title-case headline's "Border Post" is a post, not a newspaper after the town
    ("Malanville Border Post To Open In August", {"Malanville"}),
    ("The Jerusalem Post reported the talks in Jerusalem.", {"Jerusalem"}),
])
def test_a_border_post_in_a_title_case_headline(text, found, gazetteer, lexicon):
    literal = {m.text for m in recognize_mentions(text, gazetteer, lexicon) if not m.associative}
    assert literal == found


@pytest.mark.parametrize("text, found", [
    # a country whose name opens with a given name ("Sierra", "Leone") is no person: the
    # name after it is a place, here and later in the text
    ("ECOWAS Sierra Leone Liberia Joint Border Post\n\nTrade between Sierra Leone and "
     "Liberia grew.", {"Sierra Leone", "Liberia"}),
    # a given name that ends a compound of a common word introduces no one ("Oil-Rich
    # Abyei"), unlike one after another given name ("Jean-Pierre Bemba")
    ("South Sudan Risks Losing Oil-Rich Abyei\n\nSouth Sudan could lose the region of "
     "Abyei.", {"South Sudan", "Abyei"}),
    # a minor place's name is still a person's ("Luis Gomes Sambo ... Sambo said")
    ("The director Luis Gomes Sambo spoke in Harare. Sambo said the outbreak spread.",
     {"Harare"}),
])
def test_a_place_that_opens_with_a_given_name_is_no_person(text, found, gazetteer, lexicon):
    got = {m.text for m in recognize_mentions(text, gazetteer, lexicon)}
    assert found <= got and "Sambo" not in got, got



@pytest.mark.parametrize("text, found", [
    # an English word spelled like an Arabic article opens no name ("At Kirkuk, ...")
    ("At Modane, on the French-Italian border, officers stopped a man.", "Modane"),
    ("An Albany man was arrested.", "Albany"),
    ("Security Talks At Kirkuk Resume", "Kirkuk"),  # a headline's capital "At"
])
def test_a_preposition_like_an_arabic_article_is_not_part_of_the_name(
        text, found, gazetteer, lexicon):
    assert found in {m.text for m in recognize_mentions(text, gazetteer, lexicon)}


def test_the_weather_agency_pagasa_is_no_island(gazetteer, lexicon):
    # "Pagasa" alone is also the Philippine weather agency's name (only "Pagasa Island"
    # names Thitu Island in data/aliases.csv)
    text = "The Philippine Atmospheric, Geophysical and Astronomical Services Administration " \
           "(PAGASA) reported heavy rain."
    assert not recognize_mentions(text, gazetteer, lexicon)


def test_a_byline_of_names_alone_names_no_place(gazetteer, lexicon):
    text = "Families still unable to go home\n\nBy Layla Ahmad\n\nBy Monday, Kirkuk was calm."
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == ["Kirkuk"]


def test_a_name_in_brackets_after_a_place_is_that_place_by_another_name():
    places = extract("Officials visited the border town of Padborg (Pattburg) on Tuesday.").places
    assert [(p.candidate.name, [m.text for m in p.mentions]) for p in places] == [
        ("Padborg", ["Padborg", "Pattburg"])]


@pytest.mark.parametrize("text", [
    # a dateline's agency, a caption's credit, an organisation's acronym
    "WASHINGTON (Sputnik) - A ship docked.",
    "The joint office in Kaesong (Yonhap)\n\nTalks went on.",
    "The UN Military Observer Group in India and Pakistan (Unmogip) met.",
])
def test_a_bracketed_credit_or_acronym_is_no_other_name(text):
    names = {m.text for p in extract(text).places for m in p.mentions}
    assert not names & {"Sputnik", "Yonhap", "Unmogip"}


@pytest.mark.parametrize("text, place, names", [
    ("Tuz Khurmatu, also known as Tuz Khormato, is tense.", "Ţūz Khūrmātū",
     ["Tuz Khurmatu", "Tuz Khormato"]),
    ("Wake Island, known to the Marshallese as Eneen Kio, is run by the United States.",
     "Wake Island", ["Wake Island", "Eneen Kio"]),
])
def test_a_name_the_text_gives_as_another_name_of_a_place_joins_it(text, place, names):
    places = {p.candidate.name: [m.text for m in p.mentions] for p in extract(text).places}
    assert places[place] == names


def test_a_name_the_gazetteer_lacks_after_a_claim_or_dispute_is_a_territory():
    text = "Japan and Taiwan are locked in a dispute over Okinotorishima."
    assert [(m.text, m.unresolved) for m in extract(text).mentions] == [
        ("Japan", False), ("Taiwan", False), ("Okinotorishima", True)]


def test_news_agencies_named_like_places_are_no_places(gazetteer, lexicon):
    text = "Officials met in Baghdad, IRNA, TASS and Yonhap reported; Sputnik said so too."
    assert [m.text for m in recognize_mentions(text, gazetteer, lexicon)] == ["Baghdad"]



@pytest.mark.parametrize("text, found", [
    # a French or Spanish name with its article, which the gazetteer lacks
    ("Police joined the cooperation centre at Le Perthus, France.", {"Le Perthus", "France"}),
    ("The borders of Anguiatú and La Hachadura, in Ahuachapán, will be next.",
     {"Anguiatú", "La Hachadura", "Ahuachapán"}),
])
def test_a_romance_article_opens_a_name_the_gazetteer_lacks(text, found, gazetteer, lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


@pytest.mark.parametrize("text, found", [
    ("He wants to end the long-running dispute with Croatia over the Prevlaka peninsula.",
     {"Croatia", "Prevlaka peninsula"}),
    ("With the row over the Slovenian border going on, Croatia looked south.", {"Croatia"}),
])
def test_a_disputed_territory_after_the_other_side_and_over_the(text, found, gazetteer,
                                                                lexicon):
    assert {m.text for m in recognize_mentions(text, gazetteer, lexicon)} == found


def test_a_kind_word_between_a_name_and_its_post_keeps_the_slot(gazetteer, lexicon):
    text = "Security work at the Caya police post near Badajoz has improved."
    assert [(m.text, m.unresolved) for m in recognize_mentions(text, gazetteer, lexicon)] == [
        ("Caya", True), ("Badajoz", False)]


def test_a_particle_inside_a_name_the_gazetteer_lacks(gazetteer, lexicon):
    text = "Crossings at Dheu i Bardhë and Bahia de Chismuyo opened, Kosovo said."
    assert "Dheu i Bardhë" in {m.text for m in recognize_mentions(text, gazetteer, lexicon)}


def test_a_short_form_of_a_name_the_gazetteer_lacks_is_the_same_place():
    places = extract("Troops camped in Isla Nicolás Suárez in Bolivia. Bolivia still holds "
                     "Isla Suárez, near the village of Isla Suárez.").places
    names = {p.candidate.name: [m.text for m in p.mentions] for p in places}
    assert names["Isla Nicolás Suárez"][:2] == ["Isla Nicolás Suárez", "Isla Suárez"]
    assert "Isla Suárez" not in names
