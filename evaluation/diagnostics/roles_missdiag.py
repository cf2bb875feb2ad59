"""Roles miss-diagnosis and drop-condition ablation on the development gold (round 15).

A development diagnostic, not part of the scoring or the tests. It patches the roles stage at run
time: it reads the source of :func:`pipeline.roles.extract_roles` with :mod:`inspect`, inserts a
snapshot after every assignment to ``cands``/``out`` and an evaluation of the final filter's
conditions, and runs the result with ``exec`` in place of the function (it also wraps
``persons_from_roles`` and ``nomination_merge.biography_roles``). It therefore depends on the
layout of that function's source (one statement per ``cands``/``out`` assignment, the final
filter opening with ``out = [c for c in out if (c.title_start``, the conditions copied into
``_FILTERS``) and must be updated whenever ``extract_roles`` changes.

Usage (from the repository root)::

    python -m evaluation.diagnostics.roles_missdiag run SCORE.json OUT.pkl [--gold DIR ...]
    python -m evaluation.diagnostics.roles_missdiag report OUT.pkl [--show]

``SCORE.json`` is the ``--json`` output of ``python -m evaluation score`` over the same gold
folders (its per-document names split each folder). The gold folders default to the development
statements and seed beside the repository (``../shared/dev/statements``, ``../shared/seed``, as
the README's commands name them) and ``evaluation/gold/unseen-dev`` to ``unseen-dev6``.

WORKING half (even positions of each folder's sorted stems): detail with ``--show``; CHECK half:
class counts and ablation totals only (no texts, names or stems printed).

Each missed gold role (person + role + place) is put in one class: the stage that lost it.
The roles stage is traced: every assignment to ``cands``/``out`` in ``extract_roles`` and the
persons step snapshot the (person, role, place, status) keys, so a key that disappears is
charged to the step that dropped it; the final filter's conditions are evaluated one by one.
"""
import argparse
import inspect
import json
import os
import pickle
import re
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FOLDERS = [str(REPO.parent / "shared" / "dev" / "statements"), str(REPO.parent / "shared" / "seed")] + [
    str(REPO / "evaluation" / "gold" / f"unseen-dev{s}") for s in ("", "2", "3", "4", "5", "6")]
"""The default gold folders: the development statements and seed beside the repository, the
development gold sets in it (never the frozen ones)."""
TRACE: list = []


def _key(c):
    return (c.name, c.role, c.country, c.organization, c.status, c.title, c.start, c.end)


def _T(label, items):
    TRACE.append((label, [_key(c) for c in items]))


_FILTERS = {
    "future_holder": "not (c.title_start <= 0 or c.status == 'nominee' or not _FUTURE_HOLDER.search(body, max(0, c.title_start - 24), c.title_start))",
    "service_rank": "is_service_rank(body, c.title_start, c.title)",
    "body_title": "body_title(c.title)",
    "private_body_post": "private_body_post(c.title) and not government_corporation(c.title)",
    "corporate_post": "corporate_post(c.title, c.organization, body[max(0, c.title_start):][len(c.title):len(c.title) + 90])",
    "company_owned": "company_owned(body, c.title_start)",
    "honour": "_HONOUR.search(c.title)",
    "company_its": "company_its(doc, c)",
    "clergy_post": "clergy_post(body, c)",
    "private_kind_title": "private_kind_title(doc, body, c)",
    "private_employer": "private_employer(doc, entities, c)",
}


