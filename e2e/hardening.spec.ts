/**
 * Hostile pages against the built extension in Chromium: markup and script in quotes shown as
 * text, a closed shadow root and a cross-origin sidebar, forged `postMessage` envelopes, pages
 * that redefine built-ins, a strict CSP (meta and header), frames and shadow-DOM articles.
 * Every test collects uncaught errors and console errors from the extension's own scripts
 * (content script, sidebar, service worker) and expects none.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { test, expect } from "./fixtures";
import { ArticlePage } from "./pages/article-page";

const SEED = readFileSync(
  fileURLToPath(
    new URL("../fixtures/pages/seed-003-us-arms/source.html", import.meta.url),
  ),
  "utf8",
);
const QUOTE = "“We have given sufficient proof,";
const MARKUP =
  "&lt;img src=x onerror=window.__pwned=1&gt; &lt;script&gt;window.__pwned=2&lt;/script&gt; &lt;b onmouseover=window.__pwned=3&gt;bold&lt;/b&gt;";

/** The seed article with `markup` inside the Foreign Office quote and `head` at the top of <head>. */
function seedWith({
  quote = "",
  head = "",
  body = "",
}: { quote?: string; head?: string; body?: string } = {}): string {
  return SEED.replace(QUOTE, `${QUOTE} ${quote}`)
    .replace(/<head[^>]*>/i, (m) => `${m}${head}`)
    .replace(/<\/body>/i, `${body}</body>`);
}

