"""Names of people that name firms: what English writes about a firm and never about a person.

Many firms carry a founder's name ("Charles Schwab", "Edward Jones", "Morgan Stanley"), and the
small model tags them PERSON. :mod:`.itsfirms` settles one-word names referred back to with
"its"; these cues settle names of any length, given name or not:

* a relative clause with "which" on the subject of a verb ("Edward Jones, which is privately
  held, said ..."): a person is "who";
* the object of "at" after a noun for someone's job ("an analyst at Morgan Stanley", "workers
  at Charles Schwab"): people work at a firm, not at a person;
* a noun for a job at a firm right after the name ("Morningstar analyst Ana Ruiz", "Kestrel
  employees"): a person's name takes a possessive there; not "aide" or "adviser", which a
  politician's name modifies ("Biden aide");
* a made product the name is the maker of: "doses of X", "the X-Y vaccine" (one-word names:
  :mod:`.itsfirms`);
* a noun for a business right before the name, or before a name it is coordinated with
  ("brokerage firms Charles Schwab and Edward Jones"; not the nouns that also name a person's
  trade: "investor", "developer", "producer");
* a possessive that owns what only a firm has (``business_attributes`` of ``companies.json``:
  "Schwab's chief executive", "Edward Jones's customers", "Morgan Stanley's shares").

A name of a well-known company (``company_names.json``, the S&P 500's) is a firm without a cue
("from Pfizer and from Moderna") when it starts with no given name (not "Walt Disney", "Ralph
Lauren": people too), no honorific or office word stands before it, and it is not the surname of
a person the article names in full ("Ford" beside "Gerald Ford").

Every other mention of the same name is that firm too (one sense per article), and so is the
last word of a cued name of two or more words when written alone ("Schwab" after "Charles
Schwab"), unless an honorific or office word stands before it ("Mr. Schwab").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.companies import company_words, listed_company
from ..knowledge.offices import HONORIFICS
from .itsfirms import _PRODUCT_NOUNS
from ..names import is_given_name
from .lexicon import Item, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Nouns for someone by their job, the head of "at" + employer ("an analyst at X", "workers at X").
_JOB_NOUNS = frozenset({
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "executive", "executives",
    "employee", "employees", "worker", "workers", "engineer", "engineers", "researcher", "researchers",
    "trader", "traders", "banker", "bankers", "manager", "managers", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "ceo", "cfo", "director", "partner", "partners", "staff",
})
# Jobs at a firm a firm's name modifies without a possessive ("Gartner analyst X").
_STAFF_NOUNS = frozenset({"analyst", "analysts", "strategist", "strategists", "trader", "traders", "banker",
                          "bankers", "employee", "employees", "engineer", "engineers", "shareholders"})
# Two-word attributes a possessive firm owns ("X's chief executive", "X's board of directors").
_FIRM_ROLES = frozenset({("chief", "executive"), ("chief", "financial"), ("chief", "operating"),
                         ("chief", "technology"), ("market", "value")})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Business nouns of ``companies.json`` that also name a person's trade ("investor Warren Buffett").
_PERSON_TRADES = frozenset({"investor", "developer", "contractor", "operator", "producer", "distributor",
                            "provider", "supplier", "exporter", "importer", "giant", "maker", "miner", "founder"})


def _titled(doc: "Doc", s: int) -> bool:
    return after_title(doc, s, comma=False) or s > 0 and (
        doc[s - 1].lower_.rstrip(".") in HONORIFICS or doc[s - 1].text == "." and s > 1
        and doc[s - 2].lower_ in HONORIFICS)


def _which_subject(doc: "Doc", s: int, e: int) -> bool:
    """The name is a verb's subject and carries a "which" relative clause set off by a comma."""
    n = len(doc)
    if not (e + 1 < n and doc[e].text == "," and doc[e + 1].lower_ == "which"):
        return False
    root = doc[e - 1]
    rel = doc[e + 1].head
    return root.dep_ in ("nsubj", "nsubjpass") and rel.dep_ == "relcl" and rel.head.i == root.i


def _at_employer(doc: "Doc", s: int) -> bool:
    """The name follows "at" after a job noun ("an analyst at X")."""
    return s >= 2 and doc[s - 1].lower_ == "at" and doc[s - 2].lower_ in _JOB_NOUNS and doc[s - 2].is_lower


def _maker(doc: "Doc", s: int, e: int) -> bool:
    """The name is a product's maker: "doses of X", "two shots of X", "the X-Y vaccine"."""
    if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].is_lower and doc[s - 2].lemma_.lower() in _PRODUCT_NOUNS \
            and doc[s - 2].lower_.endswith("s"):
        return True
    return e < len(doc) and e - s > 1 and doc[e].is_lower and doc[e].lemma_.lower() in _PRODUCT_NOUNS \
        and doc[e - 1].head.i == e


def _after_business_noun(doc: "Doc", s: int) -> bool:
    """A lower-case business noun, singular or plural, right before the name ("firms X")."""
    if s < 1 or not doc[s - 1].is_lower:
        return False
    word = doc[s - 1].lower_
    nouns = company_words().business_nouns
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return stem not in _PERSON_TRADES and (word in nouns or stem in nouns or stem == "brokerage")


def _owns_firm_attribute(doc: "Doc", e: int) -> bool:
    """A possessive after the name owns what only a firm has ("X's shares", "X's chief executive")."""
    n = len(doc)
    if not (e + 1 < n and doc[e].text in _POSSESSIVE):
        return False
    k = e + 1
    if k + 1 < n and (doc[k].lower_, doc[k + 1].lower_) in _FIRM_ROLES:
        return True
    attrs = company_words().business_attributes
    while k < n and doc[k].tag_ in ("JJ", "JJR", "JJS") and k < e + 4:
        k += 1
    return k < n and doc[k].is_lower and (doc[k].lemma_.lower() in attrs or doc[k].lower_ in attrs)


def named_firms(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` with the PERSON names the text writes as firms (module docstring) relabelled
    ORG, with every other untitled mention of the same name and the last word of a longer one."""
    def bare(s: int, e: int) -> int:  # the end of the name before a possessive the span took in
        return e - 1 if e - s > 1 and doc[e - 1].text in _POSSESSIVE else e

    firms: set[str] = set()
    # last words of full names: a surname, whatever company shares it
    surnames = {doc[bare(s, e) - 1].text for s, e, lab in items if lab == "PERSON" and bare(s, e) - s > 1}
    listed = -1  # end of the last name a business noun introduced ("firms X and Y")
    for s, e, lab in items:
        if lab != "PERSON" or _titled(doc, s):
            continue
        e = bare(s, e)
        in_list = s == listed + 1 and doc[listed].lower_ in ("and", "or", ",")
        if _after_business_noun(doc, s) or in_list:
            listed = e
        staff = e < len(doc) and doc[e].is_lower and doc[e].lower_ in _STAFF_NOUNS
        known = listed_company(doc[s:e].text) and not is_given_name(doc[s].text) and not doc[s].text.endswith(".") \
            and not (e - s == 1 and doc[s].text in surnames)
        if known or listed == e or staff or _maker(doc, s, e) or _which_subject(doc, s, e) or _at_employer(doc, s) or _owns_firm_attribute(doc, e):
            firms.add(doc[s:e].text)
            if e - s >= 2 and doc[e - 1].is_title:
                firms.add(doc[e - 1].text)
    if not firms:
        return items
    return [(s, e, "ORG") if lab == "PERSON" and doc[s:bare(s, e)].text in firms and not _titled(doc, s)
            else (s, e, lab) for s, e, lab in items]
