#!/usr/bin/env python3
"""Split the real-claims set by article and check it (rules: tests/fixtures/real-claims/LABELLING.md).

Usage:
  python3 scripts/real-claims/split-and-check.py --lang en [--add new.jsonl ...]
      Merges the records of --add files (an article given there replaces its earlier
      paragraphs), re-splits every article of that language by the sha1-of-URL rule and
      rewrites tune/<lang>.jsonl and test/<lang>.jsonl, then checks them.
  python3 scripts/real-claims/split-and-check.py --lang en --check
      Only checks the two files; exits non-zero on any problem.
Prints counts per part and positives per claim id, never the sentences themselves, so
running it does not expose the test part's text.
"""
import argparse, collections, hashlib, json, os, re, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIX = os.path.join(ROOT, 'tests', 'fixtures', 'real-claims')
CLAIMS = os.path.join(ROOT, 'assets', 'dataset', 'cecot', 'claims.json')
FIELDS = {'article': str, 'url': str, 'outlet': str, 'published': str, 'lang': str,
          'paragraph': int, 'sentences': list}
DATE = re.compile(r'^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$')


def part_of(url):
    # The rule is fixed in LABELLING.md: about 40 % of articles, chosen by URL, are test.
    return 'test' if int(hashlib.sha1(url.encode('utf-8')).hexdigest()[:2], 16) % 5 < 2 else 'tune'


def read(path):
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append((f'{os.path.relpath(path, ROOT)}:{n}', json.loads(line)))
            except json.JSONDecodeError as e:
                sys.exit(f'{path}:{n}: not JSON: {e}')
    return out


def check(lang, claim_ids):
    problems = []
    seen_part = {}
    art_url = {}
    url_art = {}
    keys = set()
    stats = {p: collections.Counter() for p in ('tune', 'test')}
    pos = {p: collections.Counter() for p in ('tune', 'test')}
    outlets = set()
    for part in ('tune', 'test'):
        for where, r in read(os.path.join(FIX, part, f'{lang}.jsonl')):
            bad = [k for k, t in FIELDS.items() if not isinstance(r.get(k), t)]
            if bad:
                problems.append(f'{where}: missing or wrong-typed fields {bad}')
                continue
            extra = set(r) - set(FIELDS)
            if extra:
                problems.append(f'{where}: unknown fields {sorted(extra)}')
            a, url = r['article'], r['url']
            if r['lang'] != lang:
                problems.append(f'{where}: lang {r["lang"]!r} in the {lang} file')
            if not url.startswith(('https://', 'http://')):
                problems.append(f'{where}: url is not http(s)')
            if not DATE.match(r['published']):
                problems.append(f'{where}: published {r["published"]!r} is not YYYY-MM-DD or YYYY-MM')
            if r['paragraph'] < 1:
                problems.append(f'{where}: paragraph must be 1-based')
            if seen_part.setdefault(a, part) != part:
                problems.append(f'{where}: article {a} is in both parts')
            if art_url.setdefault(a, url) != url:
                problems.append(f'{where}: article {a} has two URLs')
            if url_art.setdefault(url, a) != a:
                problems.append(f'{where}: URL used by two article ids ({url_art[url]}, {a})')
            if part_of(url) != part:
                problems.append(f'{where}: article {a} belongs in {part_of(url)} by the sha1 rule')
            if (a, r['paragraph']) in keys:
                problems.append(f'{where}: paragraph {r["paragraph"]} of {a} appears twice')
            keys.add((a, r['paragraph']))
            if not r['sentences']:
                problems.append(f'{where}: no sentences')
            for i, s in enumerate(r['sentences']):
                if set(s) != {'text', 'claims'} or not isinstance(s.get('text'), str) \
                        or not isinstance(s.get('claims'), list):
                    problems.append(f'{where}: sentence {i} must be {{text, claims[]}}')
                    continue
                if not s['text'].strip() or s['text'] != s['text'].strip():
                    problems.append(f'{where}: sentence {i} is empty or has outer whitespace')
                unknown = [c for c in s['claims'] if c not in claim_ids]
                if unknown:
                    problems.append(f'{where}: sentence {i} has unknown claim ids {unknown}')
                if len(set(s['claims'])) != len(s['claims']):
                    problems.append(f'{where}: sentence {i} repeats a claim id')
                stats[part]['sentences'] += 1
                stats[part]['labelled' if s['claims'] else 'negative'] += 1
                for c in s['claims']:
                    pos[part][c] += 1
            outlets.add(r['outlet'])
    for part in ('tune', 'test'):
        arts = sum(1 for p in seen_part.values() if p == part)
        st = stats[part]
        print(f'{lang} {part}: {arts} articles, {st["sentences"]} sentences '
              f'({st["labelled"]} labelled, {st["negative"]} negative)')
    print(f'{lang} outlets: {len(outlets)}')
    print(f'{"claim":28s} {"tune":>5s} {"test":>5s}')
    for c in claim_ids:
        print(f'{c:28s} {pos["tune"][c]:5d} {pos["test"][c]:5d}')
    return problems


def write_sources(lang):
    rows = {}
    for part in ('tune', 'test'):
        for _, r in read(os.path.join(FIX, part, f'{lang}.jsonl')):
            rows.setdefault(r['article'], (r['outlet'], r['url'], r['published'], part))
    with open(os.path.join(FIX, f'SOURCES-{lang}.md'), 'w', encoding='utf-8') as f:
        f.write(f'# Real-claims set: {lang} sources\n\n'
                'Written by `scripts/real-claims/split-and-check.py --sources`; one row per article. '
                'Only short excerpts are stored, never whole articles. Where a copy on another site was '
                'used, the outlet names the original publisher and the copy.\n\n'
                '| article | outlet | published | part | url |\n|---|---|---|---|---|\n')
        for art in sorted(rows):
            outlet, url, date, part = rows[art]
            f.write(f'| {art} | {outlet} | {date} | {part} | <{url}> |\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--lang', required=True, choices=['en', 'es'])
    ap.add_argument('--add', nargs='*', default=[])
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--replace', action='store_true',
                    help='drop the articles already in the files; keep only those from --add')
    ap.add_argument('--sources', action='store_true',
                    help='also rewrite SOURCES-<lang>.md (article, outlet, URL, date, part)')
    a = ap.parse_args()
    claim_ids = [c['id'] for c in json.load(open(CLAIMS, encoding='utf-8'))['claims']]
    if not a.check:
        by_article = collections.OrderedDict()
        for part in ('tune', 'test') if not a.replace else ():
            for _, r in read(os.path.join(FIX, part, f'{a.lang}.jsonl')):
                by_article.setdefault(r['article'], []).append(r)
        for path in a.add:
            fresh = collections.OrderedDict()
            for _, r in read(os.path.abspath(path)):
                fresh.setdefault(r['article'], []).append(r)
            by_article.update(fresh)
        parts = {'tune': [], 'test': []}
        for art in sorted(by_article):
            recs = sorted(by_article[art], key=lambda r: r['paragraph'])
            parts[part_of(recs[0]['url'])].extend(recs)
        for part, recs in parts.items():
            os.makedirs(os.path.join(FIX, part), exist_ok=True)
            with open(os.path.join(FIX, part, f'{a.lang}.jsonl'), 'w', encoding='utf-8') as f:
                for r in recs:
                    f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + '\n')
    if a.sources:
        write_sources(a.lang)
    problems = check(a.lang, claim_ids)
    for p in problems:
        print('PROBLEM', p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
