import type { FrameworkStatus } from '@lederloeft/contracts';
import { DomainError } from '../domain-error';

/** The part of an edition that the edition rules look at. */
export interface EditionState {
  id: string;
  key: string;
  edition: number;
  status: FrameworkStatus;
}

/** A status change that publishing requires, to be persisted in one transaction. */
export interface StatusChange {
  id: string;
  from: FrameworkStatus;
  to: FrameworkStatus;
}

/**
 * Published and retired editions are history: assessments were made against them,
 * so their content must never change. Changes go into a new draft edition.
 */
export function isEditable(status: FrameworkStatus): boolean {
  return status === 'draft';
}

/** Throws FRAMEWORK_IMMUTABLE unless the edition is still a draft. */
export function assertEditable(edition: Pick<EditionState, 'edition' | 'status'>): void {
  if (!isEditable(edition.status)) {
    throw new DomainError(
      'FRAMEWORK_IMMUTABLE',
      `Udgave ${edition.edition} er ${edition.status === 'published' ? 'udgivet' : 'udgået'} og kan ikke ændres. Opret en ny kladde-udgave i stedet.`,
    );
  }
}

/** The number the next edition of a framework line gets: one more than any before. */
export function nextEditionNumber(editions: readonly Pick<EditionState, 'edition'>[]): number {
  return editions.reduce((max, e) => Math.max(max, e.edition), 0) + 1;
}

/**
 * Publishing makes a draft the one current edition and retires whichever edition was
 * current before (of any framework line: an organisation has one foundation in force).
 */
export function planPublication(
  editions: readonly EditionState[],
  draftId: string,
): StatusChange[] {
  const draft = editions.find((e) => e.id === draftId);
  if (!draft) {
    throw new DomainError('NOT_FOUND', 'Udgaven findes ikke.');
  }
  if (draft.status !== 'draft') {
    throw new DomainError(
      'FRAMEWORK_NOT_PUBLISHABLE',
      `Kun en kladde kan udgives; udgave ${draft.edition} er allerede ${draft.status === 'published' ? 'udgivet' : 'udgået'}.`,
    );
  }
  const changes: StatusChange[] = editions
    .filter((e) => e.status === 'published')
    .map((e) => ({ id: e.id, from: e.status, to: 'retired' as const }));
  changes.push({ id: draft.id, from: 'draft', to: 'published' });
  return changes;
}
