/**
 * Arabic words of the posts people hold. The titles that make a name a person's ("الباحث",
 * "الوزير") come before it and are name cues; none is listed after a name yet.
 */
import type { RoleVocabulary } from '../types.ts';

export const roles = {
  afterName: [],
  // The organisation follows the post ("الباحث في X"): the employment trigger reads it.
  betweenEmployerAndName: [],
  headsBetweenEmployerAndName: [],
  membersAfterName: [],
  // A career is told after the person in Arabic ("عمل X في جهاز ..."), which the employment
  // trigger reads; no relative clause of place after the organisation is listed yet.
  placeRelatives: [],
  careersInBody: [],
  // The verb comes before its subject: no post after a subject and its verb to tell apart.
  postCopulas: [],
  businessesRun: [],
  // "المدير السابق لـ X": the word of a former post follows it.
  formerPosts: [],
  aliasHeads: [],
  partNouns: [],
  placedBodyNouns: [],
} as const satisfies RoleVocabulary;
