import type { ScalePoint } from '@lederloeft/contracts';

/** The default 1-5 scale of a round; "kan ikke vurdere" is an answer without a level (null). */
export const DEFAULT_RATING_SCALE: ScalePoint[] = [
  { value: 1, label: { da: 'I meget lav grad', en: 'To a very small extent' } },
  { value: 2, label: { da: 'I lav grad', en: 'To a small extent' } },
  { value: 3, label: { da: 'I nogen grad', en: 'To some extent' } },
  { value: 4, label: { da: 'I høj grad', en: 'To a large extent' } },
  { value: 5, label: { da: 'I meget høj grad', en: 'To a very large extent' } },
];
