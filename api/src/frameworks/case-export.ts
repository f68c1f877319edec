import type {
  CaseAssociation,
  CaseItem,
  CaseLinkUri,
  CasePackage,
  FrameworkView,
  Language,
} from '@lederloeft/contracts';
import { uuidV5 } from '../common/uuid-v5';

/** Namespace of all Lederløft CASE identifiers (a fixed random UUID). */
const LEDERLOEFT_CASE_NAMESPACE = 'b5d3e0a2-6f1c-4d8e-9a47-2c1f0e9b7d35';

const urn = (identifier: string) => `urn:uuid:${identifier}`;

/**
 * Maps an edition to a 1EdTech CASE 1.1 CFPackage: the CFDocument, one CFItem per
 * competency and behaviour, and isChildOf associations (behaviour → competency →
 * document). Identifiers are derived from the framework's key, the language and the stable
 * keys: a competency keeps its identifier from edition to edition (CASE's model of a
 * framework that evolves, with `version` and `lastChangeDateTime` telling editions apart),
 * and the Danish and English packages never share one.
 */
export function toCasePackage(view: FrameworkView, lang: Language): CasePackage {
  const id = (name: string) => uuidV5(`${view.key}/${lang}/${name}`, LEDERLOEFT_CASE_NAMESPACE);
  // The date the current adoption status began: retirement, else publication.
  const statusStart = view.retiredAt ?? view.publishedAt;
  const changed = statusStart ?? view.createdAt;
  const documentId = id('document');
  const documentLink: CaseLinkUri = {
    title: view.name[lang],
    identifier: documentId,
    uri: urn(documentId),
  };
  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const link = (item: CaseItem): CaseLinkUri => ({
    title: item.fullStatement,
    identifier: item.identifier,
    uri: item.uri,
  });
  const childOf = (child: CaseLinkUri, parent: CaseLinkUri, sequenceNumber: number) => {
    const identifier = id(`association/${child.identifier}`);
    associations.push({
      identifier,
      uri: urn(identifier),
      associationType: 'isChildOf',
      sequenceNumber,
      originNodeURI: child,
      destinationNodeURI: parent,
      CFDocumentURI: documentLink,
      lastChangeDateTime: changed,
    });
  };

  view.competencies.forEach((competency, ci) => {
    const competencyId = id(`competency/${competency.key}`);
    const competencyItem: CaseItem = {
      identifier: competencyId,
      uri: urn(competencyId),
      fullStatement: competency.title[lang],
      notes: `${competency.summary[lang]}\n\n${lang === 'da' ? 'Fordi' : 'Because'}: ${competency.because[lang]}`,
      humanCodingScheme: competency.key,
      listEnumeration: String(ci + 1),
      CFItemType: lang === 'da' ? 'Kompetence' : 'Competency',
      language: lang,
      lastChangeDateTime: changed,
      CFDocumentURI: documentLink,
    };
    items.push(competencyItem);
    childOf(link(competencyItem), documentLink, ci + 1);

    competency.behaviours.forEach((behaviour, bi) => {
      const behaviourId = id(`behaviour/${behaviour.key}`);
      const behaviourItem: CaseItem = {
        identifier: behaviourId,
        uri: urn(behaviourId),
        fullStatement: behaviour.text[lang],
        humanCodingScheme: behaviour.key,
        listEnumeration: `${ci + 1}.${bi + 1}`,
        CFItemType: behaviourType(behaviour.group, lang),
        language: lang,
        lastChangeDateTime: changed,
        CFDocumentURI: documentLink,
      };
      items.push(behaviourItem);
      childOf(link(behaviourItem), link(competencyItem), bi + 1);
    });
  });

  return {
    CFDocument: {
      identifier: documentId,
      uri: urn(documentId),
      creator: view.owner,
      publisher: view.owner,
      title: view.name[lang],
      description: view.purpose.map((p) => p[lang]).join('\n\n'),
      language: lang,
      version: view.editionLabel ?? String(view.edition),
      adoptionStatus: adoptionStatus(view.status),
      ...(statusStart ? { statusStartDate: statusStart.slice(0, 10) } : {}),
      lastChangeDateTime: changed,
      CFPackageURI: {
        title: view.name[lang],
        identifier: documentId,
        uri: urn(documentId),
      },
    },
    CFItems: items,
    CFAssociations: associations,
  };
}

function behaviourType(group: 'frame' | 'personal', lang: Language): string {
  if (lang === 'da')
    return group === 'frame' ? 'Adfærd: sætter rammen' : 'Adfærd: personlig adfærd';
  return group === 'frame' ? 'Behaviour: sets the frame' : 'Behaviour: personal behaviour';
}

/** CASE's adoption statuses: Private Draft, Draft, Adopted, Deprecated. */
function adoptionStatus(status: FrameworkView['status']): string {
  return status === 'published' ? 'Adopted' : status === 'retired' ? 'Deprecated' : 'Draft';
}
