import { DomainError } from '../domain-error';
import {
  assertEditable,
  EditionState,
  isEditable,
  nextEditionNumber,
  planPublication,
} from './framework-editions';

const edition = (id: string, n: number, status: EditionState['status']): EditionState => ({
  id,
  key: 'ikast-brande-ledelsesgrundlag',
  edition: n,
  status,
});

describe('framework editions', () => {
  it('lets only drafts change', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('published')).toBe(false);
    expect(isEditable('retired')).toBe(false);
    expect(() => assertEditable(edition('a', 1, 'draft'))).not.toThrow();
  });

  it('refuses to change a published edition with FRAMEWORK_IMMUTABLE', () => {
    try {
      assertEditable(edition('a', 3, 'published'));
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('FRAMEWORK_IMMUTABLE');
      expect((e as DomainError).message).toContain('Udgave 3');
    }
  });

  it('numbers editions one above the highest, whatever their order', () => {
    expect(nextEditionNumber([])).toBe(1);
    expect(nextEditionNumber([{ edition: 2 }, { edition: 5 }, { edition: 1 }])).toBe(6);
  });

  it('publishing a draft retires the current edition', () => {
    const editions = [
      edition('a', 1, 'retired'),
      edition('b', 2, 'published'),
      edition('c', 3, 'draft'),
    ];
    expect(planPublication(editions, 'c')).toEqual([
      { id: 'b', from: 'published', to: 'retired' },
      { id: 'c', from: 'draft', to: 'published' },
    ]);
  });

  it('publishing the first draft retires nothing', () => {
    expect(planPublication([edition('a', 1, 'draft')], 'a')).toEqual([
      { id: 'a', from: 'draft', to: 'published' },
    ]);
  });

  it('refuses to publish an edition that is not a draft, or does not exist', () => {
    const editions = [edition('a', 1, 'retired'), edition('b', 2, 'published')];
    expect(() => planPublication(editions, 'a')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_NOT_PUBLISHABLE' }),
    );
    expect(() => planPublication(editions, 'b')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_NOT_PUBLISHABLE' }),
    );
    expect(() => planPublication(editions, 'x')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
