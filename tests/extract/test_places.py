"""Places: gazetteer matching (blank tokenizer and model), ambiguity, stoplist, locative
attachment and datelines."""

from __future__ import annotations

import time

import pytest
import yaml

from eventwire.extract.places import dateline_place, event_location, find_places, reads_as


def _names(doc):
    return [(p.text, p.name, p.country, p.feature) for p in find_places(doc)]


def _tok(doc, word, nth=0):
    return [t.i for t in doc if t.text == word][nth]


# --- without a model: the gazetteer alone ----------------------------------------------------


def test_city_country_and_region_on_a_bare_tokenizer(blank_nlp):
    doc = blank_nlp("Envoys from North Korea met in Geneva to discuss the Korean peninsula.")
    assert _names(doc) == [
        ("North Korea", "North Korea", "PRK", "country"),
        ("Geneva", "Geneva", "CHE", "city"),
        ("Korean peninsula", "Korean Peninsula", None, "region"),
    ]


def test_country_has_its_capitals_coordinates(blank_nlp):
    (russia,) = find_places(blank_nlp("Russia"))
    (moscow,) = find_places(blank_nlp("Moscow"))
    assert (russia.lat, russia.lon) == (moscow.lat, moscow.lon)
    assert russia.country == moscow.country == "RUS"


def test_short_forms_and_old_names(blank_nlp):
    doc = blank_nlp("The U.S. and the UK spoke to Kiev and Bombay about the Gaza Strip.")
    assert [(p.text, p.name) for p in find_places(doc)] == [
        ("U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("Kiev", "Kyiv"),
        ("Bombay", "Mumbai"),
        ("Gaza Strip", "Gaza Strip"),
    ]


def test_lower_case_is_never_a_place_but_all_caps_is(blank_nlp):
    assert find_places(blank_nlp("the united states of mind in china")) == []
    assert [p.name for p in find_places(blank_nlp("SEOUL - TOKYO"))] == ["Seoul", "Tokyo"]


def test_longest_name_wins_and_spans_do_not_overlap(blank_nlp):
    places = find_places(blank_nlp("They met in the West Bank and South Korea."))
    assert [p.text for p in places] == ["West Bank", "South Korea"]
    assert all(a.end <= b.start for a, b in zip(places, places[1:], strict=False))


def test_ambiguous_city_is_the_most_populous(blank_nlp):
    (paris,) = find_places(blank_nlp("He flew to Paris."))
    assert paris.country == "FRA"


def test_country_or_state_named_next_to_a_city_decides(blank_nlp):
    places = find_places(blank_nlp("He flew to Paris, Texas, then Atlanta, Georgia."))
    assert [(p.name, p.country, p.feature) for p in places] == [
        ("Paris", "USA", "city"),
        ("Texas", "USA", "region"),
        ("Atlanta", "USA", "city"),
        ("Georgia", "USA", "region"),
    ]
    assert find_places(blank_nlp("Georgia protested."))[0].country == "GEO"


@pytest.mark.parametrize("sentence", ["Bill Mobile Nice Reading", "Split Man Van Of"])
def test_stoplisted_city_words_are_not_places_without_ner(blank_nlp, sentence):
    assert find_places(blank_nlp(sentence)) == []


def test_char_offsets_point_into_the_text(blank_nlp):
    text = "Clashes erupted near Kharkiv."
    (p,) = find_places(blank_nlp(text))
    assert text[p.char_start : p.char_end] == "Kharkiv"


def test_places_yaml_is_well_formed():
    from importlib import resources

    path = resources.files("eventwire.knowledge") / "data" / "places.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for region in data["regions"]:
        assert -90 <= region["lat"] <= 90 and -180 <= region["lon"] <= 180
        assert region["feature"] in ("region", "feature")
    assert "in" in data["locative_prepositions"] and "from" not in data["locative_prepositions"]


def test_matching_is_fast_once_built(blank_nlp):
    doc = blank_nlp("Officials in Seoul and Washington said. " * 200)
    find_places(doc)  # builds the matcher for this vocab
    start = time.perf_counter()
    find_places(doc)
    assert time.perf_counter() - start < 0.1


# --- with the model --------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nice work, the minister said.",
        "Mobile phones were banned at the talks.",
        "Reading the statement, he paused.",
        "Jackson met the delegation.",
    ],
)
def test_common_words_and_names_are_not_cities(nlp, text):
    assert [p for p in find_places(nlp(text)) if p.feature == "city"] == []


