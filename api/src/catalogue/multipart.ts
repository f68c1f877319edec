/**
 * The file of a multipart/form-data upload (the part named `file`, else the first part with a
 * filename), from the raw body. The catalogue import takes a single file, so a full
 * streaming parser would add a dependency without adding anything.
 */
export function fileFromMultipart(body: Buffer, contentType: string): Buffer | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!match) return null;
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
  let fallback: Buffer | null = null;
  let position = body.indexOf(delimiter);
  while (position >= 0) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString('latin1') === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    if (headerEnd < 0) break;
    const next = body.indexOf(
      Buffer.from(`\r\n${delimiter.toString('latin1')}`, 'latin1'),
      headerEnd,
    );
    if (next < 0) break;
    const headers = body.subarray(start, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next);
    if (/content-disposition:[^\r\n]*\bname="file"/i.test(headers)) return content;
    if (!fallback && /filename="/i.test(headers)) fallback = content;
    position = next + 2;
  }
  return fallback;
}
