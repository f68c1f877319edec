import { randomUUID } from 'node:crypto';
import {
  FRAMEWORK_DOCUMENT_SCHEMA,
  type FrameworkDocument,
  type FrameworkSummary,
  type FrameworkView,
  type LocalizedText,
} from '@lederloeft/contracts';
import { BehaviourEntity } from './behaviour.entity';
import { CompetencyEntity } from './competency.entity';
import { DogmaEntity } from './dogma.entity';
import { FrameworkValueEntity } from './framework-value.entity';
import { FrameworkEntity } from './framework.entity';

const text = (da: string, en: string): LocalizedText => ({ da, en });
const byPosition = <T extends { position: number }>(items: T[] | undefined): T[] =>
  [...(items ?? [])].sort((a, b) => a.position - b.position);

/** An edition loaded with all of its content. */
export interface LoadedFramework {
  framework: FrameworkEntity;
  values: FrameworkValueEntity[];
  competencies: CompetencyEntity[];
  behaviours: BehaviourEntity[];
  dogmas: DogmaEntity[];
}

/** Rows for an edition built from a document (a new edition, or a draft's new content). */
export function documentToRows(
  doc: FrameworkDocument,
  edition: { id?: string; edition: number; createdAt: Date },
): LoadedFramework {
  const framework = Object.assign(new FrameworkEntity(), {
    id: edition.id ?? randomUUID(),
    key: doc.key,
    edition: edition.edition,
    editionLabel: doc.editionLabel ?? null,
    status: 'draft' as const,
    nameDa: doc.name.da,
    nameEn: doc.name.en,
    owner: doc.owner,
    purpose: doc.purpose.map((p) => text(p.da, p.en)),
    foundation: doc.foundation.map((p) => text(p.da, p.en)),
    competenciesIntro: doc.competenciesIntro.map((p) => text(p.da, p.en)),
    publishedAt: null,
    retiredAt: null,
    createdAt: edition.createdAt,
  });
  const frameworkId = framework.id;
  const values = doc.values.map((v, position) =>
    Object.assign(new FrameworkValueEntity(), {
      id: randomUUID(),
      frameworkId,
      key: v.key,
      kind: v.kind,
      position,
      nameDa: v.name.da,
      nameEn: v.name.en,
      descriptionDa: v.description.da,
      descriptionEn: v.description.en,
    }),
  );
  const behaviours: BehaviourEntity[] = [];
  const dogmas: DogmaEntity[] = doc.dogmas.map((d, position) =>
    dogmaRow(d, frameworkId, null, position),
  );
  const competencies = doc.competencies.map((c, position) => {
    const competency = Object.assign(new CompetencyEntity(), {
      id: randomUUID(),
      frameworkId,
      key: c.key,
      position,
      titleDa: c.title.da,
      titleEn: c.title.en,
      summaryDa: c.summary.da,
      summaryEn: c.summary.en,
      descriptionDa: c.description.da,
      descriptionEn: c.description.en,
      becauseDa: c.because.da,
      becauseEn: c.because.en,
      frameIntroDa: c.frameIntro.da,
      frameIntroEn: c.frameIntro.en,
      personalIntroDa: c.personalIntro.da,
      personalIntroEn: c.personalIntro.en,
    });
    c.behaviours.forEach((b, i) =>
      behaviours.push(
        Object.assign(new BehaviourEntity(), {
          id: randomUUID(),
          frameworkId,
          competencyId: competency.id,
          key: b.key,
          group: b.group,
          position: i,
          textDa: b.text.da,
          textEn: b.text.en,
        }),
      ),
    );
    c.dogmas.forEach((d, i) => dogmas.push(dogmaRow(d, frameworkId, competency.id, i)));
    return competency;
  });
  return { framework, values, competencies, behaviours, dogmas };
}

function dogmaRow(
  d: { key: string; text: LocalizedText },
  frameworkId: string,
  competencyId: string | null,
  position: number,
) {
  return Object.assign(new DogmaEntity(), {
    id: randomUUID(),
    frameworkId,
    competencyId,
    key: d.key,
    position,
    textDa: d.text.da,
    textEn: d.text.en,
  });
}

/** The list entry of an edition. */
export function toSummary(
  f: FrameworkEntity,
  counts: { competencies: number; behaviours: number },
): FrameworkSummary {
  return {
    id: f.id,
    key: f.key,
    name: text(f.nameDa, f.nameEn),
    owner: f.owner,
    edition: f.edition,
    editionLabel: f.editionLabel,
    status: f.status,
    publishedAt: f.publishedAt ? f.publishedAt.toISOString() : null,
    retiredAt: f.retiredAt ? f.retiredAt.toISOString() : null,
    createdAt: f.createdAt.toISOString(),
    current: f.status === 'published',
    competencyCount: counts.competencies,
    behaviourCount: counts.behaviours,
  };
}

/** The whole edition as the API returns it, in document order. */
export function toView(loaded: LoadedFramework): FrameworkView {
  const { framework: f } = loaded;
  const dogmasOf = (competencyId: string | null) =>
    byPosition(loaded.dogmas.filter((d) => d.competencyId === competencyId)).map((d) => ({
      id: d.id,
      key: d.key,
      text: text(d.textDa, d.textEn),
    }));
  return {
    ...toSummary(f, {
      competencies: loaded.competencies.length,
      behaviours: loaded.behaviours.length,
    }),
    purpose: f.purpose,
    foundation: f.foundation,
    competenciesIntro: f.competenciesIntro,
    values: byPosition(loaded.values).map((v) => ({
      id: v.id,
      key: v.key,
      kind: v.kind,
      name: text(v.nameDa, v.nameEn),
      description: text(v.descriptionDa, v.descriptionEn),
    })),
    competencies: byPosition(loaded.competencies).map((c) => ({
      id: c.id,
      key: c.key,
      title: text(c.titleDa, c.titleEn),
      summary: text(c.summaryDa, c.summaryEn),
      description: text(c.descriptionDa, c.descriptionEn),
      because: text(c.becauseDa, c.becauseEn),
      frameIntro: text(c.frameIntroDa, c.frameIntroEn),
      personalIntro: text(c.personalIntroDa, c.personalIntroEn),
      behaviours: byPosition(loaded.behaviours.filter((b) => b.competencyId === c.id)).map((b) => ({
        id: b.id,
        key: b.key,
        group: b.group,
        text: text(b.textDa, b.textEn),
      })),
      dogmas: dogmasOf(c.id),
    })),
    dogmas: dogmasOf(null),
  };
}

/** The portable document of an edition: content and keys, no ids or lifecycle. */
export function viewToDocument(view: FrameworkView): FrameworkDocument {
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;
  return {
    schema: FRAMEWORK_DOCUMENT_SCHEMA,
    key: view.key,
    name: view.name,
    owner: view.owner,
    ...(view.editionLabel ? { editionLabel: view.editionLabel } : {}),
    purpose: view.purpose,
    foundation: view.foundation,
    competenciesIntro: view.competenciesIntro,
    values: view.values.map(strip),
    competencies: view.competencies.map((c) => ({
      key: c.key,
      title: c.title,
      summary: c.summary,
      description: c.description,
      because: c.because,
      frameIntro: c.frameIntro,
      personalIntro: c.personalIntro,
      behaviours: c.behaviours.map(strip),
      dogmas: c.dogmas.map(strip),
    })),
    dogmas: view.dogmas.map(strip),
  };
}
