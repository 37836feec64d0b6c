/**
 * Serves the fixture pages on 127.0.0.1: `fixtures/pages/<slug>/source.html` at `/<slug>/`,
 * and an index of them at `/`. Used by `npm start`, the end-to-end tests and the benchmark.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

/** Extra pages a test can register: path → HTML. */
export type ExtraPages = Map<string, string>;

/** A running fixture server. */
export interface FixtureServer {
  origin: string;
  url(slug: string): string;
  extra: ExtraPages;
  close(): Promise<void>;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The fixture slugs, sorted. */
export function fixtureSlugs(): string[] {
  return readdirSync(PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(PAGES, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/** Starts the server on a free port (or `port`). */
export function startFixtureServer(port = 0): Promise<FixtureServer> {
  const extra: ExtraPages = new Map();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    const own = extra.get(path);
    if (own !== undefined) return send(200, own);
    const slug = path.replace(/^\/+|\/+$/g, '').split('/')[0] ?? '';
    if (!slug) {
      const items = fixtureSlugs().map((s) => `<li><a href="/${escapeHtml(s)}/">${escapeHtml(s)}</a></li>`).join('');
      return send(200, `<!doctype html><meta charset="utf-8"><title>Counterpoint demo articles</title><h1>Demo articles</h1><ul>${items}</ul>`);
    }
    const file = resolve(PAGES, slug, 'source.html');
    if (!/^[\w-]+$/.test(slug) || !existsSync(file)) return send(404, '<!doctype html><title>Not found</title><h1>Not found</h1>');
    send(200, readFileSync(file, 'utf8'));
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const origin = `http://127.0.0.1:${actual}`;
      resolvePromise({
        origin,
        url: (slug) => `${origin}/${slug}/`,
        extra,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
