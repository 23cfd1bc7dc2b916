"""The actor knowledge base: curated data, schema checks, user extensions, dated offices."""

from __future__ import annotations

import pickle
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import KnowledgeError
from eventwire.knowledge.actors import (
    ROLE_CODES,
    ActorKB,
    NameRef,
    OrgEntry,
    StateEntry,
    Term,
    fold_ascii,
    load_actor_kb,
    person_key,
)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


def refs(kb: ActorKB, phrase: str) -> set[tuple[str, str]]:
    return {(r.type, r.id) for r in kb.names.get(phrase, ())}


def holder(kb: ActorKB, code: str, office: str, day: str) -> list[str]:
    return [
        p.name
        for p in kb.persons.values()
        for t in p.terms
        if t.code == code and t.office == office and t.valid_on(day)
    ]


# ----------------------------------------------------------------------------- loading


def test_load_works_and_is_cached(kb: ActorKB) -> None:
    assert isinstance(kb, ActorKB)
    assert load_actor_kb() is kb
    assert len(kb.states) >= 249 and len(kb.persons) > 250 and len(kb.roles) > 100


def test_kb_is_read_only(kb: ActorKB) -> None:
    with pytest.raises(TypeError):
        kb.states["XXX"] = kb.states["RUS"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        kb.states = {}  # type: ignore[misc]


def test_pickles_as_a_rebuild(kb: ActorKB) -> None:
    clone = pickle.loads(pickle.dumps(kb))
    assert clone.states == kb.states and clone.persons == kb.persons


# ----------------------------------------------------------------------------- states


def test_every_iso_country_plus_kosovo_and_palestine(kb: ActorKB) -> None:
    import pycountry

    assert {c.alpha_3 for c in pycountry.countries} <= set(kb.states)
    assert kb.states["XKX"].name == "Kosovo"
    assert kb.states["PSE"].name == "Palestine"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the US", "USA"),
        ("America", "USA"),
        ("United States", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("South Korea", "KOR"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Iran", "IRN"),
        ("Islamic Republic of Iran", "IRN"),
        ("Syria", "SYR"),
        ("Türkiye", "TUR"),
        ("Cote d'Ivoire", "CIV"),
        ("Kosovo", "XKX"),
        ("Palestine", "PSE"),
    ],
)
def test_state_names(kb: ActorKB, phrase: str, code: str) -> None:
    if phrase.startswith("the "):
        phrase = phrase[4:]  # the resolver adds the article; names are stored without it
    assert ("state", f"state:{code}") in refs(kb, phrase)


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("Russian", "RUS"),
        ("North Korean", "PRK"),
        ("Ukrainian", "UKR"),
        ("Israeli", "ISR"),
        ("Palestinian", "PSE"),
        ("Chinese", "CHN"),
        ("French", "FRA"),
        ("Iranian", "IRN"),
        ("American", "USA"),
        ("British", "GBR"),
    ],
)
def test_demonyms(kb: ActorKB, adjective: str, code: str) -> None:
    assert ("adjective", f"state:{code}") in refs(kb, adjective)


def test_people_plurals_are_generated(kb: ActorKB) -> None:
    assert ("people", "state:RUS") in refs(kb, "Russians")
    assert ("people", "state:ISR") in refs(kb, "Israelis")
    assert ("people", "state:GBR") in refs(kb, "Britons")  # curated irregular plural


