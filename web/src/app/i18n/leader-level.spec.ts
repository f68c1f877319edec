import { leaderLevelKey } from './leader-level';
import { translate } from './translate';

describe('leaderLevelKey', () => {
  it('names the four levels in Danish and English', () => {
    const names = ['direktoer', 'chef', 'mellemleder', 'foerstelinjeleder'].map((level) => {
      const key = leaderLevelKey(level);
      return key && [translate('da', key), translate('en', key)];
    });
    expect(names).toEqual([
      ['Direktør', 'Director'],
      ['Chef', 'Head of department'],
      ['Mellemleder', 'Middle manager'],
      ['Førstelinjeleder', 'First-line leader'],
    ]);
  });

  it('has no key for an unknown level, nor for inherited object properties', () => {
    expect(leaderLevelKey('teamleder')).toBeNull();
    expect(leaderLevelKey('toString')).toBeNull();
  });
});
