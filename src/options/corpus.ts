/** Small helpers the options page's components share: messages, downloads, the bundled pack. */
import { sendToBackground } from '../shared/browser-api';
import { parsePack } from '../core/pack-validate';
import type { Pack } from '../core/pack-schema';
import { exportPack } from '../db/import-export';
import type { CounterpointDB } from '../db/schema';
import { msg } from './i18n';
import { downloadJson } from '../ui/download';

export { downloadJson };

/** Tells the background that the corpus changed, so that it reloads its engine. */
export function notifyCorpusChanged(): void {
  void Promise.resolve()
    .then(() => sendToBackground('corpusChanged', {}))
    .catch(() => undefined);
}

/** A readable message for any thrown value. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Today's local date as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Exports the whole live corpus and hands it to the browser as a download. */
export async function downloadCorpus(db: CounterpointDB): Promise<string> {
  return downloadPack(await exportPack(db), `counterpoint-corpus-${today()}.json`);
}

/** Hands a pack to the browser as a JSON download named `name`; returns the name. */
export function downloadPack(pack: Pack, name: string): string {
  return downloadJson(pack, name);
}

/** The pack that ships with the extension. */
export async function loadBundledPack(): Promise<Pack> {
  const response = await fetch('packs/pak-afghan-security.json');
  const parsed = parsePack(await response.text(), 'pak-afghan-security.json');
  if (!parsed.ok) throw new Error(msg('optionsBundledUnreadable', parsed.errors[0]?.message ?? ''));
  return parsed.pack;
}

/** A new id for a statement the user adds. */
export function newStatementId(): string {
  return `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
