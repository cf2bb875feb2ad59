"""Development diagnostics: tools a developer runs by hand on the development gold to find where a
stage loses what the gold has. Not part of the scoring (``python -m evaluation score``) nor of the
tests; they may patch pipeline code at run time and must follow it when it changes."""
