/** French descriptions that stand for an entity named shortly before (see ReferenceVocabulary). */
import type { ReferenceVocabulary } from '../types.ts';

export const references = {
  actors: [
    {
      phrases: ['ce groupe', 'le groupe', "l'acteur", 'cet acteur', 'le collectif', 'ce collectif'],
      examples: [
        {
          text: 'Le groupe APT28 est actif depuis 2007. Le groupe a ciblé le ministère de la Défense en 2016.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ministère de la Défense' },
        },
        {
          text: 'Le groupe APT28 est actif depuis 2007. Le collectif a ciblé le ministère de la Défense en 2016.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ministère de la Défense' },
        },
      ],
    },
    {
      phrases: [
        'ces pirates',
        'les pirates',
        'les hackers',
        'ces hackers',
        'ces attaquants',
        'les attaquants',
        'les assaillants',
        'ces assaillants',
        'les cybercriminels',
        'ces cybercriminels',
        // Pas « les opérateurs », qui dans la presse sont d'abord ceux des télécoms.
        'ces opérateurs',
        // The people behind an attack the text has just told of.
        "les auteurs de l'attaque",
        'les auteurs de la cyberattaque',
        'les auteurs du piratage',
      ],
      examples: [
        {
          text: 'Le groupe APT28 est actif depuis 2007. Les cybercriminels ont ciblé le ministère de la Défense en 2016.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ministère de la Défense' },
        },
        {
          text: "Le groupe APT28 est actif depuis 2007. Les auteurs de l'attaque ont ciblé le ministère de la Défense en 2016.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'ministère de la Défense' },
        },
      ],
    },
  ],
  malware: [
    {
      phrases: [
        'ce logiciel',
        'le logiciel malveillant',
        'ce logiciel malveillant',
        'le programme malveillant',
        'ce programme malveillant',
        'ce rançongiciel',
        'le rançongiciel',
        'le maliciel',
        'ce maliciel',
        'le cheval de Troie',
        'ce cheval de Troie',
        'la porte dérobée',
        'cette porte dérobée',
        'le logiciel espion',
        'ce logiciel espion',
      ],
      examples: [
        {
          text: "Emotet s'est répandu en 2019. Le logiciel malveillant a été utilisé par TA542 contre des banques.",
          expect: { source: 'TA542', type: 'USES', target: 'Emotet' },
        },
        {
          text: "Emotet s'est répandu en 2019. Ce programme malveillant a été utilisé par TA542 contre des banques.",
          expect: { source: 'TA542', type: 'USES', target: 'Emotet' },
        },
      ],
    },
  ],
  incidents: [
    {
      phrases: [
        'cette opération',
        "l'opération",
        'cette attaque',
        'ces attaques',
        "l'attaque",
        'la cyberattaque',
        'cette cyberattaque',
        'ce piratage',
        'le piratage',
        'cette fuite',
        'la fuite',
        'cette divulgation',
        "l'intrusion",
        'cette intrusion',
      ],
      examples: [
        {
          text: 'Le piratage de TV5Monde a interrompu la chaîne en 2015. Cette cyberattaque a été attribuée à APT28.',
          expect: { source: 'piratage de TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
        {
          text: "Le piratage de TV5Monde a interrompu la chaîne en 2015. Le groupe APT28 a mené l'opération.",
          expect: { source: 'piratage de TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
      ],
    },
  ],
  members: [
    {
      phrases: ['ses|leurs opérateurs|membres'],
      examples: [
        {
          text: 'Le groupe APT28 est actif depuis 2007. Ses membres ont ciblé le ministère de la Défense en 2016.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ministère de la Défense' },
        },
      ],
    },
  ],
  holdings: [
    {
      phrases: ['arsenal', 'outils', 'infrastructure', 'serveur(s) de commande'],
      examples: [
        {
          text: 'Le groupe APT99 est actif depuis 2015. Son serveur de commande quill-update[.]net a été fermé en mai.',
          expect: { source: 'APT99', type: 'USES', target: 'quill-update.net' },
        },
      ],
    },
  ],
  unnamedCampaigns: [
    {
      phrases: [
        'une campagne',
        "une campagne malveillante|d'espionnage|d'hameçonnage",
        'une nouvelle campagne',
      ],
      examples: [
        {
          text: 'En 2021, une campagne malveillante a ciblé des entreprises au Chili. Cette campagne a été attribuée à APT77.',
          expect: { source: 'APT77', type: 'TARGETED', target: 'Chili' },
        },
      ],
    },
  ],
  latter: [
    {
      phrases: [
        'ce dernier a|avait|aurait|est|était|serait',
        'cette dernière a|avait|aurait|est|était|serait',
        'ces derniers ont|avaient|auraient|sont|étaient|seraient',
        'ces dernières ont|avaient|auraient|sont|étaient|seraient',
      ],
      examples: [
        {
          text: 'Les analystes comparent APT28 à APT29. Ce dernier a ciblé le ministère de la Défense en 2016.',
          expect: { source: 'APT29', type: 'TARGETED', target: 'ministère de la Défense' },
        },
      ],
    },
  ],
  // French always writes « que » before the clause.
  actorPairs: [
    {
      phrases: ['les|ces deux groupes', 'les deux acteurs'],
      examples: [
        {
          text: 'Les analystes comparent APT28 à APT29. Les deux groupes ont ciblé le ministère de la Défense en 2016.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ministère de la Défense' },
        },
      ],
    },
  ],
  clauseVerbs: [],
  // French writes its object pronouns apart ("l'a menée"): none attached to the verb.
  incidentObjects: [],
  materialOwners: [
    {
      phrases: [
        'courriels|e-mails|messages|documents|fichiers de|du|des',
        'courriels|e-mails|messages|documents|fichiers liés à|au|aux',
        'courriels|e-mails|messages|documents|fichiers volés|dérobés à|au|aux',
      ],
      examples: [
        {
          text: "Vendredi, 9 000 courriels de l'équipe d'Ana Brenn ont été publiés en ligne. La fuite, baptisée « BrennLeaks », s'est répandue en quelques heures.",
          expect: { source: 'BrennLeaks', type: 'TARGETED', target: 'Ana Brenn' },
        },
      ],
    },
  ],
  // "baptisée X", "surnommée X": French names with the participle alone.
  namingParticles: [],
  selfNamings: [],
  campaigns: [
    {
      // Pas « la campagne », qui dans la presse est d'abord celle d'un candidat.
      phrases: ['cette campagne'],
      examples: [
        {
          // Les rapports parlent de l'acteur à travers sa campagne.
          text: 'Le groupe APT28 est actif depuis 2007. Cette campagne a ciblé le ministère de la Défense en 2016.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ministère de la Défense' },
        },
        {
          text: 'Les analystes ont suivi la campagne Bluefin contre des armateurs. Le groupe Turla était actif aussi. Cette campagne a été attribuée à APT99.',
          expect: { source: 'campagne Bluefin', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  subjectCopulas: [
    {
      phrases: ['est|était|sont|étaient'],
      examples: [
        {
          text: "L'Office norlandais des données (OND) est une agence chargée de la protection des données. Le ministère des Finances a ouvert en 1990. L'agence est située à Bergen.",
          expect: { source: 'OND', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  subjectAliases: [
    {
      phrases: ['ou', 'aussi appelé(e)(s)', 'également connu(e)(s) sous le nom de'],
      examples: [
        {
          text: "L'Office norlandais des données ou OND est un service chargé de la protection des données. Le ministère des Finances a ouvert en 1990. Ce service est situé à Bergen.",
          expect: { source: 'Office norlandais des données', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  othersAfter: [
    {
      phrases: ['rival|rivale|rivaux|rivales', 'concurrent|concurrente|concurrents|concurrentes'],
      examples: [
        {
          text: "APT28 a visé l'OTAN. Le groupe rival Turla a piraté le Bundestag.",
          expect: { source: 'Turla', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  subjectDeterminers: [
    {
      phrases: ["le|la|les|l'|ce|cet|cette|ces"],
      examples: [
        {
          text: "L'Office norlandais des données est un service chargé de la protection des données. Le ministère des Finances a ouvert en 1990. Le service est situé à Bergen.",
          expect: { source: 'Office norlandais des données', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  organisations: [
    {
      phrases: [
        'le|ce gouvernement|ministère|comité',
        'la|cette commission|direction|banque',
        "l'agence|l'institut",
        'cette agence',
      ],
      examples: [
        {
          text: "L'Agence kestrel des réseaux a publié un rapport en mai. Turla était actif alors. L'agence est située à Bergen.",
          expect: { source: 'Agence kestrel des réseaux', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
    {
      // Un régime est son gouvernement : « le régime » désigne le seul gouvernement nommé jusque-là.
      phrases: ['le|ce régime'],
      standsAlsoFor: ['gouvernement'],
      examples: [
        {
          text: 'APT99 a visé des banques en mai. Le gouvernement iranien a nié tout rôle. Le régime est installé à Téhéran.',
          expect: { source: 'gouvernement iranien', type: 'LOCATED_IN', target: 'Téhéran' },
        },
      ],
    },
  ],
  companies: [
    {
      phrases: [
        'la|cette société|firme',
        "l'entreprise",
        'cette entreprise',
        "l'établissement",
        'cet établissement',
      ],
      examples: [
        {
          text: 'Microsoft a affirmé avoir été visée. La société est basée à Redmond.',
          expect: { source: 'Microsoft', type: 'LOCATED_IN', target: 'Redmond' },
        },
        {
          text: "La clinique Morvelle a été visée par des pirates. L'établissement, situé à Vannes, a porté plainte.",
          expect: { source: 'Morvelle', type: 'LOCATED_IN', target: 'Vannes' },
        },
        {
          // A source set before the subject leaves the subject where it is.
          text: "Selon des sources proches du dossier, la clinique Morvelle a été visée. L'établissement est situé à Vannes.",
          expect: { source: 'Morvelle', type: 'LOCATED_IN', target: 'Vannes' },
        },
      ],
    },
  ],
  pronouns: [
    {
      // French has no neuter: "il" is a group, a tool or a man.
      phrases: ['il', 'elle'],
      agrees: 'thingOrPerson',
      examples: [
        {
          text: 'APT28 est un groupe russe. Il a ciblé le Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
        {
          // « Il est soupçonné de » n'est pas l'impersonnel « il est possible de ».
          text: "APT28 est un groupe russe. Il est soupçonné d'avoir ciblé le Bundestag.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
    {
      phrases: ['ils', 'elles'],
      agrees: 'group',
      examples: [
        {
          text: 'APT28 est un groupe russe. Ils ont ciblé le Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  sourcePronouns: [
    {
      phrases: ["selon|d'après lui|elle"],
      examples: [
        {
          text: "Le colonel Ivan Petrov dirigeait l'unité. Selon lui, APT28 a ciblé le Bundestag.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  objectPronouns: [
    {
      phrases: ['lui', 'eux'],
      examples: [
        {
          text: 'Turla est un groupe russe. Les pirates derrière lui ont utilisé PlugX.',
          expect: { source: 'Turla', type: 'USES', target: 'PlugX' },
        },
      ],
    },
  ],
  targetOwners: [
    {
      phrases: ['leurs|ses cibles|victimes', 'leurs|ses principales cibles|victimes'],
      examples: [
        {
          text: 'APT28 est un groupe russe. Ses principales cibles comprennent le Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  attachedOwners: [],
  victimHoldings: [],
  actorDescriptionHeads: [],
  contrastiveModifiers: [],
  incidentPronounParties: [
    {
      // « Les enquêteurs l'imputent au groupe X » : « l' » est l'attaque dite juste avant.
      phrases: [
        "l'impute|l'imputent|l'attribue|l'attribuent à|au|aux",
        "l'a|l'ont|l'avait|l'avaient imputé(e)|attribué(e) à|au|aux",
        "l'a|l'ont|l'avait|l'avaient mis(e) sur le compte de|du|des|d'",
      ],
      examples: [
        {
          text: "Le site de TV5Monde a été piraté lundi. Les enquêteurs l'imputent au groupe Killnet.",
          expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'Killnet' },
        },
        {
          text: "Le groupe Orvane a été victime d'une cyberattaque. L'Anssi l'a attribuée au groupe APT28.",
          expect: { source: 'Hack of Orvane', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
      ],
    },
  ],
} as const satisfies ReferenceVocabulary;
