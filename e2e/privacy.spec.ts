/**
 * Privacy: over a run that opens every seed article, clicks a quote, opens the sidebar and the
 * options page, no extension context goes to the network. Every request the browser makes
 * (pages, frames, and the service worker: Playwright reports service-worker requests unless
 * PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set) must be to the fixture server or to the
 * extension's own files; and no request on a page is started by the extension's script (CDP
 * initiator stacks). Then the built manifest: the minimum permissions, a strict CSP.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Request } from "playwright-core";
import { test, expect } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { OptionsPage } from "./pages/options-page";

const SEEDS = [
  "seed-000-urdupoint-safe-havens",
  "seed-001-pentagon-safe-heavens",
  "seed-002-common-interest",
  "seed-003-us-arms",
  "seed-004-white-house-dialogue",
];

test("no extension context makes a network request over a whole reading session", async ({
  context,
  worker,
  server,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const own = `chrome-extension://${extensionId}/`;
  const seen: { url: string; from: string }[] = [];
  const record = (r: Request) => {
    const sw = r.serviceWorker();
    const frameUrl = sw ? "" : safeFrameUrl(r);
    seen.push({
      url: r.url(),
      from: sw ? `service-worker ${sw.url()}` : `frame ${frameUrl}`,
    });
  };
  context.on("request", record);
  context.on("requestfailed", record);
  const fromExtensionScript: string[] = [];

  // The observer sees the service worker's requests: a fetch of its own file is a canary.
  await worker.evaluate(() =>
    fetch(chrome.runtime.getURL("manifest.json")).then((r) => r.text()),
  );
  await expect
    .poll(() =>
      seen.some(
        (s) =>
          s.from.startsWith("service-worker") &&
          s.url === `${own}manifest.json`,
      ),
    )
    .toBe(true);

  for (const slug of SEEDS) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    cdp.on(
      "Network.requestWillBeSent",
      (e: {
        request: { url: string };
        initiator: { stack?: { callFrames: { url: string }[] } };
      }) => {
        if (
          e.initiator.stack?.callFrames.some((f) =>
            f.url.startsWith("chrome-extension://"),
          )
        )
          fromExtensionScript.push(e.request.url);
      },
    );
    await cdp.send("Network.enable");
    await page.goto(server.url(slug));
    const article = new ArticlePage(page, worker);
    await expect.poll(() => article.tabStatus()).toMatch(/ready|off-topic/);
    if (slug === "seed-003-us-arms") {
      await article.waitForHighlights(2);
      await article.clickHighlight("sufficient proof");
      const sidebar = await article.sidebar();
      await expect(sidebar.locator(".quote-card.focused")).toHaveCount(1);
    }
  }
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.rows.first()).toBeVisible();
  await options.page.waitForTimeout(1000);

  const allowed = (url: string) =>
    url.startsWith(own) || url.startsWith(`${server.origin}/`);
  const outside = seen.filter((s) => !allowed(s.url));
  expect(outside).toEqual([]);
  // The extension's own contexts only ever load the extension's files.
  const extensionContexts = seen.filter(
    (s) =>
      s.from.startsWith("service-worker") || s.from.startsWith(`frame ${own}`),
  );
  expect(extensionContexts.length).toBeGreaterThan(0);
  expect(extensionContexts.filter((s) => !s.url.startsWith(own))).toEqual([]);
  // Pages load the fixture server's files (and the sidebar frame); the content script starts no request.
  expect(seen.some((s) => s.url.startsWith(server.origin))).toBe(true);
  expect(fromExtensionScript.filter((u) => !u.startsWith(own))).toEqual([]);
});

function safeFrameUrl(r: Request): string {
  try {
    return r.frame().url();
  } catch {
    return "(no frame)";
  }
}

test("the built manifest asks for the minimum and keeps the strict MV3 CSP", () => {
  const manifest = JSON.parse(
    readFileSync(
      fileURLToPath(new URL("../extension/manifest.json", import.meta.url)),
      "utf8",
    ),
  ) as {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    externally_connectable?: unknown;
    content_security_policy?: { extension_pages?: string; sandbox?: string };
    web_accessible_resources?: { resources: string[] }[];
  };
  expect(manifest.permissions).toEqual([
    "storage",
    "contextMenus",
    "unlimitedStorage",
    "scripting",
  ]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  // Web pages only, for injecting the content script where the title may be on topic: the same
  // reach a declared content script on http(s) pages had, and no more.
  expect(manifest.host_permissions).toEqual(["http://*/*", "https://*/*"]);
  expect((manifest as { content_scripts?: unknown }).content_scripts).toBeUndefined();
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  const csp = manifest.content_security_policy?.extension_pages ?? "";
  const directives = Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives["script-src"]).toEqual(["'self'"]);
  // No remote source, no eval, no inline script, no wildcard anywhere in the policy.
  expect(csp).not.toMatch(
    /https?:|wss?:|\*|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|data:|blob:/,
  );
  // connect-src, if set, allows at most the extension's own files.
  for (const value of directives["connect-src"] ?? []) expect(["'none'", "'self'"]).toContain(value);
  // Only the sidebar page and the content script's second stage (imported by the first) are
  // reachable from web pages.
  expect(
    manifest.web_accessible_resources?.flatMap((w) => w.resources),
  ).toEqual(["sidebar.html", "content-main.js"]);
});
