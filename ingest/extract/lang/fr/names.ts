/**
 * French words around names: civilities and titles before people, street words before places.
 * Example sentences are our own.
 */
import type { NameVocabulary } from '../types.ts';

export const names = {
  lang: 'fr',
  civilities: [
    {
      phrases: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr'],
      examples: [
        {
          text: 'Au conseil municipal, M. Kerbrat a défendu le budget du port.',
          expect: { name: 'Kerbrat', type: 'Person' },
        },
        {
          text: 'La réunion était présidée par M. de Kervégan, ancien maire.',
          expect: { name: 'Kervégan', type: 'Person' },
        },
        {
          text: 'Mme Le Goff a reçu les délégués à la mairie.',
          expect: { name: 'Le Goff', type: 'Person' },
        },
      ],
    },
    {
      // What OCR makes of "M." in old newspapers: the two strokes of M read as N and I.
      phrases: ['NI.', 'Ni.'],
      examples: [
        {
          text: 'Le piano sera tenu par NI. Kerhervé, organiste de la paroisse.',
          expect: { name: 'Kerhervé', type: 'Person' },
        },
      ],
    },
  ],
  titles: [
    {
      phrases: [
        'général',
        'colonel',
        'lieutenant-colonel',
        'commandant',
        'capitaine',
        'lieutenant',
        'amiral',
        'docteur',
        'maître',
        'abbé',
        'chanoine',
        'pasteur',
        'curé',
        'cardinal',
        'baron',
        'baronne',
        'comte',
        'comtesse',
        'vicomte',
        'marquis',
        'marquise',
        'duc',
        'duchesse',
        'citoyen',
        'citoyenne',
        'sieur',
        'veuve',
        'professeur',
        'préfet',
      ],
      examples: [
        {
          text: "Le colonel Guivarc'h commandait alors la garnison.",
          expect: { name: "Guivarc'h", type: 'Person' },
        },
        {
          text: "La messe fut dite par l'abbé Le Floch devant une foule nombreuse.",
          expect: { name: 'Le Floch', type: 'Person' },
        },
      ],
    },
  ],
  streets: [
    {
      phrases: ['rue', 'avenue', 'boulevard', 'quai', 'place', 'impasse', 'faubourg', 'cours'],
      examples: [
        {
          text: "L'incendie s'est déclaré rue de la Corderie, près du marché.",
          expect: { name: 'rue de la Corderie', type: 'Location' },
        },
        {
          text: 'Le cortège a traversé la place Saint-Corentin avant midi.',
          expect: { name: 'place Saint-Corentin', type: 'Location' },
        },
      ],
    },
  ],
  technicalTerms: [],
  stateBodies: [
    {
      phrases: ['gouvernement', 'armée', 'régime', 'services de renseignement', 'renseignement militaire'],
      examples: [
        {
          text: 'Le gouvernement iranien a démenti toute implication dans la campagne.',
          expect: { name: 'gouvernement iranien', type: 'Organization' },
        },
        {
          text: "Les chercheurs lient le groupe au gouvernement de la Chine depuis l'an dernier.",
          expect: { name: 'gouvernement de la Chine', type: 'Organization' },
        },
      ],
    },
  ],
} as const satisfies NameVocabulary;
