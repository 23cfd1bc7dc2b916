"""Announced acts are coded as intents (03), threats (13) or refusals (12): events/intent.py."""

from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.events.coder import RawEvent, code_events
from eventwire.events.intent import (
    _lookup,
    announced_act,
    asking_code,
    drop_covered_governors,
    load_intents,
    parse_intents,
)
from eventwire.events.modality import decide_modality
from eventwire.knowledge.codebook import read_data_file
from eventwire.records import Modality


def _cameo_codes() -> set[str]:
    lines = read_data_file("cameo.tsv").splitlines()
    return {ln.split("\t")[0] for ln in lines if ln and not ln.startswith("#")}


def test_longest_prefix_wins():
    table = {"08": "035", "084": "0353"}
    assert _lookup(table, "0841") == "0353"
    assert _lookup(table, "081") == "035"
    assert _lookup(table, "190") is None


def test_tables_map_to_codes_of_the_right_kind():
    known = _cameo_codes()
    tables = load_intents()
    for table, root in ((tables.intent, "03"), (tables.threat, "13"), (tables.refusal, "12")):
        for act, code in table.items():
            assert act in known or len(act) == 2, act
            assert code in known and code.startswith(root), (act, code)


def test_appeals_and_demands_take_the_subcode_of_the_act_asked_for():
    assert asking_code("020", "0841") == "0253"  # appeal for release
    assert asking_code("100", "0841") == "1053"  # demand for release
    assert asking_code("020", "072") == "0232"  # appeal for military aid
    assert asking_code("020", "190") is None  # no appeal subcode for force
    assert asking_code("0253", "072") is None  # a specific appeal keeps its code


def test_every_appeal_subcode_is_a_cameo_appeal_and_demand():
    known = _cameo_codes()
    for act, code in load_intents().appeal.items():
        assert code in known and code.startswith("02"), (act, code)
        assert "10" + code[2:] in known, (act, code)


def test_malformed_tables_are_rejected():
    with pytest.raises(KnowledgeError):
        parse_intents("intent_codes: {x: 1}\nthreat_codes: {}\nrefusal_codes: {}\n")
    with pytest.raises(KnowledgeError):
        parse_intents("[1, 2]")


@pytest.fixture
def announce(nlp, patterns, make_mention):
    def run(text: str, actors: list[tuple], trigger: str) -> list[tuple[str, Modality]]:
        doc = nlp(text)
        mentions = [make_mention(doc, *a) for a in actors]
        actor_at = {i: m for m in mentions for i in range(m.start, m.end)}
        events = code_events(doc, mentions, patterns)
        by_trigger = {e.trigger: e for e in events}
        out = []
        for ev in events:
            if doc[ev.trigger].text != trigger:
                continue
            parent = by_trigger.get(ev.parent) if ev.parent is not None else None
            decision = decide_modality(doc, ev, parent, actor_at=actor_at)
            ev, decision = announced_act(doc, ev, decision, actor_at)
            out.append((ev.code, decision.modality))
        assert out, f"no event on {trigger!r}"
        return out

    return run


@pytest.mark.model
def test_future_aid_is_an_intent_to_give_aid(announce):
    got = announce(
        "Canada will send medical supplies to Haiti.", [("Canada", "CAN"), ("Haiti", "HTI")], "send"
    )
    assert all(code.startswith("03") and mod is Modality.ASSERTED for code, mod in got)


@pytest.mark.model
def test_past_aid_keeps_its_code(announce):
    got = announce(
        "Canada sent medical supplies to Haiti.", [("Canada", "CAN"), ("Haiti", "HTI")], "sent"
    )
    assert all(not code.startswith("03") for code, _ in got)


@pytest.mark.model
def test_own_announced_attack_is_a_threat(announce):
    got = announce(
        "Rebel leaders said they would attack Chad.",
        [("Rebel leaders", "REB", "group"), ("Chad", "TCD")],
        "attack",
    )
    assert all(code.startswith("13") for code, _ in got)


