"""Two offices written as one coordinated title are two roles (invented titles)."""

from dataclasses import dataclass

import pytest

from pipeline.roles.coordinated_offices import _offices, _parts, split_coordinated_offices


@pytest.mark.parametrize("title, parts", [
    ("Ambassador to Iceland and to Latvia", ("Ambassador to Iceland", "Ambassador to Latvia")),
    ("Consul General in Lyon and in Marseille", ("Consul General in Lyon", "Consul General in Marseille")),
    ("Representative to the Council of Europe and the U.S. Ambassador to the OSCE",
     ("Representative to the Council of Europe", "U.S. Ambassador to the OSCE")),
    ("Mayor of the City of Dunmore and White House Chief of Staff",
     ("Mayor of the City of Dunmore", "White House Chief of Staff")),
    # two offices held at once (the nomination formula)
    ("United States Attorney for the District of Guam and concurrently United States Attorney for the District of "
     "the Northern Mariana Islands", ("United States Attorney for the District of Guam",
                                      "United States Attorney for the District of the Northern Mariana Islands")),
    ("Marshal for the District of Guam, and to serve concurrently and without additional compensation as Marshal "
     "for the District of the Northern Mariana Islands", ("Marshal for the District of Guam",
                                                          "Marshal for the District of the Northern Mariana Islands")),
    # the head of mission's office written out again (the Senate formula for concurrent posts)
    ("Ambassador Extraordinary and Plenipotentiary to the Republic of Nauru and Ambassador Extraordinary and "
     "Plenipotentiary to the Kingdom of Tonga", ("Ambassador Extraordinary and Plenipotentiary to the Republic of Nauru",
                                                 "Ambassador Extraordinary and Plenipotentiary to the Kingdom of Tonga")),
    ("Ambassador to Fiji and Ambassador to Tonga", ("Ambassador to Fiji", "Ambassador to Tonga")),
    ("Consul in Lyon and Consul General in Marseille", ("Consul in Lyon", "Consul General in Marseille")),
    # one office, not two
    ("Ambassador to Trinidad and Tobago", None),
    ("Ambassador to Fiji and Tonga", None),
    ("Deputy Assistant Secretary and concurrently", None),
    ("Ambassador Extraordinary and Plenipotentiary to the Republic of Antigua and Barbuda", None),
    ("Under Secretary of the Navy (Comptroller) and Chief Financial Officer", None),
    ("Chief of Staff and Executive Secretary of the National Space Council", None),
    ("Assistant to the President and the Director of the Domestic Policy Council", None),
    ("Deputy Secretary of State for Management and Resources", None),
    ("Secretary of Health and Human Services", None),
    ("Commander of U.S. Forces Korea and the United Nations Command", None),
])
def test_parts(title, parts):
    got = _parts(title)
    assert (tuple(t for t, _ in got) if got else got) == parts


@pytest.mark.parametrize("title, offices", [
    # the office written out again, three times, or with a rank word before it
    ("Ambassador to Fiji and Ambassador to the Kingdom of Tonga and Ambassador to Tuvalu",
     ["Ambassador to Fiji", "Ambassador to the Kingdom of Tonga", "Ambassador to Tuvalu"]),
    ("Deputy Representative to the United Nations and Deputy Representative in the Security Council",
     ["Deputy Representative to the United Nations", "Deputy Representative in the Security Council"]),
    ("Ambassador to Peru and to Chile, Department Spokesman",
     ["Ambassador to Peru", "Ambassador to Chile", "Department Spokesman"]),
    ("Chief Counsel for the House Committee on Ways and Means, Staff Director for the Subcommittee on Trade",
     ["Chief Counsel for the House Committee on Ways and Means", "Staff Director for the Subcommittee on Trade"]),
    # the place or body of the same office
    ("Deputy Chief of Mission, U.S. Embassy Lima, Peru", ["Deputy Chief of Mission, U.S. Embassy Lima, Peru"]),
    ("Assistant Secretary, Bureau of Oceans and Fisheries", ["Assistant Secretary, Bureau of Oceans and Fisheries"]),
    ("Director for Africa, National Security Council", ["Director for Africa, National Security Council"]),
    ("Commissioner of Labor, State of Vermont", ["Commissioner of Labor, State of Vermont"]),
    ("Assistant Secretary for Policy, Management, and Budget", ["Assistant Secretary for Policy, Management, and Budget"]),
])
def test_offices(title, offices):
    assert [t for t, _ in _offices(title)] == offices


@pytest.mark.parametrize("title, starts", [
    # a second office after "and the": at its own words, not where a search for it would land
    ("Representative to the Council of Europe and the U.S. Ambassador to the OSCE", ["Representative", "U.S. Ambassador"]),
    # a mission split (the rebuilt second office shares its head), then a comma-parted item
    ("Ambassador to Peru and to Chile, Consul General in Perth",
     ["Ambassador to Peru", "Ambassador to Peru", "Consul General in Perth"]),
])
def test_offices_offsets(title, starts):
    assert [title[at:].startswith(s) for (_, at), s in zip(_offices(title), starts)] == [True] * len(starts)


@dataclass(frozen=True)
class _Cand:
    name: str
    title: str
    role: str
    organization: str | None = None
    title_start: int = -1
    status: str = "former"


def test_split_keeps_holder_and_status():
    body = "Jane Roe served as Ambassador to Iceland and to Latvia."
    c = _Cand("Jane Roe", "Ambassador to Iceland and to Latvia", "ambassador", title_start=body.find("Ambassador"))
    out = split_coordinated_offices([c], body)
    assert [(r.title, r.role, r.status) for r in out] == [
        ("Ambassador to Iceland", "ambassador", "former"), ("Ambassador to Latvia", "ambassador", "former")]
    assert body[out[1].title_start:].startswith("Ambassador to Iceland")  # the head is shared


def test_split_skips_an_office_already_read():
    c = _Cand("Jane Roe", "Ambassador to Iceland and to Latvia", "ambassador")
    d = _Cand("Jane Roe", "Ambassador to Latvia", "ambassador")
    out = split_coordinated_offices([c, d], "Jane Roe, Ambassador to Iceland and to Latvia")
    assert [r.title for r in out] == ["Ambassador to Iceland", "Ambassador to Latvia"]


def test_split_skips_a_part_read_in_full():
    c = _Cand("Jane Roe", "Deputy Chief of Mission and the Chargé", "official_other")
    d = _Cand("Jane Roe", "Chargé d’Affaires", "ambassador")
    out = split_coordinated_offices([c, d], "Jane Roe served as Deputy Chief of Mission and the Chargé d’Affaires")
    assert [r.title for r in out] == ["Deputy Chief of Mission", "Chargé d’Affaires"]


def test_split_keeps_the_first_part_read_elsewhere_in_full():
    # another post of the same kind read in full elsewhere does not stand for the first part
    c = _Cand("Jane Roe", "Deputy Chief of Mission and the Chargé", "official_other")
    d = _Cand("Jane Roe", "Deputy Chief of Mission, U.S. Embassy Lima", "official_other")
    out = split_coordinated_offices([c, d], "Jane Roe served as Deputy Chief of Mission and the Chargé")
    assert [r.title for r in out][0] == "Deputy Chief of Mission"
