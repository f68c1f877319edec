import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type {
  BehaviourDocument,
  BehaviourGroup,
  CompetencyDocument,
  DogmaDocument,
  FrameworkDocument,
  FrameworkValueDocument,
  Language,
  LocalizedText,
  ValueKind,
} from '@lederloeft/contracts';
import { newStableKey } from '@lederloeft/domain';

// The limits of docs/framework-format.md (the api's FrameworkDocumentDto).
export const SHORT_TEXT_MAX = 300;
export const LONG_TEXT_MAX = 10_000;
export const EDITION_LABEL_MAX = 100;

export type TextForm = FormGroup<{ da: FormControl<string>; en: FormControl<string> }>;

/** A behaviour or a dogma. `key` is null for an item added here: it gets one on save. */
export type ItemForm = FormGroup<{ key: FormControl<string | null>; text: TextForm }>;

export type ValueForm = FormGroup<{
  key: FormControl<string>;
  kind: FormControl<ValueKind>;
  name: TextForm;
  description: TextForm;
}>;

/** The competency's texts; `frame` and `personal` are its two groups of behaviours. */
export type CompetencyForm = FormGroup<{
  key: FormControl<string>;
  title: TextForm;
  summary: TextForm;
  description: TextForm;
  because: TextForm;
  frameIntro: TextForm;
  personalIntro: TextForm;
  frame: FormArray<ItemForm>;
  personal: FormArray<ItemForm>;
  dogmas: FormArray<ItemForm>;
}>;

/**
 * What the editor changes in a draft. The rest of the document (name, owner, purpose …)
 * goes back to the API as it came.
 */
export type DraftForm = FormGroup<{
  editionLabel: FormControl<string>;
  values: FormArray<ValueForm>;
  competencies: FormArray<CompetencyForm>;
  dogmas: FormArray<ItemForm>;
}>;

/** The competency texts, in the order the form shows them. */
export const COMPETENCY_TEXTS = [
  'title',
  'summary',
  'description',
  'because',
  'frameIntro',
  'personalIntro',
] as const;
export type CompetencyText = (typeof COMPETENCY_TEXTS)[number];

/** Texts the domain lets be blank (validateFrameworkDocument): the UI leaves them out. */
export const OPTIONAL_TEXTS: ReadonlySet<CompetencyText> = new Set([
  'description',
  'because',
  'frameIntro',
  'personalIntro',
]);

/** Required texts must have more than spaces, as the domain demands (`.trim() === ''`). */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

function textForm(text: LocalizedText, required: boolean, max: number): TextForm {
  const validators: ValidatorFn[] = [Validators.maxLength(max)];
  if (required) {
    validators.push(notBlank);
  }
  const control = (value: string) => new FormControl(value, { nonNullable: true, validators });
  return new FormGroup({ da: control(text.da), en: control(text.en) });
}

/** A behaviour or dogma: existing ones keep their key, new ones (`key` null) get one on save. */
export function itemForm(key: string | null, text: LocalizedText): ItemForm {
  return new FormGroup({
    key: new FormControl<string | null>(key),
    text: textForm(text, true, LONG_TEXT_MAX),
  });
}

const EMPTY_TEXT: LocalizedText = { da: '', en: '' };

/** A new, empty behaviour or dogma. */
export function newItemForm(): ItemForm {
  return itemForm(null, EMPTY_TEXT);
}

function items(list: readonly (BehaviourDocument | DogmaDocument)[]): FormArray<ItemForm> {
  return new FormArray(list.map((item) => itemForm(item.key, item.text)));
}

function valueForm(value: FrameworkValueDocument): ValueForm {
  return new FormGroup({
    key: new FormControl(value.key, { nonNullable: true }),
    kind: new FormControl(value.kind, { nonNullable: true }),
    name: textForm(value.name, true, SHORT_TEXT_MAX),
    description: textForm(value.description, true, LONG_TEXT_MAX),
  });
}

function competencyForm(competency: CompetencyDocument): CompetencyForm {
  const inGroup = (group: BehaviourGroup) => competency.behaviours.filter((b) => b.group === group);
  const long = (field: CompetencyText) =>
    textForm(competency[field], !OPTIONAL_TEXTS.has(field), LONG_TEXT_MAX);
  return new FormGroup({
    key: new FormControl(competency.key, { nonNullable: true }),
    title: textForm(competency.title, true, SHORT_TEXT_MAX),
    summary: long('summary'),
    description: long('description'),
    because: long('because'),
    frameIntro: long('frameIntro'),
    personalIntro: long('personalIntro'),
    frame: items(inGroup('frame')),
    personal: items(inGroup('personal')),
    dogmas: items(competency.dogmas),
  });
}

