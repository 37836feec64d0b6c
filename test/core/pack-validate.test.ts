import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ERRORS, parsePack, validatePack, type PackError } from '../../src/core/pack-validate';
import type { Pack } from '../../src/core/pack-schema';

function goodPack(): Pack {
  return {
    format: 'counterpoint-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: '1.0.0',
    title: 'Test pack',
    language: 'en',
    updated: '2025-01-31',
    topic: {
      name: 'Test topic',
      quickCheck: ['taliban'],
      terms: [{ term: 'TTP', weight: 5 }],
      negative: [{ term: 'cricket', weight: -5 }],
      requires: [{ name: 'an Afghan side', anyOf: ['Afghan', 'Kabul'] }],
      threshold: 10,
    },
    actors: [
      { id: 'mujahid', name: 'Zabihullah Mujahid', aliases: ['Mujahid'], kind: 'person' },
      { id: 'ispr', name: 'ISPR', aliases: [], kind: 'government-body' },
    ],
    claims: [
      { id: 'safe-havens', text: 'The TTP has safe havens in Afghanistan.', tags: ['ttp'], cues: ['safe havens'] },
      {
        id: 'no-foreign-soil',
        text: 'Afghan soil is not used against any country.',
        tags: [],
        cues: ['Afghan soil'],
        links: [{ claimId: 'safe-havens', relation: 'contradicts' }],
      },
    ],
    statements: [
      {
        id: 'st-001',
        actorId: 'mujahid',
        quote: 'We do not allow anyone to use Afghan soil against any country.',
        date: '2023-02',
        sources: [{ outlet: 'Example News', url: 'https://example.org/a' }],
        stances: [{ claimId: 'safe-havens', stance: 'denies' }],
      },
      {
        id: 'st-002',
        actorId: 'ispr',
        summary: 'The military said militants operate from Afghan territory.',
        date: '2023',
        sources: [{ outlet: 'Example News' }],
        stances: [{ claimId: 'safe-havens', stance: 'asserts' }],
      },
    ],
  };
}

const text = (v: unknown) => JSON.stringify(v, null, 2);

function errorsOf(input: string): PackError[] {
  const r = parsePack(input);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors;
}

/** 1-based line of the first occurrence of `needle` in `s`. */
function lineOf(s: string, needle: string): number {
  return s.slice(0, s.indexOf(needle)).split('\n').length;
}

