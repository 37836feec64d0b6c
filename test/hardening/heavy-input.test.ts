/**
 * Heavy and odd input: the content script's text collector on a 100,000-node page and a 5 MB
 * article (linkedom), and the engine with the bundled pack on 10,000 quote marks, unbalanced and
 * nested quotes, right-to-left and mixed scripts, and zero-width characters. Nothing here times
 * anything: "linear" is checked by comparing result sizes at n and 2n.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import {
  collectText,
  findArticleRoot,
  rangeFor,
} from "../../src/content/page-text";
import { Engine } from "../../src/core/engine";
import { parsePack } from "../../src/core/pack-validate";
import type { Analysis } from "../../src/core/analysis";

const PACK_FILE = fileURLToPath(
  new URL("../../public/packs/pak-afghan-security.json", import.meta.url),
);
const parsed = parsePack(readFileSync(PACK_FILE, "utf8"));
if (!parsed.ok) throw new Error("bundled pack invalid");
const engine = new Engine(parsed.pack);

/** On-topic prose that names actors and carries claim cues, so the engine goes all the way. */
const ON_TOPIC =
  "Pakistan accused the Afghan Taliban of sheltering the TTP on Afghan soil behind cross-border attacks in Khyber Pakhtunkhwa, " +
  "and Islamabad demanded that Kabul act against the safe havens along the Durand Line. Zabihullah Mujahid rejected the claims. ";

function doc(html: string): Document {
  return parseHTML(
    `<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`,
  ).document as unknown as Document;
}

/** Every part of every quote lies inside the text, in order. */
function expectInBounds(a: Analysis, text: string): void {
  for (const q of a.quotes) {
    expect(q.parts.length).toBeGreaterThan(0);
    for (const p of q.parts) {
      expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(text.length);
      expect(p.start).toBeLessThanOrEqual(p.end);
    }
  }
}