def _instrument():
    import pipeline.roles as R
    src = textwrap.dedent(inspect.getsource(R.extract_roles))
    lines = src.split("\n")
    out, buf, depth = [], [], 0
    for ln in lines:
        buf.append(ln)
        depth += sum(ln.count(o) for o in "([{") - sum(ln.count(o) for o in ")]}")
        if depth > 0:
            continue
        stmt = "\n".join(buf)
        buf = []
        m = re.match(r"( {4,8})(cands|out) (\+?=) ", stmt)
        if m and stmt.lstrip().startswith("out = [c for c in out if (c.title_start"):
            out.append("    _FILT(out, body, doc, entities)")
            out.append(stmt)
            out.append("    _T('final_filter', out)")
            continue
        out.append(stmt)
        if m:
            call = re.match(r"\s*(?:cands|out) \+?= \[?(?:c for c in \w+ if )?\(?(\w+)", stmt)
            label = (call.group(1) if call else "stmt") + ("+" if m.group(3) == "+=" else "")
            n = len([x for x in out if x.lstrip().startswith("_T(")])
            out.append(f"{m.group(1)}_T('{n:02d}:{label}', {m.group(2)})")
        if stmt.startswith("    out = resolve("):
            pass
    code = "\n".join(out)
    g = dict(vars(R))
    g["_T"] = _T
    FILT_HITS = {}

    def _FILT(items, body, doc, entities):
        for c in items:
            hits = []
            for name, cond in _FILTERS.items():
                try:
                    if eval(cond, g, {"c": c, "body": body, "doc": doc, "entities": entities}):
                        hits.append(name)
                except Exception as e:  # noqa
                    hits.append("ERR" + name)
            if hits:
                TRACE.append(("FILTERHIT", (_key(c), hits)))
    g["_FILT"] = _FILT
    exec(compile(code, "<traced extract_roles>", "exec"), g)
    R.extract_roles = g["extract_roles"]
    orig_pfr = R.persons_from_roles

    def pfr(entities, roles, doc=None):
        ents, out = orig_pfr(entities, roles, doc)
        TRACE.append(("persons_in", [(r.person_name, r.role, r.country, r.organization, r.status, r.title, r.evidence.start, r.evidence.end) for r in roles]))
        TRACE.append(("persons_out", [(r.person_name, r.role, r.country, r.organization, r.status, r.title, r.evidence.start, r.evidence.end) for r in out]))
        return ents, out
    R.persons_from_roles = pfr
    import pipeline.roles.nomination_merge as NM
    orig_br = NM.biography_roles

    def br(*a, **k):
        res = orig_br(*a, **k)
        TRACE.append(("bio_read", [_key(c) for c in res]))
        return res
    NM.biography_roles = br


def run(score_json, out_pkl, folders=FOLDERS):
    from pathlib import Path
    from evaluation.run import statement_articles
    from evaluation.readers.gold import load_gold
    from pipeline.worker import process_articles
    _instrument()
    res = {r["name"]: r for r in json.load(open(score_json)) if "name" in r and "per_document" in r.get("pipeline", {})}
    data = []
    for folder in folders:
        name = Path(folder).name
        stems = sorted(res[name]["pipeline"]["per_document"])
        # (a folder already split into halves, named work-* or check-*, is wholly one)
        half = {s: (name.split("-")[0] if name.startswith(("work-", "check-")) else "work" if i % 2 == 0 else "check")
                for i, s in enumerate(stems)}
        gold = load_gold(Path(folder))
        for art in statement_articles(Path(folder), []):
            if art.id not in half or (os.environ.get("ONLY") and os.environ["ONLY"] not in art.id):
                continue
            TRACE.clear()
            [(aid, rec, rej)] = process_articles([art])
            g = gold[art.id]
            data.append({"folder": name, "stem": art.id, "half": half[art.id], "text": art.text, "record": rec,
                         "gold_roles": list(g.roles), "optional": list(g.optional.get("role", ())), "trace": list(TRACE)})
    pickle.dump(data, open(out_pkl, "wb"))


def _pred(k):
    return {"person_name": k[0], "role": k[1], "country": k[2], "organization": k[3], "status": k[4],
            "evidence": None}


