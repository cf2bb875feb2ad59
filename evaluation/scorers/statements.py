"""Score pipeline records against hand-annotated gold files.

Gold files are ``NAME.gold.json`` next to ``NAME.txt`` (layout and conventions:
``shared/dev/README.md``). Two layouts are read:

* statements layout: ``persons`` (names), ``roles``, ``quantities``, ``forces``, ``dates``,
  ``quotes``, ``uncertain``; evidence is ``{"text", "occurrence"}`` (the k-th, 0-based,
  occurrence of ``text`` in the ``.txt``);
* seed layout: ``entities`` (``label``/``name``/``aliases``), items that may carry
  ``"optional": true``, evidence ``{"start", "end", "text"}`` and a ``must_not`` list.

Matching rules (every metric is micro-averaged over documents, one-to-one matching):

* ``persons``: the PERSON entities of a record against the gold names. Two names match when the
  tokens of one are all among the tokens of the other ("Yoon" ~ "Yoon Suk Yeol"; "Joe Biden"
  does not match "Joseph R. Biden Jr.").
* ``roles``: person name match + same ``role`` category + same country, where "country" is the
  ISO3 country or, when that is null, the organisation (gold ``NATO`` vs record organisation
  ``NATO``). ``roles_person_country`` drops the category.
* ``quantities``: a gold and a predicted quantity are *aligned* when their evidence spans
  overlap, or when they have the same value and start in the same sentence of the text (so a
  shorter or longer evidence span elsewhere in the sentence still counts). ``quantities``
  needs the same value; ``quantities_unit`` also the same unit (case-insensitive, simple
  singular forms, currency symbols and codes to their word; "electric battery park" ~ "park":
  units whose last words agree match). Qualifier/approximate/category accuracy is reported on
  value-matched pairs.
* ``forces``: same owner (ISO3 or organisation) + same unit category (personnel, naval, air,
  missile: from the unit's words) + same size when the gold size is not null. Location
  accuracy is reported on matched pairs.
* ``dates``: overlapping evidence spans and the same TIMEX3 value; ``dates_span``: overlap
  only (type and value accuracy on those pairs).
* ``quotes``: overlapping evidence spans and speaker match (name rule above; a null gold
  speaker needs a null predicted speaker); ``quotes_span``: overlap only.

Gold ``uncertain`` items (statements) and ``optional`` items (seed) are not required: a
prediction that matches one is neither a true nor a false positive. ``must_not`` items of the
seed are reported as violations when a record contains a matching item.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PipelineError

METRICS = (
    "persons",
    "roles",
    "roles_person_country",
    "quantities",
    "quantities_unit",
    "forces",
    "dates",
    "dates_span",
    "quotes",
    "quotes_span",
)
"""The metric keys of :func:`score_statements`, in table order."""

GOLD_SUFFIX = ".gold.json"


class GoldError(PipelineError):
    """A gold file is malformed or its evidence cannot be found in the text beside it."""


# ---- gold ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold file, with every evidence resolved to ``(start, end)`` offsets of ``text``.

    Item lists hold plain dicts (the gold items) with an added ``"span"`` key (``(start, end)``
    or None when the item has no evidence). ``optional`` holds the not-required items per kind
    (``person``, ``role``, ``quantity``, ``force``, ``date``, ``quote``, ``quote_speaker``...).
    """

    stem: str
    text: str
    published: str | None
    persons: tuple[dict, ...]
    roles: tuple[dict, ...]
    quantities: tuple[dict, ...]
    forces: tuple[dict, ...]
    dates: tuple[dict, ...]
    quotes: tuple[dict, ...]
    optional: dict[str, tuple[dict, ...]] = field(default_factory=dict)
    must_not: tuple[dict, ...] = ()


