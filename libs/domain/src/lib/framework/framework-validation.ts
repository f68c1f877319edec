import type { ApiErrorDetail, FrameworkDocument, LocalizedText } from '@lederloeft/contracts';
import { isStableKey, STABLE_KEY_MAX_LENGTH } from './framework-keys';

/**
 * Rules a framework document must meet beyond its shape (the api checks types and
 * required fields first). Returns every problem found, each pointing at its field,
 * so an administrator can fix an import file in one pass.
 */
export function validateFrameworkDocument(doc: FrameworkDocument): ApiErrorDetail[] {
  const issues: ApiErrorDetail[] = [];
  const keyOwners = new Map<string, string>();

  const checkKey = (key: string, path: string): void => {
    if (!isStableKey(key)) {
      issues.push({
        path,
        message: `Nøglen "${key}" skal bestå af små bogstaver a-z, tal, punktum og bindestreg (højst ${STABLE_KEY_MAX_LENGTH} tegn).`,
      });
    }
    const earlier = keyOwners.get(key);
    if (earlier !== undefined) {
      issues.push({
        path,
        message: `Nøglen "${key}" er allerede brugt i ${earlier}.`,
      });
    } else {
      keyOwners.set(key, path);
    }
  };
  const checkText = (text: LocalizedText, path: string): void => {
    if (text.da.trim() === '')
      issues.push({
        path: `${path}.da`,
        message: 'Den danske tekst må ikke være tom.',
      });
    if (text.en.trim() === '')
      issues.push({
        path: `${path}.en`,
        message: 'Den engelske tekst må ikke være tom.',
      });
  };

  if (!isStableKey(doc.key)) {
    issues.push({
      path: 'key',
      message: `Rammens nøgle "${doc.key}" skal bestå af små bogstaver a-z, tal, punktum og bindestreg.`,
    });
  }
  checkText(doc.name, 'name');
  if (doc.owner.trim() === '')
    issues.push({ path: 'owner', message: 'Ejeren (kommunen) skal angives.' });

  doc.values.forEach((value, i) => {
    checkKey(value.key, `values[${i}].key`);
    checkText(value.name, `values[${i}].name`);
    checkText(value.description, `values[${i}].description`);
  });

  if (doc.competencies.length === 0) {
    issues.push({
      path: 'competencies',
      message: 'Ledelsesgrundlaget skal have mindst én kompetence.',
    });
  }
  doc.competencies.forEach((competency, i) => {
    const at = `competencies[${i}]`;
    checkKey(competency.key, `${at}.key`);
    // Title and summary make a competency; another municipality's foundation may have no
    // "Fordi" sentence or group lead-ins, so those may be blank (the UI leaves them out).
    for (const field of ['title', 'summary'] as const) {
      checkText(competency[field], `${at}.${field}`);
    }
    if (competency.behaviours.length === 0) {
      issues.push({
        path: `${at}.behaviours`,
        message: `Kompetencen "${competency.key}" skal have mindst én eksempeladfærd.`,
      });
    }
    competency.behaviours.forEach((behaviour, j) => {
      checkKey(behaviour.key, `${at}.behaviours[${j}].key`);
      checkText(behaviour.text, `${at}.behaviours[${j}].text`);
    });
    competency.dogmas.forEach((dogma, j) => {
      checkKey(dogma.key, `${at}.dogmas[${j}].key`);
      checkText(dogma.text, `${at}.dogmas[${j}].text`);
    });
  });
  doc.dogmas.forEach((dogma, i) => {
    checkKey(dogma.key, `dogmas[${i}].key`);
    checkText(dogma.text, `dogmas[${i}].text`);
  });
  for (const field of ['purpose', 'foundation', 'competenciesIntro'] as const) {
    doc[field].forEach((paragraph, i) => checkText(paragraph, `${field}[${i}]`));
  }
  return issues;
}

/** Number of example behaviours across all competencies. */
export function countBehaviours(doc: Pick<FrameworkDocument, 'competencies'>): number {
  return doc.competencies.reduce((sum, c) => sum + c.behaviours.length, 0);
}