/** The editor's form over a draft's content. */
export function draftForm(doc: FrameworkDocument): DraftForm {
  return new FormGroup({
    editionLabel: new FormControl(doc.editionLabel ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(EDITION_LABEL_MAX)],
    }),
    values: new FormArray(doc.values.map(valueForm)),
    competencies: new FormArray(doc.competencies.map(competencyForm)),
    dogmas: items(doc.dogmas),
  });
}

/** Every behaviour and dogma in document order, with the prefix of a key made for it. */
function allItems(form: DraftForm): { item: ItemForm; prefix: string }[] {
  const found: { item: ItemForm; prefix: string }[] = [];
  for (const competency of form.controls.competencies.controls) {
    const prefix = competency.controls.key.value;
    for (const list of [competency.controls.frame, competency.controls.personal]) {
      list.controls.forEach((item) => found.push({ item, prefix }));
    }
    competency.controls.dogmas.controls.forEach((item) => found.push({ item, prefix }));
  }
  form.controls.dogmas.controls.forEach((item) => found.push({ item, prefix: '' }));
  return found;
}

/**
 * Keys for the items added in the editor, the way the seed makes them: the competency key,
 * a dot and the first words of the Danish text, unique across the whole document.
 */
export function newKeys(form: DraftForm): Map<ItemForm, string> {
  const all = allItems(form);
  const taken = new Set<string>([
    ...form.controls.values.controls.map((v) => v.controls.key.value),
    ...form.controls.competencies.controls.map((c) => c.controls.key.value),
    ...all.map(({ item }) => item.controls.key.value).filter((key): key is string => !!key),
  ]);
  const keys = new Map<ItemForm, string>();
  for (const { item, prefix } of all) {
    if (item.controls.key.value === null) {
      const key = newStableKey(prefix, item.controls.text.controls.da.value, taken);
      taken.add(key);
      keys.set(item, key);
    }
  }
  return keys;
}

/** After a save: the new items keep the keys they were saved with. */
export function applyKeys(keys: ReadonlyMap<ItemForm, string>): void {
  keys.forEach((key, item) => item.controls.key.setValue(key));
}

function text(form: TextForm): LocalizedText {
  return { da: form.controls.da.value.trim(), en: form.controls.en.value.trim() };
}

function item(form: ItemForm, keys: ReadonlyMap<ItemForm, string>): DogmaDocument {
  return { key: form.controls.key.value ?? keys.get(form) ?? '', text: text(form.controls.text) };
}

/**
 * The whole document to PUT: `base` (the draft as loaded) with the form's texts, lists and
 * edition label. Texts are trimmed; a blank label is left out.
 */
export function toDocument(
  form: DraftForm,
  base: FrameworkDocument,
  keys: ReadonlyMap<ItemForm, string> = newKeys(form),
): FrameworkDocument {
  const { editionLabel: _label, ...rest } = base;
  const label = form.controls.editionLabel.value.trim();
  const behaviours = (list: FormArray<ItemForm>, group: BehaviourGroup): BehaviourDocument[] =>
    list.controls.map((b) => {
      const { key, text: t } = item(b, keys);
      return { key, group, text: t };
    });
  return {
    ...rest,
    ...(label ? { editionLabel: label } : {}),
    values: form.controls.values.controls.map((v) => ({
      key: v.controls.key.value,
      kind: v.controls.kind.value,
      name: text(v.controls.name),
      description: text(v.controls.description),
    })),
    competencies: form.controls.competencies.controls.map((c) => ({
      key: c.controls.key.value,
      title: text(c.controls.title),
      summary: text(c.controls.summary),
      description: text(c.controls.description),
      because: text(c.controls.because),
      frameIntro: text(c.controls.frameIntro),
      personalIntro: text(c.controls.personalIntro),
      behaviours: [
        ...behaviours(c.controls.frame, 'frame'),
        ...behaviours(c.controls.personal, 'personal'),
      ],
      dogmas: c.controls.dogmas.controls.map((d) => item(d, keys)),
    })),
    dogmas: form.controls.dogmas.controls.map((d) => item(d, keys)),
  };
}

