/**
 * The fact-checks of a ClaimReview file in the import preview, one row per review: who rated
 * which claim and how (the stance its rating is read as, and why where it is mixed or unrated),
 * who made the claim, and the claim it goes on — the engine's match, another corpus claim, or a
 * new claim — for the reader to confirm or change.
 */
import type { ReviewPlan } from '../core/claim-review-pack';
import type { ReviewImport } from './claim-review-import';
import { msg } from './i18n';
import { formatDate, safeHref } from '../ui/format';

/** Reviews listed with a claim to choose; a longer file's others keep the engine's choice. */
const MAX_ROWS = 200;
/** Characters of a claim shown in a select's option. */
const OPTION_CHARS = 110;

interface Props {
  value: ReviewImport;
  plans: ReviewPlan[];
  /** The corpus's live claims, for the choice of claim. */
  claims: readonly { id: string; text: string }[];
  onChoose: (index: number, claimId: string | undefined) => void;
}

const short = (text: string) => (text.length > OPTION_CHARS ? `${text.slice(0, OPTION_CHARS - 1)}…` : text);

const NEW = '';

export function ClaimReviewPreview({ value, plans, claims, onChoose }: Props) {
  const textOf = new Map(claims.map((c) => [c.id, c.text]));
  const shown = plans.slice(0, MAX_ROWS);
  return (
    <div class="review-preview" data-testid="review-preview">
      <h3 class="review-heading">{msg('optionsFactChecks', value.reviews.length)}</h3>
      <p class="muted">{msg('optionsReviewUnchangedNote')}</p>
      {value.unranked && <p class="muted">{msg('optionsReviewUnranked')}</p>}
      <ol class="review-list">
        {shown.map((plan, i) => {
          const r = plan.review;
          const suggested = value.suggestions[i] ?? [];
          const suggestedIds = new Set(suggested.map((s) => s.claimId));
          const selectId = `review-claim-${i}`;
          const v = r.verdict;
          return (
            <li key={i} class="review-row" data-testid="review-row">
              <p class="review-head">
                <strong>{r.reviewer.name}</strong>{' '}
                <span class="muted">({msg(plan.reviewer.existing ? 'optionsReviewInCorpus' : 'optionsReviewNewActor')})</span>{' '}
                <span class={`stance stance-${v.stance}`} data-testid="review-stance">
                  {msg(`stance_${v.stance}`)}
                </span>{' '}
                {v.label && <span>{msg('optionsReviewRated', v.label)}</span>} <span class="muted">· {formatDate(r.date)}</span>
              </p>
              {v.basis === 'mixed' && <p class="review-note">{msg('optionsReviewMixed')}</p>}
              {v.basis === 'unrated' && <p class="review-note">{msg('optionsReviewUnrated')}</p>}
              <p class="review-claim">
                <span class="label">{msg('optionsReviewClaimReviewed')}</span> {r.claimText}
              </p>
              {r.claimant && (
                <p class="review-claimant">
                  <span class="label">{msg('optionsReviewMadeBy')}</span> {r.claimant.name}{' '}
                  <span class="muted">({msg(plan.claimant?.existing ? 'optionsReviewInCorpus' : 'optionsReviewNewActor')})</span>
                </p>
              )}
              <label class="review-choice" for={selectId}>
                <span class="label">{msg('optionsReviewGoesOn')}</span>
              </label>
              <select
                id={selectId}
                data-testid="review-claim"
                value={value.choices[i] ?? NEW}
                onChange={(e) => onChoose(i, e.currentTarget.value || undefined)}
              >
                {suggested.length > 0 && (
                  <optgroup label={msg('optionsReviewSuggested')}>
                    {suggested.map((s) => (
                      <option key={s.claimId} value={s.claimId}>
                        {short(textOf.get(s.claimId) ?? s.claimId)}
                      </option>
                    ))}
                  </optgroup>
                )}
                <option value={NEW}>{msg('optionsReviewNewClaim', short(r.claimText))}</option>
                <optgroup label={msg('optionsReviewOtherClaims')}>
                  {claims
                    .filter((c) => !suggestedIds.has(c.id))
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {short(c.text)}
                      </option>
                    ))}
                </optgroup>
              </select>
              <p class="review-source muted">
                {r.text ? msg('optionsReviewTextKept') : msg('optionsReviewTextNone')}
                {safeHref(r.source.url) && (
                  <>
                    {' '}
                    <a href={safeHref(r.source.url)} target="_blank" rel="noopener noreferrer">
                      {r.source.title ?? r.source.url}
                    </a>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {plans.length > shown.length && <p class="muted">{msg('optionsReviewMore', plans.length - shown.length)}</p>}
    </div>
  );
}
