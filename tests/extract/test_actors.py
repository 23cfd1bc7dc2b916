"""Actor resolution over a Doc: titles, appositions, possessives, metonyms, groups,
coreference, dated office holders and unknown persons. Every sentence is written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.actors import resolve_actors
from eventwire.extract.types import ActorMention
from eventwire.knowledge.actors import ActorKB, load_actor_kb


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


def find(mentions: list[ActorMention], text: str) -> ActorMention:
    hits = [m for m in mentions if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in mentions]}"
    return hits[0]


def texts(mentions: list[ActorMention]) -> list[str]:
    return [m.text for m in mentions]


# ----------------------------------------------------------------------------- without a model


def test_coordinated_states_are_two_mentions(blank_nlp, kb: ActorKB) -> None:
    doc = blank_nlp("Russia and North Korea signed a treaty.")
    ms = resolve_actors(doc, kb)
    assert [(m.text, m.code, m.role, m.kind, m.rule) for m in ms] == [
        ("Russia", "RUS", "GOV", "state", "state-name"),
        ("North Korea", "PRK", "GOV", "state", "state-name"),
    ]
    assert (ms[1].start, ms[1].end, ms[1].char_start, ms[1].char_end) == (2, 4, 11, 22)
    assert ms[1].head == 3 and ms[1].entry == "state:PRK"


def test_metonym_shares_the_state_key(blank_nlp, kb: ActorKB) -> None:
    ms = resolve_actors(
        blank_nlp("North Korea fired a missile and Pyongyang said more would follow."), kb
    )
    korea, pyongyang = ms
    assert pyongyang.rule == "metonym" and pyongyang.code == "PRK" and pyongyang.role == "GOV"
    assert korea.key == pyongyang.key == "state:PRK"


def test_seat_of_power_keeps_its_article(blank_nlp, kb: ActorKB) -> None:
    (m,) = resolve_actors(blank_nlp("Talks ended when the Kremlin walked out."), kb)
    assert (m.text, m.code, m.role) == ("the Kremlin", "RUS", "GOV")


def test_pentagon_is_the_us_military(blank_nlp, kb: ActorKB) -> None:
    (m,) = resolve_actors(blank_nlp("The Pentagon confirmed the strike."), kb)
    assert (m.text, m.code, m.role, m.key) == ("The Pentagon", "USA", "MIL", "state:USA/MIL")


def test_pair_phrase_takes_the_two_latest_states(blank_nlp, kb: ActorKB) -> None:
    doc = blank_nlp("France met Iran. Russia and China spoke. The two countries agreed.")
    pair = resolve_actors(doc, kb)[-1]
    assert pair.rule == "coref:pair" and pair.text == "The two countries"
    assert [m.code for m in pair.members] == ["RUS", "CHN"]
    assert all((m.start, m.end) == (pair.start, pair.end) for m in pair.members)


def test_no_pair_without_two_antecedents(blank_nlp, kb: ActorKB) -> None:
    ms = resolve_actors(blank_nlp("Russia said the two countries agreed."), kb)
    assert texts(ms) == ["Russia"]


def test_hyphenated_names_are_modifiers(blank_nlp, kb: ActorKB) -> None:
    ms = resolve_actors(blank_nlp("The envoy met Iran-backed groups in a US-funded hall."), kb)
    assert [m.code for m in ms] == [None]  # only "The envoy"


def test_led_by_a_state_makes_the_body_its_own_but_not_its_government(
    blank_nlp, kb: ActorKB
) -> None:
    ms = resolve_actors(blank_nlp("The US-led coalition met Iran-backed groups."), kb)
    assert [(m.text, m.code, m.role, m.kind, m.rule) for m in ms] == [
        ("The US-led coalition", "USA", None, "group", "led-by")
    ]
    ms = resolve_actors(blank_nlp("The Brazilian-led mission left."), kb)
    assert [(m.code, m.role, m.rule) for m in ms] == [("BRA", None, "led-by")]


def test_led_by_a_state_keeps_its_forces_military(blank_nlp, kb: ActorKB) -> None:
    ms = resolve_actors(blank_nlp("French-led troops crossed the river."), kb)
    assert [(m.code, m.role) for m in ms] == [("FRA", "MIL")]


def test_blocking_phrase(blank_nlp, kb: ActorKB) -> None:
    assert resolve_actors(blank_nlp("Growth slowed across Latin America."), kb) == []


WORDS = [
    "Russia", "North", "Korea", "the", "Kremlin", "Pyongyang", "'s", "state", "media",
    "Russian", "troops", "and", ",", "said", "two", "countries", "NATO", "Secretary",
    "General", "Putin", "he", "his", "government", "of", "Iran", "foreign", "minister", ".",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_mentions_are_sorted_disjoint_and_point_into_the_text(blank_nlp, kb, words) -> None:
    from spacy.tokens import Doc

    doc = Doc(blank_nlp.vocab, words=words)
    ms = resolve_actors(doc, kb)
    for a, b in zip(ms, ms[1:], strict=False):
        assert a.end <= b.start
    for m in ms:
        assert 0 <= m.start < m.end <= len(doc)
        assert m.start <= m.head < m.end
        assert doc.text[m.char_start : m.char_end] == m.text == doc[m.start : m.end].text
        assert m.rule and m.key
        assert m.role is None or m.role in {
            "GOV", "MIL", "POL", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "IGO", "NGO",
        }  # fmt: skip


# ----------------------------------------------------------------------------- with the model


def run(nlp, kb: ActorKB, text: str, published: str | None = None) -> list[ActorMention]:
    return resolve_actors(nlp(text), kb, published)


@pytest.mark.model
def test_title_and_name_is_one_person_mention(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Russian President Vladimir Putin arrived in Pyongyang late on Tuesday.")
    m = find(ms, "Russian President Vladimir Putin")
    assert (m.code, m.role, m.kind, m.name) == ("RUS", "GOV", "person", "Vladimir Putin")
    assert m.rule == "title+name" and m.entry == "person:vladimir-putin"
    assert nlp.vocab.strings  # the doc's head token is the surname
    assert m.head == m.end - 1
    # a place after "in" still stands for its state, marked as a place by its rule
    assert find(ms, "Pyongyang").rule == "metonym-place"


@pytest.mark.model
def test_title_decides_an_unknown_person(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "French President Jean Dupont phoned the Iraqi prime minister.")
    m = find(ms, "French President Jean Dupont")
    assert (m.code, m.role, m.name, m.rule) == ("FRA", "GOV", "Jean Dupont", "title+name")
    pm = find(ms, "the Iraqi prime minister")
    assert (pm.code, pm.role, pm.kind, pm.rule) == ("IRQ", "GOV", "person", "demonym+role")


@pytest.mark.model
def test_foreign_minister_title(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Ukrainian Foreign Minister Dmytro Kuleba met his Polish counterpart.")
    m = find(ms, "Ukrainian Foreign Minister Dmytro Kuleba")
    assert (m.code, m.role, m.name) == ("UKR", "GOV", "Dmytro Kuleba")


@pytest.mark.model
def test_igo_officer_title(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "NATO Secretary General Jens Stoltenberg warned allies on Friday.")
    m = find(ms, "NATO Secretary General Jens Stoltenberg")
    assert (m.code, m.role, m.kind, m.name) == ("NATO", "IGO", "person", "Jens Stoltenberg")


@pytest.mark.model
def test_igo_by_name_and_un_agency(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The United Nations and UNICEF sent aid, while the IAEA sent inspectors.")
    un = find(ms, "The United Nations")
    assert (un.code, un.role, un.kind, un.rule) == ("UN", "IGO", "organisation", "org-name")
    assert find(ms, "UNICEF").code == "UN"
    assert find(ms, "the IAEA").code == "IAEA"


@pytest.mark.model
def test_appositions_after_and_before_the_name(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Omid Karimi, the Iranian foreign minister, met reporters in Doha.")
    name = find(ms, "Omid Karimi")
    desc = find(ms, "the Iranian foreign minister")
    assert (name.code, name.role, name.rule) == ("IRN", "GOV", "apposition")
    assert desc.key == name.key and desc.name == "Omid Karimi"
    ms = run(nlp, kb, "Iran's foreign minister, Omid Karimi, said talks would resume.")
    assert find(ms, "Omid Karimi").code == "IRN"
    assert [m.start for m in ms] == sorted(m.start for m in ms)


@pytest.mark.model
def test_possessives_make_one_mention(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Kim Jong Un's government rejected the offer.")
    m = find(ms, "Kim Jong Un's government")
    assert (m.code, m.role, m.key) == ("PRK", "GOV", "state:PRK")
    ms = run(nlp, kb, "Pyongyang's state media said the test succeeded.")
    m = find(ms, "Pyongyang's state media")
    assert (m.code, m.role, m.kind) == ("PRK", "MED", "organisation")
    ms = run(nlp, kb, "North Korea's state media praised the launch.")
    assert find(ms, "North Korea's state media").role == "MED"


@pytest.mark.model
def test_compound_actors(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "North Korean troops crossed into Russia, the Kremlin said.")
    troops = find(ms, "North Korean troops")
    assert (troops.code, troops.role, troops.kind, troops.key) == (
        "PRK",
        "MIL",
        "group",
        "state:PRK/MIL",
    )
    assert find(ms, "the Kremlin").code == "RUS"


@pytest.mark.model
def test_demonym_with_role_noun_but_not_alone(nlp, kb: ActorKB) -> None:
    ms = run(
        nlp, kb, "Russian officials waved Russian flags and spoke about the Ukrainian conflict."
    )
    assert texts(ms) == ["Russian officials"]
    assert (ms[0].code, ms[0].role, ms[0].rule) == ("RUS", "GOV", "demonym+role")


@pytest.mark.model
def test_coordinated_demonyms_share_the_role_noun(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Russian and Chinese officials met in Beijing.")
    ms = [m for m in ms if not m.rule.endswith("-place")]
    assert [(m.text, m.code, m.role) for m in ms] == [
        ("Russian", "RUS", "GOV"),
        ("Chinese officials", "CHN", "GOV"),
    ]


@pytest.mark.model
def test_role_noun_modifying_a_noun_is_no_actor(nlp, kb: ActorKB) -> None:
    assert run(nlp, kb, "Military exercises and government spending grew.") == []


@pytest.mark.model
def test_bare_states_stand_for_their_governments(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The United States warned Russia on Monday.")
    assert [(m.text, m.code, m.role) for m in ms] == [
        ("The United States", "USA", "GOV"),
        ("Russia", "RUS", "GOV"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "text", "code", "role"),
    [
        ("Moscow rejected the proposal.", "Moscow", "RUS", "GOV"),
        ("The Kremlin rejected the proposal.", "The Kremlin", "RUS", "GOV"),
        ("Pyongyang rejected the proposal.", "Pyongyang", "PRK", "GOV"),
        ("Washington rejected the proposal.", "Washington", "USA", "GOV"),
        ("The White House rejected the proposal.", "The White House", "USA", "GOV"),
        ("The Pentagon rejected the proposal.", "The Pentagon", "USA", "MIL"),
        ("The State Department rejected the proposal.", "The State Department", "USA", "GOV"),
        ("Downing Street rejected the proposal.", "Downing Street", "GBR", "GOV"),
        ("Beijing rejected the proposal.", "Beijing", "CHN", "GOV"),
        ("Kyiv rejected the proposal.", "Kyiv", "UKR", "GOV"),
        ("Kiev rejected the proposal.", "Kiev", "UKR", "GOV"),
        ("Seoul rejected the proposal.", "Seoul", "KOR", "GOV"),
        ("Tehran rejected the proposal.", "Tehran", "IRN", "GOV"),
        ("Jerusalem rejected the proposal.", "Jerusalem", "ISR", "GOV"),
        ("Brussels rejected the proposal.", "Brussels", "EU", "IGO"),
        ("Paris rejected the proposal.", "Paris", "FRA", "GOV"),
        ("Berlin rejected the proposal.", "Berlin", "DEU", "GOV"),
        ("Tokyo rejected the proposal.", "Tokyo", "JPN", "GOV"),
        ("Ankara rejected the proposal.", "Ankara", "TUR", "GOV"),
        ("Damascus rejected the proposal.", "Damascus", "SYR", "GOV"),
        ("Riyadh rejected the proposal.", "Riyadh", "SAU", "GOV"),
        ("Whitehall rejected the proposal.", "Whitehall", "GBR", "GOV"),
    ],
)
def test_metonyms(nlp, kb: ActorKB, sentence: str, text: str, code: str, role: str) -> None:
    (m,) = run(nlp, kb, sentence)
    assert (m.text, m.code, m.role, m.rule) == (text, code, role, "metonym")


@pytest.mark.model
def test_named_armed_groups(nlp, kb: ActorKB) -> None:
    ms = run(
        nlp, kb, "Hamas fighters and Hezbollah fired rockets while the Houthis attacked ships."
    )
    assert (find(ms, "Hamas fighters").code, find(ms, "Hamas fighters").role) == ("PSE", "REB")
    assert find(ms, "Hezbollah").code == "LBN"
    houthis = find(ms, "the Houthis")
    assert (houthis.code, houthis.role, houthis.kind) == ("YEM", "REB", "group")


@pytest.mark.model
def test_pro_prefix_does_not_make_a_nationality(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Pro-Russian separatists shelled the town.")
    m = find(ms, "separatists")
    assert (m.code, m.role, m.rule) == (None, "REB", "role-only")


@pytest.mark.model
def test_named_medium_after_role_word(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The news agency KCNA said the launch was a success.")
    m = find(ms, "The news agency KCNA")
    assert (m.code, m.role, m.entry) == ("PRK", "MED", "org:kcna")


@pytest.mark.model
def test_role_of_state(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The foreign minister of Oman arrived on Sunday.")
    m = find(ms, "The foreign minister of Oman")
    assert (m.code, m.role, m.kind) == ("OMN", "GOV", "person")


# -- coreference


@pytest.mark.model
def test_surname_after_full_name(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Nigerian President Musa Bello flew to Accra. Bello met traders there.")
    first, later = find(ms, "Nigerian President Musa Bello"), find(ms, "Bello")
    assert later.rule == "coref:surname" and later.key == first.key and later.code == "NGA"


@pytest.mark.model
def test_headline_surname_before_the_full_name(nlp, kb: ActorKB) -> None:
    text = "Putin, Kim sign defence pact\nNorth Korean leader Kim Jong Un greeted the guest."
    kim = find(run(nlp, kb, text, "2024-06-19"), "Kim")
    assert (kim.key, kim.code, kim.rule) == ("person:kim-jong-un", "PRK", "coref:surname")


@pytest.mark.model
def test_igo_chief_title(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "NATO chief Jens Stoltenberg said allies would respond.")
    m = find(ms, "NATO chief Jens Stoltenberg")
    assert (m.code, m.role, m.rule) == ("NATO", "IGO", "title+name")


@pytest.mark.model
def test_the_russian_leader_refers_back(nlp, kb: ActorKB) -> None:
    text = "Putin met Kim Jong Un on Wednesday. The Russian leader praised the talks."
    ms = run(nlp, kb, text, "2024-06-19")
    leader = find(ms, "The Russian leader")
    assert leader.rule == "coref:description" and leader.key == "person:vladimir-putin"
    text = "Putin met Kim Jong Un on Wednesday. The North Korean leader thanked him."
    leader = find(run(nlp, kb, text, "2024-06-19"), "The North Korean leader")
    assert leader.key == "person:kim-jong-un"


@pytest.mark.model
def test_the_minister_refers_back_only_when_unique(nlp, kb: ActorKB) -> None:
    text = "Estonian Foreign Minister Mart Tamm visited Riga. The minister praised the deal."
    minister = find(run(nlp, kb, text), "The minister")
    assert minister.rule == "coref:description" and minister.name == "Mart Tamm"
    text = (
        "Estonian Foreign Minister Mart Tamm met Latvian Defence Minister Ivars Ozols. "
        "The minister praised the deal."
    )
    minister = find(run(nlp, kb, text), "The minister")
    assert minister.rule == "role-only" and minister.code is None


@pytest.mark.model
def test_pronoun_with_one_antecedent(nlp, kb: ActorKB) -> None:
    ms = run(
        nlp,
        kb,
        "Kuleba arrived in Berlin. He said his government needed air defence.",
        "2023-05-01",
    )
    he = find(ms, "He")
    assert (he.rule, he.key, he.code) == ("coref:pronoun", "person:dmytro-kuleba", "UKR")
    gov = find(ms, "his government")
    assert (gov.code, gov.role) == ("UKR", "GOV")


@pytest.mark.model
def test_pronoun_with_two_candidates_stays_unresolved(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Putin met Xi Jinping in Beijing. He said the talks went well.", "2024-05-16")
    assert "He" not in texts(ms)


@pytest.mark.model
def test_the_two_countries_and_both_sides(nlp, kb: ActorKB) -> None:
    ms = run(
        nlp, kb, "Russia and North Korea signed a pact. The two countries will train together."
    )
    pair = find(ms, "The two countries")
    assert [m.key for m in pair.members] == ["state:RUS", "state:PRK"]
    ms = run(nlp, kb, "Israel and Hamas agreed to a truce. Both sides blamed each other.")
    pair = find(ms, "Both sides")
    assert [m.code for m in pair.members] == ["ISR", "PSE"]


# -- dated office holders and unknown persons


@pytest.mark.model
def test_same_surname_different_years(nlp, kb: ActorKB) -> None:
    text = "Stoltenberg said the alliance would stand firm."
    in_office = find(run(nlp, kb, text, "2024-03-01"), "Stoltenberg")
    assert (in_office.code, in_office.role, in_office.rule) == ("NATO", "IGO", "officeholder")
    # out of the NATO office he is Norwegian again: the state he served nearest the day
    after = find(run(nlp, kb, text, "2025-03-01"), "Stoltenberg")
    assert (after.code, after.rule, after.entry) == (
        "NOR",
        "officeholder-other-term",
        "person:jens-stoltenberg",
    )


@pytest.mark.model
def test_kuleba_dated(nlp, kb: ActorKB) -> None:
    text = "Kuleba said Ukraine needed more help."
    assert find(run(nlp, kb, text, "2024-02-01"), "Kuleba").code == "UKR"
    before = find(run(nlp, kb, text, "2019-02-01"), "Kuleba")  # not yet minister: Ukrainian
    assert (before.code, before.role, before.rule) == ("UKR", None, "officeholder-other-term")
    assert find(run(nlp, kb, text), "Kuleba").code == "UKR"  # no date: any holder


@pytest.mark.model
def test_unknown_person_is_never_guessed(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Maria Gonzalez said the water had risen overnight.")
    m = find(ms, "Maria Gonzalez")
    assert (m.code, m.role, m.kind, m.rule, m.entry) == (
        None,
        None,
        "person",
        "unknown-person",
        None,
    )


@pytest.mark.model
def test_person_named_like_a_state_is_a_person(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Michael Jordan visited Jordan last week.")
    assert find(ms, "Michael Jordan").kind == "person"
    assert find(ms, "Jordan").code == "JOR"


@pytest.mark.model
def test_user_extension_changes_resolution(nlp, tmp_path: Path) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "officeholders:\n"
        "  - {name: Mart Tamm, aliases: [Tamm], code: EST, role: GOV,\n"
        "     office: foreign minister, from: 2030-01-01}\n",
        encoding="utf-8",
    )
    kb = load_actor_kb([extra])
    text = "Tamm said the border would stay open."
    m = find(resolve_actors(nlp(text), kb, "2031-05-05"), "Tamm")
    assert (m.code, m.rule, m.entry) == ("EST", "officeholder", "person:mart-tamm")
    default = resolve_actors(nlp(text), load_actor_kb(), "2031-05-05")
    assert all(m.code != "EST" for m in default)


# -- office holders out of office, namesakes, IGO heads


@pytest.mark.model
def test_former_head_of_state_keeps_his_country(nlp, kb: ActorKB) -> None:
    m = find(
        run(nlp, kb, "Former president Ronald Reagan praised the plan.", "2000-03-01"),
        "president Ronald Reagan",
    )
    assert (m.code, m.role, m.rule, m.entry) == (
        "USA",
        "GOV",
        "officeholder-other-term",
        "person:ronald-reagan",
    )


@pytest.mark.model
def test_namesakes_of_one_country_agree_on_the_code(nlp, kb: ActorKB) -> None:
    text = "Assad met the envoy in Damascus."
    in_office = find(run(nlp, kb, text, "1995-06-01"), "Assad")
    assert (in_office.code, in_office.rule, in_office.entry) == (
        "SYR",
        "officeholder",
        "person:hafez-al-assad",
    )
    later = find(run(nlp, kb, text, "2025-06-01"), "Assad")  # father or son: Syrian either way
    assert (later.code, later.rule, later.entry) == ("SYR", "officeholder-other-term", None)


@pytest.mark.model
def test_former_igo_head_is_not_the_igo(nlp, kb: ActorKB) -> None:
    m = find(run(nlp, kb, "Annan spoke to reporters on Monday.", "2015-05-01"), "Annan")
    assert (m.code, m.rule) == (None, "unknown-person")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "name", "code"),
    [
        ("Prime Minister Shamir met President Mubarak on Sunday.", "1990-05-01", "Shamir", "ISR"),
        ("Prime Minister Shamir met President Mubarak on Sunday.", "1990-05-01", "Mubarak", "EGY"),
        ("Chancellor Kohl flew to Moscow to see Gorbachev.", "1990-07-15", "Gorbachev", "RUS"),
        ("President Museveni banned the rally.", "2006-02-01", "Museveni", "UGA"),
        ("Mugabe told parliament the land reform would go on.", "2003-02-01", "Mugabe", "ZWE"),
    ],
)
def test_dated_heads_of_government(nlp, kb: ActorKB, text, day, name, code) -> None:
    mentions = run(nlp, kb, text, day)
    hit = [m for m in mentions if m.text.endswith(name)]
    assert hit and hit[0].code == code and hit[0].rule in ("officeholder", "title+name")


# -- names, coordinations and noun phrases


@pytest.mark.model
def test_role_word_inside_a_persons_name_is_no_title(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Author Stephen King criticised the new law on Monday.")
    assert not [m for m in ms if m.text == "King" or m.rule == "role-only"]
    assert any(m.text.endswith("Stephen King") and m.kind == "person" for m in ms)


@pytest.mark.model
def test_elided_demonym_coordination(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Shots were fired between North and South Korean troops near the border.")
    north, south = find(ms, "North"), find(ms, "South Korean troops")
    assert (north.code, north.role, north.rule) == ("PRK", "MIL", "demonym+role")
    assert (south.code, south.role) == ("KOR", "MIL")
    talks = run(nlp, kb, "Talks between North and South Korea resumed on Friday.")
    assert [(m.text, m.code) for m in talks] == [("North", "PRK"), ("South Korea", "KOR")]


@pytest.mark.model
def test_words_between_modifier_and_role_noun(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Serbian Labour Minister Jovan Petrovic signed the bill on Monday.")
    m = [m for m in ms if m.text.endswith("Jovan Petrovic")][0]
    assert (m.code, m.role, m.rule) == ("SRB", "GOV", "title+name")
    court = find(
        run(nlp, kb, "The U.N. war crimes court indicted two commanders."),
        "The U.N. war crimes court",
    )
    assert (court.code, court.role) == ("UN", "JUD")


@pytest.mark.model
def test_collective_is_named_by_demonym_and_role_phrase(nlp, kb: ActorKB) -> None:
    m = find(run(nlp, kb, "Russian state media reported the visit."), "Russian state media")
    assert (m.code, m.role, m.name) == ("RUS", "MED", "Russian state media")


# -- a role noun and the place it is in


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code", "role"),
    [
        ("A court in Guyana sentenced the smugglers.", "court in Guyana", "GUY", "JUD"),
        ("Protesters in Tehran chanted slogans.", "Protesters in Tehran", "IRN", "CVL"),
        (
            "A newspaper based in Beirut printed the letter.",
            "newspaper based in Beirut",
            "LBN",
            "MED",
        ),
    ],
)
def test_role_in_a_place_takes_its_country(nlp, kb: ActorKB, text, mention, code, role) -> None:
    m = find(run(nlp, kb, text), mention)
    assert (m.code, m.role, m.rule) == (code, role, "role+locative")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Troops in Mali withdrew from the north.",  # troops are often foreign
        "The embassy in Kabul closed its doors.",  # posted abroad
        "Relief officials in Nairobi said the road was cut.",  # "relief" says whose they are
    ],
)
def test_role_in_a_place_exceptions(nlp, kb: ActorKB, text) -> None:
    assert not [m for m in run(nlp, kb, text) if m.rule == "role+locative"]


# -- ethnic groups


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code", "rule"),
    [
        ("Iraqi Kurds protested in Erbil.", "Iraqi Kurds", "IRQ", "demonym+people"),
        ("Bosnian Serbs rejected the peace plan.", "Bosnian Serbs", "BIH", "demonym+people"),
        ("Ethnic Albanians demonstrated in Serbia.", "Albanians", "SRB", "ethnic-people"),
        ("Yoruba leaders endorsed the candidate.", "Yoruba leaders", "NGA", "ethnic+role"),
        ("Tamil refugees fled Sri Lanka by boat.", "Tamil refugees", "LKA", "ethnic+role"),
        ("Tamil refugees arrived by boat.", "Tamil refugees", None, "ethnic+role"),
        (
            "Kurdish fighters clashed with Turkish and Syrian troops.",
            "Kurdish fighters",
            None,
            "ethnic+role",
        ),
    ],
)
def test_ethnic_groups_take_the_state_they_live_in(
    nlp, kb: ActorKB, text, mention, code, rule
) -> None:
    m = find(run(nlp, kb, text), mention)
    assert (m.code, m.rule, m.kind) == (code, rule, "group")
    assert m.role != "GOV"


# -- old names of states and organisations


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Soviet troops left Afghanistan in 1989.", "Soviet troops", "RUS"),
        ("Zaire closed its border with Rwanda.", "Zaire", "COD"),
        ("The PLO rejected the offer.", "The PLO", "PSE"),
        ("The European Community lifted the embargo.", "The European Community", "EU"),
        ("The Tamil Tigers attacked an army camp.", "The Tamil Tigers", "LKA"),
    ],
)
def test_old_names_and_organisations(nlp, kb: ActorKB, text, mention, code) -> None:
    assert find(run(nlp, kb, text), mention).code == code


# ----------------------------------------------------------------------------- round 3 rules


def rows(ms: list[ActorMention]) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.text, m.code, m.role, m.rule) for m in ms]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code", "role"),
    [
        ("Kenyan teachers marched on parliament on Monday.", "Kenyan teachers", "KEN", "CVL"),
        ("Israeli tanks shelled the outskirts overnight.", "Israeli tanks", "ISR", "MIL"),
        ("Two Swiss doctors handed over medicine.", "Swiss doctors", "CHE", "CVL"),
        ("A Saudi businessman sued the airline.", "Saudi businessman", "SAU", "BUS"),
        ("Vietnamese-led forces retook the hill.", "Vietnamese-led forces", "VNM", "MIL"),
    ],
)
def test_demonym_before_a_trade_or_hardware_noun(nlp, kb, text, mention, code, role) -> None:
    m = find(run(nlp, kb, text), mention)
    assert (m.code, m.role) == (code, role)


@pytest.mark.model
def test_demonym_before_a_plain_noun_stands_for_its_state(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Egypt rejected Turkish mediation and threatened to shell Libyan towns.")
    assert find(ms, "Turkish mediation").code == "TUR"
    towns = find(ms, "Libyan towns")
    assert (towns.code, towns.role, towns.rule, towns.kind) == (
        "LBY",
        None,
        "demonym+noun",
        "group",
    )
    assert towns.head == towns.end - 1  # the event coder finds it in the noun's slot


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian conflict has displaced millions of people.",
        "Protesters burned Russian flags outside the consulate.",
        "She answered in fluent German on the Chinese border.",
    ],
)
def test_inert_nouns_do_not_make_a_demonym_act(nlp, kb: ActorKB, text: str) -> None:
    codes = {m.code for m in run(nlp, kb, text)}
    assert not codes & {"UKR", "RUS", "DEU", "CHN"}


@pytest.mark.model
def test_a_state_part_acts_through_what_it_owns(nlp, kb: ActorKB) -> None:
    m = find(
        run(nlp, kb, "Israeli army bulldozers flattened two houses."), "Israeli army bulldozers"
    )
    assert (m.code, m.role, m.rule) == ("ISR", "MIL", "demonym+role")


@pytest.mark.model
def test_state_name_as_modifier_shares_the_role_noun(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "US and British activists unfurled a banner.")
    assert ("US", "USA", "OPP", "state+role") in rows(ms)
    assert ("British activists", "GBR", "OPP", "demonym+role") in rows(ms)


@pytest.mark.model
def test_cities_and_regions_stand_for_their_state(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Syrian jets bombed Aleppo again on Sunday.")
    m = find(ms, "Aleppo")
    assert (m.code, m.role, m.kind, m.rule, m.name) == (
        "SYR", None, "state", "place-country", "Aleppo"
    )  # fmt: skip
    m = find(run(nlp, kb, "Darfur rebels ambushed a convoy near the border."), "Darfur rebels")
    assert (m.code, m.role, m.rule) == ("SDN", "REB", "place+role")
    ms = run(nlp, kb, "The army imposed a curfew in the West Bank.")
    assert ("the West Bank", "PSE", None, "place-country-place") in rows(ms)


@pytest.mark.model
def test_a_surname_is_not_a_city(nlp, kb: ActorKB) -> None:
    text = "Japanese Prime Minister Hiroshi Tanabe landed on Monday. Tanabe thanked his hosts."
    ms = [m for m in run(nlp, kb, text) if m.text == "Tanabe"]
    assert ms and all(m.kind == "person" for m in ms)


@pytest.mark.model
def test_titled_person_takes_the_one_state_of_the_sentence(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Planning Minister Dao Van Binh said Vietnam would open its markets.")
    m = find(ms, "Minister Dao Van Binh")
    assert (m.code, m.rule) == ("VNM", "title+sentence-state")
    ms = run(nlp, kb, "The Fijian rebels promised to free Prime Minister Ratu Vosa.")
    assert find(ms, "Prime Minister Ratu Vosa").code == "FJI"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Omar Zubaidi arrived in France on Monday.",
        "French President Jacques Chirac met Foreign Minister Omar Zubaidi.",
        "Foreign Minister Omar Zubaidi met French President Jacques Chirac.",
    ],
)
def test_a_state_the_person_deals_with_is_not_theirs(nlp, kb: ActorKB, text: str) -> None:
    assert find(run(nlp, kb, text), "Foreign Minister Omar Zubaidi").code is None


@pytest.mark.model
def test_organisation_named_with_its_acronym(nlp, kb: ActorKB) -> None:
    text = (
        "The Nigerian Union of Farmers (NUF) ended its strike. "
        "The NUF said talks with the ministry had gone well."
    )
    ms = [m for m in run(nlp, kb, text) if m.key == "acronym:NUF"]
    assert [(m.text, m.rule) for m in ms] == [
        ("The Nigerian Union of Farmers", "org-acronym"),
        ("NUF", "coref:acronym"),
        ("The NUF", "coref:acronym"),
    ]
    assert {(m.code, m.kind, m.name) for m in ms} == {
        ("NGA", "organisation", "Nigerian Union of Farmers")
    }


@pytest.mark.model
def test_role_after_of_the_takes_the_organisation(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Leaders of the Asia-Pacific Economic Cooperation met in Lima.")
    m = find(ms, "Leaders of the Asia-Pacific Economic Cooperation")
    assert (m.code, m.rule) == ("APEC", "org+role")


@pytest.mark.model
def test_plain_adjective_does_not_stop_a_locative_country(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Rival militias in Somalia agreed to a truce.")
    m = find(ms, "militias in Somalia")
    assert (m.code, m.role, m.rule) == ("SOM", "REB", "role+locative")


@pytest.mark.model
def test_the_emirates_and_trinidad(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Oman mediated between the Emirates and Qatar. Trinidad expelled the envoy.")
    assert find(ms, "the Emirates").code == "ARE"
    assert find(ms, "Trinidad").code == "TTO"


@pytest.mark.model
def test_titled_person_takes_the_state_of_the_sentence_before(nlp, kb: ActorKB) -> None:
    text = "Japan's defence ministry rejected the report. Spokesman Kenji Arai said it was false."
    m = find(run(nlp, kb, text), "Spokesman Kenji Arai")
    assert (m.code, m.role, m.rule) == ("JPN", "GOV", "title+context-state")


@pytest.mark.model
def test_no_context_state_when_the_sentence_before_names_two(nlp, kb: ActorKB) -> None:
    text = "Peru and Chile traded accusations. Spokesman Pablo Ruiz said talks had failed."
    m = find(run(nlp, kb, text), "Spokesman Pablo Ruiz")
    assert (m.code, m.rule) == (None, "title-only")


@pytest.mark.model
def test_envoy_does_not_take_the_state_of_the_sentence_before(nlp, kb: ActorKB) -> None:
    text = "Sudan's army shelled the camp. Envoy Lars Holm condemned the attack."
    ms = run(nlp, kb, text)
    assert [m.code for m in ms if m.text.endswith("Lars Holm")] == [None]


@pytest.mark.model
def test_a_place_where_something_happened_is_no_context_state(nlp, kb: ActorKB) -> None:
    text = "Heavy rain fell in Nairobi.\nSpokeswoman Grace Otieno said roads were shut."
    m = find(run(nlp, kb, text), "Spokeswoman Grace Otieno")
    assert m.code is None


@pytest.mark.model
def test_his_counterpart_is_not_his_compatriot(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Kenya's foreign minister met his counterpart Amir Saleh in Nairobi.")
    m = find(ms, "his counterpart Amir Saleh")
    assert (m.code, m.role) == (None, "GOV")
    ms = run(nlp, kb, "Dmytro Kuleba met his counterpart on Friday.", "2023-05-01")
    assert all(m.code == "UKR" for m in ms)  # "his counterpart" alone is not Ukraine's
    assert all(not m.text.endswith("counterpart") for m in ms)


@pytest.mark.model
def test_demonym_still_codes_a_counterpart(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The Kenyan minister met his Ugandan counterpart Amir Saleh.")
    m = find(ms, "Ugandan counterpart Amir Saleh")
    assert m.code == "UGA"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span", "code", "role"),
    [
        (
            "Opposition groups in Malawi boycotted the vote.",
            "Opposition groups in Malawi",
            "MWI",
            "OPP",
        ),
        ("Students throughout Chile marched on Monday.", "Students throughout Chile", "CHL", "CVL"),
        ("Farmers across Ghana blocked the roads.", "Farmers across Ghana", "GHA", "CVL"),
    ],
)
def test_groups_located_in_a_state_are_its(
    nlp, kb: ActorKB, text: str, span: str, code: str, role: str
) -> None:
    m = find(run(nlp, kb, text), span)
    assert (m.code, m.role, m.rule) == (code, role, "role+locative")


@pytest.mark.model
def test_troops_across_a_state_are_not_its(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Troops across Mali were put on alert.")
    assert find(ms, "Troops").code is None


@pytest.mark.model
def test_role_only_actors_of_a_one_country_story_take_its_code(nlp, kb: ActorKB) -> None:
    text = (
        "Police in Bolivia detained a union leader on Monday.\n"
        "Villagers blocked a highway near Cochabamba and the government sent negotiators."
    )
    ms = run(nlp, kb, text)
    for span in ("Villagers", "the government"):
        m = find(ms, span)
        assert (m.code, m.rule) == ("BOL", "role+document-state")


@pytest.mark.model
def test_no_document_country_when_two_countries_are_named(nlp, kb: ActorKB) -> None:
    text = "Peru recalled its ambassador from Bolivia.\nVillagers blocked a highway."
    assert find(run(nlp, kb, text), "Villagers").code is None


@pytest.mark.model
def test_no_document_country_for_roles_posted_abroad(nlp, kb: ActorKB) -> None:
    text = "The embassy in Chad closed.\nTroops and aid workers left the capital."
    ms = run(nlp, kb, text)
    assert all(m.code is None for m in ms if m.rule.startswith("role"))
    assert any(m.code == "TCD" for m in ms)


@pytest.mark.model
def test_refugees_of_a_one_country_story_are_its_but_not_where_they_shelter(
    nlp, kb: ActorKB
) -> None:
    ms = run(nlp, kb, "Refugees fleeing the fighting in Sudan crossed the border.")
    assert find(ms, "Refugees").code == "SDN"
    ms = run(nlp, kb, "Refugees in Chad asked for food.")
    assert find(ms, "Refugees").code != "TCD"


@pytest.mark.model
def test_soldiers_of_a_one_country_story_take_its_code(nlp, kb: ActorKB) -> None:
    text = (
        "Soldiers burned homes in three villages near Mandalay, residents said.\n"
        "The army denied the account and blamed insurgents in Myanmar."
    )
    ms = run(nlp, kb, text)
    for span in ("Soldiers", "The army"):
        m = find(ms, span)
        assert (m.code, m.role, m.rule) == ("MMR", "MIL", "role+document-state")


@pytest.mark.model
def test_weapons_of_a_one_country_story_take_no_code(nlp, kb: ActorKB) -> None:
    text = "Warplanes bombed a market in Aleppo on Sunday.\nSoldiers in Syria were put on alert."
    ms = run(nlp, kb, text)
    assert find(ms, "Warplanes").code is None


@pytest.mark.model
def test_migrants_who_arrived_in_the_one_country_are_not_its(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Refugees who reached Italy by boat said they had paid smugglers.")
    assert find(ms, "Refugees").code is None
    ms = run(nlp, kb, "Refugees landed in Greece on Monday.\nThe refugees were taken to a camp.")
    assert all(m.code is None for m in ms if m.role == "CVL")


@pytest.mark.model
def test_refugees_who_fled_the_one_country_are_its(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Refugees who fled Eritrea described forced labour.")
    assert find(ms, "Refugees").code == "ERI"
    # a story that names the country both ways keeps the origin reading
    text = "Refugees fled Somalia last year.\nMany have now returned to Somalia."
    assert find(run(nlp, kb, text), "Refugees").code == "SOM"


@pytest.mark.model
def test_refugees_deported_to_or_from_the_one_country(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Refugees were deported to Afghanistan on Tuesday.")
    assert find(ms, "Refugees").code == "AFG"
    ms = run(nlp, kb, "Refugees were deported from Germany on Tuesday.")
    assert find(ms, "Refugees").code is None


@pytest.mark.model
def test_refugees_of_an_asylum_story_are_not_its(nlp, kb: ActorKB) -> None:
    text = "The French government defended its asylum law.\nRefugees protested in Paris."
    assert find(run(nlp, kb, text), "Refugees").code is None


@pytest.mark.model
def test_a_locative_in_a_one_country_story_keeps_its_code(nlp, kb: ActorKB) -> None:
    text = "Police dispersed demonstrators in Cairo on Monday.\nEgypt banned the march."
    m = find(run(nlp, kb, text), "demonstrators")
    assert (m.code, m.rule) == ("EGY", "role+document-state")


@pytest.mark.model
def test_islamists_are_an_opposition_role(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Islamists marched through Tunis to demand new elections.")
    m = find(ms, "Islamists")
    assert (m.code, m.role) == ("TUN", "OPP")
    # as an adjective it names no actor of its own
    ms = run(nlp, kb, "The fundamentalist preacher was arrested in Lahore.")
    assert all(m.role != "OPP" for m in ms)


@pytest.mark.model
def test_a_participle_inside_an_apposition_keeps_it_one_phrase(nlp, kb: ActorKB) -> None:
    text = "Karim Mansour, Morocco's leading human rights activist, began a hunger strike."
    ms = run(nlp, kb, text)
    m = find(ms, "Karim Mansour")
    assert (m.code, m.role, m.rule) == ("MAR", "OPP", "apposition")


@pytest.mark.model
def test_a_body_named_after_a_person_is_not_the_person(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The Mandela Foundation said Putin had erred.")
    assert [m.text for m in ms if m.kind == "person"] == ["Putin"]
    # a gazetteer town inside a building's name is no place actor either
    ms = run(nlp, kb, "Flights at Kennedy Airport were cancelled on Monday.")
    assert not any(m.rule.startswith("place-country") for m in ms)


@pytest.mark.model
def test_the_regime_is_not_the_country_of_the_government_that_speaks_of_it(
    nlp, kb: ActorKB
) -> None:
    ms = run(nlp, kb, "Turkey said the regime had massed tanks near the frontier.")
    assert find(ms, "the regime").code is None
    ms = run(nlp, kb, "British ministers accused the regime of torturing prisoners.")
    assert find(ms, "the regime").code is None
    # the story's own people, or nobody, speak of it: it is the story's country
    ms = run(nlp, kb, "Iranian students said the regime had jailed their teachers.")
    assert find(ms, "the regime").code == "IRN"
    ms = run(nlp, kb, "The regime bombed villages near Aleppo on Monday.")
    assert find(ms, "The regime").code == "SYR"
    # "the government" is no word of outsiders: its own state may speak of it
    ms = run(nlp, kb, "Kenya said the government would raise taxes.")
    assert find(ms, "the government").code == "KEN"


@pytest.mark.model
def test_a_partner_named_as_owner_of_what_is_thanked_for_is_not_the_story(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The government voiced thanks for India's generous aid.")
    assert find(ms, "The government").code is None
    ms = run(nlp, kb, "The ministry welcomed Germany's ambassador on Tuesday.")
    assert find(ms, "The ministry").code is None
    # a place that is the partner's owns nothing thanked: the story stays one country's
    ms = run(nlp, kb, "Police fired tear gas in Peru's capital on Friday.")
    assert find(ms, "Police").code == "PER"


@pytest.mark.model
def test_the_state_across_a_border_is_not_where_an_ethnic_group_lives(nlp, kb: ActorKB) -> None:
    text = "Ethnic Albanians blocked roads near Serbia's border with Bulgaria on Sunday."
    assert find(run(nlp, kb, text), "Albanians").code == "SRB"
    text = "Ethnic Serbs seized hamlets on the Croatian border with Bosnia."
    assert find(run(nlp, kb, text), "Serbs").code == "HRV"
    # without a border both states stay open
    text = "Ethnic Albanians blocked roads in Serbia and Bulgaria on Sunday."
    assert find(run(nlp, kb, text), "Albanians").code is None


@pytest.mark.model
def test_a_judicial_officer_shares_the_state_of_the_court_addressed(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Prosecutor Marta Solis told a Madrid court that the banker lied.")
    assert find(ms, "Prosecutor Marta Solis").code == "ESP"
    # whoever a judge sentences is no compatriot for it
    ms = run(nlp, kb, "Judge Rosa Mendez sentenced a Dutch tourist to two years in prison.")
    assert find(ms, "Judge Rosa Mendez").code is None


@pytest.mark.model
def test_a_nationality_and_a_person_word_before_a_name_describe_it(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Kenya deported Irish journalist Sean Dolan on Friday.")
    m = find(ms, "Irish journalist Sean Dolan")
    assert (m.code, m.role, m.kind) == ("IRL", "MED", "person")
    ms = run(nlp, kb, "Police detained Egyptian activist Samir Fahmy at the airport.")
    assert find(ms, "Egyptian activist Samir Fahmy").code == "EGY"


@pytest.mark.model
def test_an_article_may_open_an_apposition(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Sean Dolan, an Irish journalist, was deported on Friday.")
    m = find(ms, "Sean Dolan")
    assert (m.code, m.role, m.rule) == ("IRL", "MED", "apposition")
    # a list of names is no apposition
    ms = run(nlp, kb, "Jordan, the Palestinians and Egypt agreed on Monday.")
    assert find(ms, "Jordan").code == "JOR"
