import type { LocalInterpretationView } from '@lederloeft/contracts';

function interpretation(
  unit: { id: string; name: string },
  elementKey: string,
  da: string,
  en: string,
): LocalInterpretationView {
  return {
    orgUnit: unit,
    frameworkId: 'framework-1',
    elementKey,
    text: { da, en },
    updatedAt: '2026-03-01T10:00:00.000Z',
  };
}

const BOERN_OG_UNGE = { id: 'unit-bu', name: 'Børn og Unge' };
const DAGTILBUD = { id: 'unit-dt', name: 'Dagtilbud' };

/** Test data only: interpretations from the top unit down to the leader's own. */
export const INTERPRETATIONS_FIXTURE: LocalInterpretationView[] = [
  interpretation(
    BOERN_OG_UNGE,
    'borgerne-i-centrum',
    'Hos os betyder det familien i centrum.',
    'For us it means the family at the centre.',
  ),
  interpretation(BOERN_OG_UNGE, 'borgerne-i-centrum.b2', 'Vi spørger barnet først.', ''),
  interpretation(
    DAGTILBUD,
    'borgerne-i-centrum.b2',
    'Forældrene er med fra start.',
    'Parents take part from the start.',
  ),
];
