"""Words and dependency labels the quotes stage reads: reporting verbs, speaker nouns, pronouns.

Office words and honorifics come from :mod:`pipeline.knowledge.offices`.
"""

from __future__ import annotations

from ..knowledge.offices import HONORIFICS, OFFICE_WORDS

# Quotations shorter than this many words are names, titles or scare quotes, not speech.
MIN_WORDS = 3
# An unattributed lower-case phrase up to this many words is a scare quote, not speech.
FRAGMENT_WORDS = 8
# Words of a speaker phrase that are not part of the name ("President Biden" -> "Biden").
TITLE_WORDS = OFFICE_WORDS | HONORIFICS | {"the"}

# Lemmas of verbs that introduce reported speech or writing.
REPORTING_VERBS = frozenset({
    "say", "tell", "add", "note", "warn", "stress", "emphasize", "emphasise", "reassure", "assure",
    "insist", "declare", "state", "announce", "explain", "argue", "claim", "write", "tweet", "post",
    "express", "indicate", "recognize", "recognise", "require", "reiterate", "affirm", "reaffirm",
    "confirm", "acknowledge", "admit", "ask", "answer", "reply", "respond", "vow", "pledge",
    "promise", "urge", "describe", "call", "comment", "remark", "observe", "suggest", "predict",
    "conclude", "continue", "recall", "quip", "caution", "underscore", "underline", "highlight",
    "maintain", "contend", "allege", "accuse", "deny", "report", "testify", "proclaim", "boast",
    "complain", "concede", "lament", "mention", "repeat", "demand", "threaten", "praise", "hail",
    "condemn", "denounce", "criticize", "criticise", "thank", "welcome", "pronounce", "assert",
    "charge", "counter", "exclaim", "joke", "muse", "reason", "retort", "reveal", "signal",
    "stipulate", "provide", "direct", "order", "agree", "believe", "think", "feel", "hope",
})
# Verbs of saying proper, whose reported clause is the speaker's words even when a verb inside
# it is itself a reporting verb ("said the talks would continue “...”").
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "state", "announce", "explain", "insist", "declare", "claim", "argue",
    "note", "warn", "tweet", "post",
})
# Nouns for people named by their office only ("the IAEA Director General", "a spokesman").
PERSON_NOUNS = frozenset({
    "president", "minister", "secretary", "general", "spokesperson", "spokesman", "spokeswoman",
    "ambassador", "official", "officer", "director", "chief", "commander", "adviser", "advisor",
    "envoy", "leader", "chairman", "chairwoman", "chair", "premier", "chancellor", "king", "queen",
    "senator", "governor", "diplomat", "lawmaker", "admiral", "colonel", "analyst", "expert",
    "negotiator", "representative", "deputy", "head", "mayor", "prosecutor", "judge", "source",
    "counterpart", "emperor", "prince", "pope", "marshal", "captain", "lieutenant", "sergeant",
})
# Nouns that refer back to a person just named without being part of an office written with the
# name ("Pope Leo ... the pontiff said", "Rafael Nadal ... the Spaniard said" is a demonym, not
# here): religious leaders, monarchs, the wealthy, sportspeople, artists, witnesses.
EPITHET_NOUNS = frozenset({
    "pontiff", "monarch", "sovereign", "billionaire", "tycoon", "magnate", "mogul", "veteran",
    "economist", "strategist", "professor", "scholar", "historian", "scientist", "researcher", "activist",
    "campaigner", "candidate", "lawyer", "attorney", "physician", "doctor", "surgeon", "witness",
    "survivor", "player", "striker", "goalkeeper", "midfielder", "defender", "forward", "athlete",
    "champion", "coach", "singer", "actor", "actress", "musician", "rapper", "novelist", "author",
    "poet", "filmmaker", "founder", "entrepreneur", "cleric", "bishop", "archbishop",
    "cardinal", "imam", "rabbi", "monk", "priest", "congressman", "congresswoman",
})
# Abbreviations of titles written before a name (AP and Reuters style: "Sen. X", "Gen. Y"), by the
# noun that refers back to the person ("the senator said").
TITLE_ABBREVIATIONS = {
    "senator": "sen.", "general": "gen.", "governor": "gov.", "representative": "rep.", "colonel": "col.",
    "lieutenant": "lt.", "sergeant": "sgt.", "admiral": "adm.", "captain": "capt.", "commander": "cmdr.",
    "president": "pres.", "professor": "prof.", "secretary": "sec.",
}
# Nouns for a written source whose author is the organisation named inside it
# ("a statement from the Kremlin", "the ministry's readout").
DOCUMENT_NOUNS = frozenset({
    "statement", "report", "readout", "communique", "communiqué", "letter", "release", "post",
    "tweet", "declaration", "notice", "memo", "document", "briefing", "transcript", "announcement",
    # Issued texts that speak for whoever issued them ("the department's travel advisory states",
    # "the ruling said", "an email to staff said").
    "advisory", "warning", "ruling", "opinion", "filing", "complaint", "lawsuit", "resolution",
    "proclamation", "guidance", "bulletin", "message", "email", "editorial", "blog",
})
# Nouns for an organisation mentioned by its kind ("the company said").
# Nouns whose "that" clause states someone's words ("the Board's finding that ... “...”"): the
# noun's owner said them, not whoever welcomed or noted the finding.
CONTENT_NOUNS = frozenset({
    "finding", "warning", "claim", "assertion", "assessment", "conclusion", "argument", "view",
    "pledge", "promise", "statement", "declaration", "recommendation", "insistence", "observation",
    # sayings someone "had" or "used": "My dad had an expression, “...”"
    "expression", "saying", "proverb", "motto",
})
ORG_NOUNS = frozenset({
    "company", "firm", "corporation", "carrier", "airline", "automaker", "carmaker", "manufacturer",
    "contractor", "bank", "ministry", "department", "agency", "organization", "organisation", "group",
    "alliance", "union", "council", "committee", "commission", "embassy", "institute", "exchange",
    "regulator", "watchdog", "broadcaster", "newspaper", "publisher", "retailer", "insurer", "lender",
})
# Verbs of perceiving someone speak: "we hear from them saying “...”" quotes who is heard.
PERCEPTION_VERBS = frozenset({"hear", "see", "watch"})
# Determiners of a noun phrase that refers back ("the company said").
DEFINITE = frozenset({"the", "this", "that"})
# Determiners of a noun phrase that introduces someone unidentified ("a senior official said").
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "many", "other"})
# Reporting verbs whose object is who is spoken to or about, never the speaker.
ADDRESSEE_VERBS = frozenset({
    "tell", "thank", "urge", "accuse", "praise", "hail", "condemn", "denounce", "criticize", "criticise",
    "welcome", "call", "describe", "charge", "order", "direct", "remind", "assure", "reassure",
})
# Prepositions after a document noun that introduce who it is for or about, not its author.
NOT_AUTHOR_PREPS = frozenset({"to", "with", "about", "on", "over", "for", "in", "at", "against", "into"})
# Prepositions that tie people to the organisation they work for ("analysts at X", "officials from Y").
EMPLOYER_PREPS = frozenset({"at", "from", "of", "with"})
# Pronouns resolved to a person; "it" to an organisation; relative pronouns to their antecedent.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ORG_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Dependents kept in an office or source phrase ("the IAEA Director General").
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "det", "case", "flat", "quantmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Links climbed from a reporting verb to the clause whose subject speaks ("and said", "adding").
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "pcomp"})
# Entity labels that can speak.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Lower-case words allowed in a quoted title ("Zivotofsky v. Kerry", "The Art of War").
SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "or", "on", "in", "to", "at", "by", "with",
                         "from", "de", "la", "v.", "vs.", "v", "vs"})
