import { winAnsiSafe } from './danish-format';

/**
 * Layout primitives over pdfkit for the plan PDF: measured text runs, keep-together
 * blocks and tables whose rows never split across pages (the header row is repeated on
 * the next page). Every string passes through winAnsiSafe, because the built-in Helvetica
 * only has WinAnsi glyphs.
 *
 * The PDF is tagged (the document needs `tagged: true`): every paragraph drawn here becomes
 * a structure element (P, H1–H3, a Table of TR/TH/TD) in reading order under one Document
 * element, and everything decorative (rules, fills, bars, a header row repeated on a new
 * page, the page furniture) is marked as an artifact, so a screen reader reads the plan as
 * headings, paragraphs and tables and skips the lines. pdfkit closes an open structure
 * marking when an artifact starts, so artifacts are only ever drawn between elements.
 */

export const COLOR = {
  text: '#1a1a1a',
  muted: '#4f5b66',
  heading: '#123a5c',
  rule: '#b7c2cc',
  fill: '#e9eff4',
  zebra: '#f5f7f9',
  bar: '#5b83a6',
  warning: '#9b1c1c',
} as const;

export const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
} as const;

/** One paragraph in a cell or block. */
export interface Run {
  text: string;
  font?: keyof typeof FONT;
  size?: number;
  color?: string;
  /** Space after the paragraph. */
  after?: number;
  /** Structure type of this paragraph in the tagged PDF (default P). */
  tag?: StructType;
}

export type Cell = Run[];

/** A structure type of the tagged PDF (ISO 32000 standard structure types). */
export type StructType = 'P' | 'H1' | 'H2' | 'H3' | 'Table' | 'TR' | 'TH' | 'TD';

/** Small grey text: notes, meta lines, empty states. */
export const muted = (text: string, size = 8.5): Run => ({ text, size, color: COLOR.muted });

export interface Column {
  header: string;
  /** Points; one column may be `'*'` and takes what is left. */
  width: number | '*';
  align?: 'left' | 'right';
}

export interface TableOptions {
  /** Fill every other row; helps the eye follow wide rows. */
  zebra?: boolean;
  /** Draws something in a cell after its text (e.g. a bar); gets the cell's box. */
  decorate?: (row: number, col: number, box: Box) => void;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LINE_GAP = 1.5;
const PAD_X = 5;
const PAD_Y = 4;
const BODY_SIZE = 9.5;

export class PdfLayout {
  /** The open structure elements; content is tagged under the last one. */
  private readonly parents: PDFKit.PDFStructureElement[];

  constructor(readonly doc: PDFKit.PDFDocument) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.parents = [root];
  }

  /** Closes the structure tree; call once, after the last content and before `doc.end()`. */
  finish(): void {
    this.parents[0].end();
  }

