"""The provision-numeral search (pipeline.quantities.namerefs) with its first-letter look-ahead finds
exactly what the pattern without it finds."""

from __future__ import annotations

import re

import pytest

from pipeline.quantities import namerefs


@pytest.mark.parametrize("sentence", [
    "Under Section 232 and sections 301 of the Act, Article 5 and ARTICLES 12 apply.",
    "A resolution 2231 passed; xsection 232 and section 1234,5 are not provisions; paragraph  12345 is.",
    "Amendment 14, chapter 11 and directive 2019 were cited; Title 42 is another head.",
])
def test_provision_numerals_found_as_without_the_look_ahead(sentence):
    found = namerefs._pattern()
    plain = re.compile(found.pattern.split(")", 1)[1], re.I)  # the pattern without its look-ahead
    assert found.pattern.startswith("(?=[")
    assert [(m.span(), m.group(1)) for m in found.finditer(sentence)] == \
        [(m.span(), m.group(1)) for m in plain.finditer(sentence)]
