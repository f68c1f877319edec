import type { LearningCategory, PlanItemView, PlanView } from '@lederloeft/contracts';
import {
  pdfMarkedOps,
  pdfPageCount,
  pdfStructureTypes,
  pdfText,
  pdfTextRuns,
} from '../../testing/pdf-text';
import type { PlanExport } from './plan-export.model';
import { renderPlanPdf } from './plan-pdf';

const A4_HEIGHT = 841.89;

function item(i: number, kind: PlanItemView['kind'], extra: Partial<PlanItemView> = {}) {
  return {
    id: `item-${i}`,
    kind,
    offerId: kind === 'offer' ? `offer-${i}` : null,
    offerKind: kind === 'offer' ? 'course' : null,
    offerTitle: kind === 'offer' ? `Kursus nr. ${i}: Modig ledelse – “idéer” på tværs` : null,
    session:
      kind === 'offer'
        ? { id: `s-${i}`, startDate: '2027-03-03', endDate: '2027-03-04', place: 'Ikast Rådhus' }
        : null,
    behaviourKey: null,
    text:
      kind === 'offer'
        ? ''
        : `Aktivitet nr. ${i}: have et fast punkt på afdelingsmøder, hvor medarbejderne efterlyser idéer og følger op på dem → næste møde`,
    competencyKeys: ['hedekraft', 'handlekraft'],
    behaviourKeys: [],
    position: i,
    status: 'planned',
    doneEvidence: null,
    doneAt: null,
    costDkk: kind === 'offer' ? 4500 : 0,
    hours: 7.5,
    booking: kind === 'offer' ? { id: `b-${i}`, status: 'booked', queuePosition: null } : null,
    notes: [],
    ...extra,
  } satisfies PlanItemView;
}

function model(items: PlanItemView[], overrides: Partial<PlanView> = {}): PlanExport {
  const categories = new Map<string, LearningCategory>(
    items.map((it, i) => [
      it.id,
      it.kind === 'on-the-job' ? 'experience' : i % 2 ? 'formal' : 'others',
    ]),
  );
  return {
    plan: {
      id: 'plan-1',
      leader: { id: 'l-1', name: 'Camilla Nørgaard' },
      title: 'Min udviklingsplan 2027',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      budgetDkk: 20000,
      hours: 60,
      status: 'approved',
      managerComment: 'Godt arbejde – husk “hedekraft”.',
      version: 3,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-02T10:00:00.000Z',
      submittedAt: '2026-11-02T09:00:00.000Z',
      approvedAt: '2026-11-02T10:00:00.000Z',
      items,
      goals: [
        {
          id: 'g-1',
          competencyKey: 'hedekraft',
          what: 'Medarbejderne bringer selv idéer til afdelingsmøderne.',
          measure: 'Mindst to nye idéer pr. møde, noteret i referatet.',
          byDate: '2027-06-30',
          behaviourKeys: ['hedekraft.efterlyse-ideer'],
        },
      ],
      followUps: [{ id: 'f-1', date: '2027-03-01', note: 'Status på kurset' }],
      totals: {
        costDkk: items.reduce((s, i) => s + i.costDkk, 0),
        hours: items.reduce((s, i) => s + i.hours, 0),
      },
      permissions: { edit: false, delete: false, followUp: true, actions: [] },
      ...overrides,
    },
    leader: {
      name: 'Camilla Nørgaard',
      title: 'Afdelingsleder',
      orgUnit: 'Børn og Unge',
      manager: 'Morten Jensen',
    },
    foundation: 'Jeg leder med tillid.\n\nJeg siger ja til idéer, før jeg siger nej.',
    competencyNames: new Map([
      ['hedekraft', 'Hedekraft'],
      ['handlekraft', 'Handlekraft'],
    ]),
    behaviourTexts: new Map([['hedekraft.efterlyse-ideer', 'Efterlyser idéer fra medarbejderne']]),
    categories,
    gaps: {
      roundName: 'Lederevaluering 2026',
      rows: [
        { key: 'hedekraft', target: 4, level: 2.6, gap: 1.4, status: 'gap' },
        { key: 'handlekraft', target: 4, level: 4.2, gap: -0.2, status: 'met' },
      ],
    },
    generatedAt: new Date('2026-11-27T14:05:00Z'),
  };
}

