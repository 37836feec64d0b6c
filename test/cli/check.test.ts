/** The `check` command: what the sidebar would show, for pack authors and scripts. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../scripts/check';

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'cp-check-'));

describe('npm run check', () => {
  it('prints one JSON line per input with quotes, speakers and counter-claims', async () => {
    const status = await main(['--json', 'fixtures/pages/seed-003-us-arms/source.html']);
    expect(status).toBe(0);
    const line = JSON.parse(out[0]!);
    expect(line.onTopic).toBe(true);
    expect(line.actors.map((a: { id: string }) => a.id)).toContain('shafqat-ali-khan');
    const proof = line.quotes.find((q: { text: string }) => q.text.startsWith('We have given sufficient proof'));
    expect(proof.speaker).toBe('Shafqat Ali Khan');
    expect(proof.related.some((r: { relation: string }) => r.relation === 'counter')).toBe(true);
    for (const r of proof.related) expect('quote' in r !== 'summary' in r).toBe(true);
  });

  it('reads article text with the title on the first line', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(
      file,
      'Title\nHamdullah Fitrat, the deputy Taliban spokesperson, dismissed claims from Islamabad.\nPakistan blames the TTP for attacks launched from Afghan soil near the border, and militants crossed again.',
    );
    expect(await main(['--json', file])).toBe(0);
    expect(JSON.parse(out[0]!).input).toBe(file);
  });

  it('reports a missing or empty file, goes on with the others, and exits non-zero', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n');
    const status = await main(['--json', join(dir, 'nope.html'), empty, 'fixtures/pages/seed-003-us-arms/source.html']);
    expect(status).toBe(1);
    expect(err.join('\n')).toMatch(/nope\.html: no such file/);
    expect(err.join('\n')).toMatch(/empty\.txt: the input is empty/);
    expect(out.map((l) => JSON.parse(l)).filter((l) => l.onTopic)).toHaveLength(1);
  });

  it('with --explain, says what became of every remark read and why, with the evidence it weighed', async () => {
    const file = join(dir, 'explain.txt');
    writeFileSync(
      file,
      'Kabul and Islamabad trade charges\n' +
        'PESHAWAR: Pakistan and the Afghan Taliban traded accusations after militants attacked a checkpost in North Waziristan, the latest of the cross-border attacks Islamabad blames on the TTP.\n' +
        '"Nobody is allowed to use Afghan soil against any country," Taliban spokesman Zabihullah Mujahid said.\n' +
        '"Why would we shelter people who kill our own brothers?" Mujahid asked.',
    );
    expect(await main(['--explain', file])).toBe(0);
    const printed = out.join('\n');
    expect(printed).toMatch(/Every remark read \(2\)/);
    expect(printed).toMatch(/\[card\] “Nobody is allowed[^\n]*— Zabihullah Mujahid\n\s+afghan-soil-used-by-ttp, denies/);
    expect(printed).toMatch(/· afghan-soil-used-by-ttp [\d.]+ \([^)]*frame met/);
    expect(printed).toMatch(/\[not read\] “Why would we[^\n]*\n\s+a question/);

    out.length = 0;
    expect(await main(['--json', '--explain', file])).toBe(0);
    const line = JSON.parse(out[0]!);
    expect(line.explain.map((x: { decision: { outcome: string } }) => x.decision.outcome)).toEqual(['card', 'not-read']);
    expect(line.explain[0].evidence[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', frame: 'met' });
    out.length = 0;
    expect(await main(['--json', file])).toBe(0);
    expect(JSON.parse(out[0]!).explain).toBeUndefined();
  });

  it('refuses a malformed pack with a message naming the line', async () => {
    const bad = join(dir, 'bad-pack.json');
    writeFileSync(bad, '{"format": "counterpoint-pack",\n  "id": }');
    expect(await main(['--pack', bad, 'fixtures/pages/seed-003-us-arms/source.html'])).toBe(2);
    expect(err.join('\n')).toMatch(/line 2/);
  });
});

describe('npm run check, piped', () => {
  it('stops quietly when the reader of its output stops early (`| head`)', async () => {
    const { spawn } = await import('node:child_process');
    // Far more output than a pipe holds, so the command is still writing when the reader goes.
    const seeds = Array.from({ length: 12 }, () => 'fixtures/pages/seed-003-us-arms/source.html');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--explain', ...seeds], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 60_000);
});
