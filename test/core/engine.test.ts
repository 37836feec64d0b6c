/**
 * Engine unit tests on small texts: actor aliases and misspellings, no hits inside other words,
 * surname resolution, seed 003's counter-claims, the topic gate, and no quote shown as context for itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DURAND_LINE_QUARREL, HELMAND_CLASH, TAJIK_BORDER, articleText } from '../helpers/near-misses';
import { seed } from '../helpers/seeds';
import { loadEngine } from '../../scripts/check';
import type { Analysis } from '../../src/core/analysis';
import { Engine } from '../../src/core/engine';
import type { Pack } from '../../src/core/pack-schema';
import { compileQuickCheck, quickCheckData } from '../../src/core/topic';

const engine = loadEngine();

/** On-topic context that names no person and not the TTP, so the sentence under test decides. */
const CONTEXT =
  'Pakistan accused the Afghan Taliban of sheltering militants on Afghan soil behind cross-border attacks in Khyber Pakhtunkhwa, ' +
  'and Islamabad demanded that Kabul act against the safe havens along the Durand Line.\n\n';

const ids = (a: Analysis) => a.actors.map((x) => x.id);

/** The bundled pack's engine without its near-miss words for Iran. */
function withoutIran(): Engine {
  const pack = JSON.parse(readFileSync(new URL('../../public/packs/pak-afghan-security.json', import.meta.url), 'utf8')) as Pack;
  const iran = new Set(['Iran', 'Iranian', 'Tehran']);
  return new Engine({ ...pack, topic: { ...pack.topic, negative: pack.topic.negative.filter((n) => !iran.has(n.term)) } });
}

describe('actor recognition', () => {
  it.each([
    ['Kibry said the United States shares the concern about safe havens.', 'john-kirby'],
    ['Crane Jean Pierre told reporters the White House was watching the border.', 'karine-jean-pierre'],
    ['Tehreek-e-Taliban claimed the attack on the checkpost.', 'tehrik-i-taliban-pakistan'],
    ['Zabiullah Mujahid rejected the claims as baseless.', 'zabihullah-mujahid'],
  ])('recognises %j as %s', (sentence, id) => {
    const a = engine.analyse(CONTEXT + sentence);
    expect(a.topic.onTopic).toBe(true);
    expect(ids(a)).toContain(id);
    expect(ids(engine.analyse(CONTEXT))).not.toContain(id);
  });

  it('finds no actor inside another word', () => {
    const a = engine.analyse(CONTEXT + 'TTPX and Kirbyson were named in the report, as was Trumpington.');
    expect(a.topic.onTopic).toBe(true);
    expect(ids(a)).not.toContain('tehrik-i-taliban-pakistan');
    expect(ids(a)).not.toContain('john-kirby');
    expect(ids(a)).not.toContain('donald-trump');
  });

  it('resolves "Khan said" to Shafqat Ali Khan once he is introduced', () => {
    const a = engine.analyse(
      CONTEXT +
        'Foreign Office spokesperson Shafqat Ali Khan spoke at the weekly briefing in Islamabad.\n\n' +
        '“Afghan soil is used by the TTP for attacks inside Pakistan,” Khan said.',
    );
    expect(ids(a)).toContain('shafqat-ali-khan');
    const q = a.quotes.find((x) => x.text.startsWith('Afghan soil is used'));
    expect(q?.speaker?.actorId).toBe('shafqat-ali-khan');
  });
});

describe('seed 003 (US arms)', () => {
  const a = engine.analyse(seed('003_'));
  const byText = (start: string) => a.quotes.find((q) => q.text.startsWith(start));

  it('is on topic', () => expect(a.topic.onTopic).toBe(true));

  it('gives Shafqat Ali Khan’s “sufficient proof” quote a Taliban denial as counter-claim', () => {
    const q = byText('We have given sufficient proof');
    expect(q, 'quote with context').toBeDefined();
    expect(q!.speaker?.actorId).toBe('shafqat-ali-khan');
    const taliban = new Set(
      engine.index.actors
        ? [...engine.index.actors.values()]
            .filter((x) => /taliban|islamic emirate/i.test(`${x.name} ${x.affiliation ?? ''}`))
            .map((x) => x.id)
        : [],
    );
    taliban.delete('tehrik-i-taliban-pakistan');
    const denials = q!.related.filter((r) => r.relation === 'counter' && r.stance === 'denies' && taliban.has(r.actorId));
    expect(denials.length, JSON.stringify(q!.related.map((r) => [r.actorId, r.relation, r.stance]))).toBeGreaterThan(0);
  });

  it('does not list a quote as related to itself', () => {
    const norm = (s: string) => s.toLowerCase().replace(/\W+/g, ' ').trim();
    const fitrat = byText('All weapons and military equipment');
    expect(fitrat, 'Fitrat quote with context').toBeDefined();
    expect(fitrat!.related.filter((r) => r.quote && norm(r.quote).includes(norm(fitrat!.text)))).toEqual([]);
    for (const q of a.quotes)
      expect(
        q.related.filter((r) => r.quote && norm(r.quote) === norm(q.text)),
        q.text,
      ).toEqual([]);
  });
});

describe('topic gate', () => {
  it('says an off-topic cricket report is off topic and shows no quotes', () => {
    const a = engine.analyse(
      'Pakistan beat Afghanistan by six wickets in Rawalpindi on Sunday as Babar Azam hit an unbeaten 88.\n\n' +
        '“The pitch helped the spinners early, but we batted well in the chase,” the Pakistan captain said after the T20 match.\n\n' +
        'Rashid Khan took two wickets for the visitors, and the series moves to Lahore on Wednesday.',
    );
    expect(a.topic.onTopic).toBe(false);
    expect(a.quotes).toEqual([]);
    expect(a.actors).toEqual([]);
  });
});

