import PDFDocument from 'pdfkit';
import {
  danishDate,
  danishDateRange,
  danishDateTime,
  danishDay,
  danishDecimal,
  danishHours,
  danishMoney,
  winAnsiSafe,
} from './danish-format';
import { activities } from './pdf-activities';
import { type Cell, COLOR, type Column, FONT, muted, PdfLayout, type Run } from './pdf-layout';
import { competencyName, type PlanExport, STATUS_LABEL_DA } from './plan-export.model';

export interface PlanPdfOptions {
  /** Deflate the page streams (default). Tests read the text more easily without. */
  compress?: boolean;
}

const MARGIN = { top: 58, bottom: 62, left: 56, right: 56 };

/**
 * The development plan as an A4 PDF in Danish, for the conversation between the leader
 * and the manager: who and when, the personal foundation, where the leader stands (gaps),
 * the SMART goals, the activities by 70-20-10 with seats, money and hours, the follow-ups,
 * and room for notes and signatures.
 */
export function renderPlanPdf(model: PlanExport, options: PlanPdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    // Tagged (structure tree, reading order, artifacts; see pdf-layout.ts) with the
    // language and title a screen reader announces. Not PDF/UA: that would need embedded
    // fonts, and the built-in Helvetica is not embedded.
    tagged: true,
    pdfVersion: '1.7',
    lang: 'da-DK',
    displayTitle: true,
    info: {
      Title: winAnsiSafe(`Udviklingsplan – ${model.leader.name}`),
      Author: 'Ikast-Brande Kommune',
      Subject: winAnsiSafe(model.plan.title),
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
  header(page, model);
  foundation(page, model);
  gaps(page, model);
  goals(page, model);
  activities(page, model);
  followUps(page, model);
  notesAndSignatures(page, model);
  page.finish();
  pageFurniture(page, model);
  doc.end();
  return done;
}

function header(page: PdfLayout, model: PlanExport): void {
  const { plan, leader } = model;
  page.block([
    {
      text: 'IKAST-BRANDE KOMMUNE · LEDERLØFT',
      font: 'bold',
      size: 8,
      color: COLOR.muted,
      after: 4,
    },
    { text: 'Udviklingsplan', font: 'bold', size: 26, color: COLOR.heading, after: 2, tag: 'H1' },
    { text: plan.title, size: 13, color: COLOR.muted },
  ]);
  page.y += 10;
  page.rule(COLOR.heading, 1.2);
  page.y += 10;

  const facts: [string, string][] = [
    ['Leder', leader.name],
    ['Stilling', leader.title],
    ['Enhed', leader.orgUnit],
    ['Nærmeste leder', leader.manager ?? 'Ingen (øverste leder)'],
    ['Periode', danishDateRange(plan.periodStart, plan.periodEnd)],
    ['Status', STATUS_LABEL_DA[plan.status]],
  ];
  if (plan.approvedAt) facts.push(['Godkendt', danishDay(new Date(plan.approvedAt))]);
  else if (plan.submittedAt) {
    facts.push(['Sendt til godkendelse', danishDay(new Date(plan.submittedAt))]);
  }
  facts.push(
    ['Budget', plan.budgetDkk === null ? 'Ikke angivet' : danishMoney(plan.budgetDkk)],
    ['Timer til rådighed', plan.hours === null ? 'Ikke angivet' : danishHours(plan.hours)],
  );
  const columns = 3;
  const gutter = 14;
  const colWidth = (page.width - gutter * (columns - 1)) / columns;
  for (let i = 0; i < facts.length; i += columns) {
    const row = facts.slice(i, i + columns).map(([label, value]): Run[] => [
      { text: label.toUpperCase(), font: 'bold', size: 7.5, color: COLOR.muted, after: 1.5 },
      { text: value, size: 10.5 },
    ]);
    const height = Math.max(...row.map((runs) => page.measure(runs, colWidth)));
    page.ensure(height);
    const y = page.y;
    row.forEach((runs, j) => page.draw(runs, page.left + j * (colWidth + gutter), y, colWidth));
    page.y = y + height + 8;
  }

  if (plan.managerComment) {
    const label =
      plan.status === 'returned'
        ? 'Kommentar fra nærmeste leder (sendt retur)'
        : 'Kommentar fra nærmeste leder';
    const runs: Run[] = [
      { text: label, font: 'bold', size: 8.5, color: COLOR.heading, after: 2 },
      { text: plan.managerComment, font: 'italic', size: 10 },
    ];
    const height = page.measure(runs, page.width - 20) + 14;
    page.ensure(height);
    const y = page.y + 2;
    page.fill({ x: page.left, y, width: page.width, height }, COLOR.fill);
    page.fill({ x: page.left, y, width: 3, height }, COLOR.heading);
    page.draw(runs, page.left + 12, y + 7, page.width - 20);
    page.y = y + height + 4;
  }
}

function foundation(page: PdfLayout, model: PlanExport): void {
  page.heading('Mit personlige ledelsesgrundlag', 30);
  const text = model.foundation?.trim();
  if (!text) {
    page.block([muted('Lederen har endnu ikke skrevet sit personlige ledelsesgrundlag.', 9.5)]);
    return;
  }
  const paragraphs = text.split(/\n\s*\n/);
  paragraphs.forEach((p, i) =>
    page.flow({ text: p.trim(), size: 10, after: i < paragraphs.length - 1 ? 6 : 0 }),
  );
}

function gaps(page: PdfLayout, model: PlanExport): void {
  const gaps = model.gaps;
  if (!gaps || gaps.rows.length === 0) {
    page.heading('Udgangspunkt: kompetencegab', 30);
    page.block([muted('Der er endnu ingen vurdering med kompetencegab for lederen.', 9.5)]);
    return;
  }
  const columns: Column[] = [
    { header: 'Kompetence', width: '*' },
    { header: 'Mål', width: 48, align: 'right' },
    { header: 'Niveau', width: 52, align: 'right' },
    { header: 'Gab', width: 48, align: 'right' },
    { header: '', width: 120 },
  ];
  const value = (n: number | null) => (n === null ? '–' : danishDecimal(n));
  const rows: Cell[][] = gaps.rows.map((row) => [
    [{ text: competencyName(model, row.key), font: 'bold' }],
    [{ text: value(row.target) }],
    [{ text: value(row.level) }],
    [
      {
        text:
          row.status === 'no-evidence'
            ? 'For få svar'
            : row.status === 'no-target'
              ? 'Intet mål'
              : value(row.gap),
        font: row.status === 'gap' ? 'bold' : 'regular',
      },
    ],
    [],
  ]);
  const largest = Math.max(1, ...gaps.rows.map((r) => r.gap ?? 0));
  const intro = muted(
    `Fra vurderingsrunden "${gaps.roundName}". Gab = målet for lederens niveau minus det samlede niveau fra vurderingerne; jo større tal, jo mere at arbejde med.`,
    9,
  );
  page.heading('Udgangspunkt: kompetencegab', page.measure([intro], page.width) + 40);
  page.block([{ ...intro, after: 0 }]);
  page.y += 6;
  page.table(columns, rows, {
    decorate: (row, col, box) => {
      const gap = gaps.rows[row].gap;
      if (col !== 4 || gap === null || gap <= 0) return;
      const width = ((box.width - 12) * gap) / largest;
      // Called inside an artifact: the bar repeats the number in the Gab column.
      page.doc
        .save()
        .rect(box.x + 6, box.y + box.height / 2 - 3.5, width, 7)
        .fill(COLOR.bar)
        .restore();
    },
  });
}

function goals(page: PdfLayout, model: PlanExport): void {
  page.heading('SMART-mål', 80);
  if (model.plan.goals.length === 0) {
    page.block([muted('Planen har endnu ingen SMART-mål.', 9.5)]);
    return;
  }
  const labelWidth = 150;
  const valueWidth = page.width - labelWidth - 10;
  model.plan.goals.forEach((goal, index) => {
    const lines: [string, Run[]][] = [
      ['Hvad bliver anderledes', [{ text: goal.what, size: 10 }]],
      ['Hvordan ses eller måles det', [{ text: goal.measure, size: 10 }]],
      ['Hvornår', [{ text: danishDate(goal.byDate), size: 10 }]],
    ];
    if (goal.behaviourKeys.length) {
      lines.push([
        'Adfærd i fokus',
        goal.behaviourKeys.map((key) => ({
          text: `•  ${model.behaviourTexts.get(key) ?? key}`,
          size: 10,
          after: 2,
        })),
      ]);
    }
    const title: Run = {
      text: competencyName(model, goal.competencyKey),
      font: 'bold',
      size: 11.5,
      color: COLOR.heading,
    };
    const label = (text: string): Run[] => [{ text, font: 'bold', size: 8.5, color: COLOR.muted }];
    const heights = lines.map(([l, runs]) =>
      Math.max(page.measure(label(l), labelWidth), page.measure(runs, valueWidth)),
    );
    const total =
      page.measure([title], page.width) + 6 + heights.reduce((s, h) => s + h + 5, 0) + 8;
    // A goal is read as one: it moves whole to the next page rather than split.
    page.ensure(total);
    // A separator between goals, but not at the top of a fresh page.
    if (index > 0 && page.y > page.top + 1) {
      page.rule();
      page.y += 8;
    }
    page.y += page.draw([title], page.left, page.y, page.width) + 6;
    lines.forEach(([l, runs], i) => {
      const y = page.y;
      page.draw(label(l), page.left, y + 1, labelWidth);
      page.draw(runs, page.left + labelWidth + 10, y, valueWidth);
      page.y = y + heights[i] + 5;
    });
    page.y += 4;
  });
}

function followUps(page: PdfLayout, model: PlanExport): void {
  const columns: Column[] = [
    { header: 'Dato', width: 120 },
    { header: 'Aftale', width: '*' },
  ];
  const rows: Cell[][] = model.plan.followUps.map((f) => [
    [{ text: danishDate(f.date), font: 'bold' }],
    [{ text: f.note || '–' }],
  ]);
  page.heading('Opfølgning', rows.length ? page.tableStart(columns, rows) : 20);
  if (rows.length === 0) {
    page.block([muted('Der er endnu ikke aftalt opfølgningsdatoer.', 9.5)]);
    return;
  }
  page.table(columns, rows);
}

function notesAndSignatures(page: PdfLayout, model: PlanExport): void {
  const lines = 8;
  const spacing = 22;
  // Notes and signatures are the last page of the conversation: they stay together.
  page.heading('Noter fra udviklingssamtalen', lines * spacing + 150);
  for (let i = 0; i < lines; i++) {
    page.y += spacing;
    page.rule(COLOR.rule, 0.5);
  }

  const signers: [string, string][] = [
    [model.leader.name, 'Leder'],
    [model.leader.manager ?? '', 'Nærmeste leder'],
  ];
  page.heading('Underskrifter', 90);
  const gap = 28;
  const width = (page.width - gap) / 2;
  const y = page.y + 44;
  signers.forEach(([name, role], i) => {
    const x = page.left + i * (width + gap);
    page.artifact(() =>
      page.doc
        .save()
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(0.75)
        .strokeColor(COLOR.text)
        .stroke()
        .restore(),
    );
    page.draw(
      [
        { text: 'Dato og underskrift', size: 8, color: COLOR.muted, after: 3 },
        { text: name || ' ', font: 'bold', size: 10, after: 1 },
        { text: role, size: 9, color: COLOR.muted },
      ],
      x,
      y + 4,
      width,
    );
  });
  page.y = y + 50;
}

/** Running header from page 2, and the footer with "Side X af Y" and the print date. */
function pageFurniture(page: PdfLayout, model: PlanExport): void {
  const { doc } = page;
  const range = doc.bufferedPageRange();
  const total = range.count;
  const printed = `Udskrevet ${danishDateTime(model.generatedAt)}`;
  const running = winAnsiSafe(
    `Udviklingsplan · ${model.leader.name} · ${danishDateRange(model.plan.periodStart, model.plan.periodEnd)}`,
  );
  for (let i = 0; i < total; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the margins must not make pdfkit start a new page.
    const { bottom, top } = doc.page.margins;
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    const width = page.width;
    const footerY = doc.page.height - MARGIN.bottom + 22;
    // Running header and footer repeat on every page: artifacts, not content.
    page.artifact(() => {
      doc
        .save()
        .moveTo(page.left, footerY - 6)
        .lineTo(page.left + width, footerY - 6)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke()
        .restore();
      doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
      doc.text(winAnsiSafe(printed), page.left, footerY, { width: width - 80, lineBreak: false });
      doc.text(`Side ${i + 1} af ${total}`, page.left + width - 80, footerY, {
        width: 80,
        align: 'right',
        lineBreak: false,
      });
      if (i > 0) {
        doc.text(running, page.left, MARGIN.top - 30, { width, lineBreak: false });
      }
    }, 'Pagination');
    doc.page.margins.bottom = bottom;
    doc.page.margins.top = top;
  }
}
