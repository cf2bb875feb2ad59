"""extract_entities: the Doc's named-entity mentions grouped into canonical entities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..ingest.txt import bare_title_end
from ..knowledge import countries
from ..knowledge.offices import OFFICE_WORDS
from ..knowledge.usstates import state_name
from ..names import SUFFIXES, is_given_name
from ..nlp import mapped_range, offset_map, original_range, raw_text, text
from ..records import Entity, Span
from ..textnorm import dateline_span
from .abstractnouns import abstract_noun
from .acronyms import merge_acronyms
from ..knowledge.armed_groups import armed_group
from .firmpartners import firm_partner
from .peoplegroups import people_group
from .geo import PLACE_LABELS, Resolved, in_article, resolve
from .italicwords import italic_foreign_words
from .knownholders import HOLDER_MISLABELS, office_holder_name, place_object
from .lexicon import (LABELS, LEADING_THE, Group, after_courtesy_title, after_title, clean_span, name_tail_cut,
                      norm_name)
from .officeholders import holder_first_names, listed_surnames
from .pairednames import paired_surnames_dropped
from .personedges import caps_tail_cut, conjunction_cut
from .spellingvariants import spelling_variants_joined
from .nonpersonwords import names_no_person, plural_common_noun
from .notpersons import business_name, common_word_start, one_sense, person_span, storm_names
from .personkeys import person_key
from .placelists import PlaceLists
from .persons import (extend_person, group_persons, looks_like_name, person_name, person_tokens,
                      nicknames_joined, titles_removed)
from .spans import relabel, repair_spans
from .styles import ADDRESS_STYLES, ROYAL_TITLES, SPOUSE_STYLE_ENDS, surname_subjects
from .stateabbrevs import articled_state_abbrevs
from .givenprefix import given_name_joins
from .titledplaces import legislator_surnames, plural_post_surnames, titled_given_places
from .titledsurnames import titled_surnames
from .titlerests import title_rest
from .tokens import DocWords
from .vocatives import vocatives_joined
from .weaponnames import weapon_name

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


@dataclass
class _Mention:
    """A mention of a non-person entity while places are resolved and mentions grouped."""

    label: str
    name: str
    lookup: str
    country: str | None
    start: int
    end: int
    evidence: Span
    order: int
    resolved: Resolved | None = None


def _title_line(raw: str) -> int:
    """Where the body starts after a title line in the text as ingested (0 when there is none), by
    the rule of :func:`pipeline.ingest.txt.parse_txt`."""
    return bare_title_end(raw)


def title_end(doc: "Doc", title: str | None) -> int:
    """Token index where the title line ends, 0 when the text has none.

    ``title`` is the article's title: "" for none; None to detect it as the ingest step does.
    """
    if title is None:
        if not _title_line(raw_text(doc)):
            return 0
    elif not title or not text(doc).startswith(title[:20]):
        return 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            return tok.i
    return 0


# Labels a Title Case headline produces from common words ("Sends Defence Secretary To Seoul For
# Security Talks" -> PERSON "Talks"; "The Changing Landscape of Military Alliances" -> WORK_OF_ART).
_HEADLINE_SUSPECT = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _headline_only(group: Group, title_end: int, titled: set[str]) -> bool:
    """An entity named only in the headline, of a kind headline casing invents, and unknown to
    the gazetteer: the body would not produce it, so it is dropped (the title is analysed like
    the body, not as a source of names of its own). ``titled``: person names the headline
    writes right after an office word."""
    if group.label not in _HEADLINE_SUSPECT or any(m.start >= title_end for m in group.mentions):
        return False
    # A full name in a headline is a name ("Readout of Jake Sullivan's Call"); so is one word
    # after an office word ("Statement by President Biden"); one capitalised word alone is as
    # likely a Title Case common word.
    return not (group.label == "PERSON" and (len(group.name.split()) > 1 or group.name in titled))


def _group_plural(doc: "Doc", span: "SpacySpan", words: DocWords) -> bool:
    """A one-word name that is the plural of a capitalised word the article also writes alone
    ("Houthis" beside "Houthi rebels"): the members of a group, not a person; not when that word
    is a given name ("Roberts" beside "Robert")."""
    text = span.text
    if len(span) != 1 or len(text) < 4 or not text.endswith("s") or text.endswith("ss"):
        return False
    stem = text[:-1]
    return not is_given_name(stem) and words.has(doc, stem)


def _dateline(doc: "Doc") -> str:
    """The dateline city as written ("SEOUL"), "" when the body has none (detected in the text
    as ingested: normalisation replaces the dash after it)."""
    raw = raw_text(doc)
    found = dateline_span(raw, body_start=_title_line(raw))
    return raw[found[0]:found[1]].strip() if found else ""


def _with_dateline(doc: "Doc", spans: list["SpacySpan"], dateline: str) -> list["SpacySpan"]:
    """The dateline city ("NAIROBI—") is a place even when the model misses it, tags it as an
    organisation (a city in capitals before "(Reuters)") or joins it to the country after it
    ("TURIN, Italy" as one place: split in two)."""
    from spacy.tokens import Span as SpacySpan

    city = dateline.split(",")[0].strip() if dateline else ""
    dl = text(doc).find(dateline) if city else -1
    if dl < 0:
        return sorted(spans, key=lambda s: s.start_char)
    over = [s for s in spans if s.start_char < dl + len(city) and dl < s.end_char]
    if any(s.start_char < dl for s in over) or over and all(
            s.label_ in PLACE_LABELS and s.end_char <= dl + len(city) for s in over):
        return sorted(spans, key=lambda s: s.start_char)  # already a place, or a longer name reaching into it
    span = doc.char_span(dl, dl + len(city), label="GPE", alignment_mode="expand")
    if span is None:
        return sorted(spans, key=lambda s: s.start_char)
    found = [s for s in spans if s not in over] + [span]
    for s in over:  # what a merged span had after the comma ("Italy" of "TURIN, Italy")
        k = span.end
        while k < s.end and (doc[k].is_punct or doc[k].is_space):
            k += 1
        if k < s.end:
            found.append(SpacySpan(doc, k, s.end, label=s.label_ if s.label_ in PLACE_LABELS else "GPE"))
    return sorted(found, key=lambda s: s.start_char)


def _evidence_maker(doc: "Doc"):
    """:func:`pipeline.nlp.evidence` for many ranges of one Doc, with the offset map and the
    original text read from ``Doc._`` once (same mapping as :func:`pipeline.nlp.original_range`)."""
    offsets = offset_map(doc)
    raw = raw_text(doc)

    def make(start_char: int, end_char: int) -> Span:
        return Span.of(raw, *mapped_range(offsets, start_char, end_char))

    return make


def _resolve_places(doc: "Doc", gaz: countries.Gazetteer, places: list[_Mention]) -> None:
    """Give each GPE/LOC/FAC mention its place, looking at the place written after it behind a
    comma ("Paris, Texas") and the one before it ("Atlanta, Georgia"); a name resolved by its
    context gives that place to its other mentions without context (one sense per article)."""
    by_start = {p.start: p for p in places if p.label in PLACE_LABELS}
    previous: dict[int, _Mention] = {}
    for p in by_start.values():
        if p.end + 1 < len(doc) and doc[p.end].text == ",":
            nxt = by_start.get(p.end + 1)
            if nxt is not None:
                previous[nxt.start] = p
    for p in sorted(by_start.values(), key=lambda p: p.start):
        after = by_start.get(p.end + 1) if p.end < len(doc) and doc[p.end].text == "," else None
        before = previous.get(p.start)
        p.resolved = resolve(gaz, p.lookup, label=p.label, after=after.lookup if after is not None else None,
                             before=before.resolved if before is not None else None,
                             state_of=p.start >= 2 and doc[p.start - 1].lower_ == "of" and doc[p.start - 2].text == "State")
    # a town name several countries or states share: the one in a country the article names or
    # in a region where it places another town
    named: dict[str, set[str]] = {}
    for p in places:
        if p.country and p.label in ("GPE", "NORP"):  # a country's name, demonym or capital
            named.setdefault(p.country, set()).add(p.lookup.lower())
    around: dict[tuple[str, str], set[str]] = {}
    for p in by_start.values():
        if p.resolved is not None and p.resolved.country and p.resolved.admin1:
            around.setdefault((p.resolved.country, countries.key(p.resolved.admin1)), set()).add(p.lookup.lower())
    if named or around:
        for p in by_start.values():
            if p.resolved is not None and p.resolved.geo is not None and not p.resolved.by_context:
                own = {p.lookup.lower()}
                regions = {reg for reg, names in around.items() if names - own}
                p.resolved = in_article(gaz, p.lookup, p.resolved, {c for c, names in named.items() if names - own},
                                        regions)
    decided: dict[tuple[str, str], Resolved] = {}
    for p in places:
        if p.resolved is not None and p.resolved.by_context:
            decided.setdefault((p.label, p.lookup.lower()), p.resolved)
    for p in places:
        if p.resolved is None:
            continue
        res = decided.get((p.label, p.lookup.lower()), p.resolved)
        p.resolved = res
        if res.by_context and res.country:
            p.country = res.country  # "Atlanta, Georgia": the US state, not the country
        elif p.country is None:
            p.country = res.country  # "Texas", "Liverpool": the country of a place below it


def extract_entities(doc: "Doc", *, title: str | None = None, dateline: str | None = None) -> tuple[Entity, ...]:
    """Group the Doc's named-entity mentions into canonical entities.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` or :func:`pipeline.nlp.pipe`.
        title: The article's title ("" when it has none). The title line is read for person
            names differently (Title Case). None: detected as the ingest step does.
        dateline: The dateline city as written ("SEOUL"; "" when none), a place even when the
            model misses it. None: detected after the title line.

    Returns:
        Entities in order of first mention, ids ``E1``, ``E2``, ...
    """
    from spacy.tokens import Span as SpacySpan

    gaz = countries.load()
    head_end = title_end(doc, title)
    if dateline is None:
        dateline = _dateline(doc)
    words = DocWords.of(doc)
    make_evidence = _evidence_maker(doc)
    spans = [SpacySpan(doc, s, e, label=lab) for s, e, lab in repair_spans(doc, gaz, head_end=head_end, words=words)]
    spans = _with_dateline(doc, spans, dateline)
    spans = titled_given_places(doc, spans, words.lower_free)  # "Mayor London Breed"
    spans = legislator_surnames(doc, spans, words.lower_free, head_end)  # "Congresswoman Castor"
    spans = plural_post_surnames(doc, spans)  # "Representatives Marlow, Tesh and Quill"
    spans = given_name_joins(doc, spans)  # "Effie | Roe": a given name the model took for a body
    spans = articled_state_abbrevs(doc, spans)  # "the VA": an agency, not Virginia
    # Words the article also writes in lower case are common words, not names ("Readout",
    # "Implementing" in a Title Case headline).
    lower_words = words.lower_free
    persons: list[tuple[str, Span, int]] = []
    person_spans: list["SpacySpan"] = []
    titled: set[str] = set()
    others: list[_Mention] = []
    order = 0
    place_lists: PlaceLists | None = None  # built on the first PERSON span
    storms = storm_names(doc, words, text(doc))
    # names written after an office word or honorific somewhere: persons, whatever else shares the name
    after_titles: set[str] = set()
    royal: set[str] = set()  # names written after a royal title ("Prince William")
    office_named: dict[str, set[str]] = {}  # one-word names written after an office ("President Roe")
    office_full: set[str] = set()  # surnames of full names written after an office ("President Ana Roe")
    # "Jordan" after "Vernon Jordan", the subject of a verb: his surname, though a country's name
    surname_starts = surname_subjects(doc, [(sp.start, sp.end, sp.label_) for sp in spans])
    for raw in spans:
        label = raw.label_
        if label not in LABELS:
            continue
        span = clean_span(raw)
        if span is not None and label == "PERSON":
            span = name_tail_cut(span)  # "Herzog of | Israel"
        if span is not None:
            span = common_word_start(span, label)  # "Attendees included ...", "Suspected Islamist ..."
        if span is None:
            continue
        is_titled = after_courtesy_title(doc, span.start) or after_title(doc, span.start, comma=False)
        surname = label == "PERSON" and span.start in surname_starts and len(span) == 1
        label = relabel(label, span.text, gaz, titled=is_titled, surname=surname)
        if label == "PERSON" and not is_titled and business_name(span):
            label = "ORG"  # "the lender Gazprombank", "Benfica said it would appeal"
        if label in HOLDER_MISLABELS and office_holder_name(span.text, gaz, label) and not place_object(span):
            label = "PERSON"  # "not heard from Biden": a listed office holder, not a place ("in Blair": one)
        if label == "PERSON" and (armed_group(span.text) or people_group(span)):
            label = "ORG"  # "Hamas said", "Envoy to Counter-ISIL"; "the Hopi Tribe", "Tribal Nations"
        if label == "PERSON":
            span = person_tokens(conjunction_cut(caps_tail_cut(span)), gaz)
            if span is None:
                continue
            # again after extending: a title the model cut off from the name ("Majesty King" + "Abdullah II")
            span = person_tokens(extend_person(span), gaz)
            if span is None:
                continue
            span = person_span(span, words, head_end=head_end, storms=storms)
            if span is None or (span := title_rest(span, gaz)) is None:
                continue
            if firm_partner(span) or abstract_noun(span) or names_no_person(span) \
                    or plural_common_noun(span, lower_words) or weapon_name(span) or italic_foreign_words(span):
                continue  # "Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C.": a firm's name; "Bidenomics"
            name = person_name(span.text)
            if place_lists is None:
                place_lists = PlaceLists(text(doc))
            if (span.start_char, span.end_char) in place_lists:
                continue  # "the counties of Carver, Murray and Rice": places named like people
            if not any(c.isalpha() for c in name) or gaz.country(name) and not surname \
                    or not looks_like_name(span, lower_words) \
                    or _group_plural(doc, span, words):
                continue
            if span.start < head_end and after_title(doc, span.start, comma=False):
                titled.add(name)
            if is_titled or after_courtesy_title(doc, span.start) or after_title(doc, span.start, comma=False):
                after_titles.add(name)
            evidence = make_evidence(span.start_char, span.end_char)
            if span.start > 0 and doc[span.start - 1].lower_ in ROYAL_TITLES:
                royal.add(name)
            if " " in name and not (span.start > 0 and doc[span.start - 1].lower_ in SPOUSE_STYLE_ENDS) \
                    and not after_courtesy_title(doc, span.start) and after_title(doc, span.start, comma=False):
                office_full.add(name.split()[-1])
            if " " not in name and not (after_courtesy_title(doc, span.start) or span.start > 0
                                        and doc[span.start - 1].lower_ in SPOUSE_STYLE_ENDS):
                if after_title(doc, span.start, comma=False):
                    office_named.setdefault(name, set()).add(doc[max(0, span.start - 2):span.start].text)
            persons.append((name, evidence, order))
            person_spans.append(span)
            order += 1
            continue
        bare = LEADING_THE.sub("", norm_name(span.text))
        if bare.lower().rstrip(".") in SUFFIXES or (
            not bare.isupper() and all(w.lower() in OFFICE_WORDS or w.lower() in ADDRESS_STYLES for w in bare.split())
        ):
            continue  # "Jr." split off a name, "National Security Advisor", "Royal Highness" tagged as an ORG
        country: str | None = None
        name = bare
        if label == "GPE" and (state := state_name(bare)):
            name = state  # "Fla.", "(MD)": the state, resolved in the United States
        elif label in ("GPE", "NORP", "LOC", "FAC"):
            country = gaz.country(bare)
            if label == "GPE" and country and (gaz.names.get(bare.lower()) or bare in gaz.abbreviations
                                               or gaz.names.get(countries.key(bare))):
                name = gaz.country_name(country) or bare
            elif label == "GPE" and bare.isupper() and len(bare) > 3 and bare not in gaz.abbreviations:
                name = bare.title()  # a dateline city written in capitals
                country = country or gaz.country(name)
        elif label == "ORG":
            name = gaz.organization(bare) or bare
        if not name or not any(c.isalnum() for c in name):
            continue
        others.append(_Mention(label, name, bare, country, span.start, span.end,
                             make_evidence(span.start_char, span.end_char), order))
        order += 1
    _resolve_places(doc, gaz, others)
    groups: dict[tuple[str, str, str | None], Group] = {}
    for p in others:
        is_country = p.label == "GPE" and p.name == gaz.country_name(p.country or "")
        key = (p.label, p.country if is_country else p.name.lower(), None if is_country else p.country)
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(label=p.label, name=p.name, country=p.country, first=p.order)
        if group.geo is None and p.resolved is not None and p.resolved.country == p.country:
            group.geo = p.resolved.geo
        group.mentions.append(p.evidence)
    people = group_persons(nicknames_joined(titled_surnames(titles_removed(persons))), frozenset(royal),
                           listed_surnames({n: t for n, t in office_named.items()
                                            # not where the article titles a full name so: its own
                                            # "President Joao Roe" is the "President Roe" it means
                                            # (also written "Mrs. Roe", it is still the holder's
                                            # name: a couple is greeted "President Roe and Mrs. Roe")
                                            if n not in office_full}))
    place_groups, people = one_sense(list(groups.values()), people, after_titles)
    people = vocatives_joined(doc, person_spans, people)  # "Speaker Roe. Ana, you've ..."
    people = holder_first_names(people)  # "Joe" beside "President Biden"
    people = paired_surnames_dropped(people)  # "Biden-Harris officials" beside Biden and Harris
    people = spelling_variants_joined(people)  # "Mohammed bin Salman" beside "Mohamed bin Salman"
    merged = merge_acronyms(doc, place_groups, words=words) + people
    if head_end:
        merged = [g for g in merged if not _headline_only(g, original_range(doc, 0, doc[head_end].idx)[1], titled)]
    merged.sort(key=lambda g: (g.mentions[0].start, g.first))
    return tuple(
        Entity(id=f"E{i}", label=g.label, name=g.name, country=g.country,
               mentions=tuple(sorted(g.mentions, key=lambda s: (s.start, s.end))), geo=g.geo,
               person_key=person_key(g.name) if g.label == "PERSON" else None)
        for i, g in enumerate(merged, 1)
    )