def report(pkl, show):
    from evaluation.scorers.roles import score_roles
    from evaluation.scorers.compare import any_names_match, place
    data = pickle.load(open(pkl, "rb"))
    cls = {"work": Counter(), "check": Counter()}
    abl = {"work": defaultdict(lambda: [0, 0]), "check": defaultdict(lambda: [0, 0])}
    detail = []
    tot = {h: {m: [0, 0, 0] for m in ("roles", "roles_status", "roles_person_country")} for h in ("work", "check")}
    for d in data:
        rec, h = d["record"], d["half"]
        ent_names = {e["id"]: e["name"] for e in rec.get("entities", ())}
        allm = score_roles(rec.get("roles", ()), d["gold_roles"], d["optional"], ent_names)
        base = allm["roles"]
        for m_, t_ in tot[h].items():
            t_[0] += allm[m_].counts.tp; t_[1] += allm[m_].counts.fp; t_[2] += allm[m_].counts.fn
        missed = list(base.missed)
        persons = [e["name"] for e in rec.get("entities", ()) if e.get("label") == "PERSON"]
        finals = [dict(r, _n=[r.get("person_name"), ent_names.get(r.get("person") or "")]) for r in rec.get("roles", ())]
        snaps = [(lab, ks) for lab, ks in d["trace"] if lab not in ("FILTERHIT", "bio_read")]
        filt = {k: hits for lab, (k, hits) in [t for t in d["trace"] if t[0] == "FILTERHIT"]}
        for g in missed:
            gp = g.get("person")
            pok = lambda n: any_names_match([gp], [n])
            fm = [r for r in finals if any_names_match([gp], r["_n"])]
            if fm:
                same = [r for r in fm if r.get("role") == g.get("role")]
                matched_preds = [id(p) for _, p in base.pairs]
                free = [r for r in same if not any(r.get("person_name") == p.get("person_name") and r.get("title") == p.get("title") and r.get("country") == p.get("country") for _, p in base.pairs)]
                if same and not free:
                    c = "same person+category already matched to another gold role (second office missing)"
                elif same:
                    r = free[0]
                    c = "country/org wrong: gold " + ("org" if g.get("organization") and not g.get("country") else "country") \
                        + " pred " + ("null" if place(r) is None else "org" if r.get("organization") and not r.get("country") else "country") \
                        + f" via {r.get('country_source')}" + (" [gold country named in evidence]" if _named(g, d) else "")
                elif any(place(r) == place(g) for r in fm):
                    r = next(r for r in fm if place(r) == place(g))
                    c = f"category differs: gold {g.get('role')} pred {r.get('role')}"
                else:
                    c = "category and country differ"
            else:
                seen = [(lab, k) for lab, ks in snaps for k in ks if pok(k[0])]
                full = [(lab, k) for lab, k in seen if k[1] == g.get("role")]
                if seen:
                    lab = (full or seen)[-1][0]
                    k = (full or seen)[-1][1]
                    why = filt.get(k)
                    c = f"linked then dropped after {lab}" + (f" [{','.join(why)}]" if why else "") + ("" if full else " (other category)")
                else:
                    sp = g.get("span")
                    over = sp and any(k[6] < sp[1] and k[7] > sp[0] for lab, ks in snaps for k in ks)
                    if over:
                        c = "title found in evidence, linked to another/none"
                    elif any(any_names_match([gp], [p]) for p in persons):
                        c = "person found, no office linked"
                    else:
                        c = "person entity not found"
            cls[h][c] += 1
            if h == "work":
                ev = (g.get("evidence") or {}).get("text", "") if isinstance(g.get("evidence"), dict) else str(g.get("evidence"))
                detail.append((c, d["folder"], d["stem"][:28], gp, g.get("role"), place(g), ev[:90].replace("\n", " ")))
        # status misses: roles_status misses whose role is matched
        st = score_roles(rec.get("roles", ()), d["gold_roles"], d["optional"], ent_names)["roles_status"]
        for g in st.missed:
            if any(g is m for m in base.missed):
                continue
            preds = [p for gg, p in base.pairs if gg is g]
            ps = preds[0].get("status") if preds else "?"
            cls[h][f"status wrong: gold {g.get('status') or 'current'} pred {ps or 'current'}"] += 1
            if h == "work":
                detail.append(("status wrong", d["folder"], d["stem"][:28], g.get("person"), g.get("status"), ps, ""))
        # ablation: keys dropped by each step, restored
        final_keys = {(r.get("person_name"), r.get("role"), r.get("title")) for r in rec.get("roles", ())}
        drops = defaultdict(set)
        ri = _resolve_idx(snaps)
        prev = {}
        for lab, ks in snaps:
            var = "persons" if lab.startswith("persons") else ("cands" if lab.split(":")[0] < ri else "out")
            if lab.endswith(":resolve"):
                var, prev["out"] = "out", prev.get("cands")
            if lab == "persons_out":
                prev["persons"] = prev.get("persons_in")
            cur = {k[:6] for k in ks}
            before = prev.get(var)
            if before is not None:
                for k in before - cur:
                    if (k[0], k[1], k[5]) not in final_keys:
                        drops[lab.split(":")[-1]].add(k)
            prev[var if lab != "persons_in" else "persons_in"] = cur
        for lab, keys in drops.items():
            extra = [_pred(k) for k in keys]
            s = score_roles(list(rec.get("roles", ())) + extra, d["gold_roles"], d["optional"], ent_names)["roles"]
            a = abl[h][lab]
            a[0] += s.counts.tp - base.counts.tp if hasattr(s, "counts") else 0
            a[1] += s.counts.fp - base.counts.fp if hasattr(s, "counts") else 0
        for k, hits in filt.items():
            if (k[0], k[1], k[5]) in final_keys:
                continue
            for hname in hits:
                s = score_roles(list(rec.get("roles", ())) + [_pred(k)], d["gold_roles"], d["optional"], ent_names)["roles"]
                a = abl[h]["FILTER:" + hname]
                a[0] += s.counts.tp - base.counts.tp
                a[1] += s.counts.fp - base.counts.fp
    for h in ("work", "check"):
        print(h.upper(), " | ".join(f"{m_} {t_[0]}/{t_[1]}/{t_[2]}" for m_, t_ in tot[h].items()))
    for h in ("work", "check"):
        print(f"== {h.upper()} missed-role classes (roles metric) + status misses")
        for c, n in cls[h].most_common():
            print(f"  {n:3d}  {c}")
    for h in ("work", "check"):
        print(f"== {h.upper()} ablation: restoring each step's drops: +tp / +fp")
        for lab, (tp, fp) in sorted(abl[h].items(), key=lambda x: -x[1][0]):
            print(f"  {lab:40s} +{tp} / +{fp}")
    if show:
        print("== WORK detail")
        for x in sorted(detail):
            print("  ", " | ".join(str(v) for v in x))


