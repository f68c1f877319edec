import type { PlanItemView } from '@lederloeft/contracts';
import { danishDateRange, danishHours, danishMoney } from './danish-format';
import { type Cell, COLOR, type Column, muted, PdfLayout, type Run } from './pdf-layout';
import { CATEGORY_SECTIONS, competencyName, type PlanExport } from './plan-export.model';

/**
 * The activities of the plan PDF: one table per 70-20-10 category (what, when and where,
 * the seat, price and hours), then the totals against the budget and the hours.
 */

function seatText(item: PlanItemView, planApproved: boolean): string {
  if (item.booking?.status === 'booked') return 'Booket';
  if (item.booking?.status === 'waiting') {
    return item.booking.queuePosition
      ? `Venteliste nr. ${item.booking.queuePosition}`
      : 'Venteliste';
  }
  if (item.session) return planApproved ? 'Ikke booket' : 'Bookes ved godkendelse';
  return '–';
}

function activityCell(model: PlanExport, item: PlanItemView): Cell {
  // An offer has a name; an activity in the job is named by the behaviour it practises (the
  // framework's words) and described in the leader's own; other activities by their text.
  const behaviour = item.behaviourKey ? model.behaviourTexts.get(item.behaviourKey) : undefined;
  const cell: Cell =
    item.kind === 'offer'
      ? [{ text: item.offerTitle ?? 'Tilbud fra kataloget', font: 'bold', after: 2 }]
      : behaviour && behaviour !== item.text
        ? [
            { text: behaviour, font: 'bold', after: 2 },
            { text: item.text, after: 2 },
          ]
        : [{ text: item.text, after: 2 }];
  if (item.kind === 'offer' && item.text) {
    cell.push({ text: item.text, font: 'italic', size: 9, color: COLOR.muted, after: 2 });
  }
  const competencies = item.competencyKeys.map((k) => competencyName(model, k)).join(', ');
  cell.push(muted(`Kompetencer: ${competencies}`));
  if (item.status === 'done') {
    cell.push({
      text: `Gennemført${item.doneEvidence ? `: ${item.doneEvidence}` : ''}`,
      size: 8.5,
      color: COLOR.heading,
      font: 'bold',
    });
  }
  return cell;
}

function whenCell(item: PlanItemView): Cell {
  if (item.session) {
    return [
      { text: danishDateRange(item.session.startDate, item.session.endDate), after: 1 },
      muted(item.session.place),
    ];
  }
  if (item.kind === 'offer') return [{ text: 'Efter behov' }];
  return [{ text: 'Løbende i perioden' }];
}

export function activities(page: PdfLayout, model: PlanExport): void {
  const { plan } = model;
  const approved = plan.approvedAt !== null;
  const columns: Column[] = [
    { header: 'Aktivitet', width: '*' },
    { header: 'Tidspunkt og sted', width: 108 },
    { header: 'Plads', width: 72 },
    { header: 'Pris', width: 58, align: 'right' },
    { header: 'Timer', width: 40, align: 'right' },
  ];
  const byCategory = CATEGORY_SECTIONS.map((section) => ({
    ...section,
    items: plan.items.filter(
      (i) => (model.categories.get(i.id) ?? 'experience') === section.category,
    ),
  }));
  const rowsOf = (items: PlanItemView[]): Cell[][] =>
    items.map((item) => [
      activityCell(model, item),
      whenCell(item),
      [{ text: seatText(item, approved), size: 9 }],
      // A free catalogue offer says so; an activity in the job simply has no price.
      [{ text: item.costDkk || item.kind === 'offer' ? danishMoney(item.costDkk) : '–' }],
      [{ text: item.hours ? danishHours(item.hours) : '–' }],
    ]);
  const first = byCategory[0];
  page.heading(
    'Aktiviteter (70-20-10)',
    40 + (first.items.length ? page.tableStart(columns, rowsOf(first.items.slice(0, 1))) : 20),
  );
  page.block([
    muted(
      `Planen har ${plan.items.length} ${plan.items.length === 1 ? 'aktivitet' : 'aktiviteter'}: ` +
        byCategory
          .map((c) => `${c.title.replace(/ \(\d+\)$/, '').toLowerCase()} ${c.items.length}`)
          .join(' · ') +
        '. 70-20-10 er et pejlemærke for balancen, ikke en kvote.',
      9,
    ),
  ]);
  for (const section of byCategory) {
    const rows = rowsOf(section.items);
    page.subheading(section.title, rows.length ? page.tableStart(columns, rows) : 16);
    if (rows.length === 0) {
      page.block([muted('Ingen aktiviteter i denne kategori.', 9)]);
      continue;
    }
    page.table(columns, rows, { zebra: true });
  }
  totals(page, model);
}

function totals(page: PdfLayout, model: PlanExport): void {
  const { plan } = model;
  const rest = (limit: number | null, used: number, format: (n: number) => string) => {
    if (limit === null) return 'Intet loft angivet';
    const left = limit - used;
    return left >= 0 ? `${format(left)} tilbage` : `${format(-left)} over`;
  };
  const against = (limit: number | null, used: number, text: string): Run =>
    limit !== null && used > limit
      ? { text, size: 8.5, font: 'bold', color: COLOR.warning }
      : muted(text);
  const tiles: Run[][] = [
    [
      { text: 'PRIS I ALT', font: 'bold', size: 7.5, color: COLOR.muted, after: 2 },
      { text: danishMoney(plan.totals.costDkk), font: 'bold', size: 14, after: 1 },
      against(
        plan.budgetDkk,
        plan.totals.costDkk,
        plan.budgetDkk === null
          ? 'Intet budget angivet'
          : `af ${danishMoney(plan.budgetDkk)} · ${rest(plan.budgetDkk, plan.totals.costDkk, danishMoney)}`,
      ),
    ],
    [
      { text: 'TIMER I ALT', font: 'bold', size: 7.5, color: COLOR.muted, after: 2 },
      { text: danishHours(plan.totals.hours), font: 'bold', size: 14, after: 1 },
      against(
        plan.hours,
        plan.totals.hours,
        plan.hours === null
          ? 'Ingen timeramme angivet'
          : `af ${danishHours(plan.hours)} · ${rest(plan.hours, plan.totals.hours, danishHours)}`,
      ),
    ],
  ];
  const gap = 12;
  const width = (page.width - gap) / 2;
  const height = Math.max(...tiles.map((t) => page.measure(t, width - 20))) + 16;
  page.ensure(height + 14);
  page.y += 10;
  const y = page.y;
  tiles.forEach((tile, i) => {
    const x = page.left + i * (width + gap);
    page.fill({ x, y, width, height }, COLOR.fill);
    page.draw(tile, x + 10, y + 8, width - 20);
  });
  page.y = y + height + 4;
}
