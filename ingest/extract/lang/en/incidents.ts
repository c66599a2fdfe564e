/**
 * English names of an incident after its victim. Example sentences are our own.
 */
import type { IncidentVocabulary } from '../types.ts';

export const incidents = {
  nouns: [
    {
      phrases: [
        'hacking',
        'hack',
        'breach',
        'cyberattack',
        'cyber-attack',
        'attack',
        'compromise',
        'intrusion',
        'leak',
        'hacking campaign',
      ],
      examples: [
        { text: 'The hack of TV5Monde took the channel off the air.', expect: { event: 'Hack of TV5Monde' } },
        { text: 'The breach at TV5Monde lasted a night.', expect: { event: 'Hack of TV5Monde' } },
      ],
    },
    {
      // Money taken through a bank's systems is a cyber incident too.
      phrases: ['robbery', 'heist'],
      examples: [
        {
          text: 'The robbery of the Quillon Bank emptied three accounts.',
          expect: { event: 'Hack of Quillon Bank' },
        },
      ],
    },
  ],
  adjectives: [],
  victimLinkers: [
    {
      phrases: ['of|on|against|targeting|at'],
      examples: [
        { text: 'The attack on TV5Monde lasted a night.', expect: { event: 'Hack of TV5Monde' } },
        {
          text: 'A campaign of intrusion targeting TV5Monde began in April.',
          expect: { event: 'Hack of TV5Monde' },
        },
      ],
    },
    {
      // Wire copy: "A ransomware attack hit X", the incident the subject of a verb of striking.
      phrases: ['hit|struck|disrupted|crippled'],
      examples: [
        {
          text: 'A ransomware attack hit the Quillon Bank last week.',
          expect: { event: 'Hack of Quillon Bank' },
        },
      ],
    },
  ],
  afterVictim: [
    {
      phrases: [
        'was|were hacked',
        'has been hacked',
        'victim of a hack|cyberattack',
        // Wire copy: "X was hit by a ransomware attack", the incident after its victim.
        'was|were hit|struck by a|an cyberattack|cyber-attack|hack|intrusion',
        'was|were hit|struck by a|an ransomware attack',
      ],
      examples: [
        { text: 'In April, TV5Monde was hacked.', expect: { event: 'Hack of TV5Monde' } },
        {
          text: 'The Quillon Bank was hit by a ransomware attack last week.',
          expect: { event: 'Hack of Quillon Bank' },
        },
      ],
    },
  ],
  afterName: [
    {
      // "the DNC hack", "the WannaCry attack": the victim or the malware, then the noun.
      phrases: [
        'hack|hacking|attack|cyberattack|cyber-attack|breach|leak|leaks|intrusion|campaign|outbreak|incident|heist|robbery',
      ],
      examples: [
        { text: 'The TV5Monde hack took the channel off the air.', expect: { event: 'Hack of TV5Monde' } },
        { text: 'The WannaCry attack hit hospitals.', expect: { event: 'WannaCry attack' } },
        {
          text: 'The Quillon Bank robbery emptied three accounts.',
          expect: { event: 'Hack of Quillon Bank' },
        },
      ],
    },
  ],
  datedNouns: [
    {
      phrases: ['hacks|breaches|cyberattacks|cyber-attacks|attacks|intrusions|leaks'],
      examples: [
        {
          text: 'The 2016 cyberattacks on TV5Monde took the channel off the air.',
          expect: { event: 'Hack of TV5Monde' },
        },
      ],
    },
  ],
  targetNouns: [
    {
      phrases: ['power grid', 'supply chain', 'grid|network|email|e-mail|ransomware|data|supply-chain'],
      examples: [
        {
          text: 'The December 2016 TV5Monde power grid cyberattack lasted an hour.',
          expect: { event: 'Hack of TV5Monde' },
        },
      ],
    },
  ],
  victimQuantifiers: [
    {
      phrases: ['multiple|several|many|various|numerous|some|two|three|four|five'],
      examples: [
        {
          text: 'The March 2019 attacks against several Danish banks were linked to APT99.',
          expect: { event: 'March 2019 attacks against several Danish banks' },
        },
      ],
    },
  ],
  months: ['January|February|March|April|May|June|July|August|September|October|November|December'],
  againstVictim: ['against', 'targeting'],
  victimPrepositions: ['on'],
  onVictim: ['attack|attacks|intrusion|intrusions|hack|hacks|breach|breaches on|in'],
  partyMarkers: ['to'],
  leakedMaterial: [
    {
      phrases: [
        'stolen|leaked|hacked emails|e-mails|documents|files|data',
        'the emails|e-mails|documents|files',
      ],
      examples: [
        {
          text: 'The hack of the Liberal Party was found in May. Two weeks later WikiLeaks published the stolen emails.',
          expect: { event: 'Hack of Liberal Party' },
        },
      ],
    },
  ],
  elections: [
    {
      phrases: [
        'presidential|parliamentary|legislative|general|midterm|federal|municipal election(s)',
        'election(s)',
      ],
      examples: [
        {
          text: 'APT99 tried to sway the 2019 Harbour presidential election.',
          expect: { event: '2019 Harbour presidential election' },
        },
        {
          text: 'APT99 tried to sway the Harbour 2019 parliamentary elections.',
          expect: { event: 'Harbour 2019 parliamentary elections' },
        },
      ],
    },
  ],
  intrusionNouns: [
    {
      phrases: ['meddling|interference|intrusion|intrusions in|into', 'outage|blackout in'],
      examples: [
        {
          text: 'Harbour accused Norland of meddling in the last municipal elections with fake accounts.',
          expect: { event: 'meddling in the last municipal elections' },
        },
        {
          text: 'Last week there was an intrusion into the regional voter database, which exposed names.',
          expect: { event: 'intrusion into the regional voter database' },
        },
      ],
    },
  ],
  complementEnds: [
    'which|that|who|whose|where|when|while|with|without|by|to|from|for|on|at|of|in|into|as|via|through',
    'during|since|after|before|and|or|but|was|were|is|are|has|have|had|will|would|could|may|might',
    // The verbs of happening below end the incident's name too: "the intrusion into X took place".
    'took|takes|occurred|happened|began|started',
  ],
  undergoneNouns: [
    {
      phrases: ['outage|blackout|hack|breach|attack|cyberattack|intrusion', 'power outage'],
      examples: [
        {
          text: 'The power outage Estonia suffered last winter was blamed on APT99.',
          expect: { event: 'power outage' },
        },
        {
          text: 'The breach that the Harbour Times experienced went on for a month.',
          expect: { event: 'breach' },
        },
      ],
    },
  ],
  undergoneVerbs: [
    'experienced|suffered|endured|underwent',
    'has|had experienced|suffered|endured|undergone',
  ],
  occurrenceVerbs: [
    {
      phrases: ['took|takes place', 'occurred|happened|began|started'],
      examples: [
        {
          text: 'The intrusion into the harbour payroll system took place in Oslo.',
          expect: { source: 'intrusion into the harbour payroll system', type: 'LOCATED_IN', target: 'Oslo' },
        },
        {
          text: 'The hack of the Quillon Bank was found in May. The attack occurred in Lisbon, at its main branch.',
          expect: { source: 'Hack of Quillon Bank', type: 'LOCATED_IN', target: 'Lisbon' },
        },
      ],
    },
  ],
  existentials: [
    {
      phrases: ['there was|were', 'there has|have|had been'],
      examples: [
        {
          text: 'Last spring in Ohio there was an intrusion into the county voter rolls.',
          expect: { source: 'intrusion into the county voter rolls', type: 'LOCATED_IN', target: 'Ohio' },
        },
        {
          text: 'In Norway, there have been two intrusions into the fishery registry since May.',
          expect: { source: 'intrusions into the fishery registry', type: 'LOCATED_IN', target: 'Norway' },
        },
      ],
    },
  ],
  agentVictims: [
    {
      phrases: ['victim(s) of', 'victim(s) of a|an|the', 'the target of', 'the target of a|an|the'],
      examples: [
        {
          text: 'The hack of Sony Pictures shocked Hollywood. The FBI said Sony Pictures was the target of a campaign launched by Lazarus.',
          expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Lazarus' },
        },
      ],
    },
  ],
  agentDeeds: [
    'attack(s)',
    'cyberattack(s)',
    'campaign',
    'operation',
    'hack',
    'hacking',
    'intrusion',
    'breach',
  ],
  agentLinkers: ['carried out|conducted|launched by', 'by', 'from'],
  namedIncidentNouns: [
    {
      phrases: ['campaign'],
      kind: 'campaign',
      examples: [
        {
          text: 'Researchers followed the Quillsoft campaign for months.',
          expect: { event: 'Quillsoft campaign' },
        },
      ],
    },
    {
      phrases: ['breach'],
      kind: 'breach',
      examples: [
        { text: 'The bank disclosed the Quillsoft breach in May.', expect: { event: 'Quillsoft breach' } },
      ],
    },
    {
      phrases: ['hack'],
      kind: 'hack',
      examples: [
        { text: 'Investigators studied the Quillsoft hack in May.', expect: { event: 'Quillsoft hack' } },
      ],
    },
  ],
  namedIncidentDeterminers: ['the', 'this'],
  incidentNaming: [
    {
      phrases: ['dubbed', 'codenamed', 'code-named', 'called', 'known as'],
      examples: [{ text: 'The leaks, dubbed QuillLeaks, spread online.', expect: { event: 'QuillLeaks' } }],
    },
  ],
  projectNouns: [
    {
      phrases: ['project'],
      examples: [
        {
          text: 'Reporters from many outlets worked on Project Pegasus.',
          expect: { event: 'Pegasus Project' },
        },
      ],
    },
  ],
  projectNounsAfter: [
    {
      phrases: ['Project'],
      examples: [
        {
          text: 'Reporters from many outlets worked on the Pegasus Project.',
          expect: { event: 'Pegasus Project' },
        },
      ],
    },
  ],
  // Military strikes and texts about them are told apart in Arabic only, so far.
  militaryMeans: [],
  cyberStems: [],
  unnamedIntruders: ['hackers|intruders|attackers|cybercriminals|criminals|someone|traffic'],
  unnamedIntruderDeeds: [
    {
      phrases: [
        'broke|hacked into',
        'stole|took|copied|exfiltrated|leaked|encrypted|wiped|breached|compromised|accessed|disrupted|infiltrated',
        'gained|got access to',
        'had|have|has broken|hacked into',
        'had|have|has stolen|taken|copied|exfiltrated|leaked|encrypted|wiped|breached|compromised|accessed|disrupted|infiltrated',
        'had|have|has gained|got access to',
        'knocked|took|taken',
      ],
      examples: [
        {
          text: 'Hackers broke into the payment systems of the Quillon Bank over the weekend.',
          expect: { event: 'Hack of Quillon Bank' },
        },
        {
          text: 'Hackers stole design files from the Quillon Bank last year.',
          expect: { event: 'Hack of Quillon Bank' },
        },
        {
          text: 'A flood of junk traffic knocked the website of the Quillon Bank offline on Monday.',
          expect: { event: 'Hack of Quillon Bank' },
        },
        {
          // Every victim listed after the deed underwent it, not only the first.
          text: 'Hackers stole customer records from Quillon Bank, Harbour Insurance and the Kestrel Hotels chain.',
          expect: { event: 'Hack of Kestrel Hotels' },
        },
      ],
    },
  ],
  objectlessClaims: [
    {
      phrases: [
        'claimed|claims|took|takes responsibility|credit',
        'has|have|had claimed|taken responsibility|credit',
      ],
      examples: [
        {
          text: 'Hackers knocked the website of the Quillon Bank offline. APT99 claimed responsibility hours later.',
          expect: { source: 'Hack of Quillon Bank', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  claimObjectWords: ['for|of'],
  unnamedIntruderDoubts: [
    "not|never|no|didn't|hadn't|haven't|hasn't",
    'may|might|could|would|should|can|cannot|will',
  ],
  personCampaignNouns: [
    {
      phrases: ['campaign|team|camp|party|staff'],
      examples: [
        {
          text: 'The hack of the Ana Brenn campaign was discovered in May.',
          expect: { event: 'Ana Brenn campaign' },
        },
      ],
    },
  ],
  personCampaignLinks: [
    {
      phrases: ['of', 'of the candidate'],
      examples: [
        {
          text: 'The hack of the campaign of Ana Brenn was discovered in May.',
          expect: { event: 'hack of the campaign of Ana Brenn' },
        },
      ],
    },
  ],
  personCampaignModifiers: [
    {
      phrases: ['presidential|election|electoral'],
      examples: [
        {
          text: 'The hack of the Ana Brenn presidential campaign was discovered in May.',
          expect: { event: 'hack of the Ana Brenn' },
        },
      ],
    },
  ],
  games: [
    {
      kind: 'Olympic Games',
      phrases: ['Olympics', 'Olympic Games', 'Games'],
      examples: [
        {
          text: 'Hackers attacked the ticketing site of the Tokyo Olympics.',
          expect: { event: 'Olympic Games in Tokyo' },
        },
      ],
    },
    {
      kind: 'Winter Olympics',
      phrases: ['Winter Olympics|Games', 'Winter Olympic Games'],
      examples: [
        {
          text: 'Hackers disrupted the opening of the Pyeongchang Winter Olympics.',
          expect: { event: 'Winter Olympics in Pyeongchang' },
        },
      ],
    },
    {
      kind: 'Summer Olympics',
      phrases: ['Summer Olympics|Games', 'Summer Olympic Games'],
      examples: [
        {
          text: 'Hackers attacked the Paris Summer Olympics.',
          expect: { event: 'Summer Olympics in Paris' },
        },
      ],
    },
    {
      kind: 'Paralympic Games',
      phrases: ['Paralympics', 'Winter|Summer Paralympics'],
      examples: [
        { text: 'Hackers attacked the Tokyo Paralympics.', expect: { event: 'Paralympic Games in Tokyo' } },
      ],
    },
    {
      kind: 'World Cup',
      phrases: ['World Cup'],
      examples: [
        { text: 'Hackers targeted the World Cup in Qatar.', expect: { event: 'World Cup in Qatar' } },
      ],
    },
  ],
  gamesPlaceLinks: [
    {
      phrases: ['in', 'at'],
      examples: [
        { text: 'Hackers targeted the World Cup in Qatar.', expect: { event: 'World Cup in Qatar' } },
      ],
    },
  ],
  // Not yet given: what a body holds that an attack reaches, opening a sentence.
  holdingsOfVictim: [],
  holdingsHit: [],
} as const satisfies IncidentVocabulary;