METONYMS = [
    ("Moscow", "state:RUS", "GOV"),
    ("Kremlin", "state:RUS", "GOV"),
    ("Pyongyang", "state:PRK", "GOV"),
    ("Washington", "state:USA", "GOV"),
    ("White House", "state:USA", "GOV"),
    ("Pentagon", "state:USA", "MIL"),
    ("State Department", "state:USA", "GOV"),
    ("Downing Street", "state:GBR", "GOV"),
    ("Whitehall", "state:GBR", "GOV"),
    ("Beijing", "state:CHN", "GOV"),
    ("Kyiv", "state:UKR", "GOV"),
    ("Kiev", "state:UKR", "GOV"),
    ("Seoul", "state:KOR", "GOV"),
    ("Tehran", "state:IRN", "GOV"),
    ("Jerusalem", "state:ISR", "GOV"),
    ("Brussels", "org:EU", "IGO"),
    ("Paris", "state:FRA", "GOV"),
    ("Elysee", "state:FRA", "GOV"),
    ("Berlin", "state:DEU", "GOV"),
    ("Tokyo", "state:JPN", "GOV"),
    ("Ankara", "state:TUR", "GOV"),
    ("Damascus", "state:SYR", "GOV"),
    ("Kabul", "state:AFG", "GOV"),
    ("Riyadh", "state:SAU", "GOV"),
    ("New Delhi", "state:IND", "GOV"),
]


@pytest.mark.parametrize(("phrase", "entry", "role"), METONYMS)
def test_metonyms(kb: ActorKB, phrase: str, entry: str, role: str) -> None:
    assert NameRef("metonym", entry, role) in kb.names[phrase]


def test_blocking_phrases_stand_for_no_actor(kb: ActorKB) -> None:
    assert refs(kb, "Latin America") == {("block", "block")}


# ----------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("phrase", "code", "role"),
    [
        ("United Nations", "UN", "IGO"),
        ("UNICEF", "UN", "IGO"),
        ("UNHCR", "UN", "IGO"),
        ("WFP", "UN", "IGO"),
        ("UN Security Council", "UN", "IGO"),
        ("NATO", "NATO", "IGO"),
        ("European Union", "EU", "IGO"),
        ("African Union", "AU", "IGO"),
        ("ASEAN", "ASEAN", "IGO"),
        ("ECOWAS", "ECOWAS", "IGO"),
        ("IAEA", "IAEA", "IGO"),
        ("World Health Organization", "WHO", "IGO"),
        ("IMF", "IMF", "IGO"),
        ("World Bank", "WB", "IGO"),
        ("International Criminal Court", "ICC", "JUD"),
        ("OPEC", "OPEC", "IGO"),
        ("G7", "G7", "IGO"),
        ("G20", "G20", "IGO"),
        ("OSCE", "OSCE", "IGO"),
        ("Arab League", "ARAB_LEAGUE", "IGO"),
        ("Organization of American States", "OAS", "IGO"),
        ("Hamas", "PSE", "REB"),
        ("Hezbollah", "LBN", "REB"),
        ("Taliban", "AFG", "REB"),
        ("Islamic State", "SYR", "REB"),
        ("ISIS", "SYR", "REB"),
        ("Houthis", "YEM", "REB"),
        ("al-Shabaab", "SOM", "REB"),
        ("Boko Haram", "NGA", "REB"),
        ("Wagner", "RUS", "MIL"),
        ("KCNA", "PRK", "MED"),
        ("TASS", "RUS", "MED"),
        ("Xinhua", "CHN", "MED"),
        ("Yonhap", "KOR", "MED"),
        ("Amnesty International", "AMNESTY", "NGO"),
        ("Human Rights Watch", "HRW", "NGO"),
        ("Red Cross", "ICRC", "NGO"),
        ("Gazprom", "RUS", "BUS"),
    ],
)
def test_organisations(kb: ActorKB, phrase: str, code: str, role: str) -> None:
    (ref,) = kb.names[phrase]
    org = kb.entry(ref.id)
    assert isinstance(org, OrgEntry)
    assert (org.code, org.role) == (code, role)


def test_igo_officer_titles(kb: ActorKB) -> None:
    assert "Secretary General" in kb.orgs["NATO"].titles
    assert "Secretary-General" in kb.orgs["UN"].titles
    assert kb.roles["secretary general"].role == "IGO"
    assert kb.roles["secretary-general"].title


