"""Events: who did what to whom (PLOVER top-level categories), when and where, with evidence.

Pure functions of a parsed Doc and the records of earlier stages; see :func:`extract_events`.
Modules: :mod:`.lexicon` (the trigger lexicon), :mod:`.triggers` (trigger words from the
parse; :mod:`.verbparts` the clause parts it reads), :mod:`.context` (who names, pronouns and
plural references stand for; :mod:`.salience` which earlier party a reference prefers),
:mod:`.arguments` (actor, recipient, location, date; :mod:`.venues` where), :mod:`.filters`
(negation, modality, conditions, intentions, quotations, courtesies), :mod:`.extract` (the
records), :mod:`.readout_occasions` (acts done at a dated meeting: its date and place),
:mod:`.attack_places` (an attack on a place happened there).
"""

from ..nlp import article_of
from .attack_places import attacked_place
from .extract import extract_events as _events_of_clauses
from .lexicon import CATEGORIES
from .readout_occasions import dated_by_occasion


def extract_events(doc, **kwargs):
    """Events reported in a Doc (:func:`.extract.extract_events`, same arguments), each act done
    at a dated meeting with that meeting's date and place (:mod:`.readout_occasions`), an attack
    on a place located there (:mod:`.attack_places`)."""
    events = _events_of_clauses(doc, **kwargs)
    events = attacked_place(events, {e.id: e for e in kwargs.get("entities", ())})
    article = article_of(doc)
    return dated_by_occasion(doc, events, {d.id: d for d in kwargs.get("dates", ())},
                             getattr(article, "published", None))

__all__ = ["CATEGORIES", "extract_events"]
