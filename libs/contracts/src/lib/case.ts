/**
 * The subset of 1EdTech CASE 1.1 (Competencies and Academic Standards Exchange)
 * that a framework export produces: one CFPackage with its CFDocument, a CFItem per
 * competency and behaviour, and isChildOf associations.
 */
export interface CaseLinkUri {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  description?: string;
  publisher?: string;
  language?: string;
  version?: string;
  adoptionStatus?: string;
  statusStartDate?: string;
  CFPackageURI: CaseLinkUri;
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  alternativeLabel?: string;
  abbreviatedStatement?: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  CFItemType?: string;
  language?: string;
  notes?: string;
  lastChangeDateTime: string;
  CFDocumentURI: CaseLinkUri;
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: 'isChildOf';
  sequenceNumber?: number;
  originNodeURI: CaseLinkUri;
  destinationNodeURI: CaseLinkUri;
  CFDocumentURI: CaseLinkUri;
  lastChangeDateTime: string;
}

export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
}
