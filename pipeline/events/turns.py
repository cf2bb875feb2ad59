"""Speaker turns of a transcript: who "I" and "we" are in each turn, and which turns are questions.

Transcripts of remarks, briefings and press calls label each turn with its speaker at the start
of a line ("THE PRESIDENT:  Thank you.", "MS. PSAKI:  Good afternoon.", "SENATOR LEE:  ...") and
a reporter's question with "Q" ("Q    Thanks, Jen."). Inside a turn, "I" is its speaker and "we"
is the speaker's government; a reporter's question reports no event (what it asks about is
put to the speaker, not told). A label counts as a speaker when it is "Q", opens with an
honorific or an office word ("THE", "MR.", "PRESIDENT", "SECRETARY"), is a transcript's word for
an unnamed speaker ("MODERATOR", "SENIOR ADMINISTRATION OFFICIAL"), or carries the surname of
a person the article names; anything else before a colon ("FACT SHEET:", "SUBJECT:") is none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Entity, Role
from ..transcripts import QUESTION, turn_labels
from .lexicon import load
from .titles import holds_title, titled_person

if TYPE_CHECKING:
    from spacy.tokens import Doc

_HONORIFICS = frozenset({"the", "mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr", "sen.", "rep.", "gen."})
_UNNAMED = load().classes["unnamed_speaker"]
"""words of the labels transcripts give speakers they do not name (the moderator of a press call,
a senior administration official, the audience): a turn of its own, with no person to resolve"""


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled turn: where it starts (article offset) and who speaks."""

    start: int
    label: str
    speaker: Entity | None
    question: bool


