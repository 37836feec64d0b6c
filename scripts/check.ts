/**
 * `npm run check -- [--json] [--explain] [--pack FILE] FILE...`: runs the engine on saved pages (.html) or
 * article text (.txt: first line the title; `-` reads standard input) and prints what the
 * sidebar would show. `--explain` adds every remark the engine read, with what became of it and why, and the claims
 * its evidence weighs most (for pack authors: why a quote got its card, or none). One bad file does not stop the
 * others; the exit status is 1 if any failed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Engine } from '../src/core/engine';
import { parsePack } from '../src/core/pack-validate';
import type { Analysis } from '../src/core/analysis';
import type { ClaimEvidence } from '../src/core/claim-judge';
import { oneDecimal, type QuoteDecision } from '../src/core/quote-decision';
import type { FoundQuote } from '../src/core/quotes';
import { claimWordsProblem, type ClaimWordsModel } from '../src/core/claim-words';
import { collectText, findArticleRoot } from '../src/content/page-text';

const DEFAULT_PACK = resolve(import.meta.dirname, '../public/packs/pak-afghan-security.json');

/**
 * The engine over a pack file. `COUNTERPOINT_CLAIM_WORDS` names another fitted claim-words model to read remarks with
 * (one fitted without the set being measured: `scripts/claim-words-crossfit.ts`).
 */
