"""Build a throughput corpus from the bundled samples: ``make_corpus.py OUT_DIR --n 300 --seed 7``.

Each generated article starts from one sample text, drops or borrows a few paragraphs, and then
applies systematic substitutions so no two articles are alike and the extractors see varied
input: every country found in the text is swapped for another (name, demonym and capital
together), officials named after a title get invented names (full name and surname alone), and
the whole article is moved to a new date (datelines, "Month D" mentions and weekday names shift
by the same number of days). The result is deterministic for a given seed and written as .txt
files with header blocks. Prints one summary line.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from eventwire.sources.normalise import normalise_date, normalise_text
from eventwire.sources.text import parse_header

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# names (spelling variants separated by ";") | demonym | capital
COUNTRIES = """
Vietnam|Vietnamese|Hanoi
South Korea|South Korean|Seoul
North Korea|North Korean|Pyongyang
Ghana|Ghanaian|Accra
Côte d'Ivoire;Côte d’Ivoire;Ivory Coast|Ivorian|Abidjan
China|Chinese|Beijing
Belarus|Belarusian|Minsk
Georgia|Georgian|Tbilisi
Tunisia|Tunisian|Tunis
Japan|Japanese|Tokyo
Bangladesh|Bangladeshi|Dhaka
Egypt|Egyptian|Cairo
Ethiopia|Ethiopian|Addis Ababa
Sudan|Sudanese|Khartoum
Colombia|Colombian|Bogota
Poland|Polish|Warsaw
Russia|Russian|Moscow
Brazil|Brazilian|Brasilia
Argentina|Argentine|Buenos Aires
Haiti|Haitian|Port-au-Prince
Turkey|Turkish|Ankara
Iraq|Iraqi|Baghdad
Kenya|Kenyan|Nairobi
Lithuania|Lithuanian|Vilnius
India|Indian|New Delhi
Ukraine|Ukrainian|Kyiv
Indonesia|Indonesian|Jakarta
Nigeria|Nigerian|Abuja
Mexico|Mexican|Mexico City
Chile|Chilean|Santiago
Morocco|Moroccan|Rabat
Pakistan|Pakistani|Islamabad
Thailand|Thai|Bangkok
Canada|Canadian|Ottawa
Australia|Australian|Canberra
Senegal|Senegalese|Dakar
Peru|Peruvian|Lima
Norway|Norwegian|Oslo
Serbia|Serbian|Belgrade
Cuba|Cuban|Havana
Venezuela|Venezuelan|Caracas
Jordan|Jordanian|Amman
Malaysia|Malaysian|Kuala Lumpur
"""

FIRST_NAMES = [
    "Amara",
    "Daniel",
    "Elena",
    "Farid",
    "Hiroshi",
    "Ines",
    "Jonas",
    "Karin",
    "Leon",
    "Maya",
    "Nadia",
    "Oscar",
    "Priya",
    "Rafael",
    "Selin",
    "Tomas",
    "Ulla",
    "Viktor",
    "Wen",
    "Yara",
    "Zoran",
    "Amina",
    "Bruno",
    "Carmen",
    "Dmitri",
    "Esther",
    "Femi",
    "Goran",
]
LAST_NAMES = [
    "Adeyemi",
    "Bakker",
    "Castillo",
    "Demir",
    "Eriksen",
    "Fontaine",
    "Garcia",
    "Hashemi",
    "Ivanova",
    "Jensen",
    "Kamau",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okonjo",
    "Petrovic",
    "Quintero",
    "Rahimi",
    "Silva",
    "Takeda",
    "Umarov",
    "Varga",
    "Wolff",
    "Xavier",
    "Yilmaz",
    "Zapata",
    "Mensah",
    "Haddad",
    "Novak",
    "Chaudhry",
]

_TITLED_NAME = re.compile(
    r"(?:President|Minister|minister|[Ss]pokes(?:man|woman|person)|Ambassador|General|Colonel|"
    r"adviser|negotiator|leader|researcher|counterpart|chief)[,:]?\s+"
    r"((?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+)"
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_ABBR = {"Jan": 1, "Feb": 2, "Aug": 8, "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(MONTHS + sorted(_MONTH_ABBR, key=len, reverse=True)) + r")\.? (\d{1,2})\b"
)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
FIRST_DAY, LAST_DAY = date(2023, 1, 1), date(2025, 12, 31)


@dataclass(frozen=True)
class Sample:
    """One bundled sample: header fields and its paragraphs (the first holds the headline)."""

    fields: dict[str, str]
    paragraphs: tuple[str, ...]


def load_samples(folder: Path) -> list[Sample]:
    """All .txt samples of ``folder``, split into paragraphs at blank lines."""
    samples = []
    for path in sorted(folder.glob("*.txt")):
        text = normalise_text(path.read_text(encoding="utf-8"))
        fields, start = parse_header(text)
        paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", text[start:]) if p.strip())
        if len(paragraphs) >= 3:
            samples.append(Sample(fields, paragraphs))
    return samples


@dataclass(frozen=True)
class Country:
    names: tuple[str, ...]  # spelling variants; the first is written into new text
    demonym: str
    capital: str

    def words(self) -> tuple[str, ...]:
        return (*self.names, self.demonym, self.capital)


def countries() -> list[Country]:
    rows = [line.split("|") for line in COUNTRIES.strip().splitlines()]
    return [Country(tuple(names.split(";")), dem, cap) for names, dem, cap in rows]


def _whole_word(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def country_map(text: str, rng: random.Random) -> dict[str, str]:
    """Swap every country named in ``text`` for a different one not named there."""
    table = countries()
    present = [c for c in table if any(_whole_word(w, text) for w in c.words())]
    pool = [c for c in table if c not in present]
    rng.shuffle(pool)
    mapping: dict[str, str] = {}
    for old, new in zip(present, pool, strict=False):
        pairs = [(name, new.names[0]) for name in old.names]
        pairs += [(old.demonym, new.demonym), (old.capital, new.capital)]
        for old_word, new_word in pairs:
            mapping[old_word] = new_word
            mapping[old_word.upper()] = new_word.upper()  # datelines: "SEOUL, March 14"
    return mapping


def name_map(text: str, rng: random.Random) -> dict[str, str]:
    """Invented names for officials named after a title; surnames alone follow suit."""
    mapping: dict[str, str] = {}
    for full in dict.fromkeys(m.group(1) for m in _TITLED_NAME.finditer(text)):
        new_last = rng.choice(LAST_NAMES)
        mapping[full] = f"{rng.choice(FIRST_NAMES)} {new_last}"
        mapping.setdefault(full.split()[-1], new_last)
    return mapping


def substitute(text: str, mapping: dict[str, str]) -> str:
    """Replace whole-word keys of ``mapping`` in one pass, longest keys first."""
    if not mapping:
        return text
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])")
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def shift_dates(text: str, old: date, new: date) -> str:
    """Move "Month D" mentions and weekday names by the days between ``old`` and ``new``."""
    delta = new - old

    def month_day(match: re.Match[str]) -> str:
        word, day = match.group(1), int(match.group(2))
        month = MONTHS.index(word) + 1 if word in MONTHS else _MONTH_ABBR[word]
        try:
            moved = date(old.year, month, day) + delta
        except ValueError:
            return match.group(0)
        name = MONTHS[moved.month - 1]
        return f"{name if word in MONTHS else name[:3]} {moved.day}"

    text = _MONTH_DAY.sub(month_day, text)
    return _WEEKDAY.sub(lambda m: WEEKDAYS[(WEEKDAYS.index(m.group(1)) + delta.days) % 7], text)


def random_day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def compose(base: Sample, others: list[Sample], rng: random.Random) -> list[str]:
    """Paragraphs of one article: the base's, minus up to two, plus up to two borrowed."""
    head, *rest = base.paragraphs
    for _ in range(rng.randint(0, max(0, min(2, len(rest) - 2)))):
        rest.pop(rng.randrange(len(rest)))
    for _ in range(rng.randint(0, 2)):
        donor = rng.choice(others)
        rest.insert(rng.randint(1, len(rest)), rng.choice(donor.paragraphs[1:]))
    return [head, *rest]


