"""Generate a corpus of hostile inputs (at test time, into a temporary folder).

``python tests/make_bad_corpus.py DIR`` writes it by hand; tests call :func:`make` and read
:data:`EXPECTED`: for every input (file, or ``file:LINE`` for JSONL) the reject reason the
pipeline must give, or ``None`` when it must become a valid record.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

# Big enough to exceed the default --max-chars (1,000,000), so it must be rejected before parsing.
HUGE_CHARS = 20 * 1024 * 1024
LONG_LINE_CHARS = 1024 * 1024

_PARA = ("Japan's Defence Minister said on Tuesday that 1,200 troops would join the exercise near Okinawa, "
         "and the United States sent two destroyers.\n\n")

# Expected outcome per input name: a reject reason, or None for "processed into a record".
EXPECTED: dict[str, str | None] = {
    "empty.txt": "empty",
    "whitespace.txt": "empty",
    "binary.txt": "binary",
    "control_mostly.txt": "binary",
    "invalid_utf8.txt": None,  # not UTF-8, but every byte is text in ISO-8859-1: decoded, not rejected
    "latin1.txt": None,
    "utf16_bom.txt": None,
    "utf16_bad.txt": "undecodable",
    "high_bytes.txt": "undecodable",
    "huge_20mb.txt": "too_long",
    "long_line_1mb.txt": "too_long",
    "long_token_50k.txt": None,
    "page.html": None,
    "empty_page.html": "empty",
    "control_chars.txt": None,
    "rtl_emoji.txt": None,
    "quotes.txt": None,
    "numbers_10k.txt": None,
    "markup.txt": None,
    "crlf.txt": None,
    "image.png": "unsupported_type",
    "articles.jsonl:1": None,
    "articles.jsonl:2": "bad_json",
    "articles.jsonl:3": "missing_field",
    "articles.jsonl:4": "bad_field",
    "articles.jsonl:5": "bad_field",
    "articles.jsonl:6": "duplicate_id",
    "articles.jsonl:7": "bad_json",
    "articles.jsonl:8": "bad_field",
    "articles.jsonl:9": "bad_json",
    "articles.jsonl:10": "too_long",
    "articles.jsonl:11": None,
    "articles.jsonl:12": "empty",
    "articles.jsonl:13": "bad_field",
}


def _jsonl_lines() -> list[str]:
    good = {"id": "good-1", "text": "Germany pledged 500 million euros to Ukraine, the chancellor said.",
            "published": "2024-02-01"}
    return [
        json.dumps(good),                                                         # 1 ok
        '{"id": "broken", "text": "unterminated',                                 # 2 broken JSON
        json.dumps({"id": "no-text", "title": "A title only"}),                   # 3 missing text
        json.dumps({"id": "num-text", "text": 12345}),                            # 4 non-string text
        json.dumps({"id": "list-text", "text": ["a", "b"]}),                      # 5 non-string text
        json.dumps({"id": "good-1", "text": "A different article with the same id."}),  # 6 duplicate id
        "[" * 100_000 + "]" * 100_000,                                            # 7 deeply nested JSON
        '{"id": "surrogate", "text": "Lone surrogate \\ud800 here."}',            # 8 unpaired surrogate
        "[1, 2, 3]",                                                              # 9 not an object
        json.dumps({"id": "too-long", "text": "x " * 600_000}),                   # 10 over the limit
        json.dumps({"id": "nul-inside", "text": "Nul\u0000 and bell\u0007 inside; France sent 30 jets."}),  # 11 ok
        json.dumps({"id": "blank", "text": " \n\t "}),                            # 12 empty text
        json.dumps({"id": "bad-date", "text": "Text.", "published": "2024-02-30"}),  # 13 bad date
    ]


def make(root: Path) -> Path:
    """Write the hostile corpus into ``root`` (created) and return it."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20240301)
    w = lambda name, data: (root / name).write_bytes(data)  # noqa: E731

    w("empty.txt", b"")
    w("whitespace.txt", b" \n\t\r\n   \n")
    w("binary.txt", bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00")
    w("control_mostly.txt", bytes(rng.choice(b"\x01\x02\x03\x04\x05\x06\x1b\x7f") for _ in range(2000)))
    w("invalid_utf8.txt", b"Title\n\nValid start \xc3\x28 then \xff\xfe garbage.")
    w("latin1.txt", "Caf\u00e9 politique\n\nLe pr\u00e9sident fran\u00e7ais a parl\u00e9.".encode("latin-1"))
    w("high_bytes.txt", bytes(range(1, 256)) * 4)  # no encoding reads this as text
    w("utf16_bom.txt", "Ottawa talks\n\nCanada's foreign minister met her Mexican counterpart.".encode("utf-16"))
    w("utf16_bad.txt", b"\xff\xfe" + b"A\x00" * 10 + b"\x00\xd8")  # BOM, then a truncated surrogate
    # 20 MB of ordinary prose: must be rejected on size alone, not parsed.
    w("huge_20mb.txt", (_PARA * (HUGE_CHARS // len(_PARA) + 1)).encode("utf-8"))
    line = "".join(rng.choice("abcdefghij0123456789-_/.") for _ in range(LONG_LINE_CHARS))
    w("long_line_1mb.txt", ("Title\n\n" + line).encode())
    w("long_token_50k.txt", ("Long token\n\nThe minister said " + "ab1-" * 12_500 + " yesterday.").encode())
    w("page.html", b"<!DOCTYPE html><html><head><title>Seoul summit</title><script>var x = '<p>';</script>"
                   b"<style>p{color:red}</style></head><body><h1>Seoul summit</h1><p>South Korea&#39;s "
                   b"President met the <b>Japanese</b> Prime Minister &amp; said &ldquo;we agree&rdquo;.</p>"
                   b"<p>Unclosed <div><span>tags <![CDATA[x]]> &bogus; &#xZZ;</p></body>")
    w("empty_page.html", b"<html><head><title></title><script>alert(1)</script></head><body>  </body></html>")
    w("control_chars.txt", "Control test\n\nThe \x07general\x1b[31m said \x0b 40 tanks\x0c moved.\x00?".replace(
        "\x00", "").encode())
    w("rtl_emoji.txt", ("\u0627\u0644\u0642\u062f\u0633 \U0001F1EE\U0001F1F1\n\n"
                        "Israel's Prime Minister \u202eevil\u202c said \U0001F680 200 rockets hit "
                        "\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1 on Monday. \u200d\U0001F468\u200d\U0001F469 "
                        "Caf\u0065\u0301 \uFEFFzero\u200bwidth.").encode())
    w("quotes.txt", ('Quotes\n\n"Unbalanced start, the minister said.\n\n'
                     '\u201cNested \u2018inner \u201cdeep\u201d\u2019 outer\u201d, said the general. '
                     '\u201d Reversed \u201c and \u00abguillemets\u00bb and \'single\' and "" and \u201c\u201c\u201c. '
                     'He said: "open "again" and never closed').encode())
    nums = " ".join(str(rng.choice([rng.randrange(10**6), rng.random() * 1000, -rng.randrange(100)]))
                    for _ in range(10_000))
    w("numbers_10k.txt", ("Numbers\n\nThe budget lines were " + nums + ".").encode())
    w("markup.txt", ("**<u>FACT SHEET</u>**\n\n# Heading\n* bullet one\n* bullet two\n<b><i>bold</b></i> "
                     "[link](https://example.com) ** __ ## <<>> </ > ***\n---\n| table | cell |").encode())
    w("crlf.txt", b"Windows title\r\n\r\nLONDON \xe2\x80\x94 The British army\r\nsent 300 soldiers.\r\n")
    w("image.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "articles.jsonl").write_text("\n".join(_jsonl_lines()) + "\n", encoding="utf-8")
    return root


if __name__ == "__main__":
    out = make(Path(sys.argv[1] if len(sys.argv) > 1 else "bad_corpus"))
    print(f"wrote {len(list(out.iterdir()))} files to {out}")