  /** Opens a structure element (a section, a table, a row, a cell) for what `fill` draws. */
  group(type: StructType, fill: () => void): void {
    const element = this.doc.struct(type);
    this.parents[this.parents.length - 1].add(element);
    this.parents.push(element);
    try {
      fill();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** Content drawn by `paint` as one leaf element of `type` (a paragraph, a heading). */
  private tagged(type: StructType, paint: () => void): void {
    const element = this.doc.struct(type);
    this.parents[this.parents.length - 1].add(element);
    element.add(paint);
    element.end();
  }

  /**
   * Decoration a screen reader must skip (a rule, a fill, a bar), or the page furniture
   * with `type: 'Pagination'`.
   */
  artifact(paint: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    try {
      paint();
    } finally {
      this.doc.endMarkedContent();
    }
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }

  /** Room left on the page below the cursor. */
  get room(): number {
    return this.bottom - this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` points still fit below the cursor. */
  ensure(height: number): void {
    if (height > this.room && this.doc.y > this.top + 1) this.newPage();
  }

  private style(run: Run): void {
    this.doc
      .font(FONT[run.font ?? 'regular'])
      .fontSize(run.size ?? BODY_SIZE)
      .fillColor(run.color ?? COLOR.text);
  }

  /** Height of stacked runs in a column of `width` points. */
  measure(runs: Run[], width: number, align: 'left' | 'right' = 'left'): number {
    let height = 0;
    runs.forEach((run, i) => {
      if (!run.text) return;
      this.style(run);
      height += this.doc.heightOfString(winAnsiSafe(run.text), {
        width,
        lineGap: LINE_GAP,
        align,
      });
      if (i < runs.length - 1) height += run.after ?? 1.5;
    });
    return height;
  }

  /**
   * Draws stacked runs at (x, y), each run one paragraph element of the tagged PDF (its
   * `tag`, default P), or untagged inside an artifact with `tagged: false`; returns the
   * height used.
   */
  draw(
    runs: Run[],
    x: number,
    y: number,
    width: number,
    align: 'left' | 'right' = 'left',
    tagged = true,
  ): number {
    let at = y;
    runs.forEach((run, i) => {
      if (!run.text) return;
      this.style(run);
      const text = winAnsiSafe(run.text);
      const paint = () => this.doc.text(text, x, at, { width, lineGap: LINE_GAP, align });
      if (tagged) this.tagged(run.tag ?? 'P', paint);
      else paint();
      at += this.doc.heightOfString(text, { width, lineGap: LINE_GAP, align });
      if (i < runs.length - 1) at += run.after ?? 1.5;
    });
    return at - y;
  }

  /**
   * Flowing text at the cursor across the full width; long text continues on the next
   * page by itself (used for the leader's own prose, which may be long).
   */
  flow(run: Run, options: { indent?: number } = {}): void {
    this.style(run);
    // pdfkit carries the paragraph's marking over a page break it makes itself.
    this.tagged(run.tag ?? 'P', () =>
      this.doc.text(winAnsiSafe(run.text), this.left + (options.indent ?? 0), this.doc.y, {
        width: this.width - (options.indent ?? 0),
        lineGap: LINE_GAP,
      }),
    );
    this.doc.y += run.after ?? 0;
  }

  /** Runs kept together on one page, at the cursor. */
  block(runs: Run[], options: { indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    const height = this.measure(runs, this.width - indent);
    this.ensure(height);
    this.doc.y += this.draw(runs, this.left + indent, this.doc.y, this.width - indent);
  }

  rule(color: string = COLOR.rule, weight = 0.75): void {
    const y = this.doc.y;
    this.artifact(() =>
      this.doc
        .save()
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke()
        .restore(),
    );
  }

  /** A filled rectangle behind content (an artifact). */
  fill(box: Box, color: string): void {
    this.artifact(() =>
      this.doc.save().rect(box.x, box.y, box.width, box.height).fill(color).restore(),
    );
  }

  /** A section heading, kept on the page with at least `keepWith` points of what follows. */
  heading(text: string, keepWith = 60): void {
    const run: Run = { text, font: 'bold', size: 13.5, color: COLOR.heading, tag: 'H2' };
    const height = this.measure([run], this.width);
    this.ensure(14 + height + 8 + keepWith);
    if (this.doc.y > this.top + 1) this.doc.y += 14;
    this.doc.y += this.draw([run], this.left, this.doc.y, this.width);
    this.doc.y += 3;
    this.rule(COLOR.heading, 1);
    this.doc.y += 8;
  }

  /** A sub-heading inside a section, kept with `keepWith` points of what follows. */
  subheading(text: string, keepWith = 40): void {
    const run: Run = { text, font: 'bold', size: 11, color: COLOR.heading, tag: 'H3' };
    const height = this.measure([run], this.width);
    this.ensure(8 + height + 4 + keepWith);
    if (this.doc.y > this.top + 1) this.doc.y += 8;
    this.doc.y += this.draw([run], this.left, this.doc.y, this.width);
    this.doc.y += 4;
  }

  private columnWidths(columns: Column[]): number[] {
    const fixed = columns.reduce((s, c) => s + (c.width === '*' ? 0 : c.width), 0);
    return columns.map((c) => (c.width === '*' ? this.width - fixed : c.width));
  }

  private headerRow(columns: Column[]): Cell[] {
    return columns.map((c) => [
      { text: c.header, font: 'bold' as const, size: 8.5, color: COLOR.heading },
    ]);
  }

  private rowHeight(cells: Cell[], widths: number[], columns: Column[]): number {
    return (
      Math.max(
        ...cells.map((cell, i) => this.measure(cell, widths[i] - 2 * PAD_X, columns[i].align)),
      ) +
      2 * PAD_Y
    );
  }

  /** Height of the header and the first row: what a heading above must keep with. */
  tableStart(columns: Column[], rows: Cell[][]): number {
    const widths = this.columnWidths(columns);
    const header = this.rowHeight(this.headerRow(columns), widths, columns);
    return header + (rows.length ? this.rowHeight(rows[0], widths, columns) : 0);
  }

  /**
   * A table at the cursor. A row that does not fit goes whole to the next page, under a
   * repeated header row; the header never stands alone at the foot of a page.
   */
  table(columns: Column[], rows: Cell[][], options: TableOptions = {}): void {
    const widths = this.columnWidths(columns);
    const header = this.headerRow(columns);
    const headerHeight = this.rowHeight(header, widths, columns);
    const heights = rows.map((r) => this.rowHeight(r, widths, columns));

    // row -1 is the header: tagged TH the first time, an artifact when repeated.
    const drawRow = (
      cells: Cell[],
      height: number,
      fill: string | null,
      row: number,
      repeated = false,
    ) => {
      const y = this.doc.y;
      if (fill) this.fill({ x: this.left, y, width: this.width, height }, fill);
      const paintCells = () => {
        let x = this.left;
        cells.forEach((cell, i) => {
          const paint = () =>
            this.draw(
              cell,
              x + PAD_X,
              y + PAD_Y,
              widths[i] - 2 * PAD_X,
              columns[i].align,
              !repeated,
            );
          if (repeated) paint();
          else this.group(row < 0 ? 'TH' : 'TD', paint);
          x += widths[i];
        });
      };
      if (repeated) this.artifact(paintCells, 'Pagination');
      else this.group('TR', paintCells);
      if (row >= 0 && options.decorate) {
        let x = this.left;
        cells.forEach((_, i) => {
          const box = { x, y, width: widths[i], height };
          this.artifact(() => options.decorate?.(row, i, box));
          x += widths[i];
        });
      }
      this.doc.y = y + height;
      this.rule(row < 0 ? COLOR.heading : COLOR.rule, row < 0 ? 0.9 : 0.5);
    };

    this.ensure(headerHeight + (heights[0] ?? 0));
    this.group('Table', () => {
      drawRow(header, headerHeight, COLOR.fill, -1);
      rows.forEach((cells, i) => {
        if (heights[i] > this.room && this.doc.y > this.top + headerHeight + 1) {
          this.newPage();
          drawRow(header, headerHeight, COLOR.fill, -1, true);
        }
        drawRow(cells, heights[i], options.zebra && i % 2 === 1 ? COLOR.zebra : null, i);
      });
    });
  }
}
