"""English check by function-word share."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.sources.language import is_english

ENGLISH = (
    "The foreign minister said on Tuesday that the government would recall its ambassador "
    "after the remarks of the neighbouring president, and that talks should resume next week."
)
FRENCH = (
    "Le ministre des Affaires étrangères a annoncé mardi que le gouvernement allait rappeler "
    "son ambassadeur après les déclarations du président voisin, et que le dialogue doit reprendre."
)
GERMAN = (
    "Der Außenminister hat am Dienstag angekündigt, dass die Regierung ihren Botschafter "
    "zurückrufen wird, nachdem der Präsident des Nachbarlandes scharfe Kritik geäußert hatte."
)
SPANISH = (
    "El ministro de Relaciones Exteriores anunció el martes que el gobierno llamará a consultas "
    "a su embajador tras las declaraciones del presidente del país vecino sobre la crisis."
)
RUSSIAN = (
    "Министр иностранных дел объявил во вторник, что правительство отзовет своего посла после "
    "заявлений президента соседней страны, и призвал возобновить диалог на следующей неделе."
)
CHINESE = (
    "外交部长周二宣布，在邻国总统发表声明后，政府将召回其大使。据发言人称，两国应在下周恢复对话。"
)


def test_english_prose_is_english():
    assert is_english(ENGLISH) is True


def test_other_languages_are_not_english():
    for text in (FRENCH, GERMAN, SPANISH, RUSSIAN, CHINESE):
        assert is_english(text) is False, text[:30]


def test_short_texts_are_undecided():
    assert is_english("Le ministre a annoncé mardi sa démission.") is None
    assert is_english("Talks resume") is None
    assert is_english("") is None


def test_english_with_foreign_names_is_english():
    text = (
        "Hossam Abdel Aziz met Dawit Alemu and Tran Minh Duc in Addis Ababa on Monday, and "
        "the three ministers said they had agreed to meet again in Hanoi in March."
    )
    assert is_english(text) is True


@given(st.text(max_size=500))
def test_never_raises(text):
    assert is_english(text) in (True, False, None)
