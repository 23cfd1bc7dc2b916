"""The coder's word lists live in ``knowledge/data/coder.yaml``; the loader checks their shape.
Common news wordings reach their CAMEO code through the whole coder."""

from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.events import coder
from eventwire.events.coder import _load_words, code_events


def test_packaged_lists_are_loaded():
    assert "announce" in coder.LIGHT_VERBS
    assert "thousands" in coder.GROUP_HEADS
    assert "say" in coder.OBLIGATION_SPEECH_VERBS
    assert "ton" in coder.QUANTITY_HEADS
    assert {"if", "unless"} <= coder.CONDITION_MARKS


def test_every_packaged_word_is_lowercase():
    for name in ("LIGHT_VERBS", "GROUP_HEADS", "STAND_IN_NOUNS", "ATTEMPT_VERBS"):
        assert all(w == w.lower() and " " not in w for w in getattr(coder, name)), name


@pytest.mark.parametrize(
    "text",
    ["- a\n- b\n", "light_verbs: announce\n", "light_verbs: [Announce]\n", "x: [a\n"],
)
def test_malformed_lists_are_rejected(text):
    with pytest.raises(KnowledgeError):
        _load_words(text, "test.yaml")


def test_well_formed_lists_load_as_sets():
    assert _load_words("a: [x, y]\nb: []\n") == {"a": frozenset({"x", "y"}), "b": frozenset()}


# ----------------------------------------------------------------------------- wordings
# Common wire-news wordings and the CAMEO code they take through the whole coder (patterns in
# knowledge/data/verbs.yaml, refinement by topic in refinements.yaml). Sentences written here.

