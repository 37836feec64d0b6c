/**
 * Fits the claim-words model (`src/core/claim-words.ts`) and writes `src/core/claim-words.json`.
 *
 *   npx tsx scripts/pack/learn-claim-words.ts           # write the model
 *   npx tsx scripts/pack/learn-claim-words.ts --check   # exit 1 when the committed model is not what the inputs give
 *   npx tsx scripts/pack/learn-claim-words.ts --without ea.json --out /tmp/m.json   # fitted without one set
 *
 * What it learns from: the remarks of the project's evaluation sets (fixtures/eval-extra) on their tune split only
 * (an item whose id ends in an even digit), each with the claims its annotators gave it or none; and the bundled
 * pack's statements, each with the claims it takes a stance on. The holdout halves and the shared evaluation articles
 * are never read, so they measure the model on remarks it has not seen. Fitted by full-batch gradient descent from
 * zero, so the same inputs give the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordFeatures, type ClaimWordsModel } from '../../src/core/claim-words';
import { inSplit } from '../eval-set';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(root, 'src/core/claim-words.json');
const SETS = path.join(root, 'fixtures/eval-extra');
const PACK = path.join(root, 'public/packs/pak-afghan-security.json');

/** A feature seen in fewer examples than this says nothing that generalises. */
const MIN_EXAMPLES = 2;
const ITERATIONS = 2000;
const LEARNING_RATE = 2;
/**
 * L2 penalty: keeps weights of rare features small. With the iterations, chosen on the tune splits read with models
 * fitted without each set (`scripts/claim-words-crossfit.ts`): a lighter penalty names more claims at the same precision.
 */
const RIDGE = 0.0003;
/** Weights smaller than this are left out of the stored model: they move no decision. */
const MIN_WEIGHT = 0.05;
const SCALE = 100;

interface Example {
  text: string;
  /** Class indices, each with an equal share of the target. */
  classes: number[];
}

interface Labelled {
  id: string;
  quotes?: { text: string; claims?: { claimId: string }[] }[];
}

interface PackFile {
  claims: { id: string }[];
  statements: { quote?: string; summary?: string; stances?: { claimId: string }[] }[];
}

function examples(pack: PackFile, sets: Labelled[][]): { claims: string[]; examples: Example[] } {
  const claims = pack.claims.map((c) => c.id).sort();
  const index = new Map(claims.map((id, i) => [id, i]));
  const none = claims.length;
  const classesOf = (ids: string[]) => {
    const known = [...new Set(ids.filter((id) => index.has(id)))].map((id) => index.get(id)!);
    return ids.length ? known : [none];
  };
  const out: Example[] = [];
  for (const items of sets)
    for (const item of items) {
      if (!inSplit(item.id, 'tune')) continue;
      for (const q of item.quotes ?? []) {
        const classes = classesOf((q.claims ?? []).map((c) => c.claimId));
        if (classes.length) out.push({ text: q.text, classes });
      }
    }
  for (const s of pack.statements) {
    const text = s.quote ?? s.summary;
    const classes = classesOf((s.stances ?? []).map((x) => x.claimId));
    if (text && classes.length) out.push({ text, classes });
  }
  return { claims, examples: out };
}

/** Fits the regression and returns the model to store. */
export function learn(pack: PackFile, sets: Labelled[][]): ClaimWordsModel {
  const { claims, examples: data } = examples(pack, sets);
  const K = claims.length + 1;
  const seen = new Map<string, number>();
  const feats = data.map((d) => wordFeatures(d.text));
  for (const fs_ of feats) for (const f of fs_) seen.set(f, (seen.get(f) ?? 0) + 1);
  const names = [...seen]
    .filter(([, n]) => n >= MIN_EXAMPLES)
    .map(([f]) => f)
    .sort();
  const at = new Map(names.map((f, i) => [f, i]));
  const rows = feats.map((fs_) => fs_.filter((f) => at.has(f)).map((f) => at.get(f)!));
  const F = names.length;
  const W = new Float64Array(F * K);
  const b = new Float64Array(K);
  const N = data.length;
  // Each example's target share per class, and buffers reused across examples and iterations.
  const target = data.map((d) => {
    const t = new Float64Array(K);
    for (const k of d.classes) t[k] = 1 / d.classes.length;
    return t;
  });
  const gW = new Float64Array(F * K);
  const gb = new Float64Array(K);
  const z = new Float64Array(K);
  const e = new Float64Array(K);
  for (let it = 0; it < ITERATIONS; it++) {
    gW.fill(0);
    gb.fill(0);
    for (let n = 0; n < N; n++) {
      const row = rows[n]!;
      const t = target[n]!;
      z.set(b);
      for (const f of row) for (let k = 0; k < K; k++) z[k]! += W[f * K + k]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (z[k]! > max) max = z[k]!;
      let sum = 0;
      for (let k = 0; k < K; k++) {
        e[k] = Math.exp(z[k]! - max);
        sum += e[k]!;
      }
      for (let k = 0; k < K; k++) {
        const d = e[k]! / sum - t[k]!;
        gb[k]! += d;
        for (const f of row) gW[f * K + k]! += d;
      }
    }
    for (let k = 0; k < K; k++) b[k]! -= LEARNING_RATE * (gb[k]! / N + RIDGE * b[k]!);
    for (let j = 0; j < F * K; j++) W[j]! -= LEARNING_RATE * (gW[j]! / N + RIDGE * W[j]!);
  }
  const weights: Record<string, number[]> = {};
  for (let f = 0; f < F; f++) {
    const pairs: number[] = [];
    for (let k = 0; k < K; k++) {
      const w = W[f * K + k]!;
      if (Math.abs(w) >= MIN_WEIGHT) pairs.push(k, Math.round(w * SCALE));
    }
    if (pairs.length) weights[names[f]!] = pairs;
  }
  return { version: 1, claims, bias: Array.from(b, (v) => Math.round(v * SCALE)), weights, scale: SCALE };
}

/** The inputs as the repository holds them. */
export function readInputs(exclude?: string): { pack: PackFile; sets: Labelled[][] } {
  const pack = JSON.parse(fs.readFileSync(PACK, 'utf8')) as PackFile;
  const sets = fs
    .readdirSync(SETS)
    .filter((f) => /^e[a-z]\.json$/.test(f) && f !== exclude)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(SETS, f), 'utf8')) as Labelled[]);
  return { pack, sets };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const { pack, sets } = readInputs(arg('--without'));
  const text = JSON.stringify(learn(pack, sets)) + '\n';
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    console.log(
      same
        ? 'claim-words.json is up to date.'
        : 'claim-words.json differs from what its inputs give: run scripts/pack/learn-claim-words.ts.',
    );
    process.exit(same ? 0 : 1);
  }
  const out = arg('--out') ?? OUT;
  fs.writeFileSync(out, text);
  console.log(`Wrote ${path.relative(root, out)} (${(text.length / 1024).toFixed(0)} KB).`);
}
