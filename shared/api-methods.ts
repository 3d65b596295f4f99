/**
 * The names of the API methods, without their schemas: what the sandboxed preload needs to build its bridge, so it
 * does not bundle zod and every schema. shared/api.ts declares its table against this list (the compiler refuses a
 * method missing from either side) and tests/unit/api-methods.test.ts checks that the order matches too.
 */
const API_METHOD_NAMES = [
  'listNotices',
  'searchNotices',
  'getNotice',
  'createFromTemplate',
  'createFromPrevious',
  'previewImport',
  'importProgress',
  'cancelImport',
  'createFromNotice',
  'saveNotice',
  'listRevisions',
  'getRevision',
  'restoreRevision',
  'compareVersions',
  'exportComparisonDocx',
  'exportReviewCopy',
  'addRevisionComment',
  'duplicateNotice',
  'trashNotice',
  'restoreFromTrash',
  'deleteForever',
  'checkNotice',
  'issueNotice',
  'listRegister',
  'setRegisterStart',
  'exportRegisterDocx',
  'listCheckAcceptances',
  'listDictionaryWords',
  'addDictionaryWord',
  'removeDictionaryWord',
  'listSpellingSyllables',
  'listTemplates',
  'saveAsTemplate',
  'listSectionTemplates',
  'saveSectionTemplate',
  'deleteSectionTemplate',
  'listAgencies',
  'lookupAgency',
  'addAgency',
  'updateAgency',
  'deleteAgency',
  'mergeAgency',
  'getSettings',
  'setSettings',
  'exportDocx',
  'exportPdf',
] as const;

export type ApiMethodName = (typeof API_METHOD_NAMES)[number];

export const apiMethodNames: ApiMethodName[] = [...API_METHOD_NAMES];
