import PDFDocument from 'pdfkit';
import { COVERAGE_MEASURES, type CoverageOverview, type CoverageRow } from '@lederloeft/contracts';
import { danishDate, danishDateTime, winAnsiSafe } from '../../plans/exports/danish-format';
import {
  type Cell,
  COLOR,
  type Column,
  FONT,
  muted,
  PdfLayout,
} from '../../plans/exports/pdf-layout';
import {
  budgetTexts,
  cellText,
  MEASURE_LABEL,
  rowLabel,
  rulesText,
  targetTexts,
} from './coverage-export-format';

const MARGIN = { top: 50, bottom: 58, left: 40, right: 40 };

export interface CoveragePdfOptions {
  /** Deflate the page streams (default). Tests read the text more easily without. */
  compress?: boolean;
}

/**
 * Overblik as a report for the management meeting: A4 landscape, tagged like the plan PDF
 * (one Document with H1–H3, paragraphs and Table/TR/TH/TD in reading order; rules, fills
 * and page furniture as artifacts; PDF 1.7, da-DK, the title shown). It renders the API's
 * own answer, so it hides exactly what the JSON and the screen hide.
 */
export function renderCoveragePdf(
  overview: CoverageOverview,
  options: CoveragePdfOptions = {},
): Promise<Buffer> {
  const title = `Overblik – ${overview.unit.orgUnit.name}`;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    tagged: true,
    pdfVersion: '1.7',
    lang: 'da-DK',
    displayTitle: true,
    info: {
      Title: winAnsiSafe(title),
      Author: 'Ikast-Brande Kommune',
      Subject: winAnsiSafe(`Kompetencedækning, ${overview.round.name}`),
      Creator: 'Lederløft',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const page = new PdfLayout(doc);
  const rows: CoverageRow[] = [overview.unit, ...overview.rows];
  page.block([
    {
      text: 'IKAST-BRANDE KOMMUNE · LEDERLØFT',
      font: 'bold',
      size: 8,
      color: COLOR.muted,
      after: 4,
    },
    { text: title, font: 'bold', size: 22, color: COLOR.heading, after: 4, tag: 'H1' },
    {
      text: `Kompetencedækning i ${overview.round.name} (${danishDate(overview.round.periodStart)}–${danishDate(overview.round.periodEnd)}). ${overview.unit.leaders} ledere i enheden.`,
      size: 10,
      after: 2,
    },
    muted(
      `Dannet ${danishDateTime(new Date(overview.generatedAt))}. Mindste gruppe: ${overview.minGroupSize} ledere.`,
    ),
  ]);

  const columns: Column[] = [
    { header: 'Enhed', width: '*' },
    ...overview.competencies.map((c) => ({
      header: c.title.da,
      width: 102,
      align: 'right' as const,
    })),
    { header: 'Alle kompetencer', width: 92, align: 'right' },
  ];
  for (const measure of COVERAGE_MEASURES) {
    page.heading(MEASURE_LABEL[measure]);
    const body: Cell[][] = rows.map((row) => [
      [
        {
          text: rowLabel(row, row === overview.unit),
          font: row === overview.unit ? 'bold' : 'regular',
        },
      ],
      ...row.cells.map((cell) => [
        {
          text: cellText(measure, cell[measure], overview.minGroupSize, true),
          color: cell[measure].shown ? COLOR.text : COLOR.muted,
        },
      ]),
    ]);
    page.table(columns, body, { zebra: true });
  }

  page.heading('Budget og timer (godkendte og igangværende planer)');
  page.table(
    [
      { header: 'Enhed', width: '*' },
      { header: 'Ledere med plan', width: 90, align: 'right' },
      { header: 'Planer', width: 60, align: 'right' },
      { header: 'Aktiviteter', width: 100, align: 'right' },
      { header: 'Budgetter', width: 100, align: 'right' },
      { header: 'Timer', width: 70, align: 'right' },
    ],
    rows.map((row) => [
      [{ text: rowLabel(row, row === overview.unit) }],
      ...budgetTexts(row.budget, overview.minGroupSize, true).map((text) => [{ text }]),
    ]),
    { zebra: true },
  );

  page.heading('Mål');
  if (overview.targets.length === 0) page.block([muted('Der er ikke sat mål for enheden.', 9.5)]);
  else
    page.table(
      [
        { header: 'Enhed', width: 120 },
        { header: 'Kompetence', width: 150 },
        { header: 'Mål', width: 120 },
        { header: 'I dag', width: 90, align: 'right' },
        { header: 'Forventet til datoen', width: 100, align: 'right' },
        { header: 'Status', width: '*' },
      ],
      overview.targets.map((t) => targetTexts(t, overview, true).map((text) => [{ text }])),
    );

  page.heading('Sådan læses tallene');
  for (const line of rulesText(overview.minGroupSize))
    page.block([{ text: line, size: 9, after: 3 }]);
  page.finish();
  pageFurniture(page, title);
  doc.end();
  return done;
}

/** "Side X af Y" and the running title on every page, as artifacts. */
function pageFurniture(page: PdfLayout, title: string): void {
  const { doc } = page;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const { bottom, top } = doc.page.margins;
    // Writing inside the margins must not make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    const footerY = doc.page.height - MARGIN.bottom + 22;
    page.artifact(() => {
      doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
      doc.text(winAnsiSafe(title), page.left, footerY, {
        width: page.width - 80,
        lineBreak: false,
      });
      doc.text(`Side ${i + 1} af ${range.count}`, page.left + page.width - 80, footerY, {
        width: 80,
        align: 'right',
        lineBreak: false,
      });
    }, 'Pagination');
    doc.page.margins.bottom = bottom;
    doc.page.margins.top = top;
  }
}
