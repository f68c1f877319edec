import type { FrameworkDocument } from '@lederloeft/contracts';
import { IKAST_BRANDE_FRAMEWORK } from '@lederloeft/domain';
import { draftChanges } from './draft-changes';

function copy(): FrameworkDocument {
  return JSON.parse(JSON.stringify(IKAST_BRANDE_FRAMEWORK)) as FrameworkDocument;
}

describe('draftChanges', () => {
  it('finds nothing between an edition and its copy', () => {
    expect(draftChanges(copy(), copy())).toEqual({ texts: 0, added: 0, removed: 0, reordered: 0 });
  });

  it('counts a reworded text once, in whichever language it changed', () => {
    const draft = copy();
    draft.competencies[1].behaviours[0].text.da += ' Også i weekenden.';
    draft.competencies[1].because.en = 'Because it matters.';
    draft.values[0].name = { da: 'Samtale', en: 'Conversation' };
    draft.purpose[0].da = 'Nyt formål.';
    expect(draftChanges(copy(), draft)).toEqual({ texts: 4, added: 0, removed: 0, reordered: 0 });
  });

  it('matches items on their keys: added, removed and moved items are told apart', () => {
    const draft = copy();
    const behaviours = draft.competencies[0].behaviours;
    // Swap the first two frame behaviours, drop a personal one, add a new one.
    [behaviours[0], behaviours[1]] = [behaviours[1], behaviours[0]];
    behaviours.splice(6, 1);
    behaviours.push({
      key: 'handlekraft.ny',
      group: 'personal',
      text: { da: 'Ny adfærd', en: 'New behaviour' },
    });
    draft.competencies[1].dogmas.push({
      key: 'borgerne-i-centrum.nyt-dogme',
      text: { da: 'Nyt dogme', en: 'New dogma' },
    });
    expect(draftChanges(copy(), draft)).toEqual({ texts: 0, added: 2, removed: 1, reordered: 1 });
  });

  it('counts paragraphs that exist in only one of them as changed texts', () => {
    const draft = copy();
    draft.foundation.push({ da: 'Et afsnit mere.', en: 'One more paragraph.' });
    draft.purpose.pop();
    expect(draftChanges(copy(), draft).texts).toBe(2);
  });
});
