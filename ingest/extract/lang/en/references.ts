/** English descriptions that stand for an entity named shortly before (see ReferenceVocabulary). */
import type { ReferenceVocabulary } from '../types.ts';

export const references = {
  actors: [
    {
      phrases: [
        'this group',
        'the group',
        'the threat group',
        'this threat group',
        'the hacking group',
        'the APT group',
        'this APT group',
        'the APT',
        'this APT',
        'the team',
        'the gang',
        'this gang',
        // Hacktivists call themselves a collective.
        'the collective',
        'this collective',
        'the hacking collective',
        'the hacktivist collective',
        // The genitive is one word with its noun: "the group's backdoor, X".
        "the group's",
        "this group's",
        "the gang's",
      ],
      examples: [
        {
          text: 'Turla is a Russian espionage group. The group targeted the Ministry of Defence of Estonia.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          text: 'Turla is a Russian espionage group. Over the years, the gang has targeted the Ministry of Defence of Estonia.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          text: 'Anonymous Sudan is a hacktivist group. The collective targeted the Ministry of Defence of Estonia last week.',
          expect: { source: 'Anonymous Sudan', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          text: "Turla is a Russian espionage group. The group's backdoor, X-Agent, was found in the Ministry of Defence of Estonia.",
          expect: { source: 'Turla', type: 'USES', target: 'X-Agent' },
        },
      ],
    },
    {
      phrases: [
        'the hackers',
        'these hackers',
        'the attackers',
        'these attackers',
        'the attacker',
        'this attacker',
        'the cybercriminals',
        'these cybercriminals',
        'the intruders',
        'the perpetrators',
        'the operators',
        'these operators',
      ],
      examples: [
        {
          text: 'Turla is a Russian espionage group. The cybercriminals targeted the Ministry of Defence of Estonia.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          text: 'Turla is a Russian espionage group. These operators used the following infrastructure:\nbilling-portal[.]net\n',
          expect: { source: 'Turla', type: 'USES', target: 'billing-portal.net' },
        },
      ],
    },
    {
      phrases: [
        'the threat actor',
        'this threat actor',
        'the actor',
        'this actor',
        'the adversary',
        'this adversary',
        'the threat actors',
        'these threat actors',
        // The genitive is one word with its noun: "the actor's C2 servers:" over a list of them.
        "the|this threat actor's",
        "the|this actor's",
        "the|this adversary's",
        "the threat actors'",
      ],
      examples: [
        {
          text: "Turla is a Russian espionage group. The actor's C2 servers:\nbilling-portal[.]net\n198.51.100[.]23\n",
          expect: { source: 'Turla', type: 'USES', target: '198.51.100.23' },
        },
        {
          text: 'Researchers tracked the Winnti Group for years. The threat actor leveraged tools such as Cobalt Strike.',
          expect: { source: 'Winnti Group', type: 'USES', target: 'Cobalt Strike' },
        },
        {
          text: 'Researchers tracked the Winnti Group for years. The threat actors deployed Cobalt Strike on the servers.',
          expect: { source: 'Winnti Group', type: 'USES', target: 'Cobalt Strike' },
        },
      ],
    },
  ],
  malware: [
    {
      phrases: [
        'the malware',
        'this malware',
        'the worm',
        'this worm',
        'the ransomware',
        'this ransomware',
        'the backdoor',
        'this backdoor',
        'the implant',
        'this implant',
        'the trojan',
        'this trojan',
        'the wiper',
        // A report calls the program it just named "the tool" ("X used Mimikatz. The tool ...").
        'the tool',
        'this tool',
        'the loader',
        'the dropper',
        'the spyware',
        'this spyware',
        'the RAT',
        'this RAT',
        'the rootkit',
        'this variant',
      ],
      examples: [
        {
          text: 'Emotet spread widely in 2019. The malware was used by TA542 against banks.',
          expect: { source: 'TA542', type: 'USES', target: 'Emotet' },
        },
        {
          text: 'Emotet spread widely in 2019. This variant was used by TA542 against banks.',
          expect: { source: 'TA542', type: 'USES', target: 'Emotet' },
        },
        {
          text: 'TA542 ran Mimikatz on the servers in 2019. The tool was also used by TA505.',
          expect: { source: 'TA505', type: 'USES', target: 'Mimikatz' },
        },
      ],
    },
  ],
  incidents: [
    {
      phrases: [
        'the attack',
        'this attack',
        'the cyberattack',
        'this cyberattack',
        'the hack',
        'this hack',
        'the breach',
        'this breach',
        'the leak',
        'this leak',
        'the intrusion',
        'this intrusion',
        'this operation',
        'the operation',
        // Not "this incident": reports write it for the finding of their own they go on about,
        // which may be no incident they named ("this incident" after "the Redbanc intrusion").
        'the incident',
        'the act',
        'this act',
        'the leaks',
        'these leaks',
        'the robbery',
        'this robbery',
        'the heist',
        'this heist',
      ],
      examples: [
        {
          text: 'The hack of TV5Monde took the channel off the air in 2015. The attack was attributed to APT28.',
          expect: { source: 'hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
        {
          text: 'The hack of Quillon Labs emptied its mail servers. The act is widely believed to have been conducted by APT99.',
          expect: { source: 'hack of Quillon Labs', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
    {
      // "the e-mail leak", "the ransomware attack": what was taken or used, then the incident noun.
      phrases: [
        'the|this e-mail|email|data|document|ransomware|phishing leak|hack|breach|attack|cyberattack|intrusion',
      ],
      examples: [
        {
          text: 'The hack of Quillon Labs emptied its mail servers. The e-mail leak was attributed to APT99.',
          expect: { source: 'hack of Quillon Labs', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  members: [
    {
      phrases: ['its|their operators|members|hackers|operatives'],
      examples: [
        {
          text: 'Turla is a Russian espionage group. Its operators targeted the Ministry of Defence of Estonia.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          text: "Turla is a Russian espionage group. Turla's operators targeted the Ministry of Defence of Estonia.",
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
      ],
    },
  ],
  holdings: [
    {
      phrases: [
        'toolset|toolkit|arsenal|tools',
        'infrastructure',
        'C2|command-and-control server(s)|infrastructure',
        'command and control server(s)|infrastructure',
        // "Its suspected ties to the GRU": the actor's, as "X's ties to the GRU" are.
        'ties',
        // "Its operations have focused on X", "their campaigns targeted X".
        'operation(s)|campaign(s)|activity|activities',
      ],
      examples: [
        {
          text: 'Greyfin is an espionage group active since 2015. Its toolset includes Mimikatz and PlugX.',
          expect: { source: 'Greyfin', type: 'USES', target: 'PlugX' },
        },
        {
          text: 'Greyfin is an espionage group active since 2015. Its infrastructure includes quill-update[.]net.',
          expect: { source: 'Greyfin', type: 'USES', target: 'quill-update.net' },
        },
        {
          text: 'Greyfin is an espionage group active since 2015. Their C2 server quill-update[.]net went offline in May.',
          expect: { source: 'Greyfin', type: 'USES', target: 'quill-update.net' },
        },
        {
          text: 'Greyfin is an espionage group active since 2015. Its ties to the GRU are well documented.',
          expect: { source: 'Greyfin', type: 'ATTRIBUTED_TO', target: 'GRU' },
        },
      ],
    },
  ],
  unnamedCampaigns: [
    {
      phrases: [
        'a campaign',
        'a malicious|new|phishing|spear-phishing|espionage|cyber-espionage campaign',
        'a spear phishing campaign',
      ],
      examples: [
        {
          text: 'Early in 2021 a malicious campaign hit energy firms in Chile. This campaign is likely to be attributed to APT77.',
          expect: { source: 'APT77', type: 'TARGETED', target: 'Chile' },
        },
      ],
    },
  ],
  latter: [
    {
      phrases: ['the latter'],
      examples: [
        {
          text: 'Analysts compared APT28 with APT29 for years. The latter targeted the Ministry of Defence of Estonia.',
          expect: { source: 'APT29', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
      ],
    },
  ],
  actorPairs: [
    {
      phrases: ['the|these two groups|actors', 'both groups|actors'],
      examples: [
        {
          text: 'Analysts compared APT28 with APT29 for years. The two groups targeted the Ministry of Defence of Estonia.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          text: 'Analysts compared APT28 with APT29 for years. Both groups targeted the Ministry of Defence of Estonia.',
          expect: { source: 'APT29', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
      ],
    },
  ],
  clauseVerbs: [
    {
      // Not "found" nor "told": "researchers found it on a server", "told it to stop" take it as their object.
      phrases: [
        'said|says|say|stated|noted|added|claimed|claims|concluded|concludes',
        'believe|believes|believed|think|thinks|thought|assess|assesses|assessed|suspect|suspects|suspected',
      ],
      examples: [
        {
          text: 'Turla is a Russian espionage group. Officials said it targeted the Ministry of Defence of Estonia.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          text: 'Turla is a Russian espionage group. We assess they targeted the Ministry of Defence of Estonia.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
      ],
    },
  ],
  // English writes its object pronouns apart ("carried it out"): none attached to the verb.
  incidentObjects: [],
  materialOwners: [
    {
      phrases: [
        'e-mails|emails|messages|documents|files of|from',
        'e-mails|emails|messages|documents|files related|belonging to',
        'e-mails|emails|messages|documents|files stolen|taken from',
      ],
      examples: [
        {
          text: 'On Friday 9,000 e-mails related to the campaign of Ana Brenn were posted online. The leaks, dubbed BrennLeaks, spread within hours.',
          expect: { source: 'BrennLeaks', type: 'TARGETED', target: 'Ana Brenn' },
        },
      ],
    },
  ],
  namingParticles: [
    {
      phrases: ['as'],
      examples: [
        {
          text: 'More than 4,000 e-mails related to the campaign of Maren Voss were posted online. The leaks, known as VossLeaks, spread within hours.',
          expect: { source: 'VossLeaks', type: 'TARGETED', target: 'Maren Voss' },
        },
      ],
    },
  ],
  selfNamings: [
    {
      phrases: ['calling itself|themselves', 'going by the name'],
      examples: [
        {
          text: 'A persona calling itself APT99 leaked the files, but officials concluded it was a front for the GRU.',
          expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'GRU' },
        },
      ],
    },
  ],
  campaigns: [
    {
      // A report also calls the campaign by the way it reached its victims ("the spear phishing").
      phrases: [
        'the campaign',
        'this campaign',
        'the|this spear phishing',
        'the|this spear-phishing',
        'the|this phishing campaign',
        // Its lures speak for it as well ("the spear phishing emails came from ...").
        'the|these|several spear phishing|spear-phishing emails|e-mails|mails|messages',
      ],
      examples: [
        {
          // Threat reports speak of the actor through its campaign.
          text: 'Turla is a Russian espionage group. This campaign targeted the Ministry of Defence of Estonia.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Ministry of Defence of Estonia' },
        },
        {
          // A campaign named before is the one spoken of, not the last actor named.
          text: 'Analysts followed the Bluefin campaign against shipping firms. Turla was active that year too. This campaign was attributed to APT99.',
          expect: { source: 'Bluefin campaign', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
        {
          // The campaign's lures are its actor's, with no incident named before.
          text: 'Early in 2021 a malicious campaign hit Chilean energy firms. This campaign is likely to be attributed to APT77. The spear phishing carried out an impersonation of Microsoft to offer fake courses.',
          expect: { source: 'APT77', type: 'IMPERSONATES', target: 'Microsoft' },
        },
        {
          // The campaign's lures: where they came from is the actor's infrastructure.
          text: 'Early in 2021 a malicious campaign hit Chilean energy firms. This campaign is likely to be attributed to APT77. Several spear phishing emails came from the following domain: energy-courses[.]net.',
          expect: { source: 'APT77', type: 'USES', target: 'energy-courses.net' },
        },
      ],
    },
  ],
  subjectCopulas: [
    {
      phrases: ['is|was|are|were'],
      examples: [
        {
          text: 'The 2019 Quillon Bank robbery was a theft of funds from the Quillon Bank. Investigators later tied Turla to the network. The robbery was attributed to APT99.',
          expect: { source: 'Hack of Quillon Bank', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  subjectAliases: [
    {
      phrases: ['also known as', 'also called', 'aka'],
      examples: [
        {
          text: 'The Harbour Data Office, also known as HDO, is the data protection agency of Norland. The Ministry of Finance of Norland opened in 1990. The agency is located in Bergen.',
          expect: { source: 'Harbour Data Office', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  othersAfter: [],
  subjectDeterminers: [
    {
      phrases: ['the|this|these'],
      examples: [
        {
          text: 'The 2018 Norland election leaks were a series of e-mail dumps. Turla was active that year too. These leaks were attributed to APT99.',
          expect: { source: '2018 Norland election leaks', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  organisations: [
    {
      phrases: [
        'the|this government|agency|ministry|bank|committee|commission|council|directorate|bureau|department|institute',
        'the|this authority|office|university|hospital',
        // Public and mutual bodies named by their last word: "the board" for "the Kestrel Water Board".
        'the|this board|trust|foundation|cooperative|society',
      ],
      examples: [
        {
          text: 'The Kestrel Network Agency issued a report in May. Turla was active then. The agency is located in Bergen.',
          expect: { source: 'Kestrel Network Agency', type: 'LOCATED_IN', target: 'Bergen' },
        },
        {
          text: "Hackers hit the Kestrel Water Authority in May. The authority's director, Ana Bryce, said supplies were safe.",
          expect: { source: 'Ana Bryce', type: 'LEADS', target: 'Kestrel Water Authority' },
        },
      ],
    },
    {
      // A firm named in the plural of its trade: "the airline" for "Kestrel Airlines".
      phrases: ['the|this airline'],
      standsAlsoFor: ['airlines'],
      examples: [
        {
          text: 'Kestrel Airlines said hackers had read its records. The airline, headquartered in Dublin, apologised.',
          expect: { source: 'Kestrel Airlines', type: 'LOCATED_IN', target: 'Dublin' },
        },
      ],
    },
    {
      // A lender is a bank: "the lender" stands for "Kestrel Bank" named before.
      phrases: ['the|this lender'],
      standsAlsoFor: ['bank'],
      examples: [
        {
          text: 'Hackers broke into Kestrel Bank in May. The lender, based in Lisbon, apologised.',
          expect: { source: 'Kestrel Bank', type: 'LOCATED_IN', target: 'Lisbon' },
        },
      ],
    },
    {
      // A regime is its government: "the regime" stands for the one government named so far.
      phrases: ['the|this regime'],
      standsAlsoFor: ['government'],
      examples: [
        {
          text: 'APT99 hit banks in May. The Norland Government denied any role. The regime is based in Bergen.',
          expect: { source: 'Norland Government', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  companies: [
    {
      phrases: ['the|this company|firm|vendor'],
      modifiers: true,
      examples: [
        {
          text: 'Microsoft said it had been hit. The security firm is based in Redmond.',
          expect: { source: 'Microsoft', type: 'LOCATED_IN', target: 'Redmond' },
        },
      ],
    },
  ],
  pronouns: [
    {
      phrases: ['it'],
      agrees: 'thing',
      examples: [
        {
          text: 'APT28 is a Russian group. It targeted the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
    {
      phrases: ['he', 'she'],
      agrees: 'person',
      examples: [
        {
          text: 'Colonel Ivan Petrov led the unit. He worked for the GRU.',
          expect: { source: 'Ivan Petrov', type: 'WORKS_FOR', target: 'GRU' },
        },
      ],
    },
    {
      phrases: ['they'],
      agrees: 'group',
      examples: [
        {
          text: 'APT28 is a Russian group. They targeted the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  sourcePronouns: [
    {
      phrases: ['according to him|her'],
      examples: [
        {
          text: 'Colonel Ivan Petrov led the unit. According to him, APT28 targeted the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  objectPronouns: [
    {
      phrases: ['them', 'him', 'her'],
      examples: [
        {
          text: 'NATO named the hackers. Turla, the group behind them, used PlugX.',
          expect: { source: 'Turla', type: 'USES', target: 'PlugX' },
        },
      ],
    },
  ],
  targetOwners: [
    {
      phrases: ['their|its targets|victims', 'their|its main targets|victims'],
      examples: [
        {
          text: 'APT28 is a Russian group. Their main targets include the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  attachedOwners: [],
  victimHoldings: [
    {
      phrases: [
        'system(s)|network(s)|server(s)|computer(s)|database(s)|website(s)|site(s)',
        'data|record(s)|file(s)|account(s)|e-mail(s)|email(s)|mailbox(es)',
      ],
      examples: [
        {
          text: 'The systems of Harbour Bank were breached by APT99.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour Bank' },
        },
        {
          text: 'Harbour Bank said its booking systems had been breached by APT99.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour Bank' },
        },
      ],
    },
  ],
  actorDescriptionHeads: [
    {
      phrases: ['threat actor', 'APT group', 'group', 'actor', 'hackers', 'gang', 'attackers', 'operators'],
      examples: [
        {
          text: 'APT99 hacked Quillbank in May. The Iranian group also targeted Norbank.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Norbank' },
        },
      ],
    },
  ],
  contrastiveModifiers: [
    {
      phrases: [
        'other',
        'another',
        'new',
        'different',
        'second',
        'third',
        'first',
        'former',
        'rival',
        'unknown',
        'unidentified',
        'unnamed',
        'separate',
        'several',
        'many',
        'some',
        'such',
        'one',
        'two',
        'parent',
        'sister',
        'subsidiary',
      ],
      examples: [
        {
          text: 'APT99 hacked Quillbank in May. The rival group targeted Norbank.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Quillbank' },
        },
      ],
    },
  ],
  incidentPronounParties: [],
} as const satisfies ReferenceVocabulary;
