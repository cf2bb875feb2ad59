"""Compatibility: tests/test_entities.py reads the news table of the roles tests from here.

The roles tests live in tests/roles/; this module only re-exports their table (no tests) until
test_entities imports it from there.
"""

from roles.test_roles_news import NEWS  # noqa: F401
