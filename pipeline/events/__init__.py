"""Events: who did what to whom (PLOVER top-level categories), when and where, with evidence.

Pure functions of a parsed Doc and the records of earlier stages; see :func:`extract_events`.
Modules: :mod:`.lexicon` (the trigger lexicon), :mod:`.triggers` (trigger words from the
parse; :mod:`.verbparts` the clause parts it reads), :mod:`.context` (who names, pronouns and
plural references stand for; :mod:`.salience` which earlier party a reference prefers),
:mod:`.arguments` (actor, recipient, location, date; :mod:`.venues` where), :mod:`.filters`
(negation, modality, conditions, intentions, quotations, courtesies), :mod:`.extract` (the
records).
"""

from .extract import extract_events
from .lexicon import CATEGORIES

__all__ = ["CATEGORIES", "extract_events"]