# ----------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("president", "GOV"),
        ("prime minister", "GOV"),
        ("minister", "GOV"),
        ("ministry", "GOV"),
        ("government", "GOV"),
        ("officials", "GOV"),
        ("spokesperson", "GOV"),
        ("embassy", "GOV"),
        ("army", "MIL"),
        ("troops", "MIL"),
        ("forces", "MIL"),
        ("navy", "MIL"),
        ("air force", "MIL"),
        ("soldiers", "MIL"),
        ("general", "MIL"),
        ("police", "POL"),
        ("court", "JUD"),
        ("judge", "JUD"),
        ("prosecutor", "JUD"),
        ("opposition", "OPP"),
        ("rebels", "REB"),
        ("militants", "REB"),
        ("insurgents", "REB"),
        ("protesters", "CVL"),
        ("civilians", "CVL"),
        ("residents", "CVL"),
        ("state media", "MED"),
        ("news agency", "MED"),
        ("companies", "BUS"),
        ("ngos", "NGO"),
    ],
)
def test_role_words(kb: ActorKB, phrase: str, role: str) -> None:
    assert kb.roles[phrase].role == role


def test_role_flags(kb: ActorKB) -> None:
    assert kb.roles["president"].leader and kb.roles["president"].title
    assert kb.roles["troops"].person is False
    assert kb.roles["general"].context  # "in general" is no actor
    assert kb.roles["top diplomat"].office == "foreign minister"


def test_noun_only_role_words(kb: ActorKB) -> None:
    assert kb.roles["national"].noun_only and kb.roles["firm"].noun_only
    assert not kb.roles["troops"].noun_only
    assert kb.roles["official"].title  # "Hamas official Osama X"


def test_inert_and_place_nouns(kb: ActorKB) -> None:
    assert {"waters", "territory", "airspace", "soil", "law"} <= kb.inert_nouns
    assert {"village", "province", "port"} <= kb.place_nouns


def test_curly_apostrophe_spelling_is_indexed(kb: ActorKB) -> None:
    assert ("state", "state:CIV") in refs(kb, "Côte d\u2019Ivoire")
    assert ("state", "state:CIV") in refs(kb, "Cote d\u2019Ivoire")


def test_user_file_adds_place_nouns_and_noun_only(tmp_path: Path) -> None:
    path = write(tmp_path, "place_nouns: [Hamlet]\nroles:\n  royal: {role: GOV, noun_only: true}\n")
    kb = load_actor_kb([path])
    assert "hamlet" in kb.place_nouns and kb.roles["royal"].noun_only
    bad = write(tmp_path, "roles:\n  royal: {role: GOV, noun_only: yes please}\n", "bad.yaml")
    with pytest.raises(KnowledgeError):
        load_actor_kb([bad])


def test_pairs(kb: ActorKB) -> None:
    assert kb.pairs["two countries"] == "states"
    assert kb.pairs["both sides"] == "actors"
    assert kb.pairs["two leaders"] == "persons"


# ----------------------------------------------------------------------------- office holders


def test_kuleba_term(kb: ActorKB) -> None:
    kuleba = kb.persons["dmytro-kuleba"]
    assert "Kuleba" in kuleba.aliases
    (term,) = kuleba.terms
    assert (term.code, term.role, term.office) == ("UKR", "GOV", "foreign minister")
    assert (term.start, term.end) == ("2020-03-04", "2024-09-05")
    assert kuleba.term_on("2024-09-04") is term
    assert kuleba.term_on("2024-09-05") is None  # end is exclusive: Sybiha's first day


def test_nato_secretary_general_handover(kb: ActorKB) -> None:
    assert holder(kb, "NATO", "secretary general", "2024-06-01") == ["Jens Stoltenberg"]
    assert holder(kb, "NATO", "secretary general", "2025-06-01") == ["Mark Rutte"]


def test_person_with_offices_in_two_codes(kb: ActorKB) -> None:
    koehler = kb.persons["horst-kohler"]
    assert koehler.term_on("2002-01-01").code == "IMF"  # type: ignore[union-attr]
    assert koehler.term_on("2008-01-01").code == "DEU"  # type: ignore[union-attr]
    assert koehler.term_on(None).code == "DEU"  # type: ignore[union-attr]  # latest term


