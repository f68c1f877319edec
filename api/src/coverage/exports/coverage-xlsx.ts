import ExcelJS from 'exceljs';
import { COVERAGE_MEASURES, type CoverageOverview, type CoverageRow } from '@lederloeft/contracts';
import { danishDateTime } from '../../plans/exports/danish-format';
import {
  budgetTexts,
  MEASURE_LABEL,
  MEASURE_SHORT,
  reasonText,
  rowLabel,
  rulesText,
  targetTexts,
} from './coverage-export-format';

/**
 * The overview as a workbook for Danish Excel: one sheet per measure (the figure as a
 * number with its n beside it, or the reason it is hidden, as text), budget, targets and
 * the rules. Built from the API's own answer, so it hides exactly what the screen hides.
 */
export async function renderCoverageXlsx(overview: CoverageOverview): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lederløft';
  book.created = new Date(overview.generatedAt);
  const rows: CoverageRow[] = [overview.unit, ...overview.rows];
  const columns = [...overview.competencies.map((c) => c.title.da), 'Alle kompetencer'];
  for (const measure of COVERAGE_MEASURES) {
    const sheet = book.addWorksheet(MEASURE_SHORT[measure]);
    sheet.addRow([`${MEASURE_LABEL[measure]} – ${overview.unit.orgUnit.name}`]).font = {
      bold: true,
      size: 13,
    };
    sheet.addRow([
      `${overview.round.name} · dannet ${danishDateTime(new Date(overview.generatedAt))} · mindste gruppe ${overview.minGroupSize}`,
    ]);
    sheet.addRow([]);
    const header = sheet.addRow(['Enhed', 'Ledere', ...columns.flatMap((title) => [title, 'n'])]);
    header.font = { bold: true };
    for (const row of rows) {
      const values: (string | number | null)[] = [
        rowLabel(row, row === overview.unit),
        row.leaders,
      ];
      for (const cell of row.cells) {
        const value = cell[measure];
        if (value.shown) values.push(value.value, value.n);
        else values.push(reasonText(value.reason, overview.minGroupSize), null);
      }
      const added = sheet.addRow(values);
      row.cells.forEach((cell, i) => {
        if (cell[measure].shown) {
          added.getCell(3 + i * 2).numFmt = measure === 'gap' ? '0.00' : '0.0%';
        }
      });
    }
    sheet.getColumn(1).width = 44;
    for (let i = 2; i <= 2 + columns.length * 2; i++) sheet.getColumn(i).width = i % 2 ? 8 : 18;
    sheet.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];
  }

  const budget = book.addWorksheet('Budget og timer');
  budget.addRow(['Godkendte og igangværende planer']).font = { bold: true, size: 13 };
  budget.addRow([]);
  budget.addRow(['Enhed', 'Ledere med plan', 'Planer', 'Aktiviteter', 'Budgetter', 'Timer']).font =
    { bold: true };
  for (const row of rows)
    budget.addRow([
      rowLabel(row, row === overview.unit),
      ...budgetTexts(row.budget, overview.minGroupSize),
    ]);
  budget.getColumn(1).width = 44;

  const targets = book.addWorksheet('Mål');
  targets.addRow(['Enhed', 'Kompetence', 'Mål', 'I dag', 'Forventet til datoen', 'Status']).font = {
    bold: true,
  };
  for (const target of overview.targets) targets.addRow(targetTexts(target, overview));
  targets.getColumn(1).width = 30;
  targets.getColumn(2).width = 34;

  const rules = book.addWorksheet('Regler');
  for (const line of rulesText(overview.minGroupSize)) rules.addRow([line]);
  rules.getColumn(1).width = 120;

  return Buffer.from(await book.xlsx.writeBuffer());
}
