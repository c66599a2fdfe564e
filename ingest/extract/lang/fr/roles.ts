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
        'conseiller|conseillère|employé(e)|maire',
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
  headsBetweenEmployerAndName: [],
  membersAfterName: [],
  postCopulas: [
    {
      phrases: ['est|était|sont|étaient|devient|devenait|reste|restait|demeure'],
      examples: [
        {
          text: "Pierre Morel devient le directeur de l'ANSSI en 2021.",
          expect: { source: 'Pierre Morel', type: 'LEADS', target: 'ANSSI' },
        },
      ],
    },
  ],
  businessesRun: [
    {
      phrases: ['exploite|exploitait|exploitaient|exploitent'],
      examples: [
        {
          text: 'Le nommé Yves Kerhervé, qui exploitait à Lorient le café du Commerce, a été arrêté.',
          expect: { source: 'Yves Kerhervé', type: 'LEADS', target: 'café du Commerce' },
        },
        {
          text: 'Le nommé Yves Kerhervé, qui exploitait à Lorient le café du Commerce, a été arrêté.',
          expect: { source: 'café du Commerce', type: 'LOCATED_IN', target: 'Lorient' },
        },
        {
          text: 'Mme Anne Guéguen exploite depuis dix ans le cabaret du Port, à Concarneau.',
          expect: { source: 'cabaret du Port', type: 'LOCATED_IN', target: 'Concarneau' },
        },
      ],
    },
  ],
  placeRelatives: ['où', 'dans lequel|laquelle', 'au sein duquel', 'au sein de laquelle'],
  careersInBody: [
    {
      phrases: [
        'a|avait servi|travaillé',
        'a|avait fait carrière',
        'le grade de',
        'a|avait été officier|agent|colonel|général|commandant',
      ],
      examples: [
        {
          text: 'Le nouveau service copie le KGB, où Ivan Petrov a atteint le grade de commandant.',
          expect: { source: 'Ivan Petrov', type: 'WORKS_FOR', target: 'KGB' },
        },
      ],
    },
  ],
  formerPosts: ['ancien(ne)(s)', 'ex-'],
  aliasHeads: [
    {
      phrases: [
        'service|agence|groupe|unité|organisation|société|entreprise|firme|parti|mouvement|ministère|direction|bureau',
      ],
      examples: [
        {
          text: 'APT99 a piraté le KCSO, le Bureau de cybersécurité de Kestrel, en mai.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Bureau de cybersécurité de Kestrel' },
        },
      ],
    },
  ],
  partNouns: [],
  placedBodyNouns: [
    {
      phrases: [
        'banque|agence|service|ministère|autorité|office|régulateur|opérateur|société|entreprise|institut|université',
      ],
      examples: [
        {
          text: 'La Banque Vantor est la banque centrale du Portugal.',
          expect: { source: 'Banque Vantor', type: 'LOCATED_IN', target: 'Portugal' },
        },
      ],
    },
  ],
} as const satisfies RoleVocabulary;
