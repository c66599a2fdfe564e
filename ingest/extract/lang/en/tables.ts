import type { TableVocabulary } from '../types.ts';

export const tables = {
  subjectColumns: [
    {
      type: 'ThreatActor',
      phrases: ['actor|actors', 'threat actor|actors', 'group|groups', 'intrusion set|sets'],
      examples: [
        {
          text: 'Groups we followed this year:\n| **Group** | **Active** | **Goals** |\n| Grey Finch | 2019 | This group targeted ministries in Norway. |\n| Pale Heron | 2021 | Theft of research data. |',
          expect: { source: 'Grey Finch', type: 'TARGETED', target: 'Norway' },
        },
      ],
    },
    {
      type: 'Event',
      phrases: ['campaign|campaigns', 'operation|operations', 'attack|attacks', 'incident|incidents'],
      examples: [
        {
          text: 'The campaigns we tracked:\n| **Campaign** | **Period** | **Description** |\n|\nSilent Harbor\n|\n2020\n|\nEspionage\noperation that targeted ministries in Denmark.\n|\n|\nCold Lantern\n|\n2021\n|\nTheft of research data.\n|\nThe rest of the report.',
          expect: { source: 'Silent Harbor', type: 'TARGETED', target: 'Denmark' },
        },
      ],
    },
    {
      type: 'Malware',
      phrases: ['malware|malwares', 'malware family|families', 'implant|implants'],
      examples: [
        {
          text: '| **Malware** | **Description** |\n| Quietfox | This backdoor is used by APT28. |\n| Dustbin | A wiper. |',
          expect: { source: 'APT28', type: 'USES', target: 'Quietfox' },
        },
      ],
    },
    {
      // The column of names says nothing of what they are.
      phrases: ['name|names'],
      examples: [
        {
          text: '| **Name** | **Target** |\n| APT28 | Germany |\n| APT29 | Norway |',
          expect: { source: 'APT29', type: 'TARGETED', target: 'Norway' },
        },
      ],
    },
  ],
  relationColumns: [
    {
      relation: 'TARGETED',
      // A bare "Country" may be an actor's origin as well as its victim's: no column of targets.
      phrases: [
        'target|targets',
        'targeted countries|sectors|organizations|organisations',
        'victim|victims',
        'victim countries',
      ],
      examples: [
        {
          text: '| **Actor** | **Target** |\n| APT28 | Germany |\n| APT29 | Norway |',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Germany' },
        },
      ],
    },
    {
      relation: 'ATTRIBUTED_TO',
      phrases: ['attribution', 'attributed to', 'sponsor|sponsors', 'state sponsor', 'suspected sponsor'],
      examples: [
        {
          text: '| **Group** | **Attribution** |\n| APT28 | Russia |\n| APT33 | Iran |',
          expect: { source: 'APT33', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
    {
      relation: 'USES',
      phrases: ['tool|tools', 'toolset', 'malware', 'malware used', 'software'],
      examples: [
        {
          text: '| **Actor** | **Tools** |\n| APT28 | Mimikatz |\n| APT29 | Cobalt Strike |',
          expect: { source: 'APT28', type: 'USES', target: 'Mimikatz' },
        },
      ],
    },
  ],
  rowKinds: [
    {
      type: 'Event',
      phrases: [
        'attack|attacks',
        'cyberattack|cyberattacks',
        'cyber attack|attacks',
        'cyber-attack|cyber-attacks',
        'campaign|campaigns',
        'operation|operations',
        'incident|incidents',
      ],
      examples: [
        {
          text: 'The attacks attributed to Iran:\n| **Actor** | **Goals** |\n| Night Orchard | Theft of research data. |\n| Salt Meadow | Sabotage of a refinery. |',
          expect: { source: 'Night Orchard', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
    {
      type: 'ThreatActor',
      phrases: ['threat actors', 'threat groups', 'APT groups', 'hacking groups'],
      examples: [
        {
          text: '**Threat groups attributed to Iran**\n| **Name** | **Goals** |\n| Grey Finch | Espionage. |\n| Pale Heron | Theft of research data. |',
          expect: { source: 'Grey Finch', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
    {
      type: 'Organization',
      phrases: ['structure|structures', 'body|bodies', 'agencies', 'organisations', 'organizations', 'units'],
      examples: [
        {
          text: '**Cyber structures of the Northern Council**\n| **Harbour Signals Office** |\nIt listens to radio traffic.\n–\nCoastal Listening Section: It records the traffic of ships.\n|\n| **Northern Records Bureau** |\nIt keeps the archives.\n|',
          expect: { source: 'Coastal Listening Section', type: 'PART_OF', target: 'Harbour Signals Office' },
        },
      ],
    },
  ],
  captionRelations: [
    {
      relation: 'ATTRIBUTED_TO',
      phrases: ['attributed to', 'attribution to', 'attributable to'],
      examples: [
        {
          text: 'The following table shows the campaigns attributed to APT28:\n| **Campaign** | **Year** |\n| Silent Harbor | 2020 |\n| Cold Lantern | 2021 |',
          expect: { source: 'Silent Harbor', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
        {
          text: '**Chronology of attacks with presumed attribution to Iran**\n| **Actor** | **Goals** |\n| Night Orchard | Theft of research data. |\n| Salt Meadow | Sabotage of a refinery. |',
          expect: { source: 'Salt Meadow', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
  ],
  victimPassives: [
    {
      phrases: [
        'was|were the victim|victims of',
        'was|were a victim|victims of',
        'was|were compromised|hacked|breached|attacked',
      ],
      examples: [
        {
          text: 'The attacks attributed to Iran:\n| **Actor** | **Year** | **Goals** |\n|\nSalt Meadow\n|\n2019\n|\nThe energy company Example Petroleum was the victim of a wiper attack.\n|\n|\nNight Orchard\n|\n2020\n|\nTheft of research data.\n|',
          expect: { source: 'Salt Meadow', type: 'TARGETED', target: 'Example Petroleum' },
        },
      ],
    },
  ],
} as const satisfies TableVocabulary;
