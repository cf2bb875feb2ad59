"""The ``Doc._`` extensions the project's components read and write, declared in one place.

==========================  =============================================  ====================
extension                   value                                          written by
==========================  =============================================  ====================
``newsie_article``          :class:`~pipeline.records.Article` or None     :func:`pipeline.nlp.make_doc`
``newsie_offsets``          offset map (normalised -> original) or None    :func:`pipeline.nlp.make_doc`
``newsie_text``             ``doc.text``, built once                       :func:`pipeline.nlp.make_doc`
``newsie_context``          :class:`~pipeline.context.ArticleContext`      ``newsie_context``
``newsie_entities``         ``tuple[Entity, ...]``                         ``newsie_entities`` (+ roles)
``newsie_companies``        ``tuple[str, ...]``: ids of company entities   ``newsie_entities``
``newsie_dates``            ``tuple[TimeExpression, ...]``                 ``newsie_dates``
``newsie_quantities``       ``tuple[Quantity, ...]``                       ``newsie_quantities``
``newsie_roles``            ``tuple[Role, ...]``                           ``newsie_roles``
``newsie_forces``           ``tuple[Force, ...]``                          ``newsie_forces``
``newsie_quotes``           ``tuple[Quote, ...]``                          ``newsie_quotes``
``newsie_events``           ``tuple[Event, ...]``                          ``newsie_events``
==========================  =============================================  ====================

Values are the frozen record dataclasses of :mod:`pipeline.records`. spaCy keeps extension
values in ``doc.user_data`` and serialises them with msgpack (``Doc.to_bytes``, which
``nlp.pipe(..., n_process=N)`` uses to send Docs between processes). msgpack knows nothing of
dataclasses, so :func:`register` adds an encoder and a decoder to srsly's msgpack registry
that turn the record classes (and the offset array) into tagged plain values and back; the
Docs that come back from worker processes therefore carry the same typed results.
"""

from __future__ import annotations

import dataclasses
from array import array
from decimal import Decimal
from typing import Any

from . import records

EXTENSIONS: dict[str, Any] = {
    "newsie_article": None,
    "newsie_offsets": None,
    "newsie_text": None,
    "newsie_context": None,
    "newsie_entities": (),
    "newsie_companies": (),
    "newsie_dates": (),
    "newsie_quantities": (),
    "newsie_roles": (),
    "newsie_forces": (),
    "newsie_quotes": (),
    "newsie_events": (),
}
"""Extension name -> default value (immutable, so one default can be shared by all Docs)."""

_TAG = "__newsie__"
_ARRAY_TAG = "__newsie_array__"
_DECIMAL_TAG = "__newsie_decimal__"
_CLASSES: dict[str, type] = {}


def serialisable(cls: type) -> type:
    """Let a frozen dataclass travel inside ``Doc._`` through msgpack (class decorator)."""
    _CLASSES[cls.__name__] = cls
    return cls


for _cls in (records.Span, records.Article, records.Geo, records.Entity, records.Ref, records.Role,
             records.Quantity, records.Force, records.TimeExpression, records.Quote, records.Event):
    serialisable(_cls)


def _encode(obj: Any, chain: Any = None) -> Any:
    cls = type(obj)
    if cls.__name__ in _CLASSES and _CLASSES[cls.__name__] is cls:
        return {_TAG: cls.__name__, "v": [getattr(obj, f.name) for f in dataclasses.fields(cls)]}
    if isinstance(obj, array):
        return {_ARRAY_TAG: obj.typecode, "b": obj.tobytes()}
    if isinstance(obj, Decimal):
        return {_DECIMAL_TAG: str(obj)}
    if isinstance(obj, (frozenset, set)):
        return sorted(obj)
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict):
        name = obj.get(_TAG)
        if name is not None and name in _CLASSES:
            cls = _CLASSES[name]
            values = [tuple(v) if isinstance(v, list) else v for v in obj["v"]]
            return cls(**{f.name: v for f, v in zip(dataclasses.fields(cls), values)})
        if _DECIMAL_TAG in obj:
            return Decimal(obj[_DECIMAL_TAG])
        code = obj.get(_ARRAY_TAG)
        if code is not None:
            out = array(code)
            out.frombytes(obj["b"])
            return out
    return obj if chain is None else chain(obj)


def _tuple_accessors(name: str):
    """Accessors that keep a tuple a tuple: msgpack gives back lists for every array, so a
    Doc rebuilt from bytes (another process) would otherwise hold lists."""
    key = ("._.", name, None, None)  # where spaCy keeps a plain extension's value

    def getter(doc):
        value = doc.user_data.get(key, ())
        return tuple(value) if isinstance(value, list) else value

    def setter(doc, value) -> None:
        doc.user_data[key] = tuple(value)

    return getter, setter


_REGISTERED: list[bool] = []
"""Set once :func:`register` has run in this process: it is called for every Doc made
(:func:`pipeline.nlp.attach`), and asking catalogue's registry for the codecs (``get_all``
reads the installed packages' entry points) cost about 3 ms per call."""


def register() -> None:
    """Declare the ``Doc._`` extensions and the msgpack codecs (idempotent)."""
    if _REGISTERED:
        return
    from spacy.tokens import Doc
    from srsly import msgpack_decoders, msgpack_encoders

    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            if isinstance(default, tuple):
                getter, setter = _tuple_accessors(name)
                Doc.set_extension(name, getter=getter, setter=setter)
            else:
                Doc.set_extension(name, default=default)
    if "newsie" not in msgpack_encoders.get_all():
        msgpack_encoders.register("newsie", func=_encode)
        msgpack_decoders.register("newsie", func=_decode)
    _REGISTERED.append(True)
