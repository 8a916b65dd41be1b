"""Spell check without Qt: words of a text, a cached Hunspell checker, the user's own words
and the project's glossary. The GUI highlighter (``labinov.gui.spelling``) sits on top."""

from labinov.spelling.checker import SpellChecker, dictionary_for, words_in
from labinov.spelling.glossary import project_glossary

__all__ = ["SpellChecker", "dictionary_for", "project_glossary", "words_in"]
