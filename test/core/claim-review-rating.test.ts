/** A fact-checker's rating as a stance: words first, then the number on its scale, else unrated. */
import { describe, expect, it } from 'vitest';
import { stanceOfScale, stanceOfWords, verdictOf } from '../../src/core/claim-review-rating';

describe('rating words', () => {
  it.each([
    ['False', 'denies'],
    ['FALSE.', 'denies'],
    ['Pants on Fire!', 'denies'],
    ['Fabricated', 'denies'],
    ['Not true', 'denies'],
    ['Misleading', 'disputes'],
    ['Mostly False', 'disputes'],
    ['Partly false', 'disputes'],
    ['Missing context', 'disputes'],
    ['Exaggerated', 'disputes'],
    ['Half True', 'mixed'],
    ['Mixture', 'mixed'],
    ['Unproven', 'mixed'],
    ['Mostly True', 'asserts'],
    ['True', 'asserts'],
    ['Correct', 'asserts'],
    ['Verdadero', undefined],
    ['Four Pinocchios', undefined],
    ['Not rated', undefined],
  ])('%j → %s', (label, stance) => {
    expect(stanceOfWords(label)).toBe(stance);
  });
});

describe('rating scale', () => {
  it.each([
    [1, 5, 1, 'denies'],
    [2, 5, 1, 'disputes'],
    [3, 5, 1, 'mixed'],
    [4, 5, 1, 'asserts'],
    [5, 5, 1, 'asserts'],
    [0, 10, 0, 'denies'],
    [7, 10, 0, 'asserts'],
    // A scale written the other way round: worst is still "false".
    [5, 1, 5, 'denies'],
    [-1, 5, 1, undefined],
    [6, 5, 1, undefined],
    [3, 3, 3, undefined],
  ])('%d on %d..%d → %s', (value, best, worst, stance) => {
    expect(stanceOfScale(value, best, worst)).toBe(stance);
  });
});

describe('verdicts', () => {
  it('reads words before the number', () => {
    expect(verdictOf({ alternateName: 'True', ratingValue: 1 })).toEqual({ stance: 'asserts', basis: 'words', label: 'True' });
  });

  it('reads the number, given as text, where the words are unknown or absent', () => {
    expect(verdictOf({ alternateName: 'Three Pinocchios', ratingValue: '2', bestRating: '5', worstRating: '1' })).toEqual({
      stance: 'disputes',
      basis: 'scale',
      label: 'Three Pinocchios',
    });
    expect(verdictOf({ ratingValue: 1 })).toEqual({ stance: 'denies', basis: 'scale', label: '1 on a scale of 1 to 5' });
  });

  it('keeps mixed and unrated verdicts as qualifies, saying which', () => {
    expect(verdictOf({ alternateName: 'Half true' })).toEqual({ stance: 'qualifies', basis: 'mixed', label: 'Half true' });
    expect(verdictOf({ ratingValue: -1, alternateName: 'Sin calificar' })).toEqual({
      stance: 'qualifies',
      basis: 'unrated',
      label: 'Sin calificar',
    });
    expect(verdictOf(undefined)).toEqual({ stance: 'qualifies', basis: 'unrated' });
  });

  it('uses the rating name where alternateName is missing', () => {
    expect(verdictOf({ name: 'Misleading' }).stance).toBe('disputes');
  });
});
