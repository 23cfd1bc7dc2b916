"""Speech acts implied by reported attacks (events/claims.py)."""

from __future__ import annotations

import pytest

from eventwire import extract

pytestmark = pytest.mark.model


def _coded(text):
    return {
        (e.source and e.source.code, e.target and e.target.code, e.cameo, e.modality.value)
        for e in extract(text).events
    }


def test_an_explicit_claim_that_another_attacked_is_an_accusation(nlp):
    got = _coded("Washington claimed that the Syrian army attacked the convoy.")
    assert ("USA", "SYR", "112", "asserted") in got
    assert any(c[0] == "SYR" and c[2].startswith("19") and c[3] == "alleged" for c in got)


def test_the_attackers_own_claim_is_a_claim_of_responsibility(nlp):
    got = _coded("The Taliban claimed they had attacked the Pakistani army post.")
    assert ("AFG", "PAK", "015", "asserted") in got


def test_the_victims_word_accuses_the_attacker(nlp):
    got = _coded("Georgia said Russian jets bombed Georgian villages on Friday.")
    assert ("GEO", "RUS", "112", "asserted") in got


def test_plain_reporting_of_an_attack_is_no_accusation(nlp):
    got = _coded("Police said Serbian gunmen attacked a checkpoint near the town.")
    assert not any(c[2] == "112" for c in got)


def test_a_report_of_a_meeting_implies_nothing(nlp):
    got = _coded("Officials claimed that Iran met Iraqi envoys in secret.")
    assert not any(c[2] in ("112", "015") for c in got)


def test_a_rights_groups_report_of_violence_accuses_the_perpetrator_of_abuses(nlp):
    got = _coded("Human Rights Watch said Sudanese soldiers had shot dead twelve protesters.")
    assert ("HRW", "SDN", "1122", "asserted") in got
    assert any(c[0] == "SDN" and c[2].startswith("19") and c[3] == "alleged" for c in got)


def test_a_monitor_coded_by_its_country_is_no_victim_of_the_attack(nlp):
    got = _coded(
        "The Syrian Observatory for Human Rights said eight people were killed in an air "
        "strike by government forces in Aleppo."
    )
    assert ("SYR", None, "1122", "asserted") in got
    assert not any(c[2] == "112" for c in got)


def test_an_event_noun_in_the_reported_clause_is_reported(nlp):
    got = _coded("Amnesty International said ten villagers were killed in an attack by Malian "
                 "troops on Burkinabe herders.")
    assert ("AMNESTY", "MLI", "1122", "asserted") in got


def test_an_event_noun_in_a_phrase_of_the_speech_verb_is_not_reported(nlp):
    got = _coded("Human Rights Watch said in a report on the Malian army's raid that it "
                 "had interviewed forty witnesses.")
    assert not any(c[2].startswith("112") for c in got)
