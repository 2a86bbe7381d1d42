#!/usr/bin/env python3
"""Writes examples/src/main/resources/historyatstate/countries.tsv: each country id that the
committed HistoryAtState travels and visits files use, with the ISO 3166 codes Parley gives it.

Nothing here comes from memory. The codes come from two published files, read from git
snapshots at the commits named below:

  * HistoryAtState/gsh, data/countries-old/*.xml: the Office of the Historian's own table of
    the same country ids, each with an <iso2> code (CC0).
  * Debian iso-codes, data/iso_3166-1.json and data/iso_3166-3.json: alpha-2, alpha-3 and
    numeric codes and names (LGPL-2.1-or-later; only codes and names are copied).

Each id is resolved in this order, and the table says which step decided it (column basis):

  1. "reviewed": a decision in REVIEWED below, with its reason, where the two tables disagree
     or say nothing (each is listed in the data README).
  2. "gsh": gsh gives an <iso2> code that iso-codes lists (ISO 3166-1, or ISO 3166-3 for a
     former country) under a name equal to the gsh label or to a label the upstream records use
     (compared without case, accents, punctuation or a leading "The"; either side may be cut at
     its first comma: "Iran" equals "Iran, Islamic Republic of").
  3. "name": otherwise, a label equals the name (or common or official name, or the name's part
     before a comma) of exactly one iso-codes entry.
  4. otherwise the id is left unmapped and its records are skipped.

An id that gsh's territories table (data/territories/<id>.xml) types as a
"dependency-or-area-of-special-sovereignty" is skipped whatever its code: a Parley country is a
state, and the party to a meeting there would be the state responsible, which the record does
not name.

Usage (from the repository root, with git snapshots of the three repositories):

  python3 examples/tools/derive_countries.py GSH_GIT_DIR ISO_CODES_GIT_DIR ISO_CODES_COMMIT \
      > examples/src/main/resources/historyatstate/countries.tsv
"""

import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "main", "resources", "historyatstate")

# Decisions the two tables cannot make, each with its reason. Reviewed by hand; every one is
# also listed as an upstream defect or an ambiguity in the data README.
REVIEWED = {
    "burma": ("MM", "gsh iso2 bu is ISO 3166-3 BU (Burma, withdrawn 1989-12-05) with numeric "
              "code 104, the numeric code of ISO 3166-1 MM (Myanmar): the same country under a "
              "new name; the upstream uses the id for trips up to 2014"),
    "congo-democratic-republic": ("CD", "gsh iso2 cd is ISO 3166-1 CD, named 'Congo, The "
                                  "Democratic Republic of the' in iso-codes; the upstream labels "
                                  "are 'Democratic Republic of the Congo (Zaire)' and 'Congo, "
                                  "Democratic Republic of'"),
    "congo-kinshasa": ("CD", "id not in gsh countries-old; its label 'Congo, Democratic Republic "
                       "of' is also used under congo-democratic-republic (gsh iso2 cd)"),
    "holy-see": ("VA", "gsh iso2 va is ISO 3166-1 VA 'Holy See (Vatican City State)'; the "
                 "upstream labels are 'Vatican City' and 'Holy See'"),
    "korea": ("KR", "one visit (2959, 2017, President Moon Jae-in) uses the id korea, which gsh "
              "gives to pre-1945 Korea (iso2 xb, no ISO code); its label is 'Korea, South', a "
              "label of korea-south (gsh kr)"),
    "macedonia": ("MK", "gsh iso2 mk is ISO 3166-1 MK, named 'North Macedonia' in iso-codes (the "
                  "label of the upstream's own north-macedonia); the upstream labels are "
                  "'Macedonia, Former Yugoslav Republic of' and 'Macedonia'"),
    "palestinian-authority": ("PS", "gsh iso2 ps is ISO 3166-1 PS, named 'Palestine, State of' "
                              "in iso-codes; the upstream label is 'Palestinian Authority'"),
    "russia": ("RU", "gsh iso2 ru is ISO 3166-1 RU 'Russian Federation'; the upstream labels are "
               "'Russia' and 'U.S.S.R.' (the example gives a record dated while Parley's "
               "bundled Soviet Union su existed to su, RU's predecessor)"),
    "somoa": ("WS", "misspelt id and label ('Somoa', one visit, 2022); the same upstream's samoa "
              "has gsh iso2 ws"),
    "swaziland": ("SZ", "gsh iso2 sz is ISO 3166-1 SZ, named 'Eswatini' in iso-codes (the label "
                  "of the upstream's own eswatini); the upstream label is 'Swaziland'"),
    "turkey": ("TR", "gsh iso2 tr is ISO 3166-1 TR, named 'T\u00fcrkiye' in iso-codes (the label "
               "of the upstream's own turkiye); the upstream label is 'Turkey'"),
}
# Ids whose gsh code or label resolves to nothing ISO lists; their records are skipped.
UNMAPPED_REASONS = {
    "hawaii": "gsh iso2 xl is not an ISO code (visits of 1874, 1881 and 1898)",
    "kosovo": "gsh iso2 xk is not an ISO 3166-1 code (a user-assigned code)",
    "west-bank": "not in gsh countries-old; 'West Bank' names no iso-codes entry",
}