@pytest.mark.model
def test_own_refusal_to_cooperate_is_a_rejection(announce):
    got = announce(
        "Brazil said it would not provide aid to Haiti.",
        [("Brazil", "BRA"), ("Haiti", "HTI")],
        "provide",
    )
    assert all(code.startswith("12") for code, _ in got)


@pytest.mark.model
def test_someone_elses_would_is_not_an_announcement(announce):
    got = announce(
        "Japan said Brazil would send troops to Haiti.",
        [("Japan", "JPN"), ("Brazil", "BRA"), ("Haiti", "HTI")],
        "send",
    )
    assert all(not code.startswith(("03", "12", "13")) for code, _ in got)


@pytest.mark.model
def test_willingness_governs_an_intent(announce):
    got = announce(
        "Syria is willing to release the prisoners held by Lebanon.",
        [("Syria", "SYR"), ("Lebanon", "LBN")],
        "release",
    )
    assert all(code.startswith("03") for code, _ in got)


@pytest.mark.model
def test_refusing_a_meeting_is_rejecting_it(announce, nlp, patterns, make_mention):
    text = "Iran refused to meet with Iraq."
    got = announce(text, [("Iran", "IRN"), ("Iraq", "IRQ")], "meet")
    assert got == [("125", Modality.ASSERTED)]
    doc = nlp(text)
    mentions = [make_mention(doc, "Iran", "IRN"), make_mention(doc, "Iraq", "IRQ")]
    bare = [e for e in code_events(doc, mentions, patterns) if doc[e.trigger].text == "refused"]
    assert bare == []  # the bare refusal would count the same rejection twice


@pytest.mark.model
def test_refusing_an_act_without_a_rejection_code_keeps_the_bare_refusal(
    nlp, patterns, make_mention
):
    doc = nlp("Iran refused to attack Iraq.")
    mentions = [make_mention(doc, "Iran", "IRN"), make_mention(doc, "Iraq", "IRQ")]
    codes = {(doc[e.trigger].text, e.code[:2]) for e in code_events(doc, mentions, patterns)}
    assert ("refused", "12") in codes


@pytest.mark.model
def test_wanting_to_attack_is_a_threat(announce):
    got = announce("France wants to attack Spain.", [("France", "FRA"), ("Spain", "ESP")], "attack")
    assert all(code.startswith("13") for code, _ in got)


@pytest.mark.model
def test_wanting_another_actor_to_act_is_not_announcing_it(nlp, make_mention):
    # the coder drops such a wished act (test_coder: requested acts); were it coded, it would
    # still be no announcement of the wisher's
    doc = nlp("Germany wants Russia to withdraw from Ukraine.")
    mentions = [make_mention(doc, *a) for a in [("Germany", "DEU"), ("Russia", "RUS")]]
    actor_at = {i: m for m in mentions for i in range(m.start, m.end)}
    trig = next(t.i for t in doc if t.text == "withdraw")
    ev = RawEvent("080", trig, mentions[1], None, "withdraw", "test")
    decision = decide_modality(doc, ev, None, actor_at=actor_at)
    got, _decision = announced_act(doc, ev, decision, actor_at)
    assert got.code == "080"


@pytest.mark.model
def test_event_noun_object_of_an_announced_verb_is_announced_too(announce):
    got = announce(
        "The navy said it would tighten the blockade of Cuba.",
        [("navy", "USAMIL", "organisation"), ("Cuba", "CUB")],
        "blockade",
    )
    assert got and all(code.startswith("13") for code, _ in got)


@pytest.mark.model
def test_an_unnamed_speakers_prediction_is_not_an_announcement(announce):
    got = announce(
        "Analysts say China will attack Taiwan.", [("China", "CHN"), ("Taiwan", "TWN")], "attack"
    )
    assert all(not code.startswith("13") for code, _ in got)