G20_STATES = [
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA",
    "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
]  # fmt: skip
LEADER_OFFICES = {"president", "prime minister", "chancellor", "king", "leader"}


@pytest.mark.parametrize("day", ["2005-06-01", "2012-06-01", "2019-06-01", "2024-06-01"])
def test_g20_heads_known_on_sample_days(kb: ActorKB, day: str) -> None:
    missing = [
        code
        for code in G20_STATES
        if not any(holder(kb, code, office, day) for office in LEADER_OFFICES)
    ]
    assert missing == []


@pytest.mark.parametrize("code", ["USA", "GBR", "FRA", "RUS", "CHN", "KOR", "UKR", "ISR", "IRN"])
def test_foreign_and_defence_ministers_in_2024(kb: ActorKB, code: str) -> None:
    assert len(holder(kb, code, "foreign minister", "2024-06-01")) == 1
    assert len(holder(kb, code, "defence minister", "2024-06-01")) == 1


@pytest.mark.parametrize(
    ("code", "office"),
    [
        ("UN", "secretary general"),
        ("NATO", "secretary general"),
        ("EU", "commission president"),
        ("EU", "council president"),
        ("IAEA", "director general"),
        ("WHO", "director general"),
        ("IMF", "managing director"),
        ("WB", "president"),
    ],
)
def test_igo_heads_in_2024(kb: ActorKB, code: str, office: str) -> None:
    assert len(holder(kb, code, office, "2024-06-01")) == 1


def test_office_data_is_consistent(kb: ActorKB) -> None:
    """Codes exist, roles are known, and no two people hold one seat on the same day."""
    seats: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for person in kb.persons.values():
        for t in person.terms:
            assert t.code in kb.states or t.code in kb.orgs, (person.name, t.code)
            assert t.role in ROLE_CODES
            seats[(t.code, t.office)].append(t)
    for seat, terms in seats.items():
        terms.sort(key=lambda t: t.start)
        for a, b in zip(terms, terms[1:], strict=False):
            assert a.end is not None and a.end <= b.start, seat


@given(st.dates().map(lambda d: d.isoformat()))
def test_term_validity_is_a_half_open_interval(day: str) -> None:
    term = Term("UKR", "GOV", "foreign minister", "2020-03-04", "2024-09-05")
    assert term.valid_on(day) == ("2020-03-04" <= day < "2024-09-05")
    assert Term("NATO", "IGO", "secretary general", "2024-10-01").valid_on(day) == (
        day >= "2024-10-01"
    )


@given(st.text(alphabet=st.characters(categories=("L", "Zs", "Pd")), max_size=40))
def test_person_key_is_ascii_and_stable(name: str) -> None:
    key = person_key(name)
    assert key == person_key(fold_ascii(name))
    assert key.isascii() and " " not in key


def test_fold_ascii() -> None:
    assert fold_ascii("Erdoğan") == "Erdogan"
    assert fold_ascii("Yıldırım") == "Yildirim"
    assert ("person", "person:recep-tayyip-erdogan") in refs(load_actor_kb(), "Erdogan")


# ----------------------------------------------------------------------------- user files