@pytest.mark.model
def test_stoplisted_word_counts_where_ner_calls_it_a_place(nlp):
    doc = nlp("Mobile phones were banned in Nice last year.")
    assert [p.name for p in find_places(doc)] == ["Nice"]


@pytest.mark.model
def test_person_and_organisation_names_hide_places(nlp):
    doc = nlp("Michael Jordan praised the Bank of Korea.")
    assert find_places(doc) == []


@pytest.mark.model
def test_location_is_the_object_of_a_locative_preposition(nlp):
    doc = nlp("Russian President Vladimir Putin arrived in North Korea late Wednesday.")
    loc = event_location(doc, _tok(doc, "arrived"), find_places(doc))
    assert loc is not None and loc.name == "North Korea"


@pytest.mark.model
def test_target_is_not_a_location(nlp):
    doc = nlp("Russia attacked Ukraine on Tuesday.")
    assert event_location(doc, _tok(doc, "attacked"), find_places(doc)) is None


@pytest.mark.model
def test_location_inside_a_noun_triggers_phrase(nlp):
    doc = nlp("The talks in Geneva collapsed after two days.")
    loc = event_location(doc, _tok(doc, "talks"), find_places(doc))
    assert loc is not None and loc.name == "Geneva"


@pytest.mark.model
def test_location_through_the_city_of(nlp):
    doc = nlp("Troops shelled apartment blocks in the northern city of Kharkiv.")
    loc = event_location(doc, _tok(doc, "shelled"), find_places(doc))
    assert loc is not None and loc.name == "Kharkiv"


@pytest.mark.model
def test_location_of_a_purpose_clause(nlp):
    doc = nlp("Putin arrived in Pyongyang to sign a defence pact.")
    loc = event_location(doc, _tok(doc, "sign"), find_places(doc))
    assert loc is not None and loc.name == "Pyongyang"


@pytest.mark.model
def test_reporting_clause_place_does_not_leak_into_the_report(nlp):
    doc = nlp("Officials in Seoul said North Korea fired a missile.")
    assert event_location(doc, _tok(doc, "fired"), find_places(doc)) is None


@pytest.mark.model
def test_dateline(nlp):
    doc = nlp(
        "Putin visits ally\nSEOUL, June 19 (Reuters) - Russian President Vladimir Putin "
        "arrived in North Korea."
    )
    place = dateline_place(doc, find_places(doc))
    assert place is not None and place.name == "Seoul"
    doc = nlp("KYIV, Ukraine (AP) — Drones struck the city of Odesa overnight.")
    place = dateline_place(doc, find_places(doc))
    assert place is not None and place.name == "Kyiv"


@pytest.mark.model
def test_no_dateline_in_running_text(nlp):
    doc = nlp(
        "Officials said that Russia, which denies it, sent troops.\nUkraine, however, disagreed."
    )
    assert dateline_place(doc, find_places(doc)) is None


@pytest.mark.model
def test_a_lone_city_tagged_person_as_an_object_is_a_place(nlp) -> None:
    doc = nlp('"Russian troops shelled Kharkiv overnight," the minister said on Monday.')
    places = find_places(doc)
    assert [(p.text, p.country) for p in places] == [("Kharkiv", "UKR")]
    doc = nlp("Jackson said the talks would resume.")  # a subject stays a person
    assert not [p for p in find_places(doc) if p.text == "Jackson"]


@pytest.mark.model
def test_how_a_place_attaches_venue_or_topic(nlp):
    from eventwire.extract.places import ON_OBJECT, ON_PHRASE, ON_TRIGGER, locate_event

    doc = nlp("The minister spoke in Paris about the killings in Marseille.")
    found = locate_event(doc, _tok(doc, "spoke"), find_places(doc))
    assert found is not None and found[0].name == "Paris" and found[1] == ON_TRIGGER
    doc = nlp("The president expressed sorrow for the shootings in Houston.")
    found = locate_event(doc, _tok(doc, "expressed"), find_places(doc))
    assert found is not None and found[0].name == "Houston" and found[1] == ON_PHRASE
    doc = nlp("The minister made his remarks in Doha on Monday.")
    found = locate_event(doc, _tok(doc, "made"), find_places(doc))
    assert found is not None and found[0].name == "Doha" and found[1] == ON_OBJECT


