/**
 * English words around names: terms of computing that title case or capitals make look like
 * organisations. Example sentences are our own.
 */
import type { NameVocabulary } from '../types.ts';

export const names = {
  lang: 'en',
  civilities: [],
  pluralCivilities: [],
  firstNames: [
    {
      phrases: [
        'John',
        'James',
        'William',
        'George',
        'Charles',
        'Thomas',
        'Robert',
        'Michael',
        'David',
        'Richard',
        'Joseph',
        'Edward',
        'Henry',
        'Peter',
        'Paul',
        'Mark',
        'Andrew',
        'Steven',
        'Stephen',
        'Daniel',
        'Christopher',
        'Matthew',
        'Brian',
        'Kevin',
        'Jason',
        'Brad',
        'Mary',
        'Elizabeth',
        'Sarah',
        'Anne',
        'Susan',
        'Karen',
        'Nancy',
        'Linda',
        'Jennifer',
        'Emily',
        'Emma',
        'Hannah',
        'Laura',
        'Rachel',
      ],
      examples: [
        {
          text: 'Sarah Okonkwo leads the response team at the agency.',
          expect: { name: 'Sarah Okonkwo', type: 'Person' },
        },
      ],
    },
  ],
  organisationHeads: [
    {
      // An office named by the post that heads it acts as a body ("the Special Counsel", "the
      // Independent Counsel"); a country before it is part of its name, as before a ministry.
      phrases: ['Counsel'],
      examples: [
        {
          text: 'In 2021, a report by the Freedonia Special Counsel named the group.',
          expect: { name: 'Freedonia Special Counsel', type: 'Organization' },
        },
      ],
    },
  ],
  bodiesByHead: [],
  titles: [],
  streets: [],
  regionHeads: [
    {
      phrases: [
        'District',
        'Province',
        'County',
        'Governorate',
        'Prefecture',
        'Territory',
        'Canton',
        'Oblast',
      ],
      examples: [
        {
          text: 'The ransomware hit the archives of the District of Westmoor last spring.',
          expect: { name: 'District of Westmoor', type: 'Location' },
        },
        {
          text: 'Farmers in the Governorate of Qalbara lost power for a day.',
          expect: { name: 'Governorate of Qalbara', type: 'Location' },
        },
      ],
    },
    {
      // Waters and landforms are named the same way: "the Gulf of Aden", "the Cape of Good Hope".
      phrases: ['Strait', 'Straits', 'Gulf', 'Bay', 'Sea', 'Cape', 'Isle', 'Isthmus', 'Lake'],
      examples: [
        {
          text: 'Two tankers were struck in the Strait of Velmora on Tuesday.',
          expect: { name: 'Strait of Velmora', type: 'Location' },
        },
        {
          text: 'The cable runs along the floor of the Bay of Quillan.',
          expect: { name: 'Bay of Quillan', type: 'Location' },
        },
      ],
    },
  ],
  vessels: [],
  boarding: [],
  shipMovements: [],
  shipRoutes: [],
  pressCues: [
    {
      phrases: [
        'told the',
        'said to the',
        'in an interview with the',
        'an article in the',
        'an op-ed in the',
        'wrote in the',
        'writing in the',
        'a column in the',
      ],
      examples: [
        {
          text: 'The minister told the Courier that the agency had been warned.',
          expect: { name: 'Courier', type: 'Organization' },
        },
        {
          text: 'She wrote in the Sentinel last week that the leak was deliberate.',
          expect: { name: 'Sentinel', type: 'Organization' },
        },
      ],
    },
  ],
  recipientVerbs: [],
  datelineMonths: [],
  technicalTerms: [
    {
      // Acronyms of protocols, file formats and security practice: "the DNS", "a PDF".
      phrases: [
        'API',
        'APT',
        'C2',
        'CLI',
        'CPU',
        'CVE',
        'DDoS',
        'DLL',
        'DNS',
        'EXE',
        'FQDN',
        'FTP',
        'HTML',
        'HTTP',
        'HTTPS',
        'IOC',
        'IOCs',
        'IP',
        'IT',
        'LNK',
        'MSP',
        'NS',
        'OS',
        'PDF',
        'RAT',
        'RDP',
        'SDK',
        'SMB',
        'SMS',
        'SMTP',
        'SQL',
        'SSH',
        'SSL',
        'TLS',
        'TTP',
        'TTPs',
        'URL',
        'VPN',
        'VPS',
        'XML',
      ],
      examples: [
        {
          text: 'The loader asks the DNS for a TXT record and sends the PDF to the MSP.',
          expect: { name: 'DNS', type: 'none' },
        },
      ],
    },
    {
      // Their written-out forms, which reports put in title case before the acronym.
      phrases: [
        'Advanced Persistent Threat',
        // The same written out around "group": a kind of actor, not a name.
        'Advanced Persistent Group',
        'Advanced Persistent Threat Group',
        'Command and Control',
        'Dynamic Link Library',
        'Fully Qualified Domain Name',
        'Indicators of Compromise',
        'Managed Service Provider',
        'Name Servers',
        'Remote Access Trojan',
        'Tactics, Techniques and Procedures',
      ],
      examples: [
        {
          text: 'The dropper writes a Dynamic Link Library (DLL) to the temporary folder.',
          expect: { name: 'Dynamic Link Library', type: 'none' },
        },
      ],
    },
    {
      // Kinds of actors and teams written in title case ("the Threat Actor used ..."): a
      // description, never a name.
      phrases: [
        'Threat Actor',
        'Threat Actors',
        'Threat Group',
        'Threat Groups',
        'Hacking Group',
        'Hacking Groups',
        'Security Researcher',
        'Security Researchers',
      ],
      examples: [
        {
          text: 'Security Researchers believe the Threat Actor used Cobalt Strike.',
          expect: { name: 'Threat Actor', type: 'none' },
        },
      ],
    },
    {
      // Kinds of actor, legal designations and channels that reports write in title case:
      // "attacks on the Nation-State", "designated as Foreign Terrorist Organization".
      phrases: ['Nation-State', 'Nation State', 'Foreign Terrorist Organization', 'Social Media', 'Dark Web'],
      examples: [
        {
          text: 'The ministry listed the militia as a Foreign Terrorist Organization last year.',
          expect: { name: 'Foreign Terrorist Organization', type: 'none' },
        },
        {
          text: 'The leaks spread through Social Media within hours.',
          expect: { name: 'Social Media', type: 'none' },
        },
      ],
    },
    {
      // Programs, scripting languages and archive formats a report names as what an attack
      // used or abused; in capitals too ("the WINRAR update"), and last in a longer name of a
      // product ("Office Word", "Microsoft Excel").
      phrases: [
        'RAR',
        'ZIP',
        'VBA',
        'VBS',
        'HTA',
        'WinRAR',
        'WinZip',
        'PowerShell',
        'VBScript',
        'JavaScript',
        'Word',
        'Excel',
        'PowerPoint',
        'Outlook',
      ],
      examples: [
        {
          text: 'The victims opened the RAR archive and enabled the VBA macros it carried.',
          expect: { name: 'RAR', type: 'none' },
        },
        {
          text: 'The lure is a document for Office Word that asks to enable the VBA code.',
          expect: { name: 'Office Word', type: 'none' },
        },
        {
          text: 'The operators exploited an old flaw in WinRAR, so the WINRAR update is urgent.',
          expect: { name: 'WINRAR', type: 'none' },
        },
      ],
    },
  ],
  stateBodies: [
    {
      // A state's government or regime is an organisation of that state (docs/samples.md), as
      // AnnoCTR and data/real-gold read it: relations said of it attach to it, not to the country.
      organ: 'Government',
      phrases: ['government', 'regime'],
      examples: [
        {
          text: 'Investigators concluded that the Iranian government sponsored the campaign.',
          expect: { name: 'Iranian government', type: 'Organization' },
        },
        {
          text: "The group has served Iran's government since 2014.",
          expect: { name: "Iran's government", type: 'Organization' },
        },
        {
          text: 'The agency blamed the government of North Korea for the wiper attack.',
          expect: { name: 'government of North Korea', type: 'Organization' },
        },
        {
          text: 'Analysts link the operators to the Syrian regime.',
          expect: { name: 'Syrian regime', type: 'Organization' },
        },
        {
          text: "The leaks exposed the Iranian regime's surveillance tools.",
          expect: { name: 'Iranian regime', type: 'Organization' },
        },
        {
          // A comparison after the organ ends its phrase, as a verb does.
          text: 'The lures reached targets of the Syrian regime like exiled journalists.',
          expect: { name: 'Syrian regime', type: 'Organization' },
        },
        {
          text: 'The ministry briefed government officials on the breach.',
          expect: { name: 'government officials', type: 'none' },
        },
        {
          // A noun after the organ that is no body of its own leaves the organ named: the
          // contractor works for it, the data is its.
          text: 'The lure copied a form of an Iranian government contractor.',
          expect: { name: 'Iranian government', type: 'Organization' },
        },
        {
          text: 'The Iranian government funds several cyber units, the report says.',
          expect: { name: 'Iranian government', type: 'Organization' },
        },
      ],
    },
    {
      phrases: [
        'military',
        'army',
        'navy',
        'armed forces',
        'intelligence',
        'intelligence services',
        'intelligence agencies',
        'security services',
      ],
      examples: [
        {
          text: 'The researchers believe the group works for the Iranian military.',
          expect: { name: 'Iranian military', type: 'Organization' },
        },
        {
          text: 'The campaign served the interests of the intelligence services of Iran.',
          expect: { name: 'intelligence services of Iran', type: 'Organization' },
        },
        {
          text: "The report calls Russia's military intelligence agency the sponsor of the campaign.",
          expect: { name: 'military intelligence agency', type: 'none' },
        },
        {
          text: 'Officials tied the intrusion to Russian intelligence.',
          expect: { name: 'Russian intelligence', type: 'Organization' },
        },
        {
          text: 'The missiles struck two US military bases near the border.',
          expect: { name: 'US military', type: 'Organization' },
        },
      ],
    },
  ],
  stateBodyCompounds: [
    {
      phrases: [
        'intelligence',
        'agency',
        'agencies',
        'service',
        'services',
        'unit',
        'units',
        'directorate',
        'department',
        'ministry',
        'office',
        'command',
        'official',
        'officials',
        'spokesman',
        'spokeswoman',
        'spokesperson',
        'representative',
        'representatives',
        'sources',
      ],
      examples: [
        {
          text: "Russia's military intelligence service ran the operation, the report says.",
          expect: { name: 'military intelligence service', type: 'none' },
        },
        {
          text: 'Iranian government officials denied the report on Monday.',
          expect: { name: 'Iranian government', type: 'none' },
        },
        {
          text: 'A Chinese military unit ran the operation for a decade.',
          expect: { name: 'Chinese military', type: 'none' },
        },
      ],
    },
  ],
  namingVerbs: [
    {
      // After the kind: "a new backdoor we named X", "the group, which we track as X".
      phrases: [
        'we call',
        'we called',
        'we have called',
        'we named',
        'we have named',
        "we've named",
        "we've called",
        "we've dubbed",
        "we're tracking",
        'we dubbed',
        'we have dubbed',
        'we track',
        'we internally track',
        'we are tracking',
        'we refer to',
        'we designate',
        'we have designated',
        'tracked by us',
        'referred to by us',
        'named by us',
      ],
      examples: [
        {
          text: 'The attackers installed a new backdoor we named Reedcask on the mail server.',
          expect: { name: 'Reedcask', type: 'Malware' },
        },
        {
          text: 'The group, which we track as Pinewhistle, sent the lures in April.',
          expect: { name: 'Pinewhistle', type: 'ThreatActor' },
        },
        {
          text: 'We have named this threat actor Pinewhistle. In April, Pinewhistle sent the lures.',
          expect: { name: 'Pinewhistle', type: 'ThreatActor' },
        },
        {
          text: 'We dubbed the campaign Frostgate.\n\nFrostgate Hits Baltic Ministries\n\nThe lures reached three ministries.',
          expect: { name: 'Frostgate', type: 'ThreatActor' },
        },
        {
          text: "We've dubbed the backdoor Reedcask. We are tracking this threat actor under the name Pinewhistle.",
          expect: { name: 'Pinewhistle', type: 'ThreatActor' },
        },
        {
          text: 'It is a new group, which we internally track as Pinewhistle.',
          expect: { name: 'Pinewhistle', type: 'ThreatActor' },
        },
        {
          text: 'The activity cluster, tracked by us as Saltmarsh, reused the same certificates.',
          expect: { name: 'Saltmarsh', type: 'ThreatActor' },
        },
      ],
    },
  ],
  othersNamingVerbs: [
    {
      phrases: [
        'tracks',
        'track',
        'calls',
        'call',
        'has called',
        'have called',
        'named',
        'has named',
        'have named',
        'dubbed',
        'has dubbed',
        'have dubbed',
        'refers to',
        'refer to',
      ],
      examples: [
        {
          text: 'The group Quillsec tracks as Pinewhistle targeted the Ministry of Finance of Estonia.',
          expect: { name: 'Pinewhistle', type: 'ThreatActor' },
        },
        {
          text: 'Quillsec tracks this actor as Pinewhistle and saw it again in May.',
          expect: { name: 'Pinewhistle', type: 'ThreatActor' },
        },
        {
          text: 'A backdoor that Quillsec researchers have dubbed Reedcask was found on the server.',
          expect: { name: 'Reedcask', type: 'Malware' },
        },
      ],
    },
  ],
  namingBrackets: [
    {
      phrases: ['hereafter', 'hereinafter', 'henceforth', 'hereafter referred to as', 'hereafter called'],
      examples: [
        {
          text: 'The lures came from a new threat actor (hereafter Kestrelwind) in May.',
          expect: { name: 'Kestrelwind', type: 'ThreatActor' },
        },
      ],
    },
  ],
  namingAfter: [
    {
      phrases: [
        'as we call it',
        'as we call them',
        'as we have named it',
        'as we named it',
        'as we dubbed it',
      ],
      examples: [
        {
          text: 'The loader, Thornpipe as we call it, fetched the second stage.',
          expect: { name: 'Thornpipe', type: 'Malware' },
        },
      ],
    },
  ],
  namingFronted: [
    {
      phrases: [
        'dubbed',
        'named',
        'called',
        'codenamed',
        'known as',
        'referred to as',
        'internally referred to as',
        'internally called',
        'tracked as',
      ],
      examples: [
        {
          text: 'Internally referred to as Thornpipe, the loader fetches a second stage.',
          expect: { name: 'Thornpipe', type: 'Malware' },
        },
        {
          text: 'Tracked as Pinewhistle, the group has sent lures since March.',
          expect: { name: 'Pinewhistle', type: 'ThreatActor' },
        },
      ],
    },
  ],
  namedKinds: [
    {
      kind: 'ThreatActor',
      phrases: [
        'threat actor',
        'actor',
        'hackers',
        'group',
        'threat group',
        'APT group',
        'hacking group',
        'activity cluster',
        'cluster',
        'intrusion set',
        'adversary',
        'gang',
        'campaign',
        'activity',
        'operators',
      ],
      examples: [
        {
          text: 'We call the intrusion set Saltmarsh. Saltmarsh reused the same certificates.',
          expect: { name: 'Saltmarsh', type: 'ThreatActor' },
        },
      ],
    },
    {
      kind: 'Malware',
      phrases: [
        'malware',
        'malware family',
        'backdoor',
        'RAT',
        'remote access trojan',
        'trojan',
        'loader',
        'downloader',
        'dropper',
        'implant',
        'stealer',
        'infostealer',
        'wiper',
        'ransomware',
        'rootkit',
        'web shell',
        'toolkit',
        'tool',
        'variant',
      ],
      examples: [
        {
          text: 'The intruders ran an implant we call Thornpipe on every host.',
          expect: { name: 'Thornpipe', type: 'Malware' },
        },
      ],
    },
  ],
} as const satisfies NameVocabulary;
