import type { UiKey } from './ui-key';

/** UI string keys of the leader levels the product knows; other levels show their key. */
const LEVEL_NAMES: Readonly<Record<string, UiKey>> = {
  direktoer: 'leaderLevel.direktoer',
  chef: 'leaderLevel.chef',
  mellemleder: 'leaderLevel.mellemleder',
  foerstelinjeleder: 'leaderLevel.foerstelinjeleder',
};

/** The UI string key naming a leader level, or null for a level added after this build. */
export function leaderLevelKey(levelKey: string): UiKey | null {
  return Object.prototype.hasOwnProperty.call(LEVEL_NAMES, levelKey) ? LEVEL_NAMES[levelKey] : null;
}
