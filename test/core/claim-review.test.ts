/**
 * ClaimReview in: the shapes real fact-check markup takes (one object, a list, an @graph, a saved
 * page's ld+json blocks; author as text, object or list; ratings as words or numbers; @type as a
 * list; http and https schema.org), the errors a bad file gets, and the pack it becomes.
 * Every review here is made up for the test, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { readClaimReviews, claimReviewPack, type ReadReview } from '../../src/core/claim-review-pack';
import { validatePack } from '../../src/core/pack-validate';
import type { Actor, Claim } from '../../src/core/pack-schema';

/** A review in the usual shape, with fields replaced or removed by `patch`. */
function review(patch: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factdesk.example/checks/border-rifles',
    datePublished: '2024-03-05T09:30:00+05:00',
    claimReviewed: 'Rifles left behind by foreign troops now arm the militants who cross the border',
    author: { '@type': 'Organization', name: 'Frontier Fact Desk', url: 'https://factdesk.example' },
    reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Rahim Gul' },
      datePublished: '2024-02-28',
      appearance: [{ '@type': 'CreativeWork', url: 'https://social.example/posts/991', headline: 'A post about rifles' }],
    },
  };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return base;
}

const json = (v: unknown) => JSON.stringify(v, null, 2);

function read(text: string): ReadReview[] {
  const r = readClaimReviews(text, 'checks.json');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.reviews;
}

function errorsOf(text: string): string[] {
  const r = readClaimReviews(text, 'checks.json');
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map((e) => e.message);
}

describe('finding reviews', () => {
  it('reads one object, a list and an @graph alike', () => {
    expect(read(json(review()))).toHaveLength(1);
    expect(read(json([review(), review({ claimReviewed: 'Another claim about the border crossing' })]))).toHaveLength(2);
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage', name: 'x' }, review(), review({ url: 'https://factdesk.example/2' })],
    };
    expect(read(json(graph)).map((r) => r.source.url)).toEqual([
      'https://factdesk.example/checks/border-rifles',
      'https://factdesk.example/2',
    ]);
  });

  it('reads @type as a list and with the schema.org prefix, over http or https', () => {
    for (const type of [
      ['ClaimReview', 'Review'],
      'http://schema.org/ClaimReview',
      'https://schema.org/ClaimReview',
      'schema:ClaimReview',
    ]) {
      expect(read(json(review({ '@type': type })))).toHaveLength(1);
    }
  });

  it('finds a review nested in a page object (mainEntity)', () => {
    const page = { '@context': 'http://schema.org', '@type': 'WebPage', mainEntity: review() };
    expect(read(json(page))[0]!.reviewer.name).toBe('Frontier Fact Desk');
  });

  it('reads the ld+json blocks of a saved page, skipping other scripts and broken blocks that are not reviews', () => {
    const html = `<!doctype html><html><head><title>Check</title>
<script>var notData = { "@type": "ClaimReview" };</script>
<script type="application/ld+json">{ "@type": "Organization", "name": "Desk", }</script>
<script type='application/ld+json'>
${json(review())}
</script>
<script type=application/ld+json><!--
${json(review({ claimReviewed: 'A second claim on the same page' }))}
--></script>
</head><body><p>Text</p></body></html>`;
    const reviews = read(html);
    expect(reviews.map((r) => r.claimText)).toEqual([review().claimReviewed, 'A second claim on the same page']);
    // Lines point into the page: the first review's object starts on line 5.
    expect(reviews[0]!.line).toBe(5);
  });

  it('reads the claims a fact-check search tool exports, each with its reviews', () => {
    const exported = {
      claims: [
        {
          text: 'Rifles left behind arm the militants',
          claimant: 'Rahim Gul',
          claimDate: '2024-02-27T00:00:00Z',
          claimReview: [
            {
              publisher: { name: 'Valley Verify', site: 'vv.example' },
              url: 'https://vv.example/1',
              title: 'On the rifles',
              reviewDate: '2024-03-01T00:00:00Z',
              textualRating: 'False',
              languageCode: 'en',
            },
            {
              publisher: { name: 'Hill Post' },
              url: 'https://hill.example/2',
              reviewDate: '2024-03-02',
              textualRating: 'Half true',
            },
          ],
        },
      ],
    };
    const reviews = read(json(exported));
    expect(
      reviews.map((r) => [r.reviewer.name, r.verdict.stance, r.date, r.claimant?.name, r.claimDate, r.source.title]),
    ).toEqual([
      ['Valley Verify', 'denies', '2024-03-01', 'Rahim Gul', '2024-02-27', 'On the rifles'],
      ['Hill Post', 'qualifies', '2024-03-02', 'Rahim Gul', '2024-02-27', undefined],
    ]);
    expect(reviews.every((r) => r.claimText === 'Rifles left behind arm the militants')).toBe(true);
  });

  it('says so when a file holds no review', () => {
    expect(errorsOf(json({ '@type': 'NewsArticle', headline: 'x' }))[0]).toMatch(/holds no schema.org ClaimReview/);
    expect(errorsOf('<html><body>nothing</body></html>')[0]).toMatch(/no <script type="application\/ld\+json"> block/);
  });

  it('names the line of a JSON syntax error, in a file and in a page block that holds a review', () => {
    expect(errorsOf('{\n  "@type": "ClaimReview",\n  "claimReviewed": "x"\n  "url": "https://a.example"\n}')[0]).toMatch(
      /^line 4, column 3: expected a comma/,
    );
    const html =
      '<html>\n<script type="application/ld+json">\n{ "@type": "ClaimReview", "claimReviewed": "x" "url": 1 }\n</script>';
    expect(errorsOf(html)[0]).toMatch(/^line 3, column \d+: expected a comma/);
  });
});

