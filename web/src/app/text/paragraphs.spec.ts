import { paragraphs } from './paragraphs';

describe('paragraphs', () => {
  it('splits on blank lines and drops empty parts', () => {
    expect(paragraphs('Et.\n\nTo.\n \nTre.\n\n')).toEqual(['Et.', 'To.', 'Tre.']);
    expect(paragraphs('')).toEqual([]);
  });

  it('keeps single line breaks inside a paragraph and accepts Windows line endings', () => {
    expect(paragraphs('Linje et\nlinje to\r\n\r\nNyt afsnit')).toEqual([
      'Linje et\nlinje to',
      'Nyt afsnit',
    ]);
  });
});
