"""Fuzz ingest and extraction: arbitrary bytes must become an Article, a reasoned reject, or a
valid record, never an unexpected exception.

Targets (the first input byte picks one):

0. ``ingest.decode`` on raw bytes
1. ``ingest.parse_jsonl_line`` on a line
2. ``ingest.parse_txt`` (title, dateline) on decoded text
3. ``ingest.parse_html`` on decoded text
4. ``textnorm.normalize``: the offset map must stay faithful
5. full extraction (``pipeline.extract``) with schema and offset validation; only with ``--model``
   (the model makes each input ~100x slower)

Run with atheris (coverage-guided, ``pip install atheris``)::

    python fuzz/fuzz_pipeline.py --seconds 60 [--model] [fuzz/corpus]

Without atheris (or with ``--plain``) a plain random runner mutates built-in seeds for the same
time. A crash is saved under ``fuzz/crashes/`` (atheris: ``crash-<sha1>``; plain:
``plain-<sha1>.bin``); replay one with ``python fuzz/fuzz_pipeline.py --replay FILE``, and turn it
into a regression test in tests/test_hostile.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

CRASHES = HERE / "crashes"
N_TARGETS = 6
WITH_MODEL = False

SEEDS: list[bytes] = [
    b"Title\n\nSEOUL \xe2\x80\x94 South Korea's President said on Tuesday that 1,200 troops would deploy.",
    '{"id": "a", "text": "Japan sent two destroyers on March 3, 2024.", "published": "2024-03-04"}'.encode(),
    b'{"id": 1, "text": ["x"]}',
    b"<html><head><title>T</title><script>x</script></head><body><p>NATO&amp;EU</p><![CDATA[x]]></body>",
    "\u201cWe will not retreat,\u201d the general said. \u201cNever \u2018ever\u2019.".encode(),
    b"**<u>FACT SHEET</u>**\n\n# Heading\n* bullet\n[link](https://x.y) ---\r\n\t\x07",
    "\ufeff\u202e\u200b\U0001F680 \u0627\u0644\u0642\u062f\u0633 $5 billion 40% 3.5 km".encode("utf-8"),
    "UTF16 text".encode("utf-16"),
    b"[" * 2000,
    b'{"id": "s", "text": "\\ud800"}',
]


def _crash_ok(exc: BaseException) -> bool:
    from pipeline.errors import IngestError

    return isinstance(exc, IngestError)


def one_input(data: bytes) -> None:
    """Run one fuzz input; raise on any unexpected exception or broken invariant."""
    from pipeline import ingest
    from pipeline.textnorm import normalize

    if not data:
        return
    target, payload = data[0] % N_TARGETS, data[1:]
    if target == 5 and not WITH_MODEL:
        target = 4
    if target == 0:
        try:
            text = ingest.decode(payload, input="fuzz.txt")
        except Exception as e:  # noqa: BLE001
            if not _crash_ok(e):
                raise
            return
        text.encode("utf-8")
        return
    text = payload.decode("utf-8", "replace")
    try:
        if target == 1:
            art = ingest.parse_jsonl_line(text, input="fuzz.jsonl:1", seen=set(), max_chars=10_000)
            json.dumps(art.text, ensure_ascii=False).encode("utf-8")
        elif target == 2:
            if text.strip():
                art = ingest.parse_txt(text, source="fuzz.txt")
                assert art.text == text
        elif target == 3:
            ingest.parse_html(text, source="fuzz.html")
        elif target == 4:
            norm = normalize(text)
            offs = norm.offsets
            assert len(offs) == len(norm.text) + 1 and offs[-1] == len(text)
            assert all(a < b for a, b in zip(offs, offs[1:]))
            assert all(c.isspace() or text[offs[i]] == c for i, c in enumerate(norm.text))
        else:
            if text.strip():
                from pipeline import extract
                from pipeline.validate import offset_errors, schema_errors

                record = extract(text[:5000], validate=False).to_dict()
                problems = schema_errors(record) or offset_errors(record, text[:5000])
                assert not problems, problems
    except Exception as e:  # noqa: BLE001
        if not _crash_ok(e):
            raise


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        pos = rng.randrange(len(b) + 1)
        if op == 0 and b:
            del b[pos:pos + rng.randint(1, 16)]
        elif op == 1:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            b[pos:pos] = rng.choice(SEEDS)[: rng.randint(1, 64)]
        elif op == 3 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif op == 4:
            b[pos:pos] = rng.choice([b'"', b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\n\n", b"<", b">", b"**", b"\\u",
                                     b"\x00", b"\xff", b"{", b"}", b"[", b"1,000", b" \xe2\x80\x94 "])
        else:
            b = b[:pos] + b[pos:] * rng.randint(1, 3)
    return bytes(b[:20_000])


def plain_fuzz(seconds: float, seed: int) -> int:
    """Random mutation runner (no coverage guidance); returns the number of crashes."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    runs = crashes = 0
    while time.monotonic() < deadline:
        data = bytes([rng.randrange(N_TARGETS)]) + _mutate(rng, rng.choice(SEEDS))
        runs += 1
        try:
            one_input(data)
        except Exception as e:  # noqa: BLE001
            crashes += 1
            CRASHES.mkdir(exist_ok=True)
            path = CRASHES / f"plain-{hashlib.sha1(data).hexdigest()}.bin"
            path.write_bytes(data)
            print(f"CRASH {type(e).__name__}: {e} -> {path}", file=sys.stderr)
    print(f"plain fuzzing: {runs} inputs in {seconds:.0f}s, {crashes} crashes", file=sys.stderr)
    return crashes


def main() -> int:
    global WITH_MODEL
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*", help="corpus folders for atheris (optional)")
    ap.add_argument("--seconds", type=float, default=60, help="time budget (default 60)")
    ap.add_argument("--model", action="store_true", help="also fuzz full extraction (slow)")
    ap.add_argument("--plain", action="store_true", help="plain random runner even if atheris is installed")
    ap.add_argument("--seed", type=int, default=0, help="random seed of the plain runner")
    ap.add_argument("--replay", metavar="FILE", help="run one saved input and show its traceback")
    args = ap.parse_args()
    WITH_MODEL = args.model
    if args.replay:
        one_input(Path(args.replay).read_bytes())
        print("no crash")
        return 0
    try:
        import atheris
    except ImportError:
        atheris = None
        if not args.plain:
            print("atheris is not installed (pip install atheris); using the plain random runner", file=sys.stderr)
    if atheris is None or args.plain:
        return 1 if plain_fuzz(args.seconds, args.seed) else 0
    with atheris.instrument_imports():
        import pipeline.ingest  # noqa: F401
        import pipeline.textnorm  # noqa: F401
        if WITH_MODEL:  # coverage guidance inside the extractors too
            import pipeline.assemble  # noqa: F401
    if WITH_MODEL:
        from pipeline import nlp as N

        N.load()
    CRASHES.mkdir(exist_ok=True)
    corpus = args.corpus
    if not corpus:
        seed_dir = HERE / "corpus"
        seed_dir.mkdir(exist_ok=True)
        for i, s in enumerate(SEEDS):
            for t in range(N_TARGETS):
                (seed_dir / f"seed-{i}-{t}").write_bytes(bytes([t]) + s)
        corpus = [str(seed_dir)]
    atheris.Setup([sys.argv[0], f"-max_total_time={int(args.seconds)}", f"-artifact_prefix={CRASHES}/",
                   "-max_len=20000", "-timeout=20", *corpus], one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
