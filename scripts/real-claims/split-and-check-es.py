#!/usr/bin/env python3
"""Split the Spanish real-claims sentences by article and validate both parts.

  python3 scripts/real-claims/split-and-check-es.py [--input ALL.jsonl] [--write-sources]

--input: a combined JSONL (same line format as the parts); every line goes to the part its URL
falls in under the rule in tests/fixtures/real-claims/LABELLING.md, and both part files are
rewritten. The combined file is kept outside the repository so that nobody tuning patterns sees
the test part by accident.
--write-sources: regenerate tests/fixtures/real-claims/SOURCES-es.md from the parts.
Without options it only validates tune/es.jsonl and test/es.jsonl and prints counts; it exits
non-zero on the first kind of problem it finds, listing every instance.
"""
import hashlib, json, os, re, sys
from collections import Counter, OrderedDict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
FIX = os.path.join(ROOT, 'tests', 'fixtures', 'real-claims')
PARTS = {'tune': os.path.join(FIX, 'tune', 'es.jsonl'), 'test': os.path.join(FIX, 'test', 'es.jsonl')}
CLAIMS = os.path.join(ROOT, 'assets', 'dataset', 'cecot', 'claims.json')
SOURCES = os.path.join(FIX, 'SOURCES-es.md')
DATE = re.compile(r'^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$')
KEYS = {'article', 'url', 'outlet', 'published', 'lang', 'paragraph', 'sentences'}


def part_of(url):
    return 'test' if int(hashlib.sha1(url.encode('utf-8')).hexdigest()[:2], 16) % 5 < 2 else 'tune'


def read(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                sys.exit(f'{path}:{n}: not JSON ({e})')
    return rows


def validate(parts, ids):
    errs = []
    art_url, url_art, art_part, seen_para = {}, {}, {}, set()
    for part, rows in parts.items():
        for n, r in rows:
            where = f'{part}/es.jsonl:{n}'
            if set(r) != KEYS:
                errs.append(f'{where}: fields {sorted(r)} != {sorted(KEYS)}'); continue
            if r['lang'] != 'es':
                errs.append(f'{where}: lang {r["lang"]!r}')
            if not isinstance(r['article'], str) or not r['article'].startswith('es-'):
                errs.append(f'{where}: article id {r["article"]!r} must start with "es-"')
            if not isinstance(r['url'], str) or not r['url'].startswith('https://'):
                errs.append(f'{where}: url must be https')
            if not isinstance(r['outlet'], str) or not r['outlet'].strip():
                errs.append(f'{where}: empty outlet')
            if not isinstance(r['published'], str) or not DATE.match(r['published']):
                errs.append(f'{where}: published {r["published"]!r} is not YYYY-MM-DD or YYYY-MM')
            if not isinstance(r['paragraph'], int) or r['paragraph'] < 1:
                errs.append(f'{where}: paragraph must be an integer >= 1')
            a, u = r['article'], r['url']
            if art_url.setdefault(a, u) != u:
                errs.append(f'{where}: article {a} has two URLs')
            if url_art.setdefault(u, a) != a:
                errs.append(f'{where}: URL used by two article ids ({url_art[u]}, {a})')
            if art_part.setdefault(a, part) != part:
                errs.append(f'{where}: article {a} is in both parts')
            if part_of(u) != part:
                errs.append(f'{where}: article {a} belongs in {part_of(u)} by the sha1 rule')
            if (a, r['paragraph']) in seen_para:
                errs.append(f'{where}: paragraph {r["paragraph"]} of {a} appears twice')
            seen_para.add((a, r['paragraph']))
            if not isinstance(r['sentences'], list) or not r['sentences']:
                errs.append(f'{where}: no sentences'); continue
            for i, s in enumerate(r['sentences']):
                if set(s) != {'text', 'claims'}:
                    errs.append(f'{where} sentence {i}: fields {sorted(s)}'); continue
                if not isinstance(s['text'], str) or not s['text'].strip() or s['text'] != s['text'].strip():
                    errs.append(f'{where} sentence {i}: empty or untrimmed text')
                if not isinstance(s['claims'], list) or len(set(s['claims'])) != len(s['claims']):
                    errs.append(f'{where} sentence {i}: claims must be a list without repeats')
                    continue
                for c in s['claims']:
                    if c not in ids:
                        errs.append(f'{where} sentence {i}: unknown claim id {c!r}')
    return errs


def stats(parts, ids):
    for part, rows in parts.items():
        arts = OrderedDict()
        sent = pos = 0
        per = Counter()
        for _, r in rows:
            arts[r['article']] = r['outlet']
            for s in r['sentences']:
                sent += 1
                pos += bool(s['claims'])
                per.update(s['claims'])
        print(f'{part}: {len(arts)} articles, {len(rows)} paragraphs, {sent} sentences, '
              f'{pos} with a claim, {sent - pos} without')
        print('  ' + ', '.join(f'{c} {per[c]}' for c in ids))


def write_sources(parts):
    seen = OrderedDict()
    for part, rows in parts.items():
        for _, r in rows:
            seen.setdefault(r['article'], (r['outlet'], r['url'], r['published'], part))
    lines = ['# Real-claims set: Spanish sources', '',
             'Generated by `python3 scripts/real-claims/split-and-check-es.py --write-sources`. '
             'Each article is kept as short excerpts only; the part follows the sha1 rule in LABELLING.md.',
             '', '| article | outlet | published | part | URL |', '|---|---|---|---|---|']
    for a, (o, u, d, p) in sorted(seen.items(), key=lambda kv: (kv[1][3], kv[0])):
        lines.append(f'| {a} | {o} | {d} | {p} | <{u}> |')
    with open(SOURCES, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def main(argv):
    ids = [c['id'] for c in json.load(open(CLAIMS, encoding='utf-8'))['claims']]
    if '--input' in argv:
        src = argv[argv.index('--input') + 1]
        out = {'tune': [], 'test': []}
        for _, r in read(src):
            out[part_of(r['url'])].append(r)
        for part, rows in out.items():
            os.makedirs(os.path.dirname(PARTS[part]), exist_ok=True)
            with open(PARTS[part], 'w', encoding='utf-8') as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + '\n')
    parts = {p: read(path) for p, path in PARTS.items()}
    errs = validate(parts, set(ids))
    if errs:
        print('\n'.join(errs))
        sys.exit(1)
    if '--write-sources' in argv:
        write_sources(parts)
    listed = open(SOURCES, encoding='utf-8').read() if os.path.exists(SOURCES) else ''
    missing = sorted({r['article'] for rows in parts.values() for _, r in rows
                      if f'| {r["article"]} |' not in listed})
    if missing:
        print('not listed in SOURCES-es.md: ' + ', '.join(missing))
        sys.exit(1)
    stats(parts, ids)
    print('ok')


if __name__ == '__main__':
    main(sys.argv[1:])
