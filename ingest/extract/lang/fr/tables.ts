import type { TableVocabulary } from '../types.ts';

export const tables = {
  subjectColumns: [
    {
      type: 'ThreatActor',
      phrases: ['acteur|acteurs', 'groupe|groupes', 'mode opératoire|opératoires'],
      examples: [
        {
          text: '| **Groupe** | **Cible** |\n| APT28 | Allemagne |\n| APT29 | Norvège |',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Allemagne' },
        },
      ],
    },
    {
      type: 'Event',
      phrases: ['campagne|campagnes', 'opération|opérations', 'attaque|attaques', 'incident|incidents'],
      examples: [
        {
          text: 'Les campagnes suivies :\n| **Campagne** | **Année** | **Description** |\n| Port Silencieux | 2020 | Cette campagne a visé des ministères au Danemark. |\n| Lanterne Froide | 2021 | Vol de données de recherche. |',
          expect: { source: 'Port Silencieux', type: 'TARGETED', target: 'Danemark' },
        },
      ],
    },
    {
      phrases: ['nom|noms'],
      examples: [
        {
          text: '| **Nom** | **Cible** |\n| APT28 | Allemagne |\n| APT29 | Norvège |',
          expect: { source: 'APT29', type: 'TARGETED', target: 'Norvège' },
        },
      ],
    },
  ],
  relationColumns: [
    {
      relation: 'TARGETED',
      phrases: ['cible|cibles', 'victime|victimes', 'pays ciblés', 'secteurs ciblés'],
      examples: [
        {
          text: '| **Acteur** | **Cibles** |\n| APT28 | Allemagne |\n| APT29 | Norvège |',
          expect: { source: 'APT29', type: 'TARGETED', target: 'Norvège' },
        },
      ],
    },
    {
      relation: 'ATTRIBUTED_TO',
      phrases: ['attribution', 'commanditaire|commanditaires'],
      examples: [
        {
          text: '| **Groupe** | **Attribution** |\n| APT28 | Russie |\n| APT33 | Iran |',
          expect: { source: 'APT33', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
    {
      relation: 'USES',
      phrases: ['outil|outils', 'logiciels malveillants'],
      examples: [
        {
          text: '| **Acteur** | **Outils** |\n| APT28 | Mimikatz |\n| APT29 | Cobalt Strike |',
          expect: { source: 'APT28', type: 'USES', target: 'Mimikatz' },
        },
      ],
    },
  ],
  rowKinds: [
    {
      type: 'Event',
      phrases: [
        'attaque|attaques',
        'cyberattaque|cyberattaques',
        'campagne|campagnes',
        'opération|opérations',
        'incident|incidents',
      ],
      examples: [
        {
          text: 'Les attaques attribuées à l’Iran :\n| **Acteur** | **Objectifs** |\n| Verger Nocturne | Vol de données de recherche. |\n| Prairie Salée | Sabotage d’une raffinerie. |',
          expect: { source: 'Verger Nocturne', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
    {
      type: 'ThreatActor',
      phrases: ['groupes de pirates', 'groupes APT', 'modes opératoires'],
      examples: [
        {
          text: '**Groupes APT attribués à l’Iran**\n| **Nom** | **Objectifs** |\n| Pinson Gris | Espionnage. |\n| Héron Pâle | Vol de données de recherche. |',
          expect: { source: 'Pinson Gris', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
    {
      type: 'Organization',
      phrases: ['structure|structures', 'organisme|organismes', 'services'],
      examples: [
        {
          text: '**Structures du Conseil du Nord**\n| **Office des Signaux du Port** |\nIl écoute les transmissions.\n–\nSection d’Écoute Côtière : Elle enregistre le trafic des navires.\n|\n| **Bureau des Archives du Nord** |\nIl garde les archives.\n|',
          expect: {
            source: 'Section d’Écoute Côtière',
            type: 'PART_OF',
            target: 'Office des Signaux du Port',
          },
        },
      ],
    },
  ],
  captionRelations: [
    {
      relation: 'ATTRIBUTED_TO',
      phrases: ['attribué(e)(s) à|au|aux', 'attribution à|au|aux', 'imputé(e)(s) à|au|aux'],
      examples: [
        {
          text: 'Le tableau suivant montre les campagnes attribuées à APT28 :\n| **Campagne** | **Année** |\n| Port Silencieux | 2020 |\n| Lanterne Froide | 2021 |',
          expect: { source: 'Port Silencieux', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
      ],
    },
  ],
  victimPassives: [
    {
      phrases: [
        "a|ont été|été victime|victimes de|d’|d'",
        'a|ont été compromis(e)(s)|piraté(e)(s)|attaqué(e)(s)',
      ],
      examples: [
        {
          text: 'Les attaques attribuées à l’Iran :\n| **Acteur** | **Année** | **Objectifs** |\n| Prairie Salée | 2019 | La société Exemple Pétrole a été victime d’une attaque destructrice. |\n| Verger Nocturne | 2020 | Vol de données de recherche. |',
          expect: { source: 'Prairie Salée', type: 'TARGETED', target: 'Exemple Pétrole' },
        },
      ],
    },
  ],
} as const satisfies TableVocabulary;
