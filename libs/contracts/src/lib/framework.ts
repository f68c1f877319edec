import type { LocalizedText } from './common';

/** Lifecycle of a framework edition. Only `draft` editions may change. */
export type FrameworkStatus = 'draft' | 'published' | 'retired';
export const FRAMEWORK_STATUSES: readonly FrameworkStatus[] = ['draft', 'published', 'retired'];

/**
 * The two groups of example behaviours in the leadership foundation:
 * how the leader sets the frame for employees, and the leader's personal behaviour.
 */
export type BehaviourGroup = 'frame' | 'personal';
export const BEHAVIOUR_GROUPS: readonly BehaviourGroup[] = ['frame', 'personal'];

/** A value word (Dialog, Tillid, Ansvarlighed) or the expected conduct (ordentlighed). */
export type ValueKind = 'value' | 'conduct';
export const VALUE_KINDS: readonly ValueKind[] = ['value', 'conduct'];

/** Identifier of the portable framework document format. */
export const FRAMEWORK_DOCUMENT_SCHEMA = 'lederloeft.framework/v1';

/**
 * The portable framework document: what export produces and import accepts.
 * Keys are stable across editions so assessments and plans can refer to them.
 * Documented in docs/framework-format.md.
 */
export interface FrameworkDocument {
  schema: typeof FRAMEWORK_DOCUMENT_SCHEMA;
  /** Stable key of the framework line, e.g. `ikast-brande-ledelsesgrundlag`. */
  key: string;
  name: LocalizedText;
  /** The owning organisation, e.g. `Ikast-Brande Kommune`. */
  owner: string;
  /** Optional human label of the edition, e.g. `2019`. The edition number is assigned on import. */
  editionLabel?: string;
  /** Paragraphs: why the framework exists (Formål). */
  purpose: LocalizedText[];
  /** Paragraphs: the foundation (Vores fundament). */
  foundation: LocalizedText[];
  /** Paragraph(s) introducing the competencies as a whole. */
  competenciesIntro: LocalizedText[];
  values: FrameworkValueDocument[];
  competencies: CompetencyDocument[];
  /** Dogmas that belong to the framework as a whole rather than one competency. */
  dogmas: DogmaDocument[];
}

export interface FrameworkValueDocument {
  key: string;
  kind: ValueKind;
  name: LocalizedText;
  description: LocalizedText;
}

export interface CompetencyDocument {
  /** Stable key: `handlekraft`, `borgerne-i-centrum`, `paa-tvaers`, `hedekraft`. */
  key: string;
  title: LocalizedText;
  /** The short summary (first paragraph). */
  summary: LocalizedText;
  /** The longer description (the remaining paragraphs). */
  description: LocalizedText;
  /** The "Fordi" sentence, without the "Fordi:" prefix. */
  because: LocalizedText;
  /** Lead-in sentence of the behaviours that set the frame for employees. */
  frameIntro: LocalizedText;
  /** Lead-in sentence of the leader's personal behaviours. */
  personalIntro: LocalizedText;
  behaviours: BehaviourDocument[];
  dogmas: DogmaDocument[];
}

export interface BehaviourDocument {
  /** Stable key, unique within the framework, e.g. `handlekraft.vilkaars-og-mulighedsrum`. */
  key: string;
  group: BehaviourGroup;
  text: LocalizedText;
}

export interface DogmaDocument {
  key: string;
  text: LocalizedText;
}

/** One edition of a framework as listed. */
export interface FrameworkSummary {
  id: string;
  key: string;
  name: LocalizedText;
  owner: string;
  edition: number;
  editionLabel: string | null;
  status: FrameworkStatus;
  publishedAt: string | null;
  /** When a newer edition replaced this one. */
  retiredAt: string | null;
  createdAt: string;
  /** True for the one edition that is in force. */
  current: boolean;
  competencyCount: number;
  behaviourCount: number;
}

export interface FrameworkValueView extends FrameworkValueDocument {
  id: string;
}

export interface BehaviourView extends BehaviourDocument {
  id: string;
}

export interface DogmaView extends DogmaDocument {
  id: string;
}

export interface CompetencyView extends Omit<CompetencyDocument, 'behaviours' | 'dogmas'> {
  id: string;
  behaviours: BehaviourView[];
  dogmas: DogmaView[];
}

/** A whole framework edition with its content, as the API returns it. */
export interface FrameworkView extends FrameworkSummary {
  purpose: LocalizedText[];
  foundation: LocalizedText[];
  competenciesIntro: LocalizedText[];
  values: FrameworkValueView[];
  competencies: CompetencyView[];
  dogmas: DogmaView[];
}

export type FrameworkExportFormat = 'json' | 'case';
export const FRAMEWORK_EXPORT_FORMATS: readonly FrameworkExportFormat[] = ['json', 'case'];

/** Response of `POST /api/frameworks/import`. */
export interface FrameworkImportResult {
  framework: FrameworkSummary;
}
