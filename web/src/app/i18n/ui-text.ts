/** A UI string, or a pair of plural forms chosen by the `count` parameter. */
export type UiText = string | PluralText;

/** Plural forms for Danish and English, which both only distinguish one and other. */
export interface PluralText {
  one: string;
  other: string;
}

/** Values substituted into `{name}` placeholders; `count` also picks the plural form. */
export type TranslateParams = Readonly<Record<string, string | number>>;