export function loadEngine(packFile = DEFAULT_PACK): Engine {
  const parsed = parsePack(readFileSync(packFile, 'utf8'), packFile);
  if (!parsed.ok) throw new Error(`${packFile}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const model = process.env.COUNTERPOINT_CLAIM_WORDS;
  return new Engine(parsed.pack, model ? { claimWords: readClaimWords(model) } : {});
}

/** A claim-words model from a file, or throws a message naming the file and the problem. */
export function readClaimWords(file: string): ClaimWordsModel {
  let model: unknown;
  try {
    model = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`claim-words model ${file}: ${(e as Error).message}`);
  }
  const problem = claimWordsProblem(model);
  if (problem) throw new Error(`claim-words model ${file}: ${problem}`);
  return model as ClaimWordsModel;
}

/** The article text of an input, as the extension would read it. */
export async function readInput(name: string, raw: string): Promise<{ title: string; text: string }> {
  if (!raw.trim()) throw new Error('the input is empty');
  if (name.endsWith('.html') || name.endsWith('.htm') || /^\s*</.test(raw)) {
    const { document } = parseHTML(raw);
    const page = await collectText(findArticleRoot(document as unknown as Document));
    return { title: document.title ?? '', text: page.text };
  }
  const [first = '', ...rest] = raw.split('\n');
  // Plain text: one line a paragraph, as the seeds are written.
  return { title: first.trim(), text: rest.filter((l) => l.trim()).join('\n\n') };
}

/** A remark's decision as JSON: the frame's match reduced to whether it was met. */
function explainedJson(x: Explained) {
  return {
    ...x,
    evidence: x.evidence.map(({ frame, ...e }) => ({ ...e, frame: frame ? (frame.met ? 'met' : 'not met') : 'none' })),
  };
}

/** The JSON line for one input. */
export function toJson(input: string, analysis: Analysis) {
  return {
    input,
    onTopic: analysis.topic.onTopic,
    score: analysis.topic.score,
    actors: analysis.actors.map(({ id, name }) => ({ id, name })),
    quotes: analysis.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker?.name ?? null,
      start: q.parts[0]!.start,
      end: q.parts[q.parts.length - 1]!.end,
      claims: q.claims.map(({ claimId, stance, stanceFrom, sideUnsure }) => ({
        claimId,
        stance,
        stanceFrom,
        ...(sideUnsure ? { sideUnsure } : {}),
      })),
      related: q.related.map((r) => ({
        statementId: r.statementId,
        actorId: r.actorId,
        speaker: r.speaker,
        ...(r.quote ? { quote: r.quote } : { summary: r.summary }),
        relation: r.relation,
        score: r.score,
      })),
    })),
  };
}

/** One remark the engine read, what became of it and the evidence it weighed (`--explain`). */
export interface Explained {
  /** The remark's words, as the engine read them. */
  text: string;
  /** Where they are in the article text (offsets). */
  start: number;
  end: number;
  /** A direct quote, a fragment in quote marks, or a reported clause. */
  kind: FoundQuote['kind'];
  /** The attribution's words, where the grammar found one. */
  attribution: string | null;
  /** What became of it, and why. */
  decision: QuoteDecision;
  /** The claims its evidence weighed most, best first. */
  evidence: ClaimEvidence[];
}

/** Claims listed per remark with `--explain`. */
const SHOWN_CLAIMS = 3;

/** Analyses a text, with every remark's decision and evidence when `explain` is set. */
export function analyseExplained(engine: Engine, text: string, explain: boolean): { analysis: Analysis; explained: Explained[] } {
  if (!explain) return { analysis: engine.analyse(text), explained: [] };
  const evidence = new Map<FoundQuote, ClaimEvidence[]>();
  const decided: [FoundQuote, QuoteDecision][] = [];
  const analysis = engine.analyse(text, {
    onEvidence: (q, e) => evidence.set(q, e.slice(0, SHOWN_CLAIMS)),
    onDecision: (q, d) => decided.push([q, d]),
  });
  const explained = decided.map(([q, decision]) => ({
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    attribution: q.speaker?.text ?? null,
    decision,
    evidence: evidence.get(q) ?? [],
  }));
  return { analysis, explained: explained.sort((a, b) => a.start - b.start) };
}

/** One claim's evidence in words: its score and what it is made of. */
function evidenceLine(e: ClaimEvidence): string {
  const parts = [
    e.cues ? `cues ${oneDecimal(e.cues)}` : '',
    e.contextCues ? `cues beside ${oneDecimal(e.contextCues)}` : '',
    `BM25 ${oneDecimal(e.bm25)}`,
    `wording ${Math.round(e.coverage * 100)} %`,
    e.frame ? (e.frame.met ? `frame met${e.frame.negated ? ', negated' : ''}` : 'frame not met') : '',
    e.onRecord ? 'speaker on record' : '',
    e.knownRemark ? 'known remark' : '',
  ].filter(Boolean);
  return `${e.claimId} ${oneDecimal(e.total)} (${parts.join(', ')})`;
}

const OUTCOME_LABEL: Readonly<Record<QuoteDecision['outcome'], string>> = {
  card: 'card',
  'not-read': 'not read',
  'no-claim': 'no claim',
  weak: 'too weak',
  'side-unknown': 'side unknown',
  'nothing-said': 'nothing to show',
  outranked: 'outranked',
  'off-topic': 'off topic',
};

function printExplained(explained: readonly Explained[]): void {
  console.log(`
  Every remark read (${explained.length}):`);
  for (const x of explained) {
    const text = x.text.length > 100 ? `${x.text.slice(0, 99)}…` : x.text;
    const who = x.decision.speaker ?? 'speaker unknown';
    const said = x.attribution && x.attribution !== x.decision.speaker ? ` (“${x.attribution}”)` : '';
    console.log(`  [${OUTCOME_LABEL[x.decision.outcome]}] “${text}” — ${who}${said}`);
    console.log(`      ${x.decision.why}`);
    for (const e of x.evidence) console.log(`      · ${evidenceLine(e)}`);
  }
}

function printHuman(input: string, a: Analysis, explained: readonly Explained[] = []): void {
  console.log(`\n== ${input}`);
  console.log(`${a.topic.onTopic ? 'ON TOPIC' : 'off topic'} (score ${a.topic.score}): ${a.topic.reasons.join('; ')}`);
  if (!a.topic.onTopic) {
    // An article its remarks did not rescue was read all the same: what its remarks came to is the explanation.
    if (explained.length) printExplained(explained);
    return;
  }
  console.log(`Actors: ${a.actors.map((x) => `${x.name} ×${x.mentions}`).join(', ') || 'none'}`);
  for (const q of a.quotes) {
    console.log(`\n  “${q.text}” — ${q.speaker?.name ?? 'speaker unknown'}`);
    for (const c of q.claims)
      console.log(`    claim: ${c.text} [${c.sideUnsure ? `side unclear, ${c.stance}?` : c.stance}, ${c.score}]`);
    for (const r of q.related.slice(0, 6)) {
      const said = r.quote ? `“${r.quote}”` : `(summary) ${r.summary}`;
      const mark = r.relation === 'counter' ? '✗ counter' : r.relation === 'supports' ? '✓ support' : '· on claim';
      console.log(`    ${mark} ${r.speaker}, ${r.date}, ${r.stance}: ${said.slice(0, 160)}`);
    }
  }
  if (!a.quotes.length) console.log('  No quote with context.');
  if (explained.length) printExplained(explained);
}

/** Runs the command on its arguments; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const explain = argv.includes('--explain');
  const packAt = argv.indexOf('--pack');
  const packFile = packAt >= 0 ? argv[packAt + 1] : undefined;
  const files = argv.filter(
    (a, i) => a !== '--json' && a !== '--explain' && a !== '--pack' && !(packAt >= 0 && i === packAt + 1),
  );
  if (!files.length) {
    console.error('usage: npm run check -- [--json] [--explain] [--pack FILE] FILE.html|FILE.txt|- ...');
    return 2;
  }
  let engine: Engine;
  try {
    engine = loadEngine(packFile);
  } catch (e) {
    console.error(`check: cannot load the engine: ${(e as Error).message}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
      const { text } = await readInput(file === '-' ? 'stdin.txt' : file, raw);
      const { analysis, explained } = analyseExplained(engine, text, explain);
      if (json)
        console.log(JSON.stringify({ ...toJson(file, analysis), ...(explain ? { explain: explained.map(explainedJson) } : {}) }));
      else printHuman(file, analysis, explained);
    } catch (e) {
      failed++;
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      if (json) console.log(JSON.stringify({ input: file, error: reason }));
      console.error(`check: ${file}: ${reason}`);
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Output piped into a reader that stops early (`| head`): stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(process.argv.slice(2));
}
