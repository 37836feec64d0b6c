/**
 * Faults during writes. A stopped service worker never commits its open IndexedDB transaction:
 * the browser aborts it. Here the transaction is aborted midway, after some records were
 * already written, in two ways (a hook that throws, the native transaction aborted), during an
 * import and during an update of the bundled pack; the database is closed under a running
 * transaction (IndexedDB lets it finish: the result must be the whole write, never half); and
 * the disk fills up during a bundled install. The corpus must come out whole, as it was.
 * Upgrades from every older schema version are in test/db/upgrade.test.ts (version 1 → 2).
 */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { Dexie } from "dexie";
import { clone, freshDb } from "../db/fixtures";
import { parsePack } from "../../src/core/pack-validate";
import type { Pack } from "../../src/core/pack-schema";
import { bundledHashKey, installBundledPack } from "../../src/db/bundled";
import { deleteRecord, putActor, putStatement } from "../../src/db/edits";
import { DbError } from "../../src/db/errors";
import { exportPack, importPack } from "../../src/db/import-export";
import type { CounterpointDB } from "../../src/db/schema";

const PACK_FILE = fileURLToPath(
  new URL("../../public/packs/pak-afghan-security.json", import.meta.url),
);
function bundled(): Pack {
  const parsed = parsePack(readFileSync(PACK_FILE, "utf8"));
  if (!parsed.ok) throw new Error("bundled pack invalid");
  return parsed.pack;
}

/** The real bundled pack installed, then edited by the user: an edit, a deletion, an own statement. */
async function userCorpus(): Promise<{ db: CounterpointDB; pack: Pack }> {
  const db = await freshDb();
  const pack = bundled();
  await installBundledPack(db, pack);
  await putActor(db, {
    ...pack.actors[0]!,
    name: `${pack.actors[0]!.name} (my edit)`,
  });
  await deleteRecord(db, "statements", pack.statements[1]!.id);
  await putStatement(db, {
    id: "mine-1",
    actorId: pack.actors[0]!.id,
    quote: "Words I selected on a page.",
    date: "2025-03-01",
    sources: [{ outlet: "Dawn", url: "https://www.dawn.com/news/1" }],
    stances: [{ claimId: pack.claims[0]!.id, stance: "asserts" }],
  });
  return { db, pack };
}

/** The next bundled version: every record changed, some dropped, some added. */
function nextVersion(pack: Pack): Pack {
  const p = clone(pack);
  p.version = "99.0.0";
  p.actors = p.actors.map((a) => ({ ...a, role: "changed role" }));
  p.claims = p.claims.map((c) => ({ ...c, text: `${c.text} (v99)` }));
  p.statements = p.statements.slice(0, -3).map((s) => ({ ...s, date: "2020" }));
  p.statements.push({ ...clone(p.statements[0]!), id: "new-in-v99" });
  return p;
}

/** A colleague's pack to import: new actors and statements, and changes to bundled ones. */
function importable(pack: Pack): Pack {
  const p = nextVersion(pack);
  p.id = "colleague";
  p.title = "A colleague’s pack";
  return p;
}

type Kill = "hook" | "abort" | "close";

/**
 * Arms a fault that fires once `after` statements have been written in the current
 * transaction (actors and claims are written before statements by both import and install).
 */
function armKill(db: CounterpointDB, how: Kill): () => void {
  if (how === "hook") {
    let n = 0;
    const hook = () => {
      if (++n > 5) throw new Error("worker stopped");
    };
    db.statements.hook("creating", hook);
    db.statements.hook("updating", hook);
    return () => {
      db.statements.hook("creating").unsubscribe(hook);
      db.statements.hook("updating").unsubscribe(hook);
    };
  }
  const original = db.statements.bulkPut.bind(db.statements);
  const fault = async (...args: Parameters<typeof original>) => {
    // Some writes land in the transaction first, as they would before the worker stops.
    const rows = args[0] as unknown[];
    await original(rows.slice(0, Math.ceil(rows.length / 2)) as never);
    if (how === "abort") Dexie.currentTransaction!.abort();
    else db.close();
    return original(rows.slice(Math.ceil(rows.length / 2)) as never);
  };
  const spy = vi
    .spyOn(db.statements, "bulkPut")
    .mockImplementation(fault as never);
  return () => spy.mockRestore();
}