def git_show(git_dir, rev_path):
    return subprocess.run(["git", "--git-dir=" + git_dir, "show", rev_path],
                          check=True, capture_output=True).stdout.decode("utf-8")


def git_ls(git_dir, rev, folder):
    out = subprocess.run(["git", "--git-dir=" + git_dir, "ls-tree", "--name-only", rev, folder],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return out.split()


def key(s):
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def loose(names):
    """The keys of the names and of their parts before a comma ("Korea, South" -> "korea")."""
    return {key(n) for n in names} | {key(n.split(",")[0]) for n in names}


def tag(text, name):
    m = re.search(r"<%s>(.*?)</%s>" % (name, name), text, re.S)
    return m.group(1).strip() if m else ""


def main():
    gsh_git, iso_git, iso_commit = sys.argv[1:4]
    gsh_commit = subprocess.run(["git", "--git-dir=" + gsh_git, "rev-parse", "HEAD"], check=True,
                                capture_output=True).stdout.decode().strip()

    labels = {}  # upstream id -> labels in first-seen order
    counts = {}
    for path in sorted(glob.glob(os.path.join(DATA, "travels", "*", "*.xml"))):
        for trip in ET.parse(path).getroot():
            c = trip.find("country")
            labels.setdefault(c.get("id"), [])
            counts[c.get("id")] = counts.get(c.get("id"), 0) + 1
            if " ".join(c.text.split()) not in labels[c.get("id")]:
                labels[c.get("id")].append(" ".join(c.text.split()))
    for path in sorted(glob.glob(os.path.join(DATA, "visits", "data", "*.xml"))):
        for visit in ET.parse(path).getroot():
            c = visit.find("from")
            labels.setdefault(c.get("id"), [])
            counts[c.get("id")] = counts.get(c.get("id"), 0) + 1
            if " ".join(c.text.split()) not in labels[c.get("id")]:
                labels[c.get("id")].append(" ".join(c.text.split()))

    iso1 = json.loads(git_show(iso_git, iso_commit + ":data/iso_3166-1.json"))["3166-1"]
    iso3 = json.loads(git_show(iso_git, iso_commit + ":data/iso_3166-3.json"))["3166-3"]
    entries = [dict(e, part=1) for e in iso1] + [dict(e, part=3) for e in iso3]

    def names(e):
        return [e["name"]] + [e[k] for k in ("common_name", "official_name") if k in e]

    gsh_files = set(git_ls(gsh_git, gsh_commit, "data/countries-old/"))
    territory_files = set(git_ls(gsh_git, gsh_commit, "data/territories/"))

    print("# HistoryAtState country ids -> ISO 3166 codes, derived by examples/tools/derive_countries.py")
    print("# from HistoryAtState/gsh %s (data/countries-old, data/territories)" % gsh_commit)
    print("# and Debian iso-codes %s (data/iso_3166-1.json, data/iso_3166-3.json)." % iso_commit)
    print("# decision: map (the records' party is the ISO country) or skip (the records are skipped).")
    print("\t".join(["upstream_id", "records", "labels", "gsh_iso2", "decision", "alpha2", "alpha3",
                     "numeric", "alpha4", "iso_name", "basis"]))
    for cid in sorted(labels):
        gsh_path = "data/countries-old/%s.xml" % cid
        gsh_iso2 = gsh_label = ""
        if gsh_path in gsh_files:
            text = git_show(gsh_git, gsh_commit + ":" + gsh_path)
            gsh_iso2, gsh_label = tag(text, "iso2").upper(), tag(text, "label")
        given = labels[cid] + ([gsh_label] if gsh_label else [])
        found, basis = None, ""
        if cid in REVIEWED:
            code, why = REVIEWED[cid]
            found = dict(next(e for e in iso1 if e["alpha_2"] == code), part=1)
            basis = "reviewed: " + why
        if found is None and gsh_iso2:
            same_code = [e for e in entries if e["alpha_2"] == gsh_iso2]
            named = [e for e in same_code if loose(given) & loose(names(e))]
            if len(named) == 1:
                found, basis = named[0], "gsh"
        if found is None:
            wanted = {key(x) for x in given}
            named = [e for e in entries if wanted & ({key(n) for n in names(e)}
                                                     | {key(e["name"].split(",")[0])})]
            if len(named) == 1:
                found, basis = named[0], "name"
        territory = "data/territories/%s.xml" % cid
        dependency = territory in territory_files and "dependency-or-area-of-special-sovereignty" in tag(
            git_show(gsh_git, gsh_commit + ":" + territory), "type-of-territory")
        row = [cid, str(counts[cid]), " | ".join(labels[cid]), gsh_iso2.lower()]
        if dependency:
            row += ["skip", "", "", "", "", found["name"] if found else "",
                    "gsh data/territories types it as a dependency-or-area-of-special-sovereignty"]
        elif found is None:
            row += ["skip", "", "", "", "", "", UNMAPPED_REASONS.get(cid, "no ISO entry found")]
        else:
            row += ["map", found["alpha_2"], found["alpha_3"], found.get("numeric", ""),
                    found.get("alpha_4", "") if found["part"] == 3 else "", found["name"], basis]
        print("\t".join(row))


if __name__ == "__main__":
    main()