def occurrence_span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (0-based) occurrence of ``needle`` in ``text``.

    Occurrences are counted at every start position (``"aa"`` occurs twice in ``"aaa"``).

    Raises:
        GoldError: ``needle`` is empty or occurs fewer than ``occurrence + 1`` times.
    """
    if not needle:
        raise GoldError("empty evidence text")
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise GoldError(f"evidence {needle[:60]!r} occurrence {occurrence} not found")
    return pos, pos + len(needle)


def _resolve(text: str, ev: Any) -> tuple[int, int] | None:
    if not isinstance(ev, dict) or not ev.get("text"):
        return None
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and text[start:end] == ev["text"]:
        return start, end
    if "occurrence" not in ev and isinstance(start, int):
        # Offsets that do not slice to the text: take the occurrence nearest to them.
        hits = [m.start() for m in re.finditer(re.escape(ev["text"]), text)]
        if not hits:
            raise GoldError(f"evidence {ev['text'][:60]!r} not found")
        best = min(hits, key=lambda h: abs(h - start))
        return best, best + len(ev["text"])
    return occurrence_span(text, ev["text"], int(ev.get("occurrence", 0)))


def _kind_of(item: dict) -> str:
    kind = str(item.get("kind") or item.get("type") or "").lower()
    if kind.upper() in ("DATE", "DURATION", "SET", "TIME"):
        return "date"
    return kind.rstrip("s") if kind in ("persons", "roles", "quantities", "dates", "quotes", "forces") else kind


def _with_span(text: str, item: dict) -> dict:
    return {**item, "span": _resolve(text, item.get("evidence"))}


def read_gold(path: Path) -> GoldDoc:
    """Read one ``*.gold.json`` and the ``.txt`` beside it (both layouts).

    Raises:
        GoldError: The JSON is malformed, the text is missing or evidence is not found.
    """
    path = Path(path)
    stem = path.name[: -len(GOLD_SUFFIX)] if path.name.endswith(GOLD_SUFFIX) else path.stem
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GoldError(f"{path}: {e}") from e
    info = gold.get("article") if isinstance(gold.get("article"), dict) else gold
    txt = path.with_name((info.get("file") or stem + ".txt"))
    if not txt.exists():
        txt = path.with_name(stem + ".txt")
    try:
        text = txt.read_text(encoding="utf-8")
    except OSError as e:
        raise GoldError(f"{path}: text file {txt.name} not readable: {e}") from e

    try:
        required: dict[str, list[dict]] = {k: [] for k in ("person", "role", "quantity", "force", "date", "quote")}
        optional: dict[str, list[dict]] = {}

        def add(kind: str, item: dict) -> None:
            item = _with_span(text, item)
            (optional.setdefault(kind, []) if item.get("optional") else required[kind]).append(item)

        if "persons" in gold:
            for name in gold["persons"]:
                add("person", {"name": name, "names": [name]})
        for ent in gold.get("entities", ()):
            if ent.get("label") == "PERSON":
                add("person", {**ent, "names": [ent["name"], *ent.get("aliases", ())]})
        for kind, key in (("role", "roles"), ("quantity", "quantities"), ("force", "forces"),
                          ("date", "dates"), ("quote", "quotes")):
            for item in gold.get(key, ()):
                add(kind, item)
        for item in gold.get("uncertain", ()):
            optional.setdefault(_kind_of(item), []).append(_with_span(text, item))
    except GoldError as e:
        raise GoldError(f"{path}: {e}") from e
    return GoldDoc(
        stem=stem,
        text=text,
        published=info.get("published"),
        persons=tuple(required["person"]),
        roles=tuple(required["role"]),
        quantities=tuple(required["quantity"]),
        forces=tuple(required["force"]),
        dates=tuple(required["date"]),
        quotes=tuple(required["quote"]),
        optional={k: tuple(v) for k, v in optional.items()},
        must_not=tuple(gold.get("must_not", ())),
    )


def load_gold(gold_dir: Path | Iterable[Path]) -> dict[str, GoldDoc]:
    """Read every ``*.gold.json`` of one or several directories, keyed by file stem."""
    dirs = [Path(gold_dir)] if isinstance(gold_dir, (str, Path)) else [Path(d) for d in gold_dir]
    docs: dict[str, GoldDoc] = {}
    for d in dirs:
        for path in sorted(d.glob("*" + GOLD_SUFFIX)):
            doc = read_gold(path)
            docs[doc.stem] = doc
    return docs


# ---- comparison helpers -------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n")


def name_tokens(name: str | None) -> frozenset[str]:
    """Lower-cased word tokens of a name, accents and possessive ``'s`` removed."""
    if not name:
        return frozenset()
    plain = unicodedata.normalize("NFKD", _POSSESSIVE.sub("", name))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return frozenset(_TOKEN.findall(plain.lower()))