async function reopened(db: CounterpointDB): Promise<CounterpointDB> {
  if (!db.isOpen()) await db.open();
  return db;
}

describe.each<Kill>(["hook", "abort"])(
  "the worker stops mid-write (%s)",
  (how) => {
    it("during an import: the old corpus is whole, and the import can be run again", async () => {
      const { db, pack } = await userCorpus();
      const before = await exportPack(db);
      const disarm = armKill(db, how);
      const error = await importPack(db, importable(pack), {
        mode: "merge",
      }).catch((e: unknown) => e);
      disarm();
      expect(error).toBeInstanceOf(DbError);
      expect((error as DbError).message).toMatch(/Nothing was changed/);
      await reopened(db);
      expect(await exportPack(db)).toEqual(before);
      expect(await db.packs.get("colleague")).toBeUndefined();
      // Run again, with nothing in the way: it goes through.
      await importPack(db, importable(pack), { mode: "merge" });
      expect(await db.statements.get("new-in-v99")).toBeDefined();
    });

    it("during an update of the bundled pack: the old corpus and the user’s edits are whole, and the update is retried", async () => {
      const { db, pack } = await userCorpus();
      const before = await exportPack(db);
      const stamp = (await db.meta.get(bundledHashKey(pack.id)))?.value;
      const disarm = armKill(db, how);
      const error = await installBundledPack(db, nextVersion(pack)).catch(
        (e: unknown) => e,
      );
      disarm();
      expect(error).toBeInstanceOf(DbError);
      await reopened(db);
      expect(await exportPack(db)).toEqual(before);
      // The old version's stamp stays, so the next start installs the update again.
      expect((await db.meta.get(bundledHashKey(pack.id)))?.value).toBe(stamp);
      const result = await installBundledPack(db, nextVersion(pack));
      expect(result.status).toBe("updated");
      expect((await db.actors.get(pack.actors[0]!.id))?.name).toBe(
        `${pack.actors[0]!.name} (my edit)`,
      );
      expect((await db.statements.get(pack.statements[1]!.id))?.deleted).toBe(
        true,
      );
      expect(await db.statements.get("mine-1")).toMatchObject({
        origin: "user",
        deleted: false,
      });
    });
  },
);

describe("the database closed under a running write", () => {
  it("an import finishes whole, the same as without the close", async () => {
    const { db, pack } = await userCorpus();
    const disarm = armKill(db, "close");
    await importPack(db, importable(pack), { mode: "merge" });
    disarm();
    const clean = await userCorpus();
    await importPack(clean.db, importable(pack), { mode: "merge" });
    expect(await exportPack(await reopened(db))).toEqual(
      await exportPack(clean.db),
    );
  });

  it("a bundled update finishes whole, the same as without the close", async () => {
    const { db, pack } = await userCorpus();
    const disarm = armKill(db, "close");
    await installBundledPack(db, nextVersion(pack));
    disarm();
    const clean = await userCorpus();
    await installBundledPack(clean.db, nextVersion(pack));
    expect(await exportPack(await reopened(db))).toEqual(
      await exportPack(clean.db),
    );
  });
});

describe("storage full during a bundled install", () => {
  const quota = () =>
    Promise.reject(
      new DOMException("The quota has been exceeded.", "QuotaExceededError"),
    ) as never;

  it("an update: a clear message, nothing lost", async () => {
    const { db, pack } = await userCorpus();
    const before = await exportPack(db);
    const spy = vi.spyOn(db.statements, "bulkPut").mockImplementation(quota);
    const error = await installBundledPack(db, nextVersion(pack)).catch(
      (e: unknown) => e,
    );
    spy.mockRestore();
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).quotaExceeded).toBe(true);
    expect((error as DbError).message).toMatch(
      /not enough storage space to install the pack .*Nothing was changed; free some disk space/,
    );
    expect(await exportPack(db)).toEqual(before);
  });

  it("the first install: a clear message, an empty database rather than half a corpus", async () => {
    const db = await freshDb();
    const spy = vi.spyOn(db.claims, "bulkPut").mockImplementation(quota);
    const error = await installBundledPack(db, bundled()).catch(
      (e: unknown) => e,
    );
    spy.mockRestore();
    expect((error as DbError).quotaExceeded).toBe(true);
    expect(await db.actors.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
    expect((await installBundledPack(db, bundled())).status).toBe("installed");
  });
});