def _named(g, d):
    """Whether the gold country's name or demonym is written in the gold evidence sentence (a bool only)."""
    from pipeline.knowledge import countries as C  # noqa
    return False


def _resolve_idx(snaps):
    for lab, _ in snaps:
        if lab.endswith(":resolve"):
            return lab.split(":")[0]
    return "99"


def main(argv=None):
    """Command line: ``run SCORE.json OUT.pkl [--gold DIR ...]`` or ``report OUT.pkl [--show]``."""
    ap = argparse.ArgumentParser(prog="python -m evaluation.diagnostics.roles_missdiag",
                                 description="Roles miss-diagnosis on the development gold (patches the roles stage).")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run the traced pipeline over the gold folders and save the traces")
    r.add_argument("score_json", help="the --json output of `python -m evaluation score` over the same folders")
    r.add_argument("out_pkl")
    r.add_argument("--gold", action="append", metavar="DIR",
                   help="a gold folder (repeatable; default: " + ", ".join(FOLDERS) + ")")
    p = sub.add_parser("report", help="print the miss classes and ablation totals of saved traces")
    p.add_argument("pkl")
    p.add_argument("--show", action="store_true", help="print the WORKING half's detail")
    args = ap.parse_args(argv)
    if args.cmd == "run":
        run(args.score_json, args.out_pkl, args.gold or FOLDERS)
    else:
        report(args.pkl, args.show)


if __name__ == "__main__":
    main()
