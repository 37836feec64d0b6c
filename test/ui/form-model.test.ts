import { describe, expect, it, vi } from 'vitest';

// The form's model alone: the extension's storage and messages are not part of it.
vi.mock('../../src/options/corpus', () => ({ newStatementId: () => 'st-new' }));
vi.mock('../../src/options/i18n', () => ({ msg: (key: string) => key }));
import { draftFromRow, draftToStatement, validateDraft } from '../../src/options/form-model';
import type { StatementRow } from '../../src/db/schema';

const seedStatement = {
  id: 'q-003-1',
  actorId: 'shafqat-ali-khan',
  quote: 'We have given sufficient proof.',
  date: '2025',
  dateNote: 'The weekly briefing "on Thursday", in an article dated 30 Oct 2025.',
  sources: [{ outlet: 'Outlet not named', outletNote: 'The article names no outlet.', title: 'Pakistan says …', seed: '003' }],
  stances: [{ claimId: 'afghan-soil-used-by-ttp', stance: 'asserts' }],
} as StatementRow;

describe('editing a statement keeps what the form does not show, and only while it still holds', () => {
  it("keeps the curator's note on the outlet when the outlet is left as it was", () => {
    const edited = draftToStatement({ ...draftFromRow(seedStatement), date: '2025-03' });
    expect(edited.sources[0]).toMatchObject({
      outlet: 'Outlet not named',
      outletNote: 'The article names no outlet.',
      seed: '003',
    });
  });

  it('drops the note once the outlet is renamed: it was about the outlet it was written for', () => {
    const edited = draftToStatement({ ...draftFromRow(seedStatement), outlet: 'Pajhwok Afghan News' });
    expect(edited.sources[0]!.outlet).toBe('Pajhwok Afghan News');
    expect(edited.sources[0]!.outletNote).toBeUndefined();
  });
});

describe('the note on how a date was found is a field of the form', () => {
  it('comes into the form, is kept as edited, and goes when emptied', () => {
    const draft = draftFromRow(seedStatement);
    expect(draft.dateNote).toBe(seedStatement.dateNote);
    expect(draftToStatement(draft).dateNote).toBe(seedStatement.dateNote);
    expect(draftToStatement({ ...draft, dateNote: '  Dated by the briefing it answers.  ' }).dateNote).toBe(
      'Dated by the briefing it answers.',
    );
    expect(draftToStatement({ ...draft, dateNote: '   ' })).not.toHaveProperty('dateNote');
  });

  it('is refused when longer than the pack format allows', () => {
    const draft = draftFromRow(seedStatement);
    expect(validateDraft({ ...draft, dateNote: 'x'.repeat(400) }).dateNote).toBeUndefined();
    expect(validateDraft({ ...draft, dateNote: 'x'.repeat(401) }).dateNote).toBe('optionsErrDateNoteLong');
  });
});
