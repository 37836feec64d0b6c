/** The people and groups the article names, most mentioned first. */
import type { FoundActor } from '../shared/types';
import { t } from '../shared/browser-api';

/** The people and groups the article names, as chips, most mentioned first. */
export function ActorList({ actors }: { actors: FoundActor[] }) {
  const sorted = [...actors].sort((a, b) => b.mentions - a.mentions);
  return (
    <section aria-labelledby="actors-heading" class="actors">
      <h2 id="actors-heading" class="section-title">
        {t('sidebarActors')}
      </h2>
      <ul class="chips">
        {sorted.map((a) => (
          <li key={a.id} class="chip" title={a.role ?? ''}>
            {a.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