/** Moves the item at `index` one place up (-1) or down (+1) in its list. */
export function moveItem(list: FormArray<ItemForm>, index: number, delta: -1 | 1): void {
  const target = index + delta;
  if (target < 0 || target >= list.length) {
    return;
  }
  const moved = list.at(index);
  list.removeAt(index, { emitEvent: false });
  list.insert(target, moved);
}

/**
 * Where a field sits, for the error summary ("Ledelse på tværs › Eksempel 3, dansk"):
 * `owner` is the key of the value or competency it belongs to, null for the framework.
 */
export type FieldPlace =
  | { area: 'editionLabel' }
  | { area: 'value'; owner: string; field: 'name' | 'description'; lang: Language }
  | { area: 'competency'; owner: string; field: CompetencyText; lang: Language }
  | {
      area: 'item';
      owner: string | null;
      list: BehaviourGroup | 'dogmas';
      n: number;
      lang: Language;
    };

/** One text field of the form and its path in the document (as the API's `details` name it). */
export interface FieldRef {
  path: string;
  control: FormControl<string>;
  place: FieldPlace;
}

const LANGS: readonly Language[] = ['da', 'en'];

/** Every field in the order the form shows them, with document paths. */
export function fieldsOf(form: DraftForm): FieldRef[] {
  const fields: FieldRef[] = [
    {
      path: 'editionLabel',
      control: form.controls.editionLabel,
      place: { area: 'editionLabel' },
    },
  ];
  const pair = (at: string, group: TextForm, place: (lang: Language) => FieldPlace) => {
    for (const lang of LANGS) {
      fields.push({ path: `${at}.${lang}`, control: group.controls[lang], place: place(lang) });
    }
  };
  form.controls.values.controls.forEach((value, i) => {
    const owner = value.controls.key.value;
    for (const field of ['name', 'description'] as const) {
      pair(`values[${i}].${field}`, value.controls[field], (lang) => ({
        area: 'value',
        owner,
        field,
        lang,
      }));
    }
  });
  form.controls.competencies.controls.forEach((competency, i) => {
    const owner = competency.controls.key.value;
    const at = `competencies[${i}]`;
    for (const field of COMPETENCY_TEXTS) {
      pair(`${at}.${field}`, competency.controls[field], (lang) => ({
        area: 'competency',
        owner,
        field,
        lang,
      }));
    }
    // The document keeps the frame behaviours first, then the personal ones.
    let j = 0;
    for (const list of ['frame', 'personal'] as const) {
      competency.controls[list].controls.forEach((behaviour, n) => {
        pair(`${at}.behaviours[${j++}].text`, behaviour.controls.text, (lang) => ({
          area: 'item',
          owner,
          list,
          n: n + 1,
          lang,
        }));
      });
    }
    competency.controls.dogmas.controls.forEach((dogma, n) => {
      pair(`${at}.dogmas[${n}].text`, dogma.controls.text, (lang) => ({
        area: 'item',
        owner,
        list: 'dogmas',
        n: n + 1,
        lang,
      }));
    });
  });
  form.controls.dogmas.controls.forEach((dogma, n) => {
    pair(`dogmas[${n}].text`, dogma.controls.text, (lang) => ({
      area: 'item',
      owner: null,
      list: 'dogmas',
      n: n + 1,
      lang,
    }));
  });
  return fields;
}

/**
 * The field a problem at `path` belongs to: the field itself, else the first field inside
 * it (`competencies[1].title` → its Danish field), else the nearest enclosing one
 * (`competencies[0].behaviours[2].key` → that behaviour's Danish text). Null for parts of
 * the document the editor does not show (`owner`, `purpose[0]` …).
 */
export function fieldAt(fields: readonly FieldRef[], path: string): FieldRef | null {
  let at = path;
  for (;;) {
    const found = fields.find(
      (f) => f.path === at || f.path.startsWith(`${at}.`) || f.path.startsWith(`${at}[`),
    );
    if (found) {
      return found;
    }
    const parent = at.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
    if (parent === at || parent === '') {
      return null;
    }
    at = parent;
  }
}

const ids = new WeakMap<AbstractControl, string>();
let nextId = 0;

/** A page-unique id for a control's element, the same every time it is asked for. */
export function fieldId(control: AbstractControl): string {
  let id = ids.get(control);
  if (!id) {
    id = `draft-field-${++nextId}`;
    ids.set(control, id);
  }
  return id;
}

/** JSON with object keys sorted: two documents with the same content give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}
