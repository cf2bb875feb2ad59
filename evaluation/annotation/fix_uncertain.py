"""Remove the evidence of `uncertain` notes whose evidence is not in the text (the note is kept, with a
remark); facts are never touched. usage: fix_uncertain.py DIR"""
import glob, json, os, sys
for g in sorted(glob.glob(os.path.join(sys.argv[1], "*.gold.json"))):
    text = open(g[:-10] + ".txt", encoding="utf-8").read(); d = json.load(open(g, encoding="utf-8")); changed = 0
    for x in d.get("uncertain", []):
        ev = x.get("evidence") if isinstance(x, dict) else None
        if not ev: continue
        pos = -1
        for _ in range(ev.get("occurrence", 0) + 1):
            pos = text.find(ev["text"], pos + 1)
            if pos < 0: break
        if pos < 0:
            x["evidence_removed"] = f"round-35 curation: {ev['text']!r} is not in the saved text"; del x["evidence"]; changed += 1
    if changed:
        json.dump(d, open(g, "w", encoding="utf-8"), ensure_ascii=False, indent=1); print(os.path.basename(g), changed)