describe('plan PDF', () => {
  it('writes the plan in Danish with the sections of the development conversation', async () => {
    const pdf = await renderPlanPdf(
      model([
        item(1, 'offer'),
        item(2, 'on-the-job'),
        item(3, 'offer', { booking: { id: 'b', status: 'waiting', queuePosition: 3 } }),
      ]),
      { compress: false },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'Udviklingsplan',
      'Camilla Nørgaard',
      'Afdelingsleder',
      'Børn og Unge',
      'Morten Jensen',
      '1. januar – 31. december 2027',
      'Godkendt',
      'Godt arbejde – husk “hedekraft”.',
      'Jeg siger ja til idéer, før jeg siger nej.',
      'Lederevaluering 2026',
      '1,4',
      'Hvad bliver anderledes',
      'Hvordan ses eller måles det',
      'Hvornår',
      '30. juni 2027',
      'Efterlyser idéer fra medarbejderne',
      'Læring i jobbet (70)',
      'Læring med andre (20)',
      'Formel uddannelse (10)',
      'Kursus nr. 1: Modig ledelse – “idéer” på tværs',
      '3.–4. marts 2027',
      'Booket',
      'Venteliste nr. 3',
      '4.500 kr.',
      '9.000 kr.',
      'af 20.000 kr. · 11.000 kr. tilbage',
      '22,5 t',
      '1. marts 2027',
      'Status på kurset',
      'Noter fra udviklingssamtalen',
      'Dato og underskrift',
      'Nærmeste leder',
      `Side 1 af ${pdfPageCount(pdf)}`,
      'Udskrevet 27. november 2026 kl. 15.05',
    ]) {
      expect(text).toContain(expected);
    }
    // The arrow is not in WinAnsi: it becomes "=>" instead of a wrong glyph.
    expect(text).toContain('følger op på dem => næste møde');
  });

  it('keeps every table row whole on one page and repeats the header in a 25-item plan', async () => {
    const items = Array.from({ length: 25 }, (_, i) =>
      item(i + 1, i % 3 === 0 ? 'on-the-job' : 'offer'),
    );
    const pdf = await renderPlanPdf(model(items), { compress: false });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
    const runs = pdfTextRuns(pdf, A4_HEIGHT);
    expect(new Set(runs.map((r) => r.page)).size).toBe(pages);

    // Body text stays between the margins; only the running header and footer sit outside.
    const furniture = (t: string) =>
      t.startsWith('Side ') || t.startsWith('Udskrevet') || t.startsWith('Udviklingsplan · ');
    for (const run of runs.filter((r) => !furniture(r.text))) {
      expect(run.top).toBeGreaterThan(50);
      expect(run.top).toBeLessThan(A4_HEIGHT - 62);
    }
    expect(runs.filter((r) => r.text.startsWith('Side ')).map((r) => r.text)).toEqual(
      Array.from({ length: pages }, (_, i) => `Side ${i + 1} af ${pages}`),
    );

    // Each activity's title and its competency line are on the same page.
    for (const it of items) {
      const title =
        it.kind === 'offer' ? `Kursus nr. ${it.position}:` : `Aktivitet nr. ${it.position}:`;
      const at = runs.findIndex((r) => r.text.startsWith(title));
      expect(at).toBeGreaterThanOrEqual(0);
      const competencies = runs.slice(at).find((r) => r.text.startsWith('Kompetencer:'));
      expect(competencies?.page).toBe(runs[at].page);
    }

    // Every page that carries activity rows starts that table with its header row.
    const activityPages = new Set(
      runs.filter((r) => /^(Kursus|Aktivitet) nr\. \d+:/.test(r.text)).map((r) => r.page),
    );
    for (const page of activityPages) {
      const onPage = runs.filter((r) => r.page === page);
      const header = onPage.find((r) => r.text === 'Tidspunkt og sted');
      const firstRow = onPage.find((r) => /^(Kursus|Aktivitet) nr\. \d+:/.test(r.text));
      expect(header?.top ?? Infinity).toBeLessThan(firstRow?.top ?? -Infinity);
    }

    // A heading is never the last thing on a page.
    for (let page = 1; page <= pages; page++) {
      const body = runs.filter((r) => r.page === page && !furniture(r.text));
      const last = body[body.length - 1];
      expect(['Aktiviteter (70-20-10)', 'SMART-mål', 'Opfølgning', 'Underskrifter']).not.toContain(
        last?.text,
      );
    }
  });

  it('is a tagged PDF: headings, paragraphs and tables in reading order, decoration as artifacts', async () => {
    const items = Array.from({ length: 25 }, (_, i) =>
      item(i + 1, i % 3 === 0 ? 'on-the-job' : 'offer'),
    );
    // A foundation long enough that pdfkit breaks one paragraph across pages itself.
    const foundation = `Jeg leder med tillid.\n\n${'Jeg siger ja til idéer, før jeg siger nej. '.repeat(150)}`;
    const pdf = await renderPlanPdf({ ...model(items), foundation }, { compress: false });
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);

    // Nothing is drawn outside marked content: a screen reader either reads it or knows
    // to skip it.
    const ops = pdfMarkedOps(pdf);
    expect(ops.filter((op) => op.kind === 'text').length).toBeGreaterThan(100);
    const foundationPages = ops
      .filter((op) => op.text.startsWith('Jeg siger ja'))
      .map((op) => op.page);
    expect(new Set(foundationPages).size).toBeGreaterThan(1);
    expect(ops.filter((op) => op.tag === null)).toEqual([]);

    // Text is content; the page furniture, rules, fills and repeated table headers are not.
    const tagOf = (text: string) => ops.find((op) => op.text === text)?.tag;
    expect(tagOf('Udviklingsplan')).toBe('H1');
    expect(tagOf('SMART-mål')).toBe('H2');
    expect(tagOf('Læring med andre (20)')).toBe('H3');
    expect(tagOf('Jeg leder med tillid.')).toBe('P');
    const pages = pdfPageCount(pdf);
    for (let page = 1; page <= pages; page++) {
      expect(tagOf(`Side ${page} af ${pages}`)).toBe('Artifact');
    }
    expect(ops.filter((op) => op.kind === 'drawing').every((op) => op.tag === 'Artifact')).toBe(
      true,
    );
    // The activity header's first rendering is content, its repeats on later pages are not.
    const headers = ops.filter((op) => op.text === 'Tidspunkt og sted');
    expect(headers.length).toBeGreaterThan(3);
    expect(headers.filter((op) => op.tag !== 'Artifact').length).toBe(3);

    const types = pdfStructureTypes(pdf);
    expect(types['Document']).toBe(1);
    expect(types['H1']).toBe(1);
    // Foundation, gaps, SMART goals, activities, follow-up, notes, signatures.
    expect(types['H2']).toBe(7);
    // Gaps, three 70-20-10 tables, follow-ups.
    expect(types['Table']).toBe(5);
    // 5 gap columns + 3 × 5 activity columns + 2 follow-up columns, each once.
    expect(types['TH']).toBe(22);
    // 2 gap rows + 25 activities + 1 follow-up, plus a header row per table.
    expect(types['TR']).toBe(28 + 5);
    expect(types['TD']).toBe(2 * 5 + 25 * 5 + 1 * 2);
  });

  it('writes a valid PDF for an empty draft without gaps, foundation or manager', async () => {
    const empty = model([], {
      status: 'draft',
      approvedAt: null,
      submittedAt: null,
      managerComment: null,
      goals: [],
      followUps: [],
      budgetDkk: null,
      hours: null,
    });
    const pdf = await renderPlanPdf(
      { ...empty, gaps: null, foundation: '', leader: { ...empty.leader, manager: null } },
      { compress: false },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Kladde');
    expect(text).toContain('Planen har endnu ingen SMART-mål.');
    expect(text).toContain('Der er endnu ingen vurdering med kompetencegab for lederen.');
    expect(text).toContain('Lederen har endnu ikke skrevet sit personlige ledelsesgrundlag.');
    expect(text).toContain('Der er endnu ikke aftalt opfølgningsdatoer.');
    expect(text).toContain('Intet budget angivet');
  });
});
