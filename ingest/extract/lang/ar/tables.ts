import type { TableVocabulary } from '../types.ts';

/** None yet: no Arabic report with a table has been read. */
export const tables = {
  subjectColumns: [],
  relationColumns: [],
  rowKinds: [],
  captionRelations: [],
  victimPassives: [],
} as const satisfies TableVocabulary;
