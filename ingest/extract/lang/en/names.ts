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
  // English capitalises the head of an institution's name.
  lowerCaseHeads: [],
  nameParticles: [
    {
      phrases: ['of', 'of the', 'for'],
      examples: [
        {
          text: 'Attackers reached the Central Bank of Norland in May.',
          expect: { name: 'Central Bank of Norland', type: 'Organization' },
        },
      ],
    },
    {
      // Particles of names from other languages, as English texts write them.
      phrases: ['al', 'el', 'van', 'von', 'der', 'bin', 'ben', 'ibn', 'da', 'di', 'dos'],
      examples: [
        {
          text: 'The spokesman Karim bin Tarek said the outage was over.',
          expect: { name: 'Karim bin Tarek', type: 'Person' },
        },
      ],
    },
  ],
  bodiesByHead: [
    {
      phrases: ['Senate', 'Parliament', 'Congress', 'Government', 'Police', 'Army', 'Navy'],
      examples: [
        { text: 'Yesterday the Senate voted on the bill.', expect: { name: 'Senate', type: 'Organization' } },
      ],
    },
  ],
  titles: [],
  streets: [],
  hamletNouns: [],
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
      // Fields of security work that job titles and teams write in title case ("Director of
      // Incident Response at X", "head of Threat Intelligence"): a department, never a person or
      // an incident.
      phrases: [
        'Incident Response',
        'Threat Intelligence',
        'Cyber Threat Intelligence',
        'Threat Research',
        'Threat Hunting',
        'Security Research',
        'Security Operations',
        'Vulnerability Research',
        'Digital Forensics',
      ],
      examples: [
        {
          text: 'Ana Bryce, Director of Incident Response at Quillsec, found the implant.',
          expect: { name: 'Incident Response', type: 'none' },
        },
        {
          text: 'Tom Reyes, head of Threat Intelligence at Quillsec, spoke on Monday.',
          expect: { name: 'Threat Intelligence', type: 'none' },
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
  secondCompanyForms: [
    {
      phrases: ['Ltd.', 'Inc.', 'LLC', 'Corp.', 'PLC'],
      examples: [
        {
          text: 'Hackers breached Quillgrave Co., Ltd. last year.',
          expect: { name: 'Quillgrave Co., Ltd.', type: 'Organization' },
        },
      ],
    },
  ],
  personTitles: [
    {
      phrases: [
        'Dr',
        'Dr.',
        'Mr',
        'Mr.',
        'Mrs',
        'Mrs.',
        'Ms',
        'Ms.',
        'Sir',
        'President',
        'Vice President',
        'Prime Minister',
        'Minister',
        'Secretary',
        'Senator',
        'Governor',
        'Mayor',
        'Judge',
        'General',
        'director',
        'researcher',
        'analyst',
        'expert',
        'spokesman',
        'spokeswoman',
        'spokesperson',
        'CEO',
        'founder',
        'chairman',
        'chairwoman',
        'chief',
        'candidate',
        'journalist',
        'lawyer',
        'leader',
        'president',
        'minister',
        'senator',
        'professor',
        'Professor',
        'officer',
        'head',
        'executive',
      ],
      examples: [
        {
          text: 'The breach was confirmed by spokesperson Quill Marrow on Monday.',
          expect: { name: 'Quill Marrow', type: 'Person' },
        },
      ],
    },
  ],
  organisationCues: [
    {
      phrases: [
        'company',
        'firm',
        'agency',
        'ministry',
        'party',
        'organisation',
        'organization',
        'bank',
        'website',
        'newspaper',
        'outlet',
        'broadcaster',
        'startup',
        'vendor',
        'platform',
        'university',
        'a firm called',
        'a company called',
        'provider',
        'supplier',
        'retailer',
        'carrier',
        'insurer',
        'manufacturer',
        'maker',
        'contractor',
        'subsidiary',
        'operator',
        'conglomerate',
        // Wire copy's kinds of business: "X, a hospital chain based in Ohio", "the lender".
        'chain',
        'lender',
        'utility',
        'lab',
        'laboratory',
        'consultancy',
        'news agency',
        'news source',
        'media source',
        // Bodies wire copy names by their kind: "the security service PST", "the chipmaker X".
        'parliament',
        'security service',
        'intelligence service',
        'regulator',
        'watchdog',
        'airline',
        'chipmaker',
        'hospital',
        'clinic',
        // "X, a Leeds data broker,", "X, a Finnish payments start-up,", "X, an Oxford charity,".
        'broker',
        'start-up',
        'charity',
      ],
      examples: [
        {
          text: 'The attackers targeted the company Quillgrave last year.',
          expect: { name: 'Quillgrave', type: 'Organization' },
        },
        {
          text: 'The leak was confirmed by the security service Vakt on Monday.',
          expect: { name: 'Vakt', type: 'Organization' },
        },
        {
          text: 'Hackers defaced the site of the Nordish parliament, the Tingvold, on Monday.',
          expect: { name: 'Tingvold', type: 'Organization' },
        },
        {
          text: 'Quillvo, a Nordish payments start-up, said its test accounts were emptied.',
          expect: { name: 'Quillvo', type: 'Organization' },
        },
      ],
    },
  ],
  employerCues: [
    {
      phrases: [
        'worked for',
        'works for',
        'working for',
        'work for',
        'employed by',
        'an employee of',
        // "head of threat research at X".
        'research at',
        'intelligence at',
      ],
      examples: [
        {
          text: 'He worked for Quillgrave until 2019.',
          expect: { name: 'Quillgrave', type: 'Organization' },
        },
        {
          text: 'Ana Bryce, head of threat research at Quillgrave, said the flaw was old.',
          expect: { name: 'Quillgrave', type: 'Organization' },
        },
      ],
    },
    {
      // The post a person holds, then its body: "X, the chief executive of Corvel Health, said".
      // Not "director of", "president of": the cue reads in any case, and "the Director of
      // National Intelligence", "the President of the Republic" are posts, no body.
      phrases: [
        'chief executive of',
        'chief executive officer of',
        'chairman of',
        'chairwoman of',
        'CEO of',
        'founder of',
      ],
      examples: [
        {
          text: 'Ana Bryce, the chief executive of Quillmark Health, said the attack was over.',
          expect: { name: 'Quillmark Health', type: 'Organization' },
        },
      ],
    },
  ],
  technicalNouns: [
    {
      phrases: [
        'protocol',
        'protocols',
        'hash',
        'hashes',
        'algorithm',
        'format',
        'port',
        'ports',
        'file',
        'files',
        'encryption',
        'standard',
        'server',
        'servers',
        'certificate',
        'certificates',
        'key',
        'keys',
        'flaw',
        'vulnerability',
        'exploit',
        'command',
        'commands',
        'record',
        'records',
        'request',
        'requests',
        'packet',
        'packets',
      ],
      examples: [{ text: 'The QXP protocol was abused.', expect: { name: 'QXP', type: 'none' } }],
    },
  ],
  routeNouns: [
    {
      phrases: ['route', 'routes', 'corridor', 'corridors', 'initiative', 'road', 'roads', 'railway'],
      examples: [{ text: 'The QBX corridor links both ports.', expect: { name: 'QBX', type: 'none' } }],
    },
  ],
  organisationSuffixes: [
    {
      // The dot of a shortened form is the form's: the sentence goes on after "Inc.".
      phrases: ['Inc.', 'Corp.', 'Co.', 'Ltd.', 'LLC', 'PLC'],
      legalForm: true,
      examples: [
        {
          text: 'Hackers breached Quillgrave Inc. last year.',
          expect: { name: 'Quillgrave Inc.', type: 'Organization' },
        },
      ],
    },
    {
      // German forms, as English text writes them.
      phrases: ['GmbH', 'AG'],
      legalForm: true,
      examples: [
        {
          text: 'Hackers breached Quillgrave GmbH in May.',
          expect: { name: 'Quillgrave GmbH', type: 'Organization' },
        },
      ],
    },
    {
      // Shortened forms written without their dot, and closing heads: no bare "Co", a word of its own.
      phrases: ['Inc', 'Corp', 'Corporation', 'Ltd', 'Labs', 'Technologies', 'Security', 'Group'],
      examples: [
        {
          text: 'Quillgrave Labs reported the flaw.',
          expect: { name: 'Quillgrave Labs', type: 'Organization' },
        },
      ],
    },
  ],
  threatActorCues: [
    {
      phrases: [
        'hackers',
        'hacker group',
        'hacking group',
        'hacking team',
        'hacking crew',
        'hacker collective',
        'threat actor',
        'threat group',
        'APT group',
        'cyber-espionage group',
        'cyberespionage group',
        'espionage group',
        'ransomware group',
        'ransomware gang',
        'gang',
        'group',
        'the group',
        'intrusion set',
        // Wire copy's words for a band of attackers: "a criminal crew known as X", "the gang X".
        'crew',
        'criminal crew',
        'criminal gang',
        'cybercrime group',
        'cybercrime gang',
        'extortion group',
        'extortion gang',
        'hacktivist group',
      ],
      examples: [
        {
          text: 'Banks were hit by the hacking group "Stormquill" in May.',
          expect: { name: 'Stormquill', type: 'ThreatActor' },
        },
        {
          text: 'Banks were hit by a hacking crew dubbed Stormquill in May.',
          expect: { name: 'Stormquill', type: 'ThreatActor' },
        },
        {
          text: 'The attack on the port was claimed by the gang Ravelock on Sunday.',
          expect: { name: 'Ravelock', type: 'ThreatActor' },
        },
        {
          text: 'A criminal crew known as Ashmere stole the design files.',
          expect: { name: 'Ashmere', type: 'ThreatActor' },
        },
      ],
    },
  ],
  genericGroupWords: [
    {
      // "actor" too: "an actor called X" names a player as well as an attacker.
      phrases: ['group', 'the group', 'actor'],
      examples: [
        {
          text: 'The hackers joined a group called Quill Association in May.',
          expect: { name: 'Quill Association', type: 'Organization' },
        },
        {
          text: 'The bank was robbed by a group called Redmarsh in May.',
          expect: { name: 'Redmarsh', type: 'ThreatActor' },
        },
        {
          text: 'The files were leaked by an actor called Sleetmoor.',
          expect: { name: 'Sleetmoor', type: 'ThreatActor' },
        },
      ],
    },
  ],
  threatActorTracking: [
    {
      phrases: [
        'we call',
        'we called',
        'we have called',
        'we named',
        'we have named',
        'we dubbed',
        'we track as',
        'we are tracking as',
        'we refer to as',
        'tracked as',
      ],
      examples: [
        {
          text: 'Banks were hit by a threat actor we track as Marrowfen.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
      ],
    },
  ],
  threatActorNamingVerbs: [
    {
      phrases: [
        'we call',
        'we called',
        'we have called',
        'we named',
        'we have named',
        'we dubbed',
        'we have dubbed',
        'we track',
        'we are tracking',
        'we refer to',
        'we designate',
        'we have designated',
      ],
      examples: [
        {
          text: 'We have named this threat actor Marrowfen.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
      ],
    },
  ],
  threatActorNaming: [
    {
      phrases: [
        'dubbed',
        'called',
        'named',
        'codenamed',
        'code-named',
        'known as',
        'referred to as',
        'calling itself',
        'calling themselves',
      ],
      examples: [
        {
          text: 'Banks were hit by hackers dubbed Marrowfen.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
        {
          // A group that names itself is an actor wherever it stands, unlike "a group called X".
          text: 'Quillbank said a group calling itself Marrowfen had emptied its test accounts.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
      ],
    },
  ],
  threatActorCuesAfter: [
    {
      phrases: [
        'APT',
        'APT group',
        'threat actor',
        'threat group',
        'hacking group',
        'hacker group',
        'espionage group',
        'cyber-espionage group',
        'cyberespionage group',
        'ransomware gang',
        'intrusion set',
        // Wire copy names a band before its kind: "the Marrowfen gang", "the Marrowfen crew".
        'gang',
        'crew',
        'hacking crew',
        'ransomware group',
        'hacktivist group',
      ],
      examples: [
        {
          text: 'The Marrowfen gang said it had stolen the files.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
        {
          text: 'Banks were hit by the Marrowfen threat actor last year.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
      ],
    },
  ],
  researchVerbs: [
    {
      phrases: [
        'observed',
        'has observed',
        'have observed',
        'found',
        'has found',
        'discovered',
        'has discovered',
        'identified',
        'has identified',
        'obtained',
        'tracks',
        'has tracked',
        'assesses',
        'believes',
        'also believes',
        'determined',
        'was able to',
        'will continue to',
      ],
      examples: [
        {
          text: 'Quillsec 471 has observed the campaign.',
          expect: { name: 'Quillsec 471', type: 'Organization' },
        },
      ],
    },
  ],
  // Words of a computer intrusion only: "Leeds was hit by the storm" names no organisation.
  victimWordsAfter: [
    {
      phrases: [
        'was hacked',
        'was breached',
        'was compromised',
        'has been hacked',
        'has been breached',
        'fell victim to a cyberattack',
        'fell victim to a ransomware attack',
        'was the victim of a cyberattack',
        'was the victim of a ransomware attack',
      ],
      examples: [
        {
          text: 'Quillbank was breached by LockBit in May.',
          expect: { name: 'Quillbank', type: 'Organization' },
        },
      ],
    },
  ],
  researchStaffAfter: [
    {
      phrases: [
        'researchers',
        'analysts',
        'research team',
        'threat researchers',
        'security researchers',
        'threat intelligence team',
        'threat research team',
      ],
      examples: [
        {
          text: 'Quillsec threat researchers found the backdoor.',
          expect: { name: 'Quillsec', type: 'Organization' },
        },
      ],
    },
  ],
  locationCues: [
    {
      phrases: [
        'based in',
        'headquartered in',
        'located in',
        'based at',
        'headquartered at',
        'located at',
        'city of',
        'town of',
        'village of',
        'port of',
        'mayor of',
      ],
      examples: [
        {
          text: 'The attack was traced to a server located in Kettlewick.',
          expect: { name: 'Kettlewick', type: 'Location' },
        },
      ],
    },
  ],
  accountCues: [
    {
      phrases: [
        'account',
        'handle',
        'user',
        'username',
        'Twitter account',
        'a user called',
        'an account called',
        'alias',
      ],
      examples: [
        { text: 'He posted from the handle Quillmoth.', expect: { name: 'Quillmoth', type: 'Account' } },
      ],
    },
  ],
  organisationNameWords: [
    {
      phrases: [
        'Agency',
        'Ministry',
        'Department',
        'Council',
        'Committee',
        'Party',
        'Foundation',
        'Institute',
        'University',
        'Bank',
        'Authority',
        'Assembly',
        'Court',
        'Federation',
        'Corporation',
        'Company',
        'Organization',
        'Center',
        'League',
        'Chamber',
        'Army',
        'Navy',
        'Parliament',
        'Senate',
        'Congress',
        'Government',
        'High',
        'Observatory',
        'Secretariat',
        'Post',
        'Energy',
        'Telecom',
        'Press',
        'Television',
        'Library',
        'Museum',
      ],
      examples: [
        {
          text: 'Hackers hit the Quillmark Institute in May.',
          expect: { name: 'Quillmark Institute', type: 'Organization' },
        },
      ],
    },
    {
      // Public and mutual bodies wire copy names by their last word ("the Quillmoor Water Board",
      // "the Ashby Housing Trust", "Quillmoor Power Cooperative"): no person's name ends so.
      phrases: ['Board', 'Trust', 'Cooperative', 'Co-operative', 'Commission', 'Society'],
      examples: [
        {
          text: 'Intruders reached the billing system of the Quillmoor Water Board in May.',
          expect: { name: 'Quillmoor Water Board', type: 'Organization' },
        },
        {
          text: 'Quillmoor Power Cooperative said its billing system was down.',
          expect: { name: 'Quillmoor Power Cooperative', type: 'Organization' },
        },
      ],
    },
  ],
  closingHeads: [
    {
      phrases: [
        'Group',
        'Lab',
        'Labs',
        'News',
        'Times',
        'Pipeline',
        'Holdings',
        'Airways',
        'Airlines',
        'Pictures',
        'Entertainment',
        'Stories',
        'Logic',
        'Motors',
        'Electric',
        'Herald',
        'Tribune',
        // The businesses wire copy reports hit: "Charter Health", "Nordvik Lines" (not "Exchange",
        // which is also a Microsoft product).
        'Health',
        'Lines',
        'Shipping',
        'Logistics',
        'Insurance',
        'Hospital',
        // Trades a company's name ends with and a person's never does ("Baltrow Rail", "Orvell
        // Pharma", "Kestrel Resorts"), so an unknown pair of capitalised words so closed is a firm.
        'Rail',
        'Railway',
        'Railways',
        'Pharma',
        'Pharmaceuticals',
        'Resorts',
        'Hotels',
        'Foods',
        'Petroleum',
        'Chemicals',
        'Steel',
        'Mining',
        'Aerospace',
        'Utilities',
        'Freight',
        'Telecoms',
        'Clinic',
        'Bancorp',
      ],
      examples: [
        {
          text: 'Quillmark Airlines reported the flaw.',
          expect: { name: 'Quillmark Airlines', type: 'Organization' },
        },
        {
          text: 'Intruders stole payroll files from Baltrow Rail and Orvell Pharma.',
          expect: { name: 'Orvell Pharma', type: 'Organization' },
        },
      ],
    },
  ],
  businessLineHeads: [
    {
      phrases: ['Systems', 'Networks', 'Technologies', 'Solutions', 'Software', 'Media', 'Communications'],
      examples: [
        {
          text: 'Quillmark Systems reported the flaw.',
          expect: { name: 'Quillmark Systems', type: 'Organization' },
        },
        {
          text: 'She took a position with Payment Systems in May.',
          expect: { name: 'Payment Systems', type: 'none' },
        },
      ],
    },
  ],
  noPersonLastWords: [
    {
      phrases: ['Team', 'Teams', 'Squad', 'Crew', 'Staff', 'Suite'],
      examples: [
        {
          text: 'The Quillmark Research Team found the flaw.',
          expect: { name: 'Quillmark Research Team', type: 'none' },
        },
      ],
    },
  ],
  islandLastWords: [
    {
      phrases: ['Islands', 'Island', 'Isles'],
      examples: [
        {
          text: 'Ships reached the Kettle Islands on Monday.',
          expect: { name: 'Kettle Islands', type: 'Location' },
        },
      ],
    },
  ],
  // English writes such adjectives before the name ("the current Parliament"), outside it.
  timeQualifiers: [],
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
        // Wire copy's band of attackers: "Ghostmint, a hacking crew linked to Russia,".
        'crew',
      ],
      examples: [
        {
          text: 'We call the intrusion set Saltmarsh. Saltmarsh reused the same certificates.',
          expect: { name: 'Saltmarsh', type: 'ThreatActor' },
        },
        {
          text: 'Quillbank was hit by Marrowfen, a hacking crew linked to Norland, in May.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
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
  acronymBodyHeads: [
    {
      phrases: ['Directorate', 'Corps', 'Command', 'Forces', 'Guard', 'Headquarters', 'Operations'],
      examples: [
        {
          text: 'Analysts at the Coastal Cyber Operations (CCO) traced the intrusion.',
          expect: { name: 'Coastal Cyber Operations', type: 'Organization' },
        },
      ],
    },
  ],
  descriptionHeads: [
    {
      phrases: [
        'network',
        'giant',
        'group',
        'gang',
        'crew',
        'team',
        'collective',
        'source',
        'service',
        'agency',
        'institute',
        'body',
      ],
      examples: [
        {
          text: 'Aramco, the Saudi oil giant, restored its network.',
          expect: { name: 'Aramco', type: 'Organization' },
        },
      ],
    },
  ],
  ownershipKinds: [
    {
      phrases: ['subsidiary', 'supplier', 'contractor', 'provider', 'carrier'],
      examples: [
        {
          text: 'Thornbury Analytics, a Leeds supplier, said its systems were down.',
          expect: { name: 'Leeds', type: 'none' },
        },
      ],
    },
  ],
  gamesHeads: [
    {
      phrases: ['Olympics', 'Paralympics', 'Games', 'Cup'],
      examples: [
        { text: 'Fans watched the Rugby World Cup.', expect: { name: 'Rugby World Cup', type: 'none' } },
      ],
    },
  ],
  gatheringHeads: [
    {
      phrases: ['Conference', 'Summit', 'Symposium', 'Workshop', 'Festival', 'War', 'Wars'],
      examples: [
        {
          text: 'Delegates from Quillon Bank met at the Annual Security Summit in Geneva.',
          expect: { name: 'Annual Security Summit', type: 'none' },
        },
      ],
    },
  ],
  tailStops: [
    {
      phrases: ['has', 'have', 'is', 'was', 'were', 'will', 'said', 'and', 'or'],
      examples: [
        {
          text: 'Analysts at the Banque centrale have warned customers.',
          expect: { name: 'Banque centrale', type: 'Organization' },
        },
      ],
    },
  ],
  tailPrepositions: [],
  adjectiveEndings: [],
  adjectiveLookalikes: [],
  participleEndings: [],
  surnameArticles: [],
  remitHeads: [
    {
      phrases: ['Ministry', 'Department', 'Office', 'Bureau', 'Commission', 'Committee', 'Council'],
      examples: [
        {
          text: 'The Ministry of Security and Intelligence of Norland issued a statement.',
          expect: { name: 'Ministry of Security and Intelligence of Norland', type: 'Organization' },
        },
        {
          text: 'The Foreign and Commonwealth Office issued a statement.',
          expect: { name: 'Foreign and Commonwealth Office', type: 'Organization' },
        },
      ],
    },
  ],
  malwareNouns: [
    {
      phrases: [
        'malware',
        'ransomware',
        'wiper',
        'backdoor',
        'trojan',
        'worm',
        'spyware',
        'implant',
        'botnet',
        'rootkit',
        'loader',
        'stealer',
        'downloader',
        'dropper',
        'keylogger',
        'infostealer',
        'webshell',
        'web shell',
        'RAT',
      ],
      examples: [
        {
          text: 'The attackers deployed a wiper called Quillrot.',
          expect: { name: 'Quillrot', type: 'Malware' },
        },
      ],
    },
  ],
  malwareKindNouns: [
    {
      phrases: ['project', 'family', 'strain', 'variant', 'sample', 'program', 'tool'],
      examples: [
        {
          text: 'The researchers found a malware family named Quillrot.',
          expect: { name: 'Quillrot', type: 'Malware' },
        },
      ],
    },
  ],
  malwareNaming: [
    {
      phrases: ['called', 'named', 'dubbed', 'known as'],
      examples: [
        {
          text: 'The attackers deployed a backdoor dubbed Quillrot.',
          expect: { name: 'Quillrot', type: 'Malware' },
        },
      ],
    },
  ],
  victimObjectEnds: [
    {
      phrases: [
        'and',
        'or',
        'as well as',
        'in',
        'on',
        'at',
        'during',
        'since',
        'last',
        'earlier',
        'between',
        'from',
        'before',
        'after',
        'with',
        'through',
        'via',
        'using',
        'to',
        'by',
        'for',
      ],
      examples: [
        {
          text: 'The hackers compromised Quillbank during the summer.',
          expect: { name: 'Quillbank', type: 'Organization' },
        },
      ],
    },
  ],
  malwareDefinitionClosers: [
    {
      phrases: [
        'that',
        'which',
        'written',
        'used',
        'capable',
        'designed',
        'developed',
        'known',
        'family',
        'distributed',
        'programmed',
      ],
      examples: [
        {
          text: 'Quillrot is a PowerShell-based backdoor that steals files.',
          expect: { name: 'Quillrot', type: 'Malware' },
        },
        { text: 'Quillrot: a backdoor written in Go.', expect: { name: 'Quillrot', type: 'Malware' } },
      ],
    },
  ],
  attackToolPurposes: [
    {
      phrases: [
        'reconnaissance',
        'hacking',
        'espionage',
        'surveillance',
        'spying',
        'post-exploitation',
        'exploitation',
        'attack',
        'intrusion',
      ],
      examples: [
        { text: 'Quillrot was a reconnaissance tool.', expect: { name: 'Quillrot', type: 'Malware' } },
      ],
    },
  ],
  // Not yet given: English names its gangs with words of their own ("the gang X").
  groupClaimVerbs: [],
} as const satisfies NameVocabulary;
