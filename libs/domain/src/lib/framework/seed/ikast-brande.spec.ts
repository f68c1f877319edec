import { readFileSync } from 'fs';
import { join } from 'path';
import type {
  BehaviourDocument,
  CompetencyDocument,
  DogmaDocument,
  LocalizedText,
} from '@lederloeft/contracts';
import { FRAMEWORK_DOCUMENT_SCHEMA } from '@lederloeft/contracts';
import { validateFrameworkDocument } from '../framework-validation';
import { IKAST_BRANDE_FRAMEWORK as framework } from './ikast-brande';

const rawSource = readFileSync(join(__dirname, 'ikast-brande-ledelsesgrundlag.source.txt'), 'utf8');

// The PDF extraction broke lines mid-sentence, and once inside the hyphenated compound
// "DIALOG-TILLID-/ANSVARLIGHED"; joining that break keeps the compound as the author wrote it.
const source = rawSource.replace(/-[ \t]*\r?\n[ \t]*/g, '-').replace(/\s+/g, ' ');

const KEY_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

const competency = (key: string): CompetencyDocument => {
  const found = framework.competencies.find((c) => c.key === key);
  if (!found) throw new Error(`no competency ${key}`);
  return found;
};

const allBehaviours: BehaviourDocument[] = framework.competencies.flatMap((c) => c.behaviours);
const allDogmas: DogmaDocument[] = [
  ...framework.dogmas,
  ...framework.competencies.flatMap((c) => c.dogmas),
];

const behaviour = (key: string): BehaviourDocument => {
  const found = allBehaviours.find((b) => b.key === key);
  if (!found) throw new Error(`no behaviour ${key}`);
  return found;
};

const dogma = (key: string): DogmaDocument => {
  const found = allDogmas.find((d) => d.key === key);
  if (!found) throw new Error(`no dogma ${key}`);
  return found;
};

const paragraphs = (text: LocalizedText): string[] => text.da.split('\n\n');

/** The Danish texts of one competency as they must appear in the source, in reading order. */
const competencySequence = (c: CompetencyDocument): string[] => [
  c.summary.da,
  ...paragraphs(c.description),
  `Fordi: ${c.because.da}`,
  c.frameIntro.da,
  ...c.behaviours.filter((b) => b.group === 'frame').map((b) => `• ${b.text.da}`),
  c.personalIntro.da,
  ...c.behaviours.filter((b) => b.group === 'personal').map((b) => `• ${b.text.da}`),
  ...c.dogmas.map((d) => `• ${d.text.da}`),
];

/** Every Danish text taken from the source, labelled by where it sits in the document. */
const sourcedTexts: [string, string][] = [
  ...framework.purpose.map((p, i): [string, string] => [`purpose[${i}]`, p.da]),
  ...framework.foundation.map((p, i): [string, string] => [`foundation[${i}]`, p.da]),
  ...framework.competenciesIntro.map((p, i): [string, string] => [`competenciesIntro[${i}]`, p.da]),
  ...framework.values.map((v): [string, string] => [
    `values.${v.key}.description`,
    v.description.da,
  ]),
  ...framework.dogmas.map((d): [string, string] => [`dogmas.${d.key}`, d.text.da]),
  ...framework.competencies.flatMap((c): [string, string][] => [
    [`${c.key}.summary`, c.summary.da],
    ...paragraphs(c.description).map((p, i): [string, string] => [`${c.key}.description[${i}]`, p]),
    [`${c.key}.because`, `Fordi: ${c.because.da}`],
    [`${c.key}.frameIntro`, c.frameIntro.da],
    [`${c.key}.personalIntro`, c.personalIntro.da],
    ...c.behaviours.map((b): [string, string] => [b.key, b.text.da]),
    ...c.dogmas.map((d): [string, string] => [d.key, d.text.da]),
  ]),
];

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LocalizedText).da === 'string' &&
  typeof (value as LocalizedText).en === 'string';