def names_match(a: str | None, b: str | None) -> bool:
    """True when all tokens of one name are among the tokens of the other ("Yoon" ~ "Yoon Suk Yeol")."""
    ta, tb = name_tokens(a), name_tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _any_names_match(golds: Iterable[str | None], preds: Iterable[str | None]) -> bool:
    preds = tuple(preds)
    return any(names_match(g, p) for g in golds for p in preds)


_UNIT_WORDS = {
    "$": "dollar", "us$": "dollar", "usd": "dollar", "€": "euro", "eur": "euro", "£": "pound",
    "gbp": "pound", "¥": "yen", "jpy": "yen", "%": "percent", "per cent": "percent", "pct": "percent",
    "people": "person", "personnel": "personnel", "men": "man", "women": "woman", "children": "child",
    "aircraft": "aircraft", "series": "series", "species": "species",
}


def _singular(word: str) -> str:
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalize_unit(unit: str | None) -> str | None:
    """A comparable form of a unit: lower case, currency/percent words, singular words."""
    if unit is None:
        return None
    u = " ".join(unit.lower().replace("-", " ").split())
    if not u:
        return None
    if u in _UNIT_WORDS:
        return _UNIT_WORDS[u]
    return " ".join(_singular(w) for w in u.split())


def units_match(a: str | None, b: str | None) -> bool:
    """Same normalised unit, or the same last word ("electric battery park" ~ "park")."""
    na, nb = normalize_unit(a), normalize_unit(b)
    if na is None or nb is None:
        return na is None and nb is None
    return na == nb or na.split()[-1] == nb.split()[-1]