def make_article(
    number: int, base: Sample, others: list[Sample], rng: random.Random
) -> tuple[str, str]:
    """(file text with header, body) of one generated article."""
    body = "\n\n".join(compose(base, others, rng))
    body = substitute(body, {**country_map(body, rng), **name_map(body, rng)})
    old = date.fromisoformat(normalise_date(base.fields.get("published")) or "2025-04-22")
    new = random_day(rng)
    body = shift_dates(body, old, new)
    title = body.split("\n", 1)[0]
    header = "\n".join(
        [
            f"Title: {title}",
            f"Source: {base.fields.get('source', 'Meridian Wire')}",
            f"Published: {new.isoformat()}",
            f"URL: https://bench.example.com/{new.year}/{number:05d}",
            f"Author: {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        ]
    )
    return f"{header}\n\n{body}\n", body


def build(out: Path, n: int, seed: int, samples_dir: Path) -> tuple[int, int]:
    """Write ``n`` distinct articles into ``out``; returns (articles, words)."""
    samples = load_samples(samples_dir)
    if len(samples) < 2:
        raise SystemExit(f"make_corpus: need at least two samples in {samples_dir}")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    seen: set[str] = set()
    words = 0
    attempts = 0
    while len(seen) < n:
        attempts += 1
        if attempts > n * 20:
            raise SystemExit("make_corpus: could not build enough distinct articles")
        base = samples[len(seen) % len(samples)]
        others = [s for s in samples if s is not base]
        file_text, body = make_article(len(seen) + 1, base, others, rng)
        digest = hashlib.sha256(body.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        (out / f"bench-{len(seen):05d}.txt").write_text(file_text, encoding="utf-8")
        words += len(body.split())
    return len(seen), words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the .txt articles into")
    parser.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--samples", type=Path, default=SAMPLES, help="sample folder")
    args = parser.parse_args(argv)
    count, words = build(args.out_dir, args.n, args.seed, args.samples)
    print(f"make_corpus: wrote {count} articles ({words:,} words) to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
