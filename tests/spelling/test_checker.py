"""The spell checker on the shipped Hunspell dictionaries: Indonesian, English, own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from labinov.paths import resource
from labinov.spelling import SpellChecker, words_in
from labinov.spelling.checker import distinct_words, places_of
from labinov.spelling.glossary import glossary_words


@pytest.fixture
def indonesian(tmp_path: Path) -> SpellChecker:
    return SpellChecker("id", tmp_path / "my_words.txt")


def test_acceptance_words(indonesian: SpellChecker) -> None:
    assert not indonesian.loaded  # nothing read before the first question
    for word in ("pelayanan", "publik", "inovasi", "Pelayanan", "masyarakat", "pelan-pelan"):
        assert indonesian.check(word), word
    assert indonesian.loaded
    assert not indonesian.check("pelayanaan")
    assert indonesian.suggest("pelayanaan")[0] == "pelayanan"
    assert "inovasi" in indonesian.suggest("inovsi")


def test_acronyms_and_inner_capitals_are_never_flagged(indonesian: SpellChecker) -> None:
    for word in ("OPD", "SKPD", "KemenPANRB", "eKTP", "x"):
        assert indonesian.check(word), word
    assert not indonesian.loaded  # decided without the dictionary


def test_local_government_words_are_known_in_both_languages(tmp_path: Path) -> None:
    """Labinov's own list (``labinov_id.txt``): agency names Hunspell lacks, as a sample
    workshop writes them; a misspelling of them is still flagged."""
    for language in ("id", "en"):
        checker = SpellChecker(language, tmp_path / "my_words.txt")
        words = ("Disdukcapil", "Bapperida", "Posyandu", "Pemkot", "luring", "Rp", "Kabid")
        for word in (*words, "Drs", "Perwali", "Musrenbang"):  # a budget, a letter's title
            assert checker.check(word), (language, word)
        assert not checker.check("Disdukcapill")
    assert not (tmp_path / "my_words.txt").exists()  # nothing written to the user's list


def test_my_words_are_kept_in_the_data_folder(tmp_path: Path) -> None:
    first = SpellChecker("id", tmp_path / "my_words.txt")
    assert not first.check("keberlanjutan")
    first.add_word("keberlanjutan")
    first.add_word("keberlanjutan")  # once only
    assert first.check("keberlanjutan") and first.check("Keberlanjutan")
    assert (tmp_path / "my_words.txt").read_text(encoding="utf-8") == "keberlanjutan\n"
    again = SpellChecker("id", tmp_path / "my_words.txt")  # next session, same folder
    assert again.check("keberlanjutan")
    elsewhere = SpellChecker("id", tmp_path / "other" / "my_words.txt")
    assert not elsewhere.check("keberlanjutan")


def test_english_dictionary(tmp_path: Path) -> None:
    english = SpellChecker("en", tmp_path / "my_words.txt")
    assert english.dictionary.name == "en_US.dic"
    assert english.check("innovation") and english.check("public")
    assert not english.check("innovaton")
    assert english.suggest("innovaton")[0] == "innovation"
    assert not english.check("pelayanan")


def test_words_outside_the_dictionary_charset(indonesian: SpellChecker) -> None:
    assert not indonesian.check("ŵŷ")  # id_ID is ISO 8859-1: no crash, just unknown
    assert indonesian.suggest("ŵŷ") == []


def test_words_in_text() -> None:
    text = "Antrean 2024: pelan-pelan, e-KTP_baru dan Jum’at!"
    assert [w for _s, _n, w in words_in(text)] == [
        "Antrean",
        "pelan-pelan",
        "e-KTP",
        "baru",
        "dan",
        "Jum’at",
    ]
    start, length, word = list(words_in(text))[1]
    assert text[start : start + length] == word


def test_glossary_takes_names_and_capitalised_title_words() -> None:
    words = glossary_words(["Disdukcapil Kota Makassar", "Nurhayati Said"], "SIPADU cepaat")
    assert {"Disdukcapil", "Makassar", "Nurhayati", "SIPADU"} <= words
    assert "cepaat" not in words  # a lower-case title word may itself be misspelt


def test_dictionaries_ship_with_licence_and_readme() -> None:
    folder = resource("dictionaries")
    for name in ("id_ID.dic", "id_ID.aff", "en_US.dic", "en_US.aff", "README.md"):
        assert (folder / name).is_file(), name
    assert "LESSER GENERAL PUBLIC LICENSE" in (folder / "LICENSE-id_ID-LGPL-3.txt").read_text(
        encoding="utf-8"
    )
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "hunspell-id" in readme and "7.5.0" in readme


def test_places_of_finds_whole_words_only() -> None:
    text = "pelan pelan-pelan pelanpelan xpelan pelan, (pelan) pelan-"
    expected = [s for s, _n, w in words_in(text) if w == "pelan"]
    assert list(places_of(text, "pelan")) == expected == [0, 36, 44, 51]
    assert list(places_of(text, "pelan-pelan")) == [6]
    assert distinct_words(text) == {"pelan", "pelan-pelan", "pelanpelan", "xpelan"}