describe("content-script text collector", () => {
  it("collects a page of 100,000 nodes, all of its article text", async () => {
    const para = (i: number) =>
      `<p>Paragraph ${i} says <b>bold</b> and <i>italic</i> words about the border.</p>`;
    // Each paragraph is 8 nodes (p, b, i and 5 text nodes): 15,000 paragraphs = 120,000 nodes.
    const html = `<article>${Array.from({ length: 15_000 }, (_, i) => para(i)).join("")}</article>`;
    const d = doc(html);
    expect(d.querySelectorAll("*").length).toBeGreaterThanOrEqual(45_000);
    let pauses = 0;
    const out = await collectText(
      findArticleRoot(d),
      async () => void pauses++,
      0,
    );
    expect(out.nodes.length).toBe(15_000 * 5);
    expect(out.text).toContain("Paragraph 14999 says bold and italic");
    // Text and node map agree: every node starts where its data is in the text.
    for (let i = 0; i < out.nodes.length; i += 997) {
      const node = out.nodes[i]!;
      expect(
        out.text.slice(out.starts[i]!, out.starts[i]! + node.data.length),
      ).toBe(node.data.replace(/[\n\r\t]/g, " "));
    }
    expect(pauses).toBeGreaterThan(0); // it yielded instead of holding the thread
  });

  it("collects a 5 MB article", async () => {
    const sentence =
      "Islamabad said the militants crossed from Afghan soil; Kabul denied it again. ";
    const paragraph = `<p>${sentence.repeat(20)}</p>`;
    const count = Math.ceil((5 * 1024 * 1024) / (sentence.length * 20)) + 1;
    const d = doc(`<main><article>${paragraph.repeat(count)}</article></main>`);
    const out = await collectText(findArticleRoot(d), async () => undefined);
    expect(out.text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(out.text.length).toBeLessThanOrEqual(
      count * (sentence.length * 20 + 2),
    );
    expect(out.nodes.length).toBe(count);
  });

  it("grows linearly: twice the paragraphs, twice the text and nodes", async () => {
    const page = (n: number) =>
      doc(
        `<article>${'<div><p>A paragraph about the <a href="#">Durand Line</a> border.</p></div>'.repeat(n)}</article>`,
      );
    const a = await collectText(findArticleRoot(page(5_000)));
    const b = await collectText(findArticleRoot(page(10_000)));
    expect(b.nodes.length).toBe(2 * a.nodes.length);
    expect(b.text.length).toBeLessThanOrEqual(2 * a.text.length + 2);
  });

  it("survives deep nesting, odd characters and a page with no paragraphs", async () => {
    const deep = "<div>".repeat(5_000) + "deep text" + "</div>".repeat(5_000);
    const out = await collectText(findArticleRoot(doc(deep)));
    expect(out.text).toContain("deep text");
    const odd = await collectText(
      findArticleRoot(
        doc(
          '<p>\u200b\u200e\u202eمرحبا "quoted\u200d" «سلام» ‏עברית\uFEFF</p>',
        ),
      ),
    );
    expect(out.nodes.length).toBe(1);
    expect(odd.text.length).toBeGreaterThan(0);
    expect((await collectText(findArticleRoot(doc("")))).text).toBe("");
  });

  it("maps any offsets, even out of range, to positions inside the nodes, without throwing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string(), { minLength: 0, maxLength: 8 }),
        fc.integer({ min: -50, max: 500 }),
        fc.integer({ min: -50, max: 500 }),
        async (paras, s, e) => {
          const d = doc(
            `<article>${paras.map((p) => `<p>${p.replace(/[<&]/g, " ")}</p>`).join("")}</article>`,
          );
          const out = await collectText(findArticleRoot(d));
          // linkedom's Range has no setStart: record what rangeFor asks of it.
          const set: [Text, number][] = [];
          (d as unknown as { createRange: () => unknown }).createRange =
            () => ({
              setStart: (n: Text, o: number) => set.push([n, o]),
              setEnd: (n: Text, o: number) => set.push([n, o]),
            });
          const r = rangeFor(out, s, e);
          if (out.nodes.length === 0) expect(r).toBeNull();
          for (const [node, offset] of set) {
            expect(out.nodes).toContain(node);
            expect(offset).toBeGreaterThanOrEqual(0);
            expect(offset).toBeLessThanOrEqual(node.data.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("engine on odd text (bundled pack)", () => {
  it("handles 10,000 quote marks", () => {
    for (const marks of ['"', "“", "”", "«", "»", "'", "“”", '"x"']) {
      const text =
        ON_TOPIC + marks.repeat(10_000 / marks.length) + " " + ON_TOPIC;
      const a = engine.analyse(text);
      expect(a.topic.onTopic).toBe(true);
      expectInBounds(a, text);
    }
  });

  it("handles unbalanced and nested quotes", () => {
    const texts = [
      `${ON_TOPIC}Mujahid said "we do not allow anyone to use Afghan soil against any country.`,
      `${ON_TOPIC}“He said ‘the “safe havens” claim is “baseless” and ‘wrong’’ today,” the spokesman said.`,
      `${ON_TOPIC}${"“".repeat(500)}safe havens${"”".repeat(300)}`,
      `${ON_TOPIC}"a" "b" "c ${'"'.repeat(999)}`,
      `${ON_TOPIC}${"“nested ".repeat(2_000)}${"” end".repeat(2_000)}`,
    ];
    for (const text of texts) expectInBounds(engine.analyse(text), text);
  });

  it("handles right-to-left, mixed scripts and zero-width characters", () => {
    const texts = [
      `${ON_TOPIC}ذبیح اللہ مجاہد نے کہا: «ہم کسی کو افغان سرزمین استعمال کرنے کی اجازت نہیں دیتے» — Mujahid said "we do not allow it".`,
      `${ON_TOPIC}\u202e"safe havens"\u202c \u200f"ملاذات آمنة"\u200e`,
      ON_TOPIC.split("").join("\u200b"),
      `${ON_TOPIC}Muj\u200dahid said "Afghan\u00adsoil\uFEFF is not used against Pakistan," adding 𝓣𝓣𝓟 and 👨‍👩‍👧 emoji.`,
      `${ON_TOPIC}"\uD800 lone surrogate \uDFFF" said ISPR.`,
    ];
    for (const text of texts) expectInBounds(engine.analyse(text), text);
  });

  it("property: any text, any mix of quote marks and scripts → quote parts within the text", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '"',
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "'",
        "„",
        "「",
        "」",
        "\u200b",
        "\u200e",
        "\u200f",
        "\u202e",
        "\uFEFF",
        "\n\n",
        " said ",
        "Mujahid",
        "Kirby",
        "TTP",
        "safe havens",
        "Afghan soil",
        "مجاہد",
        "طالبان",
        "پاکستان",
        "e\u0301",
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }),
        fc.boolean(),
        (pieces, snippet) => {
          const text = ON_TOPIC + pieces.join("");
          const a = engine.analyse(text, { snippet });
          expectInBounds(a, text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("grows linearly: a text twice as long finds at most about twice the quotes", () => {
    const unit = `${ON_TOPIC}Mujahid said "we do not allow anyone to use Afghan soil against any country." `;
    const n = engine.analyse(unit.repeat(50));
    const n2 = engine.analyse(unit.repeat(100));
    expect(n.quotes.length).toBeGreaterThan(0);
    expect(n2.quotes.length).toBeLessThanOrEqual(2 * n.quotes.length + 1);
    expectInBounds(n2, unit.repeat(100));
  });
});
