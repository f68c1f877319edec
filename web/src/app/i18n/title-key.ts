import type { UiKey } from './ui-key';

/** Types a route `title` as a UI string key (see PageTitleStrategy). */
export function titleKey(key: UiKey): UiKey {
  return key;
}
