/** A claim's verdicts out as ClaimReview JSON-LD, and back in through the importer unchanged in meaning. */
import { describe, expect, it } from 'vitest';
import { claimReviewsOf } from '../../src/core/claim-review-export';
import { readClaimReviews } from '../../src/core/claim-review-pack';
import type { Actor, Claim, Statement } from '../../src/core/pack-schema';

const actors = new Map<string, Actor>(
  [
    { id: 'desk', name: 'Frontier Fact Desk', aliases: [], kind: 'organisation' },
    { id: 'post', name: 'Hill Post', aliases: [], kind: 'media' },
    { id: 'ministry', name: 'A Ministry', aliases: [], kind: 'government-body' },
    { id: 'rahim', name: 'Rahim Gul', aliases: [], kind: 'person' },
  ].map((a) => [a.id, a as Actor]),
);
const claim: Claim = { id: 'rifles', text: 'Left-behind rifles arm militants', tags: [], cues: [] };
const st = (id: string, actorId: string, stance: Statement['stances'][0]['stance'], date: string, url?: string): Statement => ({
  id,
  actorId,
  summary: `Summary ${id}.`,
  date,
  sources: [{ outlet: 'Somewhere', ...(url ? { url } : {}) }],
  stances: [{ claimId: 'rifles', stance }],
});

describe('ClaimReview export', () => {
  const statements = [
    st('s1', 'desk', 'denies', '2024-03-05', 'https://desk.example/1'),
    st('s2', 'post', 'qualifies', '2024-04'),
    st('s3', 'ministry', 'denies', '2024-03-01'),
    st('s4', 'rahim', 'asserts', '2024-02-28', 'https://social.example/1'),
    { ...st('s5', 'desk', 'asserts', '2024-01-01'), stances: [{ claimId: 'other', stance: 'asserts' as const }] },
  ];

  it('writes the organisations’ statements on the claim as reviews, newest first, with their ratings', () => {
    const doc = claimReviewsOf(claim, statements, actors);
    expect(doc['@context']).toBe('https://schema.org');
    const graph = doc['@graph'] as Record<string, unknown>[];
    expect(graph.map((r) => r.datePublished)).toEqual(['2024-04', '2024-03-05']);
    expect(graph[1]).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://desk.example/1',
      claimReviewed: claim.text,
      author: { '@type': 'Organization', name: 'Frontier Fact Desk' },
      reviewRating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      reviewBody: 'Summary s1.',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Rahim Gul' },
        appearance: [{ url: 'https://social.example/1' }],
      },
    });
    expect(graph[0]!.author).toEqual({ '@type': 'NewsMediaOrganization', name: 'Hill Post' });
  });

  it('reads back as the same verdicts', () => {
    const text = JSON.stringify(claimReviewsOf(claim, statements, actors));
    const back = readClaimReviews(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.reviews.map((r) => [r.reviewer.name, r.verdict.stance, r.date, r.claimant?.name])).toEqual([
      ['Hill Post', 'qualifies', '2024-04', 'Rahim Gul'],
      ['Frontier Fact Desk', 'denies', '2024-03-05', 'Rahim Gul'],
    ]);
  });

  it('counts as verdicts only the statements the caller calls the reader’s own (not a bundled corpus’s reports)', () => {
    const doc = claimReviewsOf(claim, statements, actors, (s) => s.id !== 's2');
    expect((doc['@graph'] as { author: { name: string } }[]).map((r) => r.author.name)).toEqual(['Frontier Fact Desk']);
  });

  it('has no reviews for a claim no organisation rated', () => {
    expect(claimReviewsOf(claim, [statements[2]!, statements[3]!], actors)['@graph']).toEqual([]);
  });
});
