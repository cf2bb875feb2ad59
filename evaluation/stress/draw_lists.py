"""Candidate lists for new gold sets: a seeded shuffle of the unused bench documents, split 8 ways.

Excluded: every gold document's source, ``used_ids.txt``, every stress pool, the development
statements (by slug) and any document sharing title and date with an excluded one. Position ``k``
of the shuffle goes to ``lists/posK.txt`` (id, published, title; tab-separated); annotators walk
one list each, deciding on titles only. The lists depend on the gold present when the script runs,
so a set's lists are reproduced by running it at the commit before that set was added.

Round 29 also excluded an attempted reconstruction of round 28's reading pool (positions 3 and 7 of
its seed-281201 lists): that round's script was not kept and the reconstruction does not reproduce
its lists (9,476 candidates here against the 9,584 it reported), so the exclusion is kept only so
that round 29's lists reproduce; round 28's pool itself could not be excluded exactly.

Usage: python evaluation/stress/draw_lists.py SEED [--out DIR]
"""
import glob, gzip, json, random, re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]; SHARED = ROOT.parent / "shared"
def load():
    docs = []
    seen = set()
    with gzip.open(SHARED / "bench/wh-briefings.jsonl.gz", "rt") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in seen: continue
            seen.add(r["id"]); docs.append(r)
    return docs
def exclusions(skip_folders=()):
    ids = set()
    for p in glob.glob(str(ROOT / "evaluation/gold/**/*.gold.json"), recursive=True):
        if any(f"/{s}/" in p for s in skip_folders): continue
        s = json.loads(Path(p).read_text()).get("source")
        if s: ids.add(s)
    ids |= set((ROOT / "evaluation/stress/used_ids.txt").read_text().split())
    for p in glob.glob(str(ROOT / "evaluation/stress/*.jsonl")):
        for line in open(p):
            ids.add(json.loads(line)["id"])
    slugs = [re.sub(r"^\d+_", "", Path(p).name.replace(".gold.json", ""))[11:]
             for p in glob.glob(str(SHARED / "dev/statements/*.gold.json"))]
    return ids, [s for s in slugs if s]
def candidates(seed, docs, ids, slugs):
    used_td = {(r["title"].strip().lower(), r["published"]) for r in docs if r["id"] in ids}
    keep = [r for r in docs if r["id"] not in ids and not any(s in r["id"] for s in slugs)
            and (r["title"].strip().lower(), r["published"]) not in used_td]
    random.Random(seed).shuffle(keep)
    return keep
if __name__ == "__main__":
    docs = load()
    # reconstruct round 28's lists to exclude its read pool (positions 3 and 7)
    ids28, slugs = exclusions(skip_folders=("unseen-frozen19",))
    c28 = candidates(281201, docs, ids28, slugs)
    print("r28 first pos0:", c28[0::8][0]["id"])
    pool28 = {r["id"] for r in c28[3::8][:400] + c28[7::8][:400]}
    ids, slugs = exclusions()
    ids |= pool28
    seed = int(sys.argv[1])
    outdir = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else Path("lists")
    c = candidates(seed, docs, ids, slugs)
    print(len(c), "candidates")
    out = outdir; out.mkdir(parents=True, exist_ok=True)
    for k in range(8):
        with open(out / f"pos{k}.txt", "w") as fh:
            for r in c[k::8]:
                fh.write(f'{r["id"]}\t{r["published"]}\t{r["title"]}\n')
