#!/usr/bin/env python3
"""Generates data/companies.tsv, the default company universe.

Usage: python3 scripts/gen_companies.py   (from the repository root; needs pip and pyarrow)

Sources, all pulled from PyPI with `pip download --no-deps` into a temporary directory:
- edgartools (MIT): bundles SEC EDGAR's company ticker table (public domain), ordered by
  market value; we keep one row per CIK (its first, primary listing).
- pytickersymbols (MIT): index members (S&P 500 short names as alternative names; the
  major European, Swiss and UK listings that have no US ticker).
- english-words (MIT; GCIDE word list): only to flag names and tickers that are ordinary
  English words, so that the matcher asks for financial context. No word is copied.
"""

import glob
import os
import pickle
import re
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "companies.tsv")

SUFFIXES = {
    "INC", "INC.", "CORP", "CORP.", "CORPORATION", "CO", "CO.", "LTD", "LTD.", "LIMITED",
    "PLC", "LLC", "L.L.C.", "LP", "L.P.", "SA", "S.A.", "NV", "N.V.", "AG", "SE", "ASA",
    "AB", "OYJ", "SPA", "S.P.A.", "BV", "B.V.", "HOLDINGS", "HOLDING", "GROUP", "TRUST",
    "COMPANY", "INCORPORATED", "CORPORATION,", "INC,", "THE", "CL", "A", "CLASS",
}
# Words kept upper-case when title-casing an all-caps SEC name.
KEEP_UPPER_LEN = 4
SMALL = {"OF", "AND", "THE", "FOR", "DE", "IN", "ON", "AT"}


def fetch(pkg, into):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", pkg, "-d", into],
                   check=True)
    whl = glob.glob(os.path.join(into, pkg.replace("-", "_") + "-*.whl"))[0]
    zipfile.ZipFile(whl).extractall(into)
    return os.path.basename(whl).split("-")[1]


def clean(name):
    name = re.sub(r"/[A-Z]{2,3}/?", " ", name)  # "/DE/", "/NEW/": state of incorporation
    name = name.replace(",", " ").replace("/", " ")
    name = re.sub(r"\s+", " ", name).strip()
    return name


def strip_suffixes(name):
    words = name.split(" ")
    while len(words) > 1 and words[-1].upper().rstrip(".,") + ("." if words[-1].endswith(".") else "") in SUFFIXES | {w.rstrip(".") for w in SUFFIXES}:
        words.pop()
    while len(words) > 1 and words[-1] in ("&", "and", "AND", "-"):
        words.pop()
        while len(words) > 1 and words[-1].upper().rstrip(".") in {w.rstrip(".") for w in SUFFIXES}:
            words.pop()
    if len(words) > 1 and words[0].upper() == "THE":
        words.pop(0)
    return " ".join(words)


def titlecase(name, words):
    if any(c.islower() for w in name.split(" ") if w.upper() not in SUFFIXES for c in w):
        return name
    out = []
    for w in name.split(" "):
        core = re.sub(r"[^A-Za-z]", "", w)
        if w == "COM" and out:
            out[-1] += ".com"
            continue
        if w in SMALL and out:
            out.append(w.lower())
            continue
        if "&" in w or (len(core) <= KEEP_UPPER_LEN and core.lower() not in words) or not core:
            out.append(w)
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def is_word(w, words):
    """An English word, its plural, or a connective."""
    w = w.lower()
    return (w in words or w in ("of", "and", "&")
            or (w.endswith("s") and w[:-1] in words)
            or (w.endswith("es") and w[:-2] in words)
            or (w.endswith("ies") and w[:-3] + "y" in words))


def main():
    import pyarrow.parquet as pq

    tmp = tempfile.mkdtemp()
    v_edgar = fetch("edgartools", tmp)
    v_pts = fetch("pytickersymbols", tmp)
    v_words = fetch("english-words", tmp)
    with open(os.path.join(tmp, "english_words/data/gcide_alpha_lower.pickle"), "rb") as f:
        words = pickle.load(f)
    sys.path.insert(0, tmp)
    from pytickersymbols.indices_data import INDICES

    table = pq.read_table(os.path.join(tmp, "edgar/reference/data/company_tickers.parquet"))
    rows = []
    seen_cik = {}
    seen_sym = set()
    for r in table.to_pylist():
        sym, cik = r["ticker"], r["cik"]
        if not sym or sym in seen_sym:
            continue
        if cik in seen_cik:
            # Other share classes (GOOG for GOOGL, FOXA/FOX); warrants, units and
            # preferreds (ABCW, ABC-PA) are left out.
            if (re.fullmatch(r"[A-Z]{1,5}", sym) and not sym.endswith(("W", "U", "R", "L"))
                    or re.fullmatch(r"[A-Z]{1,5}-[ABC]", sym)):
                seen_cik[cik][4].append(sym)
                seen_sym.add(sym)
            continue
        seen_sym.add(sym)
        name = strip_suffixes(titlecase(clean(r["name"]), words))
        row = [sym, (r["exchange"] or "-").replace(" ", ""), name, [], []]
        seen_cik[cik] = row
        rows.append(row)
    by_sym = {r[0]: r for r in rows}

    # S&P 500 and similar US index names are the short forms newsrooms use.
    for idx in ("S&P 500", "NASDAQ 100", "DOW JONES", "S&P 100"):
        for c in INDICES[idx]["companies"]:
            r = by_sym.get(c["symbol"].replace(".", "-"))
            alt = strip_suffixes(clean(c["name"]))
            if r and alt.lower() != r[2].lower() and alt not in r[3]:
                r[3].append(alt)
    # Major non-US listings without a US ticker in the SEC table.
    known = {r[2].lower() for r in rows} | {a.lower() for r in rows for a in r[3]}
    for idx in ("DAX", "FTSE 100", "CAC_40", "EURO STOXX 50", "Switzerland 20", "AEX",
                "IBEX 35", "OMX Stockholm 30", "BEL 20", "OMX Helsinki 25"):
        for c in INDICES[idx]["companies"]:
            name = strip_suffixes(clean(c["name"]))
            sym = c["symbol"]
            if not sym or name.lower() in known or sym in seen_sym:
                continue
            known.add(name.lower())
            seen_sym.add(sym)
            ex = sym.rsplit(".", 1)[-1] if "." in sym else "-"
            rows.append([sym, ex, name, [], []])

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_companies.py, do not edit\n")
        f.write(f"# source: SEC EDGAR company tickers (public domain) via edgartools {v_edgar} (MIT);"
                f" index members via pytickersymbols {v_pts} (MIT); word flags from english-words"
                f" {v_words} (GCIDE)\n")
        f.write("# flags: n = the name is made of English words (needs financial context),"
                " t = the ticker is an English word (never a bare ticker), - = none\n")
        f.write("# other names and other symbols (share classes of the same issuer) are separated by |\n")
        f.write("symbol\texchange\tflags\tname\tother names\tother symbols\n")
        for sym, ex, name, alts, classes in rows:
            flags = ""
            if all(is_word(w, words) for w in name.split(" ")):
                flags += "n"
            if sym.lower() in words:
                flags += "t"
            f.write(f"{sym}\t{ex}\t{flags or '-'}\t{name}\t{'|'.join(alts)}\t{'|'.join(classes)}\n")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
