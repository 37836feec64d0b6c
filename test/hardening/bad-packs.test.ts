/**
 * Bad pack files through the import path (what the options page does: `parsePack` on the file
 * text, then `importPack` only if it parsed): each gets a clear message, and the corpus exported
 * before and after is identical. The parser's own line-precise messages are tested in
 * test/core/pack-validate.test.ts; here each bad file also goes past `parsePack` straight to
 * `importPack`, which must refuse it on its own.
 */
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { clone, freshDb, packV1 } from "../db/fixtures";
import { parsePack, type PackError } from "../../src/core/pack-validate";
import type { Pack } from "../../src/core/pack-schema";
import { installBundledPack } from "../../src/db/bundled";
import { deleteRecord, putActor, putStatement } from "../../src/db/edits";
import { DbError } from "../../src/db/errors";
import { exportPack, importPack } from "../../src/db/import-export";
import type { CounterpointDB } from "../../src/db/schema";

/** A database with a bundled pack, an edit, a deletion and a user statement. */
async function seeded(): Promise<CounterpointDB> {
  const db = await freshDb();
  await installBundledPack(db, packV1());
  await putActor(db, { ...packV1().actors[0]!, name: "Mujahid (my edit)" });
  await deleteRecord(db, "statements", "st-2");
  await putStatement(db, {
    id: "mine-1",
    actorId: "ispr",
    quote: "Text I selected.",
    date: "2025",
    sources: [{ outlet: "Dawn" }],
    stances: [{ claimId: "us-weapons", stance: "asserts" }],
  });
  return db;
}

/** The options page's import: parse, then import only a pack that parsed. */
async function importFile(
  db: CounterpointDB,
  text: string,
  name = "pack.json",
): Promise<{ ok: true } | { ok: false; errors: PackError[] }> {
  const parsed = parsePack(text, name);
  if (!parsed.ok) return parsed;
  await importPack(db, parsed.pack, { mode: "merge" });
  return { ok: true };
}

const json = (p: unknown) => JSON.stringify(p, null, 2);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a pack being broken on purpose
type Loose = Record<string, any>;
function mutate(fn: (p: Loose) => void): string {
  const p = clone(packV1()) as unknown as Loose;
  p.id = "bad-pack";
  fn(p);
  return json(p);
}

/** name, file text, what the first message must say. */
const BAD: [string, string, RegExp][] = [
  [
    "invalid JSON",
    '{"format": "counterpoint-pack", "formatVersion": 1,,}',
    /line 1/i,
  ],
  ["truncated JSON", json(packV1()).slice(0, 500), /line \d+/i],
  ["not an object", "[1, 2, 3]", /must hold one JSON object/],
  ["wrong types", mutate((p) => (p.actors[0].aliases = "Mujahid")), /aliases/],
  ["a number for an id", mutate((p) => (p.statements[0].id = 42)), /"id"/],
  ["missing ids", mutate((p) => delete p.claims[0].id), /id/],
  [
    "a dangling actor id",
    mutate((p) => (p.statements[0].actorId = "nobody")),
    /no actor has the id "nobody"/,
  ],
  [
    "a dangling claim id",
    mutate((p) => (p.statements[0].stances[0].claimId = "no-such-claim")),
    /no-such-claim/,
  ],
  [
    "duplicate ids",
    mutate((p) => p.statements.push(clone(p.statements[0]))),
    /st-1/,
  ],
  [
    "a wrong format marker",
    mutate((p) => (p.format = "something-else")),
    /not a Counterpoint pack/,
  ],
  [
    "a future format version",
    mutate((p) => (p.formatVersion = 99)),
    /newer|version/i,
  ],
  ["format version 0", mutate((p) => (p.formatVersion = 0)), /formatVersion/],
  [
    "a javascript: source",
    mutate((p) => (p.statements[0].sources[0].url = "javascript:alert(1)")),
    /web address/,
  ],
];

describe("bad packs through the import path", () => {
  it.each(BAD)(
    "%s: a clear message, and the export is unchanged",
    async (_name, text, message) => {
      const db = await seeded();
      const before = await exportPack(db);
      const result = await importFile(db, text);
      expect(result.ok).toBe(false);
      const first = (result as { errors: PackError[] }).errors[0]!.message;
      expect(first).toMatch(message);
      // Past the parser: importPack validates by itself and refuses with a DbError.
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      if (value !== undefined) {
        const error = await importPack(db, value as Pack, {
          mode: "merge",
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DbError);
        expect((error as DbError).message).toMatch(
          /^This pack cannot be imported: /,
        );
      }
      expect(await exportPack(db)).toEqual(before);
    },
  );

  it("a 50 MB file that is not JSON: a message naming the line, the export unchanged", async () => {
    const db = await seeded();
    const before = await exportPack(db);
    const text = `{"format": "counterpoint-pack",\n"junk": "${"x".repeat(50 * 1024 * 1024)}"\n oops }`;
    const result = await importFile(db, text, "big.json");
    expect(result.ok).toBe(false);
    expect((result as { errors: PackError[] }).errors[0]!.message).toMatch(
      /line 3/,
    );
    expect(await exportPack(db)).toEqual(before);
  }, 120_000);

  it("a 50 MB pack with one dangling id at its end: the message names it, nothing is imported", async () => {
    const db = await seeded();
    const before = await exportPack(db);
    const pack = clone(packV1()) as Pack;
    pack.id = "big-pack";
    const filler =
      "The spokesman said the accusations about the border were baseless and repeated that position. ".repeat(
        30,
      );
    const statement = (i: number) => ({
      id: `big-${i}`,
      actorId: "ispr",
      summary: filler.slice(0, 3000),
      date: "2024",
      sources: [{ outlet: "Example News", url: `https://example.org/${i}` }],
      stances: [{ claimId: "safe-havens", stance: "asserts" as const }],
    });
    const count = Math.ceil(
      (50 * 1024 * 1024) / JSON.stringify(statement(0)).length,
    );
    pack.statements = Array.from({ length: count }, (_, i) => statement(i));
    pack.statements[count - 1]!.actorId = "ghost";
    const text = JSON.stringify(pack);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const result = await importFile(db, text, "big.json");
    expect(result.ok).toBe(false);
    expect(
      (result as { errors: PackError[] }).errors
        .map((e) => e.message)
        .join("\n"),
    ).toMatch(/no actor has the id "ghost"/);
    // And past the parser, the import refuses the whole file.
    const error = await importPack(db, pack, { mode: "merge" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DbError);
    expect(await db.statements.get("big-0")).toBeUndefined();
    expect(await exportPack(db)).toEqual(before);
  }, 180_000);

  it("a file over the 60 MB limit is refused before parsing, the export unchanged", async () => {
    const db = await seeded();
    const before = await exportPack(db);
    const result = await importFile(
      db,
      " ".repeat(61 * 1024 * 1024),
      "huge.json",
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          message:
            '"huge.json" is too large to be a pack (61 MB; the limit is 60 MB).',
        },
      ],
    });
    expect(await exportPack(db)).toEqual(before);
  }, 60_000);
});