def values_match(a: Any, b: Any) -> bool:
    """Numbers equal up to float noise."""
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """True when two half-open ranges share at least one character (None never overlaps)."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _place(item: dict | None) -> str | None:
    """Country, else organisation, upper-cased (roles and force owners)."""
    if not item:
        return None
    v = item.get("country") or item.get("organization")
    return str(v).upper() if v else None


_FORCE_CATEGORIES = (
    ("naval", ("ship", "vessel", "submarine", "ssn", "carrier", "destroyer", "frigate", "warship",
               "cruiser", "boat", "fleet", "navy", "naval", "corvette")),
    ("air", ("aircraft", "jet", "fighter", "bomber", "plane", "helicopter", "drone", "squadron",
             "airplane", "f-35", "f-16", "uav")),
    ("missile", ("missile", "rocket", "launcher", "battery", "himars", "interceptor", "thaad", "patriot")),
)


def force_category(unit: str | None) -> str:
    """Coarse category of a force unit: ``naval``, ``air``, ``missile`` or ``personnel``."""
    words = {_singular(w) for w in re.findall(r"[\w-]+", (unit or "").lower())}
    for cat, keys in _FORCE_CATEGORIES:
        if words & set(keys):
            return cat
    return "personnel"


# ---- matching -----------------------------------------------------------------------------

@dataclass(slots=True)
class Counts:
    """True/false positives and negatives plus named correct/total counters (accuracies)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for k, (c, t) in other.extra.items():
            acc = self.extra.setdefault(k, [0, 0])
            acc[0] += c
            acc[1] += t

    def tally(self, name: str, correct: bool) -> None:
        acc = self.extra.setdefault(name, [0, 0])
        acc[0] += int(correct)
        acc[1] += 1

    def as_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        if p is None and r is None:
            f1 = None
        else:
            f1 = 2 * p * r / (p + r) if p and r else 0.0
        out: dict[str, Any] = {"precision": _round(p), "recall": _round(r), "f1": _round(f1),
                               "tp": self.tp, "fp": self.fp, "fn": self.fn}
        for k, (c, t) in sorted(self.extra.items()):
            out[f"{k}_accuracy"] = _round(c / t) if t else None
            out[f"{k}_pairs"] = t
        return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def max_matching(n_gold: int, n_pred: int, compatible: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (gold index, pred index) of a bipartite relation.

    Candidates are tried in index order, so among equally large matchings earlier pairs win.
    """
    adj = [[j for j in range(n_pred) if compatible(i, j)] for i in range(n_gold)]
    owner: list[int | None] = [None] * n_pred

    def augment(i: int, seen: list[bool]) -> bool:
        for j in adj[i]:
            if not seen[j]:
                seen[j] = True
                if owner[j] is None or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(n_gold):
        if adj[i]:
            augment(i, [False] * n_pred)
    return sorted((i, j) for j, i in enumerate(owner) if i is not None)


@dataclass(slots=True)
class ItemScore:
    """Counts of one comparison plus the matched pairs, missed gold and spurious predictions."""

    counts: Counts
    pairs: list[tuple[dict, dict]]
    missed: list[dict]
    spurious: list[dict]


def score_items(
    gold: Sequence[dict],
    pred: Sequence[dict],
    compatible: Callable[[dict, dict], bool],
    *,
    optional: Sequence[dict] = (),
    excused: Callable[[dict], bool] | None = None,
) -> ItemScore:
    """One-to-one match ``pred`` against required ``gold`` items.

    Args:
        gold: Required gold items (unmatched ones are false negatives).
        pred: Predicted items.
        compatible: Whether a gold and a predicted item match.
        optional: Not-required gold items: a prediction compatible with one is not counted.
        excused: Another test for predictions that are neither right nor wrong.
    """
    pairs = max_matching(len(gold), len(pred), lambda i, j: compatible(gold[i], pred[j]))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    spurious = []
    for j, p in enumerate(pred):
        if j in matched_p:
            continue
        if any(compatible(o, p) for o in optional) or (excused is not None and excused(p)):
            continue
        spurious.append(p)
    missed = [g for i, g in enumerate(gold) if i not in matched_g]
    counts = Counts(tp=len(pairs), fp=len(spurious), fn=len(missed))
    return ItemScore(counts, [(gold[i], pred[j]) for i, j in pairs], missed, spurious)


# ---- per-type scorers ---------------------------------------------------------------------

def evidence_span(ev: Any) -> tuple[int, int] | None:
    """``(start, end)`` of a record evidence dict, or None."""
    if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
        return ev["start"], ev["end"]
    return None


class _Sentences:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]

    def index(self, offset: int | None) -> int | None:
        return None if offset is None else bisect.bisect_right(self.starts, offset) - 1


def _uncertain_excuse(optional: Sequence[dict], *, names: Callable[[dict], Iterable[str | None]],
                      spans: Callable[[dict], Iterable[tuple[int, int] | None]]) -> Callable[[dict], bool]:
    """An uncertain item excuses a prediction whose evidence overlaps it or whose name it contains."""

    def excused(p: dict) -> bool:
        for u in optional:
            if any(spans_overlap(u.get("span"), s) for s in spans(p)):
                return True
            utoks = name_tokens(u.get("person") or u.get("text"))
            if utoks and any(name_tokens(n) and name_tokens(n) <= utoks for n in names(p)):
                return True
        return False

    return excused


def _short(item: dict, *keys: str) -> dict:
    out = {k: item.get(k) for k in keys if item.get(k) is not None}
    ev = item.get("evidence")
    if isinstance(ev, dict) and ev.get("text"):
        out["evidence"] = ev["text"][:80]
    return out


def _entity_names(record: dict) -> dict[str, str]:
    return {e["id"]: e["name"] for e in record.get("entities", ()) if e.get("id")}


def _score_doc(record: dict, gold: GoldDoc) -> dict[str, ItemScore]:
    opt = gold.optional
    ent_names = _entity_names(record)
    sentences = _Sentences(gold.text)
    out: dict[str, ItemScore] = {}

    # persons
    preds = [
        {"name": e["name"], "spans": [evidence_span(m) for m in e.get("mentions", ())]}
        for e in record.get("entities", ()) if e.get("label") == "PERSON"
    ]
    out["persons"] = score_items(
        gold.persons, preds, lambda g, p: _any_names_match(g["names"], [p["name"]]),
        optional=[{**o, "names": o.get("names") or [o.get("name") or o.get("text")]} for o in opt.get("person", ())],
        excused=_uncertain_excuse(opt.get("person", ()), names=lambda p: [p["name"]], spans=lambda p: p["spans"]),
    )

    # roles
    roles = [dict(r, _names=[r.get("person_name"), ent_names.get(r.get("person") or "")]) for r in record.get("roles", ())]

    def person_ok(g: dict, p: dict) -> bool:
        return _any_names_match([g.get("person")], p["_names"])

    role_opt = opt.get("role", ())
    role_excuse = _uncertain_excuse(role_opt, names=lambda p: p["_names"], spans=lambda p: [evidence_span(p.get("evidence"))])
    out["roles"] = score_items(
        gold.roles, roles,
        lambda g, p: person_ok(g, p) and g.get("role") == p.get("role") and _place(g) == _place(p),
        optional=[o for o in role_opt if o.get("role")], excused=role_excuse,
    )
    out["roles_person_country"] = score_items(
        gold.roles, roles, lambda g, p: person_ok(g, p) and _place(g) == _place(p),
        optional=[o for o in role_opt if o.get("role")], excused=role_excuse,
    )

    # quantities
    quants = [dict(q, span=evidence_span(q.get("evidence"))) for q in record.get("quantities", ())]

    def aligned(g: dict, p: dict) -> bool:
        if spans_overlap(g.get("span"), p["span"]):
            return True
        gs, ps = g.get("span"), p["span"]
        return (gs is not None and ps is not None and values_match(g.get("value"), p.get("value"))
                and sentences.index(gs[0]) == sentences.index(ps[0]))

    q_opt = [o for o in opt.get("quantity", ())]
    q_excuse = _uncertain_excuse(q_opt, names=lambda p: (), spans=lambda p: [p["span"]])
    val_ok = lambda g, p: values_match(g.get("value"), p.get("value")) and aligned(g, p)  # noqa: E731
    res = score_items(gold.quantities, quants, val_ok, optional=q_opt, excused=q_excuse)
    for g, p in res.pairs:
        res.counts.tally("qualifier", (g.get("qualifier") or None) == (p.get("qualifier") or None)
                         or str(g.get("qualifier")).lower() == str(p.get("qualifier")).lower())
        res.counts.tally("approximate", bool(g.get("approximate")) == bool(p.get("approximate")))
        res.counts.tally("category", g.get("category") == p.get("category"))
        res.counts.tally("unit", units_match(g.get("unit"), p.get("unit")))
    out["quantities"] = res
    out["quantities_unit"] = score_items(
        gold.quantities, quants, lambda g, p: val_ok(g, p) and units_match(g.get("unit"), p.get("unit")),
        optional=q_opt, excused=q_excuse,
    )

    # forces
    def force_ok(g: dict, p: dict) -> bool:
        return (
            g.get("owner") is not None
            and str(g.get("owner")).upper() == str(p.get("owner")).upper()
            and force_category(g.get("unit")) == force_category(p.get("unit"))
            and (g.get("size") is None or values_match(g.get("size"), p.get("size")))
        )

    f_opt = opt.get("force", ())

    def force_excused(p: dict) -> bool:
        return any(
            (o.get("owner") is None or str(o["owner"]).upper() == str(p.get("owner")).upper())
            and (o.get("location") is None or o["location"] == p.get("location"))
            and (o.get("owner") or o.get("location"))
            for o in f_opt
        )

    res = score_items(gold.forces, list(record.get("forces", ())), force_ok, excused=force_excused)
    for g, p in res.pairs:
        res.counts.tally("location", g.get("location") == p.get("location"))
    out["forces"] = res

    # dates
    dates = [dict(d, span=evidence_span(d.get("evidence"))) for d in record.get("dates", ())]
    d_opt = opt.get("date", ())
    d_excuse = _uncertain_excuse(d_opt, names=lambda p: (), spans=lambda p: [p["span"]])
    same_value = lambda g, p: str(g.get("value")).strip().upper() == str(p.get("value")).strip().upper()  # noqa: E731
    out["dates"] = score_items(
        gold.dates, dates, lambda g, p: spans_overlap(g["span"], p["span"]) and same_value(g, p),
        optional=d_opt, excused=d_excuse,
    )
    res = score_items(gold.dates, dates, lambda g, p: spans_overlap(g["span"], p["span"]), optional=d_opt, excused=d_excuse)
    for g, p in res.pairs:
        res.counts.tally("type", g.get("type") == p.get("type"))
        res.counts.tally("value", same_value(g, p))
    out["dates_span"] = res

    # quotes
    quotes = [dict(q, span=evidence_span(q.get("evidence")),
                   _names=[q.get("speaker_name"), ent_names.get(q.get("speaker") or "")]) for q in record.get("quotes", ())]
    spk_opt = opt.get("quote_speaker", ())

    def speaker_ok(g: dict, p: dict) -> bool:
        if any(names_match(g.get("speaker"), o.get("text") or (o.get("evidence") or {}).get("text")) for o in spk_opt):
            return True
        if g.get("speaker") is None:
            return not any(p["_names"])
        return _any_names_match([g.get("speaker")], p["_names"])

    t_opt = opt.get("quote", ())
    t_excuse = _uncertain_excuse(t_opt, names=lambda p: (), spans=lambda p: [p["span"]])
    out["quotes"] = score_items(
        gold.quotes, quotes, lambda g, p: spans_overlap(g["span"], p["span"]) and speaker_ok(g, p),
        optional=t_opt, excused=t_excuse,
    )
    out["quotes_span"] = score_items(
        gold.quotes, quotes, lambda g, p: spans_overlap(g["span"], p["span"]), optional=t_opt, excused=t_excuse,
    )
    return out


def must_not_violations(record: dict, gold: GoldDoc) -> list[dict]:
    """The gold ``must_not`` items that a record contains (seed layout).

    Kinds: ``quantity`` (``value``), ``date`` (``text``: a date whose text or evidence contains
    it), ``role`` (``person`` and ``country``), ``person`` (``name``), ``quote`` (``text``).
    """
    ent_names = _entity_names(record)
    found = []
    for item in gold.must_not:
        kind = _kind_of(item)
        hit = None
        if kind == "quantity":
            hit = next((q for q in record.get("quantities", ()) if values_match(q.get("value"), item.get("value"))), None)
        elif kind == "date":
            needle = str(item.get("text", "")).lower()
            hit = next((d for d in record.get("dates", ()) if needle and (
                needle in str(d.get("text", "")).lower() or needle in str((d.get("evidence") or {}).get("text", "")).lower()
            )), None)
        elif kind == "role":
            hit = next((r for r in record.get("roles", ())
                        if _any_names_match([item.get("person")], [r.get("person_name"), ent_names.get(r.get("person") or "")])
                        and ("country" not in item or _place(r) == (item["country"] or "").upper() or
                             (item["country"] is None and _place(r) is None))), None)
        elif kind == "person":
            hit = next((e for e in record.get("entities", ())
                        if e.get("label") == "PERSON" and names_match(e.get("name"), item.get("name"))), None)
        elif kind == "quote":
            needle = str(item.get("text", "")).lower()
            hit = next((q for q in record.get("quotes", ()) if needle and needle in str(q.get("text", "")).lower()), None)
        if hit is not None:
            found.append({"document": gold.stem, "kind": kind, "why": item.get("why"),
                          "item": {k: v for k, v in item.items() if k not in ("why",)},
                          "found": _short(hit, "text", "value", "person_name", "country")})
    return found


# ---- public API ---------------------------------------------------------------------------

def _record_keys(record: dict) -> list[str]:
    art = record.get("article") or {}
    keys = [str(art.get("id") or "")]
    source = art.get("source")
    if source:
        base = Path(str(source)).name
        for suffix in (GOLD_SUFFIX, ".txt", ".json", ".jsonl", ".md"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
                break
        keys.append(base)
    return [k for k in keys if k]


def score_statements(records: Iterable[dict], gold_dir: Path | Iterable[Path]) -> dict[str, Any]:
    """Score pipeline records against the gold files of ``gold_dir``.

    A record is scored against the gold file whose stem equals ``article.id`` or the base name
    (without extension) of ``article.source``. Records without gold are ignored; gold files
    without a record are listed under ``missing``.

    Args:
        records: Record dicts (schemas/article.schema.json).
        gold_dir: A directory (or several) holding ``*.gold.json`` and the ``.txt`` files.

    Returns:
        ``{metric: {"precision", "recall", "f1", "tp", "fp", "fn", ...accuracies}}`` for each
        key of :data:`METRICS`, plus ``documents`` (number scored), ``missing`` (gold stems
        without a record), ``unmatched_records``, ``must_not`` (``{"checked", "violated",
        "violations"}``) and ``per_document`` (per stem and metric: counts, ``missed`` gold
        items and ``spurious`` predictions, for error analysis).
    """
    gold = load_gold(gold_dir)
    totals = {m: Counts() for m in METRICS}
    per_doc: dict[str, Any] = {}
    violations: list[dict] = []
    checked = 0
    unmatched = 0
    for record in records:
        stem = next((k for k in _record_keys(record) if k in gold), None)
        if stem is None:
            unmatched += 1
            continue
        g = gold[stem]
        results = _score_doc(record, g)
        doc_out = {}
        for m, res in results.items():
            totals[m].add(res.counts)
            doc_out[m] = {
                "tp": res.counts.tp, "fp": res.counts.fp, "fn": res.counts.fn,
                "missed": [_short(x, "name", "person", "role", "country", "organization", "text", "value",
                                  "unit", "owner", "size", "speaker") for x in res.missed],
                "spurious": [_short(x, "name", "person_name", "role", "country", "organization", "text", "value",
                                    "unit", "owner", "size", "speaker_name") for x in res.spurious],
            }
        per_doc[stem] = doc_out
        checked += len(g.must_not)
        violations.extend(must_not_violations(record, g))
    out: dict[str, Any] = {m: totals[m].as_dict() for m in METRICS}
    out["documents"] = len(per_doc)
    out["missing"] = sorted(set(gold) - set(per_doc))
    out["unmatched_records"] = unmatched
    out["must_not"] = {"checked": checked, "violated": len(violations), "violations": violations}
    out["per_document"] = per_doc
    return out


def _fmt(x: Any) -> str:
    if x is None:
        return "–"
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def format_table(scores: dict[str, Any], *, title: str | None = None) -> str:
    """A Markdown table of the metrics in ``scores`` (from :func:`score_statements` or
    :func:`pipeline.meantime.score_meantime`), one row per metric, accuracies as notes."""
    lines = []
    if title:
        lines += [f"### {title}", ""]
    lines += ["| metric | precision | recall | F1 | TP | FP | FN | notes |",
              "|---|---:|---:|---:|---:|---:|---:|---|"]
    for name, row in scores.items():
        if not isinstance(row, dict) or "f1" not in row:
            continue
        notes = ", ".join(
            f"{k[: -len('_accuracy')]} acc {_fmt(v)} (n={row.get(k[: -len('_accuracy')] + '_pairs')})"
            for k, v in row.items() if k.endswith("_accuracy")
        )
        lines.append(f"| {name} | {_fmt(row['precision'])} | {_fmt(row['recall'])} | {_fmt(row['f1'])} | "
                     f"{row['tp']} | {row['fp']} | {row['fn']} | {notes} |")
    tail = []
    if "documents" in scores:
        tail.append(f"documents: {scores['documents']}")
    mn = scores.get("must_not")
    if isinstance(mn, dict) and mn.get("checked"):
        tail.append(f"must_not violations: {mn['violated']} of {mn['checked']}")
    if tail:
        lines += ["", "; ".join(tail)]
    return "\n".join(lines)
