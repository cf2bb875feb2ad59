"""Consistency check of a folder of NN_*.txt + NN_*.gold.json. usage: check_gold.py DIR"""
import glob, json, os, re, sys
TYPES = {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT",
         "THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"}
STATUS = {"current","former","nominee","elect","acting",None}
def norm(s): return re.sub(r"[\s,.]+", " ", s).strip().lower()
problems = 0
def bad(f, msg):
    global problems; problems += 1; print(f"{os.path.basename(f)}: {msg}")
def ev_ok(f, text, ev, what):
    if not isinstance(ev, dict) or "text" not in ev: return bad(f, f"{what}: evidence must be {{text, occurrence}}")
    k = ev.get("occurrence", 0); pos = -1
    for _ in range(k + 1):
        pos = text.find(ev["text"], pos + 1)
        if pos < 0: return bad(f, f"{what}: evidence {ev['text']!r} occurrence {k} not in text")
for g in sorted(glob.glob(os.path.join(sys.argv[1], "*.gold.json"))):
    t = g[:-10] + ".txt"
    if not os.path.exists(t): bad(g, "no .txt beside it"); continue
    text = open(t, encoding="utf-8").read(); ntext = norm(text)
    try: d = json.load(open(g, encoding="utf-8"))
    except Exception as e: bad(g, f"not JSON: {e}"); continue
    for key in ("file","published","genre","source","excerpt","persons","roles","events","dates","quantities","quotes","forces"):
        if key not in d: bad(g, f"missing key {key}")
    for p in d.get("persons", []):
        if norm(p) not in ntext and norm(p.split()[-1]) not in ntext: bad(g, f"person {p!r} not in text (not even its last word)")
    for r in d.get("roles", []):
        if r.get("status") not in STATUS: bad(g, f"role status {r.get('status')!r}")
        if not r.get("person") or not r.get("role"): bad(g, f"role without person/role: {r}")
        ev_ok(g, text, r.get("evidence"), f"role {r.get('person')}")
    for e in d.get("events", []):
        if e.get("type") not in TYPES: bad(g, f"event type {e.get('type')!r}")
        ev_ok(g, text, e.get("evidence"), f"event {e.get('type')} {e.get('trigger')}")
        trig = e.get("trigger")
        if trig and isinstance(e.get("evidence"), dict) and any(norm(x) not in norm(e["evidence"]["text"]) for x in re.split(r"\.\.\.|…", trig) if x.strip()):
            bad(g, f"event trigger {trig!r} not inside its evidence")
    for x in d.get("uncertain", []):
        if isinstance(x, dict) and "evidence" in x: ev_ok(g, text, x["evidence"], "uncertain")
    for kind in ("dates","quantities","quotes","forces"):
        for x in d.get(kind, []):
            if "evidence" in x: ev_ok(g, text, x["evidence"], kind)
print(f"{problems} problems")
