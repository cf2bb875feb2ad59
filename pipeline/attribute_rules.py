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
the new combinations, and remembers the answer. Most of those rules need less than the whole
row (:class:`_OneTokenRules`): the tag map's rules are asked once per (tag, label) pair, and the
rules of particular words ("wo" with tag MD) only about the rows holding one of their words
(a cold cache's probes -60% CPU). The few rules over two tokens ("gonna",
"ain't") still run through a Matcher, over the stretches of the Doc where their words stand.

Applying the matches as spaCy's ``set_annotations`` does (a Span, two Tokens and a call per
match, about two matches per token) cost more than finding them, so the component writes their
net effect instead: ``set_annotations`` sets one token's fields per match in rule order, so a
token ends with, per field, the value of the last rule among its matches that sets it. That is
remembered per (form, tag, label) too and written for all tokens in one ``Doc.from_array``
(attribute ruler -70% CPU on 300 documents, docs/performance.md "Eighth round"). Every part of
speech, morphology and lemma is the one stock spaCy writes (``tests/test_attribute_rules.py``
compares whole Docs; ``match`` still returns spaCy's matches in spaCy's order). A ruler whose
rules test anything else (the part of speech, entity labels, operators) or set other fields
runs through a Matcher over the whole Doc and spaCy's ``set_annotations``, as in spaCy.

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
    """``(one-token rules, Matcher of the other rules)`` for ``ruler``'s rules as they are now,
    or None when no rule is a one-token rule the cache can answer."""
    from spacy.matcher import Matcher

    single, multi = _OneTokenRules(ruler.vocab), Matcher(ruler.vocab)
    n_single = 0
    several: list = []  # the patterns of the other rules
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
            several.extend(patterns)
    return (single, multi, _anchors(ruler.vocab.strings, several), _fields(ruler.attrs)) if n_single else None


_PAIR_ATTRS = frozenset({"TAG", "DEP"})


def _word_ids(vocab, patterns: list) -> set[int] | None:
    """The ``LOWER`` ids a one-token rule can match, when every pattern requires ``LOWER`` to equal
    a string or to be ``IN`` a list of strings or ids; else None. The ids are the ones spaCy's
    Matcher compares the token's ``LOWER`` with (``StringStore.add`` for a plain string,
    ``get_string_id`` for the members of an IN set)."""
    from spacy.strings import get_string_id

    ids: set[int] = set()
    for pattern in patterns:
        value = pattern[0].get("LOWER")
        if isinstance(value, str):
            ids.add(vocab.strings.add(value))
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], (list, tuple)) \
                and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value["IN"]):
            ids.update(get_string_id(v) for v in value["IN"])
        else:
            return None
    return ids


