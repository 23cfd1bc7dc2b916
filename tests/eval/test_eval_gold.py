"""Gold readers on tiny files written here (never copied from shared/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import GoldError, InputError
from eventwire.eval.gold import GoldArticle, read_gold, read_predictions

ARTICLE_TEXT = "Ruritania's king flew to Freedonia on Monday.\nHe met the president there.\n"


def _article(**over):
    obj = {
        "id": "a1",
        "pub_date": "2031-02-03",
        "text": ARTICLE_TEXT,
        "sent_offsets": [0, 46],
        "events": [
            {"source": "FRA", "target": "DEU", "root": "04", "cameo": "042",
             "modality": "asserted", "sentence": 0, "note": "visit"},
            {"source": "FRA", "target": "DEU", "root": "04", "cameo": "040",
             "modality": "asserted", "sentence": 1, "note": "talks", "bilateral": True,
             "optional": True},
        ],
        "actors": [{"name": "the king", "code": "FRA", "role": "GOV"}],
        "quotes": [{"speaker": "the king", "code": "FRA", "sentence": 1}],
    }  # fmt: skip
    obj.update(over)
    return obj


def test_jsonl(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    second = _article(id="a2", events=[], quotes=[], text="Nothing happened.")
    path.write_text(json.dumps(_article()) + "\n\n" + json.dumps(second) + "\n")
    arts = read_gold(path)
    assert [a.id for a in arts] == ["a1", "a2"]
    a = arts[0]
    assert a.kind == "article" and a.pub_date == "2031-02-03" and a.sent_offsets == (0, 46)
    assert len(a.events) == 2
    e0, e1 = a.events
    assert (e0.source, e0.target, e0.root, e0.cameo, e0.modality) == (
        "FRA",
        "DEU",
        "04",
        "042",
        "asserted",
    )
    assert not e0.optional and not e0.bilateral
    assert e1.optional and e1.bilateral and e1.sentence == 1
    assert a.actors[0].code == "FRA" and a.actors[0].role == "GOV"
    assert a.quotes[0].code == "FRA" and a.quotes[0].sentence == 1 and not a.quotes[0].optional
    assert arts[1].events == ()


def test_pretty_json_with_text_file(tmp_path: Path):
    (tmp_path / "art.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    obj = _article(text_file="art.txt")
    del obj["text"]
    path = tmp_path / "one.gold.json"
    path.write_text(json.dumps(obj, indent=2))
    [a] = read_gold(path)
    assert a.text == ARTICLE_TEXT
    assert a.text_file == str(tmp_path / "art.txt")


def test_text_file_missing_leaves_text_none(tmp_path: Path):
    obj = _article(text_file="absent.txt")
    del obj["text"]
    path = tmp_path / "one.json"
    path.write_text(json.dumps(obj, indent=1))
    [a] = read_gold(path)
    assert a.text is None and a.text_file.endswith("absent.txt")


def test_root_from_cameo_and_old_codes(tmp_path: Path):
    ev = {"source": "JAP", "target": None, "cameo": "0231", "modality": "expected"}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(_article(events=[ev])) + "\n")
    [a] = read_gold(path)
    assert (a.events[0].source, a.events[0].target, a.events[0].root) == ("JPN", None, "02")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"events": [{"source": "FRA", "target": "DEU"}]}, "root"),
        ({"events": [{"source": "FRA", "root": "4x"}]}, "root"),
        ({"events": [{"source": "FRA", "root": "04", "modality": "rumoured"}]}, "modality"),
        ({"events": [{"source": 7, "root": "04"}]}, "actor code"),
        ({"sent_offsets": [10, 5]}, "sent_offsets"),
        ({"events": {"a": 1}}, "'events'"),
        ({"id": ""}, "id"),
    ],
)
def test_malformed_article_names_file_and_record(tmp_path: Path, bad, message):
    path = tmp_path / "bad.jsonl"
    good = json.dumps(_article(id="ok"))
    path.write_text(good + "\n" + json.dumps(_article(**{"id": "broken", **bad})) + "\n")
    with pytest.raises(GoldError) as err:
        read_gold(path)
    text = str(err.value)
    assert "bad.jsonl" in text and "line 2" in text and message in text


def test_invalid_json_line(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_article()) + "\n{not json\n")
    with pytest.raises(GoldError, match="line 2"):
        read_gold(path)


def test_unreadable_and_empty(tmp_path: Path):
    with pytest.raises(GoldError):
        read_gold(tmp_path / "missing.jsonl")
    (tmp_path / "empty.jsonl").write_text("  \n")
    with pytest.raises(GoldError, match="empty"):
        read_gold(tmp_path / "empty.jsonl")
    (tmp_path / "prose.txt").write_text("hello")
    with pytest.raises(GoldError, match="not a gold file"):
        read_gold(tmp_path / "prose.txt")


# ----------------------------------------------------------------------------- PLOVER GSR

PLOVER = [
    {"id": "P-DOCUMENT-1", "event": "DOCUMENT", "eventText": "documentation record"},
    {"id": "P-DEMAND-1", "date": "2001-05-06", "event": "DEMAND",
     "source": [{"actorText": "Tokyo", "code": "JAP", "sector": "GOV"}],
     "target": [{"actorText": "Lisbon", "code": "PRT"}, {"actorText": "Oslo", "code": "NOR"}],
     "eventText": "urged", "text": "Tokyo urged Lisbon and Oslo to act.",
     "textInfo": {"markup": "(SRC: Tokyo) (EVT: urged) (TAR: Lisbon) and (TAR: Oslo) to act."}},
    {"id": "P-AGREE-1", "date": "2001-05-07", "event": "AGREE",
     "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}],
     "target": "", "eventText": "agreed", "text": "Chile and Peru agreed to talk.",
     "textInfo": {"markup": "(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: agreed) to talk."}},
    {"id": "P-FIGHT-1", "date": "2001-05-08", "event": "FIGHT",
     "source": [{"actorText": "United Nations troops", "code": "IGO", "sector": "MIL"}],
     "target": "stray", "eventText": "clashed", "text": "United Nations troops clashed.",
     "textInfo": "(SRC: United Nations troops) (EVT: clashed)."},
    {"id": "P-FIGHT-1", "date": "2001-05-09", "event": "FIGHT",
     "source": [{"actorText": "gunmen", "code": "---"}],
     "target": [{"actorText": "Kenya", "code": "KEN"}], "eventText": "attacked",
     "text": "Gunmen attacked Kenyan police."},
]  # fmt: skip


def test_plover_list(tmp_path: Path):
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(PLOVER, indent=1))
    arts = read_gold(path)
    assert [a.id for a in arts] == ["P-DEMAND-1", "P-AGREE-1", "P-FIGHT-1", "P-FIGHT-1#2"]
    assert all(a.kind == "plover" and a.sent_offsets == (0,) for a in arts)
    demand, agree, fight, fight2 = arts
    assert demand.pub_date == "2001-05-06" and demand.text.startswith("Tokyo")
    pairs = {(e.source, e.target, e.plover, e.bilateral) for e in demand.events}
    assert pairs == {("JPN", "PRT", "REQUEST", False), ("JPN", "NOR", "REQUEST", False)}
    assert all(e.root is None and e.cameo is None and e.modality is None for e in demand.events)
    assert {a.code for a in demand.actors} == {"JPN", "PRT", "NOR"}
    assert [(e.source, e.target, e.bilateral) for e in agree.events] == [("CHL", "PER", True)]
    assert [(e.source, e.target, e.plover) for e in fight.events] == [("UN", None, "ASSAULT")]
    assert fight.actors[0].role == "MIL"
    assert [(e.source, e.target) for e in fight2.events] == [(None, "KEN")]


def test_plover_malformed(tmp_path: Path):
    bad = [dict(PLOVER[1], text="")]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(GoldError, match=r"p\.json: record 0 \(id 'P-DEMAND-1'\).*text"):
        read_gold(path)
    bad = [dict(PLOVER[1], source=[{"actorText": "x"}])]
    path.write_text(json.dumps(bad))
    with pytest.raises(GoldError, match="code"):
        read_gold(path)


def test_json_list_of_gold_articles(tmp_path: Path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([_article(), _article(id="a2")]))
    assert [a.kind for a in read_gold(path)] == ["article", "article"]


# ----------------------------------------------------------------------------- PETRARCH-2 XML

PETR = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
########################################
#   a banner that is not XML & has <odd> characters
########################################
<Sentences>
<Sentence category="WIRE" date="20310405" id="W1_1" evaluate="true"/>
<EventCoding eventcode="036" sourcecode="FRAGOV" targetcode="DEU" />
<EventCoding eventcode="036" sourcecode="DEU" targetcode="FRAGOV" />
<EventCoding eventcode="173" sourcecode="JAPCOP" targetcode="---REB" />
<Text>
The French government and Germany said they would meet, and Japanese
police arrested rebels &amp; smugglers.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
</Parse>
</Sentence>

<!-- <Sentence id="COMMENTED" evaluate="true"/> -->
<Sentence category="WIRE" date="20310406" id="W2_1" evaluate="false"/>
<EventCoding eventcode="190" sourcecode="USA" targetcode="CAN" />
<Text>Not to be evaluated.</Text>

<Sentence category="TEST" date="99" id="T3" evaluate="true">
<EventCoding noevents="True" />
<Text>
Nothing happened today.
</Text>
</Sentence>
<Sentence id="T4">
<EventCoding eventcode="112" sourcecode="IGOUNO" targetcode="RUS" />
<Text>The UN accused Russia.</Text>
</Sentences>
</Validation>
"""