@pytest.mark.model
def test_a_place_compound_of_the_object_is_where_the_event_is(nlp):
    from eventwire.extract.places import ON_OBJECT, locate_event

    doc = nlp("The chancellor will attend the Tokyo summit next week.")
    found = locate_event(doc, _tok(doc, "attend"), find_places(doc))
    assert found is not None and found[0].name == "Tokyo" and found[1] == ON_OBJECT
    doc = nlp("The chancellor met the Tokyo delegation.")
    assert locate_event(doc, _tok(doc, "met"), find_places(doc)) is None


@pytest.mark.model
def test_a_gathering_place_is_a_venue(nlp):
    from eventwire.extract.places import at_gathering

    doc = nlp("Ministers agreed at a meeting in Brussels to open a depot in Tokyo.")
    by_name = {p.name: p for p in find_places(doc)}
    assert at_gathering(doc, by_name["Brussels"])
    assert not at_gathering(doc, by_name["Tokyo"])


@pytest.mark.model
def test_the_place_of_the_agreed_act_is_the_events_place(nlp):
    from eventwire.extract.places import ON_PHRASE, locate_event

    doc = nlp("Opposition leaders agreed to postpone the rally in Baku until November.")
    found = locate_event(doc, _tok(doc, "agreed"), find_places(doc))
    assert found is not None and found[0].name == "Baku" and found[1] == ON_PHRASE


# --- a city name shared by countries, read against the countries the document names ----------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Shells hit Tripoli again as the Lebanese army sent more troops.", "Tripoli", "LBN"),
        ("Fighting spread to Greenville, Liberian radio reported.", "Greenville", "LBR"),
        ("Shells hit Tripoli again as the army sent more troops.", "Tripoli", "LBY"),
        # the United States is named in most stories: it never pulls a capital to a namesake
        ("The American envoy flew to Paris for talks.", "Paris", "FRA"),
        # a namesake far smaller than the famous city is not read from one adjective
        ("The Canadian minister flew to London for talks.", "London", "GBR"),
        # the famous city's own country named: nothing to change
        ("Libyan and Lebanese envoys met in Tripoli.", "Tripoli", "LBY"),
    ],
)
def test_a_shared_city_name_is_read_in_the_country_the_story_names(blank_nlp, text, name, country):
    found = {p.text: p.country for p in find_places(blank_nlp(text))}
    assert found[name] == country


def test_reads_as_lists_only_real_readings(blank_nlp):
    doc = blank_nlp("Tripoli")
    (tripoli,) = find_places(doc)
    assert reads_as(doc, tripoli, "LBN") and reads_as(doc, tripoli, "LBY")
    assert not reads_as(doc, tripoli, "FRA")


@pytest.mark.parametrize(
    ("text", "country", "feature"),
    [
        ("Georgia Governor Ann Lee vetoed it.", "USA", "region"),
        ("They sued the state of Georgia.", "USA", "region"),
        ("Georgia's governor signed it.", "USA", "region"),
        ("Georgia's president signed it.", "GEO", "country"),
        ("Troops left Georgia.", "GEO", "country"),
    ],
)
def test_georgia_is_a_us_state_next_to_a_state_office(blank_nlp, text, country, feature):
    (georgia,) = [p for p in find_places(blank_nlp(text)) if p.text == "Georgia"]
    assert (georgia.country, georgia.feature) == (country, feature)


@pytest.mark.parametrize(
    ("name", "country"), [("Sindh", "PAK"), ("Baluchistan", "PAK"), ("North Kivu", "COD")]
)
def test_provinces_news_names_often_are_regions_of_their_country(blank_nlp, name, country):
    (place,) = find_places(blank_nlp(f"Floods hit {name} on Monday."))
    assert (place.country, place.feature) == (country, "region")


@pytest.mark.model
def test_a_place_compound_of_a_proper_event_name_is_its_place(nlp):
    from eventwire.extract.places import locate_event

    doc = nlp("The prime minister will attend the Tokyo Olympics next month.")
    found = locate_event(doc, _tok(doc, "attend"), find_places(doc))
    assert found is not None and found[0].name == "Tokyo"