/** Walks the whole document so no translated field can be forgotten. */
const collectLocalized = (
  value: unknown,
  path: string,
  out: [string, LocalizedText][],
): [string, LocalizedText][] => {
  if (isLocalizedText(value)) {
    out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectLocalized(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      collectLocalized(v, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
};

const localizedTexts = collectLocalized(framework, '', []);

describe('IKAST_BRANDE_FRAMEWORK', () => {
  it('identifies the framework line', () => {
    expect(framework.schema).toBe(FRAMEWORK_DOCUMENT_SCHEMA);
    expect(framework.key).toBe('ikast-brande-ledelsesgrundlag');
    expect(framework.owner).toBe('Ikast-Brande Kommune');
    expect(framework.name.da).toBe('Ledelsesgrundlag for Ikast-Brande Kommune');
    // The source carries no year, so an edition label would be made up.
    expect('editionLabel' in framework).toBe(false);
  });

  it('passes the rules every imported framework must meet', () => {
    expect(validateFrameworkDocument(framework)).toEqual([]);
  });

  it('has the four competencies in document order', () => {
    expect(framework.competencies.map((c) => c.key)).toEqual([
      'handlekraft',
      'borgerne-i-centrum',
      'paa-tvaers',
      'hedekraft',
    ]);
  });

  it('titles each competency after its heading in the source', () => {
    const lowerSource = source.toLowerCase();
    for (const c of framework.competencies) {
      expect(lowerSource).toContain(c.title.da.toLowerCase());
    }
  });

  it('has the values in order with ordentlighed as the expected conduct', () => {
    expect(framework.values.map((v) => [v.key, v.kind, v.name.da])).toEqual([
      ['dialog', 'value', 'Dialog'],
      ['tillid', 'value', 'Tillid'],
      ['ansvarlighed', 'value', 'Ansvarlighed'],
      ['ordentlighed', 'conduct', 'Ordentlighed'],
    ]);
  });

  it('has 32 behaviours split into frame and personal as in the source', () => {
    expect(allBehaviours).toHaveLength(32);
    const counts = framework.competencies.map((c) => [
      c.key,
      c.behaviours.filter((b) => b.group === 'frame').length,
      c.behaviours.filter((b) => b.group === 'personal').length,
    ]);
    expect(counts).toEqual([
      ['handlekraft', 5, 3],
      ['borgerne-i-centrum', 5, 4],
      ['paa-tvaers', 5, 2],
      ['hedekraft', 5, 3],
    ]);
  });

  it('lists the frame behaviours of a competency before its personal ones', () => {
    for (const c of framework.competencies) {
      const groups = c.behaviours.map((b) => b.group);
      expect(groups).toEqual([...groups].sort());
    }
  });

  it('accounts for every bullet of the source as a behaviour or a dogma', () => {
    const bullets = (rawSource.match(/•/g) ?? []).length;
    expect(allDogmas).toHaveLength(2);
    expect(bullets - allDogmas.length).toBe(32);
    expect(bullets - allDogmas.length).toBe(allBehaviours.length);
  });

  it('keeps only the two dogmas the source spells out', () => {
    expect(framework.dogmas).toEqual([]);
    expect(framework.competencies.map((c) => [c.key, c.dogmas.map((d) => d.key)])).toEqual([
      ['handlekraft', []],
      [
        'borgerne-i-centrum',
        ['borgerne-i-centrum.loesninger-sammen', 'borgerne-i-centrum.myndighed-med-servicegen'],
      ],
      ['paa-tvaers', []],
      ['hedekraft', []],
    ]);
  });

  it('has the framework-level paragraphs', () => {
    expect(framework.purpose).toHaveLength(4);
    expect(framework.foundation).toHaveLength(1);
    expect(framework.competenciesIntro).toHaveLength(1);
  });

  it.each(sourcedTexts)('takes %s verbatim from the source', (_label, text) => {
    expect(text.length).toBeGreaterThan(0);
    expect(source).toContain(text);
  });

  it('keeps every sourced text in the order and section of the source', () => {
    const [first, ...rest] = framework.competencies;
    const documentOrder = [
      ...framework.purpose.map((p) => p.da),
      ...framework.foundation.map((p) => p.da),
      ...framework.values.filter((v) => v.kind === 'value').map((v) => v.description.da),
      ...competencySequence(first),
      ...framework.competenciesIntro.map((p) => p.da),
      ...rest.flatMap(competencySequence),
    ];
    const outOfPlace: string[] = [];
    let cursor = 0;
    for (const text of documentOrder) {
      const at = source.indexOf(text, cursor);
      if (at < 0) {
        outOfPlace.push(text);
      } else {
        cursor = at + text.length;
      }
    }
    expect(outOfPlace).toEqual([]);
  });

  it('carries no headings, bullets or stray whitespace into the Danish texts', () => {
    for (const [path, text] of localizedTexts) {
      for (const paragraph of text.da.split('\n\n')) {
        expect([path, paragraph]).toEqual([path, paragraph.trim()]);
        expect([path, /\s{2,}|•|HVORDAN|Eksempelvis|LEDELSE/.test(paragraph)]).toEqual([
          path,
          false,
        ]);
      }
    }
  });

  it('has the exact texts of a sample of keys', () => {
    expect(dogma('borgerne-i-centrum.myndighed-med-servicegen').text.da).toBe(
      'Vi udøver myndighed med et servicegen.',
    );
    expect(dogma('borgerne-i-centrum.loesninger-sammen').text.da).toBe(
      'Du (borgeren) finder løsninger sammen med os.',
    );
    expect(behaviour('handlekraft.vilkaars-og-mulighedsrum')).toEqual({
      key: 'handlekraft.vilkaars-og-mulighedsrum',
      group: 'frame',
      text: expect.objectContaining({
        da: 'Tydeliggøre hvad du og dine medarbejdere har indflydelse på, og hvad der er givet på forhånd (vilkårs- og mulighedsrummet).',
      }),
    });
    expect(behaviour('handlekraft.italesaette-ambitionsniveau').text.da).toBe(
      'Til stadighed italesætte ambitionsniveau, de resultater, der skal leveres og værdier, der skal efterleves: fx hvor skal vi gøre en forskel…?',
    );
    expect(behaviour('hedekraft.sige-ja')).toEqual({
      key: 'hedekraft.sige-ja',
      group: 'personal',
      text: expect.objectContaining({
        da: 'Sige ja til unikke forslag og til handlinger, hvor du ikke selv kan se vejen eller målet.',
      }),
    });
    expect(allBehaviours[allBehaviours.length - 1].key).toBe('hedekraft.sige-ja');
    expect(behaviour('paa-tvaers.nysgerrig-paa-andre').group).toBe('personal');
    expect(framework.values.find((v) => v.key === 'ordentlighed')?.description.da).toBe(
      'Du skal i din adfærd udvise ordentlighed og leve op til de tre værdiord DIALOG-TILLID-ANSVARLIGHED.',
    );
    expect(competency('handlekraft').frameIntro.da).toBe(
      'Som leder i Ikast-brande Kommune skal du sætte en tydelig retning for dig og dine medarbejdere.',
    );
    expect(competency('borgerne-i-centrum').summary.da).toMatch(/helt vælges fra:$/);
    expect(competency('hedekraft').summary.da).toMatch(/”plejer”\.$/);
    expect(competency('hedekraft').because.da).toBe('På den jyske hede er intet givet på forhånd.');
    expect(framework.competenciesIntro[0].da).toMatch(
      /^I Ikast-Brande Kommune er der udvalgt fire ledelseskompetencer/,
    );
  });

  it('translates every text into English', () => {
    const untranslated = localizedTexts.filter(
      ([, text]) =>
        text.en.trim() === '' ||
        // A single word such as a name may legitimately read the same in both languages.
        (text.en === text.da && /\s/.test(text.da)),
    );
    expect(untranslated.map(([path]) => path)).toEqual([]);
  });

  it('uses unique, well-formed keys scoped to their competency', () => {
    const keys = [
      framework.key,
      ...framework.values.map((v) => v.key),
      ...framework.competencies.map((c) => c.key),
      ...allBehaviours.map((b) => b.key),
      ...allDogmas.map((d) => d.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !KEY_PATTERN.test(k))).toEqual([]);
    for (const c of framework.competencies) {
      for (const item of [...c.behaviours, ...c.dogmas]) {
        expect(item.key.startsWith(`${c.key}.`)).toBe(true);
      }
    }
  });
});
