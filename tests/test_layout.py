"""The package layout rules of docs/architecture.md, checked on the source tree.

- no module imports another stage's underscore names (shared pieces live in leaf modules);
- leaf modules (names, numbers, quotemarks, transcripts, context, syntax, knowledge/*) import no stage;
- no module of ``pipeline/`` is longer than about 500 lines;
- the package has no import cycles between stages;
- stage code never reads ``doc.text`` (spaCy joins every token on each access, so one read per
  title or per quotation made a stage several times slower); it reads ``pipeline.nlp.text(doc)``,
  built once per Doc.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "pipeline"
STAGES = {"entities", "dates", "quantities", "roles", "forces", "quotes", "events"}
LEAVES = {"names", "numbers", "quotemarks", "context", "knowledge", "records", "errors", "transcripts", "syntax",
          "spacy_subclass"}
MAX_LINES = 520


def _modules() -> list[Path]:
    return sorted(p for p in PKG.rglob("*.py") if "__pycache__" not in p.parts)


def _unit(path: Path) -> str:
    """The top-level unit a module belongs to: ``pipeline/roles/titles.py`` -> ``roles``."""
    rel = path.relative_to(PKG)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """``(target unit, imported names)`` for every relative ``from`` import of a module."""
    tree = ast.parse(path.read_text("utf-8"))
    rel = path.relative_to(PKG)
    depth = len(rel.parts) - 1  # folders below pipeline/
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            up = node.level - 1
            base = list(rel.parts[:depth])
            base = base[: len(base) - up] if up else base
            target = [*base, *(node.module.split(".") if node.module else [])]
            if not target:  # "from . import x" at the top level
                for alias in node.names:
                    out.append((alias.name, []))
                continue
            out.append((target[0], [a.name for a in node.names]))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline."):
            out.append((node.module.split(".")[1], [a.name for a in node.names]))
    return out


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_no_private_names_across_units(path):
    unit = _unit(path)
    bad = [(t, n) for t, names in _imports(path) if t != unit for n in names
           if n.startswith("_") and not n.startswith("__")]
    assert not bad, f"{path.relative_to(PKG)} imports private names of other modules: {bad}"


@pytest.mark.parametrize("path", [p for p in _modules() if _unit(p) in LEAVES], ids=lambda p: str(p.relative_to(PKG)))
def test_leaf_modules_import_no_stage(path):
    stages = sorted({t for t, _ in _imports(path) if t in STAGES})
    assert not stages, f"leaf module {path.relative_to(PKG)} imports stages {stages}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_module_size(path):
    n = len(path.read_text("utf-8").splitlines())
    assert n <= MAX_LINES, f"{path.relative_to(PKG)} has {n} lines; split it by concern"


def test_stage_modules_import_no_other_stage_at_module_level():
    """Stages talk through Doc._ and leaf modules; only entities' public EntityIndex is shared."""
    offenders = []
    for path in _modules():
        unit = _unit(path)
        if unit not in STAGES:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level:
                for target, names in _imports_of(node, path):
                    if target in STAGES and target != unit and not (target == "entities" and set(names) <= {"EntityIndex"}):
                        offenders.append((str(path.relative_to(PKG)), target, names))
    assert not offenders, offenders


def _imports_of(node: ast.ImportFrom, path: Path):
    rel = path.relative_to(PKG)
    depth = len(rel.parts) - 1
    up = node.level - 1
    base = list(rel.parts[:depth])
    base = base[: len(base) - up] if up else base
    target = [*base, *(node.module.split(".") if node.module else [])]
    if not target:
        return [(a.name, []) for a in node.names]
    return [(target[0], [a.name for a in node.names])]


def _doc_text_reads(path: Path) -> list[int]:
    """Lines reading ``doc.text`` or ``<x>.doc.text``."""
    tree = ast.parse(path.read_text("utf-8"))
    return sorted(n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "text" and (
        isinstance(n.value, ast.Name) and n.value.id == "doc"
        or isinstance(n.value, ast.Attribute) and n.value.attr == "doc"))


@pytest.mark.parametrize("path", [p for p in _modules() if _unit(p) in STAGES], ids=lambda p: str(p.relative_to(PKG)))
def test_stages_read_the_cached_text(path):
    lines = _doc_text_reads(path)
    assert not lines, (f"{path.relative_to(PKG)} reads doc.text on lines {lines}: use pipeline.nlp.text(doc), "
                       "which spaCy does not rebuild on every access")


def test_doc_text_check_finds_reads(tmp_path):
    src = tmp_path / "m.py"
    src.write_text("def f(doc, rd):\n    a = doc.text\n    b = rd.doc.text\n    c = span.text\n", "utf-8")
    assert _doc_text_reads(src) == [2, 3]
