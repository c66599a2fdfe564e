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
  pluralCivilities: [
    {
      // "MM:" is what OCR makes of the full stop.
      phrases: ['MM.', 'MM:', 'Mmes', 'Mlles'],
      examples: [
        {
          text: 'Les candidats sont MM. Le Bihan, Quéré et Tanguy, tous trois conseillers.',
          expect: { name: 'Tanguy', type: 'Person' },
        },
      ],
    },
  ],
  firstNames: [
    {
      // Given names common in France from the nineteenth century to today.
      phrases: [
        'Jean',
        'Pierre',
        'Louis',
        'Joseph',
        'François',
        'Jacques',
        'Yves',
        'Henri',
        'Charles',
        'Paul',
        'Georges',
        'Émile',
        'Eugène',
        'Marcel',
        'René',
        'Auguste',
        'Alphonse',
        'Mathurin',
        'Raoul',
        'Victor',
        'Ernest',
        'Alexandre',
        'Julien',
        'André',
        'Lucien',
        'Maurice',
        'Gabriel',
        'Guillaume',
        'Hervé',
        'Olivier',
        'Léon',
        'Jules',
        'Théodore',
        'Adolphe',
        'Édouard',
        'Camille',
        'Michel',
        'Nicolas',
        'Antoine',
        'Étienne',
        'Félix',
        'Frédéric',
        'Gustave',
        'Hippolyte',
        'Joachim',
        'Laurent',
        'Mathieu',
        'Prosper',
        'Raymond',
        'Claude',
        'Denis',
        'Emmanuel',
        'Benjamin',
        'Philippe',
        'Bernard',
        'Alain',
        'Patrick',
        'Thierry',
        'Christophe',
        'Sébastien',
        'Jean-Baptiste',
        'Jean-Marie',
        'Jean-Pierre',
        'Jean-Louis',
        'Jean-Paul',
        'Marie',
        'Jeanne',
        'Anne',
        'Anna',
        'Louise',
        'Augustine',
        'Joséphine',
        'Marguerite',
        'Germaine',
        'Berthe',
        'Suzanne',
        'Madeleine',
        'Françoise',
        'Catherine',
        'Hélène',
        'Julie',
        'Mathilde',
        'Émilie',
        'Célestine',
        'Victorine',
        'Eugénie',
        'Clémence',
        'Philomène',
        'Sophie',
        'Claire',
        'Élise',
        'Aline',
        'Léontine',
        'Yvonne',
        'Lucie',
        'Marthe',
        'Valérie',
        'Isabelle',
        'Nathalie',
        'Sylvie',
        'Christine',
        'Martine',
        'Monique',
        'Nicole',
        'Ségolène',
        'Marine',
      ],
      examples: [
        {
          text: 'Naissances. Yvonne Kerjean, rue du Port.',
          expect: { name: 'Yvonne Kerjean', type: 'Person' },
        },
      ],
    },
  ],
  organisationHeads: [
    {
      phrases: [
        'Compagnie',
        'Société',
        'Confédération',
        'Faculté',
        'Bourse',
        'Cercle',
        'Conservatoire',
        'Académie',
        'Lycée',
        'Collège',
        'École',
        'Caisse',
        'Crédit',
        'Chambre',
        'Préfecture',
        'Mairie',
        'Séminaire',
        'Forges',
        'Chantiers',
        'Ateliers',
        'Manufacture',
      ],
      examples: [
        {
          text: 'Les ouvriers de la Compagnie des Forges de Kerhuel sont en grève.',
          expect: { name: 'Compagnie des Forges de Kerhuel', type: 'Organization' },
        },
        {
          text: 'Il a soutenu sa thèse devant la Faculté de Rennes hier.',
          expect: { name: 'Faculté de Rennes', type: 'Organization' },
        },
      ],
    },
  ],
  bodiesByHead: [
    {
      phrases: ['Chambre', 'État', 'Etat'],
      examples: [
        {
          text: "Le projet de loi sera discuté demain à la Chambre, puis l'État fixera le tarif.",
          expect: { name: 'Chambre', type: 'Organization' },
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
      // Named in English, as the English nouns are: "le gouvernement iranien" and "the Iranian
      // government" are one node, "Government of Iran".
      organ: 'Government',
      phrases: ['gouvernement', 'régime'],
      examples: [
        {
          text: 'Le gouvernement iranien a démenti toute implication dans la campagne.',
          expect: { name: 'gouvernement iranien', type: 'Organization' },
        },
        {
          text: "Les chercheurs lient le groupe au gouvernement de la Chine depuis l'an dernier.",
          expect: { name: 'gouvernement de la Chine', type: 'Organization' },
        },
        {
          text: 'Selon le rapport, le régime syrien finançait les opérateurs.',
          expect: { name: 'régime syrien', type: 'Organization' },
        },
      ],
    },
    {
      phrases: ['armée', 'services de renseignement', 'renseignement militaire'],
      examples: [
        {
          text: "L'opération a été confiée à l'armée russe selon les enquêteurs.",
          expect: { name: 'armée russe', type: 'Organization' },
        },
      ],
    },
  ],
} as const satisfies NameVocabulary;
