"""open_store: where the database lives, SQLite settings, and actionable errors."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import update

from eventwire.errors import StoreError
from eventwire.store import DEFAULT_URL, ENV_VAR, database_url, open_store
from eventwire.store import schema as s


def test_database_url_defaults_and_bare_paths(monkeypatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert database_url() == DEFAULT_URL
    monkeypatch.setenv(ENV_VAR, "sqlite:////data/e.db")
    assert database_url() == "sqlite:////data/e.db"
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("/abs/x.db") == "sqlite:////abs/x.db"
    assert database_url(":memory:") == "sqlite://"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_default_file_is_created_in_the_working_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    with open_store() as st:
        assert st.stats()["articles"] == 0
    assert (tmp_path / "eventwire.db").exists()


def test_env_var_chooses_the_database(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from_env.db"))
    with open_store():
        pass
    assert (tmp_path / "from_env.db").exists()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path) -> None:
    with open_store(str(tmp_path / "w.db")) as st, st.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_in_memory_store_works() -> None:
    from store_factories import make_extraction

    with open_store(":memory:") as st:
        x = make_extraction("in memory")
        st.save([x])
        assert st.load(x.article.id) == x


def test_missing_directory_gives_actionable_store_error(tmp_path) -> None:
    with pytest.raises(StoreError) as err:
        open_store(str(tmp_path / "no" / "such" / "dir" / "e.db"))
    assert err.value.code == "E501"
    assert "directory exists" in str(err.value) and ENV_VAR in str(err.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_directory_gives_store_error(tmp_path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StoreError):
            open_store(str(locked / "e.db"))
    finally:
        locked.chmod(0o700)


def test_file_that_is_not_a_database_gives_store_error(tmp_path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError) as err:
        open_store(str(junk))
    assert err.value.code == "E501"


@pytest.mark.parametrize(
    "url",
    ["nosuchdb://host/x", "postgresql+nosuchdriver://u@h/db", "sqlite+nosuch:///x.db", "://x"],
)
def test_bad_urls_give_store_error(url: str) -> None:
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert err.value.code == "E501"


def test_missing_postgres_driver_or_server_gives_store_error() -> None:
    # Either psycopg is missing (install hint) or nothing listens on port 1 (connect error).
    with pytest.raises(StoreError) as err:
        open_store("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    assert err.value.code == "E501"
    assert "secret" not in str(err.value)


def test_other_schema_version_is_refused(tmp_path) -> None:
    path = str(tmp_path / "old.db")
    with open_store(path) as st, st.engine.begin() as conn:
        conn.execute(update(s.meta).where(s.meta.c.key == "schema_version").values(value="0"))
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert err.value.code == "E502"


def test_reopening_keeps_data_and_version(tmp_path) -> None:
    from store_factories import make_extraction

    path = str(tmp_path / "again.db")
    x = make_extraction("kept")
    with open_store(path) as st:
        st.save([x])
    with open_store(path) as st:
        assert st.load(x.article.id) == x
    conn = sqlite3.connect(path)
    version = conn.execute("select value from meta where key='schema_version'").fetchone()
    assert version == (str(s.SCHEMA_VERSION),)
    conn.close()


def test_password_is_hidden_in_the_store_url(tmp_path) -> None:
    with open_store(str(tmp_path / "p.db")) as st:
        assert st.url.startswith("sqlite:///") and st.dialect == "sqlite"


def test_version_1_database_is_upgraded_in_place(tmp_path) -> None:
    """A database written before ``articles.problems`` existed opens, keeps its articles and
    then stores problems."""
    import dataclasses

    from store_factories import make_extraction

    from eventwire.records import Problem

    path = str(tmp_path / "v1.db")
    old = make_extraction("stored by version 1")
    with open_store(path) as st:
        st.save([old])
    conn = sqlite3.connect(path)
    conn.execute("alter table articles drop column problems")
    conn.execute("update meta set value='1' where key='schema_version'")
    conn.commit()
    conn.close()
    new = dataclasses.replace(
        make_extraction("stored by version 2"), problems=(Problem("coder", "KeyError: 'x'", 3),)
    )
    with open_store(path) as st:
        assert st.load(old.article.id) == old
        st.save([new])
        assert st.load(new.article.id).problems == new.problems
        assert st.stats()["with_problems"] == 1
        assert st.stats()["schema_version"] == s.SCHEMA_VERSION
