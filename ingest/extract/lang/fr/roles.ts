/**
 * French words of the posts people hold. Example sentences are our own.
 */
import type { RoleVocabulary } from '../types.ts';

export const roles = {
  afterName: [
    {
      phrases: [
        'directeur|directrice|chercheur|chercheuse|analyste|expert(e)|spécialiste|porte-parole',
        'président(e)|vice-président(e)|fondateur|fondatrice|responsable|chef|ministre|candidat(e)',
        'député(e)|dirigeant(e)|membre|secrétaire|patron(ne)|journaliste|ingénieur(e)',
        'conseiller|conseillère|employé(e)',
      ],
      examples: [
        {
          text: 'Le rapport cite Kettil, chercheur, longuement.',
          expect: { type: 'Person', name: 'Kettil' },
        },
      ],
    },
    {
      // "Kettil, ancienne ministre, ...": a former post still says who one is.
      phrases: ['ancien(ne)'],
      examples: [
        {
          text: 'Le rapport cite Kettil, ancienne ministre, longuement.',
          expect: { type: 'Person', name: 'Kettil' },
        },
      ],
    },
    {
      phrases: ['dirige|dirigeait|préside|présidait|fonde', 'a fondé|cofondé'],
      examples: [
        {
          text: "Le rapport cite Kettil, qui dirige l'enquête.",
          expect: { type: 'Person', name: 'Kettil' },
        },
      ],
    },
  ],
  // The organisation follows the post ("chercheur chez X"): the employment trigger reads it.
  betweenEmployerAndName: [],
  membersAfterName: [],
} as const satisfies RoleVocabulary;