describe('parsePack', () => {
  it('accepts a good pack and returns it typed', () => {
    const r = parsePack(text(goodPack()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.statements[0]?.quote).toContain('Afghan soil');
    expect(validatePack(goodPack())).toEqual([]);
  });

  it("accepts a curator's note on a source's outlet, and rejects one too long to be a note", () => {
    const p = goodPack();
    p.statements[1]!.sources = [{ outlet: 'Outlet not named', outletNote: 'The article names no outlet.' }];
    expect(validatePack(p)).toEqual([]);
    p.statements[1]!.sources = [{ outlet: 'Outlet not named', outletNote: 'x'.repeat(301) }];
    const errors = errorsOf(text(p));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/outletNote/);
  });

  it('accepts a leading byte-order mark', () => {
    expect(parsePack('\uFEFF' + text(goodPack())).ok).toBe(true);
  });

  it('reports a JSON syntax error with the right line and column', () => {
    const broken = '{\n  "format": "counterpoint-pack"\n  "formatVersion": 1\n}';
    const [e] = errorsOf(broken);
    expect(e).toMatchObject({ line: 3, column: 3 });
    expect(e?.message).toBe('line 3, column 3: expected a comma');
  });

  it('reports a trailing comma and a comment as errors, not as silently accepted', () => {
    expect(errorsOf('{"a": 1,}')[0]?.message).toMatch(/line 1, column 9/);
    expect(errorsOf('// hi\n{}')[0]?.message).toMatch(/comments are not allowed/);
  });

  it('rejects empty text and non-objects clearly', () => {
    expect(errorsOf('')[0]?.message).toMatch(/empty|expected a value/);
    expect(errorsOf('[1,2]')[0]?.message).toMatch(/not a Counterpoint pack/);
  });

  it('rejects a file that is not a pack by its format marker', () => {
    const p = { ...goodPack(), format: 'something-else' };
    const errors = errorsOf(text(p));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/not a Counterpoint pack.*"format" must be "counterpoint-pack"/);
  });

  it('explains a pack from a newer format instead of listing schema errors', () => {
    const p = { ...goodPack(), formatVersion: 3, newField: true };
    expect(errorsOf(text(p))).toEqual([
      {
        message: 'This pack was written by a newer Counterpoint (format 3); this version reads formats up to 2.',
        path: '/formatVersion',
      },
    ]);
  });

  it('names the record, the field and the line of a wrongly typed value', () => {
    const p = goodPack() as unknown as { statements: Record<string, unknown>[] };
    p.statements[1]!.date = '31/01/2023';
    const s = text(p);
    const [e] = errorsOf(s);
    expect(e?.message).toBe(
      `line ${lineOf(s, '"31/01/2023"')}, column 7: statements[1] (id "st-002"), field "date": must look like YYYY, YYYY-MM or YYYY-MM-DD`,
    );
    expect(e).toMatchObject({ recordId: 'st-002', path: '/statements/1/date', line: lineOf(s, '"31/01/2023"') });
  });

  it('reports wrong types in nested fields and unknown enum values', () => {
    const p = goodPack();
    (p.topic as { threshold: unknown }).threshold = 'ten';
    (p.actors[0] as { kind: unknown }).kind = 'wizard';
    p.statements[0]!.sources[0]!.url = 'ftp://x';
    const messages = errorsOf(text(p)).map((e) => e.message);
    expect(messages.some((m) => /field "topic\.threshold": must be a number, not text/.test(m))).toBe(true);
    expect(messages.some((m) => /actors\[0\] \(id "mujahid"\), field "kind": must be one of "person"/.test(m))).toBe(true);
    expect(
      messages.some((m) => /statements\[0\] \(id "st-001"\), field "sources\[0\]\.url": must be a web address/.test(m)),
    ).toBe(true);
  });

  it('reports a missing field once, at the line of its record', () => {
    const p = goodPack() as unknown as { claims: Record<string, unknown>[] };
    delete p.claims[1]!.text;
    const s = text(p);
    const errors = errorsOf(s);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/claims\[1\] \(id "no-foreign-soil"\), field "text": is missing/);
    // The record object starts on the line of its opening brace, just before its "id".
    expect(errors[0]?.line).toBe(lineOf(s, '"id": "no-foreign-soil"') - 1);
  });

  it('reports an unknown field', () => {
    const p = goodPack() as unknown as { actors: Record<string, unknown>[] };
    p.actors[1]!.nickname = 'x';
    expect(errorsOf(text(p))[0]?.message).toMatch(/actors\[1\] \(id "ispr"\), field "nickname": is not a pack field/);
  });

  it('reports dangling actor and claim ids, in stances and in claim links', () => {
    const p = goodPack();
    p.statements[0]!.actorId = 'nobody';
    p.statements[1]!.stances.push({ claimId: 'ghost', stance: 'disputes' });
    p.claims[1]!.links = [{ claimId: 'phantom', relation: 'mirrors' }];
    const s = text(p);
    const errors = errorsOf(s);
    const messages = errors.map((e) => e.message);
    expect(messages).toContain(
      `line ${lineOf(s, '"nobody"')}, column 7: statements[0] (id "st-001"), field "actorId": no actor has the id "nobody"`,
    );
    expect(
      messages.some((m) => m.endsWith('statements[1] (id "st-002"), field "stances[1].claimId": no claim has the id "ghost"')),
    ).toBe(true);
    expect(
      messages.some((m) =>
        m.endsWith('claims[1] (id "no-foreign-soil"), field "links[0].claimId": no claim has the id "phantom"'),
      ),
    ).toBe(true);
  });

  it('reports duplicate ids within a table, naming the first use', () => {
    const p = goodPack();
    p.actors.push({ ...p.actors[0]!, name: 'Another' });
    p.statements[1]!.id = 'st-001';
    const messages = errorsOf(text(p)).map((e) => e.message);
    expect(
      messages.some((m) => m.endsWith('actors[2] (id "mujahid"), field "id": the id "mujahid" is already used by actors[0]')),
    ).toBe(true);
    expect(
      messages.some((m) =>
        m.endsWith('statements[1] (id "st-001"), field "id": the id "st-001" is already used by statements[0]'),
      ),
    ).toBe(true);
  });

  it('allows the same id in two different tables', () => {
    const p = goodPack();
    p.claims[0]!.id = 'mujahid';
    p.statements.forEach((st) => (st.stances[0]!.claimId = 'mujahid'));
    p.claims[1]!.links = [{ claimId: 'mujahid', relation: 'contradicts' }];
    expect(validatePack(p)).toEqual([]);
  });

  it('rejects a statement with both a quote and a summary, or with neither', () => {
    const p = goodPack();
    p.statements[0]!.summary = 'Also a summary.';
    delete p.statements[1]!.summary;
    const messages = validatePack(p).map((e) => e.message);
    expect(messages).toEqual([
      'statements[0] (id "st-001"), field "summary": has both a quote and a summary; a statement is one or the other',
      'statements[1] (id "st-002"): has neither a quote nor a summary',
    ]);
  });

  it('caps the list at 50 errors with a final "and N more"', () => {
    const p = goodPack();
    for (let i = 0; i < 80; i++) p.statements.push({ ...p.statements[0]!, id: `x-${i}`, actorId: 'nobody' });
    const errors = errorsOf(text(p));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors.at(-1)?.message).toBe('and 30 more');
  });

  it('refuses text over 60 MB without parsing it', () => {
    const huge = ' '.repeat(60 * 1024 * 1024 + 1);
    const r = parsePack(huge, 'big.json');
    expect(r).toEqual({ ok: false, errors: [{ message: '"big.json" is too large to be a pack (60 MB; the limit is 60 MB).' }] });
  });

  it('keeps "__proto__" keys as plain data and rejects them as unknown fields', () => {
    const s = text(goodPack()).replace('"id": "mujahid",', '"id": "mujahid", "__proto__": {"polluted": true},');
    const errors = errorsOf(s);
    expect(errors[0]?.message).toMatch(/field "__proto__": is not a pack field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on random JSON values or random text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parsePack(JSON.stringify(v) ?? 'null');
        expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        parsePack(s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random mutations of a good pack', () => {
    const base = goodPack();
    const paths = ['format', 'formatVersion', 'topic', 'actors', 'claims', 'statements', 'version'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (key, v) => {
        const p = { ...base, [key]: v };
        const r = parsePack(JSON.stringify(p));
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('docs/pack.schema.json', () => {
  it('is the schema the validator runs (regenerate with `npx tsx scripts/write-schema.ts`)', async () => {
    const { readFileSync } = await import('node:fs');
    const { Pack } = await import('../../src/core/pack-schema');
    const published = JSON.parse(readFileSync(new URL('../../docs/pack.schema.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const { $schema: _s, title: _t, ...rest } = published;
    expect(rest).toEqual(JSON.parse(JSON.stringify(Pack)));
  });
});