def _label_words(label: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", label.lower().replace("\u2019", "'")) if w]


def _speaker(words: list[str], at: int, persons: list[Entity], roles: Iterable[Role],
             by_id: dict[str, Entity], office_heads: frozenset[str] = frozenset()) -> Entity | None:
    """The person a label names: one whose surname is among its words ("PRESIDENT BIDEN",
    "MS. JEAN-PIERRE"), else the holder of the office it names ("THE VICE PRESIDENT")."""
    found = [e for e in persons if e.name.split() and e.name.split()[-1].lower().rstrip(".,") in words]
    if not found:
        # a name written family name first ("Yoon Suk Yeol", "Kishida Fumio"): the label gives
        # its first word ("PRESIDENT YOON")
        found = [e for e in persons if len(e.name.split()) > 1 and _family_first(e.name) in words
                 and _family_first(e.name) not in _HONORIFICS and _family_first(e.name) not in office_heads]
    if not found:
        # a two-word surname written after the given name ("Andrés Manuel López Obrador", "Gabriel
        # García Márquez"): the label gives its first word ("PRESIDENT LÓPEZ")
        found = [e for e in persons if words_inside(e.name) & set(words)]
    if len(found) == 1:
        return found[0]
    if found:
        # two persons of that surname ("President Roe" and "Mrs. Ana Roe"): the one holding the
        # office the label names ("PRESIDENT ROE"), else not settled
        ids = {e.id for e in found}
        held = {r.person for r in roles if r.person in ids and r.title and set(_label_words(r.title)) <= set(words)}
        return by_id.get(held.pop()) if len(held) == 1 else None
    office = tuple(w for w in words if w not in _HONORIFICS)
    pid = titled_person(office, at, roles) if office else None
    return by_id.get(pid or "")


def _family_first(name: str) -> str:
    return name.split()[0].lower().rstrip(".,")


def words_inside(name: str) -> set[str]:
    """The words of a name of three or more words between its first and its last, initials aside
    ("Gabriel García Márquez" -> {"garcía"})."""
    parts = [w.lower().rstrip(".,") for w in name.split()]
    return {w for w in parts[1:-1] if len(w) > 2 and w.isalpha()} if len(parts) > 2 else set()


def find_turns(text: str, entities: tuple[Entity, ...], roles: tuple[Role, ...],
               office_heads: frozenset[str]) -> list[Turn]:
    """The labelled turns of ``text`` in order (empty when the text is no transcript).

    Args:
        text: The article text (offsets of the result are into it).
        entities: The article's entities (persons a label may name).
        roles: The article's roles (the holder of an office a label names).
        office_heads: Head words of office titles, lower case ("president", "secretary").
    """
    persons = [e for e in entities if e.label == "PERSON"]
    surnames = {e.name.split()[-1].lower().rstrip(".,") for e in persons if e.name.split()}
    surnames |= {_family_first(e.name) for e in persons if len(e.name.split()) > 1} - _HONORIFICS - office_heads
    surnames |= {w for e in persons for w in words_inside(e.name)} - _HONORIFICS - office_heads
    by_id = {e.id: e for e in persons}
    out: list[Turn] = []
    seen: dict[tuple[str, ...], Entity | None] = {}
    for m in turn_labels(text):
        if m.question:
            out.append(Turn(m.start, QUESTION, None, True))
            continue
        label = m.text.strip()
        words = _label_words(label)
        if not words:
            continue
        named = any(w in surnames for w in words)
        if not (named or words[0] in _HONORIFICS or words[0] in office_heads or any(w in _UNNAMED for w in words)):
            continue
        # a label names one speaker throughout the transcript: a later "THE PRESIDENT:" is the
        # speaker of the first, not the holder of another presidency a question has named since
        key = tuple(words)
        if key not in seen and not named:
            # "THE PRESIDENT:" after "PRESIDENT BIDEN:": a transcript shortens a label to the office,
            # it does not bring in the holder of another presidency the speakers have named since
            office = {w for w in words if w not in _HONORIFICS}
            earlier = {e.id: e for k, e in seen.items() if e is not None and office and office == (
                set(k) - _HONORIFICS - set(_label_words(e.name.replace(",", ""))))}  # (not "VICE PRESIDENT HARRIS:")
            if earlier:
                # of two presidents ("PRESIDENT BIDEN:", "PRESIDENT LÓPEZ:"), the one the text names
                # first: a transcript's title names its publisher's own leader first ("Remarks by
                # President Biden and President López Obrador"), and his label drops the name
                seen[key] = min(earlier.values(), key=lambda e: min((m.start for m in e.mentions), default=0))
        if key not in seen:
            seen[key] = _speaker(words, m.start, persons, roles, by_id, office_heads)
        out.append(Turn(m.start, label, seen[key], False))
    return out


class Turns:
    """Which turn a character offset falls in."""

    def __init__(self, turns: list[Turn]) -> None:
        self.turns = turns
        self.starts = [t.start for t in turns]

    def __bool__(self) -> bool:
        return bool(self.turns)

    def at(self, offset: int) -> Turn | None:
        """The turn holding ``offset``, or None (before the first label, or no transcript)."""
        k = bisect_right(self.starts, offset) - 1
        return self.turns[k] if k >= 0 else None

    def question_tokens(self, ranges: list[tuple[int, int]]) -> frozenset[int]:
        """Indices of the tokens (``ranges``: their article character ranges) inside question turns."""
        if not any(t.question for t in self.turns):
            return frozenset()
        out = []
        for i, (start, _end) in enumerate(ranges):
            turn = self.at(start)
            if turn is not None and turn.question:
                out.append(i)
        return frozenset(out)


def labelled_government(turns: Turns, seats: Iterable[tuple[str, "re.Pattern[str]", str]]) -> str | None:
    """ISO3 of the government a speaker label names by one of its seats or institutions, or None.

    A press call's speaker left unnamed is labelled by the body he speaks for ("SENIOR
    ADMINISTRATION OFFICIAL", "STATE DEPARTMENT OFFICIAL", "WHITE HOUSE OFFICIAL"): the same
    seats of government that tell a statement's own country ("the Administration", "the White
    House") tell whose "we" the turn is, even in an excerpt that names no seat in its sentences.
    None when no label names a seat, or labels name the seats of two governments.

    Args:
        turns: The transcript's labelled turns.
        seats: (written form, pattern, ISO3) of the seats of government (``load_offices().seats``).
    """
    labels = {t.label.lower() for t in turns.turns if not t.question}
    if not labels:
        return None
    found = set()
    for name, _rx, code in seats:
        core = re.sub(r"^(?:the|my)\s+", "", name.lower())
        words = re.compile(r"(?<![\w-])" + re.escape(core) + r"(?![\w-])")
        if any(words.search(label) for label in labels):
            found.add(code)
    return found.pop() if len(found) == 1 else None


def unnamed_monologue(turns: Turns) -> bool:
    """Whether a transcript is one speaker's remarks under a label that names no one the text names
    ("THE VICE PRESIDENT:" over the whole text, no question turns, the holder never named).

    Such a transcript is a statement read aloud: its "I" and "we" belong to one unnamed speaker, so
    whose "we" it is may be read from the text as for an unlabelled statement
    (:func:`.firstperson.first_person_country`); with several labels or questions each speaker's
    "we" is his own, which no count over the whole text decides.

    Args:
        turns: The transcript's labelled turns.
    """
    labels = {t.label.lower() for t in turns.turns}
    return bool(turns) and len(labels) == 1 and all(not t.question and t.speaker is None for t in turns.turns)


MIN_BARE_TITLES = 2
"""turns' mentions of "the President" with no name, at least, for a briefing to speak of its own head"""


def briefers_government(doc: "Doc", turns: Turns, raw: "list[tuple[int, int]]",
                        head_country: Callable[[], str | None]) -> str | None:
    """ISO3 of the government a briefing's unplaced speakers speak for, or None.

    A press secretary and the spokesman she introduces ("MS. JEAN-PIERRE:", "MR. KIRBY:") are
    often given no office the text names, and a briefing names foreign leaders as often as its
    own officials. Its speakers still speak of their own head of state by the bare title ("the
    President will travel to ...", "the President spoke with ..."), never of a foreign one: a
    foreign president is named ("President Zelenskyy"). When the speakers' turns (not the
    reporters' questions) say "the President" with no name after it at least
    :data:`MIN_BARE_TITLES` times, their government is that of the president the text names
    most (``head_country``, :func:`.salience.most_named_holder_country`), and their "we" is it.

    Args:
        doc: The parsed Doc.
        turns: The transcript's labelled turns.
        raw: Article character offsets of each token.
        head_country: The country of the president the text names most, or None.
    """
    bare = 0
    for tok in doc:
        if tok.lower_ != "president" or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ == "of"):
            continue  # "the President of France", "the President Macron": a named or foreign one
        turn = turns.at(raw[tok.i][0])
        if turn is not None and not turn.question:
            bare += 1
    return head_country() if bare >= MIN_BARE_TITLES else None