def write(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_overrides_and_adds(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
states:
  RUS: {names: [Rossiya], adjectives: [Rossiyan]}
organisations:
  NATO: {role: MIL}
  quad: {code: QUAD, name: Quad, names: [Quad]}
roles:
  junta: {role: MIL}
officeholders:
  - {name: Dmytro Kuleba, aliases: [Kuleba], code: UKR, role: GOV,
     office: foreign minister, from: 2020-03-04, to: 2024-09-06}
""",
    )
    kb = load_actor_kb([path])
    assert kb is not load_actor_kb()
    assert kb.states["RUS"].adjectives == ("Rossiyan",)  # the fields given are replaced ...
    assert ("Moscow", "GOV") in kb.states["RUS"].metonyms  # ... the others are kept
    assert ("state", "state:RUS") in refs(kb, "Rossiya")
    assert ("adjective", "state:RUS") not in refs(kb, "Russian")
    assert kb.orgs["NATO"].role == "MIL" and kb.orgs["NATO"].name == "NATO"
    assert kb.orgs["quad"].code == "QUAD"
    assert kb.roles["junta"].role == "MIL"
    assert kb.persons["dmytro-kuleba"].term_on("2024-09-05") is not None
    assert load_actor_kb([path]) is kb  # cached per list of files


def test_later_user_file_wins(tmp_path: Path) -> None:
    a = write(tmp_path, "organisations:\n  quad: {code: QUAD, names: [Quad]}\n", "a.yaml")
    b = write(tmp_path, "organisations:\n  quad: {code: QUAD2}\n", "b.yaml")
    assert load_actor_kb([a, b]).orgs["quad"].code == "QUAD2"
    assert load_actor_kb([b, a]).orgs["quad"].code == "QUAD"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("states:\n  RUS: {adjectivs: [Russian]}\n", "states/RUS"),
        ("states:\n  Russia: {names: [Rus]}\n", "states/Russia"),
        ("states:\n  RUS: {names: Russia}\n", "states/RUS/names"),
        ("organisations:\n  quad: {role: FRIENDS}\n", "organisations/quad"),
        ("organisations:\n  quad: {kind: club}\n", "organisations/quad"),
        ("roles:\n  junta: {person: true}\n", "roles/junta"),
        ("roles:\n  junta: {role: MIL, person: maybe}\n", "roles/junta"),
        ("pairs:\n  two allies: friends\n", "pairs/two allies"),
        (
            "officeholders:\n  - {name: A B, code: UKR, role: GOV, office: x, from: 2020-13}\n",
            "officeholders/A B",
        ),
        (
            "officeholders:\n  - {name: A B, code: UKR, role: GOV, office: x, from: 2020-01-02,"
            " to: 2019-01-01}\n",
            "officeholders/A B",
        ),
        ("officeholders:\n  - {name: A B, role: GOV, office: x, from: 2020-01-02}\n", "A B"),
        ("people:\n  - x\n", "people"),
        ("- just a list\n", "(top level)"),
    ],
)
def test_malformed_user_file_names_file_and_entry(tmp_path: Path, text: str, entry: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(KnowledgeError) as err:
        load_actor_kb([path])
    assert str(path) in str(err.value)
    assert entry in str(err.value)
    assert str(err.value).startswith("E30")


def test_unreadable_and_invalid_yaml(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="cannot read"):
        load_actor_kb([tmp_path / "missing.yaml"])
    with pytest.raises(KnowledgeError, match="not valid YAML"):
        load_actor_kb([write(tmp_path, "states: [unclosed\n")])


def test_state_entries_are_complete(kb: ActorKB) -> None:
    for code, state in kb.states.items():
        assert isinstance(state, StateEntry) and state.name, code


# ----------------------------------------------------------------------------- 1974-2025 leaders


@pytest.mark.parametrize(
    ("code", "office", "day", "name"),
    [
        ("USA", "president", "1985-06-01", "Ronald Reagan"),
        ("USA", "president", "1991-06-01", "George H. W. Bush"),
        ("GBR", "prime minister", "1988-06-01", "Margaret Thatcher"),
        ("FRA", "president", "1990-06-01", "François Mitterrand"),
        ("DEU", "chancellor", "1990-06-01", "Helmut Kohl"),
        ("RUS", "leader", "1989-06-01", "Mikhail Gorbachev"),
        ("RUS", "president", "1995-06-01", "Boris Yeltsin"),
        ("EGY", "president", "1995-06-01", "Hosni Mubarak"),
        ("IRQ", "president", "1995-06-01", "Saddam Hussein"),
        ("ZAF", "president", "1996-06-01", "Nelson Mandela"),
        ("ZWE", "president", "2005-06-01", "Robert Mugabe"),
        ("DZA", "president", "2005-06-01", "Abdelaziz Bouteflika"),
        ("SDN", "president", "2005-06-01", "Omar al-Bashir"),
        ("VEN", "president", "2005-06-01", "Hugo Chávez"),
        ("IDN", "president", "1995-06-01", "Suharto"),
        ("PAK", "president", "2005-06-01", "Pervez Musharraf"),
        ("UN", "secretary general", "1994-06-01", "Boutros Boutros-Ghali"),
    ],
)
def test_heads_of_government_1980_2025(kb: ActorKB, code, office, day, name) -> None:
    assert holder(kb, code, office, day) == [name]


def test_every_officeholder_file_is_read(kb: ActorKB) -> None:
    """officeholders.tsv and officeholders_world.tsv: rows of one person are merged."""
    stoltenberg = kb.persons["jens-stoltenberg"]
    assert {t.code for t in stoltenberg.terms} == {"NATO", "NOR"}


def test_namesakes_share_an_alias(kb: ActorKB) -> None:
    assert refs(kb, "Assad") == {
        ("person", "person:bashar-al-assad"),
        ("person", "person:hafez-al-assad"),
    }


@pytest.mark.parametrize(
    ("phrase", "ref"),
    [
        ("Soviet Union", ("state", "state:RUS")),
        ("Soviet", ("adjective", "state:RUS")),
        ("Zaire", ("state", "state:COD")),
        ("West German", ("adjective", "state:DEU")),
        ("Yugoslavia", ("state", "state:SRB")),
        ("Kampuchea", ("state", "state:KHM")),
        ("European Community", ("org", "org:EU")),
        ("PLO", ("org", "org:plo")),
        ("APEC", ("org", "org:APEC")),
        ("Kurds", ("ethnic", "ethnic:kurds")),
        ("Tamil", ("ethnic", "ethnic:tamils")),
    ],
)
def test_old_state_names_organisations_and_peoples(kb: ActorKB, phrase, ref) -> None:
    assert refs(kb, phrase) == {ref}


def test_ethnic_groups_have_known_homes(kb: ActorKB) -> None:
    assert kb.ethnic["kurds"].homes == ("IRQ", "TUR", "SYR", "IRN")
    assert kb.entry("ethnic:yoruba").homes == ("NGA",)  # type: ignore[union-attr]
    for group in kb.ethnic.values():
        assert group.homes and all(h in kb.states for h in group.homes), group.key


def test_user_file_adds_ethnic_group(tmp_path: Path) -> None:
    path = write(
        tmp_path, "ethnic_groups:\n  sorbs: {name: Sorbs, names: [Sorbian], homes: [DEU]}\n"
    )
    kb = load_actor_kb([path])
    assert refs(kb, "Sorbian") == {("ethnic", "ethnic:sorbs")}
    bad = write(tmp_path, "ethnic_groups:\n  x: {name: X, homes: [Germany]}\n", "bad.yaml")
    with pytest.raises(KnowledgeError, match="ethnic_groups/x"):
        load_actor_kb([bad])
    unknown = write(tmp_path, "ethnic_groups:\n  x: {name: X, homes: [QQQ]}\n", "unk.yaml")
    with pytest.raises(KnowledgeError, match="QQQ"):
        load_actor_kb([unknown])


def test_roles_posted_abroad(kb: ActorKB) -> None:
    assert kb.roles["embassy"].abroad and kb.roles["envoy"].abroad
    assert not kb.roles["court"].abroad and not kb.roles["top diplomat"].abroad


# ----------------------------------------------------------------------------- inert nouns


def test_inert_nouns_are_lower_case_lemmas_and_not_role_words(kb: ActorKB) -> None:
    assert {"conflict", "flag", "language", "border"} <= kb.inert_nouns
    assert all(n == n.lower() and " " not in n for n in kb.inert_nouns)
    assert not kb.inert_nouns & set(kb.roles)  # a role word always acts


def test_user_file_adds_inert_nouns(tmp_path: Path) -> None:
    path = write(tmp_path, "inert_nouns: [Anthem, cuisine]\n")
    extra = load_actor_kb([path])
    assert {"anthem", "cuisine"} <= extra.inert_nouns
    with pytest.raises(KnowledgeError):
        load_actor_kb([write(tmp_path, "inert_nouns: anthem\n", "bad.yaml")])


def test_trades_and_hardware_need_a_modifier(kb: ActorKB) -> None:
    for phrase in ("teachers", "tanks", "aircraft", "prisoners", "businessman", "people"):
        assert kb.roles[phrase].context, phrase  # "teachers" alone is nobody in particular
    assert kb.roles["tanks"].role == "MIL" and kb.roles["teachers"].role == "CVL"


def test_other_side_role_words(kb: ActorKB, tmp_path: Path) -> None:
    assert kb.roles["counterpart"].other and kb.roles["counterpart"].title
    assert not kb.roles["minister"].other
    bad = write(tmp_path, "roles:\n  rival: {role: GOV, other: maybe}\n", "bad.yaml")
    with pytest.raises(KnowledgeError, match="other must be true or false"):
        load_actor_kb([bad])


def test_displacement_verbs_and_weapons(kb: ActorKB) -> None:
    assert {"arrive", "reach"} <= kb.arrival_verbs and {"flee", "leave"} <= kb.departure_verbs
    assert "deport" in kb.return_verbs and "asylum" in kb.host_nouns
    assert not (kb.arrival_verbs & kb.departure_verbs)
    assert kb.roles["drones"].weapon and kb.roles["warplanes"].weapon
    assert not kb.roles["troops"].weapon and not kb.roles["army"].weapon


def test_user_file_adds_displacement_verbs_and_weapons(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "arrival_verbs: [Disembark]\nhost_nouns: [refuge]\n"
        "roles:\n  howitzers: {role: MIL, weapon: true}\n",
    )
    kb = load_actor_kb([path])
    assert "disembark" in kb.arrival_verbs and "refuge" in kb.host_nouns
    assert kb.roles["howitzers"].weapon
    bad = write(tmp_path, "roles:\n  howitzers: {role: MIL, weapon: maybe}\n", "bad.yaml")
    with pytest.raises(KnowledgeError):
        load_actor_kb([bad])


def test_name_particles_and_compass_words(kb: ActorKB) -> None:
    assert {"van", "den", "von", "der", "de", "bin"} <= kb.name_particles
    assert {"western", "eastern", "northern", "central"} <= kb.compass_words
    assert "south" not in kb.compass_words  # "South Georgia" is no part of Georgia
    assert "al" not in kb.name_particles  # "said al Qaeda": too often no surname
    assert refs(kb, "Northern Ireland") == {("state", "state:GBR")}


def test_speaks_for_flag(kb: ActorKB, tmp_path: Path) -> None:
    assert kb.roles["spokesman"].speaks_for and kb.roles["spokeswoman"].speaks_for
    assert not kb.roles["envoy"].speaks_for
    bad = write(tmp_path, "roles:\n  aide: {role: GOV, speaks_for: maybe}\n", "bad.yaml")
    with pytest.raises(KnowledgeError, match="speaks_for must be true or false"):
        load_actor_kb([bad])


def test_user_file_adds_name_particles(tmp_path: Path) -> None:
    path = write(tmp_path, "name_particles: [Ter]\ncompass_words: [Upper]\n")
    kb = load_actor_kb([path])
    assert "ter" in kb.name_particles and "upper" in kb.compass_words


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("KFOR", "NATO"),
        ("ISAF", "NATO"),
        ("AMISOM", "AU"),
        ("ECOMOG", "ECOWAS"),
        ("UNAMID", "UN"),
        ("CSCE", "OSCE"),
        ("G8", "G8"),
        ("Nusra Front", "SYR"),
        ("Interahamwe", "RWA"),
        ("Tanjug", "SRB"),
        ("Press Trust of India", "IND"),
        ("ITAR-TASS", "RUS"),
    ],
)
def test_missions_groups_and_agencies(kb: ActorKB, phrase: str, code: str) -> None:
    (ref,) = kb.names[phrase]
    entry = kb.entry(ref.id)
    assert isinstance(entry, OrgEntry) and entry.code == code


def test_org_homes_and_new_role_flags(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "organisations:\n  band: {code: SYR, homes: [SYR, IRQ], role: REB, kind: group}\n"
        "roles:\n  backers: {role: CVL, context: true, of_side: true}\n"
        "  diet: {role: GOV, context: true, proper: true}\n",
    )
    kb = load_actor_kb([path])
    assert kb.orgs["band"].homes == ("SYR", "IRQ")
    assert kb.roles["backers"].of_side and kb.roles["diet"].proper
    assert kb.orgs["isis"].homes  # the curated KB uses it
    bad = write(tmp_path, "organisations:\n  band: {code: SYR, homes: [Syria]}\n", "bad.yaml")
    with pytest.raises(KnowledgeError):
        load_actor_kb([bad])


def test_ally_nouns(kb: ActorKB) -> None:
    assert {"ally", "allies"} <= kb.ally_nouns


def test_outsider_flag(kb: ActorKB, tmp_path: Path) -> None:
    assert kb.roles["regime"].outsider
    assert not kb.roles["government"].outsider and not kb.roles["authorities"].outsider
    bad = write(tmp_path, "roles:\n  junta: {role: GOV, outsider: often}\n", "bad.yaml")
    with pytest.raises(KnowledgeError, match="outsider must be true or false"):
        load_actor_kb([bad])


def test_opposition_leaders_are_an_opposition_group_not_government_leaders(kb: ActorKB) -> None:
    # "opposition leaders" must not fall back to "leaders" (GOV), which a bare role repeats
    for phrase in ("opposition leaders", "opposition figures"):
        word = kb.roles[phrase]
        assert word.role == "OPP" and not word.person


# ----------------------------------------------------------------------------- shared demonyms


def test_shared_demonyms_name_other_states_than_their_own(kb: ActorKB) -> None:
    # "Congolese" is the DR Congo's adjective and the Republic of the Congo's people's too
    assert refs(kb, "Congolese") == {("adjective", "state:COD")}
    assert "COG" in kb.shared_demonyms["Congolese"]
    assert refs(kb, "Dominican") == {("adjective", "state:DOM")}  # the Republic, in news
    assert "DMA" in kb.shared_demonyms["Dominican"]
    for word, codes in kb.shared_demonyms.items():
        own = {r.id for r in kb.names[word] if r.type == "adjective"}
        assert len(own) == 1 and codes <= set(kb.states)
        assert not any(f"state:{c}" in own for c in codes)


def test_shared_demonym_with_an_unknown_state_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "shared_demonyms:\n  Congolese: [Congo]\n")
    with pytest.raises(KnowledgeError, match="not a known state"):
        load_actor_kb([path])
    path = write(tmp_path, "shared_demonyms:\n  Congolese: COG\n", "bad2.yaml")
    with pytest.raises(KnowledgeError):
        load_actor_kb([path])


# ----------------------------------------------------------------------------- odd capitals


def test_cased_state_phrases_are_states_only_and_skip_common_words(blank_nlp, kb) -> None:
    cased = kb.matchers(blank_nlp.vocab).cased_phrases
    assert cased["israel"] == "Israel" and cased["north korea"] == "North Korea"
    assert cased["iranian"] == "Iranian"
    for word in ("turkey", "chad", "jordan", "georgia", "guinea", "us", "uk"):
        assert word not in cased, word
    assert "nato" not in cased  # organisations are written as they are
    for lower, phrase in cased.items():
        assert phrase.lower() == lower
        assert all(r.id.startswith("state:") for r in kb.names[phrase])


def test_pairs_of_governments_and_parties(kb: ActorKB) -> None:
    assert kb.pairs["both governments"] == "states"
    assert kb.pairs["warring parties"] == "actors" and kb.pairs["both parties"] == "actors"
    for word in ("commissioner", "chairman", "magistrate"):
        assert kb.roles[word].person and kb.roles[word].title, word
    assert kb.roles["magistrate"].role == "JUD" and kb.roles["delegation"].abroad
