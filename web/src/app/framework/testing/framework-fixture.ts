import type {
  BehaviourGroup,
  BehaviourView,
  CompetencyView,
  DogmaView,
  FrameworkView,
  LocalizedText,
} from '@lederloeft/contracts';

/** Test data only: a small framework shaped like the Ikast-Brande edition, in both languages. */
function text(da: string, en: string): LocalizedText {
  return { da, en };
}

function behaviour(competency: string, n: number, group: BehaviourGroup): BehaviourView {
  return {
    id: `${competency}-b${n}`,
    key: `${competency}.b${n}`,
    group,
    text: text(
      `Adfærd ${n} i ${competency} (${group})`,
      `Behaviour ${n} in ${competency} (${group})`,
    ),
  };
}

function competency(
  key: string,
  title: LocalizedText,
  groups: BehaviourGroup[],
  dogmas: DogmaView[] = [],
): CompetencyView {
  return {
    id: `id-${key}`,
    key,
    title,
    summary: text(`Resumé af ${title.da}.`, `Summary of ${title.en}.`),
    description: text(
      `Første afsnit om ${key}.\n\nAndet afsnit om ${key}.`,
      `First paragraph on ${key}.\n\nSecond paragraph on ${key}.`,
    ),
    because: text(`Fordi-sætning for ${key}.`, `Because sentence for ${key}.`),
    frameIntro: text(`Rammen for ${key}:`, `The frame for ${key}:`),
    personalIntro: text(`Din adfærd i ${key}:`, `Your behaviour in ${key}:`),
    behaviours: groups.map((group, i) => behaviour(key, i + 1, group)),
    dogmas,
  };
}

export const FRAMEWORK_FIXTURE: FrameworkView = {
  id: 'fw-1',
  key: 'ikast-brande-ledelsesgrundlag',
  name: text(
    'Ledelsesgrundlag for Ikast-Brande Kommune',
    'Leadership foundation of Ikast-Brande Municipality',
  ),
  owner: 'Ikast-Brande Kommune',
  edition: 1,
  editionLabel: null,
  status: 'published',
  publishedAt: '2026-11-27T09:54:45.704Z',
  retiredAt: null,
  createdAt: '2026-11-27T09:54:45.693Z',
  current: true,
  competencyCount: 4,
  behaviourCount: 14,
  purpose: [
    text('Formålets første afsnit.', 'First paragraph of the purpose.'),
    text('Formålets andet afsnit.', 'Second paragraph of the purpose.'),
  ],
  foundation: [
    text('Vi har afsæt i værdibaseret ledelse.', 'We start from value-based leadership.'),
  ],
  competenciesIntro: [
    text('Fire sidestillede kompetencer.', 'Four competencies of equal standing.'),
  ],
  values: [
    {
      id: 'v1',
      key: 'dialog',
      kind: 'value',
      name: text('Dialog', 'Dialogue'),
      description: text('Om dialog.', 'On dialogue.'),
    },
    {
      id: 'v2',
      key: 'tillid',
      kind: 'value',
      name: text('Tillid', 'Trust'),
      description: text('Om tillid.', 'On trust.'),
    },
    {
      id: 'v3',
      key: 'ansvarlighed',
      kind: 'value',
      name: text('Ansvarlighed', 'Responsibility'),
      description: text('Om ansvarlighed.', 'On responsibility.'),
    },
    {
      id: 'v4',
      key: 'ordentlighed',
      kind: 'conduct',
      name: text('Ordentlighed', 'Decency'),
      description: text('Om ordentlighed.', 'On decency.'),
    },
  ],
  competencies: [
    competency('handlekraft', text('Ledelse med handlekraft', 'Leadership with drive'), [
      'frame',
      'frame',
      'personal',
    ]),
    competency(
      'borgerne-i-centrum',
      text('Ledelse med borgerne i centrum', 'Leadership with citizens at the centre'),
      ['frame', 'personal', 'frame', 'personal', 'personal'],
      [
        {
          id: 'd1',
          key: 'borgerne-i-centrum.d1',
          text: text('Vi finder løsninger sammen.', 'We find solutions together.'),
        },
        {
          id: 'd2',
          key: 'borgerne-i-centrum.d2',
          text: text('Vi har et servicegen.', 'We have a service gene.'),
        },
      ],
    ),
    competency('paa-tvaers', text('Ledelse på tværs', 'Leadership across boundaries'), [
      'frame',
      'personal',
    ]),
    competency('hedekraft', text('Ledelse med hedekraft', 'Leadership with heath spirit'), [
      'frame',
      'frame',
      'personal',
      'personal',
    ]),
  ],
  dogmas: [],
};
