"""Round 58: a post in a sub-national institution is the nation's office.

"Vice Chancellor on the Delaware Court of Chancery", "judge of the Court of Appeals of Ohio": the
institution a region's name qualifies places the office in that region's nation
(roles/state_offices.py :func:`institution_region`), as "Colorado Attorney General" does. A
country's name is no region, and a title with no place keeps no country.

Every title is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.roles.state_offices import institution_region


@pytest.mark.parametrize(("title", "code"), [
    ("Vice Chancellor on the Delaware Court of Chancery", "USA"),
    ("Judge of the Court of Appeals of Ohio", "USA"),
    ("Commissioner of the Bavaria Water Authority", "DEU"),
    ("Director at the Ontario Securities Commission", "CAN"),
    ("Minister of Defence", None),
    ("Governor of the Central Bank of Kenya", None),
    ("Special Envoy for Climate", None),
])
def test_an_institution_of_a_region_is_its_nations(title, code):
    assert institution_region(title) == code
