"""Print one bench document by id, with blank-line paragraphs numbered. usage: fetch.py ID"""
import gzip, json, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from paragraphs import paragraph_spans  # noqa: E402  (a line of only whitespace is blank)
want = sys.argv[1]
with gzip.open(str(__import__("pathlib").Path(__file__).resolve().parents[3] / "shared/bench/wh-briefings.jsonl.gz"), "rt") as fh:
    for line in fh:
        r = json.loads(line)
        if r["id"] == want:
            print(f"# {r['title']} ({r['published']})\n# id: {r['id']}\n")
            paras = [r["text"][a:b] for a, b in paragraph_spans(r["text"])]
            for i, p in enumerate(paras, 1):
                print(f"[[P{i} of {len(paras)}]]\n{p}\n")
            break
    else:
        sys.exit(f"{want}: no such id")
