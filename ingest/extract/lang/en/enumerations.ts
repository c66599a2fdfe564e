/** English words that open the examples of an object (see EnumerationVocabulary). */
import type { EnumerationVocabulary } from '../types.ts';

export const enumerations = {
  opening: [
    {
      phrases: ['including', 'such as', 'namely', 'notably', 'among them', 'in particular'],
      examples: [
        {
          text: 'APT28 targeted several European governments, including Germany, France and Italy.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Italy' },
        },
        {
          text: 'APT28 relies on a long chain of custom droppers written in several languages such as Zebrocy.',
          expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
        },
      ],
    },
  ],
  comparing: [
    {
      phrases: ['like'],
      examples: [
        {
          text: 'APT28 relies on a long chain of custom droppers written in several languages like Zebrocy.',
          expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
        },
      ],
    },
  ],
  beforeExample: ['in', 'the'],
  indicatorLeads: [
    {
      phrases: [
        'infrastructure',
        'indicators of compromise',
        'indicator(s)',
        'ioc(s)',
        'domain(s)',
        'ip address(es)',
        'IP(s)',
        'c2|c&c|command-and-control server(s)|domain(s)|address(es)',
      ],
      examples: [
        {
          text: 'Infrastructure of TA999\nbilling-portal[.]net\nsecure-invoice[.]org\n',
          expect: { source: 'TA999', type: 'USES', target: 'secure-invoice.org' },
        },
        {
          text: 'Researchers listed the C2 domains of TA999 in their report.\n- billing-portal[.]net\n- 198.51.100[.]23\n',
          expect: { source: 'TA999', type: 'USES', target: '198.51.100.23' },
        },
      ],
    },
  ],
  infrastructureVerbs: [
    {
      phrases: [
        'registered|registers|registering',
        'set|sets|setting up',
        'stood|stands|standing up',
        'spun|spins|spinning up',
        'created|creates|creating',
        // Forms that are nouns too ("hosts", "controls", "stages") are left out.
        'bought|buys|purchased|purchases|rented',
        'operated|operates|operating',
        'controlled|controlling',
        'maintained|maintains|maintaining',
        'hosted|hosting',
        'staged|staging',
        // "The actor sent its lures from these accounts:": the accounts it sends from.
        'sent|sends|sending from',
        'sent|sends|sending emails|mails|messages|lures from',
        'sent|sends|sending its|their emails|mails|messages|lures from',
        // "Mails from the group came from the following domains:".
        'came|come|originated|originate from',
      ],
      examples: [
        {
          text: 'TA999 sends lures to engineers. The actor set up the following accounts:\nbilling.desk[@]gmail.com\nsupport.team[@]gmail.com\n',
          expect: { source: 'TA999', type: 'USES', target: 'support.team@gmail.com' },
        },
        {
          text: 'TA999 hosted its second stage on these servers: 198.51.100[.]23 and hxxps://cdn-files[.]net/s.\n',
          expect: { source: 'TA999', type: 'USES', target: 'https://cdn-files.net/s' },
        },
      ],
    },
  ],
  ownershipCompounds: [
    {
      phrases: ['controlled', 'operated', 'owned', 'registered', 'run', 'managed', 'hosted'],
      examples: [
        {
          text: 'The lures carried a link to the TA999-controlled domain billing-portal[.]net.',
          expect: { source: 'TA999', type: 'USES', target: 'billing-portal.net' },
        },
        {
          text: 'The mails came from an APT99-operated Gmail account, anna.berg[@]gmail.com, in May.',
          expect: { source: 'APT99', type: 'USES', target: 'anna.berg@gmail.com' },
        },
      ],
    },
  ],
  softwareKinds: [
    {
      phrases: [
        'hacking|attack|offensive|post-exploitation|exploitation|penetration-testing|malicious|custom tools',
        'command-line|brute-force|credential-harvesting tools',
        'post exploitation tools',
        'penetration testing tools',
        'command line tools',
        'brute force tools',
        'credential harvesting tools',
        'password dumpers',
        'stealers',
        'backdoors',
        'implants',
        'trojans',
        'RATs',
        'loaders',
        'droppers',
        'wipers',
        'web shells',
        'webshells',
        'malware families',
        'ransomware families',
      ],
      examples: [
        {
          text: 'APT99 relies on backdoors such as Blackpine and Greyfox.',
          expect: { source: 'APT99', type: 'USES', target: 'Greyfox' },
        },
        {
          text: 'In the second stage APT99 uses command-line tools, like netstat.exe or Greyfox.',
          expect: { source: 'APT99', type: 'USES', target: 'Greyfox' },
        },
        {
          text: 'To keep its access, APT99 deployed web shells such as Blackpine.',
          expect: { source: 'APT99', type: 'USES', target: 'Blackpine' },
        },
      ],
    },
  ],
  victimPlaces: [
    {
      phrases: ['located in', 'based in', 'headquartered in'],
      examples: [
        {
          text: 'APT99 targeted fewer than 40 senior engineers at a handful of aerospace suppliers located in Chile and Peru.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Peru' },
        },
        {
          text: 'APT99 targeted almost every regional water utility and most of their maintenance contractors based in Portugal.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Portugal' },
        },
      ],
    },
  ],
  unsaidUserSubjects: [
    {
      phrases: [
        'the malware|tool|backdoor|implant|payload|loader|dropper|RAT used was|is',
        'the malware|tool|backdoor|implant|payload|loader|dropper|RAT used in the attack|campaign|operation|intrusion was|is',
        'the tools|backdoors|implants|payloads used were|are',
        'the tools|backdoors|implants|payloads used in the attack|attacks|campaign|operation|intrusion were|are',
      ],
      examples: [
        {
          text: 'In May a campaign hit Chilean energy firms. It is likely the work of APT99. The malware used was "Greyfox".',
          expect: { source: 'APT99', type: 'USES', target: 'Greyfox' },
        },
        {
          text: 'APT99 sent lures to engineers in 2021. The tools used in the campaign were PlugX and ShadowPad.',
          expect: { source: 'APT99', type: 'USES', target: 'ShadowPad' },
        },
      ],
    },
  ],
  unsaidUserPurposes: [
    {
      phrases: [
        'the|this|that sample was used to target|attack|compromise|infect',
        'the|this|that sample was likely|probably|possibly used to target|attack|compromise|infect',
        'the|these|those samples were used to target|attack|compromise|infect',
        'the|these|those samples were likely|probably|possibly used to target|attack|compromise|infect',
      ],
      examples: [
        {
          text: 'APT99 sent lures to shipping firms in 2021. We assess that this sample was likely used to target the Harbour Port Authority.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour Port Authority' },
        },
      ],
    },
  ],
  indicatorPlaceLinks: [
    {
      phrases: ['as'],
      examples: [
        {
          text: 'The servers of APT99 were seen in Norway as 198.51.100[.]7 last spring.',
          expect: { source: '198.51.100.7', type: 'LOCATED_IN', target: 'Norway' },
        },
      ],
    },
  ],
  indicatorPlaceArticles: ['the'],
  indicatorPlaceEnds: ['which|that|and|in|on|at|with|from|last|since|during'],
  actorHoldings: [
    {
      phrases: ['arsenal', 'toolset', 'toolkit', 'tools', 'attacks', 'operations', 'campaigns', 'intrusions'],
      examples: [
        {
          text: "Zebrocy was built as a replacement in APT28's arsenal.",
          expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
        },
        {
          text: "Zebrocy, used in APT28's operations, spread quickly.",
          expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
        },
      ],
    },
  ],
  holdingVerbs: ['used', 'deployed', 'employed', 'leveraged'],
  holdingPrepositions: ['in', 'within', 'into', 'from'],
  holdingParticiples: [
    {
      phrases: ['owned', 'operated', 'managed', 'maintained', 'hosted'],
      examples: [
        {
          text: 'APT99 attacked servers maintained by NATO.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'NATO' },
        },
      ],
    },
  ],
  imitationWords: [
    {
      phrases: [
        'look-alike(s)',
        'lookalike(s)',
        'fake',
        'spoof|spoofed|spoofing',
        'typosquat|typosquats|typosquatted|typosquatting',
        'counterfeit',
        'imitate|imitates|imitated|imitating|imitation|imitations',
        'mimic|mimics|mimicking|mimicked',
        'impersonate|impersonates|impersonated|impersonating',
      ],
      examples: [
        {
          text: 'APT99 registered the look-alike domain wada-arna.org to phish staff of the World Anti-Doping Agency (WADA).',
          expect: { source: 'wada-arna.org', type: 'IMPERSONATES', target: 'WADA' },
        },
      ],
    },
  ],
} as const satisfies EnumerationVocabulary;
