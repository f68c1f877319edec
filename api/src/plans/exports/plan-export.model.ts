import type { LearningCategory, PlanView } from '@lederloeft/contracts';

/** Everything the PDF and the calendar show, gathered once by PlanExportsService. */
export interface PlanExport {
  plan: PlanView;
  leader: {
    name: string;
    title: string;
    orgUnit: string;
    /** The direct manager's name; null at the top of the organisation. */
    manager: string | null;
  };
  /** The leader's personal leadership foundation; null when none is written. */
  foundation: string | null;
  /** Danish names of the framework's competencies, by key (unknown keys show as the key). */
  competencyNames: ReadonlyMap<string, string>;
  /** Danish texts of the framework's behaviours, by key. */
  behaviourTexts: ReadonlyMap<string, string>;
  /** The 70-20-10 category of each item, by item id. */
  categories: ReadonlyMap<string, LearningCategory>;
  /** The gaps of the leader's newest assessment round; null when there is none. */
  gaps: PlanExportGaps | null;
  generatedAt: Date;
}

export interface PlanExportGaps {
  roundName: string;
  rows: {
    key: string;
    target: number | null;
    level: number | null;
    gap: number | null;
    status: 'met' | 'gap' | 'no-target' | 'no-evidence';
  }[];
}

/** The Danish plan status labels (as in the web app's plans dictionary). */
export const STATUS_LABEL_DA: Record<PlanView['status'], string> = {
  draft: 'Kladde',
  submitted: 'Sendt til godkendelse',
  approved: 'Godkendt',
  returned: 'Sendt retur',
  active: 'I gang',
  completed: 'Afsluttet',
  cancelled: 'Annulleret',
};

/** The 70-20-10 sections, in the order the plan shows them. */
export const CATEGORY_SECTIONS: readonly { category: LearningCategory; title: string }[] = [
  { category: 'experience', title: 'Læring i jobbet (70)' },
  { category: 'others', title: 'Læring med andre (20)' },
  { category: 'formal', title: 'Formel uddannelse (10)' },
];

/** The Danish name of a competency; its key when the framework does not know it. */
export function competencyName(model: Pick<PlanExport, 'competencyNames'>, key: string): string {
  return model.competencyNames.get(key) ?? key;
}
