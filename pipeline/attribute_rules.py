"""spaCy's attribute ruler with its one-token rules answered once per distinct token.

``en_core_web_sm``'s ``attribute_ruler`` maps fine tags to parts of speech and morphology with
179 rules (the tag map and the morphology rules of spaCy v2). It runs them through a
:class:`~spacy.matcher.Matcher` over every token of every Doc, and most rules test a set of
tags or words (``{"TAG": {"IN": [...]}}``), which the Matcher checks with a Python call per
token and rule: about 9% of a worker's CPU time, the largest rule-based part of the model.

171 of the 179 rules look at one token only, and only at attributes that are fixed by the
token's form (lower case, "is space", ...) and its tag and dependency label. Which of those
rules match a token is therefore a function of (form, tag, label): this subclass asks spaCy's
own Matcher, holding just those rules, once per distinct (form, tag, label), on a Doc made of
the new combinations, and remembers the answer. The few rules over two tokens ("gonna",
"ain't") still run through a Matcher over the whole Doc. The matches are put in the very order
spaCy's ``match`` returns them (it sorts them), and spaCy's own ``set_annotations`` applies
them, so every part of speech, morphology and lemma is the one stock spaCy writes
(``tests/test_attribute_rules.py`` compares whole Docs). A ruler whose rules test anything
else (the part of speech, entity labels, operators) runs through a Matcher over the whole Doc, as in spaCy.

:func:`cache_attribute_rules` swaps the class of a loaded ruler for the subclass; the component
keeps its name, rules, configuration and serialisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spacy_subclass import reduce_as_base

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MAX_CACHED", "cache_attribute_rules"]

MAX_CACHED = 200_000
"""Most remembered (form, tag, label) combinations; a full cache is emptied, so a worker's
memory stays bounded over any corpus (the first 100 White House documents have ~13,000)."""

# Token attributes a one-token rule may test for its answer to be a function of the token's
# form, tag and dependency label: lexical attributes (fixed by the form) and the tag and label.
_LEXICAL = frozenset({"ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII",
                      "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP",
                      "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM",
                      "LIKE_URL", "LIKE_EMAIL"})
_KEYED = _LEXICAL | {"TAG", "DEP"}

_SUBCLASSES: dict[type, type] = {}


def _one_token_rule(patterns: list) -> bool:
    """Every pattern of a rule is one token whose tests :data:`_KEYED` covers."""
    return all(len(p) == 1 and isinstance(p[0], dict) and set(p[0]) <= _KEYED for p in patterns)


def _plan(ruler):
    """``(one-token Matcher, Matcher of the other rules)`` for ``ruler``'s rules as they are now,
    or None when no rule is a one-token rule the cache can answer."""
    from spacy.matcher import Matcher

    single, multi = Matcher(ruler.vocab), Matcher(ruler.vocab)
    n_single = 0
    for i in range(len(ruler.attrs)):
        key = ruler.vocab.strings[str(i)]
        entry = ruler.matcher.get(key)
        if entry is None:  # a removed rule
            continue
        _on_match, patterns = entry
        if _one_token_rule(patterns):
            single.add(key, patterns)
            n_single += 1
        else:  # any other rule (several tokens, other tests) runs on the real Doc, as in spaCy
            multi.add(key, patterns)
    return (single, multi) if n_single else None


def _cached_class(base: type) -> type:
    """The subclass of an attribute-ruler class that remembers its one-token matches."""
    if base in _SUBCLASSES:
        return _SUBCLASSES[base]
    from spacy.attrs import DEP, ORTH, TAG
    from spacy.tokens import Doc as _Doc

    class CachedAttributeRuler(base):  # type: ignore[valid-type, misc]
        """``base`` with one-token rule matches remembered (see the module docstring)."""

        def __reduce_ex__(self, protocol):
            return reduce_as_base(self, base, protocol, _cached_class)

        def match(self, doc: "Doc"):
            """The matches spaCy's ``match`` returns: ``(rule index, key, start, end)``, sorted."""
            state = self.__dict__.get("_rule_cache")
            size = (len(self.attrs), len(self.matcher))
            if state is None or state[0] != size:
                # built lazily (after add_patterns, initialize or unpickling) and rebuilt when
                # rules are added or removed
                state = self.__dict__["_rule_cache"] = (size, _plan(self), {})
            _size, plan, cache = state
            if plan is None or not len(doc):
                return base.match(self, doc)
            single, multi = plan
            rows = [tuple(r) for r in doc.to_array([ORTH, TAG, DEP]).tolist()]
            new = list(dict.fromkeys(r for r in rows if r not in cache))
            if new:
                if len(cache) + len(new) > MAX_CACHED:
                    cache.clear()
                    new = list(dict.fromkeys(rows))
                self._remember(single, new, cache)
            # spaCy sorts (rule index, key, start, end) tuples; each rule index has one key, so
            # that order is: by rule, then by (start, end) within the rule.
            spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
            for i, row in enumerate(rows):
                for rule in cache[row]:
                    found = spans.get(rule)
                    if found is None:
                        found = spans[rule] = []
                    found.append((i, i + 1))
            strings = self.vocab.strings
            for key, start, end in multi(doc, allow_missing=True, as_spans=False):
                spans.setdefault((int(strings[key]), key), []).append((start, end))
            out = []
            for rule in sorted(spans):
                found = spans[rule]
                found.sort()  # one pass over a one-token rule's list, already in order
                out.extend((*rule, start, end) for start, end in found)
            return out

        def _remember(self, single, rows: list[tuple[int, int, int]], cache: dict) -> None:
            """Match the one-token rules on a Doc of one token per new (form, tag, label)."""
            strings = self.vocab.strings
            probe = _Doc(self.vocab, words=[strings[orth] for orth, _tag, _dep in rows],
                         spaces=[False] * len(rows))
            for tok, (_orth, tag, dep) in zip(probe, rows):
                tok.tag = tag
                tok.dep = dep
            found: list[list[tuple[int, int]]] = [[] for _ in rows]
            for key, start, _end in single(probe, allow_missing=True, as_spans=False):
                found[start].append((int(strings[key]), key))
            for row, keys in zip(rows, found):
                cache[row] = tuple(keys)

    CachedAttributeRuler.__name__ = CachedAttributeRuler.__qualname__ = f"Cached{base.__name__}"
    _SUBCLASSES[base] = CachedAttributeRuler
    return CachedAttributeRuler


def cache_attribute_rules(nlp: "Language") -> "Language":
    """Make every attribute ruler of ``nlp`` remember its one-token matches (idempotent).

    Annotations are unchanged (see the module docstring; ``tests/test_attribute_rules.py``).
    """
    from spacy.pipeline import AttributeRuler

    for _name, proc in nlp.pipeline:
        if isinstance(proc, AttributeRuler) and type(proc) not in _SUBCLASSES.values():
            proc.__class__ = _cached_class(type(proc))
    return nlp