class _OneTokenRules:
    """The one-token rules, matched by spaCy's :class:`~spacy.matcher.Matcher` on a probe Doc of
    one token per new (form, tag, label) row, split by what a rule's answer depends on so that
    each Matcher sees only the tokens it can match:

    - rules that test only the tag and the dependency label (the tag map): their answer is a
      function of (tag, label), asked once per pair and remembered (a few hundred pairs);
    - rules whose every pattern requires the lower-case form to be one of some words ("wo" with
      tag MD, "he"/"she" with tag PRP): asked only for the rows whose ``LOWER`` is one of the
      words of any such rule (the Matcher compares the same ids, so no other row can match);
    - the others (a regular expression, "is space"): every new row, as before.

    A rule's patterns stay together in one Matcher, so each rule's matches on a token are the
    ones a Matcher holding all the rules returns (the remembered rules of a row are read as a
    set in rule order: ``match`` and ``_apply`` sort them)."""

    def __init__(self, vocab) -> None:
        from spacy.matcher import Matcher

        self.vocab = vocab
        self.pairs, self.words, self.rest = Matcher(vocab), Matcher(vocab), Matcher(vocab)
        self.n_pairs = self.n_words = self.n_rest = 0
        self.gate: set[int] = set()
        self.pair_rules: dict[tuple[int, int], tuple] = {}
        # the attribute ruler's net effect of a sorted tuple of rule indices (``_merged``), for
        # the rules this plan was made from
        self.effects: dict[tuple[int, ...], tuple] = {}

    def add(self, key: int, patterns: list) -> None:
        """Add one rule's patterns to the Matcher its tests call for."""
        if all(set(p[0]) <= _PAIR_ATTRS for p in patterns):
            self.pairs.add(key, patterns)
            self.n_pairs += 1
            self.pair_rules.clear()
            return
        words = _word_ids(self.vocab, patterns)
        if words is not None:
            self.gate |= words
            self.words.add(key, patterns)
            self.n_words += 1
            return
        self.rest.add(key, patterns)
        self.n_rest += 1

    def _probe(self, rows: list[tuple[int, int, int]]):
        from spacy.tokens import Doc

        strings = self.vocab.strings
        probe = Doc(self.vocab, words=[strings[orth] for orth, _tag, _dep in rows], spaces=[False] * len(rows))
        for tok, (_orth, tag, dep) in zip(probe, rows):
            tok.tag = tag
            tok.dep = dep
        return probe

    def _found(self, matcher, probe, size: int) -> list[list[tuple[int, int]]]:
        strings = self.vocab.strings
        found: list[list[tuple[int, int]]] = [[] for _ in range(size)]
        for key, start, _end in matcher(probe, allow_missing=True, as_spans=False):
            found[start].append((int(strings[key]), key))
        return found

    def remember(self, rows: list[tuple[int, int, int]], cache: dict) -> None:
        """``cache[row]``: the (rule index, key) of every one-token rule matching the row."""
        from spacy.attrs import LOWER

        probe = self._probe(rows)
        rest = self._found(self.rest, probe, len(rows)) if self.n_rest else None
        words = None
        if self.n_words:
            lower = probe.to_array([LOWER]).reshape(-1).tolist()
            hit = [k for k, h in enumerate(lower) if h in self.gate]
            words = {}
            if hit:
                sub = [rows[k] for k in hit]
                words = dict(zip(hit, self._found(self.words, self._probe(sub), len(sub))))
        pairs = self.pair_rules
        if self.n_pairs:
            new: dict[tuple[int, int], tuple[int, int, int]] = {}
            for row in rows:
                pair = (row[1], row[2])
                if pair not in pairs and pair not in new:
                    new[pair] = row
            if new:
                for pair, keys in zip(new, self._found(self.pairs, self._probe(list(new.values())), len(new))):
                    pairs[pair] = tuple(keys)
        for k, row in enumerate(rows):
            keys = pairs.get((row[1], row[2]), ()) if self.n_pairs else ()
            if words:
                keys += tuple(words.get(k, ()))
            if rest is not None:
                keys += tuple(rest[k])
            cache[row] = keys


# Token attributes whose hashes ``Doc.to_array`` gives, for finding where a rule over several
# tokens could match (:func:`_anchors`).
_ARRAY_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG", "DEP": "DEP",
                "LEMMA": "LEMMA"}


def _anchors(strings, patterns: list) -> list[tuple[int, int, int, int]] | None:
    """Where the rules over several tokens can match, as ``(attribute id, value hash, offset,
    length)``: a pattern of ``length`` tokens matches only at ``i - offset`` for a token ``i``
    whose attribute has the value (the first token test that is a plain equality). None when a
    pattern has an operator or no such test: then that Matcher runs over the whole Doc."""
    from spacy.attrs import IDS

    out = []
    for pattern in patterns:
        anchor = None
        for k, spec in enumerate(pattern):
            if not isinstance(spec, dict) or "OP" in spec:
                return None
            if anchor is None:
                anchor = next(((IDS[_ARRAY_ATTRS[str(name).upper()]], strings.add(value), k) for name, value in spec.items()
                               if str(name).upper() in _ARRAY_ATTRS and isinstance(value, str)), None)
        if anchor is None:
            return None
        out.append((*anchor, len(pattern)))
    return out


