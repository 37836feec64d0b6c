/** An axe audit (WCAG 2.1 A and AA) of one frame, for tests outside `a11y.spec.ts` that reach UI it does not. */
import axe from 'axe-core';
import type { Frame } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };

/** The serious and critical violations in `frame` (an extension page, or the sidebar inside a page), one line each. */
export async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axe.source);
  const result = await frame.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: Violation[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    TAGS,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}