describe('cheap first check', () => {
  const pack = JSON.parse(
    readFileSync('public/packs/pak-afghan-security.json', 'utf8'),
  ) as import('../../src/core/pack-schema').Pack;
  const quick = compileQuickCheck(quickCheckData(pack.topic));
  it('passes the seed articles', () => {
    for (const f of readdirSync('fixtures/seeds')) expect(quick(readFileSync(`fixtures/seeds/${f}`, 'utf8')), f).toBe(true);
  });
  it('stops a Pakistan cricket page, which names Pakistan but no Afghan side or security signal', () => {
    expect(quick('Pakistan beat New Zealand by six wickets in Rawalpindi; the captain hit a fifty.')).toBe(false);
  });
  it('never stops a page the full score accepts (every fixture)', () => {
    const engine = new Engine(pack);
    for (const slug of readdirSync('fixtures/pages').filter((s) => !s.endsWith('.md'))) {
      const html = readFileSync(`fixtures/pages/${slug}/source.html`, 'utf8');
      const text = html.replace(/<[^>]+>/g, ' ');
      if (engine.analyse(text).topic.onTopic) expect(quick(text), slug).toBe(true);
    }
  });
  it('never stops an article the engine accepts, lifted by its remarks or not (every project evaluation article)', () => {
    let accepted = 0;
    for (const file of readdirSync('fixtures/eval-extra').filter((f) => f.endsWith('.json'))) {
      const items = JSON.parse(readFileSync(`fixtures/eval-extra/${file}`, 'utf8')) as {
        id: string;
        title: string;
        text: string;
      }[];
      for (const item of items) {
        const text = `${item.title}\n\n${item.text}`;
        if (!engine.analyse(text).topic.onTopic) continue;
        accepted++;
        expect(quick(text), item.id).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(200);
  });
});

describe('the topic of a strike on another neighbour', () => {
  // Our own wording: a Pakistan–Iran exchange of strikes that Kabul comments on in passing.
  const IRAN =
    'ISLAMABAD: Pakistan said on Thursday its jets had struck militant hideouts in Iran, two days after Iranian missiles hit ' +
    "a village in Balochistan. Tehran summoned Pakistan's envoy, and Iranian officials said the dead were not Iranian citizens.\n\n" +
    '"We struck terrorists who had attacked our people from Iranian soil," a Pakistani military spokesman said. Iran called the strikes ' +
    'a violation of its territory, and Tehran warned of a response.\n\n' +
    'In Kabul, a Taliban spokesman urged both neighbours to settle the dispute through talks, and the Taliban offered to mediate. ' +
    'Zabihullah Mujahid said the Islamic Emirate wanted calm on all its borders, and Kabul would not take sides.';

  it('is off topic, though it names the Taliban and Kabul well past the threshold', () => {
    const topic = engine.analyse(IRAN).topic;
    expect(topic.onTopic).toBe(false);
    expect(topic.reasons.join(' ')).toMatch(/near-miss cues: .*Iran/);
    // Without the words for Iran, Kabul's comments alone put it on topic.
    expect(withoutIran().analyse(IRAN).topic.onTopic).toBe(true);
  });

  it('while a Pakistan–Afghanistan article that names Iran in passing stays on topic', () => {
    const text =
      CONTEXT +
      '"If terrorism came from Afghanistan, Iran and China would be complaining too," a Taliban spokesman said, rejecting the charge of cross-border attacks by TTP militants.';
    expect(engine.analyse(text).topic.onTopic).toBe(true);
  });
});

describe('an article below the topic that its remarks would lift', () => {
  const TAJIK = articleText(TAJIK_BORDER);
  const DURAND = articleText(DURAND_LINE_QUARREL);
  const IRAN_CLASH = articleText(HELMAND_CLASH);

  it('is not lifted where it never names a party of the topic, whatever its remarks sound like', () => {
    const a = engine.analyse(TAJIK);
    expect(a.topic.onTopic).toBe(false);
    expect(a.topic.reasons.join(' ')).toContain('missing: a Pakistani side');
    expect(a.quotes).toEqual([]);
  });

  it('is lifted by remarks whose claim needs nothing the article leaves out', () => {
    const a = engine.analyse(DURAND);
    expect(a.topic.onTopic).toBe(true);
    expect(a.topic.reasons.join(' ')).toContain('missing: a security signal');
    expect(a.topic.reasons.join(' ')).toMatch(/quotes make claims of the pack: durand-line-is-international-border/);
    expect(a.quotes.map((q) => q.claims[0]!.claimId)).toContain('durand-line-is-international-border');
    // A near-miss word in passing does not drown a security signal the page never had.
    expect(engine.analyse(`${DURAND}\n\nThe dispute, like Kashmir, dates from 1947.`).topic.onTopic).toBe(true);
  });

  it('is not lifted when near-miss words drown what it says of the topic', () => {
    const a = engine.analyse(IRAN_CLASH);
    expect(a.topic.onTopic).toBe(false);
    expect(a.topic.reasons.join(' ')).toMatch(/near-miss cues \(\d+\) drown a Pakistani side/);
    expect(a.quotes).toEqual([]);
    // Without the words for Iran, the same remarks lift it and a card about the Pakistan–Afghanistan border shows.
    expect(withoutIran().analyse(IRAN_CLASH).quotes.length).toBeGreaterThan(0);
  });
});
