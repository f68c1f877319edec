import { inflateSync } from 'node:zlib';

/**
 * Reads the text back out of a PDF written by pdfkit with the standard fonts, for tests:
 * every page content stream (deflated or not) is scanned for `x y Tm` and `[<hex> …] TJ`,
 * and the hex glyph codes are decoded from WinAnsiEncoding. Not a general PDF parser.
 */

export interface PdfTextRun {
  /** 1-based page number (content streams come in page order in pdfkit's output). */
  page: number;
  x: number;
  /** Distance from the top of the page, in points. */
  top: number;
  text: string;
}

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
  }
  return out;
}

/** The content streams of the PDF, inflated where they are deflated. */
export function pdfStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const latin1 = pdf.toString('latin1');
  let from = 0;
  for (;;) {
    const start = latin1.indexOf('>>\nstream\n', from);
    if (start < 0) break;
    const dict = latin1.slice(latin1.lastIndexOf('<<', start), start);
    const dataStart = start + '>>\nstream\n'.length;
    const end = latin1.indexOf('\nendstream', dataStart);
    if (end < 0) break;
    const data = pdf.subarray(dataStart, end);
    from = end + '\nendstream'.length;
    try {
      streams.push(
        dict.includes('/FlateDecode')
          ? inflateSync(data).toString('latin1')
          : data.toString('latin1'),
      );
    } catch {
      // Not a stream we can read (images, fonts): not text.
    }
  }
  return streams;
}

/** Every text run with its page and position. */
export function pdfTextRuns(pdf: Buffer, pageHeight = 841.89): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  const pages = pdfStreams(pdf).filter((s) => /\bTJ\b/.test(s) || /\bBT\b/.test(s));
  pages.forEach((content, index) => {
    const ops = /1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm|\[((?:\s*(?:<[0-9a-fA-F]*>|-?[\d.]+))*)\s*\] TJ/g;
    let x = 0;
    let y = 0;
    let match: RegExpExecArray | null;
    while ((match = ops.exec(content))) {
      if (match[1] !== undefined) {
        x = Number(match[1]);
        y = Number(match[2]);
        continue;
      }
      const text = [...match[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1])).join('');
      runs.push({ page: index + 1, x, top: pageHeight - y, text });
    }
  });
  return runs;
}

/** All the text, one run per line, whitespace collapsed: for `toContain` checks. */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf)
    .map((r) => r.text)
    .join('\n');
}

/** The number of pages (`/Type /Page` objects). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

/** A text run or a drawing operator with the marked-content tag around it. */
export interface PdfMarkedOp {
  page: number;
  /** Decoded text for a text run; the operator (`f`, `S`, `re`, …) for drawing. */
  text: string;
  kind: 'text' | 'drawing';
  /** The innermost marked-content tag (`P`, `H1`, `TD`, `Artifact`, …), or null outside. */
  tag: string | null;
}

const DRAWING = /^(?:.* (?:re|l|m|c)|f|f\*|S|s|B|B\*|b|b\*)$/;

/**
 * Every text run and drawing operator of each page with the tag of the marked content it
 * sits in (`/P <</MCID 3>> BDC` … `EMC`, or `/Artifact … BDC`): to check that a tagged
 * PDF leaves nothing unmarked and marks decoration as artifacts. pdfkit writes one operator
 * per line.
 */
export function pdfMarkedOps(pdf: Buffer): PdfMarkedOp[] {
  const ops: PdfMarkedOp[] = [];
  const pages = pdfStreams(pdf).filter((s) => /\bBT\b/.test(s));
  pages.forEach((content, index) => {
    const stack: string[] = [];
    // Property lists (`<< /MCID 3 >>`) span lines when uncompressed: fold them first.
    for (const line of content.replace(/<<[\s\S]*?>>/g, '<<>>').split('\n')) {
      const open = /^\/(\w+)(?: <<>>)? (?:BDC|BMC)$/.exec(line);
      if (open) {
        stack.push(open[1]);
        continue;
      }
      if (line === 'EMC') {
        stack.pop();
        continue;
      }
      const tag = stack.length ? stack[stack.length - 1] : null;
      const text = /^\[(.*)\] TJ$/.exec(line);
      if (text) {
        const decoded = [...text[1].matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((m) => decodeHex(m[1]))
          .join('');
        ops.push({ page: index + 1, text: decoded, kind: 'text', tag });
      } else if (DRAWING.test(line)) {
        ops.push({ page: index + 1, text: line.split(' ').pop() ?? line, kind: 'drawing', tag });
      }
    }
  });
  return ops;
}

/** How many structure elements of each type (`/S /H2`) the PDF has. */
export function pdfStructureTypes(pdf: Buffer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of pdf.toString('latin1').matchAll(/\/S \/(\w+)\b/g)) {
    counts[match[1]] = (counts[match[1]] ?? 0) + 1;
  }
  return counts;
}
