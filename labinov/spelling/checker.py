"""A Hunspell checker with a per-word cache and the user's own words.

Hunspell is read through ``chunspell`` (a maintained Cython binding that ships Hunspell 1.7
in wheels for Windows, macOS and Linux): a lookup takes a few microseconds, a suggestion
list 1–200 ms. The dictionary loads on first use, never at start-up (``load`` may be called
ahead in idle time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from labinov.paths import resource

MY_WORDS_FILE = "my_words.txt"  # in the data folder: one word a line, UTF-8
OUR_WORDS = "labinov_id.txt"  # shipped: words of local government Hunspell lacks
MAX_SUGGESTIONS = 6
_DICTIONARIES = {"id": "id_ID", "en": "en_US"}
# Letters with optional inner hyphens/apostrophes: "pelan-pelan", "don't". Digits and
# underscores split words, so "2024" or "a_b" are never checked.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


_JOINERS = "'’-"


def words_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, length, word) of every word in ``text``."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end() - match.start(), match.group()


def distinct_words(text: str) -> set[str]:
    """The words of ``text``, each once (one C-level scan: cheap on a long paragraph)."""
    return set(_WORD.findall(text))


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()


def places_of(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word of ``text`` (as ``words_in`` would cut it):
    found with ``str.find``, so marking a few misspelt words never walks every word."""
    size, end = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        after = at + size
        starts = at == 0 or not (
            _letter(text[at - 1])
            or (text[at - 1] in _JOINERS and at >= 2 and _letter(text[at - 2]))
        )
        ends = after == end or not (
            _letter(text[after])
            or (text[after] in _JOINERS and after + 1 < end and _letter(text[after + 1]))
        )
        if starts and ends:
            yield at
        at = text.find(word, after)


def _read_words(path: Path) -> list[str]:
    """One word a line; blank lines and "#" comments left out; nothing when absent."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def dictionary_for(language: str) -> Path:
    """The ``.dic`` file for a UI language ("id"/"en"); Indonesian for any other."""
    return resource("dictionaries", _DICTIONARIES.get(language, "id_ID") + ".dic")


def exempt(word: str) -> bool:
    """Words never flagged whatever the dictionary says: acronyms and all-caps words
    ("OPD", "SKPD"), names with capitals inside ("KemenPANRB", "eKTP") and single letters."""
    return len(word) < 2 or word.isupper() or any(c.isupper() for c in word[1:])


class SpellChecker:
    """Answers "is this word spelt right?" and "what did they mean?" for one language.

    ``my_words`` is the data folder's word list ("add to my words"); the project's own
    names are the highlighter's business. Answers are cached per word: the highlighter
    asks about the same words on every keystroke.
    """

    def __init__(self, language: str, my_words: Path, dictionary: Path | None = None) -> None:
        self.language = language
        self.dictionary = dictionary or dictionary_for(language)
        self.my_words_path = my_words
        self._hunspell = None
        self._cache: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        self._mine: set[str] = set()

    @property
    def loaded(self) -> bool:
        return self._hunspell is not None

    def load(self) -> None:
        """Read the dictionary and the user's words (~0.1 s for Indonesian, ~0.3 s for
        English); later calls do nothing."""
        if self._hunspell is not None:
            return
        from hunspell import Hunspell  # the C library: imported only when checking starts

        folder, name = self.dictionary.parent, self.dictionary.stem
        self._hunspell = Hunspell(name, hunspell_data_dir=str(folder))
        ours = _read_words(resource("dictionaries", OUR_WORDS))
        self._mine = {w.casefold() for w in self._read_my_words() + ours}

    def _read_my_words(self) -> list[str]:
        return _read_words(self.my_words_path)

    def known(self, word: str) -> bool | None:
        """The cached answer for ``word``, or None when it has not been checked yet."""
        return self._cache.get(word)

    def check(self, word: str) -> bool:
        """True when ``word`` is spelt right (or exempt, or one of the user's words)."""
        answer = self._cache.get(word)
        if answer is None:
            answer = self._check(word)
            self._cache[word] = answer
        return answer

    def _check(self, word: str) -> bool:
        if exempt(word):
            return True
        self.load()  # also reads the user's words
        if word.casefold() in self._mine or self._spell(word):
            return True
        # "Pelayanan-publik", "pelan-pelan": a hyphenated word is right when its parts are
        parts = re.split(r"[-]", word)
        return len(parts) > 1 and all(p and self.check(p) for p in parts)

    def _spell(self, word: str) -> bool:
        try:
            return bool(self._hunspell.spell(word))
        except UnicodeError:  # not in the dictionary's 8-bit charset: not a word it knows
            return False

    def check_all(self, words: Iterable[str]) -> None:
        for word in words:
            self.check(word)

    def suggest(self, word: str) -> list[str]:
        """Up to ``MAX_SUGGESTIONS`` corrections, best first (cached)."""
        found = self._suggestions.get(word)
        if found is None:
            self.load()
            try:
                found = list(self._hunspell.suggest(word))[:MAX_SUGGESTIONS]
            except UnicodeError:
                found = []
            self._suggestions[word] = found
        return found

    def add_word(self, word: str) -> None:
        """Accept ``word`` from now on, in this folder's word list (kept across sessions)."""
        word = word.strip()
        if not word or word.casefold() in self._mine:
            return
        self.my_words_path.parent.mkdir(parents=True, exist_ok=True)
        with self.my_words_path.open("a", encoding="utf-8") as stream:
            stream.write(word + "\n")
        self._mine.add(word.casefold())
        self._forget(word)

    def _forget(self, word: str) -> None:
        folded = word.casefold()
        self._cache = {w: ok for w, ok in self._cache.items() if w.casefold() != folded}