# (sentence, actors as (words, code), trigger word, expected code, expected target code)
WORDINGS = [
    (
        "Indian police shared evidence with Pakistan about the bombing.",
        [("Indian police", "IND"), ("Pakistan", "PAK")],
        "shared",
        "064",
        "PAK",
    ),
    (
        "Kenyan engineers shared their expertise with Uganda.",
        [("Kenyan engineers", "KEN"), ("Uganda", "UGA")],
        "shared",
        "060",
        "UGA",
    ),
    (
        "Norwegian doctors donated medicine to Gaza.",
        [("Norwegian doctors", "NOR"), ("Gaza", "PSE")],
        "donated",
        "073",
        "PSE",
    ),
    (
        "Swiss doctors handed over medicine to Iran.",
        [("Swiss doctors", "CHE"), ("Iran", "IRN")],
        "handed",
        "073",
        "IRN",
    ),
    (
        "UN helicopters evacuated wounded civilians from Aleppo.",
        [("UN helicopters", "UN"), ("Aleppo", "SYR")],
        "evacuated",
        "073",
        "SYR",
    ),
    (
        "The IAEA dispatched inspectors to Syria.",
        [("IAEA", "IAEA"), ("Syria", "SYR")],
        "dispatched",
        "090",
        "SYR",
    ),
    (
        "The Indian supreme court opened a hearing into the arrests.",
        [("Indian supreme court", "IND")],
        "opened",
        "090",
        None,
    ),
    (
        "The Peruvian government scrapped restrictions on Bolivian traders.",
        [("Peruvian government", "PER"), ("Bolivian traders", "BOL")],
        "scrapped",
        "081",
        "BOL",
    ),
    (
        "President Mubarak shortened the curfew in Egypt on Thursday.",
        [("President Mubarak", "EGY"), ("Egypt", "EGY")],
        "shortened",
        "0813",
        "EGY",  # a measure on the leader's own country: its population is the target
    ),
    (
        "Nepalese opposition parties organized a general strike.",
        [("Nepalese opposition parties", "NPL")],
        "organized",
        "143",
        None,
    ),
    (
        "Kenyan prisoners began a hunger strike.",
        [("Kenyan prisoners", "KEN")],
        "began",
        "142",
        None,
    ),
    (
        "Ethiopian troops completed their withdrawal from Somalia.",
        [("Ethiopian troops", "ETH"), ("Somalia", "SOM")],
        "completed",
        "087",
        "SOM",
    ),
    (
        "Israel strengthened its forces in Lebanon.",
        [("Israel", "ISR"), ("Lebanon", "LBN")],
        "strengthened",
        "154",
        "LBN",
    ),
    (
        "Egypt cut water supplies to Gaza.",
        [("Egypt", "EGY"), ("Gaza", "PSE")],
        "cut",
        "1623",
        "PSE",
    ),
    (
        "Kenyan police abused Somali refugees.",
        [("Kenyan police", "KEN"), ("Somali refugees", "SOM")],
        "abused",
        "182",
        "SOM",
    ),
    (
        "Uganda forced the Kenyan diplomats out of the country.",
        [("Uganda", "UGA"), ("Kenyan diplomats", "KEN")],
        "forced",
        "166",
        "KEN",
    ),
    (
        "Israel mounted an invasion of Lebanon.",
        [("Israel", "ISR"), ("Lebanon", "LBN")],
        "mounted",
        "190",
        "LBN",
    ),
    (
        "Serbian forces carried out ethnic cleansing against Albanians.",
        [("Serbian forces", "SRB"), ("Albanians", "ALB")],
        "carried",
        "203",
        "ALB",
    ),
    (
        "Japan reached an understanding with China on fishing.",
        [("Japan", "JPN"), ("China", "CHN")],
        "reached",
        "030",
        "CHN",
    ),
    (
        "Brazil accepted refugees from Haiti.",
        [("Brazil", "BRA"), ("Haiti", "HTI")],
        "accepted",
        "075",
        "HTI",
    ),
    (
        "The Chilean judge opened an investigation against Peruvian officials.",
        [("Chilean judge", "CHL"), ("Peruvian officials", "PER")],
        "opened",
        "090",
        "PER",
    ),
    (
        "Iraqi Kurds sought refuge in Turkey.",
        [("Iraqi Kurds", "IRQ"), ("Turkey", "TUR")],
        "sought",
        "0233",
        "TUR",
    ),
    (
        "Egypt demanded the withdrawal of Israeli forces from Gaza.",
        [("Egypt", "EGY"), ("Israeli forces", "ISR")],
        "demanded",
        "1056",
        "ISR",
    ),
    (
        "The Israeli army introduced a curfew in Hebron.",
        [("Israeli army", "ISR"), ("Hebron", "PSE")],
        "introduced",
        "1723",
        "PSE",
    ),
    (
        "The United States banned aid to Albanian rebels.",
        [("United States", "USA"), ("Albanian rebels", "ALB")],
        "banned",
        "162",
        "ALB",
    ),
    (
        "Washington denied entry to Iranian officials.",
        [("Washington", "USA"), ("Iranian officials", "IRN")],
        "denied",
        "163",  # an entry ban, not a denial of responsibility (016)
        "IRN",
    ),
    (
        "The Zambian president reneged on his promise of early elections.",
        [("Zambian president", "ZMB")],
        "reneged",
        "120",
        None,
    ),
    (
        "Syrian refugees are continuing a hunger strike in Moscow.",
        [("Syrian refugees", "SYR"), ("Moscow", "RUS")],
        "continuing",
        "142",  # a strike qualified by hunger: no military strike (190) either
        "RUS",
    ),
    (
        "Sri Lanka opened an embassy in Iran.",
        [("Sri Lanka", "LKA"), ("Iran", "IRN")],
        "opened",
        "054",  # the mirror of closing an embassy (161)
        "IRN",
    ),
    (
        "The Arab League reiterated its demand that Israel free the prisoners.",
        [("Arab League", "ARAB_LEAGUE"), ("Israel", "ISR")],
        "reiterated",
        "100",  # the demanded party is the subject of the demand's clause
        "ISR",
    ),
    (
        "Kenya repeated its appeal to Uganda for calm.",
        [("Kenya", "KEN"), ("Uganda", "UGA")],
        "repeated",
        "0256",  # an appeal for calm, like "urged restraint" (verbs.yaml)
        "UGA",
    ),
    (
        "The Turkish government denied permission for the march.",
        [("Turkish government", "TUR")],
        "denied",
        "120",  # refusing a request, not denying an accusation (016)
        None,
    ),
    (
        "Israel denied access to UN investigators.",
        [("Israel", "ISR"), ("UN", "UN")],
        "denied",
        "1245",  # the refusal of "allow access" (086)
        "UN",
    ),
    (
        "Egyptian police prevented a demonstration by Coptic students.",
        [("Egyptian police", "EGY"), ("Coptic students", "COP")],
        "prevented",
        "1721",
        "COP",
    ),
    (
        "Kenyan nurses downed tools on Monday.",
        [("Kenyan nurses", "KEN")],
        "downed",
        "143",
        None,
    ),
    (
        "The rebels issued a demand that Kenya free their leader.",
        [("rebels", "REB"), ("Kenya", "KEN")],
        "issued",
        "100",
        "KEN",
    ),
    (
        "Ghana sent peacekeeping troops to Liberia.",
        [("Ghana", "GHA"), ("Liberia", "LBR")],
        "sent",
        "074",
        "LBR",
    ),
    (
        "Thai soldiers traded fire with Cambodian troops on Sunday.",
        [("Thai soldiers", "THA"), ("Cambodian troops", "KHM")],
        "traded",
        "193",  # an exchange of gunfire, not trade (061)
        "KHM",
    ),
    (
        "IAEA experts inspected nuclear sites in Iran.",
        [("IAEA experts", "IAEA"), ("Iran", "IRN")],
        "inspected",
        "090",
        "IRN",
    ),
    (
        "Moscow suspended flights to Georgia after the arrests.",
        [("Moscow", "RUS"), ("Georgia", "GEO")],
        "suspended",
        "160",
        "GEO",
    ),
    (
        "Mali granted permission to France to use its airspace.",
        [("Mali", "MLI"), ("France", "FRA")],
        "granted",
        "080",
        "FRA",
    ),
    (
        "The Peruvian president attended the summit on Friday.",
        [("Peruvian president", "PER")],
        "attended",
        "042",  # the host country comes from the summit's place (events/context.py)
        None,
    ),
    (
        "Thousands of Nigerian dockworkers stopped work on Tuesday.",
        [("Nigerian dockworkers", "NGA")],
        "stopped",
        "143",
        None,
    ),
    (
        "Armed settlers set fire to a Palestinian school near Nablus.",
        [("Armed settlers", "ISR"), ("Palestinian school", "PSE")],
        "set",
        "1712",  # "fire" is parsed as the object, not a particle
        "PSE",
    ),
    (
        "Sudanese troops captured a rebel stronghold after heavy fighting.",
        [("Sudanese troops", "SDN")],
        "captured",
        "192",
        None,
    ),
    (
        "Libya handed over to Italy two suspects in the smuggling case.",
        [("Libya", "LBY"), ("Italy", "ITA")],
        "handed",
        "084",  # the receiver told before the object
        "ITA",
    ),
    (
        "Kenya met the demands of the Somali traders.",
        [("Kenya", "KEN"), ("Somali traders", "SOM")],
        "met",
        "080",  # meeting demands is yielding, not a meeting (040)
        "SOM",
    ),
    (
        "Lebanese militants have sworn revenge against Israel.",
        [("Lebanese militants", "LBN"), ("Israel", "ISR")],
        "sworn",
        "130",
        "ISR",
    ),
    (
        "Israel sped up the withdrawal of its troops from Gaza.",
        [("Israel", "ISR"), ("Gaza", "PSE")],
        "sped",
        "087",  # a military pull-back, not a withdrawal from an organisation (166)
        "PSE",
    ),
    (
        "Liberian rebels took weapons from Nigerian peacekeepers.",
        [("Liberian rebels", "LBR"), ("Nigerian peacekeepers", "NGA")],
        "took",
        "171",  # the arms' holder is the target
        "NGA",
    ),
    (
        "Somali militiamen stole ammunition from the Kenyan army.",
        [("Somali militiamen", "SOM"), ("Kenyan army", "KEN")],
        "stole",
        "171",
        "KEN",
    ),
    (
        "Syrian forces launched fire on Lebanese border villages.",
        [("Syrian forces", "SYR"), ("Lebanese border villages", "LBN")],
        "launched",
        "190",
        "LBN",
    ),
    (
        "Egyptian police opened fire upon Sudanese migrants near the border.",
        [("Egyptian police", "EGY"), ("Sudanese migrants", "SDN")],
        "opened",
        "193",
        "SDN",
    ),
    (
        "Lebanese police confiscated weapons and explosives from Syrian smugglers.",
        [("Lebanese police", "LBN"), ("Syrian smugglers", "SYR")],
        "confiscated",
        "1711",
        "SYR",
    ),
    (
        "The African Union will send observers to Zimbabwe for the election.",
        [("African Union", "AU"), ("Zimbabwe", "ZWE")],
        "send",
        "090",  # observers are inspectors to CAMEO (0862, 1662)
        "ZWE",
    ),
    (
        "The OSCE dispatched monitors to Georgia.",
        [("OSCE", "OSCE"), ("Georgia", "GEO")],
        "dispatched",
        "090",
        "GEO",
    ),
    (
        "The Indian navy launched exercises with the French navy on Monday.",
        [("Indian navy", "IND"), ("French navy", "FRA")],
        "launched",
        "062",  # with a partner: military cooperation, not a show of force (150)
        "FRA",
    ),
    (
        "Chinese warships held war games with Russian vessels.",
        [("Chinese warships", "CHN"), ("Russian vessels", "RUS")],
        "held",
        "062",
        "RUS",
    ),
    (
        "Israel imposed a news blackout on Gaza.",
        [("Israel", "ISR"), ("Gaza", "PSE")],
        "imposed",
        "1721",  # silencing the news from a place: restricting speech (CAMEO 1721)
        "PSE",
    ),
    # aid deliveries: what is delivered says which aid, the receiver is the target
    (
        "Latvia supplied anti-aircraft systems to Moldova.",
        [("Latvia", "LVA"), ("Moldova", "MDA")],
        "supplied",
        "072",
        "MDA",
    ),
    (
        "Portugal transferred two corvettes to Angola.",
        [("Portugal", "PRT"), ("Angola", "AGO")],
        "transferred",
        "072",
        "AGO",
    ),
    (
        "Belgium provided Congo with helicopters and rifles.",
        [("Belgium", "BEL"), ("Congo", "COD")],
        "provided",
        "072",
        "COD",
    ),
    (
        "South Korea gave five million dollars to Mongolia.",
        [("South Korea", "KOR"), ("Mongolia", "MNG")],
        "gave",
        "071",
        "MNG",
    ),
    (
        "Austria sent ambulances to Bosnia.",
        [("Austria", "AUT"), ("Bosnia", "BIH")],
        "sent",
        "073",
        "BIH",
    ),
    (
        "Turkey delivered 40 tonnes of food aid to Syria.",
        [("Turkey", "TUR"), ("Syria", "SYR")],
        "delivered",
        "073",  # the tonnes are of food aid: humanitarian, not aid in general (070)
        "SYR",
    ),
    (
        "Denmark pledged three million euros for Eritrea.",
        [("Denmark", "DNK"), ("Eritrea", "ERI")],
        "pledged",
        "0331",
        "ERI",
    ),
    (
        "Ireland pledged two million euros in humanitarian aid to Chad.",
        [("Ireland", "IRL"), ("Chad", "TCD")],
        "pledged",
        "0333",  # the sum is in humanitarian aid: an intent to give humanitarian aid
        "TCD",
    ),
    (
        "Qatar hosted talks between the Sudanese army and the rebels.",
        [("Qatar", "QAT"), ("Sudanese army", "SDN")],
        "hosted",
        "043",  # the host of others' meeting receives the parties named
        "SDN",
    ),
    (
        "Norway hosted a peace conference in Oslo on Monday.",
        [("Norway", "NOR")],
        "hosted",
        "043",
        None,
    ),
    (
        "A Pakistani court denied bail to the Afghan journalist.",
        [("Pakistani court", "PAK"), ("Afghan journalist", "AFG")],
        "denied",
        "1243",  # declining to release, not a denial of responsibility (016)
        "AFG",
    ),
    (
        "A Russian judge refused bail for the American reporter.",
        [("Russian judge", "RUS"), ("American reporter", "USA")],
        "refused",
        "1243",
        "USA",
    ),
    (
        "Russian air defences shot down a Ukrainian drone.",
        [("Russian air defences", "RUS"), ("Ukrainian drone", "UKR")],
        "shot",
        "190",  # bringing down aircraft is no small-arms fire (193)
        "UKR",
    ),
    # what an appeal or a demand asks for refines it (refinements.yaml)
    ("Egypt called for a ceasefire in Gaza.", [("Egypt", "EGY")], "called", "0256", None),
    (
        "Kenya called for the release of the Somali journalists.",
        [("Kenya", "KEN")],
        "called",
        "0253",
        None,
    ),
    (
        "The Ugandan opposition pressed for the resignation of the president.",
        [("Ugandan opposition", "UGA")],
        "pressed",
        "1041",
        None,
    ),
    (
        "Germany called for talks with Iran.",
        [("Germany", "DEU"), ("Iran", "IRN")],
        "called",
        "026",
        "IRN",
    ),
    (
        "Germany appealed to Iran for restraint.",
        [("Germany", "DEU"), ("Iran", "IRN")],
        "appealed",
        "0256",
        "IRN",
    ),
    ("Kenya pushed for a ceasefire in Somalia.", [("Kenya", "KEN")], "pushed", "0256", None),
    (
        "Iranian hackers hacked into the computers of Israeli banks.",
        [("Iranian hackers", "IRN"), ("Israeli banks", "ISR")],
        "hacked",
        "170",
        "ISR",
    ),
    (
        "The Kenyan president spoke on Tuesday with the Somali leader.",
        [("Kenyan president", "KEN"), ("Somali leader", "SOM")],
        "spoke",
        "040",  # "on Tuesday" is no topic of a statement (010)
        "SOM",
    ),
    # troops pulled out of a country: a military pull-back (087), not an expulsion (166)
    (
        "Uganda pulled out its troops from Congo.",
        [("Uganda", "UGA"), ("Congo", "COD")],
        "pulled",
        "087",
        "COD",
    ),
    # opposing a mediation rejects it (126), not a plain disapproval (110)
    (
        "Chile opposes any Argentine mediation in the border dispute.",
        [("Chile", "CHL"), ("Argentine mediation", "ARG")],
        "opposes",
        "126",
        "ARG",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,actors,trigger,code,target", WORDINGS)
def test_news_wordings_take_their_cameo_code(
    nlp, patterns, make_mention, text, actors, trigger, code, target
):
    doc = nlp(text)
    mentions = [make_mention(doc, words, c) for words, c in actors]
    got = [
        (e.code, e.target.code if e.target else None)
        for e in code_events(doc, mentions, patterns)
        if doc[e.trigger].text == trigger
    ]
    assert (code, target) in got, got


# a strike by workers or prisoners is no military strike (190), even with a place after it
NOT_MILITARY = [
    (
        "Nepalese opposition parties organized a general strike in Kathmandu.",
        [("Nepalese opposition parties", "NPL"), ("Kathmandu", "NPL")],
        "organized",
    ),
    (
        "Kenyan prisoners began a hunger strike in Nairobi.",
        [("Kenyan prisoners", "KEN"), ("Nairobi", "KEN")],
        "began",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,actors,trigger", NOT_MILITARY)
def test_labour_strikes_are_no_military_strikes(nlp, patterns, make_mention, text, actors, trigger):
    doc = nlp(text)
    mentions = [
        make_mention(doc, words, c, kind=k)
        for (words, c), k in zip(actors, ("group", "place"), strict=True)
    ]
    events = code_events(doc, mentions, patterns)
    codes = {e.code for e in events if doc[e.trigger].text in (trigger, "strike")}
    assert codes and not any(c.startswith("19") for c in codes), codes