def speaker_government(turns: Turns, at: int, words: tuple[str, ...], country_of: Callable[[Entity], str | None],
                       roles_by_person: "dict[str, list[Role]]", persons: "dict[str, Entity]") -> str | None:
    """ISO3 of the government whose office a bare title in a transcript names, read off its speakers.

    A press secretary or an adviser who says "the President" speaks of the head of her own
    government ("MS. PSAKI: ... The President will travel to Ohio"), not of the foreign president a
    reporter's question named; so does a reporter asking her ("Q Has the President called ...?").
    Left to the nearest holder named (None here): a transcript where a holder of the office speaks
    (a president calls his guest "the President"; "PRESIDENT X:" beside a prime minister is the one
    the prime minister means), a speaker whose government has no holder of the office named (a
    prime minister's "the President" is his guest), and a foreign holder named earlier in the
    speaker's own turn ("I just met President X. The President briefed me ...": the one just met).

    Args:
        turns: The transcript's labelled turns.
        at: Article offset of the bare title.
        words: The title's words, lower case ("president",).
        country_of: The government a speaker serves (None when unknown).
        roles_by_person: Entity id -> the person's roles.
        persons: Entity id -> the person (for the offsets of his mentions).

    Returns:
        The speaker's government; in a question, the one government all answering speakers serve;
        else None.
    """
    turn = turns.at(at)
    if turn is None:
        return None
    holds = lambda s: any(holds_title(r, words) for r in roles_by_person.get(s.id, ()))  # noqa: E731
    if any(t.speaker is not None and holds(t.speaker) for t in turns.turns):
        return None
    speakers = [turn.speaker] if not turn.question else [t.speaker for t in turns.turns if not t.question]
    if not speakers or None in speakers:
        return None
    found = {country_of(s) for s in speakers}
    own = found.pop() if len(found) == 1 and None not in found else None
    holders = [(pid, r.country) for pid, rs in roles_by_person.items() for r in rs
               if r.country and r.status != "former" and holds_title(r, words)]
    if own is None or not any(c == own for _, c in holders):
        return None
    start = turn.start if not turn.question else at
    if any(c != own and any(start <= m.start < at for m in getattr(persons.get(pid), "mentions", ())) for pid, c in holders):
        return None
    return own
