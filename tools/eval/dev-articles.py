#!/usr/bin/env python3
"""Turn a gold file's document list into a JSON Lines feed of articles for `pantau extract`.

Each article carries the text, its path as id (so the scorer can match it) and the
publication date from the gold file's metadata; the language is left for Pantau to detect
unless --with-lang is given. Annotations are not used.

usage: dev-articles.py GOLD.jsonl [--langs id,en] [--with-lang] > articles.jsonl
"""
import argparse
import json
import os
import sys


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("--langs", help="comma-separated languages to keep")
    parser.add_argument("--with-lang", action="store_true", help="pass the language from the metadata")
    args = parser.parse_args(argv)
    keep = set(args.langs.split(",")) if args.langs else None
    folder = os.path.dirname(os.path.abspath(args.gold))
    with open(args.gold, encoding="utf-8") as gold:
        for line in gold:
            if not line.strip():
                continue
            doc = json.loads(line)
            if keep and doc["lang"] not in keep:
                continue
            path = os.path.join(folder, doc["file"])
            with open(path, encoding="utf-8") as f:
                text = f.read()
            article = {"id": path, "text": text, "date": doc.get("date")}
            if args.with_lang:
                article["lang"] = doc["lang"]
            print(json.dumps(article, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
