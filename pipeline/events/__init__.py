"""Events: who did what to whom (PLOVER top-level categories), when and where, with evidence.

Pure functions of a parsed Doc and the records of earlier stages; see :func:`extract_events`.
Modules: :mod:`.lexicon` (the trigger lexicon), :mod:`.triggers` (trigger words from the
parse; :mod:`.verbparts` the clause parts it reads), :mod:`.context` (who names, pronouns and
plural references stand for; :mod:`.salience` which earlier party a reference prefers),
:mod:`.arguments` (actor, recipient, location, date; :mod:`.venues` where), :mod:`.filters`
(negation, modality, conditions, intentions, quotations, courtesies), :mod:`.extract` (the
records), :mod:`.readout_occasions` (acts done at a dated meeting: its date and place),
:mod:`.attack_places`, :mod:`.visit_places`, :mod:`.embedded_dates`, :mod:`.governing_dates` (where and when, from
beyond an act's own clause).
"""

from ..nlp import article_of
from ..syntax import token_ranges
from .attack_places import attacked_place
from .embedded_dates import token_at, without_embedded_dates
from .extract import extract_events as _events_of_clauses
from .governing_dates import governed_dates
from .lead_counterparts import lead_counterparts, lead_end
from .lexicon import CATEGORIES
from .readout_occasions import dated_by_occasion
from .scheduled_acts import scheduled_acts
from .visit_places import visit_places


def extract_events(doc, **kwargs):
    """Events reported in a Doc (:func:`.extract.extract_events`, same arguments), then dated and
    placed from beyond their own clause: an attack on a place happened there
    (:mod:`.attack_places`), an act on a visit where the visit went (:mod:`.visit_places`); a date inside a phrase the act governs is not the act's
    (:mod:`.embedded_dates`), one on a word governing the act's clause is
    (:mod:`.governing_dates`); an act done at a dated meeting has the meeting's date and place
    (:mod:`.readout_occasions`)."""
    events = _events_of_clauses(doc, **kwargs)
    if not events:
        return events
    entities = kwargs.get("entities", ())
    dates = {d.id: d for d in kwargs.get("dates", ())}
    starts = [a for a, _ in token_ranges(doc)]
    triggers = [token_at(doc, starts, ev.trigger.start) for ev in events]
    events = visit_places(doc, attacked_place(events, {e.id: e for e in entities}), entities, starts, triggers)
    events = governed_dates(doc, without_embedded_dates(doc, events, dates, starts, triggers), dates, starts, triggers)
    published = getattr(article_of(doc), "published", None)
    events = dated_by_occasion(doc, events, dates, published, starts, triggers)
    events = scheduled_acts(events, published, triggers)  # a cooperative act dated after publication: AGREE (:mod:`.scheduled_acts`)
    return lead_counterparts(events, lead_end(doc))  # the opening meeting's counterpart (:mod:`.lead_counterparts`)

__all__ = ["CATEGORIES", "extract_events"]