describe('reading fields', () => {
  it('reads the usual review', () => {
    const [r] = read(json(review()));
    expect(r).toMatchObject({
      claimText: review().claimReviewed,
      reviewer: { name: 'Frontier Fact Desk', kind: 'organisation' },
      claimant: { name: 'Rahim Gul', kind: 'person' },
      verdict: { stance: 'disputes', basis: 'words', label: 'Misleading' },
      date: '2024-03-05',
      claimDate: '2024-02-28',
      source: { outlet: 'Frontier Fact Desk', url: 'https://factdesk.example/checks/border-rifles' },
      appearances: [{ outlet: 'social.example', url: 'https://social.example/posts/991', title: 'A post about rifles' }],
    });
    expect(r!.text).toBeUndefined();
  });

  it('takes the author as text, as an object or from a list (the organisation first), else the publisher', () => {
    expect(read(json(review({ author: 'Valley Verify' })))[0]!.reviewer.name).toBe('Valley Verify');
    const list = [
      { '@type': 'Person', name: 'A. Writer' },
      { '@type': ['Organization'], name: 'Valley Verify' },
    ];
    expect(read(json(review({ author: list })))[0]!.reviewer).toEqual({ name: 'Valley Verify', kind: 'organisation' });
    const byPublisher = review({
      author: { '@type': 'Person', name: 'A. Writer' },
      publisher: { '@type': 'NewsMediaOrganization', name: 'Hill Post' },
    });
    expect(read(json(byPublisher))[0]!.reviewer).toEqual({ name: 'Hill Post', kind: 'media' });
    expect(read(json(review({ author: undefined, publisher: 'Hill Post' })))[0]!.reviewer.name).toBe('Hill Post');
  });

  it('falls back for missing fields: the claim from itemReviewed, the date from dateModified, no claimant', () => {
    const r = read(
      json(
        review({
          claimReviewed: undefined,
          itemReviewed: { '@type': 'Claim', name: 'Words of the claim' },
          datePublished: undefined,
          dateModified: '2023-11',
        }),
      ),
    )[0]!;
    expect(r.claimText).toBe('Words of the claim');
    expect(r.date).toBe('2023-11');
    expect(r.claimant).toBeUndefined();
    expect(r.appearances).toEqual([]);
  });

  it('uses the page address and title when a review read from a page gives none', () => {
    const r = readClaimReviews(json(review({ url: undefined })), undefined, { url: 'https://page.example/a', title: 'The page' });
    expect(r.ok && r.reviews[0]!.source).toEqual({
      outlet: 'Frontier Fact Desk',
      url: 'https://page.example/a',
      title: 'The page',
    });
  });

  it('reads firstAppearance and appearance (as one object or a list), without repeats', () => {
    const item = {
      '@type': 'Claim',
      firstAppearance: {
        '@type': 'CreativeWork',
        url: 'https://a.example/1',
        datePublished: '2024-01-02',
        publisher: { name: 'A Daily' },
      },
      appearance: [
        { url: 'https://a.example/1' },
        'https://b.example/2',
        { '@id': 'https://c.example/3' },
        { name: 'no address' },
      ],
    };
    const r = read(json(review({ itemReviewed: item })))[0]!;
    expect(r.appearances.map((a) => [a.outlet, a.url])).toEqual([
      ['A Daily', 'https://a.example/1'],
      ['b.example', 'https://b.example/2'],
      ['c.example', 'https://c.example/3'],
    ]);
    expect(r.claimDate).toBe('2024-01-02');
  });

  it('keeps the review text only where the file gives it', () => {
    expect(read(json(review({ reviewBody: 'Our check found the rifles came from elsewhere.' })))[0]!.text).toBe(
      'Our check found the rifles came from elsewhere.',
    );
    expect(read(json(review({ description: 'Short note.' })))[0]!.text).toBe('Short note.');
  });
});

