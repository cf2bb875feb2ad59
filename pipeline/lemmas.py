"""Remember every rule lemma spaCy's lemmatizer computes, so each word form is analysed once.

spaCy's rule lemmatizer (``en_core_web_sm``'s ``lemmatizer``, mode ``"rule"``) caches a token's
lemmas under ``(orth, pos, morph)`` only when it ran the suffix rules. The early answers, which
are most tokens of a news text (a singular noun, an infinitive, a positive adjective, a proper
noun, punctuation), are recomputed for every token: ``is_base_form`` turns the token's
morphology into a dict each time. Those answers depend on nothing but the cache key too (the
word form, its universal part of speech and its morphology), so remembering them changes no
lemma. The component also reads and writes the whole Doc's attributes as arrays instead of a
Python ``Token`` per token: on 100 White House documents (123,000 tokens) the lemmatizer's
steady-state CPU time fell from 0.8-1.0 s to 0.13-0.2 s (docs/performance.md).

:func:`cache_lemmas` swaps the class of a loaded lemmatizer for a subclass that does this; the
component keeps its name, tables, configuration and serialisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import is_given_name, is_surname
from .spacy_subclass import reduce_as_base

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MAX_CACHED = 200_000
"""Most remembered (form, part of speech, morphology) keys per cache; a full cache is emptied, so
a worker's memory stays bounded over any corpus (at most ~60 MB; the first 100 White House
documents need about 13,000 keys)."""

_SUBCLASSES: dict[type, type] = {}


class WordList(list):
    """A list of words whose ``in`` is a set lookup.

    spaCy's rule lemmatizer asks ``form in index`` for every suffix rule that fits a word, and the
    model's ``lemma_index`` table holds plain lists (57,528 nouns, 20,993 verbs): each question
    scanned the list, about 0.3 ms per word analysed. Membership is the only thing spaCy asks of
    the index (and its truth value, which a list keeps), so the answers, and the lemmas, are the
    same. It stays a list for serialisation (msgpack and pickle write a plain list of words).
    """

    __slots__ = ("_set",)

    def __init__(self, words=()):
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set

    def __reduce__(self):
        return (WordList, (list(self),))


def index_as_sets(lookups) -> None:
    """Make every part of speech's word list in ``lookups``' ``lemma_index`` a :class:`WordList`
    (in place, idempotent; a model without the table is left alone)."""
    if not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, WordList):
            table[key] = WordList(words)


def _cached_class(base: type) -> type:
    """The subclass of a lemmatizer class that caches every rule lemma (one per base class)."""
    if base in _SUBCLASSES:
        return _SUBCLASSES[base]
    import numpy
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    from .attribute_rules import distinct_rows

    class CachedLemmatizer(base):  # type: ignore[valid-type, misc]
        """``base`` with every rule-mode answer remembered (see the module docstring)."""

        def rule_lemmatize(self, token: "Token") -> list[str]:
            key = (token.orth, token.pos, token.morph.key)
            forms = self.cache.get(key)
            if forms is None:
                # Checked here rather than once: a lemmatizer rebuilt from bytes or a pickle gets
                # its tables back as plain lists (a handful of isinstance checks per new word).
                index_as_sets(self.lookups)
                forms = base.rule_lemmatize(self, token)
                # pos 0 (no part of speech) makes spaCy warn; leave it uncached so it still does.
                if token.pos != 0:
                    if len(self.cache) >= MAX_CACHED:
                        self.cache.clear()
                    self.cache[key] = forms
            return forms

        def __reduce_ex__(self, protocol):
            return reduce_as_base(self, base, protocol, _cached_class)

        def __call__(self, doc: "Doc") -> "Doc":
            """As spaCy's ``Lemmatizer.__call__``, with whole-Doc array reads and writes and the
            first lemma's string id remembered per key, instead of a Python ``Token`` and a
            string-store lookup per token."""
            if self.mode != "rule":
                return base.__call__(self, doc)
            if not self._validated:
                from spacy.errors import Errors

                self._validate_tables(Errors.E1004)
            error_handler = self.get_error_handler()
            try:
                if len(doc):
                    doc.from_array([LEMMA], self._lemma_ids(doc))
                return doc
            except Exception as e:  # noqa: BLE001 - spaCy's own error handling, as in the base class
                error_handler(self.name, self, [doc], e)

        def _lemma_ids(self, doc: "Doc"):
            # (orth, pos, morph) -> string id of the first lemma; an instance attribute like
            # spaCy's own ``cache``, so it travels (and is dropped) with the component. Each
            # distinct key is looked up once per Doc, in order of first appearance (the order
            # the keys would be remembered token by token), and its id spread back with numpy.
            ids = self.__dict__.setdefault("lemma_ids", {})
            strings = self.vocab.strings
            table = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(-1, 4)
            out = table[:, 3].copy()
            todo = numpy.arange(len(out)) if self.overwrite else numpy.flatnonzero(out == 0)
            if not len(todo):
                return out.reshape(-1, 1)
            keys = numpy.ascontiguousarray(table[todo, :3])
            first, inverse = distinct_rows(keys)
            found = numpy.zeros(len(first), dtype="uint64")
            rows = keys[first].tolist()
            for k in numpy.argsort(first, kind="stable").tolist():
                key = tuple(rows[k])
                lemma = ids.get(key)
                if lemma is None:
                    if key[1] == 0:
                        # no part of speech: spaCy warns per token and nothing is remembered,
                        # so every such token is lemmatized on its own, as before
                        for i in todo[inverse == k].tolist():
                            out[i] = strings.add(self.rule_lemmatize(doc[i])[0])
                        continue
                    lemma = strings.add(self.rule_lemmatize(doc[int(todo[first[k]])])[0])
                    if len(ids) >= MAX_CACHED:
                        ids.clear()
                    ids[key] = lemma
                found[k] = lemma
            zero_pos = keys[:, 1] == 0
            out[todo[~zero_pos]] = found[inverse[~zero_pos]]
            return out.reshape(-1, 1)

    CachedLemmatizer.__name__ = CachedLemmatizer.__qualname__ = f"Cached{base.__name__}"
    _SUBCLASSES[base] = CachedLemmatizer
    return CachedLemmatizer


def cache_lemmas(nlp: "Language") -> "Language":
    """Make every rule-mode lemmatizer of ``nlp`` remember all its answers (idempotent).

    Lemmas are unchanged: the remembered answer is a function of the cache key alone
    (``tests/test_lemmas.py`` compares every token's lemma with spaCy's own lemmatizer).
    """
    from spacy.pipeline import Lemmatizer

    for _name, proc in nlp.pipeline:
        if not isinstance(proc, Lemmatizer) or getattr(proc, "mode", None) != "rule":
            continue
        if type(proc) not in _SUBCLASSES.values():
            proc.__class__ = _cached_class(type(proc))
        # __init__ bound the mode's method to the instance under the old class.
        proc.lemmatize = proc.rule_lemmatize
    return nlp


VERB_TABLE = "newsie_verbs"
"""the ``Vocab.lookups`` table holding the model's verb and noun lemmas under ``"verb"`` and
``"noun"`` (:func:`share_verbs`; the name is kept from when it held verbs only)"""


def share_verbs(nlp: "Language") -> "Language":
    """Put the verb and noun lemmas of ``nlp``'s rule lemmatizer (the model's ``lemma_index``,
    from WordNet) in the shared vocabulary's lookups, where a stage reading a Doc can ask whether
    a word is an English verb form (a Title Case "Announcing" after a name in a headline:
    :mod:`pipeline.entities.notpersons`) or the plural of an English noun ("Issues":
    :mod:`pipeline.entities.nonpersonwords`); idempotent, nothing when the model has no such
    table. The table travels with the vocabulary (pickles for worker processes included)."""
    from spacy.pipeline import Lemmatizer

    lookups = nlp.vocab.lookups
    if lookups.has_table(VERB_TABLE):
        return nlp
    for _name, proc in nlp.pipeline:
        if isinstance(proc, Lemmatizer) and proc.lookups.has_table("lemma_index"):
            index_as_sets(proc.lookups)  # (once: the lemmatizer and the stages then share one set per list)
            index = proc.lookups.get_table("lemma_index")
            words = {pos: index.get(pos) for pos in ("verb", "noun") if index.get(pos)}
            if words:
                lookups.add_table(VERB_TABLE, words)
            break
    return nlp


def verb_form(doc: "Doc", word: str) -> bool:
    """Whether ``word`` (lower case) is the "-ing" form of a verb of the shared table
    (:func:`share_verbs`): "announcing", "welcoming", "marking" (stem, stem + "e", or a doubled
    final consonant: "planning"); False without the table."""
    lookups = doc.vocab.lookups
    if not word.endswith("ing") or not lookups.has_table(VERB_TABLE):
        return False
    verbs = lookups.get_table(VERB_TABLE).get("verb") or ()
    stem = word[:-3]
    return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)


def noun_plural(doc: "Doc", word: str) -> bool:
    """Whether ``word`` (any case) is the regular plural of a noun of the shared table
    (:func:`share_verbs`): "issues", "governments", "companies", "cookies", "taxes", "churches".
    English spells a plural "-ies" for a "-y" or "-ie" noun and "-es" after a sibilant or "o";
    other "-es" words only drop the "s" ("Kukies" is no plural of a noun "kuki"). False for a word
    not ending in "s" or without the table."""
    low = word.lower()
    lookups = doc.vocab.lookups
    if not low.endswith("s") or low.endswith("ss") or len(low) < 4 or not lookups.has_table(VERB_TABLE):
        return False
    nouns = lookups.get_table(VERB_TABLE).get("noun") or ()
    if low.endswith("ies"):
        return low[:-3] + "y" in nouns or low[:-1] in nouns
    if low.endswith("es") and low[:-2].endswith(("s", "x", "z", "ch", "sh", "o")) and low[:-2] in nouns:
        return True
    return low[:-1] in nouns


def plural_noun_token(tok: "Token") -> bool:
    """Whether the token is tagged a plural and is the regular plural of an English noun that is
    no Census surname of :func:`pipeline.names.is_surname` ("Issues", "Talks", not "Banks"): the
    word closing a phrase the model read as a name ("Youth Issues", "Sudan Peace Talks")."""
    return tok.tag_ in ("NNPS", "NNS") and noun_plural(tok.doc, tok.text) and not is_surname(tok.text)


def glued_office_word(tok: "Token") -> bool:
    """Whether ``tok``, the first word of a would-be name right after a capitalised word, is the
    last word of the office before it ("Advisor for International Economics | Daleep Singh",
    "Drug Control Policy | Rahul Gupta": :mod:`pipeline.entities.portfolio_glue`): a capitalised
    English abstract noun (an abstract noun's ending, and a noun of the shared table, singular or
    regular plural), no listed given name and no Census surname ("Rose", "Will", "Banks" stay names;
    WordNet's famous people, "Faisal", lack the ending), in a capitalised run after "for", "of" or
    "on" (a portfolio: "Senator Clemency Rose Hart" keeps its given name)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or not (tok.is_title and tok.is_alpha and prev.is_title and prev.is_alpha):
        return False
    k = tok.i - 1
    while k > 0 and tok.i - k < 6 and tok.doc[k].is_title and tok.doc[k].is_alpha:
        k -= 1
    if tok.doc[k].lower_ not in ("for", "of", "on"):
        return False  # a portfolio's words follow its preposition; "Senator | Clemency Rose Hart" is a name
    lookups = tok.doc.vocab.lookups
    if not lookups.has_table(VERB_TABLE) or is_given_name(tok.text) or is_surname(tok.text):
        return False
    low = tok.lower_
    if not low.endswith(_ABSTRACT_SUFFIXES):
        return False  # WordNet lists famous people as nouns too ("Faisal", "Putin"): an abstract noun's ending says no
    nouns = lookups.get_table(VERB_TABLE).get("noun") or ()
    return low in nouns or noun_plural(tok.doc, tok.text)


_ABSTRACT_SUFFIXES = ("ics", "cy", "tion", "sion", "ment", "ity", "ness", "ance", "ence", "ism", "ship", "ure",
                      "ies", "ions", "ments")
"""Endings of English abstract nouns formed from other words (fields, policies, conditions: "Economics",
"Policy", "Security", "Affairs" aside): the last word of a portfolio, never a given name's."""
