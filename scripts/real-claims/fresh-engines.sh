#!/usr/bin/env bash
# Fresh rule output for scripts/real-claims/model-cv.ts (FRESH=<dir>): each batch of tuning
# articles as the engine of the commit BEFORE the batch was added scored it, i.e. rules that had
# never seen those articles. Only the tuning part is read (old versions of tune/*.jsonl for the
# batch's article ids; today's tune/*.jsonl for text and labels); the test part never.
# Usage: scripts/real-claims/fresh-engines.sh /tmp/bs-eng
set -euo pipefail
out=${1:-/tmp/bs-eng}
repo=$(git rev-parse --show-toplevel)
tune=$repo/tests/fixtures/real-claims/tune
mkdir -p "$out"
ids() { for lang in en es; do git show "$1:tests/fixtures/real-claims/tune/$lang.jsonl" 2>/dev/null || true; done |
  python3 -c "import sys,json;print('\n'.join(sorted({json.loads(l)['article'] for l in sys.stdin if l.strip()})))"; }
# Data commits that added tuning articles and no rules (2896026 and older: another engine layout).
# Rounds 1-10 (up to c63f883), then rounds 11-16 (round 14 added no articles). Batches of the same
# round made on parallel branches share a parent engine; a second batch's engine has the round's
# first rules, never its own.
batches="2d1a8e0 c8497c2 08c1ac4 1949cb0 f9b99a9 767dda3 d62d551 d348de1 42f2164 b678130 5fd8047 9544dfe c63f883
  a84d859 1032d0c a82e668 a619b4f 83aad93 4bf0556 9431b09 503a8f7 1b99c45 09e90cc 8075574 fddd2e1 0e6f1c6"
# Old engines run two at a time (JOBS=n to change): the machine is shared.
jobs=${JOBS:-2}
for c in $batches; do
  d=$out/$c
  mkdir -p "$d"
  git archive "$c^" lib assets | tar -x -C "$d"
  ln -sfn "$repo/node_modules" "$d/node_modules"
  echo '{"type":"module"}' >"$d/package.json"
  comm -13 <(ids "$c^" | sort -u) <(ids "$c" | sort -u) >"$d/ids.txt"
  cat >"$d/dump.ts" <<'TS'
// Run inside an extracted old engine: node dump.ts <ids file> <tune dir> <out>
// Scores the listed TUNING articles as the accuracy test does today (headline, standfirst, an
// article's paragraphs together) and dumps, per sentence and claim, the rule hit and the claim's
// own patterns on the sentence, with this engine version.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCompiledPack } from './lib/pack/node-pack';
import { getRuntime } from './lib/match/runtime';
import { matchClaims } from './lib/match/claims';
import { foldText } from './lib/text/fold';

const [ids, tuneDir, out] = process.argv.slice(2);
const want = new Set(readFileSync(ids, 'utf8').split('\n').filter(Boolean));
const HEAD = { en: 'US deportations to El Salvador: the men sent to the CECOT prison', es: 'Deportaciones de EE. UU. a El Salvador: los hombres enviados al CECOT' } as const;
const STAND = { en: 'The Venezuelan and Salvadoran men were flown from the United States to the prison in El Salvador.', es: 'Los venezolanos y salvadoreños fueron trasladados desde Estados Unidos a la cárcel en El Salvador.' } as const;
const pack = loadCompiledPack();
const runtime = getRuntime(pack);
const result: unknown[] = [];
for (const lang of ['en', 'es'] as const) {
  const paras = readFileSync(resolve(tuneDir, `${lang}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((p) => want.has(p.article));
  const arts = new Map<string, any[]>();
  for (const p of paras) arts.set(p.article, [...(arts.get(p.article) ?? []), p]);
  const matchers = runtime.claimsFor(lang);
  const t = (re: RegExp | null, s: string) => { if (!re) return false; re.lastIndex = 0; return re.test(s); };
  for (const [article, list] of arts) {
    list.sort((a, b) => a.paragraph - b.paragraph);
    let text = `${HEAD[lang]}\n${STAND[lang]}`;
    const spans = list.map((p) => p.sentences.map((s: any, i: number) => { text += i > 0 ? ' ' : '\n'; const start = text.length; text += s.text; return { start, end: text.length }; }));
    const hits = matchClaims(text, runtime, pack, lang);
    list.forEach((p, pi) => p.sentences.forEach((s: any, si: number) => {
      const { start, end } = spans[pi][si];
      const folded = foldText(s.text).text;
      const signals: Record<string, string> = {};
      for (const m of matchers) signals[m.id] = `${t(m.trigger, folded) ? 'T' : ''}${t(m.exclude, folded) ? 'X' : ''}${t(m.context, folded) ? 'C' : ''}${t(m.follow, folded) ? 'F' : ''}`;
      result.push({ article, lang, paragraph: p.paragraph, index: si, hits: hits.filter((h) => h.start < end && h.end > start).map((h) => ({ id: h.id, why: h.why })), signals });
    }));
  }
}
writeFileSync(out, JSON.stringify(result));
console.log(`${result.length} sentences`);
TS
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  (cd "$d" && "$repo/node_modules/.bin/tsx" dump.ts ids.txt "$tune" out.json | sed "s/^/$c: /") &
done
wait
# One file for model-cv.ts and the training: batches in order, empty signals left out.
python3 - "$out" "$repo/tests/fixtures/real-claims/fresh-rules.json" $batches <<'PY'
import json, sys
out, dest, batches = sys.argv[1], sys.argv[2], sys.argv[3:]
rows = []
for b in batches:
    for s in json.load(open(f"{out}/{b}/out.json")):
        s["signals"] = {k: v for k, v in s["signals"].items() if v}
        rows.append({"batch": b, **s})
with open(dest, "w") as f:
    f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows) + "\n]\n")
PY