describe('errors name the review, the field and the line', () => {
  it('a missing claim', () => {
    const [msg] = errorsOf(json([review(), review({ claimReviewed: undefined })]));
    expect(msg).toMatch(/^line \d+, column \d+: review 2 of 2, field "claimReviewed": is missing/);
  });

  it('a missing fact-checker', () => {
    expect(errorsOf(json(review({ author: undefined })))[0]).toMatch(/review 1, field "author": is missing/);
    expect(errorsOf(json(review({ author: { '@type': 'Organization' } })))[0]).toMatch(/field "author"/);
  });

  it('a missing or unreadable date, on its line', () => {
    expect(errorsOf(json(review({ datePublished: undefined })))[0]).toMatch(/field "datePublished": is missing/);
    const text = json(review({ datePublished: 'last Tuesday' }));
    const line = text.split('\n').findIndex((l) => l.includes('"datePublished"')) + 1;
    expect(errorsOf(text)[0]).toMatch(
      new RegExp(
        `^line ${line}, column 3: review 1, field "datePublished": must be a date such as 2024-03-05, not "last Tuesday"`,
      ),
    );
    expect(errorsOf(json(review({ datePublished: '2024-13-01' })))[0]).toMatch(/datePublished/);
  });

  it('an address that is not http(s)', () => {
    expect(errorsOf(json(review({ url: 'javascript:alert(1)' })))[0]).toMatch(
      /field "url": must be an http:\/\/ or https:\/\/ address/,
    );
  });

  it('lists every bad review, all or nothing', () => {
    const errors = errorsOf(json([review({ claimReviewed: undefined }), review(), review({ author: undefined })]));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/review 1 of 3/);
    expect(errors[1]).toMatch(/review 3 of 3/);
  });
});

const KNOWN: { actors: Actor[]; claims: Claim[] } = {
  actors: [
    { id: 'frontier-fact-desk', name: 'Frontier Fact-Desk', aliases: ['FFD'], kind: 'organisation' },
    { id: 'rahim-gul', name: 'Rahim Gul Khan', aliases: ['Rahim Gul'], kind: 'person' },
  ],
  claims: [
    {
      id: 'rifles-arm-militants',
      text: 'Left-behind rifles arm militants',
      tags: [],
      cues: ['rifles'],
      links: [{ claimId: 'rifles-sold', relation: 'contradicts' }],
    },
    { id: 'rifles-sold', text: 'The rifles were sold on', tags: [], cues: [] },
    { id: 'unrelated', text: 'Something else', tags: [], cues: [] },
  ],
};

