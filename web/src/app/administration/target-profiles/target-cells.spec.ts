import { TARGETS } from '../testing/admin-fixtures';
import { cellKey, parseTarget, targetChanges } from './target-cells';

describe('parseTarget', () => {
  const parse = (raw: string, badInput = false) => parseTarget({ raw, badInput });

  it('reads 1 to 5 with at most one decimal, with a point or a comma', () => {
    expect(parse('3.5')).toEqual({ ok: true, value: 3.5 });
    expect(parse(' 4,2 ')).toEqual({ ok: true, value: 4.2 });
    expect(parse('1')).toEqual({ ok: true, value: 1 });
    expect(parse('5.0')).toEqual({ ok: true, value: 5 });
  });

  it('reads a blank cell as "no target"', () => {
    expect(parse('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses numbers outside 1..5, more decimals and what the browser could not read', () => {
    expect(parse('0.9')).toEqual({ ok: false, problem: 'range' });
    expect(parse('5.1')).toEqual({ ok: false, problem: 'range' });
    expect(parse('abc')).toEqual({ ok: false, problem: 'range' });
    expect(parse('3.25')).toEqual({ ok: false, problem: 'decimals' });
    expect(parse('', true)).toEqual({ ok: false, problem: 'range' });
  });
});

describe('targetChanges', () => {
  const cells = [
    { levelKey: 'chef', competencyKey: 'handlekraft' },
    { levelKey: 'chef', competencyKey: 'hedekraft' },
    { levelKey: 'foerstelinjeleder', competencyKey: 'handlekraft' },
    { levelKey: 'foerstelinjeleder', competencyKey: 'hedekraft' },
  ];

  it('sends only the cells that differ from what is stored; blank removes a target', () => {
    const drafts = {
      [cellKey('chef', 'handlekraft')]: { raw: '4.0', badInput: false },
      [cellKey('chef', 'hedekraft')]: { raw: '3.8', badInput: false },
      [cellKey('foerstelinjeleder', 'hedekraft')]: { raw: '', badInput: false },
    };
    expect(targetChanges(TARGETS, drafts, cells)).toEqual({
      targets: [
        { levelKey: 'chef', competencyKey: 'hedekraft', target: 3.8 },
        { levelKey: 'foerstelinjeleder', competencyKey: 'hedekraft', target: null },
      ],
      problems: [],
    });
  });

  it('lists the cells that cannot be saved as typed', () => {
    const drafts = { [cellKey('chef', 'handlekraft')]: { raw: '7', badInput: false } };
    expect(targetChanges(TARGETS, drafts, cells).problems).toEqual([
      { levelKey: 'chef', competencyKey: 'handlekraft', problem: 'range' },
    ]);
  });
});