/** Uncaught errors and console errors that come from the extension's scripts. */
function extensionErrors(
  context: BrowserContext,
  worker: Worker,
  page?: Page,
): string[] {
  const errors: string[] = [];
  const fromExtension = (url: string) => url.startsWith("chrome-extension://");
  context.on("weberror", (e) => {
    if (/chrome-extension:\/\//.test(e.error().stack ?? ""))
      errors.push(`weberror: ${e.error().message}`);
  });
  const onConsole = (m: {
    type(): string;
    text(): string;
    location(): { url: string };
  }) => {
    if (m.type() === "error" && fromExtension(m.location().url))
      errors.push(`console: ${m.text()} @ ${m.location().url}`);
  };
  context.on("console", onConsole);
  worker.on("console", (m) => {
    if (m.type() === "error") errors.push(`worker: ${m.text()}`);
  });
  page?.on("pageerror", (e) => {
    if (/chrome-extension:\/\//.test(e.stack ?? ""))
      errors.push(`pageerror: ${e.message}`);
  });
  return errors;
}

/** The background's state for the tab showing `url`. */
function tabState(worker: Worker, url: string) {
  return worker.evaluate(async (pageUrl) => {
    const all = await chrome.storage.session.get(null);
    for (const [key, value] of Object.entries(all)) {
      const s = value as {
        url?: string;
        status?: string;
        focus?: number;
        open?: boolean;
      };
      if (key.startsWith("tab:") && s.url === pageUrl)
        return {
          status: s.status ?? "",
          focus: s.focus ?? null,
          open: s.open ?? false,
        };
    }
    return null;
  }, url);
}

async function openPage(
  context: BrowserContext,
  worker: Worker,
  url: string,
  errors?: string[],
): Promise<ArticlePage> {
  const page = await context.newPage();
  if (errors)
    page.on(
      "pageerror",
      (e) =>
        /chrome-extension:\/\//.test(e.stack ?? "") &&
        errors.push(`pageerror: ${e.message}`),
    );
  await page.goto(url);
  return new ArticlePage(page, worker);
}

test("markup and script inside a quote are shown as text in the sidebar, never run", async ({
  context,
  worker,
  server,
}) => {
  const errors = extensionErrors(context, worker);
  server.extra.set(
    "/hostile/",
    seedWith({ quote: MARKUP }).replace(/<title>/i, `<title>${MARKUP} `),
  );
  const article = await openPage(
    context,
    worker,
    `${server.origin}/hostile/`,
    errors,
  );
  await article.waitForHighlights(2);
  await article.clickHighlight("We have given");
  const sidebar = await article.sidebar();
  const focused = sidebar.locator(".quote-card.focused .quote-text");
  await expect(focused).toContainText("<img src=x onerror=window.__pwned=1>");
  await expect(focused).toContainText("<script>window.__pwned=2</script>");
  await article.page.waitForTimeout(500);
  expect(
    await sidebar.evaluate(
      () =>
        document.querySelectorAll(
          'img[src="x"], [onerror], [onmouseover], .sidebar script',
        ).length,
    ),
  ).toBe(0);
  expect(
    await sidebar.evaluate(() => (window as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
  expect(
    await article.page.evaluate(
      () => (window as { __pwned?: unknown }).__pwned,
    ),
  ).toBeUndefined();
  expect(errors).toEqual([]);
});

test("the page cannot reach the sidebar: closed shadow root, cross-origin frame, no extension API", async ({
  context,
  worker,
  server,
}) => {
  const article = await ArticlePage.open(
    context,
    worker,
    server.url("seed-003-us-arms"),
  );
  await article.waitForHighlights(2);
  await article.clickHighlight("sufficient proof");
  await article.sidebar();
  const probe = await article.page.evaluate(() => {
    const host = document.querySelector("counterpoint-sidebar") as HTMLElement;
    const frames: string[] = [];
    for (let i = 0; i < window.frames.length; i++) {
      try {
        frames.push(String(window.frames[i]!.document.body?.innerHTML.length));
      } catch (e) {
        frames.push((e as Error).name);
      }
    }
    const w = window as { chrome?: { runtime?: { sendMessage?: unknown } } };
    return {
      shadowRoot: host.shadowRoot,
      iframesInDocument: document.querySelectorAll("iframe").length,
      hostChildren: host.childNodes.length,
      frames,
      runtime: typeof w.chrome?.runtime?.sendMessage,
    };
  });
  // The corpus lives in the extension origin's IndexedDB: the page's own storage does not hold it.
  expect(
    await article.page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    ),
  ).not.toContain("counterpoint");
  expect(probe.shadowRoot).toBeNull();
  expect(probe.iframesInDocument).toBe(0);
  expect(probe.hostChildren).toBe(0);
  // Whatever frames the page can name, none of them is readable (the sidebar is cross-origin).
  for (const f of probe.frames) expect(f).toBe("SecurityError");
  // No externally_connectable: the page has no channel to the extension.
  expect(probe.runtime).toBe("undefined");
  // The iframe element, seen from the page, has no readable document.
  const frame = article.page
    .frames()
    .find((f) => f.url().endsWith("/sidebar.html"))!;
  const element = await frame.frameElement();
  expect(
    await element.evaluate((el) => (el as HTMLIFrameElement).contentDocument),
  ).toBeNull();
});

test("forged postMessage envelopes drive nothing", async ({
  context,
  worker,
  server,
}) => {
  const errors = extensionErrors(context, worker);
  const article = await openPage(
    context,
    worker,
    server.url("seed-003-us-arms"),
    errors,
  );
  await article.waitForHighlights(2);
  await expect
    .poll(() => tabState(worker, article.page.url()))
    .toMatchObject({ status: "ready", focus: null, open: false });
  const forge = () =>
    article.page.evaluate(() => {
      const forged = [
        { cp: 1, type: "focusQuote", payload: { index: 0 } },
        { cp: 1, type: "showSidebar", payload: { open: true } },
        { cp: 1, type: "setSidebarOpen", payload: { open: true } },
        { cp: 1, type: "setSiteEnabled", payload: { enabled: false } },
        { cp: 1, type: "teardown", payload: {} },
        { cp: 1, type: "corpusChanged", payload: {} },
      ];
      const targets: Window[] = [window, window.top!];
      for (let i = 0; i < window.frames.length; i++)
        targets.push(window.frames[i]!);
      for (const target of targets)
        for (const m of forged) {
          target.postMessage(m, "*");
          target.postMessage(JSON.stringify(m), "*");
        }
      document.dispatchEvent(
        new CustomEvent("counterpoint", { detail: forged[0] }),
      );
    });
  await forge();
  await article.page.waitForTimeout(1500);
  expect(await article.hasSidebarHost()).toBe(false);
  expect(await tabState(worker, article.page.url())).toMatchObject({
    status: "ready",
    focus: null,
    open: false,
  });
  expect((await article.highlightTexts()).length).toBeGreaterThanOrEqual(2);
  // With the sidebar open, the same messages, now also sent at its frame, change nothing either.
  await article.clickHighlight("sufficient proof");
  const sidebar = await article.sidebar();
  const focusedBefore = await sidebar
    .locator(".quote-card.focused .quote-text")
    .textContent();
  const stateBefore = await tabState(worker, article.page.url());
  await forge();
  await article.page.waitForTimeout(1500);
  expect(await tabState(worker, article.page.url())).toEqual(stateBefore);
  expect(
    await sidebar.locator(".quote-card.focused .quote-text").textContent(),
  ).toBe(focusedBefore);
  const settings = await worker.evaluate(
    async () =>
      (await chrome.storage.local.get("settings")).settings as
        { disabledSites?: string[] } | undefined,
  );
  expect(settings?.disabledSites ?? []).toEqual([]);
  expect(errors).toEqual([]);
});

test("a page that redefines built-ins before the content script runs still gets highlights and a sidebar", async ({
  context,
  worker,
  server,
}) => {
  const errors = extensionErrors(context, worker);
  const sabotage = `<script>
    Array.prototype.map = null; Array.prototype.filter = null; Array.prototype.flatMap = null;
    JSON.parse = () => 1; JSON.stringify = () => '1'; window.fetch = null; Promise.prototype.then = null;
    Element.prototype.attachShadow = null; document.createElement = null; Node.prototype.appendChild = null;
    Element.prototype.append = null; window.MutationObserver = null; window.requestAnimationFrame = null;
    Object.defineProperty(Object.prototype, 'cp', { value: 1, configurable: true });
    Object.prototype.payload = { index: 0 }; Object.prototype.type = 'focusQuote';
    String.prototype.replace = () => ''; RegExp.prototype.test = () => true; window.setTimeout = null;
  </script>`;
  server.extra.set("/sabotaged/", seedWith({ head: sabotage }));
  const article = await openPage(
    context,
    worker,
    `${server.origin}/sabotaged/`,
    errors,
  );
  // The content script runs in an isolated world: the page's redefinitions do not reach it.
  expect(
    await article.page.evaluate(
      () => Array.prototype.map === null && document.createElement === null,
    ),
  ).toBe(true);
  // The page object's helpers use Array methods in the page's world, which this page broke.
  await expect
    .poll(() =>
      article.page.evaluate(
        () => CSS.highlights.get("counterpoint-quote")?.size ?? 0,
      ),
    )
    .toBeGreaterThanOrEqual(2);
  const point = await article.page.evaluate(() => {
    for (const r of CSS.highlights.get(
      "counterpoint-quote",
    )! as unknown as Iterable<Range>) {
      if (r.toString().indexOf("sufficient proof") < 0) continue;
      (r.startContainer.parentElement as HTMLElement).scrollIntoView({
        block: "center",
      });
      const rect = r.getClientRects()[0]!;
      return {
        x: rect.left + Math.min(rect.width / 2, 20),
        y: rect.top + rect.height / 2,
      };
    }
    return null;
  });
  expect(point).not.toBeNull();
  await article.page.mouse.click(point!.x, point!.y);
  const sidebar = await article.sidebar();
  await expect(
    sidebar.locator(".quote-card.focused .quote-text"),
  ).toContainText("sufficient proof");
  expect(errors).toEqual([]);
});

test("a strict Content-Security-Policy page (meta) still works", async ({
  context,
  worker,
  server,
}) => {
  const errors = extensionErrors(context, worker);
  server.extra.set(
    "/csp-meta/",
    seedWith({
      head: `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    }),
  );
  const article = await openPage(
    context,
    worker,
    `${server.origin}/csp-meta/`,
    errors,
  );
  await article.waitForHighlights(2);
  await article.clickHighlight("sufficient proof");
  const sidebar = await article.sidebar();
  await expect(
    sidebar.locator(".quote-card.focused .quote-text"),
  ).toContainText("sufficient proof");
  expect(errors).toEqual([]);
});

/** Serves the seed article with a Content-Security-Policy header, on its own server. */
async function cspServer(policy: string) {
  const own = createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": policy,
    });
    res.end(SEED);
  });
  await new Promise<void>((done) => own.listen(0, "127.0.0.1", () => done()));
  const { port } = own.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/strict/`,
    close: () => {
      own.closeAllConnections();
      return new Promise((done) => own.close(done));
    },
  };
}

test("a sandboxing Content-Security-Policy header: highlights work, the sidebar fails quietly", async ({
  context,
  worker,
}) => {
  const errors = extensionErrors(context, worker);
  const own = await cspServer("default-src 'none'; sandbox allow-same-origin");
  try {
    const article = await openPage(context, worker, own.url, errors);
    await article.waitForHighlights(2);
    await article.clickHighlight("sufficient proof");
    // A sandbox without allow-scripts is inherited by every frame in the page, the sidebar's too:
    // its frame is there but cannot run, and nothing throws.
    await expect
      .poll(() => tabState(worker, own.url))
      .toMatchObject({ status: "ready", open: true });
    await article.page.waitForTimeout(1000);
    // Chromium's own notice that it blocked the frame's scripts is the only message.
    expect(
      errors.filter(
        (e) =>
          !/Blocked script execution in '[^']*sidebar\.html' because the document's frame is sandboxed/.test(
            e,
          ),
      ),
    ).toEqual([]);
  } finally {
    await own.close();
  }
});

test("a strict Content-Security-Policy header still works", async ({
  context,
  worker,
}) => {
  const errors = extensionErrors(context, worker);
  const own = createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy":
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    });
    res.end(SEED);
  });
  await new Promise<void>((done) => own.listen(0, "127.0.0.1", () => done()));
  const { port } = own.address() as { port: number };
  try {
    const article = await openPage(
      context,
      worker,
      `http://127.0.0.1:${port}/strict/`,
      errors,
    );
    await article.waitForHighlights(2);
    await article.clickHighlight("sufficient proof");
    const sidebar = await article.sidebar();
    await expect(
      sidebar.locator(".quote-card.focused .quote-text"),
    ).toContainText("sufficient proof");
    expect(errors).toEqual([]);
  } finally {
    own.closeAllConnections();
    await new Promise((done) => own.close(done));
  }
});

test("frames: an article with iframes works; an article inside a frame fails quietly", async ({
  context,
  worker,
  server,
}) => {
  const errors = extensionErrors(context, worker);
  server.extra.set(
    "/ad/",
    "<!doctype html><title>ad</title><p>Buy things. Pakistan Taliban TTP safe havens.</p>",
  );
  server.extra.set(
    "/with-frames/",
    seedWith({
      body: `<iframe src="/ad/"></iframe><iframe srcdoc="<p>“We have given sufficient proof,” the spokesperson said.</p>"></iframe><iframe src="/seed-003-us-arms/"></iframe>`,
    }),
  );
  const article = await openPage(
    context,
    worker,
    `${server.origin}/with-frames/`,
    errors,
  );
  await article.waitForHighlights(2);
  await article.clickHighlight("sufficient proof");
  await expect(
    (await article.sidebar()).locator(".quote-card.focused .quote-text"),
  ).toContainText("sufficient proof");
  server.extra.set(
    "/framed-only/",
    `<!doctype html><title>frame</title><iframe src="/seed-003-us-arms/" style="width:100%;height:900px"></iframe>`,
  );
  const framed = await openPage(
    context,
    worker,
    `${server.origin}/framed-only/`,
    errors,
  );
  await framed.page.waitForTimeout(2500);
  expect(await framed.hasSidebarHost()).toBe(false);
  expect(errors).toEqual([]);
});

test("an article inside shadow DOM fails quietly", async ({
  context,
  worker,
  server,
}) => {
  const errors = extensionErrors(context, worker);
  const article = SEED.match(/<article[\s\S]*<\/article>/i)?.[0] ?? "";
  expect(article.length).toBeGreaterThan(1000);
  server.extra.set(
    "/shadow-declarative/",
    `<!doctype html><title>Shadow</title><body><div><template shadowrootmode="open">${article}</template></div></body>`,
  );
  server.extra.set(
    "/shadow-scripted/",
    `<!doctype html><title>Shadow</title><body><x-article></x-article><script>
      document.querySelector('x-article').attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(article).replace(/</g, "\\u003c")};
    </script></body>`,
  );
  for (const path of ["/shadow-declarative/", "/shadow-scripted/"]) {
    const page = await openPage(
      context,
      worker,
      `${server.origin}${path}`,
      errors,
    );
    await page.page.waitForTimeout(2000);
    expect(await page.page.evaluate(() => document.title)).toBe("Shadow");
  }
  expect(errors).toEqual([]);
});

test("a corpus statement with a javascript: source and markup in its text is shown as text, not a link", async ({
  context,
  worker,
  server,
  extensionId,
}) => {
  const errors = extensionErrors(context, worker);
  // Write past the pack validator, straight into the extension's database, as a corrupted
  // or hand-edited corpus would be: every source a javascript: address, every summary markup.
  const changed = await worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("counterpoint");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("statements", "readwrite");
          let n = 0;
          tx.objectStore("statements").openCursor().onsuccess = (e) => {
            const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>)
              .result;
            if (!cursor) return;
            const row = cursor.value as {
              sources: { url?: string; outlet: string }[];
              summary?: string;
            };
            row.sources = row.sources.map((s) => ({
              ...s,
              url: "javascript:window.__pwned=1",
              outlet: `${s.outlet}<img src=x onerror=window.__pwned=2>`,
            }));
            if (row.summary)
              row.summary = `${row.summary} <img src=x onerror=window.__pwned=3>`;
            cursor.update(row);
            n++;
            cursor.continue();
          };
          tx.oncomplete = () => resolve(n);
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  expect(changed).toBeGreaterThan(0);
  // Tell the background the corpus changed, as the options page does.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(() =>
    chrome.runtime.sendMessage({ cp: 1, type: "corpusChanged", payload: {} }),
  );
  const article = await openPage(
    context,
    worker,
    server.url("seed-003-us-arms"),
    errors,
  );
  await article.waitForHighlights(2);
  await article.clickHighlight("sufficient proof");
  const sidebar = await article.sidebar();
  const sources = sidebar.locator(".quote-card.focused .sources li");
  await expect(sources.first()).toContainText(
    "<img src=x onerror=window.__pwned=2>",
  );
  expect(await sidebar.locator('a[href^="javascript" i]').count()).toBe(0);
  expect(await sidebar.locator(".quote-card.focused .sources a").count()).toBe(
    0,
  );
  expect(
    await sidebar.evaluate(
      () => document.querySelectorAll('img[src="x"], [onerror]').length,
    ),
  ).toBe(0);
  await sources.first().click();
  await article.page.waitForTimeout(500);
  expect(
    await sidebar.evaluate(() => (window as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
  expect(
    await article.page.evaluate(
      () => (window as { __pwned?: unknown }).__pwned,
    ),
  ).toBeUndefined();
  expect(errors).toEqual([]);
});