describe('the pack a file becomes', () => {
  it('matches actors by name and alias, uses the chosen claim with the claims it links to, and validates', () => {
    const reviews = read(json(review()));
    const { pack, plans } = claimReviewPack(reviews, KNOWN, ['rifles-arm-militants'], '2026-12-04');
    expect(validatePack(pack)).toEqual([]);
    expect(plans[0]).toMatchObject({
      reviewer: { id: 'frontier-fact-desk', existing: true },
      claimant: { id: 'rahim-gul', existing: true },
      claim: { id: 'rifles-arm-militants', existing: true },
    });
    expect(pack.claims.map((c) => c.id).sort()).toEqual(['rifles-arm-militants', 'rifles-sold']);
    const verdict = pack.statements.find((s) => s.id === plans[0]!.statementId)!;
    expect(verdict).toMatchObject({
      actorId: 'frontier-fact-desk',
      date: '2024-03-05',
      stances: [{ claimId: 'rifles-arm-militants', stance: 'disputes' }],
    });
    expect(verdict.summary).toBe('Fact-check of the claim: rated “Misleading”.');
    expect(verdict.quote).toBeUndefined();
    const made = pack.statements.find((s) => s.actorId === 'rahim-gul')!;
    expect(made).toMatchObject({
      date: '2024-02-28',
      stances: [{ claimId: 'rifles-arm-militants', stance: 'asserts' }],
      sources: [{ url: 'https://social.example/posts/991' }],
    });
  });

  it('makes a new claim and new actors where the reader chose none, the same ones for the same names', () => {
    const reviews = read(
      json([
        review({ author: 'Valley Verify' }),
        review({ author: 'Valley Verify', url: 'https://vv.example/2', itemReviewed: { author: 'A Channel' } }),
      ]),
    );
    const { pack, plans } = claimReviewPack(reviews, KNOWN, [undefined, undefined], '2026-12-04');
    expect(validatePack(pack)).toEqual([]);
    expect(plans[0]!.claim).toEqual(plans[1]!.claim);
    expect(plans[0]!.claim.existing).toBe(false);
    expect(pack.claims).toEqual([{ id: plans[0]!.claim.id, text: review().claimReviewed, tags: ['fact-check'], cues: [] }]);
    expect(pack.actors.filter((a) => a.name === 'Valley Verify')).toEqual([
      { id: 'cr-valley-verify', name: 'Valley Verify', aliases: [], kind: 'organisation', role: 'Fact-checker' },
    ]);
    // A claimant without a date or appearances: the fact-check's date, said so, and the fact-check as the source.
    const made = pack.statements.find((s) => s.actorId === plans[1]!.claimant!.id)!;
    expect(made).toMatchObject({ date: '2024-03-05', sources: [{ url: 'https://vv.example/2' }] });
    expect(made.dateNote).toMatch(/on or before/);
  });

  it('gives the same ids to the same review, so importing it again changes nothing', () => {
    const a = claimReviewPack(read(json(review())), KNOWN, [undefined], '2026-12-04').pack;
    const b = claimReviewPack(
      read(json(review())),
      { actors: KNOWN.actors, claims: [...KNOWN.claims, ...a.claims] },
      [undefined],
      '2026-12-05',
    ).pack;
    expect(b.statements.map((s) => s.id)).toEqual(a.statements.map((s) => s.id));
    expect(b.claims).toEqual(a.claims);
  });

  it('keeps the text of the review as the summary, and cuts what is too long for a pack', () => {
    const long = 'word '.repeat(200).trim();
    const { pack } = claimReviewPack(
      read(json(review({ reviewBody: 'In our reading, the rifles were not the ones shown.', claimReviewed: long }))),
      KNOWN,
      [undefined],
      '2026-12-04',
    );
    expect(validatePack(pack)).toEqual([]);
    expect(pack.statements[0]!.summary).toBe('In our reading, the rifles were not the ones shown.');
    expect(pack.claims[0]!.text.length).toBeLessThanOrEqual(300);
    expect(pack.claims[0]!.text.endsWith('…')).toBe(true);
  });

  it('takes an unknown claim id as a new claim', () => {
    const { plans } = claimReviewPack(read(json(review())), KNOWN, ['no-such-claim'], '2026-12-04');
    expect(plans[0]!.claim.existing).toBe(false);
  });
});