# announced cooperative acts of common wordings, with the specific intent or refusal CAMEO has
ANNOUNCED = [
    (
        "Kenya will allow the return of UN monitors.",
        [("Kenya", "KEN"), ("UN", "UN", "organisation")],
        "allow",
        "035",  # allowing a return is a yield (080): announced, an intent to yield
    ),
    (
        "Germany is ready to contribute troops to the UN force.",
        [("Germany", "DEU"), ("UN", "UN", "organisation")],
        "contribute",
        "0332",  # troops are military aid (072)
    ),
    (
        "Israel will evacuate its settlements in Gaza.",
        [("Israel", "ISR"), ("Gaza", "PSE")],
        "evacuate",
        "0356",  # a military retreat (0874): an intent to de-escalate
    ),
    (
        "The new president of Peru promised to democratize the country.",
        [("president of Peru", "PER", "person")],
        "democratize",
        "0344",  # a change of regime (0834): an intent to change institutions
    ),
    (
        "Syria will not accept refugees from Iraq.",
        [("Syria", "SYR"), ("Iraq", "IRQ")],
        "accept",
        "122",  # not granting asylum (075): rejecting a request for aid
    ),
    (
        "The Kenyan minister declined to resign.",
        [("Kenyan minister", "KEN", "person")],
        "resign",
        "1231",  # refusing to step down (0831): rejecting a change of leadership
    ),
    (
        "The rebel leader is determined to attack Chad.",
        [("rebel leader", "REB", "person"), ("Chad", "TCD")],
        "attack",
        "138",  # determination to use force is a threat of force
    ),
    (
        "The Kurdish rebels have sworn to fight until Turkey frees their leader.",
        [("Kurdish rebels", "REB", "group"), ("Turkey", "TUR")],
        "fight",
        "138",  # an oath to fight is a threat of force, like a vow
    ),
    (
        "Chad would not give permission to Libya to use the airbase.",
        [("Chad", "TCD"), ("Libya", "LBY")],
        "give",
        "124",  # "would not" in narrative is the source's refusal to yield
    ),
    (
        "Kenya would not meet the demands of the Somali traders.",
        [("Kenya", "KEN"), ("Somali traders", "SOM")],
        "meet",
        "124",  # meeting demands is yielding (080), not a meeting (040 -> 125)
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,actors,trigger,code", ANNOUNCED)
def test_announced_wordings_take_the_specific_code(announce, text, actors, trigger, code):
    got = announce(text, actors, trigger)
    assert (code, Modality.ASSERTED) in got, got


def test_each_political_reform_has_its_own_intent_and_refusal():
    tables = load_intents()
    for act, intent, refusal in (
        ("0831", "0341", "1231"),
        ("0832", "0342", "1232"),
        ("0833", "0343", "1233"),
        ("0834", "0344", "1234"),
    ):
        assert _lookup(tables.intent, act) == intent
        assert _lookup(tables.refusal, act) == refusal


def _kept_triggers(nlp, patterns, make_mention, text: str, actors: list[tuple]) -> set[str]:
    doc = nlp(text)
    mentions = [make_mention(doc, *a) for a in actors]
    events = drop_covered_governors(doc, code_events(doc, mentions, patterns))
    return {doc[e.trigger].text for e in events}


@pytest.mark.model
def test_an_agreement_to_a_coded_act_is_one_event(nlp, patterns, make_mention):
    kept = _kept_triggers(
        nlp,
        patterns,
        make_mention,
        "Canada agreed to lift sanctions on Cuba.",
        [("Canada", "CAN"), ("Cuba", "CUB")],
    )
    assert "lift" in kept and "agreed" not in kept, kept


@pytest.mark.model
def test_an_agreement_to_an_uncoded_act_keeps_its_own_event(nlp, patterns, make_mention):
    kept = _kept_triggers(
        nlp,
        patterns,
        make_mention,
        "Canada agreed to study the Cuban proposal.",
        [("Canada", "CAN")],
    )
    assert "agreed" in kept, kept


@pytest.mark.model
def test_would_not_under_a_condition_is_no_refusal(announce):
    got = announce(
        "If attacked, Chad would not give permission to Libya to use the airbase.",
        [("Chad", "TCD"), ("Libya", "LBY")],
        "give",
    )
    assert all(not code.startswith("12") for code, _ in got), got


@pytest.mark.model
def test_the_condition_of_an_announced_act_is_not_announced_itself(nlp, patterns, make_mention):
    text = "The Kenyan opposition said it will boycott the vote unless the president resigns."
    doc = nlp(text)
    actors = [("Kenyan opposition", "KEN", "group"), ("president", "KEN", "person")]
    mentions = [make_mention(doc, *a) for a in actors]
    # the coder drops the condition as an event (test_coder: conditions); no intent is made of it
    assert not [e for e in code_events(doc, mentions, patterns) if doc[e.trigger].text == "resigns"]


@pytest.mark.model
def test_a_mutual_agreement_is_kept_when_the_agreed_act_names_no_partner(nlp):
    from eventwire import extract

    events = extract("Kenya and Somalia agreed on Monday to reopen border crossings.").events
    dyads = {frozenset((e.source.code, e.target.code)) for e in events if e.source and e.target}
    assert frozenset(("KEN", "SOM")) in dyads


@pytest.mark.model
@pytest.mark.parametrize(
    "text,actors,trigger,code",
    [
        (
            "Finland pledged to deliver artillery systems to Estonia.",
            [("Finland", "FIN"), ("Estonia", "EST")],
            "deliver",
            "0332",
        ),
        (
            "Chile will supply two patrol boats to Peru.",
            [("Chile", "CHL"), ("Peru", "PER")],
            "supply",
            "0332",
        ),
        (
            "Japan promised to give ten million dollars to Samoa.",
            [("Japan", "JPN"), ("Samoa", "WSM")],
            "give",
            "0331",
        ),
    ],
)
def test_pledged_deliveries_are_intents_to_give_that_aid(announce, text, actors, trigger, code):
    assert [c for c, _ in announce(text, actors, trigger)] == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, actors, trigger",
    [
        (
            "Ankara is seeking to deepen its partnership with Baku.",
            [("Ankara", "TUR"), ("Baku", "AZE")],
            "deepen",
        ),
        ("India aims to expand trade with Japan.", [("India", "IND"), ("Japan", "JPN")], "expand"),
        (
            "Germany hopes to sign a trade deal with Canada.",
            [("Germany", "DEU"), ("Canada", "CAN")],
            "sign",
        ),
        ("Rome is keen to meet Libyan leaders.", [("Rome", "ITA"), ("Libyan", "LBY")], "meet"),
    ],
)
def test_an_own_aim_is_an_expressed_intent(announce, text, actors, trigger):
    got = announce(text, actors, trigger)
    assert got and all(code.startswith("03") and m is Modality.ASSERTED for code, m in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, actors, trigger",
    [
        (
            "Russia is expected to sign the treaty with Cuba.",
            [("Russia", "RUS"), ("Cuba", "CUB")],
            "sign",
        ),
        (
            "Putin is set to visit Pyongyang.",
            [("Putin", "RUS", "person"), ("Pyongyang", "PRK")],
            "visit",
        ),
        (
            "Diplomats drafted a UN resolution that aims to impose sanctions on Iran.",
            [("UN", "UN", "organisation"), ("Iran", "IRN")],
            "impose",
        ),
    ],
)
def test_what_others_expect_or_a_document_aims_at_is_no_intent(announce, text, actors, trigger):
    got = announce(text, actors, trigger)
    assert all(not code.startswith(("03", "13")) for code, _m in got), got