def _windowed(multi, anchors, doc: "Doc") -> list[tuple[int, int, int]]:
    """``multi(doc)`` for a Matcher whose patterns :func:`_anchors` describes: the Matcher runs
    only over the stretches where a pattern can match (it builds a Python object for every token
    it passes, which over a whole Doc costs more than the rules). A match lies inside one of its
    pattern's windows and every token test looks at its own token only, so the matches are the
    same; overlapping windows are joined, so none is found twice."""
    if anchors is None:
        return list(multi(doc, allow_missing=True, as_spans=False))
    if not anchors:
        return []
    import numpy

    from .tokenarrays import merged_windows

    n = len(doc)
    attrs = sorted({a for a, _v, _k, _l in anchors})
    arr = doc.to_array(attrs).reshape(n, len(attrs))
    windows = []
    for attr, value, k, length in anchors:
        for i in numpy.flatnonzero(arr[:, attrs.index(attr)] == value).tolist():
            if 0 <= i - k and i - k + length <= n:
                windows.append((i - k, i - k + length))
    if not windows:
        return []
    out = []
    for s, e in merged_windows(windows):
        out.extend((key, s + a, s + b) for key, a, b in multi(doc[s:e], allow_missing=True, as_spans=False))
    return out


def distinct_rows(table):
    """``(first, inverse)``: the index of one row per distinct row of ``table`` and, per row,
    the position of its distinct row in ``first`` (``numpy.unique`` over rows, sped up by sorting
    one mixed 64-bit key per row; the rows are compared after, so a key shared by two different
    rows only sends the table through the slower exact path)."""
    import numpy

    with numpy.errstate(over="ignore"):
        key = table[:, 0] * numpy.uint64(0x9E3779B97F4A7C15) ^ table[:, 1] * numpy.uint64(0xC2B2AE3D27D4EB4F) \
            ^ table[:, 2] * numpy.uint64(0x165667B19E3779F9)
    _keys, first, inverse = numpy.unique(key, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    if numpy.array_equal(table[first][inverse], table):
        return first, inverse
    _rows, first, inverse = numpy.unique(table, axis=0, return_index=True, return_inverse=True)
    return first, inverse.reshape(-1)

def _fields(attrs: list[dict]) -> list[int] | None:
    """The token fields the rules set (sorted ids) when all are lemma, part of speech, tag, label
    or morphology, which ``Doc.from_array`` writes as ``set_annotations`` does; else None."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    allowed = {LEMMA, POS, TAG, DEP, MORPH}
    found: set = set()
    for a in attrs:
        found.update(a)
    if not found <= allowed:
        return None
    return sorted(found) or None


def _cached_class(base: type) -> type:
    """The subclass of an attribute-ruler class that remembers its one-token matches."""
    if base in _SUBCLASSES:
        return _SUBCLASSES[base]
    from spacy.attrs import DEP, ORTH, TAG

    class CachedAttributeRuler(base):  # type: ignore[valid-type, misc]
        """``base`` with one-token rule matches remembered (see the module docstring)."""

        def __reduce_ex__(self, protocol):
            return reduce_as_base(self, base, protocol, _cached_class)

        def _state(self):
            state = self.__dict__.get("_rule_cache")
            size = (len(self.attrs), len(self.matcher))
            if state is None or state[0] != size:
                # built lazily (after add_patterns, initialize or unpickling) and rebuilt when
                # rules are added or removed
                state = self.__dict__["_rule_cache"] = (size, _plan(self), {}, {})
            return state

        def __call__(self, doc: "Doc") -> "Doc":
            """spaCy's ``__call__``: the matches of :meth:`match` applied as ``set_annotations``
            applies them, written in one array operation where that gives the same Doc
            (:meth:`_apply`)."""
            error_handler = self.get_error_handler()
            try:
                if not self._apply(doc):
                    self.set_annotations(doc, self.match(doc))
                return doc
            except Exception as e:
                return error_handler(self.name, self, [doc], e)

        def match(self, doc: "Doc"):
            """The matches spaCy's ``match`` returns: ``(rule index, key, start, end)``, sorted."""
            _size, plan, cache, _net = self._state()
            if plan is None or not len(doc):
                return base.match(self, doc)
            single, multi, anchors, _fields_set = plan
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
            for key, start, end in _windowed(multi, anchors, doc):
                spans.setdefault((int(strings[key]), key), []).append((start, end))
            out = []
            for rule in sorted(spans):
                found = spans[rule]
                found.sort()  # one pass over a one-token rule's list, already in order
                out.extend((*rule, start, end) for start, end in found)
            return out

        def _apply(self, doc: "Doc") -> bool:
            """Write the annotations of all matches at once; False (nothing written) where the
            rules set something other than the token fields :func:`_fields` allows or a match's token
            index falls outside it (then spaCy's own ``set_annotations`` runs, and raises).

            ``set_annotations`` sets each match's attributes on one token, in the order of
            :meth:`match` (by rule), so a token ends with, per field, the value of the last rule
            among its matches that sets the field. For one-token rules that is a function of
            the (form, tag, label) row and is remembered per row; a token that a rule over
            several tokens also reaches is merged again in rule order.
            """
            import numpy
            from spacy.attrs import DEP, ORTH, TAG

            _size, plan, cache, net = self._state()
            n = len(doc)
            if plan is None or not n:
                return False
            single, multi, anchors, fields = plan
            if fields is None:
                return False
            strings = self.vocab.strings
            # the rules over several tokens first: nothing is written when one cannot be applied
            extra: dict[int, list[int]] = {}
            for key, start, end in _windowed(multi, anchors, doc):
                rule = int(strings[key])
                index = self.indices[rule]
                i = start + index if index >= 0 else end + index
                if not start <= i < end:
                    return False
                extra.setdefault(i, []).append(rule)
            table = doc.to_array([ORTH, TAG, DEP])
            first, inverse = distinct_rows(table)
            rows = [tuple(r) for r in table[first].tolist()]
            found = [net.get(r) for r in rows]
            new = [r for r, f in zip(rows, found) if f is None and r not in cache]
            if new:
                if len(cache) + len(new) > MAX_CACHED:
                    cache.clear()
                    net.clear()
                    found = [None] * len(rows)
                    new = rows
                self._remember(single, new, cache)
            effects = single.effects  # rule indices -> their net effect (rows share a few hundred)
            for k, f in enumerate(found):
                if f is None:
                    rules = tuple(sorted(rule for rule, _key in cache[rows[k]]))
                    f = effects.get(rules)
                    if f is None:
                        f = effects[rules] = self._merged(list(rules), fields)
                    found[k] = net[rows[k]] = f
            values = numpy.array([f[0] for f in found], dtype="uint64")[inverse]
            given = numpy.array([f[1] for f in found], dtype=bool)[inverse]
            current = doc.to_array(fields).reshape(n, len(fields))
            out = numpy.where(given, values, current)
            for i, rules in extra.items():
                vals, mask = self._merged(sorted([rule for rule, _key in cache[rows[int(inverse[i])]]] + rules), fields)
                out[i] = numpy.where(mask, numpy.array(vals, dtype="uint64"), current[i])
            doc.from_array(fields, out)
            return True

        def _merged(self, rules: list[int], fields: list[int]) -> tuple[tuple[int, ...], tuple[bool, ...]]:
            """Per field, the value the last of ``rules`` (in order) that sets it writes, and
            whether one does."""
            merged: dict[int, int] = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            return tuple(merged.get(f, 0) for f in fields), tuple(f in merged for f in fields)

        def _remember(self, single, rows: list[tuple[int, int, int]], cache: dict) -> None:
            """Match the one-token rules on a Doc of one token per new (form, tag, label)
            (:class:`_OneTokenRules`)."""
            single.remember(rows, cache)

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
