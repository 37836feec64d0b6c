import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/quote-sentences';
import { isAbbreviation, isSpace, type Span } from '../../src/core/sentence-tokens';

/**
 * The sentence splitter as it reads one character at a time, without the jumps to the next terminal
 * that make splitSentences fast: the two must cut every paragraph (with no quotes) alike.
 */
function reference(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  const skip = (i: number) => {
    while (i < para.end && isSpace(text[i])) i++;
    return i;
  };
  const startsSentence = (i: number) => {
    const j = skip(i);
    if (j === i && j < para.end) return false;
    return j >= para.end || /[\p{Lu}\p{N}“"«‘]/u.test(text[j] ?? '');
  };
  const ends = (i: number) => {
    if (!startsSentence(i + 1)) return false;
    if (text[i] !== '.') return true;
    let j = i;
    while (j > para.start && i - j < 15 && (/\p{L}/u.test(text[j - 1]!) || text[j - 1] === '.')) j--;
    if (/^\p{Lu}$/u.test(text.slice(j, i)) && /[“"«]/.test(text[skip(i + 1)] ?? '')) return true;
    return j === i || !isAbbreviation(text.slice(j, i));
  };
  const cut = (end: number) => {
    out.push({ start, end });
    start = skip(end);
  };
  for (let i = para.start; i < para.end;) {
    const ch = text[i]!;
    if ('.!?'.includes(ch) && ends(i)) cut(i + 1);
    else if (i - start > 2000 && (isSpace(ch) || i - start > 4000)) cut(i);
    i++;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}

describe('splitSentences', () => {
  const pieces = [
    'Kabul',
    'said',
    'the',
    'U.S.',
    'Mr.',
    'F.',
    'X.',
    '"',
    'talks',
    'failed',
    '.',
    '!',
    '?',
    ' ',
    '  ',
    '23',
    'x'.repeat(300),
  ];
  it('ends a sentence at a lone capital before a quote mark, and not at an initial before a name', () => {
    const cuts = (text: string) =>
      splitSentences(text, { start: 0, end: text.length }, []).map((s) => text.slice(s.start, s.end));
    expect(cuts('He wrote on X. "We reject it."')).toEqual(['He wrote on X.', '"We reject it."']);
    expect(cuts('Pentagon spokesman John F. Kirby said so.')).toHaveLength(1);
  });

  it('ends a sentence at a lone capital after a preposition: a name, not an initial', () => {
    const cuts = (text: string) =>
      splitSentences(text, { start: 0, end: text.length }, []).map((s) => text.slice(s.start, s.end));
    expect(cuts('He wrote on X. Mujahid has often said so.')).toEqual(['He wrote on X.', 'Mujahid has often said so.']);
    expect(cuts('It was posted via X. The ministry said so.')).toHaveLength(2);
    // An initial follows a name or a title, never a preposition.
    expect(cuts('A letter from Gen. Ashfaq P. Kayani said so.')).toHaveLength(1);
  });

  it('cuts a paragraph where reading it character by character cuts it, long sentences included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
        const text = parts.join(' ');
        const para = { start: 0, end: text.length };
        const got = splitSentences(text, para, []).map(({ start, end }) => ({ start, end }));
        expect(got).toEqual(reference(text, para));
      }),
      { numRuns: 400 },
    );
  });

  it('cuts a paragraph of megabytes with no full stop into bounded sentences', () => {
    const text = 'word '.repeat(400_000);
    const sentences = splitSentences(text, { start: 0, end: text.length }, []);
    expect(sentences.length).toBeGreaterThan(400);
    expect(sentences.every((s) => s.end - s.start <= 4001)).toBe(true);
  });
});
