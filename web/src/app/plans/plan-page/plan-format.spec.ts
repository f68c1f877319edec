import { itemGroup } from './plan-format';

describe('itemGroup (70-20-10 on the plan page, as in the PDF and the planner)', () => {
  it('puts learning on the job and job rotation under experience', () => {
    expect(itemGroup({ kind: 'on-the-job', offerKind: null })).toBe('experience');
    expect(itemGroup({ kind: 'offer', offerKind: 'job-rotation' })).toBe('experience');
  });

  it('puts networks, coaching, mentoring, theme days and other activities with others', () => {
    for (const offerKind of ['network', 'coaching', 'mentoring', 'theme-day'] as const) {
      expect(itemGroup({ kind: 'offer', offerKind })).toBe('others');
    }
    expect(itemGroup({ kind: 'other', offerKind: null })).toBe('others');
  });

  it('puts courses, diploma modules, e-learning and offers of unknown kind under formal', () => {
    for (const offerKind of ['course', 'diploma-module', 'e-learning'] as const) {
      expect(itemGroup({ kind: 'offer', offerKind })).toBe('formal');
    }
    expect(itemGroup({ kind: 'offer', offerKind: null })).toBe('formal');
  });
});
