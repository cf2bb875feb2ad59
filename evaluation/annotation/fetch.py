"""Print one bench document by id, with blank-line paragraphs numbered. usage: fetch.py ID"""
import gzip, json, sys
want = sys.argv[1]
with gzip.open(str(__import__("pathlib").Path(__file__).resolve().parents[3] / "shared/bench/wh-briefings.jsonl.gz"), "rt") as fh:
    for line in fh:
        r = json.loads(line)
        if r["id"] == want:
            print(f"# {r['title']} ({r['published']})\n# id: {r['id']}\n")
            paras = r["text"].split("\n\n")
            for i, p in enumerate(paras, 1):
                print(f"[[P{i} of {len(paras)}]]\n{p}\n")
            break
    else:
        sys.exit(f"{want}: no such id")
