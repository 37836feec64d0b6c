/**
 * The background's gate (src/background/guard.ts) against forged senders and malformed
 * payloads: a content script (which runs beside an untrusted page and may be fed anything by it)
 * can only analyse, focus a quote and open or close its own tab's sidebar; nothing it sends with
 * the wrong shape or size reaches a handler.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { ALLOWED, MAX_TEXT, VALID, senderOrigin, type Origin } from '../../src/background/guard';
import type { BackgroundCalls } from '../../src/shared/protocol';
import { isEnvelope } from '../../src/shared/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

const sender = (s: Partial<Runtime.MessageSender>): Runtime.MessageSender => s as Runtime.MessageSender;
const tab = (id = 7) =>
  ({
    id,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
  }) as Runtime.MessageSender['tab'];

/** What the background's onMessage listener does before running a handler. */
function admitted(type: keyof BackgroundCalls, s: Runtime.MessageSender, payload: unknown): boolean {
  const origin = senderOrigin(s, ORIGIN);
  return ALLOWED[type].includes(origin) && VALID[type](payload);
}

describe('senderOrigin', () => {
  it('classifies the real senders', () => {
    expect(senderOrigin(sender({ id: ID, url: 'https://www.dawn.com/news/1', tab: tab() }), ORIGIN)).toBe('content');
    expect(senderOrigin(sender({ id: ID, url: `${ORIGIN}/sidebar.html`, tab: tab() }), ORIGIN)).toBe('extension-frame');
    expect(senderOrigin(sender({ id: ID, url: `${ORIGIN}/options.html` }), ORIGIN)).toBe('extension-page');
    // The options page opens in a tab of its own: the top frame of that tab.
    expect(senderOrigin(sender({ id: ID, url: `${ORIGIN}/options.html`, tab: tab(), frameId: 0 }), ORIGIN)).toBe(
      'extension-page',
    );
    // The sidebar is a frame in a web page's tab, whatever it claims.
    expect(senderOrigin(sender({ id: ID, url: `${ORIGIN}/sidebar.html`, tab: tab(), frameId: 3 }), ORIGIN)).toBe(
      'extension-frame',
    );
  });

  it('gives another extension nothing, whatever URL it claims', () => {
    expect(
      senderOrigin(
        sender({
          id: 'otherextensionidotherextensionid',
          url: `${ORIGIN}/options.html`,
        }),
        ORIGIN,
      ),
    ).toBe('unknown');
    expect(
      senderOrigin(
        sender({
          id: 'otherextensionidotherextensionid',
          url: 'https://x.test/',
          tab: tab(),
        }),
        ORIGIN,
      ),
    ).toBe('unknown');
  });

  it('does not take a look-alike origin for the extension', () => {
    // A URL that merely starts with our origin's text is another origin.
    for (const url of [`${ORIGIN}x/options.html`, `${ORIGIN}.evil.test/options.html`, `${ORIGIN}@evil.test/`]) {
      expect(senderOrigin(sender({ id: ID, url }), ORIGIN)).toBe('unknown');
      expect(senderOrigin(sender({ id: ID, url, tab: tab() }), ORIGIN)).not.toMatch(/^extension/);
    }
  });

  it('gives a sender with neither tab nor extension URL nothing', () => {
    expect(senderOrigin(sender({ id: ID }), ORIGIN)).toBe('unknown');
    expect(senderOrigin(sender({ id: ID, url: 'https://x.test/' }), ORIGIN)).toBe('unknown');
    expect(
      senderOrigin(
        sender({
          id: ID,
          url: 'https://x.test/',
          tab: { id: undefined } as never,
        }),
        ORIGIN,
      ),
    ).toBe('unknown');
  });
});

describe('ALLOWED', () => {
  it('lets a content script only analyse, focus a quote, open or close its sidebar and offer its fact-check markup', () => {
    const forContent = (Object.keys(ALLOWED) as (keyof BackgroundCalls)[]).filter((k) => ALLOWED[k].includes('content')).sort();
    expect(forContent).toEqual(['analysePage', 'focusQuote', 'offerFactChecks', 'setSidebarOpen']);
  });

  it('lets only the sidebar add a fact-check, and only the options page take one or rank claims', () => {
    expect(ALLOWED.addFactCheck).toEqual(['extension-frame']);
    expect(ALLOWED.takeFactCheck).toEqual(['extension-page']);
    expect(ALLOWED.rankClaims).toEqual(['extension-page']);
  });

  it('refuses setSiteEnabled from a content script and from unknown senders', () => {
    const content = sender({ id: ID, url: 'https://evil.test/', tab: tab() });
    expect(admitted('setSiteEnabled', content, { enabled: false })).toBe(false);
    expect(admitted('setSiteEnabled', sender({ id: 'other' }), { enabled: false })).toBe(false);
    expect(admitted('setSiteEnabled', sender({ id: ID, url: `${ORIGIN}/sidebar.html`, tab: tab() }), { enabled: false })).toBe(
      true,
    );
  });

  it('allows nothing to an unknown sender', () => {
    for (const k of Object.keys(ALLOWED) as (keyof BackgroundCalls)[]) expect(ALLOWED[k]).not.toContain<Origin>('unknown');
  });
});

