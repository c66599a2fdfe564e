/** French words that open the examples of an object (see EnumerationVocabulary). */
import type { EnumerationVocabulary } from '../types.ts';

export const enumerations = {
  opening: [
    {
      phrases: [
        'notamment',
        'tel(le)(s) que',
        'parmi eux|elles|lesquels|lesquelles',
        'en particulier',
        'dont',
      ],
      examples: [
        {
          text: "Le groupe APT28 a ciblé plusieurs pays européens, notamment l'Allemagne, la France et l'Italie.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Italie' },
        },
        {
          // « dont » after a plural object; after a name it opens a relative clause.
          text: 'Le logiciel espion Pegasus a infecté les téléphones de plusieurs avocats, dont Claire Vernet.',
          expect: { source: 'Pegasus', type: 'TARGETED', target: 'Claire Vernet' },
        },
      ],
    },
  ],
  comparing: [
    {
      phrases: ['comme'],
      examples: [
        {
          text: 'Le groupe APT28 utilise une longue chaîne de logiciels écrits dans plusieurs langages comme Zebrocy.',
          expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
        },
      ],
    },
  ],
  beforeExample: ['en', 'à', 'au', 'aux', 'le', 'la', 'les', "l'", 'l’'],
  indicatorLeads: [
    {
      phrases: [
        'infrastructure(s)',
        'indicateur(s) de compromission',
        'indicateur(s)',
        'domaine(s)',
        'adresse(s) IP',
        'serveur(s) de commande|contrôle',
      ],
      examples: [
        {
          text: 'Infrastructure du groupe TA999\nportail-factures[.]net\nfacture-sure[.]org\n',
          expect: { source: 'TA999', type: 'USES', target: 'facture-sure.org' },
        },
      ],
    },
  ],
  infrastructureVerbs: [
    {
      phrases: [
        'a|ont enregistré',
        'enregistre|enregistrent',
        'a|ont mis en place',
        'a|ont créé',
        'a|ont acheté|loué',
        'a|ont hébergé',
        'héberge|hébergent',
        'a|ont contrôlé',
        'contrôle|contrôlent',
        'a|ont envoyé ses|leurs courriels|messages depuis',
        'a|ont envoyé depuis',
        'provenaient|proviennent de',
      ],
      examples: [
        {
          text: 'Le groupe TA999 vise des ingénieurs. Le groupe a mis en place les comptes suivants :\nservice.factures[@]gmail.com\naide.compte[@]gmail.com\n',
          expect: { source: 'TA999', type: 'USES', target: 'aide.compte@gmail.com' },
        },
      ],
    },
  ],
  ownershipCompounds: [],
  softwareKinds: [],
  victimPlaces: [
    {
      phrases: ['situé(e)(s)', 'basé(e)(s)', 'implanté(e)(s)'],
      examples: [
        {
          text: 'Le groupe APT99 a ciblé une quarantaine de chercheurs travaillant pour plusieurs laboratoires pharmaceutiques situés en Belgique.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Belgique' },
        },
      ],
    },
  ],
  unsaidUserSubjects: [
    {
      phrases: [
        'le logiciel malveillant utilisé était|est',
        "l'outil utilisé était|est",
        'les logiciels malveillants utilisés étaient|sont',
        'les outils utilisés étaient|sont',
      ],
      examples: [
        {
          text: 'Le groupe APT99 vise des ingénieurs depuis 2020. Le logiciel malveillant utilisé était Greyfox.',
          expect: { source: 'APT99', type: 'USES', target: 'Greyfox' },
        },
      ],
    },
  ],
  unsaidUserPurposes: [
    {
      phrases: [
        "l'échantillon a été utilisé pour cibler|attaquer|compromettre",
        "l'échantillon a probablement été utilisé pour cibler|attaquer|compromettre",
        'cet échantillon a été utilisé pour cibler|attaquer|compromettre',
        'cet échantillon a probablement été utilisé pour cibler|attaquer|compromettre',
      ],
      examples: [
        {
          text: "Le groupe APT99 vise des armateurs depuis 2020. Nous estimons que cet échantillon a été utilisé pour cibler l'Autorité portuaire de Bergen.",
          expect: { source: 'APT99', type: 'TARGETED', target: 'Autorité portuaire de Bergen' },
        },
      ],
    },
  ],
  // No word of French places an address it follows ("vue en Norvège sous l'adresse ...").
  indicatorPlaceLinks: [],
  indicatorPlaceArticles: [],
  indicatorPlaceEnds: [],
  actorHoldings: [],
  holdingVerbs: [],
  holdingPrepositions: [],
  holdingParticiples: [
    {
      phrases: ['possédé', 'exploité', 'géré', 'hébergé'],
      examples: [
        {
          text: "APT99 a attaqué des serveurs gérés par l'OTAN.",
          expect: { source: 'APT99', type: 'TARGETED', target: 'OTAN' },
        },
      ],
    },
  ],
  imitationWords: [
    {
      phrases: [
        'trompeur|trompeurs|trompeuse|trompeuses',
        'imitant|imitait|imitent|imiter|imité|imités|imitée|imitées|imite',
        'usurpant|usurpait|usurpent|usurper|usurpé|usurpés|usurpée|usurpées|usurpe',
        'frauduleux|frauduleuse|frauduleuses',
        'contrefait|contrefaits|contrefaite|contrefaites',
      ],
      examples: [
        {
          text: "APT99 a enregistré le domaine trompeur wada-arna.org pour viser l'Agence mondiale antidopage (WADA).",
          expect: { source: 'wada-arna.org', type: 'IMPERSONATES', target: 'WADA' },
        },
      ],
    },
  ],
} as const satisfies EnumerationVocabulary;
