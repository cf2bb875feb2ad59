"""Generate ``pipeline/data/units_catalogue.json``: physical units from pint, currencies from ISO 4217.

The pipeline does not import pint or babel at run time (pint's registry alone takes about a second
to load); it reads the compact lookup this script writes. Rerun after upgrading pint, babel or
pycountry, or after editing the ``catalogue`` part of ``pipeline/data/units.json``:

    python scripts/build_units_catalogue.py           # writes the file
    python scripts/build_units_catalogue.py --check   # exit 1 when the file is out of date

Sources:
- physical units: pint's default registry (names, aliases, symbols, SI prefixes), kept to the
  kinds of measure news writes about (length, area, volume, mass, power, energy, speed, ...);
  names are spelled the British way ("kilometre", "litre") as the records always were;
- currencies: ISO 4217 codes from pycountry; English names, plurals and symbols from babel (CLDR);
- the project's own additions and exclusions: the ``catalogue`` part of ``units.json`` (each entry
  with its reason).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pipeline" / "data" / "units_catalogue.json"

# pint dimensionality -> the kind of measure a record's unit names. Time is left out on purpose:
# "five years" is a duration, which the dates stage owns.
KINDS = {
    "[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "mass",
    "[mass] * [length] ** 2 / [time] ** 3": "power", "[length] ** 2 * [mass] / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 2": "energy", "[length] ** 2 * [mass] / [time] ** 2": "energy",
    "1 / [time]": "frequency", "[length] / [time]": "speed", "[temperature]": "temperature",
    "[mass] / [length] / [time] ** 2": "pressure", "[current]": "current",
    "[mass] * [length] ** 2 / [time] ** 3 / [current]": "voltage", "[current] * [time]": "charge",
    "[length] ** 2 / [time] ** 2": "dose", "1 / [time] / [length] ** 0": "frequency",
}
# Units that take metric prefixes in news ("kilometre", "MW", "GHz", "terabyte", "millisievert").
PREFIXABLE = ("meter", "gram", "liter", "watt", "watt_hour", "joule", "hertz", "byte", "bit", "volt", "ampere",
              "pascal", "newton", "electron_volt", "calorie", "ampere_hour", "bar", "sievert", "becquerel",
              "ohm", "tesla", "metric_ton")
PREFIXES = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T", "milli": "m", "centi": "c", "micro": "µ",
            "nano": "n"}
# Data sizes and rates only grow: nobody writes millibytes, and "mbps" means megabits per second.
DATA_PREFIXES = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P"}
DATA_UNITS = ("byte", "bit")
SPELLING = (("meter", "metre"), ("liter", "litre"))


def _british(name: str) -> str:
    for us, gb in SPELLING:
        if name.endswith(us):
            return name[: -len(us)] + gb
    return name


def _plurals(name: str) -> list[str]:
    last = name.split()[-1]
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return [name, name + "es"] if not last.endswith(("hertz", "celsius", "fahrenheit", "lux")) else [name]
    if last == "foot":
        return [name, name[:-4] + "feet"]
    return [name, name + "s"]


def build() -> dict:
    import babel
    import pint
    import pycountry
    from babel.numbers import get_currency_name, get_currency_symbol
    from spacy.lang.en.stop_words import STOP_WORDS

    own = json.loads((ROOT / "pipeline" / "data" / "units.json").read_text("utf-8"))["catalogue"]
    deny = {k for k in own["not_units"] if not k.startswith("_")}
    ureg = pint.UnitRegistry()
    names: dict[str, list[str]] = {}
    symbols: dict[str, list[str]] = {}

    def canonical(unit: str) -> str:
        name = unit.replace("_", " ")
        if name.endswith("metric ton"):
            return name[: -len("metric ton")] + "tonne"  # "kilotonne", "megatonne"
        return " ".join(_british(w) if w.endswith(("meter", "liter")) else w for w in name.split())

    def add_name(form: str, canon: str, kind: str) -> None:
        form = form.replace("_", " ").lower()
        if form in deny or form in STOP_WORDS or len(form) < 3:
            return
        for f in _plurals(form) + [_british(p) for p in _plurals(form)]:
            names.setdefault(f, [canon, kind])

    def add_symbol(form: str, canon: str, kind: str) -> None:
        if not form or form in deny or form.lower() in STOP_WORDS or "_" in form or " " in form:
            return
        symbols.setdefault(form, [canon, kind])

    for key, d in sorted(ureg._units.items()):
        if key != d.name:
            continue
        try:
            kind = KINDS.get(str(ureg.get_dimensionality(key)))
        except Exception:  # a unit pint defines but cannot reduce: not one news measures in
            continue
        if key in own["dimensionless"]:
            kind = own["dimensionless"][key][0]
        if kind is None or key in deny:
            continue
        canon = canonical(key)
        add_name(key, canon, kind)
        for alias in d.aliases:
            (add_symbol if len(alias) <= 3 and not alias.islower() or alias in (d.symbol,) else add_name)(
                alias, canon, kind)
        if d.symbol:
            add_symbol(d.symbol, canon, kind)
        if key in PREFIXABLE:
            for prefix, psym in (DATA_PREFIXES if key in DATA_UNITS else PREFIXES).items():
                pcanon = canonical(prefix + key)
                add_name(prefix + key, pcanon, kind)
                for alias in d.aliases:
                    if alias.islower() and len(alias) > 3 and "_" not in alias:
                        add_name(prefix + alias, pcanon, kind)
                if d.symbol:
                    add_symbol(psym + d.symbol, pcanon, kind)
    # The project's entries win over pint's (pint reads "bps" as baud, names "ppm" only by its symbol).
    for form, (canon, kind, _why) in ((k, v) for k, v in own["extra"].items() if not k.startswith("_")):
        (symbols if form != form.lower() or len(form) <= 4 else names)[form] = [canon, kind]
        if form in names:
            names[form] = [canon, kind]
        for plural in _plurals(canon):
            names[plural] = [canon, kind]
        if form in own["prefixable"]:  # "Mbps", "Gbps", "kbps"
            for prefix, psym in DATA_PREFIXES.items():
                symbols[psym + form] = [prefix + canon, kind]
    # Currencies: ISO 4217 codes (pycountry), English names, plurals and symbols (babel, CLDR).
    codes = sorted(c.alpha_3 for c in pycountry.currencies)
    currency_names: dict[str, str] = {}
    currency_symbols: dict[str, str] = {}
    currency_units: dict[str, str] = {}
    for code in codes:
        currency_units[code] = get_currency_name(code, locale="en").split()[-1].lower()
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if name and name != code.lower():
                currency_names.setdefault(name, code)
        sym = get_currency_symbol(code, "en")
        if sym and sym != code:
            currency_symbols.setdefault(sym, code)
    return {
        "_comment": (f"GENERATED by scripts/build_units_catalogue.py from pint {pint.__version__}, babel "
                     f"{babel.__version__} (CLDR) and pycountry {pycountry.__version__} (ISO 4217), plus the "
                     "'catalogue' part of units.json; do not edit by hand. physical: unit names (lower case, "
                     "plurals included) and case-exact symbols -> [canonical name, kind]."),
        "physical_names": dict(sorted(names.items())),
        "physical_symbols": dict(sorted(symbols.items())),
        "currency_codes": codes,
        "currency_names": dict(sorted(currency_names.items())),
        "currency_symbols": dict(sorted(currency_symbols.items())),
        "currency_units": currency_units,
    }


def main(argv: list[str]) -> int:
    text = json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=False) + "\n"
    if "--check" in argv:
        current = OUT.read_text("utf-8") if OUT.exists() else ""
        if json.loads(current or "{}") != json.loads(text):
            print(f"{OUT} is out of date: run python scripts/build_units_catalogue.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