describe('VALID', () => {
  const content = sender({ id: ID, url: 'https://evil.test/a', tab: tab() });

  it('accepts the shapes the extension sends', () => {
    expect(
      admitted('analysePage', content, {
        url: 'https://evil.test/a',
        title: 't',
        text: 'x',
      }),
    ).toBe(true);
    expect(admitted('focusQuote', content, { index: 0 })).toBe(true);
    expect(admitted('setSidebarOpen', content, { open: true })).toBe(true);
    expect(
      admitted('offerFactChecks', content, { url: 'https://evil.test/a', title: 't', blocks: ['{"@type":"ClaimReview"}'] }),
    ).toBe(true);
    expect(VALID.takeFactCheck({ token: '0123456789abcdef01234567' })).toBe(true);
    expect(VALID.rankClaims({ texts: ['Afghan soil is used against Pakistan'] })).toBe(true);
  });

  it('refuses oversized text, URL and title', () => {
    expect(
      VALID.analysePage({
        url: 'u',
        title: 't',
        text: 'x'.repeat(MAX_TEXT + 1),
      }),
    ).toBe(false);
    expect(VALID.analysePage({ url: 'u'.repeat(8192), title: 't', text: '' })).toBe(false);
    expect(VALID.analysePage({ url: 'u', title: 't'.repeat(4096), text: '' })).toBe(false);
    expect(VALID.analysePage({ url: 'u', title: 't', text: 'x'.repeat(MAX_TEXT) })).toBe(true);
  });

  it('refuses wrong shapes', () => {
    const bad: [keyof BackgroundCalls, unknown][] = [
      ['analysePage', null],
      ['analysePage', { url: 1, title: 't', text: 'x' }],
      ['analysePage', { url: 'u', title: 't', text: ['x'] }],
      ['analysePage', { url: 'u', title: 't', text: { length: 1 } }],
      ['focusQuote', { index: -1 }],
      ['focusQuote', { index: 1.5 }],
      ['focusQuote', { index: '0' }],
      ['focusQuote', { index: 1e9 }],
      ['focusQuote', { index: Number.NaN }],
      ['setSidebarOpen', { open: 'true' }],
      ['setSidebarOpen', {}],
      ['revealQuote', { index: null }],
      ['setSiteEnabled', { enabled: 1 }],
      ['corpusChanged', null],
      ['corpusChanged', 'x'],
      ['offerFactChecks', { url: 'u', title: 't', blocks: 'x' }],
      ['offerFactChecks', { url: 'u', title: 't', blocks: [1] }],
      ['offerFactChecks', { url: 'u', title: 't', blocks: Array.from({ length: 51 }, () => '{}') }],
      ['offerFactChecks', { url: 'u', title: 't', blocks: ['x'.repeat(300_000), 'x'.repeat(300_000)] }],
      ['takeFactCheck', { token: '../x' }],
      ['takeFactCheck', { token: 'abc' }],
      ['rankClaims', { texts: [1] }],
      ['rankClaims', { texts: ['x'.repeat(4001)] }],
    ];
    for (const [type, payload] of bad) expect(VALID[type](payload), `${type} ${JSON.stringify(payload)}`).toBe(false);
  });

  it('never throws and never admits a content script to a privileged call, for any payload', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(VALID) as (keyof BackgroundCalls)[])), fc.anything(), (type, payload) => {
        const ok = VALID[type](payload);
        expect(typeof ok).toBe('boolean');
        if (!ALLOWED[type].includes('content')) expect(admitted(type, content, payload)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('the envelope check rejects non-envelopes without throwing', () => {
    fc.assert(fc.property(fc.anything(), (v) => void isEnvelope(v)));
    expect(isEnvelope({ cp: 1, type: 'focusQuote', payload: null })).toBe(false);
    expect(isEnvelope({ cp: '1', type: 'focusQuote', payload: {} })).toBe(false);
    expect(isEnvelope({ cp: 1, type: 'focusQuote', payload: { index: 0 } })).toBe(true);
  });
});
