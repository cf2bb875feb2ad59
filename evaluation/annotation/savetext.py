"""Write a bench document's title line, a blank line, then paragraphs A..B (1-based, inclusive;
blank-line separated), verbatim, to OUT.txt. usage: savetext.py ID A B OUT.txt (A B = 1 N: whole)"""
import gzip, json, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from paragraphs import excerpt, paragraph_spans  # noqa: E402  (a line of only whitespace is blank)
want, a, b, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with gzip.open(str(__import__("pathlib").Path(__file__).resolve().parents[3] / "shared/bench/wh-briefings.jsonl.gz"), "rt") as fh:
    for line in fh:
        r = json.loads(line)
        if r["id"] == want:
            n = len(paragraph_spans(r["text"]))
            try:
                body = excerpt(r["text"], a, b)
            except ValueError as err:
                sys.exit(f"{want}: {err}; fetch.py {want} numbers them")
            open(out, "w", encoding="utf-8").write(r["title"].strip() + "\n\n" + body + "\n")
            print(f"wrote {out}: title line + paragraphs {a}-{b} of {n}")
            break
    else:
        sys.exit(f"{want}: no such id")
