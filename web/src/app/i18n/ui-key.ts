import { da } from './da';

/** Key of a UI string; every dictionary provides every key. */
export type UiKey = keyof typeof da;

/** Narrows a string to a UI key, e.g. a route title coming from the router. */
export function isUiKey(value: string | undefined | null): value is UiKey {
  return value != null && Object.prototype.hasOwnProperty.call(da, value);
}
