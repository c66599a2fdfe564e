/**
 * English words of the relation triggers. What each trigger means (relation types, the side of
 * each argument, word class) is in ingest/rules/triggers.ts under the same id. Example
 * sentences are our own.
 */
import type { TriggerVocabulary } from '../types.ts';

export const triggers = {
  affiliation: {
    phrases: [
      'linked|tied|connected to',
      // "X, which Western governments tie to Y": the present with its object before it; as a
      // noun, "X has ties to Y", the same loose link. "links to" is `link-verb`.
      'tie|ties to',
      'associated with|to',
      'affiliated with',
      // "an organization working under the MOIS": a body that answers to another.
      'working|operating under',
      'subordinate to',
      // "ANSSI is attached to the SGDSN", as French "rattachée au".
      'attached to',
      // "The office answers to the ministry", "the agency reports to the ministry": a body
      // accountable to another. "reports to X" with no clause after it says nothing; the claims
      // pack keeps "reported to X that ..." a verb of saying.
      'answers|reports to',
      'answers|reports directly to',
      'under the authority of',
      // "X is an agency under the ministry": a body named by its kind, then its parent.
      'agency|body|office|service|directorate under',
      // "a group supposedly related to Iran": as loose a tie as "linked to".
      'related to',
    ],
    // "APT99 has no ties to the GRU": the article denies the link, and no one states it.
    notRightAfter: ['no'],
    // "X is linked to a blog post by Microsoft": a page that mentions X, whose author is no party.
    notBefore: [
      'a|an|the|this|that report|article|paper|study|advisory|analysis|tweet|post|story|write-up|document|statement',
      'a|an|the|this|that blog|research|news post|paper|article|report|story',
    ],
    examples: [
      {
        text: 'The agency ANSSI is attached to the SGDSN.',
        expect: { source: 'ANSSI', type: 'PART_OF', target: 'SGDSN' },
      },
      {
        text: 'APT28 is linked to the GRU.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'APT99, which Western governments tie to the GRU, sent lures to engineers.',
        expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'TA999, a group supposedly related to Iran, sent lures to engineers.',
        expect: { source: 'TA999', type: 'ATTRIBUTED_TO', target: 'Iran' },
      },
      {
        // An indicator tied to an actor is infrastructure it uses (the spec's ownsInfrastructure).
        text: 'The domain billing-portal[.]net, linked to TA999, served the lures.',
        expect: { source: 'TA999', type: 'USES', target: 'billing-portal.net' },
      },
      {
        text: 'The Harbour Cyber Office answers to the Ministry of Defence.',
        expect: { source: 'Harbour Cyber Office', type: 'PART_OF', target: 'Ministry of Defence' },
      },
      {
        text: 'The Harbour Cyber Office reports directly to the Ministry of Defence.',
        expect: { source: 'Harbour Cyber Office', type: 'PART_OF', target: 'Ministry of Defence' },
      },
      {
        text: 'The Harbour Cyber Office is a small agency under the Ministry of Defence.',
        expect: { source: 'Harbour Cyber Office', type: 'PART_OF', target: 'Ministry of Defence' },
      },
      {
        text: 'The Rana Institute, an organization working under the MOIS, wrote its own tools.',
        expect: { source: 'Rana Institute', type: 'PART_OF', target: 'MOIS' },
      },
    ],
  },
  proxy: {
    phrases: [
      // "APT28 operates on behalf of the GRU": acting for a service is being its instrument.
      'acting|acts|acted|operating|operates|operated|working|works|worked on behalf of',
      'on behalf of',
      'at the behest of',
      // "a group controlled by the GRU", "a campaign run by APT28".
      'controlled|run|funded|financed by',
      // "a troll factory serving the Kremlin"; "serving as", "serving in" say something else.
      'serving|serves',
      // "the persona was a front for the GRU": the service hides behind it.
      'a front for',
      // "a group backed by Iran": a sponsor's instrument, never a part of it ("a ministry backed
      // by the World Bank" is no part of the bank).
      'backed|sponsored by',
      // "TA999 is aligned with the IRGC", "a group that operates in support of the GRU": a state's
      // instrument, as threat reports word it.
      'is|are|was|were|likely|closely aligned with',
      'acting|acts|acted|operating|operates|operated|working|works|worked in support of',
    ],
    notBefore: ['as', 'in', 'on', 'up', 'time'],
    examples: [
      {
        text: 'APT28 operates on behalf of the GRU.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'Sandworm, a group controlled by the GRU, hit Ukrenergo.',
        expect: { source: 'Sandworm', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'APT28, a unit serving the GRU, hit NATO.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'Researchers assess that TA999 is aligned with the GRU.',
        expect: { source: 'TA999', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'TA999 is a group of hackers. The group operates in support of the GRU.',
        expect: { source: 'TA999', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'Officials concluded that APT99 was a front for the GRU.',
        expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'Sandworm, a group backed by the GRU, hit Ukrenergo.',
        expect: { source: 'Sandworm', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
    ],
  },
  responsibility: {
    phrases: [
      'behind',
      'responsible for',
      'the author of',
      // "named as the one responsible for X": the pronoun "one" stands for the subject, no noun
      // of its own.
      'the one|ones responsible for',
      // The passive of blame and of designation: "X was blamed for Y", "X was named as the
      // party responsible for Y" (the active, "blamed X for Y", is an accusation).
      'blamed for',
      'named as the one|party responsible for',
    ],
    examples: [
      {
        text: 'APT28 was behind the hack of TV5Monde.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'APT99, which has been named as the one responsible for the hack of Quillon Labs, went quiet.',
        expect: { source: 'Hack of Quillon Labs', type: 'ATTRIBUTED_TO', target: 'APT99' },
      },
      {
        text: 'APT28 was blamed for the hack of TV5Monde.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'Sandworm was named as the one responsible for the attack on Ukrenergo.',
        expect: { source: 'Hack of Ukrenergo', type: 'ATTRIBUTED_TO', target: 'Sandworm' },
      },
    ],
  },
  'self-claim': {
    phrases: [
      'claimed|claims responsibility for',
      // Wire copy: "X later took responsibility for the outage", "claimed credit for".
      'took|takes responsibility for',
      'has|have|had taken responsibility for',
      'claimed|claims credit for',
    ],
    examples: [
      {
        text: 'Lazarus claimed responsibility for the hack of Sony Pictures.',
        expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Lazarus' },
      },
      {
        text: 'Lazarus later took responsibility for the hack of Sony Pictures.',
        expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Lazarus' },
      },
    ],
  },
  'claimed-by': {
    // The passive of a claim of responsibility: the claimant's own word.
    phrases: ['claimed by'],
    examples: [
      {
        text: 'The attack on Quillon Bank was claimed by APT99 on its channel.',
        expect: { source: 'Hack of Quillon Bank', type: 'ATTRIBUTED_TO', target: 'APT99' },
      },
    ],
  },
  attribution: {
    phrases: [
      'attributed to',
      'blamed on',
      'carried out by',
      'conducted|orchestrated|perpetrated by',
      'the work of',
      'was the work of',
      // "X, which BAE attributes to Y": the relative clause's subject is the claimant.
      'attributes|attribute to',
    ],
    examples: [
      {
        text: 'The hack of TV5Monde was carried out by APT28.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'The Quillpad backdoor, which Mandiant attributes to APT28, spread in May.',
        expect: { source: 'Quillpad', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'unstated-responsibility': {
    // Responsible for nothing named, after a form of "to be": for the incident the sentence
    // told of before the name.
    phrases: ['responsible'],
    // "responsible for X" names its incident; "responsible to" and "of" say something else.
    notBefore: ['for|to|of'],
    examples: [
      {
        text: 'The hack of TV5Monde drew accusations that APT28 was responsible.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'attribution-split': {
    // The source, then the target: "attributed the hack to the SVR".
    // Not "links" or "ties": as plural nouns they open "links between A and B" and link nothing.
    phrases: [
      'attributed|attributes|linked|tied',
      'connects|connected',
      // The bare verb after a modal or "to": "might link the attacks to Lazarus".
      'to|would|could|might|may|can link|tie|connect|attribute',
    ],
    examples: [
      {
        text: 'Microsoft attributed the hack of SolarWinds to the SVR.',
        expect: { source: 'Hack of SolarWinds', type: 'ATTRIBUTED_TO', target: 'SVR' },
      },
      {
        text: 'New evidence might link the hack of the OSCE to APT28.',
        expect: { source: 'Hack of OSCE', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'In 2018 Mandiant connected APT28 to the GRU.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
    ],
  },
  'incident-by': {
    // The incident named, then its agent: "the breach of X by Y".
    phrases: ['by'],
    examples: [
      {
        text: 'The breach of the Quillon Water Authority by APT28 cut supplies for a day.',
        expect: { source: 'Hack of Quillon Water Authority', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'attributed-by': {
    // The agent, who says so, then the target: "attributed by Microsoft to APT29".
    phrases: ['attributed|linked|tied|connected|blamed by'],
    examples: [
      {
        text: 'The hack of the OSCE was linked by Mandiant to APT28.',
        expect: { source: 'Hack of OSCE', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  identification: {
    phrases: ['identified|identifies as'],
    examples: [
      {
        text: 'Turla, a group the indictment identified as Unit 12345, hid its tracks.',
        expect: { source: 'Turla', type: 'ATTRIBUTED_TO', target: 'Unit 12345' },
      },
    ],
  },
  'identification-split': {
    // The source, then "as", then the target: "identified Fancy Bear as Unit 26165".
    phrases: ['identified|identifies'],
    between: ['as'],
    examples: [
      {
        text: 'In 2019 a court filing identified APT28 as Unit 26165.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'Unit 26165' },
      },
    ],
  },
  accusation: {
    // The target, then the source: "blamed North Korea for the attack", "suspected X of the hack"
    // (a suspicion: the verb is a hedge too).
    phrases: ['blamed|blames|accused|accuses|suspected|suspects'],
    // "the suspected APT28 hack": after an article the participle is an adjective, no verb; and
    // "an actor suspected of being tied to Y" is a passive, whose accused is no object after it.
    notRightAfter: ['a', 'an', 'the'],
    notBefore: ['of', 'for'],
    examples: [
      {
        text: 'Washington blamed North Korea for the hack of Sony Pictures.',
        expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'North Korea' },
      },
      {
        text: 'Investigators suspected APT28 of the Quillon Bank breach.',
        expect: { source: 'Hack of Quillon Bank', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  registration: {
    phrases: ['registered', 'has|had registered'],
    examples: [
      {
        text: 'APT28 registered the domain fake-login.com.',
        expect: { source: 'APT28', type: 'REGISTERED', target: 'fake-login.com' },
      },
    ],
  },
  'registered-by': {
    phrases: ['registered by'],
    examples: [
      {
        text: 'The domain fake-login.com was registered by APT28.',
        expect: { source: 'APT28', type: 'REGISTERED', target: 'fake-login.com' },
      },
    ],
  },
  use: {
    phrases: [
      'used|uses|using|employed|deployed|leveraged|leveraging|deploying',
      'relies|relied on',
      'delivered|delivering|distributing',
      'exploited|exploiting|exploits',
      // Threat reports: "the group dropped X on the machines", "installed a backdoor".
      'dropped|dropping|drops|installed|installing|wielded|wielding|weaponized|weaponizing|abused|abusing',
      'relying on',
      // "Sandworm launched NotPetya against Ukraine": what is launched is the means.
      'launched|launching|unleashed|unleashing',
    ],
    // "a file kept on its Dropbox account and used to log when the malware ran": "used to" and a
    // verb has no object of its own.
    notBefore: ['to'],
    examples: [
      {
        text: 'Sandworm deployed NotPetya in Ukraine.',
        expect: { source: 'Sandworm', type: 'USES', target: 'NotPetya' },
      },
      {
        text: 'Sandworm launched NotPetya against Ukraine in 2017.',
        expect: { source: 'Sandworm', type: 'USES', target: 'NotPetya' },
      },
      {
        text: 'On the servers, Sandworm dropped Industroyer.',
        expect: { source: 'Sandworm', type: 'USES', target: 'Industroyer' },
      },
    ],
  },
  'used-by': {
    phrases: [
      'used|deployed|leveraged|employed|utilized|wielded by',
      // "a loader dropped by Quillpad", "a flaw exploited by APT28": the agent of the delivery uses it.
      'dropped|delivered|installed|loaded|downloaded|distributed|exploited|weaponized by',
    ],
    examples: [
      {
        text: 'NotPetya, a wiper deployed by Sandworm, spread fast.',
        expect: { source: 'Sandworm', type: 'USES', target: 'NotPetya' },
      },
      {
        text: 'CVE-2017-0199, a flaw exploited by APT28, let the lures run code.',
        expect: { source: 'APT28', type: 'USES', target: 'CVE-2017-0199' },
      },
    ],
  },
  'use-of': {
    phrases: [
      'use|usage|deployment of',
      // "APT28's arsenal includes X and Y": the tools an actor's kit holds are its own.
      'arsenal|toolset|toolkit include(s)|included|including',
    ],
    examples: [
      {
        text: "APT28's use of Zebrocy was documented in May.",
        expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
      },
      {
        text: "APT28's arsenal includes Zebrocy and X-Agent.",
        expect: { source: 'APT28', type: 'USES', target: 'X-Agent' },
      },
    ],
  },
  impersonation: {
    phrases: [
      'imitating|impersonating|impersonates|mimicking|spoofing',
      'posing as',
      'carried out an impersonation of',
      'imitated|imitates|impersonated|impersonate|mimicked|mimics|spoofed|spoofs',
      'posed|poses|pose|masquerading|masqueraded|masquerades|masquerade as',
    ],
    // "Microsoft was impersonated by APT35": the passive names the impostor after it.
    notBefore: ['by'],
    examples: [
      {
        text: 'The domain microsoft-update.com impersonates Microsoft.',
        expect: { source: 'microsoft-update.com', type: 'IMPERSONATES', target: 'Microsoft' },
      },
      {
        text: 'In the spring APT35 masqueraded as the BBC to reach journalists.',
        expect: { source: 'APT35', type: 'IMPERSONATES', target: 'BBC' },
      },
      {
        text: 'APT35 carried out an impersonation of the BBC to reach journalists.',
        expect: { source: 'APT35', type: 'IMPERSONATES', target: 'BBC' },
      },
    ],
  },
  targeting: {
    phrases: [
      'targeted|targeting|targets|hacking|compromising|attacked|hacked|breached|hit|struck|infiltrated|compromised|penetrated',
      'aimed at',
      'broke|broken|hacked into',
      'been inside',
      // "X has hidden inside the networks of ports in Guam": a presence kept out of sight.
      'hidden|hid|hiding|lurked|lurking inside',
      // "the group infected NATO computers", "spied on the OSCE".
      'infected|infecting|infects',
      'spied|spying|spies on',
      // "Sandworm crippled Ukrenergo", "knocked out the Ukrenergo grid".
      'crippled|crippling|paralyzed|paralysed|sabotaged|sabotaging|defaced|defacing',
      'knocked out',
      // "the regime gained access to computer systems of airlines in X": an intrusion stated by
      // what it won.
      'gained|gaining|gains|obtained|obtaining access to',
      'gained|obtained unauthorized|unauthorised access to',
      // "Sandworm interfered in the 2019 Harbour election": an election is hit through
      // interference. Only the finite verb: the noun ("interference in", "meddling in") and an
      // infinitive of purpose ("to influence the outcome of") take whatever name is before them.
      'interfered|interferes|meddled|meddles in',
      // "the service would compromise the library's network": the bare verb after "would" of
      // habit or emphatic "did"; never after a modal of guess or future ("may", "will").
      'would|did compromise|target|hack|breach|infiltrate|infect',
      // "In this APT99 campaign, the countries that received attacks were A, B and C": the
      // victims of the frame's actor, listed after the copula of a relative clause of attack.
      'that|which received|suffered attacks|cyberattacks|cyber-attacks were|included',
      'that|which were attacked|targeted|compromised were|included',
      // "X launched attacks on the websites of Y": an incident in the plural, undated, is no
      // Event of its own (rules/events.ts), but its author and victim are said all the same.
      'launched|conducted|mounted attacks|cyberattacks|cyber-attacks on|against',
      'carried out attacks|cyberattacks|cyber-attacks on|against',
    ],
    // "highly targeted campaigns": an adverb of degree makes the participle an adjective.
    notRightAfter: ['highly', 'narrowly', 'very', 'well'],
    // "the overall targeting of X campaigns detected by Y": a gerund before "of" is a noun, and
    // the name after "by" detected, it did not target.
    notBefore: ['of'],
    examples: [
      { text: 'APT28 targeted NATO.', expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' } },
      {
        text: 'APT28 infected NATO computers with a backdoor.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        text: 'In this APT99 campaign, the countries that received cyberattacks were Peru, Chile and Brunei.',
        expect: { source: 'APT99', type: 'TARGETED', target: 'Brunei' },
      },
      {
        text: 'In 2015 Sandworm crippled Ukrenergo.',
        expect: { source: 'Sandworm', type: 'TARGETED', target: 'Ukrenergo' },
      },
      {
        text: 'For years APT28 spied on the OSCE.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'OSCE' },
      },
      {
        text: 'In 2016 APT28 gained access to the mail servers of the OSCE.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'OSCE' },
      },
      {
        text: 'For years APT99 would compromise the Harbour National Library network.',
        expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour National Library' },
      },
      {
        text: 'In May APT99 launched attacks on the websites of the Bundestag.',
        expect: { source: 'APT99', type: 'TARGETED', target: 'Bundestag' },
      },
      {
        text: 'APT99 interfered in the 2019 Harbour presidential election.',
        expect: { source: 'APT99', type: 'TARGETED', target: '2019 Harbour presidential election' },
      },
      {
        text: 'Last year APT99 meddled in the Harbour 2019 parliamentary elections.',
        expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour 2019 parliamentary elections' },
      },
    ],
  },
  // "APT28 used Zebrocy to compromise NATO": the means' user is the subject (relations.ts gives
  // it to the one who used the means).
  purpose: {
    phrases: [
      // "to cyberattack organizations": the verb some reports make of the noun.
      'to target|compromise|hack|attack|breach|infiltrate|infect|penetrate|sabotage|cyberattack|cyber-attack',
      'to spy on',
      'to break into',
      // "hacked the party's mail to influence the outcome of the 2019 Harbour election": swaying
      // an election's result is an attack on the election.
      'to influence|sway|swing|alter the outcome|result|results of',
    ],
    examples: [
      {
        text: 'APT28 used Zebrocy to compromise NATO.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        text: 'APT28 tried to hack NATO.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        text: 'APT99 tried to cyberattack the Harbour Port Authority.',
        expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour Port Authority' },
      },
      {
        text: 'StoneDrill, a toolset used by APT28 to cyberattack banks in Portugal, spread fast.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'Portugal' },
      },
      {
        // The aim is the subject's, not that of the object of the verb before it.
        text: 'APT99 hacked the Liberal Party to influence the outcome of the 2019 Harbour presidential election.',
        expect: { source: 'APT99', type: 'TARGETED', target: '2019 Harbour presidential election' },
      },
    ],
  },
  goal: {
    phrases: [
      'goal|aim|objective to|of target|compromise|hack|attack|cyberattack|cyber-attack|breach|infiltrate|spy',
      'goal|aim|objective of targeting|compromising|hacking|attacking|breaching|infiltrating',
    ],
    examples: [
      {
        text: 'The campaign of APT28 began in 2016 with the main goal to compromise banks in Portugal.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'Portugal' },
      },
    ],
  },
  theft: {
    phrases: ['stole|steals|stealing|exfiltrated|exfiltrating|siphoned'],
    examples: [
      {
        text: 'Lazarus stole 81 million dollars from Bangladesh Bank in 2016.',
        expect: { source: 'Lazarus', type: 'TARGETED', target: 'Bangladesh Bank' },
      },
    ],
  },
  'lures-to': {
    phrases: [
      'sent|sends|sending lures|phishing|spear-phishing to',
      'sent|sends|sending phishing|spear-phishing|malicious emails|e-mails|messages|lures|links to',
      'sent|sends|sending spear phishing emails|e-mails|messages to',
    ],
    examples: [
      {
        text: 'Greyfin is an espionage group. In May the group sent phishing emails to journalists in Portugal.',
        expect: { source: 'Greyfin', type: 'TARGETED', target: 'Portugal' },
      },
    ],
  },
  focus: {
    phrases: [
      'focuses|focused|focusing|concentrates|concentrated|concentrating on',
      'focuses|focused on targets in',
    ],
    examples: [
      {
        text: 'Greyfin is an espionage group. Since 2019 its operations have focused on the Middle East.',
        expect: { source: 'Greyfin', type: 'TARGETED', target: 'Middle East' },
      },
    ],
  },
  'stolen-from': {
    phrases: ['stolen|exfiltrated|taken from'],
    examples: [
      {
        text: 'Babuk is a ransomware gang. In May the group released the last files stolen from the Quillon Water Authority.',
        expect: { source: 'Babuk', type: 'TARGETED', target: 'Quillon Water Authority' },
      },
    ],
  },
  opposition: {
    // "a campaign against X" is an attack on X; "a complaint against X" is a step at law.
    phrases: ['against'],
    notAfter: [
      'complaint(s)',
      'lawsuit(s)',
      'suit(s)',
      'charges',
      'case',
      'legal action',
      'proceedings',
      'appeal',
      'protest(s)',
      'sanctions',
      'accusations',
      'allegations',
      'measures',
      // "military action against Iran", "a war against X": force of arms, not an attack on systems.
      'military action',
      'war',
      'airstrikes',
    ],
    // "a unit that picks targets against the regime": the targets are the regime's enemies; the
    // regime is whom they stand against, no victim.
    notRightAfter: ['target(s)'],
    examples: [
      {
        text: 'APT28 ran a phishing campaign against NATO.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
    ],
  },
  'attack-by': {
    phrases: ['attack(s)|campaign(s)|operation(s)|intrusion(s)|hack(s) by'],
    between: ['on|against', 'on the', 'against the'],
    examples: [
      {
        text: 'Attacks by APT28 on NATO went on for a year.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
    ],
  },
  'targets-of': {
    // "Most of their targets have been in A, B and C": the owner of the targets targeted each place.
    phrases: [
      'targets have been',
      'targets have been in',
      'targets were|are in',
      'targets include|included|including',
      'victims include|included',
      'victims have been in',
      'victims were in',
      // "most of its victims are located in A or in B": where the victims are is where it struck.
      'victims are|were located|based in',
      'victims are|were usually|mostly|mainly|often located|based in',
    ],
    examples: [
      {
        text: "APT33's targets have been in Saudi Arabia.",
        expect: { source: 'APT33', type: 'TARGETED', target: 'Saudi Arabia' },
      },
      {
        text: 'APT77 has been active since 2019. Most of its victims are usually located in Portugal.',
        expect: { source: 'APT77', type: 'TARGETED', target: 'Portugal' },
      },
    ],
  },
  victim: {
    phrases: [
      'victim(s) of',
      'targeted|hacked|attacked|hit|struck|compromised|affected|infected|breached|infiltrated by',
    ],
    examples: [
      { text: 'NATO was targeted by APT28.', expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' } },
    ],
  },
  'claimed-attacks': {
    // An incident in the plural, undated, is no Event of its own (rules/events.ts) for "claimed
    // responsibility for" to attribute: the claim names the attacker and its victim directly.
    phrases: [
      'claimed|claims responsibility for attacks|cyberattacks|cyber-attacks on|against',
      'claimed|claims attacks|cyberattacks|cyber-attacks on|against',
    ],
    examples: [
      {
        text: 'Killnet claimed responsibility for attacks on the websites of the Bundestag.',
        expect: { source: 'Killnet', type: 'TARGETED', target: 'Bundestag' },
      },
      {
        text: 'Killnet claimed attacks on the websites of the Bundestag.',
        expect: { source: 'Killnet', type: 'TARGETED', target: 'Bundestag' },
      },
    ],
  },
  'holding-victim': {
    // Verbs of harm that say of a body's holdings what "breached" says of the body: the owner of
    // the subject is the target only when the subject is such a holding (rules/relations.ts).
    phrases: ['disrupted|encrypted|accessed|paralysed|paralyzed by', 'shut|knocked|taken down|offline by'],
    examples: [
      {
        text: "Harbour Bank's network was disrupted by APT99.",
        expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour Bank' },
      },
      {
        text: 'Harbour Bank said its booking systems had been shut down by APT99.',
        expect: { source: 'APT99', type: 'TARGETED', target: 'Harbour Bank' },
      },
    ],
  },
  'working-for': {
    // "is believed to work for Y": the bare verb after "to", which no post before it can be the
    // recipient of (as "wrote to the director of Y" is for `employment`).
    phrases: ['working for', 'to work for'],
    examples: [
      {
        text: 'The Justice Department charged Ivan Petrov with working for the GRU.',
        expect: { source: 'Ivan Petrov', type: 'WORKS_FOR', target: 'GRU' },
      },
      {
        text: 'APT99, a group working for the GRU, hacked NATO.',
        expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'APT99 is believed to work for the GRU.',
        expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
    ],
  },
  employment: {
    phrases: [
      'researcher|analyst at|with',
      'engineer at',
      'works|worked for',
      'works at',
      'employee of',
      'spokesman|spokeswoman|spokesperson for',
      'director of research at',
      // "X, head of threat research at Y": the head of a field at a firm works there.
      'research|intelligence at',
      'officer of|in',
      'officers of',
      'adviser|advisor at',
      'adviser to',
      'vice president at',
      // "a former KGB officer", "FBI agent X", "a Kremlin spokesman": the organisation is written
      // before the post.
      'officer|agent|operative|colonel',
      'spokesman|spokeswoman|spokesperson',
      'press secretary',
    ],
    examples: [
      {
        text: 'Vladimir Putin, a former GRU officer, spoke.',
        expect: { source: 'Vladimir Putin', type: 'WORKS_FOR', target: 'GRU' },
      },
      {
        text: 'Lena Kral, a Kremlin spokeswoman, spoke on Monday.',
        expect: { source: 'Lena Kral', type: 'WORKS_FOR', target: 'Kremlin' },
      },
      {
        text: 'John Hultquist, an analyst at Mandiant, studies APT28.',
        expect: { source: 'John Hultquist', type: 'WORKS_FOR', target: 'Mandiant' },
      },
      {
        text: 'Ana Bryce, head of threat research at Quillgrave, said the flaw was old.',
        expect: { source: 'Ana Bryce', type: 'WORKS_FOR', target: 'Quillgrave' },
      },
    ],
  },
  leadership: {
    phrases: [
      'chief executive',
      'chief executive of',
      'chief executive officer of',
      // A town's mayor heads the town: "X, mayor of Bristol".
      'director|president|chair|leader|chairman|CEO|emir|mayor of',
      'head of',
      'secretary general of',
      'secretary-general of',
      // "Anne Morel, director general of the Harbour Cyber Office", "appointed Director General of".
      'director general of',
      'director-general of',
      'who heads|runs',
      'leads|led|heads',
      'CEO',
      // "Viktor Netyksho commanded Unit 26165": a military unit's head, never one of its staff.
      'commands|commanded',
      'commander of',
    ],
    // "This tab leads to the page", "led to an outage": a way or a consequence, not a post.
    notBefore: ['to'],
    examples: [
      {
        text: 'Kevin Mandia, chief executive of Mandiant, spoke on Monday.',
        expect: { source: 'Kevin Mandia', type: 'LEADS', target: 'Mandiant' },
      },
      {
        text: 'Anne Morel, director general of the Harbour Cyber Office, spoke on Monday.',
        expect: { source: 'Anne Morel', type: 'LEADS', target: 'Harbour Cyber Office' },
      },
      {
        text: 'In 2014 Anne Morel was appointed Director General of the Harbour Cyber Office.',
        expect: { source: 'Anne Morel', type: 'LEADS', target: 'Harbour Cyber Office' },
      },
      {
        text: 'Anne Morel has led the Harbour Cyber Office since 2014.',
        expect: { source: 'Anne Morel', type: 'LEADS', target: 'Harbour Cyber Office' },
      },
      {
        text: 'Jane Holt, mayor of Bristol, said the city council had been hit.',
        expect: { source: 'Jane Holt', type: 'LEADS', target: 'Bristol' },
      },
      {
        text: 'Anne Morel commanded the Harbour Cyber Office until 2019.',
        expect: { source: 'Anne Morel', type: 'LEADS', target: 'Harbour Cyber Office' },
      },
    ],
  },
  'led-by': {
    phrases: ['led|headed|chaired|directed|commanded by'],
    examples: [
      {
        text: 'The FSB, led by Alexander Bortnikov, watches APT28.',
        expect: { source: 'Alexander Bortnikov', type: 'LEADS', target: 'FSB' },
      },
      {
        text: 'Mandiant is headed by Kevin Mandia.',
        expect: { source: 'Kevin Mandia', type: 'LEADS', target: 'Mandiant' },
      },
    ],
  },
  'led-under': {
    phrases: ['under'],
    examples: [
      {
        text: 'The leaks drew accusations that the government of Iran under Hassan Rouhani was responsible.',
        expect: { source: 'Hassan Rouhani', type: 'LEADS', target: 'Government of Iran' },
      },
    ],
  },
  succession: {
    phrases: ['succeeding'],
    examples: [
      {
        text: 'Guillaume Poupard was named director of ANSSI in 2014, succeeding Patrick Pailloux.',
        expect: { source: 'Patrick Pailloux', type: 'LEADS', target: 'ANSSI' },
      },
    ],
  },
  membership: {
    phrases: ['member of', 'a member of', 'vice president of'],
    examples: [
      {
        text: 'Ivan Petrov, a member of APT28, was charged.',
        expect: { source: 'Ivan Petrov', type: 'MEMBER_OF', target: 'APT28' },
      },
    ],
  },
  founding: {
    phrases: ['co-founder|cofounder|founder of', 'who co-founded', 'founded|co-founded'],
    examples: [
      {
        text: 'In 2011, Omar Haddad founded CrowdStrike.',
        expect: { source: 'Omar Haddad', type: 'FOUNDED', target: 'CrowdStrike' },
      },
    ],
  },
  'founded-by': {
    phrases: ['founded|co-founded|created by', 'founded in'],
    examples: [
      {
        text: 'CrowdStrike was founded by Omar Haddad.',
        expect: { source: 'Omar Haddad', type: 'FOUNDED', target: 'CrowdStrike' },
      },
    ],
  },
  part: {
    phrases: ['subsidiary|unit|division|part of', 'a unit of', 'branch|arm|directorate|department of'],
    examples: [
      {
        text: 'Sandworm is a unit of the GRU.',
        expect: { source: 'Sandworm', type: 'PART_OF', target: 'GRU' },
      },
      {
        text: 'The CESG was the branch of GCHQ that secured government networks.',
        expect: { source: 'CESG', type: 'PART_OF', target: 'GCHQ' },
      },
    ],
  },
  location: {
    phrases: [
      'based|headquartered|located in',
      'based|headquartered|located at',
      'operates|operating from',
      // "Mandiant, with its headquarters in Reston, ...", "Mandiant has its head office in Reston".
      'has|had|with its headquarters|seat in|at',
      'has|had|with its head office in|at',
      // "Kestrel Bank, whose headquarters are in Oslo, ...": a relative clause on the seat.
      'whose headquarters|seat is|are|was|were in|at',
      'whose headquarters|seat is|are|was|were located in|at',
      'whose head office is|was in|at',
      // "The party was founded in Lebanon": where a body began is where it is from; an
      // organisation "born in" a country was founded there.
      'was|were founded|formed|established|born in',
    ],
    examples: [
      {
        text: 'Kaspersky, with its headquarters in Moscow, tracks APT28.',
        expect: { source: 'Kaspersky', type: 'LOCATED_IN', target: 'Moscow' },
      },
      {
        text: 'The Harbour Cyber Office was located at Fornebu until 2001.',
        expect: { source: 'Harbour Cyber Office', type: 'LOCATED_IN', target: 'Fornebu' },
      },
      {
        text: 'Kestrel Bank, whose headquarters are in Oslo, was hit by APT28.',
        expect: { source: 'Kestrel Bank', type: 'LOCATED_IN', target: 'Oslo' },
      },
      {
        text: 'Kaspersky has its head office in Moscow.',
        expect: { source: 'Kaspersky', type: 'LOCATED_IN', target: 'Moscow' },
      },
      {
        text: 'The Harbour Front is a militant group. This militant group was born in Lebanon in 1990 as a party.',
        expect: { source: 'Harbour Front', type: 'LOCATED_IN', target: 'Lebanon' },
      },
      {
        text: 'Flashpoint, a firm based in New York, tracks Lazarus.',
        expect: { source: 'Flashpoint', type: 'LOCATED_IN', target: 'New York' },
      },
      {
        // A name alone in brackets glosses the name before it and ends no clause.
        text: 'The Federal Security Service (FSB) is headquartered in Moscow.',
        expect: { source: 'Federal Security Service', type: 'LOCATED_IN', target: 'Moscow' },
      },
    ],
  },
  seat: {
    phrases: ['the headquarters of'],
    between: ['is|are in', 'is|are located in'],
    examples: [
      {
        text: 'The headquarters of the FSB are in Moscow.',
        expect: { source: 'FSB', type: 'LOCATED_IN', target: 'Moscow' },
      },
    ],
  },
  publication: {
    phrases: ['published|posted|leaked|released'],
    examples: [
      {
        text: 'APT28 published stolen emails on the domain fake-leaks.com.',
        expect: { source: 'APT28', type: 'PUBLISHED', target: 'fake-leaks.com' },
      },
    ],
  },
  'published-by': {
    phrases: [
      'published|posted|leaked|shared|released by',
      // "the documents were released through WikiLeaks": the site that put them out.
      'published|posted|leaked|shared|released through|via',
    ],
    examples: [
      {
        text: 'The domain fake-leaks.com was posted by APT28.',
        expect: { source: 'APT28', type: 'PUBLISHED', target: 'fake-leaks.com' },
      },
      {
        text: 'The hack of the Liberal Party was found in May. The stolen emails were released through WikiLeaks.',
        expect: { source: 'WikiLeaks', type: 'PUBLISHED', target: 'Hack of Liberal Party' },
      },
    ],
  },
  resolution: {
    phrases: ['resolves|resolved|resolving|pointed|points to', 'hosted on|at'],
    examples: [
      {
        text: 'The domain fake-login.com resolves to 185.86.148.227.',
        expect: { source: 'fake-login.com', type: 'RESOLVES_TO', target: '185.86.148.227' },
      },
    ],
  },
  suffering: {
    // "after suffering the Stuxnet attack": who suffers an attack is its target.
    phrases: ['suffered|suffering|suffers', 'fell victim to'],
    examples: [
      {
        text: 'Maersk suffered a NotPetya infection.',
        expect: { source: 'NotPetya', type: 'TARGETED', target: 'Maersk' },
      },
    ],
  },
  'link-verb': {
    // "X, which Microsoft links to Y", "officials link X to Y" is `attribution-split`.
    phrases: ['link|links to'],
    // "a link to X", "no links to X": the noun, of a tie suggested or denied; "links to a blog
    // post", "links to an article": a page pointing to another.
    notRightAfter: ['a', 'no', 'any'],
    notBefore: ['a', 'an'],
    examples: [
      {
        text: 'APT99, which Quillsec links to the GRU, sent lures to engineers.',
        expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
    ],
  },
  'personal-role': {
    // Sanctions and charges: "sanctioned X over his role in the hack of Y".
    phrases: ['his|her role|part in'],
    examples: [
      {
        text: 'The Treasury sanctioned Ivan Orlov over his role in the hack of Quillon Bank.',
        expect: { source: 'Hack of Quillon Bank', type: 'ATTRIBUTED_TO', target: 'Ivan Orlov' },
      },
    ],
  },
  'lures-from': {
    phrases: [
      'received|receive|receives|got phishing|spear-phishing|malicious emails|e-mails|messages|lures|links from',
      'received|receive|receives|got spear phishing emails|e-mails|messages from',
    ],
    examples: [
      {
        text: 'Staff at Quillon Bank received phishing emails from APT99 in May.',
        expect: { source: 'APT99', type: 'TARGETED', target: 'Quillon Bank' },
      },
    ],
  },
} as const satisfies TriggerVocabulary;