def test_petr2_xml(tmp_path: Path):
    path = tmp_path / "petr.xml"
    path.write_text(PETR)
    arts = read_gold(path)
    assert [a.id for a in arts] == ["W1_1", "T3", "T4"]
    w1, t3, t4 = arts
    assert w1.kind == "petr2" and w1.pub_date == "2031-04-05" and w1.sent_offsets == (0,)
    assert w1.text == (
        "The French government and Germany said they would meet, and Japanese "
        "police arrested rebels & smugglers."
    )
    evs = [(e.source, e.target, e.root, e.cameo, e.bilateral) for e in w1.events]
    assert evs == [("FRA", "DEU", "03", "036", True), ("JPN", None, "17", "173", False)]
    assert t3.events == () and t3.pub_date is None
    assert [(e.source, e.target, e.root) for e in t4.events] == [("UN", "RUS", "11")]


def test_petr2_malformed(tmp_path: Path):
    path = tmp_path / "petr.xml"
    path.write_text('<Sentences>\n<Sentence id="X9" evaluate="true"/>\n<Text>x</Text>\n'
                    '<EventCoding eventcode="1x" sourcecode="USA" targetcode="RUS"/>\n')  # fmt: skip
    with pytest.raises(GoldError, match=r"petr\.xml: line 2 \(id 'X9'\).*eventcode"):
        read_gold(path)
    path.write_text('<Sentences>\n<Sentence id="X8"/>\n<EventCoding noevents="True"/>\n')
    with pytest.raises(GoldError, match="X8.*Text"):
        read_gold(path)
    path.write_text("<Validation></Validation>")
    with pytest.raises(GoldError, match="no <Sentence>"):
        read_gold(path)


