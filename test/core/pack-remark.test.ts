/**
 * The statement field `remark` (pack format 2): what the validator accepts and refuses, with the
 * line it names, and how a format 1 pack's `same-remark:` keywords are read.
 */
import { describe, expect, it } from 'vitest';
import { liftRemark } from '../../src/core/pack-remark';
import { parsePack } from '../../src/core/pack-validate';
import type { Pack } from '../../src/core/pack-schema';
import { packV1 } from '../db/fixtures';

const text = (v: unknown) => JSON.stringify(v, null, 2);

/** The test pack with `remark` on the statements at `indexes` (st-1 is Mujahid's, st-2 and st-3 ISPR's). */
function withRemark(remark: string, ...indexes: number[]): Pack {
  const pack = packV1();
  for (const i of indexes) pack.statements[i]!.remark = remark;
  return pack;
}

/** The messages `parsePack` gives for pack text, or [] when it accepts it. */
function messages(input: string): string[] {
  const r = parsePack(input);
  return r.ok ? [] : r.errors.map((e) => e.message);
}

/** 1-based line of the `n`-th occurrence of `needle` in `s`. */
function lineOf(s: string, needle: string, n = 1): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = s.indexOf(needle, at + 1);
  return s.slice(0, at).split('\n').length;
}

describe('pack field remark', () => {
  it('accepts statements of one actor sharing a remark, a less precise date agreeing with a precise one', () => {
    const pack = withRemark('ispr-2023-afghan-territory', 1, 2);
    pack.statements[1]!.date = '2024';
    expect(messages(text(pack))).toEqual([]);
  });

  it('refuses a remark id that is not an identifier, at its line', () => {
    const s = text(withRemark('ISPR remark', 1));
    expect(messages(s)).toEqual([
      `line ${lineOf(s, '"remark"')}, column 7: statements[1] (id "st-2"), field "remark": must be an identifier: ` +
        'lower-case letters, digits, dot, dash or underscore, starting with a letter or digit',
    ]);
  });

  it('refuses a remark shared by statements of different actors, naming the statement it clashes with', () => {
    const s = text(withRemark('afghan-soil', 0, 1));
    expect(messages(s)).toEqual([
      `line ${lineOf(s, '"remark"', 2)}, column 7: statements[1] (id "st-2"), field "remark": ` +
        'the remark "afghan-soil" is also "st-1", said by "mujahid"; one remark has one speaker',
    ]);
  });

  it('refuses reports of one remark with dates that cannot be the same day', () => {
    // st-2 is dated 2023, st-3 2024-05.
    const s = text(withRemark('ispr-militants', 1, 2));
    expect(messages(s)).toEqual([
      `line ${lineOf(s, '"remark"', 2)}, column 7: statements[2] (id "st-3"), field "remark": ` +
        'the remark "ispr-militants" is dated 2023 in "st-2"; the reports of one remark share its date',
    ]);
  });
});

describe('format 1 remark keywords', () => {
  it('reads a same-remark keyword as the remark, and leaves the other keywords as they were', () => {
    const pack = packV1();
    pack.statements[1]!.keywords = ['ISPR', 'same-remark:ispr-militants'];
    pack.statements[2]!.keywords = ['same-remark:ispr-militants'];
    pack.statements[2]!.date = '2023-06';
    const r = parsePack(text(pack));
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.pack.statements[1]).toMatchObject({ remark: 'ispr-militants', keywords: ['ISPR'] });
    expect(r.pack.statements[2]!.remark).toBe('ispr-militants');
    expect(r.pack.statements[2]).not.toHaveProperty('keywords');
    expect(r.pack.statements[0]).toEqual(packV1().statements[0]);
  });

  it('checks a keyword-named remark like the field, placing the error at the keyword', () => {
    const pack = packV1();
    pack.statements[0]!.keywords = ['same-remark:afghan-soil'];
    pack.statements[1]!.keywords = ['same-remark:afghan-soil', 'same-remark:Not An Id'];
    const s = text(pack);
    expect(messages(s)).toEqual([
      `line ${lineOf(s, '"same-remark:Not An Id"')}, column 9: statements[1] (id "st-2"), field "keywords[1]": ` +
        '"same-remark:Not An Id" names no valid remark id (lower-case letters, digits, ".", "-", "_")',
      `line ${lineOf(s, '"same-remark:afghan-soil"', 2)}, column 9: statements[1] (id "st-2"), field "keywords[0]": ` +
        'the remark "afghan-soil" is also "st-1", said by "mujahid"; one remark has one speaker',
    ]);
  });

  it('refuses a keyword naming another remark than the field', () => {
    const pack = withRemark('ispr-militants', 1);
    pack.statements[1]!.keywords = ['same-remark:ispr-other'];
    expect(messages(text(pack))).toEqual([
      expect.stringMatching(/field "keywords\[0\]": names the remark "ispr-other", but this statement reports "ispr-militants"$/),
    ]);
  });

  it('lifts nothing from a statement that has no remark keyword', () => {
    const st = packV1().statements[0]!;
    expect(liftRemark(st)).toBe(st);
  });
});
