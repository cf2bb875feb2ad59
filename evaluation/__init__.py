"""Evaluation of the newsie pipeline: scorers, peer baselines and corpus readers.

Not part of the installed product: the ``pipeline`` wheel does not contain this package. Run it
from a checkout of the repository (``make eval``, ``python -m evaluation score --gold DIR``).

* :mod:`evaluation.readers`: gold directories (``NN_*.txt`` + ``NN_*.gold.json``) and MEANTIME;
* :mod:`evaluation.scorers`: records against gold (persons, roles and role status, quantities,
  forces, dates, quotes, events), tables;
* :mod:`evaluation.baselines`: the peer baselines scored beside the pipeline;
* :mod:`evaluation.run`, :mod:`evaluation.report`, :mod:`evaluation.cli`: ``make eval``;
* :mod:`evaluation.iaa`: inter-annotator agreement on events.
"""