# ----------------------------------------------------------------------------- predictions


def test_read_predictions(tmp_path: Path):
    (tmp_path / "a1.json").write_text(json.dumps({"events": [], "tag": "file"}))
    lines = [
        {"gold_id": "a1", "tag": "jsonl"},
        {"article": {"id": "a2"}, "tag": "by article id"},
        {"gold_id": "a3", "article": {"id": "zz"}, "tag": "gold_id wins"},
    ]
    (tmp_path / "run.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    preds = read_predictions(tmp_path, ["a1", "a2", "a3", "a4"])
    assert preds["a1"]["tag"] == "file"
    assert preds["a2"]["tag"] == "by article id"
    assert preds["a3"]["tag"] == "gold_id wins"
    assert "a4" not in preds


def test_read_predictions_errors(tmp_path: Path):
    with pytest.raises(InputError):
        read_predictions(tmp_path / "nope", ["a"])
    (tmp_path / "x.jsonl").write_text('{"events": []}\n')
    with pytest.raises(InputError, match="gold_id"):
        read_predictions(tmp_path, ["a"])


def test_gold_article_is_frozen():
    art = GoldArticle("x", None, None, None, (), (), (), ())
    with pytest.raises(AttributeError):
        art.id = "y"  # type: ignore[misc]


# ----------------------------------------------------------------------------- properties


_EVENT = st.fixed_dictionaries(
    {
        "source": st.sampled_from(["USA", "RUS", "UN", "NATO", None]),
        "target": st.sampled_from(["CHN", "UKR", "EU", None]),
        "cameo": st.sampled_from(["010", "0231", "042", "112", "190"]),
        "modality": st.sampled_from(["asserted", "alleged", "denied", "expected", None]),
        "optional": st.booleans(),
        "bilateral": st.booleans(),
        "sentence": st.integers(0, 40),
        "note": st.text(max_size=30),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_EVENT, max_size=5), min_size=1, max_size=4), st.booleans())
def test_jsonl_round_trip(tmp_path_factory, articles, pretty):
    path = tmp_path_factory.mktemp("rt") / "g.jsonl"
    objs = []
    for i, events in enumerate(articles):
        evs = [dict(e, root=e["cameo"][:2]) for e in events]
        objs.append({"id": f"r{i}", "text": "t", "events": evs})
    if pretty and len(objs) == 1:
        path.write_text(json.dumps(objs[0], indent=2))
    else:
        path.write_text("".join(json.dumps(o) + "\n" for o in objs))
    arts = read_gold(path)
    assert [a.id for a in arts] == [o["id"] for o in objs]
    for a, o in zip(arts, objs, strict=True):
        got = [
            (
                e.source,
                e.target,
                e.root,
                e.cameo,
                e.modality,
                e.optional,
                e.bilateral,
                e.sentence,
                e.note,
            )
            for e in a.events
        ]
        want = [
            (e["source"], e["target"], e["root"], e["cameo"], e["modality"], e["optional"],
             e["bilateral"], e["sentence"], e["note"])
            for e in o["events"]
        ]  # fmt: skip
        assert got == want


def test_petr2_empty_text_is_read_from_the_parse(tmp_path: Path):
    path = tmp_path / "petr.xml"
    path.write_text(
        '<Sentences>\n<Sentence id="E1" evaluate="true"/>\n'
        '<EventCoding eventcode="190" sourcecode="NGAREB" targetcode="NGA" />\n'
        "<Text>\n</Text>\n<Parse>\n1\tRebels\trebel\tNOUN\n2\tattacked\tattack\tVERB\n"
        "3\tLagos\tLagos\tPROPN\n4\t's\t's\tPART\n5\tport\tport\tNOUN\n6\t.\t.\tPUNCT\n"
        "</Parse></Sentence>\n</Sentences>\n"
    )
    (art,) = read_gold(path)
    assert art.text == "Rebels attacked Lagos's port."
