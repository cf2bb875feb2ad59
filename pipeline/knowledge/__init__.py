"""What the stages know about the world, loaded in one place.

Each module loads one kind of knowledge once per process: generated from maintained libraries
by a script under ``scripts/``, or hand-kept in ``pipeline/data/`` with a source or reason per
entry. Stages import these modules; these modules import no stage.
"""
