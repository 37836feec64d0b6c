/** Source links in the sidebar and options page: only http(s) addresses become links. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeHref } from "../../src/ui/format";

describe("safeHref", () => {
  it("refuses script and data schemes, however they are spelled", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0000javascript:alert(1)",
      "javascript://example.com/%0Aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "chrome-extension://abc/options.html",
      "blob:https://example.com/x",
      "//evil.test/x",
      "/relative",
      "",
      undefined,
    ]) {
      expect(safeHref(url), String(url)).toBeUndefined();
    }
  });

  it("keeps http and https addresses", () => {
    expect(safeHref("https://www.dawn.com/news/1")).toBe(
      "https://www.dawn.com/news/1",
    );
    expect(safeHref("HTTP://Example.com")).toBe("http://example.com/");
  });

  it("never returns anything but an http(s) address", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `javascript:${s}`),
        ),
        (url) => {
          const href = safeHref(url);
          if (href !== undefined) expect(href).toMatch(/^https?:\/\//);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
