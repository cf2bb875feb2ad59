"""Contractions written with the typographic apostrophe read as those written with the typewriter one.

spaCy's English tokenizer splits "I’m", "we’re", "it’s", "they’ve" and "we’ll" as it splits
"I'm" (same ``NORM``), but ``en_core_web_sm``'s attribute ruler gives lemma and part of speech
by the written form, and its rules name the contractions with "'" only ("'m", "'re", "'s",
"'ve", "'ll", "'d"; "n’t" alone has both). News sites and government pages print "’", so there
"’m" kept the lemma "’m" and "’s" the lemma "’": no rule of the stages that reads "be", "have",
"will" or "would" saw "I’m a senior adviser" or "we’ll impose sanctions".

:func:`curly_contractions` adds to the ruler, for each of its rules that names such a word,
the same rule with "’" (U+2019, the apostrophe of typeset English). The tagger, which met the
typographic form rarely in training, also tags "’m" as VBZ; a contraction to which the model's
one-token rules give a single tag ("'m" and "'re": VBP) gets its rule whatever tag was chosen,
and that tag with it; a typographic "’s" tagged VBP ("it’s going"), a tag no third-person verb
has, takes the model's VBZ reading ("be"). The rules come from the model itself, so another
model's rules are mirrored the same way.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["curly_contractions"]

_STRAIGHT = "'"
_CURLY = "\u2019"


# The tagger also tags the typographic "’s" of "it’s going", "that’s" as VBP, a tag no verb of the
# third person singular has: read as the VBZ the model's rules give the typewriter "'s" ("be").
_RETAGGED = {"'s": ("VBP", "VBZ")}


def _apostrophe_words(value: object) -> list[str]:
    """The words with a typewriter apostrophe in a LOWER/ORTH test (a word or an ``IN`` list)."""
    words = value.get("IN", []) if isinstance(value, dict) else [value]
    return [w for w in words if isinstance(w, str) and _STRAIGHT in w and _CURLY not in w]


def _twin(token: dict) -> dict | None:
    """The token test with its apostrophe words in the typographic form, or None when it names none."""
    for key in ("LOWER", "ORTH"):
        listed = set(token[key].get("IN", [])) if isinstance(token.get(key), dict) else set()
        words = [w for w in _apostrophe_words(token.get(key)) if w.replace(_STRAIGHT, _CURLY) not in listed]
        if words:
            out = dict(token)
            curly = [w.replace(_STRAIGHT, _CURLY) for w in words]
            out[key] = {"IN": curly} if len(curly) > 1 or isinstance(token[key], dict) else curly[0]
            return out
    return None


def _single_tags(patterns: list[dict]) -> dict[str, str]:
    """Clitics to which the one-token rules give exactly one tag ("'m" -> "VBP"; not "i'd", a
    misspelling the rules list among the conjunctions)."""
    tags: dict[str, set] = {}
    for rule in patterns:
        for pattern in rule["patterns"]:
            if len(pattern) != 1:
                continue
            token = pattern[0]
            for w in _apostrophe_words(token.get("LOWER")) + _apostrophe_words(token.get("ORTH")):
                tags.setdefault(w, set()).add(token.get("TAG") if isinstance(token.get("TAG"), str) else None)
    return {w: next(iter(t)) for w, t in tags.items() if len(t) == 1 and None not in t and w.startswith(_STRAIGHT)}


def curly_contractions(nlp: "Language") -> "Language":
    """Add the typographic twin of every attribute-ruler rule that names a contraction (idempotent).

    Args:
        nlp: A loaded pipeline; its ``attribute_ruler`` (if any) gains the rules.

    Returns:
        ``nlp``.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    rules = list(ruler.patterns)
    named = {repr(rule["patterns"]) for rule in rules}
    single = _single_tags(rules)
    for rule in rules:
        for pattern in rule["patterns"]:
            twins = [_twin(token) for token in pattern]
            if not any(twins):
                continue
            new = [t or dict(token) for t, token in zip(twins, pattern)]
            attrs = copy.deepcopy(rule["attrs"])
            if len(new) == 1:
                tags = {single.get(w) for w in _apostrophe_words(pattern[0].get("LOWER"))
                        + _apostrophe_words(pattern[0].get("ORTH"))}
                tag = tags.pop() if len(tags) == 1 else None
                if tag is not None and new[0].get("TAG") == tag:
                    new[0] = {k: v for k, v in new[0].items() if k != "TAG"}  # "’m" tagged VBZ
                    attrs["TAG"] = tag
            if repr([new]) in named:
                continue  # (added before: the function is idempotent)
            ruler.add([new], attrs, index=rule.get("index", 0))
            named.add(repr([new]))
    for word, (wrong, right) in _RETAGGED.items():
        rule = next((r for r in rules if len(r["patterns"][0]) == 1 and r["patterns"][0][0].get("TAG") == right
                     and word in _apostrophe_words(r["patterns"][0][0].get("LOWER"))), None)
        new = [{"TAG": wrong, "LOWER": word.replace(_STRAIGHT, _CURLY)}]
        done = any(r["patterns"] == [new] and r["attrs"].get("TAG") == right for r in ruler.patterns)
        if rule is not None and not done:
            ruler.add([new], dict(copy.deepcopy(rule["attrs"]), TAG=right))
    return nlp
