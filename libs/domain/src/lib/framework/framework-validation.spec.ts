import { FRAMEWORK_DOCUMENT_SCHEMA, FrameworkDocument } from '@lederloeft/contracts';
import { isStableKey } from './framework-keys';
import { countBehaviours, validateFrameworkDocument } from './framework-validation';

const t = (da: string, en = `${da} (en)`) => ({ da, en });

function minimalDocument(): FrameworkDocument {
  return {
    schema: FRAMEWORK_DOCUMENT_SCHEMA,
    key: 'test-grundlag',
    name: t('Testgrundlag'),
    owner: 'Testkommune',
    purpose: [t('Formål')],
    foundation: [],
    competenciesIntro: [],
    values: [
      {
        key: 'dialog',
        kind: 'value',
        name: t('Dialog', 'Dialogue'),
        description: t('Vi taler sammen'),
      },
    ],
    competencies: [
      {
        key: 'handlekraft',
        title: t('Ledelse med handlekraft'),
        summary: t('Resumé'),
        description: t('Beskrivelse'),
        because: t('Fordi'),
        frameIntro: t('Rammen'),
        personalIntro: t('Personligt'),
        behaviours: [
          {
            key: 'handlekraft.retning',
            group: 'frame',
            text: t('Sætte retning'),
          },
          {
            key: 'handlekraft.synlig',
            group: 'personal',
            text: t('Være synlig'),
          },
        ],
        dogmas: [{ key: 'handlekraft.dogme', text: t('Et dogme') }],
      },
    ],
    dogmas: [],
  };
}

describe('validateFrameworkDocument', () => {
  it('accepts a well-formed document', () => {
    expect(validateFrameworkDocument(minimalDocument())).toEqual([]);
  });

  it('requires at least one competency', () => {
    const doc = { ...minimalDocument(), competencies: [] };
    expect(validateFrameworkDocument(doc)).toEqual([
      {
        path: 'competencies',
        message: expect.stringContaining('mindst én kompetence'),
      },
    ]);
  });

  it('requires every competency to have behaviours', () => {
    const doc = minimalDocument();
    doc.competencies[0].behaviours = [];
    expect(validateFrameworkDocument(doc).map((i) => i.path)).toEqual([
      'competencies[0].behaviours',
    ]);
  });

  it('points at the second use of a duplicate key, across kinds of element', () => {
    const doc = minimalDocument();
    doc.competencies[0].behaviours[1].key = 'handlekraft.retning';
    doc.competencies[0].dogmas[0].key = 'dialog';
    const issues = validateFrameworkDocument(doc);
    expect(issues).toEqual([
      {
        path: 'competencies[0].behaviours[1].key',
        message: expect.stringContaining('competencies[0].behaviours[0].key'),
      },
      {
        path: 'competencies[0].dogmas[0].key',
        message: expect.stringContaining('values[0].key'),
      },
    ]);
  });

  it('rejects keys that are not stable URL-safe identifiers', () => {
    const doc = minimalDocument();
    doc.competencies[0].key = 'Ledelse med handlekraft';
    expect(validateFrameworkDocument(doc).map((i) => i.path)).toEqual(['competencies[0].key']);
  });

  it('accepts a competency without a "Fordi" sentence or group lead-ins', () => {
    const doc = minimalDocument();
    doc.competencies[0].because = { da: '', en: '' };
    doc.competencies[0].frameIntro = { da: '', en: '' };
    doc.competencies[0].personalIntro = { da: '', en: '' };
    expect(validateFrameworkDocument(doc)).toEqual([]);
  });

  it('rejects blank texts in either language, naming the language', () => {
    const doc = minimalDocument();
    doc.competencies[0].summary = { da: '  ', en: 'Summary' };
    doc.values[0].name = { da: 'Dialog', en: '' };
    expect(validateFrameworkDocument(doc).map((i) => i.path)).toEqual([
      'values[0].name.en',
      'competencies[0].summary.da',
    ]);
  });

  it('counts behaviours across competencies', () => {
    expect(countBehaviours(minimalDocument())).toBe(2);
  });
});

describe('isStableKey', () => {
  it.each([
    ['handlekraft', true],
    ['borgerne-i-centrum', true],
    ['handlekraft.vilkaars-og-mulighedsrum', true],
    ['paa-tvaers', true],
    ['på-tværs', false],
    ['Handlekraft', false],
    ['-start', false],
    ['a..b', false],
    ['', false],
    ['a'.repeat(101), false],
  ])('%s -> %s', (key, expected) => {
    expect(isStableKey(key)).toBe(expected);
  });
});
