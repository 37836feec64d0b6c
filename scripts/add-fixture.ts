/**
 * Adds a saved web page to the fixture set, the way Mozilla Readability's `add-test` does:
 *
 *   npx tsx scripts/add-fixture.ts <slug> <saved-page.html> [--force]
 *
 * Copies the HTML to `fixtures/pages/<slug>/source.html` and writes a skeleton
 * `fixtures/pages/<slug>/expected.json` for a person to fill in (see fixtures/pages/README.md).
 * The skeleton's `kind` is "TODO" on purpose, so that the fixture walker fails until someone labels it.
 * Candidate quotes found in the page are listed with `speaker: null` and no claims, to be checked by hand.
 *
 * It never fetches anything: save the page to a file first (fixtures must be self-contained).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

/** Slugs are kebab-case so that they sort and read well as test names. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Quotes shorter than this are usually scare quotes or titles; the labeller can still add them by hand. */
const MIN_CANDIDATE_QUOTE_CHARS = 12;

/** One labelled claim of a quote or reported statement. */
interface ClaimLabel {
  /** Id of a claim in shared/sources/statements.json `claims[]`. */
  claimId: string;
  /** What the quote does with the claim. */
  stance: 'asserts' | 'denies' | 'disputes' | 'qualifies';
}

/** A quote or reported statement as labelled in expected.json. */
interface LabelledText {
  /** Exact text (between the quote marks, for quotes). */
  text: string;
  /** Canonical display name of the speaker, or null when the article does not say. */
  speaker: string | null;
  /** Claims the text makes; empty when it makes none. */
  claims: ClaimLabel[];
}

/** The shape of expected.json (documented in fixtures/pages/README.md). */
interface ExpectedSkeleton {
  title: string;
  kind: 'TODO' | 'seed' | 'on-topic' | 'near-miss' | 'off-topic';
  nearMissOf?: string;
  onTopic: boolean;
  lateContent: boolean;
  actors: string[];
  quotes: LabelledText[];
  reported: LabelledText[];
}

function fail(message: string): never {
  console.error(`add-fixture: ${message}`);
  console.error('usage: npx tsx scripts/add-fixture.ts <slug> <saved-page.html> [--force]');
  process.exit(1);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Headline: og:title, else the first h1, else <title>. */
function findTitle(document: Document): string {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og) return collapse(og);
  const h1 = document.querySelector('h1')?.textContent;
  if (h1 && collapse(h1)) return collapse(h1);
  return collapse(document.querySelector('title')?.textContent ?? '');
}

/** Text spans between curly or straight double quotes in the article's paragraphs. */
function findCandidateQuotes(document: Document): string[] {
  for (const el of document.querySelectorAll('script, style, noscript')) el.remove();
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const seen = new Set<string>();
  const pattern = /\u201c([^\u201c\u201d]+?)\u201d|"([^"]+?)"/g;
  for (const block of root.querySelectorAll('p, div, li, blockquote')) {
    // Only leaf-ish blocks, so that a quote is not reported once per ancestor.
    if (block.querySelector('p, div, li, blockquote')) continue;
    const text = collapse(block.textContent ?? '');
    for (const m of text.matchAll(pattern)) {
      const quote = m[1] ?? m[2] ?? '';
      if (quote.length >= MIN_CANDIDATE_QUOTE_CHARS) seen.add(quote);
    }
  }
  return [...seen];
}

/** Resources a fixture must not load: remote scripts, styles, images, fonts, frames. */
function findExternalResources(html: string): string[] {
  const found = new Set<string>();
  const attr = /\b(?:src|href|srcset|poster|data)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi;
  for (const m of html.matchAll(attr)) {
    const tagStart = html.lastIndexOf('<', m.index);
    const tag = html.slice(tagStart, tagStart + 10).toLowerCase();
    // Plain links (<a href>) are not loaded; everything else is.
    if (!tag.startsWith('<a ') && !tag.startsWith('<a\n')) found.add(m[1] ?? '');
  }
  for (const m of html.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)|url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) {
    found.add(m[1] ?? m[2] ?? '');
  }
  return [...found].filter(Boolean);
}

function main(argv: string[]): void {
  const force = argv.includes('--force');
  const [slug, file] = argv.filter((a) => a !== '--force');
  if (!slug || !file) fail('a slug and an HTML file are required');
  if (!SLUG_PATTERN.test(slug)) fail(`slug "${slug}" must be kebab-case (a-z, 0-9 and single hyphens)`);
  if (/^[a-z]+:\/\//i.test(file)) fail('this script does not fetch pages: save the page to a file first');
  if (!existsSync(file)) fail(`no such file: ${file}`);

  const target = join(PAGES_DIR, slug);
  if (existsSync(target) && !force) fail(`fixtures/pages/${slug} already exists (use --force to overwrite)`);

  let html = readFileSync(file, 'utf8');
  if (!html.trimStart().startsWith('<!-- Counterpoint test fixture:')) {
    html = `<!-- Counterpoint test fixture: added with scripts/add-fixture.ts from ${basename(file)}. -->\n${html}`;
  }
  const { document } = parseHTML(html);
  const skeleton: ExpectedSkeleton = {
    title: findTitle(document),
    kind: 'TODO',
    onTopic: false,
    lateContent: false,
    actors: [],
    quotes: findCandidateQuotes(document).map((text) => ({ text, speaker: null, claims: [] })),
    reported: [],
  };

  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'source.html'), html);
  writeFileSync(join(target, 'expected.json'), `${JSON.stringify(skeleton, null, 2)}\n`);

  console.log(`wrote fixtures/pages/${slug}/source.html and expected.json`);
  console.log(`  title: ${skeleton.title || '(none found)'}`);
  console.log(`  ${skeleton.quotes.length} candidate quote(s) listed; set kind, onTopic, actors, speakers and claims by hand`);
  const external = findExternalResources(html);
  if (external.length) {
    console.warn(`  warning: ${external.length} external resource(s); fixtures must load nothing from the network:`);
    for (const url of external.slice(0, 20)) console.warn(`    ${url}`);
  }
}

main(process.argv.slice(2));
