"""US state abbreviations -> state names: the two-letter USPS codes ("MD", "VA") that guest lists
write after a college or county ("Bowie State University (MD)") and the AP Stylebook's
abbreviations that wire datelines use ("FORT LAUDERDALE, Fla.", "NORFOLK, Va.").

Sources: USPS Publication 28, Appendix B (two-letter state and territory codes); AP Stylebook,
"state names" (abbreviations used in datelines; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas
and Utah are never abbreviated). "D.C." is the District of Columbia in both. "LA" is left out: news
writes it for Los Angeles far more often than for Louisiana.
"""

from __future__ import annotations

_USPS = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
_AP = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "D.C.": "District of Columbia", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}


# every written form, the AP abbreviations also without their final period ("Fla")
_FORMS = {**{k.rstrip("."): v for k, v in _AP.items()}, **_AP, **_USPS}


def state_name(text: str) -> str | None:
    """The US state an abbreviation names ("MD", "Md.", "Fla." -> "Florida"), else None. Case
    matters: "OR" or "ME" in running text are words, so only the exact written forms count."""
    return _FORMS.get(text.strip())

# The full names of the states, the District of Columbia included ("North Carolina").
STATE_NAMES = frozenset(_USPS.values())
