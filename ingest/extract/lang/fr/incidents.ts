/**
 * French names of an incident after its victim. Example sentences are our own.
 */
import type { IncidentVocabulary } from '../types.ts';

export const incidents = {
  nouns: [
    {
      // The plural tells of the same incident on the same victim ("les attaques contre X"); not
      // "intrusions", an English word too, and the nouns serve every language.
      phrases: [
        'piratage(s)',
        'hacking',
        'attaque(s) informatique(s)',
        'cyberattaque(s)',
        'intrusion',
        'fuite',
        'action|opération|campagne de piratage',
        'attaque(s)',
      ],
      examples: [
        { text: 'Le piratage de TV5Monde a duré une nuit.', expect: { event: 'Hack of TV5Monde' } },
        { text: "L'attaque contre TV5Monde a duré une nuit.", expect: { event: 'Hack of TV5Monde' } },
        {
          text: "Les attaques contre l'OTAN ont duré un mois.",
          expect: { event: 'Hack of NATO' },
        },
      ],
    },
  ],
  // « une attaque informatique massive contre X »
  adjectives: ['informatique', 'massive', 'massif', 'électronique'],
  victimLinkers: [
    {
      phrases: ['subi(e) par', 'visant|contre|ciblant', 'de|du|des', "d'"],
      examples: [
        { text: 'Le piratage subi par TV5Monde a duré une nuit.', expect: { event: 'Hack of TV5Monde' } },
        {
          text: 'Une cyberattaque visant TV5Monde a eu lieu en avril.',
          expect: { event: 'Hack of TV5Monde' },
        },
      ],
    },
  ],
  afterVictim: [
    {
      phrases: [
        "victime d'un piratage",
        "victime d'une attaque|cyberattaque",
        "victime d'une opération|action de piratage",
        'victime de|du piratage',
        "victime d'une intrusion",
      ],
      examples: [
        {
          text: "TV5Monde a été victime d'une cyberattaque en avril.",
          expect: { event: 'Hack of TV5Monde' },
        },
        {
          text: "La société Quillport a été victime d'une intrusion informatique en mai.",
          expect: { event: 'Hack of Quillport' },
        },
      ],
    },
  ],
  afterName: [],
  // French names what was hit after the incident noun ("la cyberattaque du réseau électrique de X").
  datedNouns: [],
  targetNouns: [],
  victimQuantifiers: [],
  // French dates the incident after its noun ("l'attaque de décembre 2015").
  months: [],
  againstVictim: ['contre', 'visant'],
  // « sur » after an incident noun says where it was told, not whom it hit.
  victimPrepositions: [],
  onVictim: ['attaque|attaques|piratage|piratages|cyberattaque|cyberattaques sur|en|dans|au|aux'],
  partyMarkers: ['à'],
  leakedMaterial: [
    {
      phrases: ['les courriels|documents|fichiers volés|piratés', 'les courriels|documents|fichiers'],
      examples: [
        {
          text: "Le piratage d'En Marche a été découvert en mai. Deux semaines plus tard, WikiLeaks a publié les courriels volés.",
          expect: { event: "piratage d'En Marche" },
        },
      ],
    },
  ],
  elections: [
    {
      phrases: [
        'élection(s) présidentielle(s)|législative(s)|municipale(s)|européenne(s)',
        'présidentielle(s)|législatives',
        'élection(s)',
      ],
      examples: [
        {
          text: "APT99 a tenté de peser sur l'élection présidentielle de 2019.",
          expect: { event: 'élection présidentielle de 2019' },
        },
      ],
    },
  ],
  intrusionNouns: [
    {
      phrases: ['ingérence|ingérences|intrusion|intrusions dans'],
      examples: [
        {
          text: "Le ministère a accusé Norland d'ingérence dans les dernières élections municipales.",
          expect: { event: 'ingérence dans les dernières élections municipales' },
        },
      ],
    },
  ],
  complementEnds: [
    'qui|que|qu|dont|où|avec|sans|par|pour|sur|sous|selon|lors|depuis|pendant|avant|après|à|au|aux|en|dans',
    'et|ou|mais|est|sont|était|étaient|a|ont|avait|avaient|sera',
  ],
  undergoneNouns: [
    {
      phrases: [
        'panne|coupure|piratage|attaque|cyberattaque|intrusion',
        'panne de courant',
        "panne d'électricité",
      ],
      examples: [
        {
          text: "La panne d'électricité que la Moldavie a subie l'hiver dernier a été imputée à APT99.",
          expect: { event: "panne d'électricité" },
        },
      ],
    },
  ],
  undergoneVerbs: ['a|avait subi|subie|subis|subies|connu|connue'],
  occurrenceVerbs: [
    {
      phrases: ['a|avait eu lieu', 'ont|avaient eu lieu', "s'est|s'était produit|produite|déroulé|déroulée"],
      examples: [
        {
          text: "L'ingérence dans le scrutin régional a eu lieu en Bretagne.",
          expect: { source: 'ingérence dans le scrutin régional', type: 'LOCATED_IN', target: 'Bretagne' },
        },
      ],
    },
  ],
  existentials: [
    {
      phrases: ['il y a|avait eu'],
      examples: [
        {
          text: 'En Bretagne, il y a eu une ingérence dans le scrutin régional.',
          expect: { source: 'ingérence dans le scrutin régional', type: 'LOCATED_IN', target: 'Bretagne' },
        },
      ],
    },
  ],
  agentVictims: [
    {
      // An elided "d'" runs into the deed; the other phrases end on a space.
      phrases: [
        "victime(s) d'",
        "victime(s) d'un|d'une",
        "la cible d'",
        "la cible d'un|d'une",
        'subi',
        'subi un|une',
      ],
      examples: [
        {
          text: 'Le piratage de Sony Pictures a choqué Hollywood. Selon le FBI, Sony Pictures a subi une intrusion orchestrée par Lazarus.',
          expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Lazarus' },
        },
      ],
    },
  ],
  agentDeeds: ['attaque(s)', 'cyberattaque(s)', 'campagne', 'opération', 'piratage', 'intrusion'],
  agentLinkers: ['mené(e)(s) par', 'orchestré(e)(s) par', "de la part de|du|d'", 'par', 'de', 'du', "d'"],
  namedIncidentNouns: [
    {
      phrases: ['campagne'],
      kind: 'campaign',
      examples: [
        {
          text: 'Les enquêteurs ont suivi la campagne Quillsoft pendant des mois.',
          expect: { event: 'campagne Quillsoft' },
        },
      ],
    },
    {
      phrases: ['piratage'],
      kind: 'hack',
      examples: [
        {
          text: 'Les enquêteurs ont étudié le piratage Quillsoft en mai.',
          expect: { event: 'Quillsoft hack' },
        },
      ],
    },
  ],
  namedIncidentDeterminers: [],
  incidentNaming: [
    {
      phrases: ['baptisé(e)', 'surnommé(e)', 'appelé(e)'],
      examples: [
        {
          text: 'Le piratage, baptisé « QuillLeaks », a visé des banques.',
          expect: { event: 'QuillLeaks' },
        },
      ],
    },
  ],
  projectNouns: [
    {
      phrases: ['projet'],
      examples: [
        {
          text: 'Des journalistes ont travaillé sur le projet Pegasus.',
          expect: { event: 'Pegasus Project' },
        },
      ],
    },
  ],
  projectNounsAfter: [],
  // Military strikes and texts about them are told apart in Arabic only, so far.
  militaryMeans: [],
  cyberStems: [],
  // Not yet written for this language.
  unnamedIntruders: [],
  unnamedIntruderDeeds: [],
  unnamedIntruderDoubts: [],
  objectlessClaims: [],
  claimObjectWords: [],
  personCampaignNouns: [
    {
      phrases: ['équipe|campagne|camp|parti|mouvement|entourage|QG', 'équipe de campagne'],
      examples: [
        {
          text: "Le piratage de l'équipe de campagne d'Ana Brenn a été découvert en mai.",
          expect: { event: "piratage de l'équipe de campagne d'Ana Brenn" },
        },
      ],
    },
  ],
  personCampaignLinks: [
    {
      phrases: ["de|d'", 'du candidat'],
      examples: [
        {
          text: "Le piratage de l'équipe de campagne d'Ana Brenn a été découvert en mai.",
          expect: { event: "piratage de l'équipe de campagne d'Ana Brenn" },
        },
      ],
    },
  ],
  personCampaignModifiers: [],
  games: [
    {
      kind: 'Olympic Games',
      phrases: ['Jeux|jeux olympiques|Olympiques', 'Jeux', 'JO'],
      examples: [
        { text: 'Des pirates ont visé les JO de Tokyo.', expect: { event: 'Olympic Games in Tokyo' } },
      ],
    },
    {
      kind: 'Winter Olympics',
      phrases: ["Jeux|jeux olympiques|Olympiques d'hiver", "Jeux|JO d'hiver"],
      examples: [
        {
          text: "Des pirates ont perturbé les Jeux olympiques d'hiver de Pyeongchang.",
          expect: { event: 'Winter Olympics in Pyeongchang' },
        },
      ],
    },
    {
      kind: 'Summer Olympics',
      phrases: ["Jeux|jeux olympiques|Olympiques d'été", "Jeux|JO d'été"],
      examples: [
        {
          text: "Des pirates ont visé les Jeux d'été de Paris.",
          expect: { event: 'Summer Olympics in Paris' },
        },
      ],
    },
    {
      kind: 'Paralympic Games',
      phrases: [
        'Jeux|jeux paralympiques|Paralympiques',
        "Jeux|jeux paralympiques|Paralympiques d'hiver|d'été",
      ],
      examples: [
        {
          text: 'Des pirates ont visé les Jeux paralympiques de Tokyo.',
          expect: { event: 'Paralympic Games in Tokyo' },
        },
      ],
    },
    {
      kind: 'World Cup',
      phrases: ['Coupe|coupe du monde', 'Coupe|coupe du monde de football', 'Mondial'],
      examples: [
        { text: 'Des pirates ont visé la Coupe du monde au Qatar.', expect: { event: 'World Cup in Qatar' } },
      ],
    },
  ],
  gamesPlaceLinks: [
    {
      phrases: ['de', "d'", 'à', 'au', 'en'],
      examples: [
        { text: 'Des pirates ont visé la Coupe du monde au Qatar.', expect: { event: 'World Cup in Qatar' } },
      ],
    },
  ],
  holdingsOfVictim: [
    {
      phrases: [
        'serveur(s)',
        'réseau(x)',
        'système(s)',
        'site(s)',
        'ordinateur(s)',
        'donnée(s)',
        'fichier(s)',
        'compte(s)',
        'messagerie(s)',
        'boîte(s) mail',
      ],
      examples: [
        {
          text: 'Les serveurs de la société Quillport ont été piratés en mai.',
          expect: { event: 'Hack of Quillport' },
        },
        {
          text: 'Le site internet de la mairie de Brévannes a été rendu inaccessible lundi.',
          expect: { event: 'Hack of mairie de Brévannes' },
        },
      ],
    },
  ],
  // Des mots d'intrusion informatique seulement : « les données ont été publiées » peut être un
  // choix de leur propriétaire.
  holdingsHit: [
    'a|ont|avait|avaient été piraté(e)(s)|compromis(e)(s)|paralysé(e)(s)|chiffré(e)(s)|dérobé(e)(s)|volé(e)(s)|infecté(e)(s)',
    'a|ont|avait|avaient été rendu(e)(s) inaccessible(s)',
    'a|ont|avait|avaient été mis(e)(s) en vente',
    'est|sont resté(e)(s) inaccessible(s)',
  ],
} as const satisfies IncidentVocabulary;
