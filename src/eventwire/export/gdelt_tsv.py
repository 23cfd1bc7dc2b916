"""GDELT 1.0-style event export: 58 tab-separated columns, no header, one line per event.

The column order is that of GDELT 1.0 daily event files (``GDELT_COLUMNS``). What eventwire fills
(everything else is left empty):

- ``GLOBALEVENTID``: a stable 60-bit integer from the SHA-1 of "article id/event id" (the same
  event gets the same id on every export).
- ``SQLDATE``/``MonthYear``/``Year``/``FractionDate``: from the event date; a month- or
  year-precision date is padded with 01 for the missing day/month (GDELT needs a full date).
  ``FractionDate`` is year + (day of year - 1) / days in year, 4 decimals.
- ``Actor{1,2}Code``: actor code followed by its role (``RUS`` + ``GOV`` -> ``RUSGOV``, as
  CAMEO actor codes are built); ``Name``: the actor's canonical name; ``CountryCode``: the code
  when it is an ISO 3166 alpha-3 country, else ``KnownGroupCode`` gets it (IGOs, groups);
  ``Type1Code``: the role.
- ``IsRootEvent``: 1 when the event is told in the article's first sentence, else 0.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: CAMEO code, its first 3 digits, its root.
- ``QuadClass``, ``GoldsteinScale``: as coded.
- ``NumMentions``: the number of places the article tells the event; ``NumSources`` and
  ``NumArticles``: the row's ``num_sources``/``num_articles`` when present, else 1 (one
  article's event).
- ``AvgTone``: the article's tone (VADER-based, -10..+10; GDELT's own tone has another scale).
- ``ActionGeo_FullName``/``_CountryCode``/``_Lat``/``_Long``: the event location. The country
  code is ISO 3166 alpha-3 (GDELT 1.0 uses FIPS 10-4, which eventwire does not carry).
- ``DATEADDED``: the day the article was stored (YYYYMMDD); ``SOURCEURL``: the article URL.

Tabs and line breaks inside values become spaces so every event stays one line.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, TextIO


def _actor_columns(prefix: str) -> list[str]:
    return [
        f"{prefix}{name}"
        for name in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ]


def _geo_columns(prefix: str) -> list[str]:
    return [
        f"{prefix}_{name}"
        for name in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
    ]


GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *_actor_columns("Actor1"),
    *_actor_columns("Actor2"),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *_geo_columns("Actor1Geo"),
    *_geo_columns("Actor2Geo"),
    *_geo_columns("ActionGeo"),
    "DATEADDED",
    "SOURCEURL",
)


@lru_cache(maxsize=4096)
def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code (pycountry), the codes GDELT puts in CountryCode."""
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code.upper()) is not None


def global_event_id(article_id: str, event_id: str) -> int:
    digest = hashlib.sha1(f"{article_id}/{event_id}".encode()).hexdigest()
    return int(digest[:15], 16)


def full_date(date: str | None) -> dt.date | None:
    """An ISO date of any precision as a calendar date (missing month/day taken as 01)."""
    if not date:
        return None
    head = date[:10]
    if len(head) == 4:
        head += "-01-01"
    elif len(head) == 7:
        head += "-01"
    try:
        return dt.date.fromisoformat(head)
    except ValueError:
        return None


def _date_columns(date: str | None) -> dict[str, Any]:
    day = full_date(date)
    if day is None:
        return {}
    year_days = 366 if calendar.isleap(day.year) else 365
    fraction = day.year + (day.timetuple().tm_yday - 1) / year_days
    return {
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.strftime("%Y"),
        "FractionDate": f"{fraction:.4f}",
    }


def _actor(prefix: str, code: str | None, role: str | None, name: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if code or role:
        out[f"{prefix}Code"] = f"{code or ''}{role or ''}"
    if name:
        out[f"{prefix}Name"] = name
    if code:
        key = "CountryCode" if is_country_code(code) else "KnownGroupCode"
        out[f"{prefix}{key}"] = code
    if role:
        out[f"{prefix}Type1Code"] = role
    return out


def gdelt_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The GDELT columns eventwire can fill for one flat event row (see the module doc)."""
    g = row.get
    cameo = g("cameo") or ""
    return {
        "GLOBALEVENTID": global_event_id(str(g("article_id", "")), str(g("event_id", ""))),
        **_date_columns(g("date")),
        **_actor("Actor1", g("source_code"), g("source_role"), g("source_name")),
        **_actor("Actor2", g("target_code"), g("target_role"), g("target_name")),
        "IsRootEvent": 1 if g("sentence") == 0 else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": g("root") or cameo[:2],
        "QuadClass": g("quad_class"),
        "GoldsteinScale": g("goldstein"),
        "NumMentions": max(int(g("num_mentions") or 0), 1),
        "NumSources": g("num_sources") or 1,
        "NumArticles": g("num_articles") or 1,
        "AvgTone": g("tone"),
        "ActionGeo_FullName": g("location_name"),
        "ActionGeo_CountryCode": g("location_country"),
        "ActionGeo_Lat": g("location_lat"),
        "ActionGeo_Long": g("location_lon"),
        "DATEADDED": (g("ingested_at") or "")[:10].replace("-", ""),
        "SOURCEURL": g("url"),
    }


def _field(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write_gdelt_tsv(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write rows as GDELT 1.0 event lines (no header; see ``GDELT_COLUMNS``)."""
    count = 0
    for row in rows:
        rec = gdelt_record(row)
        out.write("\t".join(_field(rec.get(col)) for col in GDELT_COLUMNS))
        out.write("\n")
        count += 1
    return count


__all__ = [
    "GDELT_COLUMNS",
    "full_date",
    "gdelt_record",
    "global_event_id",
    "is_country_code",
    "write_gdelt_tsv",
]
