/**
 * Trap sentences: the ways news and reports word a relation without stating it as a fact, or
 * name a party who is no end of it. Each sentence (our own words) expects exactly the relation
 * lines listed, with modality and claimants, and no other: a wrong edge here is a wrong
 * attribution in a user's graph. The classes: a researcher's employer is the claimant, never
 * an argument; a claimant outside the clause of its verb; hedges; denials; generic phrases
 * that are no entity; reported speech; questions and conditions; negations and missing proof.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../graph-schema/model.ts';
import { relationLines } from './relation-lines-harness.ts';

interface Trap {
  trap: string;
  text: string;
  /** Every relation the sentence must give, as "TYPE source -> target modality [claimants]". */
  expect: readonly string[];
  /** Why the extractor does not give `expect` yet: the test then checks that it still does not. */
  gap?: string;
}

const TRAPS: Record<Extract<LanguageTag, 'en' | 'fr' | 'ar'>, readonly Trap[]> = {
  en: [
    {
      trap: 'a ministry phishing its own staff as a test targets nobody',
      text: 'The Ministry of Defence sent phishing emails to its staff in Portugal as a test.',
      expect: [],
    },
    {
      trap: 'a newspaper’s focus is no target',
      text: 'The New York Times focuses on Israel.',
      expect: [],
    },
    {
      trap: '"the tool" a vendor releases is not the malware named before',
      text: 'Turla used Mimikatz in 2020. Microsoft released the tool that detects it.',
      expect: ['USES Turla -> Mimikatz asserted []'],
    },
    {
      trap: '"its ties" after a country named since the actor are the country’s',
      text: 'Turla is a Russian group. Later Estonia denied its ties to the GRU.',
      expect: [],
    },
    {
      trap: 'a publisher of stolen e-mails is no thief',
      text: 'WikiLeaks published thousands of emails stolen from the Ministry of Defence of Estonia.',
      expect: [],
    },
    {
      trap: 'a tool stolen from an agency makes its user no thief',
      text: 'Lazarus used EternalBlue, an exploit stolen from the NSA.',
      expect: ['USES Lazarus Group -> EternalBlue asserted []'],
    },
    {
      trap: 'a campaign whose attribution is denied is no one’s doing',
      text: 'Early in 2021 a malicious campaign hit energy firms in Chile. This campaign is not attributed to APT77.',
      expect: [],
    },
    {
      trap: 'a campaign attributed only under a condition is no one’s doing',
      text: 'Early in 2021 a malicious campaign hit energy firms in Chile. If this campaign is attributed to APT77, sanctions will follow.',
      expect: [],
    },
    {
      trap: 'a view aligned with a vendor is no instrument of it',
      text: "Proofpoint's view of TA499 is aligned with Mandiant.",
      expect: [],
    },
    {
      trap: 'a body working in support of an alliance is no instrument of it',
      text: 'The Ministry of Defence works in support of NATO.',
      expect: [],
    },
    {
      trap: '"its infrastructure" after a victim named since the actor is the victim’s',
      text: 'Turla breached the Ministry of Defence of Estonia. Its infrastructure includes billing-portal[.]net.',
      expect: ['TARGETED Turla -> Ministry of Defence of Estonia asserted []'],
    },
    {
      trap: 'a name inside a list of victims keeps its comma a clause break',
      text: 'Turla hacked the servers, then Sandworm hit banks and insurers in Chile.',
      expect: ['TARGETED Sandworm Team -> Chile asserted []'],
    },
    {
      trap: 'a reference by the head noun of the subject a lead defines is that subject, not the actor named last',
      text: 'The Quillon Bank robbery was a theft of funds in 2019. Turla had been seen on the network a year before. The robbery was later attributed to APT99.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Bank -> APT99 asserted []',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: '"X is behind the hack" defines no subject: "the hack" stays the incident',
      text: 'APT99 is behind the hack of the Harbour Bank. Later the hack was attributed to Turla by investigators.',
      expect: [
        'ATTRIBUTED_TO Hack of Harbour Bank -> APT99 asserted []',
        'ATTRIBUTED_TO Hack of Harbour Bank -> Turla reported []',
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
      ],
    },
    {
      trap: '"this campaign" after a named campaign and another actor is the campaign',
      text: 'Analysts followed the Bluefin campaign against shipping firms. Turla was active that year too. This campaign was attributed to APT99.',
      expect: ['ATTRIBUTED_TO Bluefin campaign -> APT99 asserted []'],
    },
    {
      trap: 'a state’s long name is not the neighbour named inside it',
      text: 'TA406 is an actor associated with the Democratic People’s Republic of Korea.',
      expect: ['ATTRIBUTED_TO TA406 -> North Korea asserted []'],
    },
    {
      trap: 'a claimant inside a relative clause claims nothing outside it',
      text: 'Lazarus Group, which the FBI says is tied to North Korea, targeted Sony Pictures.',
      expect: [
        'ATTRIBUTED_TO Lazarus Group -> North Korea reported [FBI]',
        'TARGETED Lazarus Group -> Sony Pictures asserted []',
      ],
    },
    {
      trap: 'the subject of an act is its agent, not a claimant, and no name further back is',
      text: "The FBI's claim that North Korea hacked Sony Pictures was disputed.",
      expect: [],
    },
    {
      trap: 'a rejected claim stays its author’s',
      text: 'Moscow rejected claims by Washington that APT29 targeted the State Department.',
      expect: [
        'DENIES Moscow -> APT29 denied [Moscow]',
        'TARGETED APT29 -> US Department of State reported [Washington]',
      ],
    },
    {
      trap: '"used to" and a verb has no object: the service a file sits on uses nothing',
      text: 'Analysts found a malware called Quillbot. A file is maintained on the malware’s Dropbox account and used to document when the malware was active.',
      expect: [],
    },
    {
      trap: 'counterfactual: would have',
      text: 'APT28 would have targeted NATO had it not been stopped.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'a quote closed by its speaker',
      text: '"APT28 targeted NATO," said Jens Stoltenberg.',
      expect: ['TARGETED APT28 -> NATO reported [Jens Stoltenberg]'],
    },
    {
      trap: 'generic phrase: the Threat Actor',
      text: 'Security Researchers believe the Threat Actor used Cobalt Strike.',
      expect: [],
    },
    {
      trap: 'a spokesman’s post is held by no incident',
      text: 'Moscow denied any link to the attack on TV5Monde, while the spokesman for President Vladimir Putin called the accusations baseless.',
      expect: [
        'DENIES Moscow -> Hack of TV5Monde denied [Moscow]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'employer of an unnamed analyst',
      text: 'A senior analyst with CrowdStrike said APT29 was behind the attack on the Democratic National Committee.',
      expect: [
        'ATTRIBUTED_TO Hack of Democratic National Committee -> APT29 reported [CrowdStrike]',
        'TARGETED Hack of Democratic National Committee -> Democratic National Committee asserted []',
      ],
    },
    {
      trap: 'claimant before a participle clause',
      text: 'After accusing North Korea of being behind the hack of Sony Pictures, Washington imposed sanctions.',
      expect: [
        'ATTRIBUTED_TO Hack of Sony Pictures -> North Korea reported [Washington]',
        'TARGETED Hack of Sony Pictures -> Sony Pictures asserted []',
      ],
    },
    {
      trap: 'claimant inside a relative clause',
      text: 'APT33, which Microsoft has linked to Iran, targeted Saudi Aramco.',
      expect: [
        'ATTRIBUTED_TO APT33 -> Iran reported [Microsoft]',
        'TARGETED APT33 -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'hedge: may be tied to',
      text: 'The attack on Colonial Pipeline may be tied to DarkSide.',
      expect: [
        'ATTRIBUTED_TO Hack of Colonial Pipeline -> DarkSide suspected []',
        'TARGETED Hack of Colonial Pipeline -> Colonial Pipeline asserted []',
      ],
    },
    {
      trap: 'hedge: potentially connected to',
      text: 'The intrusion at Maersk was potentially connected to Sandworm.',
      expect: [
        'ATTRIBUTED_TO Hack of Maersk -> Sandworm Team suspected []',
        'TARGETED Hack of Maersk -> Maersk asserted []',
      ],
    },
    {
      trap: 'hedge: is believed to',
      text: 'APT41 is believed to have targeted Airbus.',
      expect: ['TARGETED APT41 -> Airbus suspected []'],
    },
    {
      trap: 'denial of involvement',
      text: 'Russia denied any involvement in the attack on the Bundestag.',
      expect: [
        'DENIES Russia -> Hack of Bundestag denied [Russia]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'a denial clears the accused actor, not its victim',
      text: 'Beijing has denied that APT40 hacked the servers of Microsoft.',
      expect: [
        'DENIES Beijing -> Leviathan denied [Beijing]',
        'TARGETED Leviathan -> Microsoft denied [Beijing]',
      ],
    },
    {
      trap: 'allegations commented on by no one',
      text: 'Tehran did not comment on allegations that APT33 targeted Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: 'generic phrase: Advanced Persistent Threat',
      text: 'The Advanced Persistent Threat actor used Mimikatz against the Ministry of Defence.',
      expect: [],
    },
    {
      trap: 'targets picked against a party: the party is whom they oppose, no victim',
      text: 'The Harbour Watch Office is a unit of the IRGC focused on the identification of targets against the government of Iran.',
      expect: ['PART_OF Harbour Watch Office -> Islamic Revolutionary Guard Corps asserted []'],
    },
    {
      trap: 'generic phrase: the Service',
      text: 'The Service did not comment on the breach of SolarWinds.',
      expect: ['TARGETED Hack of SolarWinds -> SolarWinds asserted []'],
    },
    {
      trap: 'open question: unclear if',
      text: 'It is unclear if Russia was behind the attack on Maersk.',
      expect: [],
    },
    {
      trap: 'question',
      text: 'Was China responsible for the breach of the Office of Personnel Management?',
      expect: [],
    },
    {
      trap: 'quoted question of a journalist',
      text: 'The journalist asked: "Did APT28 hack TV5Monde?"',
      expect: [],
    },
    {
      trap: 'condition',
      text: 'If North Korea was behind the hack of Sony Pictures, sanctions would follow.',
      expect: [],
    },
    {
      trap: 'no evidence',
      text: 'There is no evidence that Iran was behind the attack on Saudi Aramco.',
      expect: [],
    },
    {
      trap: 'negated attribution',
      text: 'Investigators have not attributed the attack on Ukrenergo to Sandworm.',
      expect: ['TARGETED Hack of Ukrenergo -> Ukrenergo asserted []'],
    },
    {
      trap: 'a warning is its speaker’s word',
      text: 'Microsoft warned that APT28 targeted NATO.',
      expect: ['TARGETED APT28 -> NATO reported [Microsoft]'],
    },
    {
      trap: 'a main clause after a condition is stated',
      text: 'If the report is right, APT28 targeted NATO.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'a negation closed by its denier',
      text: 'APT28 was not behind the attack on TV5Monde, the Kremlin said.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 denied [Kremlin]',
        'DENIES Kremlin -> APT28 denied [Kremlin]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'a rejected claim with no author is the denier’s denial, not its claim',
      text: 'Moscow rejected claims that APT29 targeted the State Department.',
      expect: [
        'DENIES Moscow -> APT29 denied [Moscow]',
        'TARGETED APT29 -> US Department of State denied [Moscow]',
      ],
    },
    {
      trap: 'dismissed reports',
      text: 'The Kremlin dismissed reports that APT28 targeted NATO.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> NATO denied [Kremlin]'],
    },
    {
      trap: 'hypothetical: were behind',
      text: 'If Russia were behind the attack on TV5Monde, France would respond.',
      expect: [],
    },
    {
      trap: 'question with a modal',
      text: 'Could APT28 have hacked NATO?',
      expect: [],
    },
    {
      trap: 'speculation by unnamed officials',
      text: 'Some officials speculated that APT29 targeted the State Department.',
      expect: ['TARGETED APT29 -> US Department of State suspected []'],
    },
    {
      trap: 'the passive of blame',
      text: 'APT28 was blamed for the attack on TV5Monde.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'the passive of an accusation',
      text: 'APT28 was accused of hacking NATO.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'named as the one responsible, by no one named',
      text: 'Sandworm was named as the one responsible for the attack on Ukrenergo.',
      expect: [
        'ATTRIBUTED_TO Hack of Ukrenergo -> Sandworm Team reported []',
        'TARGETED Hack of Ukrenergo -> Ukrenergo asserted []',
      ],
    },
    {
      trap: 'an unnamed official told a newspaper: reported, the newspaper no party',
      text: 'APT28 targeted NATO, a French official told Le Monde.',
      expect: ['TARGETED APT28 -> NATO reported []'],
    },
    {
      trap: 'an official of a named body told a news agency',
      text: 'APT28 targeted NATO, an official at the State Department told Reuters.',
      expect: ['TARGETED APT28 -> NATO reported [US Department of State]'],
    },
    {
      trap: 'a hedge of an earlier clause does not hedge an attribution with its own subject',
      text: 'The campaign is possibly tied to APT33, but the report describes the Blackpine backdoor, which Microsoft attributes to North Korea.',
      expect: ['ATTRIBUTED_TO Blackpine -> North Korea reported [Microsoft]'],
    },
    {
      trap: 'linked to attacks on a body: the victim is no party of the link',
      text: 'APT28 was linked to attacks on the Bundestag.',
      expect: [],
    },
    {
      trap: 'negation: was not behind',
      text: 'Russia was not behind the hack of the Bundestag.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'a judgement graded below high confidence is a suspicion of its speaker',
      text: 'Security firm Mandiant has said with a medium level of confidence that APT28 is tied to the GRU.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU suspected [Mandiant]'],
    },
    {
      trap: 'a comma before "and" opens no apposition: every speaker of the list speaks',
      text: 'The ministry as well as security firms ESET, Kaspersky, and Mandiant, have also said APT28 is tied to the GRU.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU reported [ESET, Kaspersky, Mandiant]'],
    },
    {
      trap: '"according to the researchers" carries the claimant of the researchers named before',
      text: 'Mandiant researchers reported a new campaign. It spread quickly. According to the researchers, APT28 used Zebrocy.',
      expect: ['USES APT28 -> Zebrocy reported [Mandiant]'],
    },
    {
      trap: 'the antecedent of a relative clause with its own verb says nothing',
      text: 'Mandiant researchers reported a campaign by APT41 which involves exploits of recently disclosed flaws. According to the researchers, APT41 used Cobalt Strike.',
      expect: ['USES APT41 -> Cobalt Strike reported [Mandiant]'],
    },
    {
      trap: 'an active attribution by unnamed analysts is reported, not asserted',
      text: 'Analysts attributed the breach of Maersk to Sandworm.',
      expect: [
        'ATTRIBUTED_TO Hack of Maersk -> Sandworm Team reported []',
        'TARGETED Hack of Maersk -> Maersk asserted []',
      ],
    },
    {
      trap: 'the agent of a linking passive ("linked by X to attacks") makes the link and attacks nothing',
      text: 'The implant was linked by Mandiant to attacks against NATO.',
      expect: [],
    },
    {
      trap: 'a list of sources',
      text: 'According to Mandiant, CrowdStrike and Microsoft, APT28 targeted NATO.',
      expect: ['TARGETED APT28 -> NATO reported [CrowdStrike, Mandiant, Microsoft]'],
    },
    {
      trap: '"the operators behind X" are X\'s own people: what they used is not attributed to X',
      text: 'Turla is a threat group active since 2008. The operators behind Turla used a backdoor called Reedcask.',
      expect: ['USES Turla -> Reedcask asserted []'],
    },
    {
      trap: '"the group behind the hack" still takes the hack it qualifies, and no tool used after it',
      text: 'APT99 is a threat group active since 2008. The group behind the hack of the Harbour Bank used the Reedcask backdoor.',
      expect: [
        'ATTRIBUTED_TO Hack of Harbour Bank -> APT99 asserted []',
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
        'USES APT99 -> Reedcask asserted []',
      ],
    },
    {
      trap: 'the agent of a participle set off by commas is no subject of the verb after it',
      text: 'The intrusions, first reported by Microsoft last week, targeted NATO.',
      expect: [],
    },
    {
      trap: 'a description of a group after a victim is said of no victim',
      text: 'APT28 targeted NATO, a group linked to the GRU.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'the word that says what kind of group a description is relates no name',
      text: 'APT28 targeted NATO, a hacking group tied to the GRU.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'an outlet citing sources between its verb and "that" is the claimant',
      text: 'Reuters reported, citing unnamed officials, that APT28 targeted NATO.',
      expect: ['TARGETED APT28 -> NATO reported [Reuters]'],
    },
    {
      trap: 'a list of states after "related to" is no place inside another',
      text: 'The leak held files related to their candidates in Florida, Ohio, Nevada and Utah, and more.',
      expect: [],
    },
    {
      trap: 'a country that says there was an incident is not where it happened',
      text: 'Norway said there was an intrusion into the harbour registry.',
      expect: [],
    },
    {
      trap: 'what took place is no incident unless it is one: a meeting places nobody',
      text: 'APT99 officials met Quillsec staff. The meeting took place in Paris.',
      expect: [],
    },
    {
      trap: 'a demonym opening a body’s name closed by its head word is part of the name',
      text: 'APT99 targeted the Norwegian Refugee Council.',
      expect: ['TARGETED APT99 -> Norwegian Refugee Council asserted []'],
    },
    {
      trap: 'a body with a place in its name is not in the place a sentence opens on',
      text: 'In Ukraine, the European Commission sent experts.',
      expect: [],
    },
    {
      trap: 'a body named after "from" is not in the place a sentence opens on',
      text: 'In Ukraine, investigators from the Harbour Bureau of Inquiry helped.',
      expect: [],
    },
    {
      trap: 'a sea named after a country is not that country',
      text: 'APT99 targeted shipping firms in the Gulf of Oman.',
      expect: ['TARGETED APT99 -> Gulf of Oman asserted []'],
    },
    {
      trap: 'a denial of a claim names no author of the deed',
      text: 'The Kremlin rejected claims that it was behind the hack of the Harbour Bank.',
      expect: [
        'DENIES Kremlin -> Hack of Harbour Bank denied [Kremlin]',
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
      ],
    },
    {
      trap: 'a question whether an actor was behind an attack states nothing',
      text: 'Was APT99 behind the attack on the Quillon Port Authority?',
      expect: [],
    },
    {
      trap: 'a condition in the subjunctive states nothing',
      text: 'If APT99 were behind the breach of the Harbour Bank, sanctions would follow.',
      expect: [],
    },
    {
      trap: "an unnamed official's statement is reported, not the article's own",
      text: 'The minister said Turla was responsible for the intrusion at the Foreign Office.',
      expect: [
        'ATTRIBUTED_TO Hack of Foreign Office -> Turla reported []',
        'TARGETED Hack of Foreign Office -> Foreign Office asserted []',
      ],
    },
    {
      trap: 'an expert ruling out a role ascribes nothing',
      text: 'An independent expert ruled out any role for APT28 in the outage at the Harbour Bank.',
      expect: [],
    },
    {
      trap: 'two actors in one clause: only the one the verb follows is the agent',
      text: 'Turla and APT99 were both active in March, but only APT99 targeted the Quillon Port Authority.',
      expect: ['TARGETED APT99 -> Quillon Port Authority asserted []'],
    },
    {
      trap: 'a victim who worked with a research lab is no part of it',
      text: 'The journalist Sami Haddad, who was working with Citizen Lab, said his phone had been infected.',
      expect: [],
    },
    {
      trap: '"backed by" ascribes an actor to its sponsor',
      text: 'APT99, a group backed by Iran, targeted the Quillon Port Authority.',
      expect: [
        'ATTRIBUTED_TO APT99 -> Iran asserted []',
        'TARGETED APT99 -> Quillon Port Authority asserted []',
      ],
    },
    {
      trap: '"backed by" makes no body part of its backer',
      text: 'The Greek coast guard, backed by the European Union, rescued dozens of migrants.',
      expect: [],
    },
    {
      trap: 'a ministry backed by a bank is no part of it',
      text: 'The Ministry of Health, backed by the World Bank, opened a clinic.',
      expect: [],
    },
    {
      trap: 'no evidence of an attack states none',
      text: 'There is no evidence that APT99 targeted the Harbour Bank.',
      expect: [],
    },
    {
      trap: 'an open inquiry whether an actor was behind states nothing',
      text: 'Officials have yet to determine whether Turla was behind the breach.',
      expect: [],
    },
    {
      trap: 'a company denying its software was used against a person gives no edge',
      text: 'The company denied that its Pegasus software was used against the journalist Sami Haddad.',
      expect: [],
    },
    {
      trap: 'a newspaper citing unnamed officials with "may have" suspects',
      text: 'According to the newspaper, which cited unnamed officials, APT99 may have targeted the Harbour Bank.',
      expect: ['TARGETED APT99 -> Harbour Bank suspected []'],
    },
    {
      trap: 'critics questioning whether a state could have attacked state nothing',
      text: 'Critics of the report questioned whether North Korea could have carried out the attack on the Harbour Bank.',
      expect: [],
    },
    {
      trap: 'a phone never infected, with a long subject, was not targeted',
      text: 'The phone of the well-known journalist Sami Haddad was never infected with Pegasus.',
      expect: [],
    },
    {
      trap: '"it is unclear who was behind" names no author',
      text: 'It is unclear who was behind the attack on the Quillon Port Authority.',
      expect: ['TARGETED Hack of Quillon Port Authority -> Quillon Port Authority asserted []'],
    },
    {
      trap: "a state funding a ministry makes it no part of the state's body",
      text: 'The ministry, funded by the World Bank, launched a new programme.',
      expect: [],
    },
    {
      trap: "analysts' speculation without proof ascribes nothing asserted",
      text: 'APT99 could be behind the attack, some analysts speculate, though none offered proof.',
      expect: [],
    },
    {
      trap: 'an accusation rejected in the same sentence names no incident',
      text: 'Washington accused Moscow of the attack, a charge Moscow rejected.',
      expect: [],
    },
    {
      trap: 'nobody claiming an attack claims nothing',
      text: 'Nobody has claimed responsibility for the hack of the Harbour Bank.',
      expect: ['TARGETED Hack of Harbour Bank -> Harbour Bank asserted []'],
    },
    {
      trap: 'researchers who attributed an attack to no group ascribe nothing',
      text: 'The researchers did not attribute the hack of the Harbour Bank to any group.',
      expect: ['TARGETED Hack of Harbour Bank -> Harbour Bank asserted []'],
    },
    {
      trap: 'a hedge inside a rejected claim is rejected with it, never the denier’s suspicion',
      text: 'Moscow rejected claims that APT28 may have been behind the hack of the Harbour Bank.',
      expect: [
        'ATTRIBUTED_TO Hack of Harbour Bank -> APT28 denied [Moscow]',
        'DENIES Moscow -> APT28 denied [Moscow]',
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
      ],
    },
    {
      trap: 'a victim named with the firm it is a client of: the firm was not hacked',
      text: 'The Harbour Bank, a client of CrowdStrike, was hacked last year.',
      expect: ['TARGETED Hack of Harbour Bank -> Harbour Bank asserted []'],
    },
    {
      trap: 'an attack on the firm that made an attribution: the firm claims it, the attack ascribes nothing',
      text: 'Mandiant, which attributed the Harbour Bank hack to APT99, was itself attacked.',
      expect: [
        'ATTRIBUTED_TO Hack of Harbour Bank -> APT99 reported [Mandiant]',
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
      ],
    },
    // A verb of suspicion gives its subject as the one who holds the suspicion.
    {
      trap: 'the subject of "suspects that" holds the suspicion',
      text: 'Mandiant suspects that APT33 targeted Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected [Mandiant]'],
    },
    {
      trap: '"it is suspected that" is held by no one',
      text: 'It is suspected that APT33 targeted Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    // A negation governs its predicate past an aside set off by commas.
    {
      trap: 'an aside between "not" and the participle keeps the negation',
      text: 'TV5Monde has not, as far as anyone knows, been targeted by APT28.',
      expect: [],
    },
    {
      trap: 'a negation past an aside is still its speaker’s denial',
      text: 'Microsoft said that NATO has not, so far, been targeted by APT28.',
      expect: ['DENIES Microsoft -> APT28 denied [Microsoft]', 'TARGETED APT28 -> NATO denied [Microsoft]'],
    },
    // Attributions questioned, supposed, hedged, denied, withdrawn or still to come; another
    // actor's earlier deed, a comparison, a researcher's employer, a victim who speaks, a false
    // flag, copycats, lists of suspects; negation up to "but" and doubts written after the claim.
    {
      trap: 'a question names a suspect and states nothing',
      text: 'Was APT28 behind the hack of the Bundestag?',
      expect: [],
    },
    {
      trap: 'a question with a modal states nothing',
      text: 'Could North Korea have hacked Sony Pictures?',
      expect: [],
    },
    {
      trap: 'a question offering another culprit states nothing',
      text: 'Did Iran target Saudi Aramco, or was it someone else?',
      expect: [],
    },
    {
      trap: 'a suspect named after a question is pointed to, not stated',
      text: 'Who hacked TV5Monde? Some analysts point to APT28.',
      expect: [],
    },
    {
      trap: 'a hypothesis with "if ... were" states nothing',
      text: 'If APT28 were behind the attack on the Bundestag, NATO would respond.',
      expect: [],
    },
    {
      trap: '"even if" raises an attribution without making it',
      text: 'Even if North Korea was behind the hack of Sony Pictures, the damage was done.',
      expect: [],
    },
    {
      trap: 'a supposition states nothing',
      text: 'Assuming APT33 targeted Saudi Aramco, the motive is unclear.',
      expect: [],
    },
    {
      trap: '"believed by some" is a hedge, not a report by someone named',
      text: 'APT33 is believed by some to have targeted Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: 'what unnamed experts think may have happened is suspected',
      text: 'Some experts think that APT28 may have hacked TV5Monde.',
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: '"widely thought" is a hedge',
      text: 'APT28 is widely thought to be linked to the GRU.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU suspected []'],
    },
    {
      trap: 'the accused denying any role denies, and is no author',
      text: 'Moscow denied any role in the hack of the Bundestag.',
      expect: [
        'DENIES Moscow -> Hack of Bundestag denied [Moscow]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'the accused denying the hack in a clause of its own states nothing',
      text: 'Pyongyang denied that it hacked Sony Pictures.',
      expect: [],
    },
    {
      trap: 'accusations rejected by the accused are not stated',
      text: 'Iran rejected accusations that it targeted Saudi Aramco.',
      expect: [],
    },
    {
      trap: 'claims dismissed by a third party are denied by it',
      text: 'The Kremlin dismissed claims that APT28 hacked TV5Monde as nonsense.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> TV5Monde denied [Kremlin]'],
    },
    {
      trap: 'a negated hack closed by a speaker states nothing',
      text: 'APT28 did not hack TV5Monde, the Kremlin said.',
      expect: [],
    },
    {
      trap: "an attribution its author later withdrew is only suspected, still the author's",
      text: 'Mandiant first blamed APT33 for the attack on Saudi Aramco, but later withdrew the claim.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected [Mandiant]',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'a retracted report vouches for nothing',
      text: 'Microsoft retracted its report that APT28 targeted NATO.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'what an attack "could be blamed on" is suspected, and the victim is no claimant',
      text: 'The attack on Saudi Aramco could be blamed on APT33.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'an attribution that may come later is not made',
      text: 'The hack of the Bundestag may later be attributed to APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'a possible future target is no target',
      text: 'APT28 might target NATO next year.',
      expect: [],
    },
    {
      trap: 'a probable future attack is no attack',
      text: 'APT28 will probably target NATO again.',
      expect: [],
    },
    {
      trap: "an actor's earlier attack in a relative clause is stated; the denied one is not",
      text: 'APT28, which hacked the Bundestag in 2015, was not involved in the attack on TV5Monde.',
      expect: [
        'TARGETED APT28 -> Bundestag asserted []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'the actor a comparison names did not do what the main clause says',
      text: 'Like Lazarus Group before it, the new group hacked Sony Pictures.',
      expect: [],
    },
    {
      trap: "a comparison opening the sentence leaves the main clause's subject alone",
      text: 'Unlike APT28, Turla hacked the Bundestag.',
      expect: ['TARGETED Turla -> Bundestag asserted []'],
    },
    {
      trap: 'a comparison with no named subject after it gives the compared actor nothing',
      text: 'Like APT28, the new group hacked the Bundestag.',
      expect: [],
    },
    {
      trap: "a researcher's employer claims, and is no argument",
      text: 'John Smith, a researcher at Mandiant, said APT28 targeted NATO.',
      expect: [
        'TARGETED APT28 -> NATO reported [John Smith, Mandiant]',
        'WORKS_FOR John Smith -> Mandiant asserted []',
      ],
    },
    {
      trap: "an unnamed researcher's employer claims",
      text: 'A researcher at Microsoft said APT28 hacked TV5Monde.',
      expect: ['TARGETED APT28 -> TV5Monde reported [Microsoft]'],
    },
    {
      trap: "analysts' employer holds their belief",
      text: 'Analysts at Mandiant believe APT33 targeted Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco reported [Mandiant]'],
    },
    {
      trap: 'the journalist rejecting early reports states no hack',
      text: 'Contrary to early reports, APT28 did not hack TV5Monde.',
      expect: [],
    },
    {
      trap: 'no evidence found states nothing',
      text: 'This newspaper found no evidence that APT28 hacked TV5Monde.',
      expect: [],
    },
    {
      trap: 'a claim that does not hold up is no statement',
      text: 'The claim that North Korea hacked Sony Pictures does not hold up.',
      expect: [],
    },
    {
      trap: "false flag: an attack made to look like an actor's is not that actor's",
      text: 'The attack on TV5Monde was made to look like the work of APT28.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'false flag: attackers posing as an actor make it no attacker',
      text: 'The attackers posed as APT28 to hack TV5Monde.',
      expect: [],
    },
    {
      trap: 'false flag: the actor a false flag implicates did nothing',
      text: 'The hack of the Bundestag was a false flag operation meant to implicate APT28.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'copycats imitating an actor make it no attacker',
      text: 'Copycats imitating Lazarus Group hacked Sony Pictures.',
      expect: [],
    },
    {
      trap: 'a group mimicking an actor is not that actor',
      text: 'A group mimicking APT28 targeted NATO.',
      expect: [],
    },
    {
      trap: 'a list of suspects accuses no one',
      text: 'Suspects include APT28, Turla and Sandworm.',
      expect: [],
    },
    {
      trap: 'suspects investigators look at are not authors',
      text: 'Investigators are looking at APT28, Turla or Sandworm for the hack of the Bundestag.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'a negation stops at "but": the second verb is stated, of the first verb\'s subject',
      text: 'APT28 did not target NATO but hacked the Bundestag.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: '"but it" after a negated clause: "it" is the subject, never the negated object',
      text: 'APT28 did not target NATO, but it hacked the Bundestag.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'a doubt after the claim leaves it suspected',
      text: 'APT28 hacked the Bundestag, though this could not be confirmed.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: 'an attribution never proven is not made',
      text: 'The attribution of the hack of the Bundestag to APT28 has never been proven.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "a report never proven stays suspected, still its speaker's",
      text: 'Mandiant said APT28 hacked the Bundestag, but this has never been proven.',
      expect: ['TARGETED APT28 -> Bundestag suspected [Mandiant]'],
    },
    {
      trap: '"which was never proven" governs the clause before it',
      text: 'APT28 was behind the hack of the Bundestag, which was never proven.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'an actor linked to an incident is its author, never tied to its victim',
      text: 'APT28 is linked to the hack of the Bundestag.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 asserted []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'an open question states nothing',
      text: 'It remains unclear whether APT28 targeted NATO.',
      expect: [],
    },
    {
      trap: 'a claim nobody made states nothing',
      text: 'Nobody has claimed that APT28 hacked TV5Monde.',
      expect: [],
    },
    {
      trap: 'no proof states nothing',
      text: 'There is no proof that Lazarus Group hacked Sony Pictures.',
      expect: [],
    },
    {
      trap: 'a cleft negation denies its subject the deed',
      text: 'It was not APT28 that hacked the Bundestag.',
      expect: [],
    },
    {
      trap: '"not X but Y" gives the deed to Y only',
      text: 'It was not APT28 but Turla that hacked the Bundestag.',
      expect: ['TARGETED Turla -> Bundestag asserted []'],
    },
    {
      trap: 'the victim speaking of its own hack is its claimant',
      text: 'TV5Monde said it had been hacked by APT28.',
      expect: ['TARGETED APT28 -> TV5Monde reported [TV5Monde]'],
    },
    {
      trap: 'an inverted condition ("Had X ...") states nothing and names no "Had X"',
      text: 'Had Lazarus Group hacked Sony Pictures, the FBI would have said so.',
      expect: [],
    },
    {
      trap: 'an inverted "Should X ..." states nothing of X, and the speaker after the comma claims nothing',
      text: 'Should Turla target the Bundestag again, Berlin will respond, the minister said.',
      expect: [],
    },
    {
      trap: 'an incident a wire story names by its victim, then "the attack", keeps the speaker of the second sentence',
      text: 'A ransomware attack hit Kestrel Bank last week. The attack was carried out by APT28, the bank said.',
      expect: [
        'ATTRIBUTED_TO Hack of Kestrel Bank -> APT28 reported [Kestrel Bank]',
        'TARGETED Hack of Kestrel Bank -> Kestrel Bank asserted []',
      ],
    },
    {
      trap: '"people familiar with the matter" are an unnamed source: reported, by no one named',
      text: 'Kestrel Bank was hit by a cyberattack on Monday. The intrusion was carried out by APT28, according to people familiar with the matter.',
      expect: [
        'ATTRIBUTED_TO Hack of Kestrel Bank -> APT28 reported []',
        'TARGETED APT28 -> Kestrel Bank reported []',
        'TARGETED Hack of Kestrel Bank -> Kestrel Bank asserted []',
      ],
    },
    {
      trap: 'a body named inside a relative clause with "U.S." in it is not the subject of the verb after the clause',
      text: 'Lazarus Group, which U.S. officials say works for the RGB, stole $100 million from Harbour Exchange in June, the FBI said.',
      expect: [
        'ATTRIBUTED_TO Lazarus Group -> RGB reported [United States]',
        'TARGETED Lazarus Group -> Harbour Exchange reported [FBI]',
      ],
    },
    {
      trap: 'a quotation that ends on a name leaves the speaker after it the denier, never that name',
      text: '"Russia was not behind the hack of the Bundestag," Dmitry Peskov, a Kremlin spokesman, told reporters.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> Russia denied [Dmitry Peskov, Kremlin]',
        'DENIES Dmitry Peskov -> Russia denied [Dmitry Peskov, Kremlin]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
        'WORKS_FOR Dmitry Peskov -> Kremlin asserted []',
      ],
    },
    {
      trap: "a service named inside the actor's apposition is not the source the sentence closes with",
      text: 'Sandworm, a unit of the GRU, targeted Ukraine, officials said.',
      expect: ['PART_OF Sandworm Team -> GRU asserted []', 'TARGETED Sandworm Team -> Ukraine reported []'],
    },
    {
      trap: 'a researcher whose name is two edits from a known politician speaks as herself',
      text: 'Maria Lenk, a researcher at Quillsec, said APT28 hacked NATO.',
      expect: [
        'TARGETED APT28 -> NATO reported [Maria Lenk, Quillsec]',
        'WORKS_FOR Maria Lenk -> Quillsec asserted []',
      ],
    },
    {
      trap: "an indictment is the accuser's claim, and the accuser is no party of the charge",
      text: 'The Justice Department charged Ivan Petrov with working for the GRU.',
      expect: ['WORKS_FOR Ivan Petrov -> GRU reported [US Department of Justice]'],
    },
    {
      trap: 'the accused named after the charging verb, an apposition after them, is no speaker',
      text: 'Prosecutors charged Lena Kral, a Russian national, with being a member of APT28.',
      expect: ['MEMBER_OF Lena Kral -> APT28 reported []'],
    },
    {
      trap: 'a charge of hacking belongs to the accused, not to the service in their apposition',
      text: 'A grand jury indicted Ivan Petrov, a GRU officer, for hacking the Democratic National Committee.',
      expect: [
        'TARGETED Ivan Petrov -> Democratic National Committee reported []',
        'WORKS_FOR Ivan Petrov -> GRU asserted []',
      ],
    },
    {
      trap: 'members who "were indicted" are accused, and make no claim of the sentence',
      text: 'Sandworm used Industroyer, and several of its officers were indicted in 2020.',
      expect: ['USES Sandworm Team -> Industroyer asserted []'],
    },
    {
      trap: 'a speaker after the fact who heads a firm speaks for it; the firm is no argument',
      text: 'APT28 hacked the Bundestag, said Tom Reyes, head of Mandiant.',
      expect: [
        'LEADS Tom Reyes -> Mandiant asserted []',
        'TARGETED APT28 -> Bundestag reported [Mandiant, Tom Reyes]',
      ],
    },
    {
      trap: 'the name that closes a statement is no speaker: the person in apposition after it speaks',
      text: 'APT28 hacked the Bundestag, Tom Reyes, a researcher at Mandiant, said.',
      expect: [
        'TARGETED APT28 -> Bundestag reported [Mandiant, Tom Reyes]',
        'WORKS_FOR Tom Reyes -> Mandiant asserted []',
      ],
    },
    {
      trap: 'a quote belongs to the titled speaker after it, not to the employer in the title',
      text: '"APT28 hacked the Bundestag," said Mandiant researcher Tom Reyes.',
      expect: [
        'TARGETED APT28 -> Bundestag reported [Mandiant, Tom Reyes]',
        'WORKS_FOR Tom Reyes -> Mandiant asserted []',
      ],
    },
    {
      trap: '"we" inside a quote is its speaker: the belief is theirs',
      text: '"We believe APT28 hacked the Bundestag," said Tom Reyes.',
      expect: ['TARGETED APT28 -> Bundestag reported [Tom Reyes]'],
    },
    {
      trap: 'what unnamed officials believe is relayed by the source who closes the sentence',
      text: 'Officials believe APT28 hacked the Bundestag, Mandiant said.',
      expect: ['TARGETED APT28 -> Bundestag reported [Mandiant]'],
    },
    {
      trap: 'a victim that says it was hacked, "that" left out, claims its own hack',
      text: 'The Harbour Bank said it had been breached by Lazarus Group.',
      expect: ['TARGETED Lazarus Group -> Harbour Bank reported [Harbour Bank]'],
    },
    {
      trap: 'an allegation in apposition ("the group blamed for") makes the group no denier of what follows',
      text: 'Sandworm, the group blamed for the 2015 blackout, was not behind this attack on Ukrenergo, researchers said.',
      expect: ['TARGETED Hack of Ukrenergo -> Ukrenergo asserted []'],
    },
    {
      trap: 'a possibility not ruled out is suspected',
      text: 'Investigators have not ruled out that APT28 was behind the hack of the Bundestag.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: "an accusation and the accused's denial after it: each keeps its own speaker",
      text: 'Ukraine accused Russia of the attack on Ukrenergo, a charge the Kremlin denied.',
      expect: [
        'ATTRIBUTED_TO Hack of Ukrenergo -> Russia reported [Ukraine]',
        'DENIES Kremlin -> Hack of Ukrenergo denied [Kremlin]',
        'TARGETED Hack of Ukrenergo -> Ukrenergo asserted []',
      ],
    },
    {
      trap: 'tools once associated with an actor attribute nothing',
      text: 'Microsoft said the attackers used tools previously associated with APT28, but stopped short of attributing the attack on TV5Monde.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'a victim hacked before, speaking of who was not involved, states no hack by it',
      text: 'TV5Monde, which was hacked in 2015, said APT28 was not involved.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'a denial and a negation after "but", reported: the negated hack denied, the other target reported',
      text: 'Mandiant said APT28 did not hack TV5Monde but targeted NATO.',
      expect: ['TARGETED APT28 -> NATO reported [Mandiant]'],
    },
    // Wire copy: suspicions, claims and posts written the way news agencies write them.
    {
      trap: 'an actor suspected "of the X hack" is no part of the incident’s name, and a later "but" clause claims nothing',
      text: 'Investigators once suspected APT99 of the Quillon Bank hack, but the bank later blamed an insider.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Bank -> APT99 suspected []',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: 'a verb of saying followed by a pronoun says its own clause, not what came before',
      text: 'APT99 hacked the Quillon Bank in May, but the bank later said it was an insider.',
      expect: ['TARGETED APT99 -> Quillon Bank asserted []'],
    },
    {
      trap: 'an actor "suspected of being tied to" a service is a passive, no accusation of a deed',
      text: 'Turla, an actor suspected of being tied to the FSB, sent lures to diplomats.',
      expect: ['ATTRIBUTED_TO Turla -> FSB suspected []'],
    },
    {
      trap: 'an attack "claimed by" a group is the group’s own word, never its victim’s',
      text: 'The attack on Quillon Bank was claimed by APT99 on its channel.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Bank -> APT99 reported [APT99]',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: 'a deputy’s post before the name is no head’s',
      text: 'Quillsoft Vice President Ivo Marsh said the network was safe.',
      expect: ['WORKS_FOR Ivo Marsh -> Quillsoft asserted []'],
    },
    {
      trap: 'a head’s post after "of" is part of the body’s name, which speaks',
      text: 'The Office of the Director of Harbour Security said APT99 targeted NATO.',
      expect: ['TARGETED APT99 -> NATO reported [Office of the Director of Harbour Security]'],
    },
    {
      trap: 'a page "links to" a post: no link between parties',
      text: 'APT99 has links to a blog post about Turla.',
      expect: [],
    },
    {
      trap: 'an acronym in the plural after a verb of attack is no victim',
      text: 'The gang attacked ATMs in Bergen.',
      expect: [],
    },
    {
      trap: 'a bare "group known as X" names no actor, and its members attack no one',
      text: 'Members of a group known as Quillbear protested outside the Quillon Bank.',
      expect: [],
    },
    {
      trap: 'the source of a report in the passive claims it and is no party',
      text: 'The breach of the Quillon Water Authority by APT99 was reported by Mandiant.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Water Authority -> APT99 reported [Mandiant]',
        'TARGETED Hack of Quillon Water Authority -> Quillon Water Authority asserted []',
      ],
    },
    {
      trap: 'a head of research at a firm works there, and the firm only vouches for what she says',
      text: 'Ana Bryce, head of threat research at Quillgrave, said APT99 targeted NATO.',
      expect: [
        'TARGETED APT99 -> NATO reported [Ana Bryce, Quillgrave]',
        'WORKS_FOR Ana Bryce -> Quillgrave asserted []',
      ],
    },
    {
      trap: 'a passive relative clause’s agent is no subject of the main verb',
      text: 'Microsoft and the ministries that were targeted by APT28 shared indicators with NATO.',
      expect: [],
    },
    {
      trap: 'a participle’s agent after a common noun is no subject of the main verb',
      text: 'The ministries targeted by APT28 shared indicators with NATO.',
      expect: [],
    },
    {
      trap: 'a tie the article denies ("has no ties to") is stated by no one',
      text: 'APT28 has no ties to the GRU.',
      expect: [],
    },
    {
      trap: '"a link to" is a noun of a tie suggested, and "links to a blog post" a page pointing elsewhere',
      text: 'Proofpoint also links to a blog post by Trend Micro. The emails suggest a link to DCLeaks.',
      expect: [],
    },
    {
      trap: 'the verb "links to" in a relative clause is its subject’s word, reported',
      text: 'Volt Typhoon, which Microsoft links to the Chinese government, hid in networks in Guam.',
      expect: ["ATTRIBUTED_TO Volt Typhoon -> Government of People's Republic of China reported [Microsoft]"],
    },
    {
      trap: 'a quotation opening after a speaker’s employer is a sentence of its own, whose subject is not the employer',
      text: '"We have tracked them for years," said Ana Bryce, head of research at Quillsec. "Greyfin is working for the GRU."',
      expect: ['WORKS_FOR Ana Bryce -> Quillsec asserted []'],
    },
    {
      trap: '"believed to work for" is a suspected tie of the actor, not a job',
      text: 'APT99 is believed to work for the GRU.',
      expect: ['ATTRIBUTED_TO APT99 -> GRU suspected []'],
    },
    {
      trap: 'a field in title case after a post is a department: its holder works for the firm, leads nothing, and is no person "Incident Response"',
      text: 'Ana Bryce, Director of Incident Response at Mandiant, said APT28 hit NATO.',
      expect: [
        'TARGETED APT28 -> NATO reported [Ana Bryce, Mandiant]',
        'WORKS_FOR Ana Bryce -> Mandiant asserted []',
      ],
    },
    {
      trap: 'a firm’s "Incident Response" team is no incident the firm suffered',
      text: 'Mandiant Incident Response found the implant at Kestrel Bank.',
      expect: [],
    },
    {
      trap: '"head of Threat Intelligence at" a firm is employment, not leadership of the firm',
      text: 'Tom Reyes, head of Threat Intelligence at Mandiant, said the group is Russian.',
      expect: ['WORKS_FOR Tom Reyes -> Mandiant asserted []'],
    },
    {
      trap: 'an active relative clause closing on its verb has the noun before it for object, not the name after it',
      text: 'The ministries that APT28 targeted shared the files with NATO.',
      expect: [],
    },
    {
      trap: 'an active relative clause with a time after its verb has the noun before it for object',
      text: 'The banks that Lazarus Group robbed last year later warned Interpol.',
      expect: [],
    },
    {
      trap: '"that" after a verb of saying opens the statement, whose verb keeps its object',
      text: 'The officials said that APT28 targeted NATO.',
      expect: ['TARGETED APT28 -> NATO reported []'],
    },
    {
      trap: 'a pronoun after a subordinator is the verb’s own subject, not the name opening the sentence',
      text: 'APT28 is a Russian group. Zebrocy spread after it targeted the Bundestag.',
      expect: [],
    },
    {
      trap: 'a post after a verb in the simple past is its object’s, not the subject’s',
      text: 'Pierre Morel met the director of ANSSI.',
      expect: [],
    },
    {
      trap: 'a pronoun right after "behind" is its object: the name after the next verb is not attributed',
      text: 'Turla is a Russian group. The threat actors behind it used PlugX.',
      expect: ['USES Turla -> PlugX asserted []'],
    },
    {
      trap: 'a person running against a party’s candidate targets no party',
      text: 'Pierre Morel is running against the candidate of LREM.',
      expect: [],
    },
    {
      trap: 'a denied claim of an actor’s tie clears the actor, not its sponsor',
      text: 'APT28 is allegedly tied to the GRU, a claim Moscow denies.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU denied [Moscow]', 'DENIES Moscow -> APT28 denied [Moscow]'],
    },
    {
      trap: 'a reference right before the verb after an apposition speaks, not the name the apposition describes',
      text: 'Mandiant published a report on Monday. Cozy Bear is part of the SVR, Russia’s foreign intelligence service, the company said.',
      expect: ['PART_OF APT29 -> SVR reported [Mandiant]'],
    },
    {
      trap: 'an object pronoun right after "behind" is its object: the tool of the next verb is attributed to no one',
      text: 'Turla is a Russian group. The hackers behind them used PlugX.',
      expect: [],
    },
    {
      trap: 'a tie that "has never been" made names no culprit',
      text: 'APT28 has never been tied to the hack of the Bundestag.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'a link no government has ever made is no link',
      text: 'Turla has never been linked to the FSB by any government.',
      expect: [],
    },
    {
      trap: 'a hedge "could be linked" closed by an outlet\'s analysis stays suspected',
      text: 'The hack of TV5Monde could be linked to APT28, a Reuters analysis suggests.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'researchers\' "might be connected" is suspected, theirs',
      text: 'Kaspersky researchers said the breach of Saudi Aramco might be connected to APT33.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected [Kaspersky]',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'a denial of a link between two others is a denial, not the link',
      text: 'Moscow denied any link between APT28 and the GRU.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]'],
    },
    {
      trap: 'denying all ties to a group is no tie',
      text: 'The Kremlin has denied all ties to Sandworm.',
      expect: ['DENIES Kremlin -> Sandworm Team denied [Kremlin]'],
    },
    {
      trap: 'a subjunctive "were behind" with another consequence states nothing',
      text: 'If Turla were behind the hack of the Bundestag, Germany would expel diplomats.',
      expect: [],
    },
    {
      trap: '"whether ... remains to be seen" states nothing',
      text: 'Whether APT29 targeted the State Department remains to be seen.',
      expect: [],
    },
    {
      trap: '"it remains to be seen whether" states nothing',
      text: 'It remains to be seen whether Iran was behind the attack on Saudi Aramco.',
      expect: [],
    },
    {
      trap: 'a question whether a state ordered a hack states nothing',
      text: 'Did North Korea order the hack of Sony Pictures?',
      expect: [],
    },
    {
      trap: "a suspect's member speaking to reporters reports, he does not state the fact",
      text: 'A Lazarus Group member told reporters that the group had hacked Sony Pictures.',
      // The member speaks for the group, whose own claim it is.
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported [Lazarus Group]'],
    },
    {
      trap: 'not claiming a hack is no denial of it',
      text: 'Lazarus Group has not claimed responsibility for the hack of Sony Pictures.',
      expect: ['TARGETED Hack of Sony Pictures -> Sony Pictures asserted []'],
    },
    {
      trap: 'a group that did not claim attacks on a body neither attacked nor denied it',
      text: 'Killnet did not claim the attacks on the websites of the Storting.',
      expect: [],
    },
    {
      trap: 'a group telling reporters that it did something only claims it',
      text: 'Lazarus Group told reporters that it hacked Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported [Lazarus Group]'],
    },
    {
      trap: "a suspect's account of his own employer in court is no fact",
      text: 'The suspect told the court that he worked for the FSB.',
      expect: [],
    },
    {
      trap: 'an inverted counterfactual "Had X not been stopped" is only suspected',
      text: 'Had APT28 not been stopped, it would have hacked NATO.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'a counterfactual "without the patch, X would have" is only suspected',
      text: 'Without the patch, APT33 would have breached Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: 'in a list of names, the one that denies is no culprit',
      text: 'APT28, Turla and Sandworm were named, but Turla denied any role in the hack of the Bundestag.',
      expect: [
        'DENIES Turla -> Hack of Bundestag denied [Turla]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'suspects listed with one excluded: none is the culprit',
      text: 'Investigators suspect APT28 and Turla, but not Sandworm, of the hack of the Bundestag.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "the victim of one clause acting in the next is not the first clause's target",
      text: 'APT28 hacked the Bundestag, and Germany then targeted APT28 with sanctions.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'a name after "and" that speaks opens a clause of its own: no second victim',
      text: 'APT28 hacked the Bundestag, and Germany said it would respond.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: "a suspect's own quoted denial attributes nothing",
      text: '"We did not hack TV5Monde," an APT28 operator told Reuters.',
      expect: [],
    },
    {
      trap: 'a quote split by its speaker with an admitted lack of proof states nothing as fact',
      text: '"Russia hacked the Bundestag," the German chancellor said, "but we cannot prove it."',
      expect: [],
    },
    {
      trap: '"not the work of X but of Y" does not make X the culprit',
      text: 'The attack on TV5Monde was not the work of APT28 but of Sandworm.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'a cleft "not X but Y that" does not make X the culprit',
      text: 'It was not Iran but North Korea that hacked Sony Pictures.',
      expect: [],
    },
    {
      trap: '"initially blamed X, later Y": X was only suspected',
      text: 'Investigators initially blamed APT33 for the attack on Saudi Aramco, later Iran.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'a blame later retracted is only suspected',
      text: 'Officials first blamed Lazarus Group for the hack of Sony Pictures but later retracted the claim.',
      expect: [
        'ATTRIBUTED_TO Hack of Sony Pictures -> Lazarus Group suspected []',
        'TARGETED Hack of Sony Pictures -> Sony Pictures asserted []',
      ],
    },
    {
      trap: '"X, which Y says it has no link to": Y claims nothing about the main clause',
      text: 'APT28, which Moscow says it has no link to, targeted NATO.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: '"X, which Y says has nothing to do with Z": no link to Z, and Y claims nothing else',
      text: 'Sandworm, which Russia says has nothing to do with the GRU, hit Ukraine.',
      expect: ['TARGETED Sandworm Team -> Ukraine asserted []'],
    },
    {
      trap: "the reporting outlet as the victim of a relative clause is that clause's target and the main clause's claimant",
      text: 'Reuters, which was hacked by APT28 in 2018, reported that Turla targeted NATO.',
      expect: [
        'TARGETED APT28 -> Reuters asserted []',
        'TARGETED Hack of Reuters -> Reuters asserted []',
        'TARGETED Turla -> NATO reported [Reuters]',
      ],
    },
    {
      trap: "the outlet that published a vendor's report is no claimant",
      text: 'A CrowdStrike report, published by Reuters, said APT29 targeted the State Department.',
      expect: ['TARGETED APT29 -> US Department of State reported []'],
    },
    {
      trap: "a vendor's parent company named as its employer is no relation",
      text: "Mandiant's employer, Google, said nothing about APT28.",
      expect: [],
    },
    {
      trap: 'an accusation of nothing accuses no one',
      text: 'APT28 was accused by Russia of nothing; instead Moscow accused NATO.',
      expect: [],
    },
    {
      trap: 'a hack by an unknown party names no culprit',
      text: 'The Bundestag was hacked, but nobody knows by whom.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: '"may be tied to" of an unnamed group ties nothing',
      text: 'The group, described by Microsoft as a Russian actor, may be tied to Turla.',
      expect: [],
    },
    {
      trap: '"nothing suggests" a role states no role',
      text: 'Nothing suggests that APT33 had any role in the attack on Saudi Aramco.',
      expect: ['TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []'],
    },
    {
      trap: '"there is little to suggest" states nothing',
      text: 'There is little to suggest that Sandworm targeted Ukraine.',
      expect: [],
    },
    {
      trap: '"is not known to have" states nothing',
      text: 'APT28 is not known to have targeted NATO.',
      expect: [],
    },
    {
      trap: '"it is unlikely that" states nothing',
      text: 'It is unlikely that APT28 targeted NATO.',
      expect: [],
    },
    {
      trap: "experts' doubt states nothing",
      text: 'Experts doubt that North Korea hacked Sony Pictures.',
      expect: [],
    },
    {
      trap: '"allegedly ... Le Monde reported, but Mandiant disputed that" stays the outlet\'s suspicion',
      text: 'APT28 allegedly hacked TV5Monde, Le Monde reported, but Mandiant disputed that.',
      expect: ['TARGETED APT28 -> TV5Monde suspected [Le Monde]'],
    },
    {
      trap: 'rejecting as baseless an accusation denies it',
      text: 'Russia rejected as baseless the accusation that APT28 hacked TV5Monde.',
      expect: ['DENIES Russia -> APT28 denied [Russia]', 'TARGETED APT28 -> TV5Monde denied [Russia]'],
    },
    {
      trap: 'calling a claim a fabrication denies it',
      text: 'Pyongyang called the claim that Lazarus Group hacked Sony Pictures a fabrication.',
      expect: [
        'DENIES Pyongyang -> Lazarus Group denied [Pyongyang]',
        'TARGETED Lazarus Group -> Sony Pictures denied [Pyongyang]',
      ],
    },
    {
      trap: "a group's own claim others call false stays its own report",
      text: 'APT28 claimed it had hacked NATO, but experts said the claim was false.',
      expect: ['TARGETED APT28 -> NATO reported [APT28]'],
    },
    {
      trap: '"some said X; others said Y" is hearsay, not fact',
      text: 'Some said APT28 hacked the Bundestag; others said Turla did.',
      expect: ['TARGETED APT28 -> Bundestag reported []'],
    },
    {
      trap: '"did not say whether" states nothing',
      text: 'The FBI did not say whether North Korea hacked Sony Pictures.',
      expect: [],
    },
    {
      trap: '"nobody has linked X to Y" links nothing',
      text: 'Nobody has linked Turla to the FSB.',
      expect: [],
    },
    {
      trap: '"declined to say whether" states nothing',
      text: 'Microsoft declined to say whether APT28 targeted NATO.',
      expect: [],
    },
    {
      trap: '"stopped short of blaming" blames no one',
      text: 'Mandiant stopped short of blaming APT33 for the attack on Saudi Aramco.',
      expect: ['TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []'],
    },
    {
      trap: '"no longer believes that" is a belief given up, only suspected',
      text: 'Mandiant no longer believes that APT33 targeted Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected [Mandiant]'],
    },
    {
      trap: '"could have been behind ... but there is no evidence" is only suspected',
      text: 'APT28 could have been behind the hack of the Bundestag, but there is no evidence.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'an attribution called premature is none',
      text: 'Attributing the hack of the Bundestag to APT28 would be premature, Mandiant said.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "a counter operation against a group's servers makes the group no victim of a hack",
      text: 'NATO targeted APT28 servers in a counter operation.',
      expect: [],
    },
    {
      trap: '"victimised Germany, not Russia" and a denial state no culprit',
      text: 'The Bundestag hack victimised Germany, not Russia; Russia hacked nobody, Moscow said.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: '"instead of X, investigators now blame Y" blames nothing on X',
      text: 'Instead of APT28, investigators now blame Turla for the hack of the Bundestag.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: '"rather than X, it was Y that" does not make X the culprit',
      text: 'Rather than Russia, it was Iran that hacked TV5Monde, officials said.',
      expect: [],
    },
    {
      trap: 'a suspect denying working for a group is no member',
      text: 'The suspect, a former GRU officer, denied working for APT28.',
      expect: [],
    },
    {
      trap: '"alleged ties" questioned by researchers are only suspected',
      text: "Turla's alleged ties to the FSB were questioned by researchers.",
      expect: ['ATTRIBUTED_TO Turla -> FSB suspected []'],
    },
    {
      trap: 'a "supposed role" called exaggerated is no role',
      text: "APT28's supposed role in the hack of the Bundestag has been exaggerated, Kaspersky said.",
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'a group\'s member speaking of "the group" reports the group\'s own claim',
      text: 'A Lazarus Group member said that the group had hacked Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported [Lazarus Group]'],
    },
    {
      trap: '"refused to say if" states nothing',
      text: 'Microsoft refused to say if APT28 targeted NATO.',
      expect: [],
    },
    {
      trap: '"likely that" stays suspected while "unlikely that" after it states nothing',
      text: 'It is likely that APT28 targeted NATO, but unlikely that it hacked the Bundestag.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: '"no one has tied" ties nothing',
      text: 'No one has tied APT33 to the attack on Saudi Aramco.',
      expect: [],
    },
    {
      trap: 'a speaker after a semicolon frames only its own clause',
      text: 'APT28 hacked the Bundestag; Mandiant said the group used Zebrocy.',
      expect: ['TARGETED APT28 -> Bundestag asserted []', 'USES APT28 -> Zebrocy reported [Mandiant]'],
    },
    {
      trap: '"no longer thinks that" leaves only the holder\'s suspicion',
      text: 'Kaspersky no longer thinks that Turla is linked to the FSB.',
      expect: ['ATTRIBUTED_TO Turla -> FSB suspected [Kaspersky]'],
    },
    {
      trap: '"he" after "The founder of X, Y," is Y, not X',
      text: 'The founder of Kordo, Ilya Savin, was arrested on Saturday. He is suspected of working for the FSB.',
      expect: ['FOUNDED Ilya Savin -> Kordo asserted []', 'WORKS_FOR Ilya Savin -> FSB suspected []'],
    },
    {
      trap: '"he" after a description naming a second person stands for neither',
      text: 'A lawyer for Paul Girard, Mark Dunn, spoke on Thursday. He allegedly worked for the FSB.',
      expect: [],
    },
    {
      trap: 'a former director speaks for himself, not for the agency he left',
      text: 'Paul Girard, former director of the NSA, said APT28 hacked TV5Monde.',
      expect: ['LEADS Paul Girard -> NSA asserted []', 'TARGETED APT28 -> TV5Monde reported [Paul Girard]'],
    },
    {
      trap: 'a group siding with a state ("pro-Russian") is not placed in it',
      text: 'The pro-Russian hacking group Ravelock attacked Quillbank on Monday.',
      expect: ['TARGETED Ravelock -> Quillbank asserted []'],
    },
    {
      trap: 'a group against a state ("anti-American") is neither placed in it nor attributed to it',
      text: 'The anti-American hacking group Ravelock defaced a website.',
      expect: [],
    },
    {
      trap: 'a gang a coined firm says did not hit it targets nothing; "-based" still places the firm',
      text: 'Glasgow-based Dovecote Logistics said the gang Ravelock had not hit it.',
      expect: ['LOCATED_IN Dovecote Logistics -> Glasgow asserted []'],
    },
    {
      trap: 'a bare group given a coined name outside any deed is no actor',
      text: 'Members of a group called Redmarsh met staff of the Danish lender Fjordbanken in May.',
      expect: ['LOCATED_IN Fjordbanken -> Denmark asserted []'],
    },
    {
      trap: 'a body named in apposition that was not breached is no target; its demonym still places it',
      text: 'The security service PST said the Norwegian parliament, the Storting, had not been breached.',
      expect: ['LOCATED_IN Storting -> Norway asserted []'],
    },
    {
      trap: 'the servers a body rents from another are the holding it lost; the landlord after "from" is not made the victim',
      text: 'The servers Acme Logistics rents from Borel Hosting were breached by APT99.',
      expect: ['TARGETED APT99 -> Acme Logistics asserted []'],
    },
    {
      trap: '"its servers" after an actor named since the body are the actor’s, not the body’s',
      text: 'Acme Logistics said APT99 had moved its servers to Iran.',
      expect: [],
    },
    {
      trap: 'the systems of a body that were not breached make it no victim',
      text: 'The systems of Harbour Bank were not breached by APT99.',
      expect: [],
    },
    {
      trap: 'a police force taking down a gang’s servers attacks nobody',
      text: "The LockBit gang's servers were taken down by the FBI.",
      expect: [],
    },
    {
      trap: 'a network disrupted by a company, not a threat actor, is no attack',
      text: "Harbour Bank's network was disrupted by Microsoft.",
      expect: [],
    },
    {
      trap: 'a claim of responsibility for attacks is the claimant’s own word, not the reporter’s',
      text: 'Microsoft said Killnet claimed responsibility for attacks on Lysander Bank.',
      expect: ['TARGETED Killnet -> Lysander Bank reported [Killnet]'],
    },
    {
      trap: 'no group claiming the attacks names no attacker',
      text: 'Lysander Bank said no group had claimed responsibility for attacks on its website.',
      expect: [],
    },
    {
      trap: 'a claim of responsibility called false makes no attacker',
      text: 'Lysander Bank said Killnet had falsely claimed responsibility for attacks on its website.',
      expect: [],
    },
    {
      trap: '"its systems" not breached make the body no victim',
      text: 'Harbour Bank said its systems had not been breached.',
      expect: [],
    },
    {
      trap: 'unnamed hackers who had not reached a body told no incident',
      text: 'Hackers had not accessed the records of Quillon Bank, the bank said.',
      expect: [],
    },
    {
      trap: 'what hackers may have stolen is no incident told',
      text: 'Hackers may have stolen files from Quillon Bank.',
      expect: [],
    },
    {
      trap: 'a body taking its own systems offline is no intrusion',
      text: 'Quillon Bank took its systems offline as a precaution.',
      expect: [],
    },
    {
      trap: '"the attack" after two intrusions told just before is either, so neither is blamed',
      text: 'Hackers broke into the systems of Harbour Bank in May. Intruders also stole files from Quillon Insurance. Police attributed the attack to APT28.',
      expect: [
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
        'TARGETED Hack of Quillon Insurance -> Quillon Insurance asserted []',
      ],
    },
    {
      trap: "an intrusion told by what hackers stole, not claimed by a group, is not that group's",
      text: 'Hackers stole files from Quillon Bank. The attack was not claimed by APT28.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: "an intrusion told by what hackers stole, attributed later, is reported on the attributor's word",
      text: 'Hackers stole files from Quillon Bank. Mandiant attributed the attack to APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Bank -> APT28 reported [Mandiant]',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: 'a denial of any role after two accused actors denies neither',
      text: 'Kimsuky and APT28 hacked the Sejong Institute. North Korea denied any role.',
      expect: [
        'TARGETED APT28 -> Sejong Institute asserted []',
        'TARGETED Kimsuky -> Sejong Institute asserted []',
      ],
    },
    {
      trap: "a body named inside the denier's description is not the denier",
      text: "Charming Kitten phished reporters. Iran's mission to the United Nations has dismissed such accusations as baseless.",
      expect: [],
    },
    {
      trap: "a denial of any involvement after one accused actor denies that actor, on the denier's word",
      text: 'Kimsuky hacked the Sejong Institute. North Korea has denied any involvement.',
      expect: [
        'DENIES North Korea -> Kimsuky denied [North Korea]',
        'TARGETED Kimsuky -> Sejong Institute asserted []',
      ],
    },
    {
      trap: 'a group that has not taken responsibility for an intrusion is not blamed for it',
      text: 'Hackers stole files from Quillon Bank. APT28 has not taken responsibility for the attack.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: 'a group taking responsibility for an intrusion claims it on its own word',
      text: 'Hackers stole files from Quillon Bank. APT28 later took responsibility for the attack.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Bank -> APT28 reported [APT28]',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: 'a claim of responsibility after two intrusions claims neither a reader could tell',
      text: 'Hackers stole files from Quillon Bank. Intruders also encrypted the servers of Harbour Bank. APT28 claimed responsibility.',
      expect: [
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: "a claim of responsibility with no object claims the one intrusion told, on the claimant's word",
      text: 'Hackers knocked the website of Quillon Bank offline. Killnet, a pro-Russian group, claimed responsibility hours later.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Bank -> Killnet reported [Killnet]',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: 'no group claiming an intrusion blames no one',
      text: 'Hackers knocked the website of Quillon Bank offline. No group has claimed responsibility, Mandiant said.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: 'a group that has not claimed an intrusion is not blamed for it',
      text: 'Hackers stole files from Quillon Bank. APT28 has not claimed responsibility.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: 'unnamed intruders who hit a second body: the incident on the first is not its attacker',
      text: 'Hackers stole files from Quillon Bank and hit Harbour Bank.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: 'a name after a comma that closes no list of victims is the speaker, not a victim',
      text: 'Hackers stole files from Quillon Bank, the FBI said.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: 'a name after "and" that speaks in a clause of its own is no second victim',
      text: 'Hackers stole files from Quillon Bank and the FBI said little.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: 'a speaker after the list\'s "and" with a perfect auxiliary before the verb of saying is no second victim',
      text: 'Hackers stole files from Quillon Bank and the FBI has said little.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: 'the firm in a relative clause without "that" states the link and is no part of the service',
      text: 'APT99, a group Microsoft links to the GRU, hacked Quillon Bank.',
      expect: [
        'ATTRIBUTED_TO APT99 -> GRU reported [Microsoft]',
        'TARGETED APT99 -> Quillon Bank asserted []',
      ],
    },
    {
      trap: 'a group a firm merely tracks is tied to nothing',
      text: 'APT99 is a group Microsoft tracks closely.',
      expect: [],
    },
    {
      trap: 'whom a hack was done for ("on behalf of") is never its target',
      text: 'APT28 hacked three ministries on behalf of the GRU.',
      expect: [],
    },
    {
      trap: 'a person charged with hacking a body on behalf of a service did not target the service',
      text: 'Prosecutors charged Ivan Orlov with hacking the water utility on behalf of the GRU.',
      expect: [],
    },
    {
      trap: 'phishing emails received from a news agency tell no attack: only an actor sends lures',
      text: 'Staff at Quillon Bank received phishing emails from Reuters.',
      expect: [],
    },
    {
      trap: 'emails received from an actor, with no lure among them, tell no attack',
      text: 'Quillon Bank received emails from APT28 researchers.',
      expect: [],
    },
    {
      trap: 'lures a body may have received are suspected, not asserted',
      text: 'Staff at Quillon Bank may have received phishing emails from APT28.',
      expect: ['TARGETED APT28 -> Quillon Bank suspected []'],
    },
    {
      trap: '"the breach" after an intrusion on a list of victims is blamed on none of them by a guess',
      text: 'Hackers stole files from Quillon Bank and Harbour Bank. Police attributed the breach to APT28.',
      expect: [
        'TARGETED Hack of Harbour Bank -> Harbour Bank asserted []',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
      ],
    },
    {
      trap: "an analyst's role in the investigation of a hack is no part in the hack",
      text: 'Ivan Orlov, a Mandiant analyst, described his role in the investigation of the hack of Quillon Bank.',
      expect: ['TARGETED Hack of Quillon Bank -> Quillon Bank asserted []'],
    },
    {
      trap: "a person's role in a hack is not the role of the service named in his description",
      text: 'The EU sanctioned Ivan Orlov, an officer of the GRU, over his role in the hack of Quillon Bank.',
      expect: [
        'ATTRIBUTED_TO Hack of Quillon Bank -> Ivan Orlov asserted []',
        'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []',
        'WORKS_FOR Ivan Orlov -> GRU asserted []',
      ],
    },
    {
      trap: "another body's officer through its possessive works for that body, not the one named before",
      text: "Quillbank said hackers had stolen card data. The regulator's head of security, Ivo Marsh, said banks must report breaches.",
      expect: [],
    },
    {
      trap: "a company's officer through the reference's possessive works for it, and vouches for nothing",
      text: "Hackers hit Kestrel Bank in May. The bank's head of security, Ivo Marsh, said the app was safe.",
      expect: ['WORKS_FOR Ivo Marsh -> Kestrel Bank asserted []'],
    },
    {
      trap: "a company's first word used for something else is no short form of it",
      text: "Kestrel Logistics said it had been hacked. Kestrel, a bird of prey, is the company's emblem.",
      expect: [],
    },
    {
      trap: "a group run by a country's unnamed agency is attributed to no country",
      text: "APT99, a hacking group run by Norland's military intelligence agency, hit NATO.",
      expect: ['TARGETED APT99 -> NATO asserted []'],
    },
    {
      trap: 'a company a firm supplies places it nowhere',
      text: 'Thornbury Analytics, a Quillmark supplier, said it had been hacked.',
      expect: [],
    },
    {
      trap: 'speakers inside an apposition\'s relative clause ("a group that officials say") claim nothing of the main clause',
      text: 'Kimsuky, a group that South Korean officials say works for Pyongyang, sent phishing emails to the Ministry of Unification.',
      expect: ['TARGETED Kimsuky -> Ministry of Unification asserted []'],
    },
    {
      trap: 'a named speaker inside "a group that X says" frames only that clause',
      text: 'Kimsuky, a group that the FBI says works for Pyongyang, sent phishing emails to the Ministry of Unification.',
      expect: [
        'ATTRIBUTED_TO Kimsuky -> Pyongyang reported [FBI]',
        'TARGETED Kimsuky -> Ministry of Unification asserted []',
      ],
    },
    {
      trap: '"a hacking group that officials say serves Y": the object of the relative is no claimant',
      text: 'Turla, a hacking group that Estonian officials say serves Moscow, breached the Ministry of Defence.',
      expect: ['TARGETED Turla -> Ministry of Defence asserted []'],
    },
    {
      trap: '"linked to a blog post by X": the author of a page is no party',
      text: 'Unit 26165 is linked to a blog post by Microsoft.',
      expect: [],
    },
    {
      trap: '"linked to a report by X": the author of a report is no sponsor',
      text: 'APT28 is linked to a report by Mandiant.',
      expect: [],
    },
    {
      trap: '"tied to an article by X": the outlet is no sponsor',
      text: 'Turla is tied to an article by the BBC.',
      expect: [],
    },
    {
      trap: 'a speaker who once worked for an agency does not speak for it',
      text: 'John Smith, who once worked for the NSA, said APT28 hacked the Bundestag.',
      expect: [
        'TARGETED APT28 -> Bundestag reported [John Smith]',
        'WORKS_FOR John Smith -> NSA asserted []',
      ],
    },
    {
      trap: 'a speaker who formerly worked for a bureau does not speak for it',
      text: 'Tom Reed, who formerly worked for the FBI, said Lazarus Group hacked Sony Pictures.',
      expect: [
        'TARGETED Lazarus Group -> Sony Pictures reported [Tom Reed]',
        'WORKS_FOR Tom Reed -> FBI asserted []',
      ],
    },
    {
      trap: 'a speaker who previously worked for a vendor does not speak for it',
      text: 'Anna Berg, who previously worked for Mandiant, said Turla targeted NATO.',
      expect: ['TARGETED Turla -> NATO reported [Anna Berg]', 'WORKS_FOR Anna Berg -> Mandiant asserted []'],
    },
    {
      trap: '"the report that ... was wrong" states nothing as fact',
      text: 'The report that APT28 targeted the Bundestag was wrong.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: '"the claim that ... turned out to be false" states nothing as fact',
      text: 'The claim that Lazarus Group hacked Sony Pictures turned out to be false.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures suspected []'],
    },
    {
      trap: '"early reports that ... were mistaken" state nothing as fact',
      text: 'Early reports that Sandworm attacked Ukrenergo were mistaken.',
      expect: ['TARGETED Sandworm Team -> Ukrenergo suspected []'],
    },
    {
      trap: 'a country that responds after "and" is no second victim',
      text: 'APT28 hacked the Bundestag and Germany responded with sanctions.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'a country that acts after "and" and an adverb is no second victim',
      text: 'Sandworm attacked Ukrenergo and Ukraine quickly expelled Russian diplomats.',
      expect: ['TARGETED Sandworm Team -> Ukrenergo asserted []'],
    },
    {
      trap: 'a country that acts after ", and ... then" is no second victim',
      text: 'Turla breached the Ministry of Defence, and Estonia then summoned the Russian ambassador.',
      expect: ['TARGETED Turla -> Ministry of Defence asserted []'],
    },
    {
      trap: 'a list of victims still reads as one after "and"',
      text: 'APT28 targeted the Bundestag and NATO.',
      expect: ['TARGETED APT28 -> Bundestag asserted []', 'TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: "a hedge on a bank's hack stays in its sentence: the seat the next one gives is the text's own",
      text: 'APT28 may have hacked Harbour Bank. The bank, based in Bergen, said its systems were safe.',
      expect: [
        'LOCATED_IN Harbour Bank -> Bergen asserted []',
        'TARGETED APT28 -> Harbour Bank suspected []',
      ],
    },
    {
      trap: 'a sponsor glued to "-backed" before "group that" is no subject of the relative clause',
      text: 'Sandworm is a Kremlin-backed group that attacked Ukrenergo.',
      expect: [],
    },
    {
      trap: 'a sponsor glued to "-backed" before the name is no attacker',
      text: 'Kremlin-backed Sandworm attacked Ukrenergo.',
      expect: ['TARGETED Sandworm Team -> Ukrenergo asserted []'],
    },
    {
      trap: '"commanded" an office is leading it, not working for it',
      text: 'Anne Morel commanded the Harbour Cyber Office.',
      expect: ['LEADS Anne Morel -> Harbour Cyber Office asserted []'],
    },
    {
      trap: '"who commanded the GRU\'s Unit X" leads the unit',
      text: "Viktor Netyksho, who commanded the GRU's Unit 26165, was indicted.",
      expect: ['LEADS Viktor Netyksho -> Unit 26165 asserted []', 'PART_OF Unit 26165 -> GRU asserted []'],
    },
    {
      trap: '"commanded by" names the head of the unit',
      text: 'Unit 26165, commanded by Viktor Netyksho, hacked the DNC.',
      expect: [
        'LEADS Viktor Netyksho -> Unit 26165 asserted []',
        'TARGETED Unit 26165 -> Democratic National Committee asserted []',
      ],
    },
    {
      trap: '"commanded attention" leads nothing',
      text: 'APT28 commanded attention in 2016.',
      expect: [],
    },
    {
      trap: 'a yes-no question states nothing',
      text: 'Did APT28 hack the Bundestag?',
      expect: [],
    },
    {
      trap: 'a modal question states nothing',
      text: 'Could North Korea have hacked Sony Pictures?',
      expect: [],
    },
    {
      trap: 'a question of possibility states nothing',
      text: 'Is it possible that Turla hacked NATO?',
      expect: [],
    },
    {
      trap: 'a condition with its consequence states nothing',
      text: 'If Sandworm attacked Ukrenergo, sanctions will follow.',
      expect: [],
    },
    {
      trap: 'an inverted condition ("Had X hacked Y, ...") states nothing',
      text: 'Had APT28 hacked NATO, the alliance would have said so.',
      expect: [],
    },
    {
      trap: 'an inverted condition with "should" states nothing',
      text: 'Should Turla target NATO again, the alliance will respond.',
      expect: [],
    },
    {
      trap: 'a reported question states nothing',
      text: 'Investigators asked whether Turla had breached the Ministry of Defence.',
      expect: [],
    },
    {
      trap: 'a condition quoting a vendor ("as X says") inside it states nothing',
      text: 'If APT28 is behind the hack, as Mandiant says, NATO will respond.',
      expect: [],
    },
    {
      trap: '"may or may not have" states nothing',
      text: 'APT28 may or may not have hacked the Bundestag.',
      expect: [],
    },
    {
      trap: '"not X but Y that" in a cleft: Y acted, X did not',
      text: 'It was not APT28 but Sandworm that attacked Ukrenergo.',
      expect: ['TARGETED Sandworm Team -> Ukrenergo asserted []'],
    },
    {
      trap: '"X, not Y, hacked Z": the name set aside by "not" did nothing, and the negation does not reach the verb',
      text: 'APT28, not Turla, hacked the Bundestag.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: '"accused X, not Y, of": an aside\'s negation is no denial by the accuser',
      text: 'Germany accused APT28, not Turla, of hacking the Bundestag.',
      expect: ['TARGETED APT28 -> Bundestag reported [Germany]'],
    },
    {
      trap: '"said X, not Y, hacked Z": the speaker denies nothing',
      text: 'Mandiant said APT28, not Turla, hacked the Bundestag.',
      expect: ['TARGETED APT28 -> Bundestag reported [Mandiant]'],
    },
    {
      trap: '"said, not for the first time, that": an aside\'s negation denies nothing',
      text: 'Mandiant said, not for the first time, that APT28 hacked the Bundestag.',
      expect: ['TARGETED APT28 -> Bundestag reported [Mandiant]'],
    },
    {
      trap: 'a list with one item denied by "but not": the denied item is no victim',
      text: 'APT28 targeted NATO and the EU but not the OSCE.',
      expect: ['TARGETED APT28 -> European Union asserted []', 'TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'a list of places with one denied by "but not in": no victim there',
      text: 'Lazarus Group hacked banks in Chile and Peru, but not in Mexico.',
      expect: ['TARGETED Lazarus Group -> Chile asserted []', 'TARGETED Lazarus Group -> Peru asserted []'],
    },
    {
      trap: 'a reported list with one denied item: the denied item is no victim',
      text: 'Mandiant said APT28 targeted NATO, the EU and the OSCE, but not the Bundestag.',
      expect: [
        'TARGETED APT28 -> European Union reported [Mandiant]',
        'TARGETED APT28 -> NATO reported [Mandiant]',
        'TARGETED APT28 -> OSCE reported [Mandiant]',
      ],
    },
    {
      trap: '"has retracted its claim that" leaves the claim suspected',
      text: 'Mandiant has retracted its claim that APT33 hacked Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: '"walked back its claim that" leaves the claim suspected',
      text: 'The FBI later walked back its claim that Lazarus Group hacked Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures suspected []'],
    },
    {
      trap: '"first said ..., then retracted the statement" leaves the claim suspected',
      text: 'Officials first said Turla hacked NATO, then retracted the statement.',
      expect: ['TARGETED Turla -> NATO suspected []'],
    },
    {
      trap: "a member's boast is the group's own word, no fact",
      text: 'A member of Lazarus Group boasted that the group had hacked Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported [Lazarus Group]'],
    },
    {
      trap: "a group's boast is its own word, no fact",
      text: 'Lazarus Group bragged on Telegram that it had hacked Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported [Lazarus Group]'],
    },
    {
      trap: '"never said" vouches for nothing',
      text: 'Mandiant never said Turla targeted NATO.',
      expect: ['TARGETED Turla -> NATO suspected []'],
    },
    {
      trap: '"does not believe" vouches for nothing',
      text: 'Mandiant does not believe that APT28 targeted NATO.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: '"no one claimed that" states nothing',
      text: 'No one claimed that Sandworm attacked Ukrenergo.',
      expect: [],
    },
    {
      trap: '"rumours that" are hearsay, no fact',
      text: 'Rumours that Turla hacked NATO spread online.',
      expect: ['TARGETED Turla -> NATO suspected []'],
    },
    {
      trap: "a suspect's word is no fact",
      text: 'According to a suspect in the case, Lazarus Group hacked Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures suspected []'],
    },
    {
      trap: "an unnamed suspect's claim is only reported",
      text: 'The suspect claimed that Turla had hacked NATO.',
      expect: ['TARGETED Turla -> NATO reported []'],
    },
    {
      trap: 'a denial that calls the charge a lie stays a denial',
      text: 'Russia denied that APT28 hacked the Bundestag, calling the charge a lie.',
      expect: ['DENIES Russia -> APT28 denied [Russia]', 'TARGETED APT28 -> Bundestag denied [Russia]'],
    },
    {
      trap: '"suspect, but cannot prove, that" is a suspicion, never a fact',
      text: 'Officials suspect, but cannot prove, that APT28 hacked the Bundestag.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
      gap: '"suspect, but cannot prove," is not read: the contrast inside the aside ends the suspicion\'s reach, and the clause comes out asserted',
    },
    {
      trap: 'a counterfactual ("Had X not ..., Y would have") states nothing',
      text: 'Had Mandiant not spotted it, APT28 would have hacked NATO.',
      expect: [],
      gap: 'the main clause of an inverted counterfactual condition is read as a hedge ("would have"), so the hack comes out suspected',
    },
    {
      trap: 'denying having blamed X denies no deed of X',
      text: 'Mandiant denied that it had blamed APT28 for the hack of the Bundestag.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
      gap: '"denied that it had blamed X for Y" is read as denying that X did Y: the attribution comes out denied, and a DENIES edge names X',
    },
    {
      trap: '"an officer who commanded Unit X": the unit is led, never the officer\'s employer',
      text: 'The EU sanctioned Ivan Sorokin, a Russian officer who commanded Unit 74455 of the GRU.',
      expect: ['LEADS Ivan Sorokin -> Unit 74455 asserted []', 'PART_OF Unit 74455 -> GRU asserted []'],
      gap: 'a post noun before a relative clause ("an officer who commanded Unit X") takes the unit of the clause as the officer\'s employer (WORKS_FOR), and the clause\'s "commanded" gives no LEADS',
    },
  ],
  fr: [
    {
      trap: "le jour entre le verbe et la source qui le suit n'efface pas la source",
      text: "Le groupe APT28 a visé l'OTAN, a indiqué mardi Mandiant à l'AFP.",
      expect: ['TARGETED APT28 -> NATO reported [Mandiant]'],
    },
    {
      trap: 'le jour avant un porte-parole : son employeur parle',
      text: 'Le ministère des Armées a été visé par APT28, a indiqué mardi un porte-parole de Mandiant.',
      expect: ['TARGETED APT28 -> ministère des Armées reported [Mandiant]'],
    },
    {
      trap: "la tête d'une liste de cibles n'est pas la source placée après le verbe",
      text: "Le groupe APT28 a ciblé l'Estonie, la Lettonie et la Lituanie, a indiqué un responsable.",
      expect: [
        'TARGETED APT28 -> Estonia reported []',
        'TARGETED APT28 -> Lithuania reported []',
        'TARGETED APT28 -> Latvia reported []',
      ],
    },
    {
      trap: "un sujet suivi d'une apposition puis de son verbe n'est pas la source d'« a affirmé le ministère »",
      text: "APT28, un groupe russe, a visé l'OTAN, a affirmé le ministère.",
      expect: ['LOCATED_IN APT28 -> Russia asserted []', 'TARGETED APT28 -> NATO reported []'],
    },
    {
      trap: 'des sources proches du dossier ne sont pas nommées',
      text: 'Selon des sources proches du dossier, le groupe APT28 a visé le ministère des Armées.',
      expect: ['TARGETED APT28 -> ministère des Armées reported []'],
    },
    {
      trap: "« aurait été menée par » reste un soupçon, même d'après des sources",
      text: "D'après des sources proches de l'enquête, l'attaque contre TV5Monde aurait été menée par APT28.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '« serait lié à » reste un soupçon, même selon les services',
      text: 'Le groupe Sandworm serait lié au GRU, selon les services de renseignement.',
      expect: ['ATTRIBUTED_TO Sandworm Team -> GRU suspected []'],
    },
    {
      trap: "« soupçonné d'être membre » : une appartenance soupçonnée",
      text: "Paul Girard est soupçonné d'être membre du groupe Turla.",
      expect: ['MEMBER_OF Paul Girard -> Turla suspected []'],
    },
    {
      trap: "une inculpation n'est qu'une charge, même annoncée par le parquet",
      text: 'Paul Girard a été inculpé pour avoir travaillé pour le FSB, a annoncé vendredi le parquet.',
      expect: ['WORKS_FOR Paul Girard -> FSB suspected []'],
    },
    {
      trap: '« il est soupçonné de » a pour sujet le groupe, pas un impersonnel',
      text: "Le groupe Ghostwriter a ciblé l'Estonie. Il est soupçonné d'agir pour le compte de la Biélorussie.",
      expect: [
        'ATTRIBUTED_TO Ghostwriter -> Belarus suspected []',
        'TARGETED Ghostwriter -> Estonia asserted []',
      ],
    },
    {
      trap: "« il est supposé que » reste impersonnel : le groupe d'avant n'est l'auteur de rien",
      text: "Le groupe Ghostwriter a ciblé l'Estonie. Il est supposé que le groupe APT28 a visé la Pologne.",
      expect: ['TARGETED Ghostwriter -> Estonia asserted []', 'TARGETED APT28 -> Poland suspected []'],
    },
    {
      trap: "ce que dément le porte-parole n'est pas un piratage",
      text: 'Le porte-parole du Kremlin, Dmitri Peskov, a démenti jeudi que la Russie ait piraté TV5Monde.',
      expect: ['WORKS_FOR Dmitry Peskov -> Kremlin asserted []'],
    },
    {
      trap: "« l'agence » après une autre agence est le sujet que définit la première phrase",
      text: "L'Office norlandais des données est une agence chargée de la protection des données. L'Agence des routes a ouvert en 1990. L'agence est située à Bergen.",
      expect: ['LOCATED_IN Office norlandais des données -> Bergen asserted []'],
    },
    {
      trap: '« dont » après un nom propre ouvre une relative, pas une liste de cibles',
      text: "APT28 a visé l'OTAN, dont la France est membre.",
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: "qui évoque des attaques ne les commet pas : l'auteur du rapport n'est pas l'attaquant",
      text: "Le rapport de Mandiant évoque les attaques contre l'OTAN et la Pologne.",
      expect: ['TARGETED Hack of NATO -> NATO asserted []'],
    },
    {
      trap: "l'auteur d'une relative ne parle pas hors d'elle",
      text: "APT28, qui selon Microsoft est lié au GRU, a ciblé l'OTAN.",
      expect: ['ATTRIBUTED_TO APT28 -> GRU reported [Microsoft]', 'TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'probabilité : il est probable que',
      text: 'Il est probable que APT28 a piraté TV5Monde.',
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: "un nom de ministère n'avale pas le verbe de la déclaration",
      text: "Le ministère des Affaires étrangères affirme que APT28 a visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO reported [ministère des Affaires étrangères]'],
    },
    {
      trap: "le poste d'un porte-parole n'est tenu par aucun incident",
      text: "Moscou a nié tout lien avec l'attaque contre TV5Monde, tandis que le porte-parole du président Vladimir Poutine a qualifié les accusations d'infondées.",
      expect: [
        'DENIES Moscow -> Hack of TV5Monde denied [Moscow]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "employeur d'un analyste anonyme",
      text: 'Un analyste de Sekoia affirme que le groupe Turla a ciblé le ministère des Armées.',
      expect: ['TARGETED Turla -> ministère des Armées reported [Sekoia]'],
    },
    {
      trap: "employeur d'un chercheur après « selon »",
      text: 'Selon un chercheur de Kaspersky, le groupe Lazarus a ciblé la Banque du Bangladesh.',
      expect: ['TARGETED Lazarus Group -> Banque du Bangladesh reported [Kaspersky]'],
    },
    {
      trap: 'auteur hors de la proposition participiale',
      text: "Après avoir accusé la Russie d'être derrière l'attaque contre TV5Monde, Paris a convoqué l'ambassadeur.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> Russia reported [Paris]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'conditionnel : pourrait être liée',
      text: "L'attaque contre TV5Monde pourrait être liée à APT28.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'conditionnel : serait lié',
      text: 'Le groupe Turla serait lié au FSB.',
      expect: ['ATTRIBUTED_TO Turla -> FSB suspected []'],
    },
    {
      trap: 'démenti',
      text: "Le Kremlin a démenti toute implication dans l'attaque contre TV5Monde.",
      expect: [
        'DENIES Kremlin -> Hack of TV5Monde denied [Kremlin]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "un démenti vise l'acteur accusé",
      text: 'Pékin a démenti que APT40 ait piraté les serveurs de Microsoft.',
      expect: [
        'DENIES Beijing -> Leviathan denied [Beijing]',
        'TARGETED Leviathan -> Microsoft denied [Beijing]',
      ],
    },
    {
      trap: 'allégations',
      text: "Téhéran n'a pas commenté les allégations selon lesquelles APT33 a visé Saudi Aramco.",
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: "qui dénonce une attaque ne l'a pas menée",
      text: 'Le ministère des Affaires étrangères a dénoncé une attaque contre TV5Monde.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "qui signale une campagne ne l'a pas menée",
      text: "Microsoft a signalé une campagne contre l'OTAN.",
      expect: [],
    },
    {
      trap: 'question',
      text: "La Chine était-elle responsable de l'attaque contre Airbus ?",
      expect: [],
    },
    {
      trap: 'condition',
      text: "Si la Russie était derrière l'attaque contre TV5Monde, Paris réagirait.",
      expect: [],
    },
    {
      trap: 'interrogation indirecte',
      text: 'On ignore si la Corée du Nord est derrière le piratage de Sony Pictures.',
      expect: [],
    },
    {
      trap: "question d'un journaliste",
      text: 'Le journaliste du Monde se demande si APT28 a piraté En Marche.',
      expect: [],
    },
    {
      trap: 'absence de preuve',
      text: "Rien ne prouve que l'Iran soit derrière l'attaque contre Saudi Aramco.",
      expect: [],
    },
    {
      trap: 'attribution niée',
      text: "Les enquêteurs n'ont pas attribué l'attaque contre TV5Monde à APT28.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'concession : le démenti reste dans sa proposition',
      text: 'Selon Mandiant, même si le Kremlin dément, APT28 est lié au GRU.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU reported [Mandiant]', 'DENIES Kremlin -> APT28 denied [Kremlin]'],
    },
    {
      trap: 'négation : n’est pas responsable',
      text: "APT28 n'est pas responsable de l'attaque contre TV5Monde.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'soupçonné d’avoir piraté',
      text: "APT28 est soupçonné d'avoir piraté TV5Monde.",
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: 'conditionnel : aurait piraté',
      text: 'APT28 aurait piraté TV5Monde.',
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: 'accusé d’avoir visé',
      text: "APT28 est accusé d'avoir visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'conditionnel : serait derrière',
      text: "La Russie serait derrière l'attaque contre TV5Monde.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> Russia suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'hypothèse : si … était',
      text: 'Si la Russie était derrière le piratage de TV5Monde, Paris réagirait.',
      expect: [],
    },
    {
      trap: 'accusations rejetées sans auteur : le démenti de qui les rejette',
      text: "Moscou a rejeté les accusations selon lesquelles APT28 a visé l'OTAN.",
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> NATO denied [Moscow]'],
    },
    {
      trap: 'après la virgule, le sujet du verbe de parole le suit : le nom qui précède ne parle pas',
      text: "APT28 a visé l'OTAN, a déclaré un responsable au Monde.",
      expect: ['TARGETED APT28 -> NATO reported []'],
    },
    {
      trap: 'supposition de sources anonymes',
      text: "Des sources anonymes supposent que APT28 a visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: '« selon lesquelles » ne nomme aucune source',
      text: "Le Kremlin a démenti les informations selon lesquelles APT28 a visé l'OTAN.",
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> NATO denied [Kremlin]'],
    },
    {
      trap: 'question : est-ce que',
      text: 'Est-ce que APT28 a piraté TV5Monde ?',
      expect: [],
    },
    {
      trap: 'une attribution par des enquêteurs anonymes est rapportée, non affirmée',
      text: 'Des enquêteurs ont attribué le piratage de TV5Monde à APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'une liste de sources',
      text: "Selon Mandiant, CrowdStrike et Microsoft, APT28 a visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO reported [CrowdStrike, Mandiant, Microsoft]'],
    },
    {
      trap: 'démenti après coup : le fait cité avant la virgule est démenti, non affirmé',
      text: "Le groupe APT28 a ciblé l'OTAN, a démenti le Kremlin.",
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> NATO denied [Kremlin]'],
    },
    {
      trap: 'démenti après coup, sujet inversé et interlocuteur',
      text: 'Le groupe Lazarus a piraté Sony Pictures, a nié Pyongyang à la presse.',
      expect: [
        'DENIES Pyongyang -> Lazarus Group denied [Pyongyang]',
        'TARGETED Lazarus Group -> Sony Pictures denied [Pyongyang]',
      ],
    },
    {
      trap: 'négation « jamais » close par celui qui parle',
      text: "Le groupe Turla n'a jamais visé le ministère des Armées, a affirmé Moscou.",
      expect: [
        'DENIES Moscow -> Turla denied [Moscow]',
        'TARGETED Turla -> ministère des Armées denied [Moscow]',
      ],
    },
    {
      trap: "négation dans la voix de l'article : aucune arête",
      text: "Le groupe APT28 n'a pas piraté TV5Monde.",
      expect: [],
    },
    {
      trap: 'une rumeur démentie après coup : le démenti, non le soupçon du démenteur',
      text: 'Le groupe APT28 aurait piraté TV5Monde, a démenti le Kremlin.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> TV5Monde denied [Kremlin]'],
    },
    {
      trap: "ne pas démentir n'est pas démentir",
      text: "Moscou n'a pas démenti que le groupe APT28 a ciblé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'une relative après la virgule garde son démenti pour elle',
      text: "Le groupe APT28 a ciblé l'OTAN, ce que Moscou dément.",
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: '« mis sur le compte de » au conditionnel : soupçonné',
      text: "L'attaque contre TV5Monde aurait été mise sur le compte d'APT28.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '« mis sur le compte de » par un agent nommé : rapporté',
      text: "L'attaque contre TV5Monde a été mise sur le compte d'APT28 par l'ANSSI.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [ANSSI]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "« qu'il présente comme » : le sujet de la principale parle, non le nom qui précède",
      text: "En octobre, le parquet de Paris a inculpé Paul Martin, qu'il présente comme le dirigeant de LockBit.",
      expect: ['LEADS Paul Martin -> LockBit reported [parquet de Paris]'],
    },
    {
      trap: "« qu'elle présente comme » après le nom d'un service : ce service ne parle pas",
      text: "La justice américaine a inculpé trois officiers du GRU, qu'elle présente comme les auteurs de l'attaque contre TV5Monde.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> GRU reported []',
        'TARGETED GRU -> TV5Monde reported []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'un lien dans une relative « que » est la thèse de son sujet, même anonyme',
      text: "Le groupe Turla, que plusieurs gouvernements rattachent au FSB, a visé l'OTAN.",
      expect: ['ATTRIBUTED_TO Turla -> FSB reported []', 'TARGETED Turla -> NATO asserted []'],
    },
    {
      trap: "une relative « qui » dit le lien dans la voix de l'article",
      text: "Le groupe Turla, qui est lié au FSB, a visé l'OTAN.",
      expect: ['ATTRIBUTED_TO Turla -> FSB asserted []', 'TARGETED Turla -> NATO asserted []'],
    },
    {
      trap: 'le titulaire du poste nommé en apposition dément, non le service dont il est le porte-parole',
      text: "Le porte-parole du Kremlin, Dmitri Peskov, a démenti que le groupe APT28 ait ciblé l'OTAN.",
      expect: [
        'DENIES Dmitry Peskov -> APT28 denied [Dmitry Peskov, Kremlin]',
        'TARGETED APT28 -> NATO denied [Dmitry Peskov, Kremlin]',
        'WORKS_FOR Dmitry Peskov -> Kremlin asserted []',
      ],
    },
    {
      trap: 'une attribution par des enquêteurs non nommés, au passif : rapportée, non affirmée',
      text: "L'attaque contre TV5Monde a été imputée à APT28 par les enquêteurs.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '« par » après un lien qui ne nomme aucun agent : le lien reste celui de l’article',
      text: 'Le groupe APT28 est lié au GRU par des liens étroits.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU asserted []'],
    },
    {
      trap: 'une négation dans la déclaration ne dément pas un incident nommé dans une autre proposition',
      text: "Jeanne Roux, la directrice de Maersk, a toujours assuré que la société n'avait pas payé et que l'attaque contre Maersk avait été contenue.",
      expect: ['LEADS Jeanne Roux -> Maersk asserted []', 'TARGETED Hack of Maersk -> Maersk asserted []'],
    },
    {
      trap: 'soupçonner quelqu’un d’avoir agi : soupçonné, non affirmé',
      text: "Des experts soupçonnent le groupe APT28 d'avoir piraté TV5Monde.",
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: '« il n’est pas exclu que » : possible, ni affirmé ni démenti',
      text: "Il n'est pas exclu que le groupe APT28 ait piraté TV5Monde.",
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: 'un démenti avec adverbe : « a toujours nié que … ait piraté »',
      text: 'Le Kremlin a toujours nié que le groupe APT28 ait piraté TV5Monde.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> TV5Monde denied [Kremlin]'],
    },
    {
      trap: "« X, filiale de Y » parle de X seul : sans nom avant la virgule, le sujet n'est la filiale de rien",
      text: 'Microsoft a racheté Vantor, filiale de Norsk Hydro.',
      expect: [],
    },
    {
      trap: "l'agent d'un passif qui relie (« relié par X aux attaques ») fait le lien, il n'attaque pas",
      text: "Ce maliciel a été relié par Mandiant aux attaques contre l'OTAN.",
      expect: ['TARGETED Hack of NATO -> NATO asserted []'],
    },
    {
      trap: "un État sujet d'un verbe d'attaque n'est pas un acteur : aucune arête, comme en anglais",
      text: 'La Russie a piraté TV5Monde.',
      expect: [],
    },
    {
      trap: "un État accusé d'avoir piraté n'est pas un acteur : aucune arête",
      text: "Washington accuse la Corée du Nord d'avoir piraté Sony Pictures.",
      expect: [],
    },
    {
      trap: "« les pirates derrière X » sont les gens de X : ce qu'ils ont utilisé n'est pas attribué à X",
      text: 'Le groupe Turla est actif depuis 2008. Les pirates derrière Turla ont utilisé le logiciel malveillant Reedcask.',
      expect: ['USES Turla -> Reedcask asserted []'],
    },
    {
      trap: "« les opérateurs derrière X ont utilisé » : l'outil n'est pas attribué à X",
      text: 'Le groupe Turla est actif depuis 2008. Les opérateurs derrière Turla ont utilisé le logiciel malveillant Reedcask.',
      expect: ['USES Turla -> Reedcask asserted []'],
    },
    {
      trap: "qui dit, dans une relative, qu'un nom a été visé n'est pas la victime",
      text: "L'OTAN, que Mandiant dit avoir été visée par APT28, a renforcé ses défenses.",
      expect: ['TARGETED APT28 -> NATO reported [Mandiant]'],
    },
    {
      trap: 'une relative niée ne dit aucune attaque',
      text: "L'OTAN, que le groupe APT28 n'a jamais visée, a renforcé ses défenses.",
      expect: [],
    },
    {
      trap: 'un passif nié avec son agent ne dit aucune attaque',
      text: "L'OTAN n'a pas été attaquée par APT28.",
      expect: [],
    },
    {
      trap: 'une question sur la cible ne dit aucune attaque',
      text: "L'OTAN a-t-elle été la cible d'APT28 ?",
      expect: [],
    },
    {
      trap: 'une condition sur la cible ne dit aucune attaque',
      text: "Si l'OTAN a été la cible d'APT28, l'alliance réagira.",
      expect: [],
    },
    {
      trap: 'un passif démenti est nié par qui le dément',
      text: "Moscou dément que l'OTAN ait été attaquée par APT28.",
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> NATO denied [Moscow]'],
    },
    {
      trap: "« qu'il accuse de mentir sur X » : l'accusé a menti, il n'a pas commis X",
      text: "Le gouvernement allemand a rompu avec l'Iran, qu'il accuse de mentir sur le piratage de TV5Monde.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "« qu'il n'accuse pas d'avoir commandité X » : une accusation niée n'attribue rien",
      text: "Le gouvernement allemand a rompu avec l'Iran, qu'il n'accuse pas d'avoir commandité le piratage de TV5Monde.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "l'agent d'un participe entre virgules n'est pas le sujet du verbe qui suit",
      text: "Ces attaques, attribuées par Mandiant à un groupe étranger, ont visé l'OTAN.",
      expect: [],
    },
    {
      trap: 'une description de groupe après une victime ne dit rien de la victime',
      text: "APT28 a visé l'OTAN, un groupe lié au GRU.",
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'un média qui cite des sources entre son verbe et « que » est le garant',
      text: "Le Monde a rapporté, citant des sources proches du dossier, qu'APT28 a visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO reported [Le Monde]'],
    },
    {
      trap: 'a post after "au" is the addressee\'s: the sender of the letter leads nothing',
      text: "Une lettre de Jean Dupont au directeur de l'ANSSI est restée sans réponse.",
      expect: [],
    },
    {
      trap: "un candidat « contre » un autre, même rapporté par une société, n'est pas une attaque",
      text: 'M. Paul Leroy se présente contre M. Jean Vidal, a indiqué la société Quillsec.',
      expect: [],
    },
    {
      trap: 'un candidat qui ne mène aucune campagne contre un autre ne cible personne',
      text: 'M. Paul Leroy, candidat à Brest, ne mène aucune campagne contre M. Jean Vidal.',
      expect: [],
    },
    {
      trap: "le fils d'un directeur ne dirige rien, même selon un journal",
      text: 'Selon Le Monde, M. Paul Morel, fils du directeur de la société Quillbank, serait candidat.',
      expect: [],
    },
    {
      trap: "une question sur un piratage laisse au poste son titulaire et n'affirme aucune attaque",
      text: "Mme Claire Roux, directrice de l'hôpital de Brest, a-t-elle été piratée ?",
      expect: ['LEADS Claire Roux -> hôpital de Brest asserted []'],
    },
    {
      trap: 'se diriger vers une société, ce n’est pas la diriger',
      text: "Le cortège se dirigeait vers la société Quillbank quand APT28 a visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: "n'avoir jamais eu recours à un logiciel n'en est pas l'usage",
      text: "Le groupe APT28 n'a jamais eu recours au logiciel Zebrocy.",
      expect: [],
    },
    {
      trap: "une question sur le recours à un logiciel n'affirme pas l'usage",
      text: 'Le groupe APT28 a-t-il eu recours au logiciel Zebrocy ?',
      expect: [],
    },
    {
      trap: "« si X s'est servi de Y » n'affirme rien",
      text: "Si le groupe APT28 s'est servi de Zebrocy, l'OTAN doit réagir.",
      expect: [],
    },
    {
      trap: "le journal qui cite une société qui impute n'est pas le garant : la société l'est",
      text: 'Selon Le Monde, la société Quillsec impute le piratage de TV5Monde au groupe APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Quillsec]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "qui n'impute pas un piratage ne l'attribue à personne",
      text: "La société Quillsec n'impute pas le piratage de TV5Monde au groupe APT28.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "« rien ne prouve » qu'un groupe soit une émanation d'un service",
      text: 'Rien ne prouve que le groupe APT28 soit une émanation du GRU.',
      expect: [],
    },
    {
      trap: "une émanation au conditionnel, selon une société, n'est que soupçonnée",
      text: 'Le groupe APT28 serait une émanation du GRU, selon la société Quillsec.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU suspected [Quillsec]'],
    },
    {
      trap: "une question sur une cyberattaque subie n'affirme aucune attaque",
      text: 'Le ministère des Armées a-t-il subi une cyberattaque du groupe APT28 ?',
      expect: [],
    },
    {
      trap: "l'agent après un piratage complément d'un autre nom est celui de ce nom : qui analyse n'attaque pas",
      text: "L'analyse du piratage de TV5Monde par l'ANSSI a duré des mois.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "« le piratage de X par Y » dans une question n'attribue rien",
      text: 'Le piratage de TV5Monde par APT28 a-t-il eu lieu ?',
      expect: [],
    },
    {
      trap: '« le piratage de X par Y » démenti est nié par qui dément',
      text: 'Le Kremlin dément le piratage de TV5Monde par APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 denied [Kremlin]',
        'DENIES Kremlin -> APT28 denied [Kremlin]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "« à laquelle X ne s'en est jamais pris » : la négation ne laisse aucune cible",
      text: "La société Quillbank, à laquelle le groupe APT29 ne s'en est jamais pris, a réagi.",
      expect: [],
    },
    {
      trap: "« à laquelle » devant un verbe qui n'est pas une attaque ne fait de personne une cible",
      text: "L'ANSSI, à laquelle la société Quillbank a signalé l'incident, a réagi.",
      expect: [],
    },
    {
      trap: "le poste d'un porte-parole cité après son verbe n'est pas celui du groupe nommé avant la virgule",
      text: "Le groupe APT28 a piraté la société Quillbank, a précisé un porte-parole de l'ANSSI.",
      expect: ['TARGETED APT28 -> Quillbank reported [ANSSI]'],
    },
    {
      trap: "qui n'a pas attribué une attaque « au groupe » X ne l'attribue pas",
      text: "L'ANSSI n'a pas attribué l'attaque contre la société Quillbank au groupe APT28.",
      expect: ['TARGETED Hack of Quillbank -> Quillbank asserted []'],
    },
    {
      trap: "n'avoir jamais compromis des serveurs n'est pas une intrusion",
      text: "Le groupe APT28 n'a jamais compromis les serveurs du ministère des Armées.",
      expect: [],
    },
    {
      trap: "une question sur une intrusion dans des réseaux n'en affirme aucune",
      text: "Le groupe APT28 s'est-il introduit dans les réseaux de l'OTAN ?",
      expect: [],
    },
    {
      trap: "compromettre une réputation n'est pas pirater",
      text: 'Paul Morel a compromis la réputation de la société Quillbank.',
      expect: [],
    },
    {
      trap: 'une intrusion au conditionnel rapportée par un journal est soupçonnée, le journal garant',
      text: "Le groupe APT28 aurait compromis les serveurs de l'OTAN, selon Le Monde.",
      expect: ['TARGETED APT28 -> NATO suspected [Le Monde]'],
    },
    {
      trap: "dans une liste d'incidents, le premier n'est pas l'auteur du second : « contre » nomme la victime du second",
      text: "Le piratage de TV5Monde et l'attaque contre la société Quillbank ont duré des mois.",
      expect: [
        'TARGETED Hack of Quillbank -> Quillbank asserted []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "« l'unité X du GRU n'a jamais visé » : ni l'unité ni le GRU ne visent",
      text: "L'unité 74455 du GRU n'a jamais visé l'Ukraine.",
      expect: ['PART_OF Unit 74455 -> GRU asserted []'],
    },
    {
      trap: "« l'unité X du GRU a visé », selon un journal : l'unité vise, le GRU ne fait que compléter son nom",
      text: "Selon Le Monde, l'unité 74455 du GRU a visé l'Ukraine.",
      expect: [
        'PART_OF Unit 74455 -> GRU reported [Le Monde]',
        'TARGETED Unit 74455 -> Ukraine reported [Le Monde]',
      ],
    },
    {
      trap: "ne pas être l'un des membres d'un groupe n'en fait pas un membre",
      text: "Paul Morel n'est pas l'un des membres du groupe APT28.",
      expect: [],
    },
    {
      trap: 'a question whether an actor is behind an attack states nothing',
      text: "APT99 est-il derrière l'attaque contre l'Autorité portuaire de Quillon ?",
      expect: [],
    },
    {
      trap: 'a condition in the past tense states nothing',
      text: "Si APT99 était derrière l'intrusion à la Banque du Port, des sanctions suivraient.",
      expect: [],
    },
    {
      trap: 'an expert ruling out any role ascribes nothing',
      text: "Un expert indépendant a exclu toute implication d'APT28 dans la panne de la Banque du Port.",
      expect: [],
    },
    {
      trap: 'a suspicion later dropped ascribes nothing',
      text: "Les enquêteurs avaient d'abord soupçonné APT99, avant d'abandonner cette piste.",
      expect: [],
    },
    {
      trap: 'two actors in one sentence: only the subject of the verb is the agent',
      text: "Turla et APT99 étaient actifs en mars, mais seul APT99 a visé l'Autorité portuaire de Quillon.",
      expect: ['TARGETED APT99 -> Autorité portuaire de Quillon asserted []'],
    },
    {
      trap: 'a victim who worked with a lab is no part of it',
      text: 'Le journaliste Sami Haddad, qui travaillait avec Citizen Lab, affirme que son téléphone a été infecté.',
      expect: [],
    },
    {
      trap: '"soutenu par" ascribes a group to its sponsor',
      text: "Le groupe APT99, soutenu par l'Iran, a visé l'Autorité portuaire de Quillon.",
      expect: [
        'ATTRIBUTED_TO APT99 -> Iran asserted []',
        'TARGETED APT99 -> Autorité portuaire de Quillon asserted []',
      ],
    },
    {
      trap: '"soutenu par" makes no ministry part of the bank that backs it',
      text: 'Le ministère de la Santé, soutenu par la Banque mondiale, a lancé un programme.',
      expect: [],
    },
    {
      trap: '"rien ne prouve" states nothing',
      text: "Rien ne prouve qu'APT99 ait visé la Banque du Port.",
      expect: [],
    },
    {
      trap: 'an inquiry still open ascribes nothing',
      text: "Les autorités n'ont pas encore déterminé si Turla était derrière l'intrusion.",
      expect: [],
    },
    {
      trap: 'a company denying its software was used gives no edge',
      text: 'La société a nié que son logiciel Pegasus ait été utilisé contre le journaliste Sami Haddad.',
      expect: [],
    },
    {
      trap: 'a newspaper in the conditional suspects',
      text: 'Selon le journal, APT99 aurait visé la Banque du Port.',
      expect: ['TARGETED APT99 -> Banque du Port suspected []'],
    },
    {
      trap: 'a phone never infected, with a long subject, was no target',
      text: "Le téléphone du célèbre journaliste Sami Haddad n'a jamais été infecté par Pegasus.",
      expect: [],
    },
    {
      trap: '"on ignore qui est derrière" names no author',
      text: "On ignore qui est derrière l'attaque contre l'Autorité portuaire de Quillon.",
      expect: ['TARGETED Hack of Autorité portuaire de Quillon -> Autorité portuaire de Quillon asserted []'],
    },
    {
      trap: 'an accusation denied in the same sentence',
      text: "Washington a accusé Moscou de l'attaque, ce que Moscou a démenti.",
      expect: [],
    },
    {
      trap: 'nobody claiming an attack claims nothing',
      text: "Personne n'a revendiqué le piratage de la Banque du Port.",
      expect: ['TARGETED Hack of Banque du Port -> Banque du Port asserted []'],
    },
    {
      trap: 'researchers attributing an attack to no group ascribe nothing',
      text: "Les chercheurs n'ont attribué le piratage de la Banque du Port à aucun groupe.",
      expect: ['TARGETED Hack of Banque du Port -> Banque du Port asserted []'],
    },
    {
      trap: 'a rhetorical question states nothing',
      text: 'Faut-il croire que la Corée du Nord a piraté la Banque du Port ?',
      expect: [],
    },
    {
      trap: 'a question by inversion in the conditional states nothing',
      text: 'Le groupe APT99 aurait-il piraté la Banque du Port ?',
      expect: [],
    },
    {
      trap: 'accusations called ridiculous make APT28 no author',
      text: 'Le porte-parole de Moscou a qualifié de ridicules les accusations visant APT28.',
      expect: [],
    },
    {
      trap: "a minister's statement is reported, not the article's own",
      text: 'Le ministre a affirmé que Turla avait visé le ministère des Affaires étrangères.',
      expect: ['TARGETED Turla -> ministère des Affaires étrangères reported []'],
    },
    {
      trap: 'investigators still asking whether a group attacked state nothing',
      text: 'Les enquêteurs cherchent encore à savoir si le groupe APT99 a visé la Banque du Port.',
      expect: [],
    },
    {
      trap: 'a denial of an accusation in the conditional: the accused named by a pronoun is no author',
      text: 'Le Kremlin a rejeté les accusations selon lesquelles il serait derrière le piratage de la Banque du Port.',
      expect: [
        'DENIES Kremlin -> Hack of Banque du Port denied [Kremlin]',
        'TARGETED Hack of Banque du Port -> Banque du Port asserted []',
      ],
    },
    {
      trap: 'a conditional inside rejected accusations is rejected with them',
      text: 'Le Kremlin a rejeté les accusations selon lesquelles APT28 serait derrière le piratage de la Banque du Port.',
      expect: [
        'ATTRIBUTED_TO Hack of Banque du Port -> APT28 denied [Kremlin]',
        'DENIES Kremlin -> APT28 denied [Kremlin]',
        'TARGETED Hack of Banque du Port -> Banque du Port asserted []',
      ],
    },
    {
      trap: 'an attack on the firm that made an attribution: the firm claims it, the attack ascribes nothing',
      text: 'Mandiant, qui avait attribué le piratage de la Banque du Port à APT99, a été attaquée.',
      expect: [
        'ATTRIBUTED_TO Hack of Banque du Port -> APT99 reported [Mandiant]',
        'TARGETED Hack of Banque du Port -> Banque du Port asserted []',
      ],
    },
    // Un verbe de soupçon donne son sujet comme celui qui soupçonne.
    {
      trap: 'le sujet de « soupçonne » tient le soupçon',
      text: "Microsoft soupçonne le groupe APT28 d'avoir piraté TV5Monde.",
      expect: ['TARGETED APT28 -> TV5Monde suspected [Microsoft]'],
    },
    {
      trap: 'le sujet de « présume que » tient le soupçon',
      text: 'Microsoft présume que APT33 a visé Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected [Microsoft]'],
    },
    // Une négation gouverne son prédicat par-delà une incise.
    {
      trap: 'une incise entre « n’a » et « jamais » garde la négation',
      text: "TV5Monde n'a, selon ses dirigeants, jamais été visé par APT28.",
      expect: [],
    },
    {
      trap: 'une incise de temps entre « n’a » et « pas » garde la négation',
      text: "TV5Monde n'a, à ce jour, pas été visé par APT28.",
      expect: [],
    },
    // Attributions mises en question, supposées, nuancées, démenties, retirées ou à venir ; l'acte
    // passé d'un autre acteur, une comparaison, l'employeur d'un chercheur, une victime qui parle,
    // un faux drapeau, des imitateurs, des listes de suspects ; la négation jusqu'à « mais » et les
    // doutes écrits après coup.
    {
      trap: "une question nomme un suspect et n'affirme rien",
      text: 'APT28 est-il derrière le piratage du Bundestag ?',
      expect: [],
    },
    {
      trap: "une question inversée n'affirme rien",
      text: 'La Corée du Nord a-t-elle piraté Sony Pictures ?',
      expect: [],
    },
    {
      trap: "un suspect désigné après une question n'est pas un auteur",
      text: 'Qui a piraté TV5Monde ? Certains analystes désignent APT28.',
      expect: [],
    },
    {
      trap: "une hypothèse en « si » n'affirme rien",
      text: "Si APT28 était derrière l'attaque contre le Bundestag, l'OTAN réagirait.",
      expect: [],
    },
    {
      trap: "une supposition n'affirme rien",
      text: "À supposer qu'APT33 ait visé Saudi Aramco, le mobile reste obscur.",
      expect: [],
    },
    {
      trap: 'le conditionnel et « selon certains » : soupçonné, sans auteur nommé',
      text: 'APT33 aurait, selon certains, visé Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: 'ce que des experts anonymes pensent possible est soupçonné',
      text: "Certains experts pensent qu'APT28 pourrait avoir piraté TV5Monde.",
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: 'le conditionnel de rumeur',
      text: 'APT28 serait lié au GRU.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU suspected []'],
    },
    {
      trap: "l'accusé qui nie tout rôle nie, et n'est pas l'auteur",
      text: 'Moscou a nié tout rôle dans le piratage du Bundestag.',
      expect: [
        'DENIES Moscow -> Hack of Bundestag denied [Moscow]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: "l'accusé qui dément n'avoue rien",
      text: 'Pyongyang a démenti avoir piraté Sony Pictures.',
      expect: [],
    },
    {
      trap: "des accusations rejetées par l'accusé ne sont pas affirmées",
      text: "L'Iran a rejeté les accusations selon lesquelles il aurait visé Saudi Aramco.",
      expect: [],
    },
    {
      trap: "des accusations qualifiées d'absurdes ne font pas d'auteur",
      text: "Le Kremlin a qualifié d'absurdes les accusations visant APT28.",
      expect: [],
    },
    {
      trap: 'une négation close par celui qui parle est niée par lui',
      text: "APT28 n'a pas piraté TV5Monde, a affirmé le Kremlin.",
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> TV5Monde denied [Kremlin]'],
    },
    {
      trap: "une attribution dont l'auteur s'est rétracté reste soupçonnée, la sienne",
      text: "Mandiant a accusé APT33 de l'attaque contre Saudi Aramco, avant de se rétracter.",
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected [Mandiant]',
        'TARGETED APT33 -> Saudi Aramco suspected [Mandiant]',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'le rapport retiré ne garantit rien',
      text: "Microsoft a retiré son rapport selon lequel APT28 avait visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'ce qui « pourrait être imputé » est soupçonné',
      text: "L'attaque contre Saudi Aramco pourrait être imputée à APT33.",
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: "une attribution à venir n'est pas faite",
      text: 'Le piratage du Bundestag pourrait un jour être attribué à APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: "une cible possible n'est pas une cible",
      text: "APT28 pourrait viser l'OTAN l'an prochain.",
      expect: [],
    },
    {
      trap: "l'attaque passée d'un acteur, dans une relative, est affirmée ; celle qu'on nie ne l'est pas",
      text: "APT28, qui a piraté le Bundestag en 2015, n'a pas participé à l'attaque contre TV5Monde.",
      expect: [
        'TARGETED APT28 -> Bundestag asserted []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "l'acteur d'une comparaison n'a pas fait ce que dit la principale",
      text: 'Comme Lazarus avant lui, le nouveau groupe a piraté Sony Pictures.',
      expect: [],
    },
    {
      trap: "« à l'instar de » : l'acteur comparé n'est pas le sujet",
      text: "À l'instar d'APT28, le nouveau groupe a piraté le Bundestag.",
      expect: [],
    },
    {
      trap: "« et non X » : l'acte est au seul premier nommé",
      text: "C'est Turla, et non APT28, qui a piraté le Bundestag.",
      expect: ['TARGETED Turla -> Bundestag asserted []'],
    },
    {
      trap: "l'employeur d'un chercheur est le déclarant, jamais un argument",
      text: "Jean Dupont, chercheur chez Mandiant, a affirmé qu'APT28 avait visé l'OTAN.",
      expect: [
        'TARGETED APT28 -> NATO reported [Jean Dupont, Mandiant]',
        'WORKS_FOR Jean Dupont -> Mandiant asserted []',
      ],
    },
    {
      trap: "l'employeur d'un chercheur anonyme est le déclarant",
      text: "Un chercheur de Microsoft a déclaré qu'APT28 avait piraté TV5Monde.",
      expect: ['TARGETED APT28 -> TV5Monde reported [Microsoft]'],
    },
    {
      trap: "l'employeur d'analystes est le déclarant",
      text: "Les analystes de Mandiant estiment qu'APT33 a visé Saudi Aramco.",
      expect: ['TARGETED APT33 -> Saudi Aramco reported [Mandiant]'],
    },
    {
      trap: "le journaliste qui dément les premières informations n'affirme aucun piratage",
      text: "Contrairement aux premières informations, APT28 n'a pas piraté TV5Monde.",
      expect: [],
    },
    {
      trap: "une enquête sans preuve n'affirme rien",
      text: "Notre enquête n'a trouvé aucune preuve qu'APT28 ait piraté TV5Monde.",
      expect: [],
    },
    {
      trap: "une affirmation qui ne tient pas n'est pas affirmée",
      text: "L'affirmation selon laquelle la Corée du Nord aurait piraté Sony Pictures ne tient pas.",
      expect: [],
    },
    {
      trap: "faux drapeau : une attaque maquillée n'est pas celle de l'acteur imité",
      text: "L'attaque contre TV5Monde a été maquillée pour ressembler à une opération d'APT28.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "faux drapeau : se faire passer pour un acteur n'en fait pas l'attaquant",
      text: 'Les attaquants se sont fait passer pour APT28 afin de pirater TV5Monde.',
      expect: [],
    },
    {
      trap: "faux drapeau : l'acteur qu'on veut incriminer n'a rien fait",
      text: 'Le piratage du Bundestag était une opération sous faux drapeau destinée à incriminer APT28.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "des imitateurs d'un acteur ne sont pas cet acteur",
      text: 'Des imitateurs de Lazarus ont piraté Sony Pictures.',
      expect: [],
    },
    {
      trap: "un groupe imitant un acteur n'est pas cet acteur",
      text: "Un groupe imitant APT28 a visé l'OTAN.",
      expect: [],
    },
    {
      trap: "une liste de suspects n'accuse personne",
      text: 'Parmi les suspects figurent APT28, Turla et Sandworm.',
      expect: [],
    },
    {
      trap: 'les pistes des enquêteurs ne sont pas des auteurs',
      text: "Les enquêteurs s'intéressent à APT28, Turla ou Sandworm pour le piratage du Bundestag.",
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "la négation s'arrête à « mais » : le second verbe est affirmé, du sujet du premier",
      text: "APT28 n'a pas visé l'OTAN mais a piraté le Bundestag.",
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: "« mais elle » après une négation : le sujet, jamais l'objet nié",
      text: "APT28 n'a pas visé l'OTAN, mais elle a piraté le Bundestag.",
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'un doute après coup laisse le fait soupçonné',
      text: 'APT28 a piraté le Bundestag, sans que cela ait pu être vérifié.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: "un piratage par Y jamais prouvé n'est que soupçonné",
      text: "Le piratage du Bundestag par APT28 n'a jamais été prouvé.",
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: "« ce qui n'a pas pu être confirmé » : soupçonné, toujours la source",
      text: "Selon Mandiant, APT28 a piraté le Bundestag, ce qui n'a pas pu être confirmé.",
      expect: ['TARGETED APT28 -> Bundestag suspected [Mandiant]'],
    },
    {
      trap: "une question ouverte n'affirme rien",
      text: "On ignore si APT28 a visé l'OTAN.",
      expect: [],
    },
    {
      trap: "ce que personne n'a affirmé n'est pas affirmé",
      text: "Personne n'a affirmé qu'APT28 avait piraté TV5Monde.",
      expect: [],
    },
    {
      trap: "« rien ne prouve » n'affirme rien",
      text: 'Rien ne prouve que Lazarus ait piraté Sony Pictures.',
      expect: [],
    },
    {
      trap: "un acteur lié à un incident en est l'auteur, jamais lié à la victime",
      text: 'APT28 est lié au piratage du Bundestag.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 asserted []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: "« reste à savoir si » n'affirme rien",
      text: 'Reste à savoir si APT28 a piraté TV5Monde.',
      expect: [],
    },
    {
      trap: "une clivée niée refuse l'acte à son sujet",
      text: "Ce n'est pas APT28 qui a piraté le Bundestag.",
      expect: [],
    },
    {
      trap: "« pas X mais Y » : l'acte est à Y seul",
      text: "Ce n'est pas APT28 mais Turla qui a piraté le Bundestag.",
      expect: ['TARGETED Turla -> Bundestag asserted []'],
    },
    {
      trap: "« pas X mais des hacktivistes qui » : l'acte est aux hacktivistes, jamais à X",
      text: "Selon Moscou, ce n'est pas APT28 mais des hacktivistes qui ont piraté TV5Monde.",
      expect: [],
    },
    {
      trap: 'une accusation et le démenti qui suit gardent chacun leur auteur',
      text: "Kiev accuse Moscou de l'attaque contre Ukrenergo, ce que le Kremlin dément.",
      expect: [
        'ATTRIBUTED_TO Hack of Ukrenergo -> Moscow reported [Kyiv]',
        'DENIES Kremlin -> Hack of Ukrenergo denied [Kremlin]',
        'TARGETED Hack of Ukrenergo -> Ukrenergo asserted []',
      ],
    },
    {
      trap: "une piste que les enquêteurs n'excluent pas n'est pas un auteur",
      text: "Les enquêteurs n'excluent pas la piste d'APT28 dans le piratage du Bundestag.",
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "un groupe évoqué sans revendication n'est pas l'auteur",
      text: "Aucun groupe n'a revendiqué l'attaque contre TV5Monde, même si APT28 a été évoqué.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "la négation rapportée s'arrête à « mais » : le second verbe est rapporté",
      text: "Mandiant affirme qu'APT28 n'a pas piraté TV5Monde mais a visé l'OTAN.",
      expect: [
        'DENIES Mandiant -> APT28 denied [Mandiant]',
        'TARGETED APT28 -> NATO reported [Mandiant]',
        'TARGETED APT28 -> TV5Monde denied [Mandiant]',
      ],
    },
    // Une région, puis ses villes : chaque ville en fait partie, jamais une ville d'une autre.
    {
      trap: 'une liste de villes après « à » ne met aucune ville dans une autre',
      text: 'Des grèves ont éclaté à Lyon, à Lille et à Nantes.',
      expect: [],
    },
    {
      trap: 'une personne de la commune n’est pas une partie de la commune',
      text: 'M. Kerbrat, instituteur de la commune de Plouvenez, a été décoré.',
      expect: [],
    },
    {
      trap: 'une ville « près de » une autre n’en fait pas partie',
      text: 'Des grèves ont éclaté à Plouvenez, près de Brest, et à Lannion.',
      expect: [],
    },
    {
      trap: 'deux régions après une ville ne la contiennent pas toutes deux',
      text: 'Des grèves ont éclaté à Plouvenez, en Bretagne et en Normandie.',
      expect: [],
    },
    {
      trap: 'un pays après la région n’en fait pas partie',
      text: 'Le vapeur a relâché en Bretagne, notamment à Brest et en Espagne.',
      expect: ['PART_OF Brest -> Bretagne asserted []'],
    },
    {
      trap: 'une région nommée sans préposition de région ne tient pas les villes qui suivent',
      text: 'Le froid a frappé la Bretagne, notamment à Quimper et Morlaix.',
      expect: [],
    },
    {
      trap: 'le poste nommé avant une civilité et son titulaire est le sien, non celui du nom qui suit',
      text: 'Le maire de Lorient, M. Kerbrat, combat M. Le Goff à Brest.',
      expect: ['LEADS Kerbrat -> Lorient asserted []'],
    },
    {
      trap: 'le poste du père d’un candidat n’est pas le sien, même mal lu (« flls »)',
      text: 'M. Paul Morel, flls du directeur de la compagnie Quillon, se présente à Brest.',
      expect: [],
    },
    {
      trap: 'la profession d’un parent n’est pas celle du nom qui précède',
      text: 'M. Paul Morel, fils du professeur de chimie au Collège de Kerhuel, est reçu bachelier.',
      expect: [],
    },
    {
      trap: 'le délégué d’une fédération que l’on reçoit n’est pas celui qui le reçoit',
      text: 'M. Paul Morel a reçu le délégué de la Fédération des tanneurs et corroyeurs.',
      expect: [],
    },
    {
      trap: 'le poste d’un homme que l’on rencontre n’est pas celui du sujet',
      text: "M. Paul Morel a rencontré le directeur de l'ANSSI hier.",
      expect: [],
    },
    {
      trap: 'un poste après « a été » reste celui du sujet',
      text: "M. Paul Morel a été le directeur de l'ANSSI pendant dix ans.",
      expect: ['LEADS Paul Morel -> ANSSI asserted []'],
    },
    {
      trap: 'un professeur à une ville n’y travaille pour personne',
      text: 'M. Paul Morel, professeur à Kerhuel, est nommé à Brest.',
      expect: [],
    },
    {
      trap: 'un hameau suivi de deux régions n’est pas placé',
      text: 'Une grange a brûlé au village de la Ville-Jégu, en Bretagne et en Normandie.',
      expect: [],
    },
    {
      trap: 'qui débat avec le candidat d’un parti n’en est pas membre',
      text: "M. Paul Morel débattra avec le candidat de l'Union républicaine.",
      expect: [],
    },
    {
      trap: 'le commerce que tient la personne dénoncée n’est pas celui de qui la dénonce',
      text: 'M. Paul Morel a dénoncé Mme Anne Guéguen, qui exploite le café du Commerce à Lorient.',
      expect: [
        'LEADS Anne Guéguen -> café du Commerce asserted []',
        'LOCATED_IN café du Commerce -> Lorient asserted []',
      ],
    },
    {
      trap: 'ce qu’exploitent des ouvriers sans nom n’est dirigé par personne',
      text: 'Les ouvriers exploitaient à Lorient le chantier de la Compagnie des Forges.',
      expect: [],
    },
    {
      trap: 'qui refuse de commenter une attaque n’en est pas l’auteur',
      text: "L'ANSSI se refuse à commenter l'attaque contre TV5Monde.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'qui condamne une attaque n’en est pas l’auteur',
      text: "Le Quai d'Orsay a condamné la campagne contre l'OTAN.",
      expect: [],
    },
    {
      trap: 'qui hésite à imputer une attaque n’en est pas l’auteur, et n’impute rien',
      text: "L'ANSSI hésite à attribuer l'attaque contre TV5Monde au groupe APT28.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'le poste d’un nom n’est pas celui d’un autre nom qui lui ressemble à l’oreille',
      text: 'M. Rausse, maire de Dinard, battra M. Roche à Rennes.',
      expect: ['LEADS Rausse -> Dinard asserted []'],
    },
    {
      trap: 'ne pas figurer parmi les victimes n’est pas en être',
      text: "Le Bundestag ne figure pas parmi les victimes d'APT28.",
      expect: [],
    },
    {
      trap: 'figurer au conditionnel parmi les cibles n’est qu’un soupçon',
      text: "Le Bundestag figurerait parmi les cibles d'APT28, selon Quillsec.",
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: 'un ingénieur « de formation » ne travaille pour personne',
      text: "Cédric Kerjean, ingénieur de formation, a rejoint l'ANSSI.",
      expect: [],
    },
    {
      trap: 'celui qui soupçonne, nommé après « soupçonné par », n’est pas l’auteur',
      text: "Le groupe APT29 est soupçonné par Microsoft d'avoir piraté le Bundestag.",
      expect: ['TARGETED APT29 -> Bundestag reported [Microsoft]'],
    },
    {
      trap: 'qui décrit une campagne n’en est pas l’auteur',
      text: "Microsoft a détaillé une offensive contre l'OTAN.",
      expect: [],
    },
    {
      trap: 'qui alerte sur une campagne n’en est pas l’auteur',
      text: "Quillsec a alerté sur une campagne contre l'OTAN.",
      expect: [],
    },
    {
      trap: 'l’auteur nommé entre le verbe de constat et « contre » reste l’auteur',
      text: "Microsoft a observé une campagne d'APT29 contre l'OTAN.",
      expect: ['TARGETED APT29 -> NATO asserted []'],
    },
    {
      trap: 'ne pas exclure n’est que soupçonner',
      text: "Les enquêteurs n'excluent pas que le groupe APT28 ait visé le Bundestag.",
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: 'une victime nommée en tête de phrase garde le conditionnel de son verbe',
      text: 'Quillmart aurait été piratée par le groupe APT31.',
      expect: ['TARGETED ZIRCONIUM -> Quillmart suspected []'],
    },
    {
      trap: 'une question sur une victime nommée en tête ne dit rien',
      text: 'Quillmart a-t-elle été piratée par le groupe APT31 ?',
      expect: [],
    },
    {
      trap: 'un nom touché par autre chose qu’une intrusion n’est pas une victime',
      text: 'Kervella a été touché par la tempête, puis APT31 a visé le port.',
      expect: [],
    },
    {
      trap: 'une ville dans sa région est dite par l’article, même dans une phrase au conditionnel',
      text: 'Des secousses auraient été ressenties en Bretagne, à Vannes.',
      expect: ['PART_OF Vannes -> Bretagne asserted []'],
    },
    {
      trap: 'l’agent d’une relative passive n’est pas le sujet du verbe principal',
      text: 'Microsoft et les ministères qui ont été ciblés par APT28 ont partagé des indicateurs avec l’OTAN.',
      expect: [],
    },
    {
      trap: 'une relative « que » close sur son verbe a pour objet le nom avant elle, pas celui qui suit',
      text: "Les ministères que APT28 a ciblés ont partagé les fichiers avec l'OTAN.",
      expect: [],
    },
    {
      trap: 'un pronom après « après qu’ » est le sujet du verbe, pas le nom qui ouvre la phrase',
      text: 'APT28 est un groupe russe. Zebrocy s’est propagé après qu’il a ciblé le Bundestag.',
      expect: [],
    },
    {
      trap: 'un poste après un verbe au présent ou au passé simple est celui de son objet',
      text: 'Pierre Morel rencontra le directeur de l’ANSSI.',
      expect: [],
    },
    {
      trap: 'un candidat qui se présente contre celui d’un parti ne cible pas ce parti',
      text: 'Pierre Morel se présente contre le candidat de LREM.',
      expect: [],
    },
    {
      trap: '« derrière lui » : le pronom est l’objet, l’outil du verbe suivant n’est attribué à personne',
      text: 'Turla est un groupe russe. Les pirates derrière lui ont utilisé PlugX.',
      expect: ['USES Turla -> PlugX asserted []'],
    },
    {
      trap: "l'organisme dont un responsable parle n'a pas mené l'attaque qu'il décrit",
      text: "La directrice de l'ANSSI, Claire Roux, a affirmé que l'attaque contre la mairie de Kerlouan était grave.",
      expect: [
        'LEADS Claire Roux -> ANSSI asserted []',
        'TARGETED Hack of mairie de Kerlouan -> mairie de Kerlouan asserted []',
      ],
    },
    {
      trap: "un outil publié par une agence sous un nom n'est pas un logiciel malveillant",
      text: "L'ANSSI a publié un outil baptisé Quillwire pour protéger les hôpitaux.",
      expect: [],
    },
    {
      trap: "un groupe qui prend des parts de marché n'est pas un groupe de pirates",
      text: 'Le groupe Quillbank a dérobé des parts de marché à la société Vantor.',
      expect: [],
    },
    {
      trap: "la victime d'une proposition qui agit dans la suivante n'est pas une seconde cible",
      text: "APT28 a piraté le Bundestag et l'Allemagne a ensuite visé APT28 par des sanctions.",
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: "« n'a jamais été relié à » ne désigne aucun coupable",
      text: "Le groupe APT28 n'a jamais été relié au piratage du Bundestag.",
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'nier tout lien entre deux autres est un démenti, pas le lien',
      text: 'Moscou a nié tout lien entre le groupe APT28 et le GRU.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]'],
    },
    {
      trap: "nier tout lien avec un groupe n'en crée aucun",
      text: 'Le Kremlin a nié tout lien avec le groupe Sandworm.',
      expect: ['DENIES Kremlin -> Sandworm Team denied [Kremlin]'],
    },
    {
      trap: "« n'exclut pas que » reste un soupçon de celui qui n'exclut pas",
      text: "L'ANSSI n'exclut pas que le groupe APT28 soit derrière le piratage de TV5Monde.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected [ANSSI]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "« une piste russe » non exclue n'accuse personne",
      text: "Les enquêteurs n'excluent pas une piste russe dans l'attaque contre TV5Monde.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "« reste à savoir si » n'affirme rien",
      text: 'Reste à savoir si le groupe APT28 a piraté TV5Monde.',
      expect: [],
    },
    {
      trap: "« il reste à savoir si » n'affirme rien",
      text: "Il reste à savoir si l'Iran est derrière l'attaque contre Saudi Aramco.",
      expect: [],
    },
    {
      trap: "un irréel du passé « si X avait piraté » n'affirme rien",
      text: 'Si le groupe Turla avait piraté le Bundestag, Berlin aurait réagi.',
      expect: [],
    },
    {
      trap: "une question par inversion sur un commanditaire n'affirme rien",
      text: 'La Corée du Nord a-t-elle commandité le piratage de Sony Pictures ?',
      expect: [],
    },
    {
      trap: "un membre du groupe suspect qui parle rapporte, il n'établit pas le fait",
      text: 'Un membre du groupe Lazarus a affirmé aux journalistes que le groupe avait piraté Sony Pictures.',
      // Le membre parle pour le groupe, dont c'est la propre revendication.
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported [Lazarus Group]'],
    },
    {
      trap: "ce qu'un suspect déclare au tribunal de son employeur n'est pas un fait",
      text: "Le suspect a déclaré au tribunal qu'il travaillait pour le FSB.",
      expect: [],
    },
    {
      trap: "un contrefactuel « sans le correctif, X aurait » n'est que soupçonné",
      text: 'Sans le correctif, le groupe APT33 aurait compromis Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: "dans une liste de groupes, celui qui nie n'est pas coupable",
      text: 'Les groupes APT28, Turla et Sandworm ont été cités, mais Turla a nié tout rôle dans le piratage du Bundestag.',
      expect: [
        'DENIES Turla -> Hack of Bundestag denied [Turla]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: "la victime d'une proposition qui agit dans la suivante n'est la cible de personne",
      text: "Le groupe APT28 a piraté le Bundestag, puis l'Allemagne a sanctionné le groupe APT28.",
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: "le démenti cité d'un membre du groupe n'attribue rien",
      text: "« Nous n'avons pas piraté TV5Monde », a déclaré un membre du groupe APT28 à l'AFP.",
      expect: [],
    },
    {
      trap: "une citation coupée par son locuteur, avec l'aveu d'absence de preuve, n'affirme rien",
      text: '« La Russie a piraté le Bundestag », a affirmé le chancelier, « mais nous ne pouvons pas le prouver ».',
      expect: [],
    },
    {
      trap: "« n'est pas l'œuvre de X mais de Y » ne fait pas de X le coupable",
      text: "L'attaque contre TV5Monde n'est pas l'œuvre du groupe APT28 mais du groupe Sandworm.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "« ce n'est pas X mais Y qui » ne fait pas de X le coupable",
      text: "Ce n'est pas l'Iran mais la Corée du Nord qui a piraté Sony Pictures.",
      expect: [],
    },
    {
      trap: "« ont d'abord accusé X, puis Y » : X n'était que soupçonné",
      text: "Les enquêteurs ont d'abord accusé le groupe APT33 de l'attaque contre Saudi Aramco, puis l'Iran.",
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
      gap: "« d'abord … puis » n'est pas lu comme une attribution changée : la première accusation sort rapportée, non soupçonnée",
    },
    {
      trap: "une imputation suivie d'une rétractation n'attribue rien d'affirmé",
      text: "Des responsables ont d'abord imputé le piratage de Sony Pictures au groupe Lazarus avant de se rétracter.",
      expect: [
        'ATTRIBUTED_TO Hack of Sony Pictures -> Lazarus Group suspected []',
        'TARGETED Hack of Sony Pictures -> Sony Pictures asserted []',
      ],
    },
    {
      trap: "« X, avec lequel Y dit n'avoir aucun lien » : Y n'affirme rien de la principale",
      text: "Le groupe APT28, avec lequel Moscou dit n'avoir aucun lien, a visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: "« X, dont Y affirme qu'il n'a rien à voir avec Z » : Y n'est pas la source de la principale",
      text: "Le groupe Sandworm, dont la Russie affirme qu'il n'a rien à voir avec le GRU, a frappé l'Ukraine.",
      expect: ['TARGETED Sandworm Team -> Ukraine asserted []'],
    },
    {
      trap: "le journal victime d'une apposition en est la cible et le déclarant de la principale",
      text: "Le Monde, piraté par le groupe APT28 en 2018, a rapporté que le groupe Turla a visé l'OTAN.",
      expect: ['TARGETED APT28 -> Le Monde asserted []', 'TARGETED Turla -> NATO reported [Le Monde]'],
    },
    {
      trap: "le journal qui publie le rapport d'un éditeur n'en est pas la source",
      text: "Un rapport de CrowdStrike, publié par Le Monde, affirme que le groupe APT29 a visé le département d'État.",
      expect: ['TARGETED APT29 -> US Department of State reported [CrowdStrike]'],
    },
    {
      trap: "un piratage d'auteur inconnu ne désigne personne",
      text: 'Le Bundestag a été piraté, mais on ignore par qui.',
      expect: [],
    },
    {
      trap: "« rien n'indique que » X ait joué un rôle n'affirme rien",
      text: "Rien n'indique que le groupe APT33 ait joué un rôle dans l'attaque contre Saudi Aramco.",
      expect: [],
    },
    {
      trap: "« peu d'éléments laissent penser que » n'affirme rien",
      text: "Peu d'éléments laissent penser que le groupe Sandworm a visé l'Ukraine.",
      expect: [],
    },
    {
      trap: "« il est peu probable que » n'affirme rien",
      text: "Il est peu probable que le groupe APT28 ait visé l'OTAN.",
      expect: [],
    },
    {
      trap: "« il est improbable que » n'affirme rien",
      text: 'Il est improbable que le groupe APT28 ait piraté TV5Monde.',
      expect: [],
    },
    {
      trap: "le doute d'experts n'affirme rien",
      text: 'Des experts doutent que la Corée du Nord ait piraté Sony Pictures.',
      expect: [],
    },
    {
      trap: "qualifier d'infondée une accusation la dément",
      text: "La Russie a qualifié d'infondée l'accusation selon laquelle le groupe APT28 a piraté TV5Monde.",
      expect: ['DENIES Russia -> APT28 denied [Russia]', 'TARGETED APT28 -> TV5Monde denied [Russia]'],
    },
    {
      trap: 'qualifier de mensonge une affirmation la dément',
      text: "Pyongyang a qualifié de mensonge l'affirmation selon laquelle le groupe Lazarus a piraté Sony Pictures.",
      expect: [
        'DENIES Pyongyang -> Lazarus Group denied [Pyongyang]',
        'TARGETED Lazarus Group -> Sony Pictures denied [Pyongyang]',
      ],
    },
    {
      trap: "la revendication d'un groupe que des experts jugent fausse reste la sienne",
      text: "Le groupe APT28 a revendiqué le piratage de l'OTAN, mais des experts jugent cette revendication fausse.",
      expect: [
        'ATTRIBUTED_TO Hack of NATO -> APT28 reported [APT28]',
        'TARGETED Hack of NATO -> NATO asserted []',
      ],
    },
    {
      trap: "« certains affirment que X ; d'autres accusent Y » est un ouï-dire",
      text: "Certains affirment que le groupe APT28 a piraté le Bundestag ; d'autres accusent Turla.",
      expect: ['TARGETED APT28 -> Bundestag reported []'],
    },
    {
      trap: "« n'a pas dit si » n'affirme rien",
      text: "Le FBI n'a pas dit si la Corée du Nord avait piraté Sony Pictures.",
      expect: [],
    },
    {
      trap: "« personne n'a relié X à Y » ne relie rien",
      text: "Personne n'a relié le groupe Turla au FSB.",
      expect: [],
    },
    {
      trap: "« a refusé de dire si » n'affirme rien",
      text: "Microsoft a refusé de dire si le groupe APT28 avait visé l'OTAN.",
      expect: [],
    },
    {
      trap: "« ne va pas jusqu'à imputer » n'impute rien",
      text: "Mandiant ne va pas jusqu'à imputer l'attaque contre Saudi Aramco au groupe APT33.",
      expect: ['TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []'],
    },
    {
      trap: '« ne croit plus que » est une croyance abandonnée, tout au plus soupçonnée',
      text: 'Mandiant ne croit plus que le groupe APT33 ait visé Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected [Mandiant]'],
    },
    {
      trap: "« pourrait être derrière …, mais aucune preuve » n'est que soupçonné",
      text: "Le groupe APT28 pourrait être derrière le piratage du Bundestag, mais aucune preuve n'a été apportée.",
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: "une attribution jugée prématurée n'en est pas une",
      text: 'Attribuer le piratage du Bundestag au groupe APT28 serait prématuré, selon Mandiant.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "une contre-opération contre les serveurs d'un groupe n'en fait pas une victime de piratage",
      text: "L'OTAN a visé les serveurs du groupe APT28 lors d'une contre-opération.",
      expect: [],
    },
    {
      trap: "« au lieu de X, les enquêteurs accusent Y » : X n'est pas le déclarant",
      text: 'Au lieu du groupe APT28, les enquêteurs accusent désormais Turla du piratage du Bundestag.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> Turla reported []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
      gap: "le groupe écarté par « au lieu de » est pris pour le déclarant de l'accusation",
    },
    {
      trap: "« plutôt que X, c'est Y qui » ne fait pas de X le coupable",
      text: "Plutôt que la Russie, c'est l'Iran qui a piraté TV5Monde, selon des responsables.",
      expect: [],
    },
    {
      trap: "un suspect qui nie travailler pour un groupe n'en est pas membre",
      text: 'Le suspect, ancien officier du GRU, a nié travailler pour le groupe APT28.',
      expect: [],
    },
    {
      trap: 'des liens supposés remis en cause ne lient rien',
      text: 'Les liens supposés du groupe Turla avec le FSB ont été remis en cause par des chercheurs.',
      expect: [],
    },
    {
      trap: "un « rôle présumé » jugé exagéré n'est pas un rôle",
      text: 'Le rôle présumé du groupe APT28 dans le piratage du Bundestag a été exagéré, selon Kaspersky.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "une question suivie de « la question reste ouverte » n'affirme rien",
      text: 'Le groupe APT28 est-il lié au GRU ? La question reste ouverte.',
      expect: [],
    },
    {
      trap: "« nul ne sait si » n'affirme rien",
      text: 'Nul ne sait si le groupe APT28 a piraté TV5Monde.',
      expect: [],
    },
    {
      trap: "« n'a rien à voir avec » assuré par un tiers ne désigne aucun coupable",
      text: "Le groupe APT28 n'a rien à voir avec le piratage de TV5Monde, a assuré Moscou.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "une question « comme l'affirme Le Monde » n'affirme rien",
      text: "Le groupe APT28 a-t-il vraiment piraté TV5Monde, comme l'affirme Le Monde ?",
      expect: [],
    },
    {
      trap: "« aucun lien n'a été établi » ne lie rien",
      text: "Aucun lien n'a été établi entre le groupe Turla et le FSB.",
      expect: [],
    },
    {
      trap: "« selon Moscou, ce n'est pas X qui » est le démenti de Moscou",
      text: "Selon Moscou, ce n'est pas le groupe APT28 qui a piraté TV5Monde.",
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> TV5Monde denied [Moscow]'],
    },
    {
      trap: "« aurait pu pirater … si » n'affirme rien",
      text: "Le groupe APT28 aurait pu pirater TV5Monde si le réseau n'avait pas été isolé.",
      expect: [],
    },
    {
      trap: "« a d'abord attribué … à X, avant de désigner Y » n'affirme pas X",
      text: "Mandiant a d'abord attribué le piratage de TV5Monde au groupe APT28, avant de désigner Sandworm.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected [Mandiant]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "« a d'abord accusé X …, avant d'incriminer Y » : X n'est que soupçonné",
      text: "Mandiant a d'abord accusé le groupe APT28 du piratage de TV5Monde, avant d'incriminer Sandworm.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected [Mandiant]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "« probable que » reste soupçonné, « peu probable que » ensuite n'affirme rien",
      text: "Il est probable que le groupe APT28 a visé l'OTAN, mais peu probable qu'il ait piraté le Bundestag.",
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: "« rien n'atteste que » n'affirme rien",
      text: "Rien n'atteste que le groupe Turla soit lié au FSB.",
      expect: [],
    },
    {
      trap: "un point-virgule clôt la proposition de l'accusé : « d'autres affirment que » rapporte seul",
      text: "Certains accusent le groupe APT28 ; d'autres affirment que Turla a piraté le Bundestag.",
      expect: ['TARGETED Turla -> Bundestag reported []'],
    },
    {
      trap: '« a désormais visé » reste la parole de la source qui clôt la phrase',
      text: "Le groupe APT28 a désormais visé l'OTAN, selon Mandiant.",
      expect: ['TARGETED APT28 -> NATO reported [Mandiant]'],
    },
    {
      trap: "« ne pense plus que » ne laisse qu'un soupçon de qui le pensait",
      text: 'Kaspersky ne pense plus que le groupe Turla soit lié au FSB.',
      expect: ['ATTRIBUTED_TO Turla -> FSB suspected [Kaspersky]'],
    },
    {
      trap: '« membre présumé » reste un soupçon',
      text: 'Paul Girard, membre présumé du groupe Turla, a été arrêté.',
      expect: ['MEMBER_OF Paul Girard -> Turla suspected []'],
    },
    {
      trap: "l'agence à qui parle l'enquêteur et l'employeur de l'enquêteur ne sont pas l'employeur du suspect",
      text: "Paul Girard aurait travaillé pour le FSB, a précisé à Reuters un enquêteur d'Europol.",
      expect: ['WORKS_FOR Paul Girard -> FSB suspected []'],
    },
    {
      trap: "« il » après une description et deux personnes : ni l'une ni l'autre",
      text: "L'avocat de Paul Girard, Marc Durand, a parlé jeudi. Il aurait travaillé pour le FSB.",
      expect: [],
    },
    {
      trap: '« il » après « le porte-parole de X, Y, » est Y, non X',
      text: 'Le porte-parole de Mandiant, Marc Durand, a parlé jeudi. Il aurait travaillé pour le FSB.',
      expect: ['WORKS_FOR Marc Durand -> FSB suspected []', 'WORKS_FOR Marc Durand -> Mandiant asserted []'],
    },
    {
      trap: "« n'a jamais travaillé pour » n'emploie personne",
      text: "Paul Girard n'a jamais travaillé pour le FSB.",
      expect: [],
    },
    {
      trap: "« n'a jamais été membre » n'est pas une appartenance",
      text: "Paul Girard n'a jamais été membre du groupe Turla.",
      expect: [],
    },
    {
      trap: "« n'a jamais été lié » ne lie pas",
      text: "Paul Girard n'a jamais été lié au FSB.",
      expect: [],
    },
    {
      trap: "« n'a toujours pas ciblé » n'est pas une affirmation, même close par un verbe de parole",
      text: "Le groupe APT28 n'a toujours pas ciblé l'OTAN, a affirmé le ministère.",
      expect: [],
    },
    {
      trap: "« n'a plus visé » : une négation, le locuteur nommé dément",
      text: "Le groupe APT28 n'a plus visé l'OTAN depuis 2019, a affirmé Mandiant.",
      expect: ['DENIES Mandiant -> APT28 denied [Mandiant]', 'TARGETED APT28 -> NATO denied [Mandiant]'],
    },
    {
      trap: '« fait partie de » close par un verbe de parole est rapporté',
      text: 'Le groupe APT28 fait partie du GRU, a affirmé le ministère.',
      expect: ['PART_OF APT28 -> GRU reported []'],
    },
    {
      trap: "l'agence à qui parle un responsable sans nom n'est pas sa source",
      text: "Le groupe APT28 fait partie du GRU, a indiqué à l'AFP un responsable du ministère.",
      expect: ['PART_OF APT28 -> GRU reported []'],
    },
    {
      trap: "le jour et l'agence à qui parle le porte-parole : son employeur parle, non l'agence",
      text: "Le ministère des Armées a été visé par APT28, a indiqué mardi à l'AFP un porte-parole de Mandiant.",
      expect: ['TARGETED APT28 -> ministère des Armées reported [Mandiant]'],
    },
    {
      trap: "l'agence de presse avant le nom du locuteur n'entre pas dans son nom",
      text: "Le groupe APT28 a visé l'OTAN, a indiqué vendredi à l'AFP Paul Girard.",
      expect: ['TARGETED APT28 -> NATO reported [Paul Girard]'],
    },
    {
      trap: "le journal à qui parle un chercheur n'est ni son employeur ni sa source",
      text: "Le groupe APT28 a visé l'OTAN, a déclaré à Reuters Paul Girard, chercheur chez Mandiant.",
      expect: [
        'TARGETED APT28 -> NATO reported [Mandiant, Paul Girard]',
        'WORKS_FOR Paul Girard -> Mandiant asserted []',
      ],
    },
    {
      trap: "un ancien officier ne dément pas au nom du service qu'il a quitté",
      text: 'Paul Girard, un ancien officier du FSB, a démenti toute implication dans le piratage de TV5Monde.',
      expect: [
        'DENIES Paul Girard -> Hack of TV5Monde denied [Paul Girard]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
        'WORKS_FOR Paul Girard -> FSB asserted []',
      ],
    },
    {
      trap: 'un ex-agent ne parle pas au nom de son ancien service',
      text: "Paul Girard, un ex-agent du FSB, a affirmé que le groupe APT28 avait visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO reported [Paul Girard]', 'WORKS_FOR Paul Girard -> FSB asserted []'],
    },
    {
      trap: '« appartiendrait » : un conditionnel, un soupçon',
      text: 'Paul Girard appartiendrait au groupe Turla, selon Mandiant.',
      expect: ['MEMBER_OF Paul Girard -> Turla suspected [Mandiant]'],
    },
    {
      trap: "une question par inversion n'affirme rien",
      text: 'Le groupe APT28 a-t-il piraté le Bundestag ?',
      expect: [],
    },
    {
      trap: "une question au conditionnel n'affirme rien",
      text: "Le groupe APT28 aurait-il visé l'OTAN ?",
      expect: [],
    },
    {
      trap: "une condition en « si » et sa suite n'affirment rien",
      text: "Si le groupe Sandworm a attaqué l'Ukraine, des sanctions suivront.",
      expect: [],
    },
    {
      trap: "« au cas où » n'affirme rien",
      text: 'Au cas où le groupe Lazarus aurait piraté la banque, les sanctions seraient renforcées.',
      expect: [],
    },
    {
      trap: "une question rapportée (« se demandent si ») n'affirme rien",
      text: 'Les enquêteurs se demandent si le groupe Turla a piraté le ministère de la Défense.',
      expect: [],
    },
    {
      trap: "« peut-être, ou peut-être pas » n'affirme rien",
      text: 'APT28 a peut-être piraté le Bundestag, ou peut-être pas.',
      expect: [],
    },
    {
      trap: "« ce n'est pas X mais Y qui » : Y a agi, pas X",
      text: "Ce n'est pas APT28 mais Sandworm qui a attaqué l'Ukraine.",
      expect: ['TARGETED Sandworm Team -> Ukraine asserted []'],
    },
    {
      trap: "« a accusé X, et non Y, d'avoir » : la négation de l'incise n'est pas un démenti de l'accusateur",
      text: "L'Allemagne a accusé APT28, et non Turla, d'avoir piraté le Bundestag.",
      expect: ['TARGETED APT28 -> Bundestag reported [Germany]'],
    },
    {
      trap: "une liste dont un élément est écarté par « mais pas » : l'élément écarté n'est pas une victime",
      text: "Le groupe APT28 a visé l'OTAN et l'Union européenne, mais pas le Bundestag.",
      expect: ['TARGETED APT28 -> European Union asserted []', 'TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'un rapport retiré ne garantit rien',
      text: 'Mandiant a retiré son rapport selon lequel APT33 avait piraté Saudi Aramco.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: "la vantardise d'un membre n'est pas un fait, et le membre anonyme n'est membre de rien de nommé",
      text: "Un membre du groupe Lazarus s'est vanté d'avoir piraté Sony Pictures.",
      expect: [],
    },
    {
      trap: "un membre anonyme d'un groupe n'est pas la victime nommée après le verbe",
      text: 'Un membre du groupe Lazarus a piraté Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures asserted []'],
    },
    {
      trap: "« n'a pas dit que » ne garantit rien",
      text: "Microsoft n'a pas dit qu'APT28 avait piraté l'OTAN.",
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: "« personne n'a affirmé que » n'affirme rien",
      text: "Personne n'a affirmé que Sandworm avait attaqué l'Ukraine.",
      expect: [],
    },
    {
      trap: 'des rumeurs ne sont pas un fait',
      text: "Selon des rumeurs, Turla aurait piraté l'OTAN.",
      expect: ['TARGETED Turla -> NATO suspected []'],
    },
    {
      trap: "la parole d'un suspect n'est pas un fait",
      text: 'Selon un suspect, le groupe Lazarus a piraté Sony Pictures.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures suspected []'],
    },
    {
      trap: "qualifier de mensonge l'accusation que X a piraté Y la dément",
      text: "Moscou a qualifié de mensonge l'accusation selon laquelle APT28 a piraté TV5Monde.",
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> TV5Monde denied [Moscow]'],
    },
    {
      trap: "un soupçon que l'incise « sans pouvoir le prouver » coupe reste un soupçon",
      text: "Les responsables soupçonnent, sans pouvoir le prouver, qu'APT28 a piraté le Bundestag.",
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: "un pays qui répond après « et » n'est pas une seconde victime",
      text: "APT28 a piraté le Bundestag et l'Allemagne a répondu par des sanctions.",
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: '« un groupe qui selon des responsables » : ces responsables ne parlent pas de la proposition principale',
      text: "Kimsuky, un groupe qui selon des responsables sud-coréens travaille pour Pyongyang, a envoyé des courriels piégés au ministère de l'Unification.",
      expect: ['ATTRIBUTED_TO Kimsuky -> Pyongyang reported []'],
    },
    {
      trap: 'qui a travaillé autrefois pour un service ne parle pas en son nom',
      text: "Jean Dupont, qui a travaillé autrefois pour la DGSE, a déclaré qu'APT28 avait piraté le Bundestag.",
      expect: ['TARGETED APT28 -> Bundestag reported [Jean Dupont]'],
    },
    {
      trap: "« le rapport selon lequel ... était faux » n'affirme rien",
      text: 'Le rapport selon lequel APT28 a visé le Bundestag était faux.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: "« puis a visé » : la première victime n'est pas l'attaquant de la seconde",
      text: "APT28 a piraté le Bundestag, puis a visé l'OTAN.",
      expect: ['TARGETED APT28 -> Bundestag asserted []', 'TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: "« lié à un article publié par X » : l'auteur de l'article n'est pas partie",
      text: 'Le groupe APT28 est lié à un article publié par Microsoft.',
      expect: [],
    },
    {
      trap: '« ne croit pas que » ne garantit rien',
      text: "Mandiant ne croit pas qu'APT28 ait visé l'OTAN.",
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: "« n'exclut pas que » est un soupçon",
      text: "L'ANSSI n'exclut pas que le groupe APT28 ait piraté TV5Monde.",
      expect: ['TARGETED APT28 -> TV5Monde suspected [ANSSI]'],
    },
    {
      trap: 'un démenti qui qualifie les accusations de ridicules ne nomme aucun auteur',
      text: 'Moscou a démenti toute implication, qualifiant les accusations de ridicules.',
      expect: [],
    },
    {
      trap: "« a d'abord accusé X, puis Y » : rien n'est affirmé de X",
      text: "Les enquêteurs ont d'abord accusé APT33, puis l'Iran.",
      expect: [],
    },
    {
      trap: "une attaque subie puis niée par le groupe qu'on en soupçonne : il n'a rien visé",
      text: "La société Trevanor a été victime d'une cyberattaque. Le groupe LockBit a nié être à l'origine de l'attaque.",
      expect: [
        'DENIES LockBit -> Hack of Trevanor denied [LockBit]',
        'TARGETED Hack of Trevanor -> Trevanor asserted []',
      ],
    },
    {
      trap: "une attaque subie puis « pourrait être l'œuvre de X » : X n'est que soupçonné de l'avoir visée",
      text: "La société Trevanor a été victime d'une cyberattaque. Selon Mandiant, l'attaque pourrait être l'œuvre du groupe APT29.",
      expect: [
        'ATTRIBUTED_TO Hack of Trevanor -> APT29 suspected [Mandiant]',
        'TARGETED APT29 -> Trevanor suspected [Mandiant]',
        'TARGETED Hack of Trevanor -> Trevanor asserted []',
      ],
    },
    {
      trap: "une attaque subie puis un démenti qu'elle soit l'œuvre de X : personne n'a rien visé",
      text: "La société Trevanor a été victime d'une cyberattaque. Moscou a démenti que l'attaque soit l'œuvre du groupe APT28.",
      expect: [
        'DENIES Moscow -> Hack of Trevanor denied [Moscow]',
        'TARGETED Hack of Trevanor -> Trevanor asserted []',
      ],
    },
    {
      trap: "« n'a pas été revendiquée par X » après une attaque subie : X n'a rien visé",
      text: "La société Trevanor a été victime d'une cyberattaque. L'attaque n'a pas été revendiquée par LockBit, contrairement à ce qu'affirmaient des médias.",
      expect: ['TARGETED Hack of Trevanor -> Trevanor asserted []'],
    },
    {
      trap: "une attaque subie puis un soupçon abandonné : « d'abord soupçonné X, avant d'abandonner cette piste »",
      text: "La société Trevanor a été victime d'une intrusion. Les enquêteurs ont d'abord soupçonné APT28, avant d'abandonner cette piste.",
      expect: ['TARGETED Hack of Trevanor -> Trevanor asserted []'],
    },
    {
      trap: "« le site de X, basé à Y, est resté inaccessible » : Y situe X, pas l'incident",
      text: "Le site internet du transporteur Velmont, basé à Lyon, est resté inaccessible mardi. L'attaque a été revendiquée par le groupe NoName057(16).",
      expect: [
        'ATTRIBUTED_TO Hack of Velmont -> NoName057(16) reported [NoName057(16)]',
        'LOCATED_IN Velmont -> Lyon asserted []',
        'TARGETED Hack of Velmont -> Velmont asserted []',
        'TARGETED NoName057(16) -> Velmont reported [NoName057(16)]',
      ],
    },
    {
      trap: "« les données de X ont été publiées » : rien ne dit qu'on les a volées",
      text: "Les données de la société Velmont ont été publiées en mai. Le groupe APT28 a mené l'attaque contre l'OTAN.",
      expect: [
        'ATTRIBUTED_TO Hack of NATO -> APT28 asserted []',
        'TARGETED APT28 -> NATO asserted []',
        'TARGETED Hack of NATO -> NATO asserted []',
      ],
    },
    {
      trap: "« revendiquée mardi par le collectif X » d'autre chose qu'une attaque : X n'a rien visé",
      text: "La mairie de Brévannes a été victime d'une cyberattaque. La manifestation de samedi a été revendiquée mardi par le collectif Quillvote.",
      expect: ['TARGETED Hack of Brévannes -> Brévannes asserted []'],
    },
    {
      trap: "« revendiquée mardi par le groupe X » : le jour entre le participe et l'agent, la revendication reste celle de X",
      text: "Les serveurs de la mairie de Brévannes ont été piratés. L'attaque a été revendiquée mardi par le groupe Quillmoth, d'après un message publié sur Telegram.",
      expect: [
        'ATTRIBUTED_TO Hack of Brévannes -> Quillmoth reported [Quillmoth]',
        'TARGETED Hack of Brévannes -> Brévannes asserted []',
        'TARGETED Quillmoth -> Brévannes reported [Quillmoth]',
      ],
    },
    {
      trap: "« inculpé mardi pour l'attaque contre X » : une charge, l'auteur n'est que soupçonné",
      text: "Paul Girard a été inculpé mardi pour l'attaque contre TV5Monde.",
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> Paul Girard suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "« X, mis en examen pour le piratage de Y, » : une charge en apposition n'est pas lue comme un fait",
      text: 'Paul Girard, mis en examen pour le piratage de TV5Monde, a été libéré sous contrôle judiciaire.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "« n'a pas été mis en examen pour l'attaque » : personne n'en est l'auteur",
      text: "Paul Girard n'a pas été mis en examen pour l'attaque contre TV5Monde.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: "un État à qui l'on impute une attaque subie par X n'est pas dit l'avoir visée",
      text: "La société Trevanor a été victime d'une cyberattaque. L'attaque a été imputée à la Russie.",
      expect: [
        'ATTRIBUTED_TO Hack of Trevanor -> Russia asserted []',
        'TARGETED Hack of Trevanor -> Trevanor asserted []',
      ],
    },
    {
      trap: '"ne l\'imputent pas au groupe X" lays the attack told before on no one',
      text: "Le site de TV5Monde a été piraté lundi. Les enquêteurs ne l'imputent pas au groupe Killnet.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: '"l\'imputent au groupe X" two sentences after the attack: the pronoun is not read so far back',
      text: "Le site de TV5Monde a été piraté lundi. Le ministre a visité Lyon mardi. Les enquêteurs l'imputent au groupe Killnet.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: '"l\'attribue au chercheur X" after no incident is a prize given, not an attack laid',
      text: "Le prix de l'innovation a été remis hier. Le jury l'attribue au chercheur Jean Morel.",
      expect: [],
    },
    {
      trap: '"l\'attribue à une panne" names no party: the attack is laid on no one',
      text: "Le site de TV5Monde a été piraté lundi. Les enquêteurs l'imputent à une erreur humaine.",
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: '"n\'appartient pas au GRU" places the group in no service',
      text: "Le groupe Sandworm n'appartient pas au GRU.",
      expect: [],
    },
    {
      trap: 'a server that "appartient à" a firm is its property, not a part of it',
      text: 'Le serveur appartient à la société Orvane.',
      expect: [],
    },
    {
      trap: "\"X, dont Microsoft affirme qu'il ...,\" is Microsoft's clause only: the main clause after it is the writer's",
      text: "Le groupe Sandworm, dont Microsoft affirme qu'il appartient au GRU, a visé l'Ukraine.",
      expect: [
        'PART_OF Sandworm Team -> GRU reported [Microsoft]',
        'TARGETED Sandworm Team -> Ukraine asserted []',
      ],
    },
    {
      trap: '"dont les experts estiment" names no speaker: the group before "dont" is not one',
      text: "Le groupe Sandworm, dont les experts estiment qu'il appartient au GRU, a visé l'Ukraine, selon Microsoft.",
      expect: [
        'PART_OF Sandworm Team -> GRU reported []',
        'TARGETED Sandworm Team -> Ukraine reported [Microsoft]',
      ],
    },
    {
      trap: 'the "dont" of a list ("plusieurs pays, dont la Pologne,") opens no speaker\'s clause',
      text: 'Le groupe Sandworm a visé plusieurs pays, dont la Pologne, a affirmé Microsoft.',
      expect: ['TARGETED Sandworm Team -> Poland reported [Microsoft]'],
    },
    {
      trap: 'a trade cue with no name after it ("un fournisseur d\'énergie de la région") makes no firm',
      text: "Un fournisseur d'énergie de la région a signé un contrat avec la mairie.",
      expect: [],
    },
  ],
  ar: [
    {
      trap: 'a second verb opening its clause with "و" has its own subject after it',
      text: 'واستهدفت مجموعة APT28 ألمانيا واستهدفت مجموعة لازاروس فرنسا.',
      expect: ['TARGETED APT28 -> Germany asserted []', 'TARGETED Lazarus Group -> France asserted []'],
    },
    {
      trap: 'a second verb after a comma has its own subject after it',
      text: 'اخترقت مجموعة Turla وزارة الخارجية الألمانية، واستهدفت مجموعة Sandworm أوكرانيا.',
      expect: [
        'TARGETED Turla -> وزارة الخارجية الألمانية asserted []',
        'TARGETED Sandworm Team -> Ukraine asserted []',
        'LOCATED_IN وزارة الخارجية الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'a second verb after "ثم" has its own subject after it',
      text: 'اخترقت مجموعة Turla وزارة الخارجية الفرنسية ثم اخترقت مجموعة APT29 وزارة الخارجية الأمريكية.',
      expect: [
        'TARGETED Turla -> وزارة الخارجية الفرنسية asserted []',
        'TARGETED APT29 -> US Department of State asserted []',
        'LOCATED_IN US Department of State -> United States asserted []',
        'LOCATED_IN وزارة الخارجية الفرنسية -> France asserted []',
      ],
    },
    {
      trap: 'a second verb after "ثم" with no subject of its own keeps the first clause’s subject',
      text: 'استهدفت مجموعة Sandworm أوكرانيا ثم استهدفت بولندا.',
      expect: [
        'TARGETED Sandworm Team -> Ukraine asserted []',
        'TARGETED Sandworm Team -> Poland asserted []',
      ],
    },
    {
      trap: 'a reported statement of two acts joined by "ثم": each act its own subject, both reported',
      text: 'قالت شركة مايكروسوفت إن مجموعة APT28 استهدفت ألمانيا ثم استهدفت مجموعة لازاروس فرنسا.',
      expect: [
        'TARGETED APT28 -> Germany reported [Microsoft]',
        'TARGETED Lazarus Group -> France reported [Microsoft]',
      ],
    },
    {
      trap: 'a title joined by "و" with its adjective introduces a second person, who leads no place named after',
      text: 'التقى الرئيس الفرنسي إيمانويل ماكرون والرئيس الأمريكي جو بايدن في باريس.',
      expect: [],
    },
    {
      trap: 'a post before a company and its holder: the holder leads the company, whose name stops at the given name',
      text: 'وقال مدير شركة كويلسك سمير حداد إن الهجوم فشل.',
      expect: ['LEADS سمير حداد -> كويلسك asserted []'],
    },
    {
      trap: 'a present verb right after an indefinite plural describes that noun: its target is not the name’s',
      text: 'وقالت الشركة إن مجموعة NSO تبيع برمجيات تستهدف وزارة الدفاع الألمانية.',
      expect: ['LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []'],
    },
    {
      trap: 'a present verb right after a noun and a partitive "من" describes that noun: its target is not the name’s',
      text: 'وقالت الوزارة إن سامي حداد يدير شبكات من القراصنة تعمل ضد فرنسا.',
      expect: [],
    },
    {
      trap: 'the name’s own attacks, described by a present verb, target what they target for it',
      text: 'وقالت الشركة إن مجموعة APT28 تشن هجمات تستهدف وزارة الدفاع الألمانية.',
      expect: [
        'TARGETED APT28 -> وزارة الدفاع الألمانية reported []',
        'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'a group right after a verb of carrying out is its subject, never the deed: the place attacked is no author',
      text: 'وشنت مجموعة Sandworm هجوما على شبكة الكهرباء في أوكرانيا.',
      expect: ['TARGETED Sandworm Team -> Ukraine asserted []'],
    },
    {
      trap: 'a verb carrying the deed as its pronoun never takes the names after it as deed and author',
      text: 'وقالت الشركة إن الهجوم الذي نفذته مجموعة لازاروس على البنك المركزي البنغلاديشي كان معقدا.',
      // The relative clause says who attacked whom, on the word of the company it does not name.
      expect: ['TARGETED Lazarus Group -> البنك المركزي البنغلاديشي reported []'],
    },
    {
      trap: '"و" set apart from the next word joins a negated clause, not a second target',
      text: 'واستهدفت مجموعة APT28 ألمانيا و لم تستهدف فرنسا.',
      expect: ['TARGETED APT28 -> Germany asserted []'],
    },
    {
      trap: '"و" set apart from the next word opens a clause with a subject of its own',
      text: 'واخترقت مجموعة APT28 شبكة البرلمان الألماني و أوقفت الشرطة الفرنسية مشتبها به.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'a claimant inside a relative clause claims nothing outside it',
      text: 'مجموعة لازاروس، التي يقول مكتب التحقيقات الفيدرالي إنها مرتبطة بكوريا الشمالية، استهدفت سوني بيكتشرز.',
      expect: [
        'ATTRIBUTED_TO Lazarus Group -> North Korea reported [FBI]',
        'TARGETED Lazarus Group -> Sony Pictures asserted []',
      ],
    },
    {
      trap: 'a rejection is a denial',
      text: 'رفضت موسكو اتهامات واشنطن بأن مجموعة APT29 استهدفت وزارة الخارجية الأمريكية.',
      expect: [
        'DENIES Moscow -> APT29 denied [Moscow]',
        'TARGETED APT29 -> US Department of State denied [Moscow]',
        'LOCATED_IN US Department of State -> United States asserted []',
      ],
    },
    {
      trap: 'employer of an unnamed head of research',
      text: 'قال مدير الأبحاث في شركة إيسيت إن مجموعة ساندوورم استخدمت برنامج إندستروير.',
      expect: ['USES Sandworm Team -> Industroyer reported [ESET]'],
    },
    {
      trap: 'a spokesman’s post is held by no incident',
      text: 'نفت موسكو أي صلة لها بالهجوم على قناة TV5Monde، فيما وصف المتحدث باسم الرئيس فلاديمير بوتين الاتهامات بأنها باطلة.',
      expect: [
        'DENIES Moscow -> Hack of TV5Monde denied [Moscow]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'employer of an unnamed researcher',
      text: 'قال باحث في شركة مانديانت إن مجموعة لازاروس تقف وراء الهجوم على بنك بنغلاديش.',
      expect: [
        'ATTRIBUTED_TO Hack of بنك بنغلاديش -> Lazarus Group reported [Mandiant]',
        'TARGETED Hack of بنك بنغلاديش -> بنك بنغلاديش asserted []',
      ],
    },
    {
      trap: 'employer of an unnamed analyst',
      // The demonym closes the ministry's own name and places nothing (docs/samples.md).
      text: 'وأكد محلل في شركة كاسبرسكي أن مجموعة تورلا استهدفت وزارة الخارجية الفرنسية.',
      expect: [
        'TARGETED Turla -> وزارة الخارجية الفرنسية reported [Kaspersky]',
        'LOCATED_IN وزارة الخارجية الفرنسية -> France asserted []',
      ],
    },
    {
      trap: 'hedge: يرجح',
      text: 'يُرجَّح أن مجموعة لازاروس تقف وراء الهجوم على بنك بنغلاديش.',
      expect: [
        'ATTRIBUTED_TO Hack of بنك بنغلاديش -> Lazarus Group suspected []',
        'TARGETED Hack of بنك بنغلاديش -> بنك بنغلاديش asserted []',
      ],
    },
    {
      trap: 'hedge: يعتقد',
      text: 'يُعتقد أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU suspected []', 'LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: 'hedge: ربما',
      text: 'ربما تكون مجموعة تورلا مرتبطة بروسيا.',
      expect: ['ATTRIBUTED_TO Turla -> Russia suspected []'],
    },
    {
      trap: 'denial of any link',
      text: 'نفت روسيا أي علاقة لها بالهجوم على قناة تي في 5 موند.',
      expect: [
        'DENIES Russia -> Hack of TV5Monde denied [Russia]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'a denial clears the accused actor, not its victim',
      text: 'نفت الصين أن تكون مجموعة APT40 قد اخترقت خوادم مايكروسوفت.',
      expect: [
        "DENIES People's Republic of China -> Leviathan denied [People's Republic of China]",
        "TARGETED Leviathan -> Microsoft denied [People's Republic of China]",
      ],
    },
    {
      trap: 'accusations commented on by no one',
      text: 'لم تعلق طهران على اتهامات بأن مجموعة APT33 استهدفت أرامكو السعودية.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: 'verb phrase as entity: تعمل لصالح',
      text: 'قالت الصحيفة إن مجموعة تعمل لصالح الاستخبارات الروسية استهدفت حملة ماكرون.',
      expect: [],
    },
    {
      trap: 'who condemns an attack did not make it',
      text: 'أدانت الحكومة الفرنسية الهجوم على قناة TV5Monde.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'question',
      text: 'هل كانت الصين وراء الهجوم على شركة إيرباص؟',
      expect: [],
    },
    {
      trap: 'condition',
      text: 'إذا كانت روسيا وراء الهجوم على قناة تي في 5 موند فإن فرنسا سترد.',
      expect: [],
    },
    {
      trap: 'no evidence',
      text: 'لا يوجد دليل على أن إيران تقف وراء الهجوم على أرامكو السعودية.',
      expect: [],
    },
    {
      trap: 'missing proof: nobody proved it',
      text: 'ولم تثبت أي جهة أن مجموعة Turla اخترقت وزارة الخارجية الفرنسية.',
      expect: [],
    },
    {
      trap: 'missing proof: "أي دليل" asked for and not given',
      text: 'ولم تقدم باريس أي دليل على أن مجموعة Turla اخترقت وزارة الخارجية الفرنسية.',
      expect: [],
    },
    {
      trap: 'ruled out: "استبعد" denies, and unnamed experts deny for no one',
      text: 'واستبعد خبراء أن تكون مجموعة Turla وراء اختراق وزارة الخارجية الفرنسية.',
      expect: [
        'TARGETED Hack of وزارة الخارجية الفرنسية -> وزارة الخارجية الفرنسية asserted []',
        'LOCATED_IN وزارة الخارجية الفرنسية -> France asserted []',
      ],
    },
    {
      trap: 'not ruled out: a hedge',
      text: 'ولم يستبعد خبراء أن تكون مجموعة Turla وراء اختراق وزارة الخارجية الفرنسية.',
      expect: [
        'ATTRIBUTED_TO Hack of وزارة الخارجية الفرنسية -> Turla suspected []',
        'TARGETED Hack of وزارة الخارجية الفرنسية -> وزارة الخارجية الفرنسية asserted []',
        'LOCATED_IN وزارة الخارجية الفرنسية -> France asserted []',
      ],
    },
    {
      trap: 'a condition opened by "في حال" states nothing',
      text: 'وفي حال ثبت أن مجموعة Turla اخترقت وزارة الخارجية الفرنسية فستفرض عقوبات.',
      expect: [],
    },
    {
      trap: 'a group that claims a hack ("ادعت") reports it, it does not state it as fact',
      text: 'وادعت مجموعة Turla أنها اخترقت وزارة الخارجية الفرنسية، لكن باحثين شككوا في ذلك.',
      expect: [
        'TARGETED Turla -> وزارة الخارجية الفرنسية reported [Turla]',
        'LOCATED_IN وزارة الخارجية الفرنسية -> France asserted []',
      ],
    },
    {
      trap: 'open question: ما إذا',
      text: 'من غير الواضح ما إذا كانت كوريا الشمالية وراء اختراق سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: 'negation: لم تكن وراء',
      text: 'لم تكن روسيا وراء الهجوم على قناة TV5Monde.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'a negation closed by its denier',
      text: 'لم تكن مجموعة APT28 وراء الهجوم على قناة TV5Monde، بحسب الكرملين.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 denied [Kremlin]',
        'DENIES Kremlin -> APT28 denied [Kremlin]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'passive without vowels: اتهمت, the accused is no accuser',
      text: 'اتهمت مجموعة APT28 باختراق حلف الناتو.',
      expect: [
        'ATTRIBUTED_TO Hack of NATO -> APT28 reported []',
        'TARGETED Hack of NATO -> NATO asserted []',
      ],
    },
    {
      trap: 'speculation by unnamed sources: رجحت مصادر',
      text: 'رجحت مصادر مجهولة أن مجموعة APT28 اخترقت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'the newspaper an official spoke to is no claimant',
      text: 'استهدفت مجموعة APT28 حلف الناتو، وفقا لمسؤول تحدث لصحيفة لوموند.',
      expect: ['TARGETED APT28 -> NATO reported []'],
    },
    {
      trap: 'hypothetical: لو كانت',
      text: 'لو كانت روسيا وراء الهجوم على قناة TV5Monde لردت فرنسا.',
      expect: [],
    },
    {
      trap: 'question: هل',
      text: 'هل اخترقت مجموعة APT28 حلف الناتو؟',
      expect: [],
    },
    {
      trap: 'passive without vowels: يشتبه في أن',
      text: 'يشتبه في أن مجموعة APT28 اخترقت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'passive without vowels: يعتقد أن',
      text: 'يعتقد أن مجموعة APT28 اخترقت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'passive without vowels: نسب إلى, by no one named',
      text: 'نسب الهجوم على قناة TV5Monde إلى مجموعة APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'hypothetical: إذا كانت … قد',
      text: 'إذا كانت مجموعة APT28 قد اخترقت حلف الناتو، فإن الحلف سيرد.',
      expect: [],
    },
    {
      trap: 'rejected accusations with no author named',
      text: 'رفضت موسكو الاتهامات بأن مجموعة APT28 استهدفت حلف الناتو.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> NATO denied [Moscow]'],
    },
    {
      trap: 'a participle of saying has the main clause’s subject: مؤكدة أن',
      text: 'نشرت شركة مايكروسوفت تقريرا، مؤكدة أن مجموعة APT28 استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO reported [Microsoft]'],
    },
    {
      trap: 'a participle of saying keeps the hedge after it: مشيرة إلى أن ... ربما',
      text: 'نشرت شركة إيسيت تحليلا، مشيرة إلى أن مجموعة ساندوورم ربما استخدمت برنامج إندستروير.',
      expect: ['USES Sandworm Team -> Industroyer suspected [ESET]'],
    },
    {
      trap: 'a participle of denial: نافيا أن',
      text: 'أصدر الكرملين بيانا، نافيا أن تكون مجموعة APT28 قد اخترقت حلف الناتو.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> NATO denied [Kremlin]'],
    },
    {
      trap: 'negation لم closed by its source: بحسب ما أكد',
      text: 'لم تستهدف مجموعة APT28 حلف الناتو، بحسب ما أكد الكرملين.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> NATO denied [Kremlin]'],
    },
    {
      trap: 'negation لم in the article’s own voice: no edge',
      text: 'لم تخترق مجموعة تورلا وزارة الخارجية الفرنسية.',
      expect: ['LOCATED_IN وزارة الخارجية الفرنسية -> France asserted []'],
    },
    {
      trap: 'negation لم inside what a speaker says',
      text: 'قال الكرملين إن مجموعة APT28 لم تخترق حلف الناتو.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> NATO denied [Kremlin]'],
    },
    {
      trap: 'a passive accusation names its accusers in a later clause of time: حين قالت',
      text: 'واتهمت روسيا بالوقوف وراء الهجوم على قناة TV5Monde، حين قالت باريس وبرلين إن موسكو دبرته.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> Russia reported [Berlin, Paris]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'a passive accusation with its accuser after بعدما, who is not the accused',
      text: 'اتهمت مجموعة APT28 باختراق حلف الناتو، بعدما قالت مايكروسوفت إن المجموعة استخدمت برنامج X-Agent.',
      expect: [
        'ATTRIBUTED_TO Hack of NATO -> APT28 reported [Microsoft]',
        'TARGETED Hack of NATO -> NATO asserted []',
        'USES APT28 -> X-Agent reported [Microsoft]',
      ],
    },
    {
      trap: 'a topic set first (أما X فقد نسبته Y إلى Z): Y attributes, and is no end of it',
      text: 'أما الهجوم على قناة TV5Monde فقد نسبته شركة مايكروسوفت إلى مجموعة APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Microsoft]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'a speaker glossed by its Latin name in brackets keeps its qualifier, and speaks',
      text: 'أعلن مختبر المواطن (Citizen Lab) التابع لجامعة تورنتو أن مجموعة APT28 استهدفت حلف الناتو.',
      expect: [
        'PART_OF Citizen Lab -> جامعة تورنتو asserted []',
        'TARGETED APT28 -> NATO reported [Citizen Lab]',
      ],
    },
    {
      trap: 'a group’s own claim (زعمت ... أنها): reported by the group, not asserted',
      text: 'وزعمت مجموعة لازاروس أنها اخترقت سوني بيكتشرز.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported [Lazarus Group]'],
    },
    {
      trap: 'a view of unnamed experts (رأى خبراء أن): reported, by no one named',
      text: 'ورأى خبراء أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU reported []', 'LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: 'what reports say is only alleged, and the one who does not comment claims nothing',
      text: 'ولم تعلق مايكروسوفت على التقارير التي تفيد بأن مجموعة APT28 استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'a denial closed by its participle of saying keeps its denier',
      text: 'ونفت موسكو أن تكون مجموعة APT28 قد استهدفت حلف الناتو، مؤكدة أن الاتهامات لا أساس لها.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> NATO denied [Moscow]'],
    },
    {
      trap: 'a question closed by a source is still a question',
      text: 'هل استهدفت مجموعة APT28 حلف الناتو، كما قالت مايكروسوفت؟',
      expect: [],
    },
    {
      trap: 'an object pronoun of another gender than the incident stands for something else (نفذتها: the plan)',
      text: 'استمر اختراق حملة ماكرون أياما. ووضعت الحكومة الفرنسية خطة جديدة، وقالت باريس إن وزارة الدفاع الفرنسية نفذتها.',
      expect: [
        'TARGETED Hack of En Marche! -> En Marche! asserted []',
        'LOCATED_IN وزارة الدفاع الفرنسية -> France asserted []',
      ],
    },
    {
      trap: 'an object pronoun standing for the incident, inside a denial, is denied',
      text: 'ضرب هجوم نوت بيتيا أوكرانيا. ونفت موسكو أن يكون الجيش الروسي قد نفذه.',
      expect: [
        'ATTRIBUTED_TO NotPetya attack -> Russian Armed Forces denied [Moscow]',
        'TARGETED NotPetya attack -> Ukraine asserted []',
      ],
    },
    {
      trap: 'the victim inside the incident set first as the topic is no author of it',
      text: 'اختراق حملة ماكرون دبرته مجموعة APT28 في ربيع 2017.',
      expect: [
        'ATTRIBUTED_TO Hack of En Marche! -> APT28 asserted []',
        'TARGETED Hack of En Marche! -> En Marche! asserted []',
      ],
    },
    {
      trap: 'a verb after "كما" has a subject of its own, said or left out: the object before it is none',
      text: 'استهدفت مجموعة APT28 حلف الناتو، كما استهدفت وزارة الدفاع الألمانية.',
      expect: [
        'TARGETED APT28 -> NATO asserted []',
        'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'a verb after "كما" takes the subject written after it, not the object before it',
      text: 'استهدفت مجموعة APT28 حلف الناتو، كما استهدفت مجموعة APT29 وزارة الخارجية الأمريكية.',
      expect: [
        'TARGETED APT28 -> NATO asserted []',
        'TARGETED APT29 -> US Department of State asserted []',
        'LOCATED_IN US Department of State -> United States asserted []',
      ],
    },
    {
      trap: 'a claim after "كما" is not made by the victim named before it',
      text: 'وتبنت مجموعة لازاروس الهجوم على سوني بيكتشرز، كما تبنت الهجوم على بنك بنغلاديش.',
      expect: [
        'ATTRIBUTED_TO Hack of Sony Pictures -> Lazarus Group reported [Lazarus Group]',
        'TARGETED Hack of Sony Pictures -> Sony Pictures asserted []',
        'TARGETED Hack of بنك بنغلاديش -> بنك بنغلاديش asserted []',
      ],
    },
    {
      trap: 'a verb set first, its subject, an apposition between commas, then its object: the apposition’s name is no object',
      text: 'واستهدفت مجموعة لازاروس، المرتبطة بكوريا الشمالية، شركة سوني بيكتشرز.',
      expect: [
        'ATTRIBUTED_TO Lazarus Group -> North Korea asserted []',
        'TARGETED Lazarus Group -> Sony Pictures asserted []',
      ],
    },
    {
      trap: 'a passive written without vowels, past an apposition, makes its victim no attacker',
      text: 'واستهدفت شركة سوني بيكتشرز، وهي شركة يابانية، من قبل مجموعة لازاروس.',
      expect: [],
    },
    {
      trap: 'an outlet that relays unnamed sources is the claimant, never an end of what it relays',
      text: 'وذكرت صحيفة لوموند، نقلا عن مسؤولين فرنسيين، أن مجموعة APT28 اخترقت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO reported [Le Monde]'],
    },
    {
      trap: '"وهي" after a sentence whose subject is a company stands for no actor',
      text: 'نشرت شركة مانديانت تقريرا عن مجموعة APT28. وهي مرتبطة بالاستخبارات العسكرية الروسية.',
      expect: ['LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: 'a relative clause of carrying out inside a question states no attack',
      text: 'هل الهجوم الذي نفذته مجموعة APT28 على حلف الناتو حقيقي؟',
      expect: [],
    },
    {
      trap: 'a relative clause of carrying out inside a condition states no attack',
      text: 'وإذا ثبت أن الهجوم الذي شنته مجموعة APT28 على حلف الناتو حقيقي، فستفرض عقوبات.',
      expect: [],
    },
    {
      trap: '"لا" before a present verb negates it: the group is not said to target',
      text: 'لا تستهدف مجموعة APT28 شبكة وزارة المالية.',
      expect: [],
    },
    {
      trap: '"لا" before "تقف وراء" attributes nothing',
      text: 'لا تقف مجموعة APT28 وراء الهجوم على قناة TV5Monde.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'a reported "لا" and a present verb is a denial on the speaker’s word',
      text: 'وقالت شركة مايكروسوفت إن مجموعة APT28 لا تستهدف حلف الناتو.',
      expect: ['DENIES Microsoft -> APT28 denied [Microsoft]', 'TARGETED APT28 -> NATO denied [Microsoft]'],
    },
    {
      trap: '"لا تزال" is "still": the report stands',
      text: 'وقالت شركة مايكروسوفت إن مجموعة APT28 لا تزال تستهدف حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO reported [Microsoft]'],
    },
    {
      trap: '"لا شك أن" negates no verb: the statement stands',
      text: 'لا شك أن مجموعة APT28 استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'a company that does not believe a claim neither holds nor vouches for it',
      text: 'لا تعتقد شركة مايكروسوفت أن مجموعة APT28 استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: '"قد" before a present verb is "may": the attribution is only suspected',
      text: 'قد تقف مجموعة APT28 وراء الهجوم على قناة TV5Monde.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'a reported "قد" and a present verb of working for is suspected by the speaker',
      text: 'وقالت شركة مايكروسوفت إن مجموعة APT28 قد تعمل لصالح الاستخبارات العسكرية الروسية.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU suspected [Microsoft]', 'LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: '"قد" before a past verb asserts it',
      text: 'وكانت مجموعة APT28 قد استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: '"النظام" after a regime named with its state stands for that regime, who denies',
      text: 'وقالت مايكروسوفت إن مجموعة APT33 تعمل لصالح النظام الإيراني. ونفى النظام أن تكون مجموعة APT33 قد استهدفت أرامكو السعودية.',
      expect: [
        'ATTRIBUTED_TO APT33 -> النظام الإيراني reported [Microsoft]',
        'DENIES النظام الإيراني -> APT33 denied [النظام الإيراني]',
        'TARGETED APT33 -> Saudi Aramco denied [النظام الإيراني]',
      ],
    },
    {
      trap: '"النظام" hacked after a government named otherwise is the system, not the government',
      text: 'وقالت مايكروسوفت إن مجموعة APT33 تعمل لصالح الحكومة الإيرانية. ثم اخترقت مجموعة APT33 النظام.',
      expect: ['ATTRIBUTED_TO APT33 -> الحكومة الإيرانية reported [Microsoft]'],
    },
    {
      trap: 'a system named with an adjective ("النظام الصحي") is no body and no victim',
      text: 'وأصابت البرمجية النظام الصحي في سوريا.',
      expect: [],
    },
    {
      trap: 'a passive spelled as the active: the agent after "من قبل" is the attacker, the name after the verb the victim',
      text: 'واستهدفت وزارة الدفاع الألمانية من قبل مجموعة APT28.',
      expect: [
        'TARGETED APT28 -> وزارة الدفاع الألمانية asserted []',
        'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'a group targeted by a company in the passive: the company is no victim of the group',
      text: 'واستهدفت مجموعة APT28 من قبل شركة مايكروسوفت.',
      expect: [],
    },
    {
      trap: 'the agent of a passive attribution makes the claim and is not the party blamed',
      text: 'ونسب الهجوم على قناة TV5Monde من قبل شركة مايكروسوفت إلى مجموعة APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Microsoft]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'a passive accusation with its agent: the accused is blamed on the accuser’s word, never the reverse',
      text: 'اتُهمت مجموعة APT28 من قبل شركة مايكروسوفت باختراق قناة TV5Monde.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Microsoft]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: 'a government accused in the passive by a capital is the accused, not the accuser',
      text: 'واتهمت الحكومة الإيرانية من قبل واشنطن باختراق أرامكو السعودية.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> الحكومة الإيرانية reported [Washington]',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: '"تم اتهام X من قبل Y بالوقوف وراء Z": the agent right before the charge is no author',
      text: 'وتم اتهام مجموعة APT28 من قبل مايكروسوفت بالوقوف وراء الهجوم على قناة TV5Monde.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Microsoft]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '"من قبل" alone after the object means "before": the verb stays active',
      text: 'استهدفت مجموعة APT28 حلف الناتو من قبل.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'a negated passive with its agent states no attack',
      text: 'ولم يتم استهداف وزارة الدفاع الألمانية من قبل مجموعة APT28.',
      expect: ['LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []'],
    },
    {
      trap: 'a question in the passive with its agent states no attack',
      text: 'هل تعرضت وزارة الخارجية الفرنسية لهجوم من قبل مجموعة APT28؟',
      expect: [],
    },
    {
      trap: 'a passive with its agent under a denial is denied, on the denier’s word',
      text: 'ونفت روسيا أن يكون قد تم استهداف وزارة الدفاع الألمانية من قبل مجموعة APT28.',
      expect: [
        'DENIES Russia -> APT28 denied [Russia]',
        'TARGETED APT28 -> وزارة الدفاع الألمانية denied [Russia]',
        'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'an object pronoun two sentences after the incident stands for no incident',
      text: 'ضرب هجوم نوت بيتيا أوكرانيا. وأصدرت الحكومة الأوكرانية قرارا جديدا. وقال الوزير إن الجيش الأوكراني نفذه.',
      expect: ['TARGETED NotPetya attack -> Ukraine asserted []'],
    },
    {
      trap: '"وهي مجموعة" after a victim is said of the group named before, never of the victim',
      text: 'استهدفت مجموعة APT28 حلف الناتو، وهي مجموعة مرتبطة بالاستخبارات العسكرية الروسية.',
      expect: [
        'ATTRIBUTED_TO APT28 -> GRU asserted []',
        'TARGETED APT28 -> NATO asserted []',
        'LOCATED_IN GRU -> Russia asserted []',
      ],
    },
    {
      trap: 'an outlet relaying sources with "نقلت X عن" is the claimant',
      text: 'نقلت رويترز عن مصادر أن مجموعة APT28 استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO reported [Reuters]'],
    },
    {
      trap: 'a newspaper relaying officials with "نقلت X عن" is the claimant, never an end',
      text: 'ونقلت صحيفة لوموند عن مسؤولين فرنسيين أن مجموعة APT28 اخترقت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO reported [Le Monde]'],
    },
    {
      trap: 'a post after "إلى" is the addressee\'s: the sender of the letter leads nothing',
      text: 'وصلت رسالة من المهندس سامي حداد إلى رئيس بلدية نابلس.',
      expect: [],
    },
    {
      trap: 'a post after a glued "ل" is the addressee\'s: the sender of the telegram leads nothing',
      text: 'وأرسل سامي حداد برقية عاجلة لمدير شركة كويلسك.',
      expect: [],
    },
    {
      trap: 'the name after a post and "إلى" is whom the post-holder writes to, not the holder',
      text: 'نشرت الصحيفة رسالة من مدير شركة كويلسك إلى سامي حداد حول العقد.',
      expect: [],
    },
    {
      trap: '"المدعوم من" says who backs a body, never a whole it is part of',
      text: 'وأنقذ خفر السواحل اليوناني المدعوم من الاتحاد الأوروبي عشرات المهاجرين.',
      expect: [],
    },
    {
      trap: 'a firm cited with "على حد قول" after the fact is the claimant, never an end',
      text: 'اخترقت مجموعة APT28 وزارة الدفاع الألمانية، على حد قول شركة مانديانت.',
      expect: [
        'TARGETED APT28 -> وزارة الدفاع الألمانية reported [Mandiant]',
        'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'an accusation not made, past a relative clause on the accused, ascribes nothing',
      text: 'ولم تتهم الحكومة الألمانية مجموعة APT28 التي تعمل لصالح الاستخبارات العسكرية الروسية باختراق البرلمان الألماني.',
      expect: [
        'ATTRIBUTED_TO APT28 -> GRU asserted []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
        'LOCATED_IN GRU -> Russia asserted []',
      ],
    },
    {
      trap: 'a question about "اختراق X لـ Y" states nothing',
      text: 'هل كان اختراق مجموعة APT28 لوزارة الدفاع الألمانية متعمدا؟',
      expect: [],
    },
    {
      trap: 'a denial of "اختراق X لـ Y" denies it, the denier is no end',
      text: 'ونفت موسكو اختراق مجموعة APT28 لوزارة الدفاع الألمانية.',
      expect: [
        'DENIES Moscow -> APT28 denied [Moscow]',
        'TARGETED APT28 -> وزارة الدفاع الألمانية denied [Moscow]',
        'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'experts guessing at "اختراق X لـ Y" suspect it',
      text: 'ويرجح الخبراء أن اختراق مجموعة APT28 لوزارة الدفاع الألمانية استمر أسابيع.',
      expect: [
        'TARGETED APT28 -> وزارة الدفاع الألمانية suspected []',
        'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      ],
    },
    {
      trap: 'a question whether a company worked in a place at a date places nothing',
      text: 'هل نشطت شركة كويلسك في ألمانيا في عام 2016؟',
      expect: [],
    },
    {
      trap: 'a company that did not work in a place at a date is not placed there',
      text: 'لم تعمل شركة كويلسك في ألمانيا في عام 2016.',
      expect: [],
    },
    {
      trap: 'a question whether a phone was hacked with a program states nothing',
      text: 'وتساءل الكاتب: هل تعرض الصحفي سامي حداد لاختراق ببرنامج التجسس بيغاسوس؟',
      expect: [],
    },
    {
      trap: 'a phone that was not hacked with a program was not its target',
      text: 'لم يتعرض الصحفي سامي حداد لاختراق ببرنامج التجسس بيغاسوس.',
      expect: [],
    },
    {
      trap: 'a company denying that a program hacked a phone denies, it is no end',
      text: 'ونفت شركة كويلسك أن يكون الصحفي سامي حداد قد تعرض لاختراق ببرنامج التجسس بيغاسوس.',
      expect: ['DENIES كويلسك -> Pegasus denied [كويلسك]', 'TARGETED Pegasus -> سامي حداد denied [كويلسك]'],
    },
    {
      trap: 'a newspaper cited after an attack made with a program reports it, it is no end',
      text: 'وتعرضت شركة كويلسك لهجوم ببرمجية نوت بيتيا بحسب صحيفة الغد.',
      expect: [
        'TARGETED Hack of كويلسك -> كويلسك asserted []',
        'TARGETED NotPetya -> كويلسك reported [صحيفة الغد]',
      ],
    },
    {
      trap: 'rejecting accusations denies, it ascribes nothing',
      text: 'ورفض الكرملين الاتهامات بأنه كان وراء اختراق بنك الميناء.',
      expect: [
        'DENIES Kremlin -> Hack of بنك الميناء denied [Kremlin]',
        'TARGETED Hack of بنك الميناء -> بنك الميناء asserted []',
      ],
    },
    {
      trap: 'a question whether a group was behind an attack states nothing',
      text: 'هل كانت مجموعة APT99 وراء الهجوم على هيئة ميناء كويلون؟',
      expect: [],
    },
    {
      trap: 'a condition states nothing',
      text: 'إذا كانت مجموعة APT99 وراء اختراق بنك الميناء فستفرض عقوبات.',
      expect: [],
    },
    {
      trap: "an unnamed minister's statement is reported, not the article's own",
      text: 'وقال الوزير إن مجموعة تورلا مسؤولة عن اختراق وزارة الخارجية.',
      expect: [
        'ATTRIBUTED_TO Hack of وزارة الخارجية -> Turla reported []',
        'TARGETED Hack of وزارة الخارجية -> وزارة الخارجية asserted []',
      ],
    },
    {
      trap: 'an expert ruling out any role ascribes nothing',
      text: 'واستبعد خبير مستقل أي دور لمجموعة APT28 في تعطل بنك الميناء.',
      expect: [],
    },
    {
      trap: 'a suspicion investigators dropped ascribes nothing',
      text: 'وكان المحققون قد اشتبهوا في مجموعة APT99 قبل أن يتخلوا عن هذه الفرضية.',
      expect: [],
    },
    {
      trap: 'two actors in one sentence: only the subject of the verb is the agent',
      text: 'كانت مجموعتا تورلا وAPT99 نشطتين في مارس لكن مجموعة APT99 وحدها استهدفت هيئة ميناء كويلون.',
      expect: ['TARGETED APT99 -> هيئة ميناء كويلون asserted []'],
    },
    {
      trap: 'a victim who works with a lab is no part of it',
      text: 'وقال الصحفي سامي حداد الذي يعمل مع مختبر المواطن إن هاتفه اخترق.',
      expect: [],
    },
    {
      trap: 'a verb before its subject described by "المدعومة من": its object follows the description',
      text: 'واستهدفت مجموعة APT99 المدعومة من إيران هيئة ميناء كويلون.',
      expect: ['ATTRIBUTED_TO APT99 -> Iran asserted []', 'TARGETED APT99 -> هيئة ميناء كويلون asserted []'],
    },
    {
      trap: 'a verb before its subject described by "المرتبطة بـ": its object follows the description',
      text: 'واستهدفت مجموعة APT99 المرتبطة بإيران هيئة ميناء كويلون.',
      expect: ['ATTRIBUTED_TO APT99 -> Iran asserted []', 'TARGETED APT99 -> هيئة ميناء كويلون asserted []'],
    },
    {
      trap: 'a verb before its subject described by "التابعة لـ": its object follows the description',
      text: 'واخترقت مجموعة APT99 التابعة لإيران بنك الميناء.',
      expect: ['ATTRIBUTED_TO APT99 -> Iran asserted []', 'TARGETED APT99 -> بنك الميناء asserted []'],
    },
    {
      trap: 'a verb before a described subject and no named object targets nothing',
      text: 'واستهدفت مجموعة APT99 المدعومة من إيران الهيئة.',
      expect: ['ATTRIBUTED_TO APT99 -> Iran asserted []'],
    },
    {
      trap: 'no evidence states nothing',
      text: 'لا يوجد دليل على أن مجموعة APT99 استهدفت بنك الميناء.',
      expect: [],
    },
    {
      trap: 'an inquiry still open ascribes nothing',
      text: 'ولم تحدد السلطات بعد ما إذا كانت مجموعة تورلا وراء الاختراق.',
      expect: [],
    },
    {
      trap: 'a company denying its program was used gives no edge',
      text: 'ونفت الشركة أن يكون برنامج بيغاسوس قد استخدم ضد الصحفي سامي حداد.',
      expect: [],
    },
    {
      trap: 'a negation with a long subject: no target',
      text: 'لم يتعرض هاتف الصحفي المعروف سامي حداد لأي اختراق.',
      expect: [],
    },
    {
      trap: '"لا يعرف من يقف وراء" names no author',
      text: 'ولا يعرف من يقف وراء الهجوم على هيئة ميناء كويلون.',
      expect: ['TARGETED Hack of هيئة ميناء كويلون -> هيئة ميناء كويلون asserted []'],
    },
    {
      trap: 'an accusation denied in the same sentence',
      text: 'واتهمت واشنطن موسكو بالهجوم وهو ما نفته موسكو.',
      expect: [],
    },
    {
      trap: 'no party claiming an attack claims nothing',
      text: 'ولم تعلن أي جهة مسؤوليتها عن اختراق بنك الميناء.',
      expect: ['TARGETED Hack of بنك الميناء -> بنك الميناء asserted []'],
    },
    {
      trap: 'researchers attributing an attack to no group ascribe nothing',
      text: 'ولم ينسب الباحثون اختراق بنك الميناء إلى أي مجموعة.',
      expect: ['TARGETED Hack of بنك الميناء -> بنك الميناء asserted []'],
    },
    {
      trap: 'a question with the verb first states nothing',
      text: 'هل اخترقت كوريا الشمالية بنك الميناء؟',
      expect: [],
    },
    {
      trap: 'accusations called absurd make APT28 no author',
      text: 'ووصف المتحدث باسم الكرملين الاتهامات الموجهة إلى مجموعة APT28 بأنها سخيفة.',
      expect: [],
    },
    {
      trap: 'a ministry backed by a bank denying a hack is no part of the bank, nor a target',
      text: 'ونفت وزارة الصحة المدعومة من البنك الدولي تعرضها لأي اختراق.',
      expect: [],
    },
    {
      trap: 'a condition "في حال ثبت" states nothing',
      text: 'وفي حال ثبت أن مجموعة APT99 اخترقت بنك الميناء فإن الحكومة سترد.',
      expect: [],
    },
    {
      trap: 'a hedge inside rejected accusations is rejected with them',
      text: 'ورفضت موسكو الاتهامات بأن مجموعة APT28 ربما كانت وراء اختراق بنك الميناء.',
      expect: [
        'ATTRIBUTED_TO Hack of بنك الميناء -> APT28 denied [Moscow]',
        'DENIES Moscow -> APT28 denied [Moscow]',
        'TARGETED Hack of بنك الميناء -> بنك الميناء asserted []',
      ],
    },
    {
      trap: 'an attack on the attributing firm: the firm, not the victim inside the incident, claims',
      text: 'وتعرضت شركة مانديانت التي نسبت اختراق بنك الميناء إلى مجموعة APT99 لهجوم.',
      expect: [
        'ATTRIBUTED_TO Hack of بنك الميناء -> APT99 reported [Mandiant]',
        'TARGETED Hack of بنك الميناء -> بنك الميناء asserted []',
      ],
    },
    {
      trap: 'a firm that had attributed an incident claims it; the victim inside it claims nothing',
      text: 'وكانت شركة مانديانت قد نسبت اختراق بنك الميناء إلى مجموعة APT99.',
      expect: [
        'ATTRIBUTED_TO Hack of بنك الميناء -> APT99 reported [Mandiant]',
        'TARGETED Hack of بنك الميناء -> بنك الميناء asserted []',
      ],
    },
    // A verb of suspicion gives its subject as the one who holds the suspicion; with no subject
    // named, a source elsewhere in the sentence holds it, else no one.
    {
      trap: 'the subject after a verb of suspicion holds the suspicion',
      text: 'رجحت شركة مايكروسوفت أن مجموعة APT33 استهدفت أرامكو السعودية.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected [Microsoft]'],
    },
    {
      trap: 'an impersonal verb of suspicion names no one; the source after it holds the suspicion',
      text: 'ويُعتقد أن مجموعة APT33 استهدفت أرامكو السعودية، وفقا لشركة مايكروسوفت.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected [Microsoft]'],
    },
    {
      trap: 'an impersonal verb of suspicion with no source is held by no one',
      text: 'ويُشتبه في أن مجموعة APT33 استهدفت أرامكو السعودية.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    // A negation governs its clause up to its predicate: an Arabic negation the verb after it,
    // that verb's subject however long, and its complements.
    {
      trap: 'a negation reaches its predicate past a long subject',
      text: 'لم تتعرض شبكة وزارة الخارجية الفرنسية في باريس لأي هجوم من قبل مجموعة APT28.',
      // The body before a city is the one there, in the article's own words: the negation denies
      // the attack, not where the ministry is (ingest/rules/organisation-places.ts).
      expect: [
        'LOCATED_IN وزارة الخارجية الفرنسية -> Paris asserted []',
        'LOCATED_IN وزارة الخارجية الفرنسية -> France asserted []',
      ],
    },
    {
      trap: 'a negation reaches the victim past a person’s phone and name',
      text: 'لم يتعرض هاتف الصحفي سمير حداد لاختراق من قبل مجموعة APT28.',
      expect: [],
    },
    {
      trap: 'a negation ends with its clause: the relative clause after it is stated',
      text: 'لم تكشف الوزارة عن هوية مجموعة APT28 التي استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    // Posts in news titles and captions: a regional director or the head of a body's office
    // works for the body; a negation, a question, a denial or a condition states no post, and a
    // paper that quotes the holder is no end of it.
    {
      trap: 'a regional director is stated as working for the body',
      text: 'ونقلت صحيفة الأيام عن سامي حداد، المدير الإقليمي لمنظمة الصحة العالمية، أن المساعدات وصلت.',
      expect: ['WORKS_FOR سامي حداد -> World Health Organization asserted []'],
    },
    {
      trap: 'a negated regional post states nothing',
      text: 'لم يكن سامي حداد المدير الإقليمي لمنظمة الصحة العالمية.',
      expect: [],
    },
    {
      trap: 'a negated verb before a name does not reach the post in apposition to it: the writer’s own words',
      text: 'لم يتحدث الوفد إلى سيرجان كوبالي، المدير الإقليمي لمنظمة الصحة العالمية.',
      expect: ['WORKS_FOR سيرجان كوبالي -> World Health Organization asserted []'],
    },
    {
      trap: 'a group after "إلى" described by a post is no person: no edge',
      text: 'ونسبت الوزارة الهجوم إلى مجموعة لازاروس، المدير.',
      expect: [],
    },
    {
      trap: 'a body represented by the chairman of its board is led by him',
      text: 'شاركت هيئة الاتصالات الفلسطينية ممثلة برئيس مجلس إدارتها السيد سامي حداد في المؤتمر.',
      expect: [
        'LEADS سامي حداد -> هيئة الاتصالات الفلسطينية asserted []',
        'LOCATED_IN هيئة الاتصالات الفلسطينية -> Palestine asserted []',
      ],
    },
    {
      trap: 'a negated participation represented by a chairman states nothing',
      text: 'لم تشارك هيئة الاتصالات الفلسطينية ممثلة برئيس مجلس إدارتها السيد سامي حداد في المؤتمر.',
      expect: ['LOCATED_IN هيئة الاتصالات الفلسطينية -> Palestine asserted []'],
    },
    {
      trap: 'a question about a participation represented by a chairman states nothing',
      text: 'هل شاركت هيئة الاتصالات الفلسطينية ممثلة برئيس مجلس إدارتها السيد سامي حداد في المؤتمر؟',
      expect: [],
    },
    {
      trap: 'a body that takes a city as its seat is located there, verb first or in a relative clause',
      text: 'اخترقت مجموعة APT33 شركة أرامكو. وتتخذ المجموعة من طهران مقرا لها.',
      expect: ['LOCATED_IN APT33 -> Tehran asserted []', 'TARGETED APT33 -> Saudi Aramco asserted []'],
    },
    {
      trap: 'a negated seat states nothing',
      text: 'لم تتخذ مجموعة APT33 من طهران مقرا لها.',
      expect: [],
    },
    {
      trap: 'a question about a seat states nothing',
      text: 'هل تتخذ شركة كاسبرسكي من موسكو مقرا لها؟',
      expect: [],
    },
    {
      trap: 'a seat in a condition states nothing',
      text: 'إذا اتخذت شركة كاسبرسكي من موسكو مقرا لها فستخسر عملاءها.',
      expect: [],
    },
    {
      trap: 'a news agency that reports a seat is its claimant',
      text: 'ونقلت وكالة رويترز أن شركة كاسبرسكي تتخذ من موسكو مقرا لها.',
      expect: ['LOCATED_IN Kaspersky -> Moscow reported [Reuters]'],
    },
    {
      trap: 'what a government takes as a pretext is no seat',
      text: 'اتخذت الحكومة الأردنية من الهجوم ذريعة.',
      expect: [],
    },
    {
      trap: 'a verb of working set first, its subject, then the employer',
      text: 'ويعمل سامي حداد في شركة كاسبرسكي ومنظمة الصحة العالمية.',
      expect: [
        'WORKS_FOR سامي حداد -> Kaspersky asserted []',
        'WORKS_FOR سامي حداد -> World Health Organization asserted []',
      ],
    },
    {
      trap: 'a negated verb of working states nothing',
      text: 'لم يعمل سامي حداد في شركة كاسبرسكي.',
      expect: [],
    },
    {
      trap: 'a question about where one works states nothing',
      text: 'هل يعمل سامي حداد في شركة كاسبرسكي؟',
      expect: [],
    },
    {
      trap: 'working with a company is no employment',
      text: 'يعمل سامي حداد مع شركة كاسبرسكي.',
      expect: [],
    },
    {
      trap: 'a nominal sentence gives the seat without "و"',
      text: 'شركة كاسبرسكي مقرها موسكو.',
      expect: ['LOCATED_IN Kaspersky -> Moscow asserted []'],
    },
    {
      trap: 'a raid on a seat names no place',
      text: 'داهمت الشرطة الأردنية مقرها أمس.',
      expect: [],
    },
    {
      trap: 'a question about a seat in a nominal sentence states nothing',
      text: 'هل شركة كاسبرسكي مقرها موسكو؟',
      expect: [],
    },
    {
      trap: 'a number word that folds to an actor’s alias is no actor',
      text: 'واعتقلت الشرطة ألفين من المحتجين بعد أن استهدفوا مبنى وزارة الداخلية الأردنية.',
      expect: ['LOCATED_IN وزارة الداخلية الأردنية -> Jordan asserted []'],
    },
    {
      trap: 'the board of an unnamed company is no organisation to lead',
      text: 'حضر الحفل السيد سامي حداد رئيس مجلس إدارة الشركة.',
      expect: [],
    },
    {
      trap: 'the chairman of a named body’s board leads the body',
      text: 'وقال رئيس مجلس إدارة بورصة فلسطين سامي حداد إن التداول ارتفع.',
      expect: ['LEADS سامي حداد -> بورصة فلسطين asserted []'],
    },
    {
      trap: 'an attack named by its relative clause, then carried out by a group the police name',
      text: 'وقالت الشرطة إن الهجوم الذي استهدف وزارة المالية الألبانية نفذته مجموعة APT33.',
      expect: [
        'ATTRIBUTED_TO Hack of وزارة المالية الألبانية -> APT33 reported []',
        'TARGETED Hack of وزارة المالية الألبانية -> وزارة المالية الألبانية asserted []',
      ],
    },
    {
      trap: 'an attack named by its relative clause and not carried out by the group',
      text: 'الهجوم الذي استهدف وزارة المالية الألبانية لم تنفذه مجموعة APT33.',
      expect: ['TARGETED Hack of وزارة المالية الألبانية -> وزارة المالية الألبانية asserted []'],
    },
    {
      trap: 'a question about who carried out an attack named by its relative clause states nothing',
      text: 'هل الهجوم الذي استهدف وزارة المالية الألبانية نفذته مجموعة APT33؟',
      expect: [],
    },
    {
      trap: 'a group that denies an attack named by its relative clause',
      text: 'ونفت مجموعة APT33 أن تكون نفذت الهجوم الذي استهدف وزارة المالية الألبانية.',
      expect: [
        'DENIES APT33 -> Hack of وزارة المالية الألبانية denied [APT33]',
        'TARGETED Hack of وزارة المالية الألبانية -> وزارة المالية الألبانية asserted []',
      ],
    },
    {
      trap: 'a paper that reports it is the claimant',
      text: 'وذكرت صحيفة الأيام أن هيئة الاتصالات الفلسطينية شاركت ممثلة برئيس مجلس إدارتها السيد سامي حداد في المؤتمر.',
      expect: [
        'LEADS سامي حداد -> هيئة الاتصالات الفلسطينية reported [صحيفة الأيام]',
        'LOCATED_IN هيئة الاتصالات الفلسطينية -> Palestine asserted []',
      ],
    },
    {
      trap: 'a question about a regional post states nothing',
      text: 'هل سامي حداد هو المدير الإقليمي لمنظمة الصحة العالمية؟',
      expect: [],
    },
    {
      trap: 'a denied head of office states nothing',
      text: 'نفت البلدية أن يكون سامي حداد رئيس ديوان بلدية نابلس.',
      expect: [],
    },
    {
      trap: 'a head of office in a condition states nothing',
      text: 'إذا عُيّن سامي حداد رئيس ديوان بلدية نابلس فسيغير النظام.',
      expect: [],
    },
    {
      trap: 'a village headman leads the village',
      text: 'مقابلة مع السيد سالم عودة مختار قرية بيت فجار عن موسم الزيتون.',
      expect: ['LEADS سالم عودة -> بيت فجار asserted []'],
    },
    {
      trap: 'a headman denied states nothing',
      text: 'ونفى الأهالي أن يكون سالم عودة مختار قرية بيت فجار.',
      expect: [],
    },
    {
      trap: 'a man named Mukhtar who visits a village heads nothing',
      text: 'زار مختار الحلبي قرية بيت فجار أمس.',
      expect: [],
    },
    {
      trap: 'a camp "في" a country lies in it',
      text: 'منظر عام في مخيم عسكر للاجئين الفلسطينيين في لبنان بعد المطر.',
      expect: ['PART_OF مخيم عسكر -> Lebanon asserted []'],
    },
    {
      trap: 'a question whether a camp lies in a country states nothing',
      text: 'هل يقع مخيم عسكر في لبنان؟',
      expect: [],
    },
    {
      trap: 'a negated place of a camp states nothing',
      text: 'لم يكن مخيم عسكر في لبنان.',
      expect: [],
    },
    {
      trap: 'a camp in a condition states nothing',
      text: 'إذا كان مخيم عسكر في لبنان فسنزوره.',
      expect: [],
    },
    {
      trap: 'a paper that reports where a camp lies is its claimant, no end',
      text: 'ونقلت صحيفة الأيام أن مخيم عسكر في لبنان يعاني من نقص المياه.',
      expect: ['PART_OF مخيم عسكر -> Lebanon reported [صحيفة الأيام]'],
    },
    // A village and its district (ingest/rules/village-districts.ts): a person's origin, a
    // direction, a letter between bodies and a negated clause place nothing more.
    {
      trap: 'a person "من قرية X" is from the village: only the village lies in its district',
      text: 'وقال المزارع سمير حداد من قرية الزيتون، لواء بيسان، إن المحصول تضرر.',
      expect: ["PART_OF الزيتون -> Beit She'an asserted []"],
    },
    {
      trap: 'a village south of a city is no part of it',
      text: 'زار الوفد قرية الزيتون جنوب مدينة بيسان.',
      expect: [],
    },
    {
      trap: 'a letter from a village committee to the head of a municipality makes it no part of it',
      text: 'رسالة من لجنة قرية الزيتون إلى رئيس بلدية بيسان.',
      expect: [],
    },
    {
      trap: 'a negated verb between a village and a city: the village is not said to lie there',
      text: 'لم تتبع قرية الزيتون مدينة بيسان يوما.',
      expect: [],
    },
    // Attributions questioned, supposed, hedged, denied, withdrawn or still to come; another
    // actor's earlier deed, a comparison, a researcher's employer, a victim who speaks, a false
    // flag, copycats, lists of suspects; negation up to "بل" / "لكن" and doubts written after the claim.
    {
      trap: 'a question names a suspect and states nothing',
      text: 'هل كانت مجموعة APT28 وراء اختراق البوندستاغ؟',
      expect: [],
    },
    {
      trap: 'a verb-first question naming a state as the hacker states nothing',
      text: 'هل اخترقت كوريا الشمالية شركة سوني بيكتشرز؟',
      expect: [],
    },
    {
      trap: 'a suspect named after a question is pointed to, not stated',
      text: 'من اخترق قناة TV5Monde؟ يشير بعض المحللين إلى مجموعة APT28.',
      expect: [],
    },
    {
      trap: 'a hypothesis with "إذا" states nothing',
      text: 'إذا كانت مجموعة APT28 وراء الهجوم على البوندستاغ فإن الناتو سيرد.',
      expect: [],
    },
    {
      trap: '"حتى لو" raises an attribution without making it',
      text: 'حتى لو كانت كوريا الشمالية وراء اختراق سوني بيكتشرز فإن الضرر وقع.',
      expect: [],
    },
    {
      trap: 'what unnamed experts think may have happened is suspected',
      text: 'يعتقد بعض الخبراء أن مجموعة APT28 ربما اخترقت قناة TV5Monde.',
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: 'an impersonal belief is suspected and held by no one',
      text: 'يُعتقد أن مجموعة APT33 استهدفت أرامكو السعودية.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected []'],
    },
    {
      trap: 'an impersonal suspicion is suspected',
      text: 'يشتبه في أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
      expect: ['ATTRIBUTED_TO APT28 -> GRU suspected []', 'LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: 'the accused denying any role denies, and is no author',
      text: 'نفت موسكو أي دور لها في اختراق البوندستاغ.',
      expect: [
        'DENIES Moscow -> Hack of Bundestag denied [Moscow]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'the accused denying a hack states nothing',
      text: 'نفت بيونغ يانغ أن تكون قد اخترقت سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: 'accusations rejected by the accused are not stated',
      text: 'رفضت إيران الاتهامات بأنها استهدفت أرامكو السعودية.',
      expect: [],
    },
    {
      trap: 'accusations called baseless make no author',
      text: 'ووصف الكرملين الاتهامات الموجهة إلى مجموعة APT28 بأنها لا أساس لها.',
      expect: [],
    },
    {
      trap: 'a negated hack closed by a source is denied by it',
      text: 'لم تخترق مجموعة APT28 قناة TV5Monde، بحسب ما قال الكرملين.',
      expect: ['DENIES Kremlin -> APT28 denied [Kremlin]', 'TARGETED APT28 -> TV5Monde denied [Kremlin]'],
    },
    {
      trap: "an actor's earlier attack in a relative clause is stated; the one it took no part in is not",
      text: 'ولم تشارك مجموعة APT28 التي اخترقت البوندستاغ عام 2015 في الهجوم على TV5Monde.',
      expect: [
        'TARGETED APT28 -> Bundestag asserted []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: "a researcher's employer claims, and is no argument",
      text: 'وقال جون سميث الباحث في شركة مانديانت إن مجموعة APT28 استهدفت الناتو.',
      expect: [
        'TARGETED APT28 -> NATO reported [Mandiant, جون سميث]',
        'WORKS_FOR جون سميث -> Mandiant asserted []',
      ],
    },
    {
      trap: "an unnamed researcher's employer claims",
      text: 'وقال باحث في شركة مايكروسوفت إن مجموعة APT28 اخترقت قناة TV5Monde.',
      expect: ['TARGETED APT28 -> TV5Monde reported [Microsoft]'],
    },
    {
      trap: 'the victim speaking of its own hack is its claimant',
      text: 'وقالت قناة TV5Monde إنها تعرضت لاختراق من قبل مجموعة APT28.',
      expect: ['TARGETED APT28 -> TV5Monde reported [TV5Monde]'],
    },
    {
      trap: 'the journalist rejecting rumours states no hack',
      text: 'وخلافا لما أشيع، لم تخترق مجموعة APT28 قناة TV5Monde.',
      expect: [],
    },
    {
      trap: 'no evidence that a group hacked a company states nothing',
      text: 'لا يوجد دليل على أن مجموعة لازاروس اخترقت سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: "false flag: an attack made to look like an actor's is not that actor's",
      text: 'صُمم الهجوم على قناة TV5Monde ليبدو كأنه من عمل مجموعة APT28.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'false flag: attackers impersonating an actor make it no attacker',
      text: 'انتحل المهاجمون صفة مجموعة APT28 لاختراق قناة TV5Monde.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'false flag: the actor a false flag implicates did nothing',
      text: 'كان اختراق البوندستاغ عملية تحت راية زائفة لتوريط مجموعة APT28.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'copycats of an actor make it no attacker',
      text: 'اخترق مقلدون لمجموعة لازاروس شركة سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: 'a group imitating an actor is not that actor',
      text: 'استهدفت مجموعة تقلد مجموعة APT28 حلف الناتو.',
      expect: [],
    },
    {
      trap: 'a list of suspects accuses no one',
      text: 'ومن بين المشتبه بهم مجموعات APT28 وTurla وSandworm.',
      expect: [],
    },
    {
      trap: 'a negation stops at "بل": the second verb is stated, of the first verb\'s subject',
      text: 'لم تستهدف مجموعة APT28 حلف الناتو بل اخترقت البوندستاغ.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'the pronoun of "لكنها" is the subject, never the negated object',
      text: 'لم تستهدف APT28 الناتو، لكنها استهدفت البوندستاغ.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'an involvement never proven is not stated',
      text: 'لم يثبت تورط مجموعة APT28 في اختراق البوندستاغ.',
      expect: [],
    },
    {
      trap: 'a doubt after the claim leaves it suspected',
      text: 'اخترقت مجموعة APT28 البوندستاغ، وهو ما لم يتسن التأكد منه.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: '"without it being verified" leaves it suspected',
      text: 'اخترقت مجموعة APT28 البوندستاغ، دون أن يتسنى التحقق من ذلك.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: 'an open question states nothing',
      text: 'ولا يُعرف ما إذا كانت مجموعة APT28 قد استهدفت الناتو.',
      expect: [],
    },
    {
      trap: 'a claim nobody made states nothing',
      text: 'لم يزعم أحد أن مجموعة APT28 اخترقت قناة TV5Monde.',
      expect: [],
    },
    {
      trap: '"ربما" hedges an attribution',
      text: 'ربما تكون مجموعة APT33 وراء الهجوم على أرامكو السعودية.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'a condition "في حال ثبت" before a response states nothing',
      text: 'في حال ثبت أن كوريا الشمالية اخترقت سوني بيكتشرز فإن واشنطن سترد.',
      expect: [],
    },
    {
      trap: 'a cleft negation denies its subject the deed',
      text: 'وليست مجموعة APT28 هي التي اخترقت البوندستاغ بل مجموعة Turla.',
      expect: [],
    },
    {
      trap: "a report its speaker's, what another denies after it in a clause of its own stays so",
      text: 'وبحسب مانديانت، فإن مجموعة APT28 استهدفت الناتو، وهو ما نفته موسكو.',
      expect: ['TARGETED APT28 -> NATO reported [Mandiant]'],
    },
    {
      trap: 'an attribution media took back is no statement',
      text: 'ونسبت وسائل إعلام الهجوم إلى مجموعة APT28 قبل أن تتراجع عن ذلك.',
      expect: [],
    },
    {
      trap: "analysts' guess is suspected",
      text: 'ويرجح محللون أن تكون مجموعة APT33 وراء الهجوم على أرامكو السعودية.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'the actor a comparison names did not do what the main clause says',
      text: 'على غرار مجموعة APT28، اخترقت المجموعة الجديدة البوندستاغ.',
      expect: [],
    },
    {
      trap: '"the other group" is not the group named before',
      text: 'استهدفت مجموعة APT28 حلف الناتو. واخترقت المجموعة الأخرى البوندستاغ.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: "an attribution its author took back is only suspected, still the author's",
      text: 'ونسبت شركة مانديانت الهجوم على أرامكو السعودية إلى مجموعة APT33 قبل أن تتراجع عن ذلك.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected [Mandiant]',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'a cleft with a negated subject and "بل": the deed is not the first group\'s',
      text: 'ليست مجموعة APT28 هي التي اخترقت البوندستاغ.',
      expect: [],
    },
    {
      trap: "an impersonal attribution that media made is not the victim's claim",
      text: 'ونُسب الهجوم على أرامكو السعودية إلى مجموعة APT33، وفقا لوسائل إعلام.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 reported []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'a hypothetical "لو" with a past verb states nothing',
      text: 'لو اخترقت مجموعة APT28 البوندستاغ لردت ألمانيا.',
      expect: [],
    },
    {
      trap: 'a threat of a future attack is no attack',
      text: 'وهددت مجموعة APT28 باستهداف الناتو.',
      expect: [],
    },
    {
      trap: 'a question about whether a group is behind states nothing',
      text: 'ويبقى السؤال: هل تقف مجموعة APT33 وراء الهجوم على أرامكو السعودية؟',
      expect: [],
    },
    {
      trap: 'suspicions turning to a group accuse no one',
      text: 'وتتجه الشكوك نحو مجموعة APT28.',
      expect: [],
    },
    {
      trap: 'an involvement the authorities did not rule out is not stated',
      text: 'ولم تستبعد السلطات تورط مجموعة APT28 في اختراق البوندستاغ.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: "an attack bearing a group's marks, by one analyst, is not attributed",
      text: 'ويحمل الهجوم على قناة TV5Monde بصمات مجموعة APT28، وفقا لأحد المحللين.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'a reported negation stops at "بل": the second verb is reported',
      text: 'وقالت مانديانت إن مجموعة APT28 لم تخترق قناة TV5Monde بل استهدفت الناتو.',
      expect: [
        'DENIES Mandiant -> APT28 denied [Mandiant]',
        'TARGETED APT28 -> NATO reported [Mandiant]',
        'TARGETED APT28 -> TV5Monde denied [Mandiant]',
      ],
    },
    {
      trap: 'the accused denying the hack and accusing another group attributes nothing',
      text: 'ونفت مجموعة APT28 اختراق قناة TV5Monde واتهمت مجموعة Turla.',
      expect: [
        'DENIES APT28 -> Hack of TV5Monde denied [APT28]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '"لم تُربط يوما" لا تنسب الاختراق إلى أحد',
      text: 'لم تُربط مجموعة APT28 يوما باختراق البوندستاغ.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'نفي أي صلة بين طرفين آخرين نفي وليس صلة',
      text: 'ونفت موسكو أي صلة بين مجموعة APT28 والاستخبارات العسكرية الروسية.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: 'نفي أي صلة بمجموعة لا يصنع صلة',
      text: 'ونفى الكرملين أي صلة له بمجموعة ساندوورم.',
      expect: ['DENIES Kremlin -> Sandworm Team denied [Kremlin]'],
    },
    {
      trap: '"لا يُستبعد أن" اشتباه فقط',
      text: 'لا يُستبعد أن تكون مجموعة APT28 وراء اختراق قناة TV5Monde.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '"لا تستبعد ... أن تكون قد" اشتباه فقط',
      text: 'ولا تستبعد الوكالة الفرنسية أن تكون مجموعة APT28 قد اخترقت قناة TV5Monde.',
      expect: ['TARGETED APT28 -> TV5Monde suspected []'],
    },
    {
      trap: '"هل تقف X وراء" سؤال لا يثبت شيئا',
      text: 'هل تقف مجموعة Turla وراء اختراق البوندستاغ؟',
      expect: [],
    },
    {
      trap: '"يبقى أن نعرف ما إذا" لا يثبت شيئا',
      text: 'ويبقى أن نعرف ما إذا كانت إيران وراء الهجوم على أرامكو السعودية.',
      expect: [],
    },
    {
      trap: '"لو كانت ... قد اخترقت" افتراض لا يثبت شيئا',
      text: 'لو كانت مجموعة Turla قد اخترقت البوندستاغ لطردت ألمانيا دبلوماسيين.',
      expect: [],
    },
    {
      trap: 'سؤال عن آمر الاختراق لا يثبت شيئا',
      text: 'هل أمرت كوريا الشمالية باختراق سوني بيكتشرز؟',
      expect: [],
    },
    {
      trap: 'عضو في المجموعة المشتبه بها يتحدث للصحفيين: رواية لا واقعة',
      text: 'وقال عضو في مجموعة لازاروس للصحفيين إن المجموعة اخترقت سوني بيكتشرز.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported []'],
    },
    {
      trap: 'ما يقوله متهم أمام المحكمة عن الجهة التي عمل لها ليس واقعة',
      text: 'وقال المتهم أمام المحكمة إنه كان يعمل لصالح جهاز الأمن الفيدرالي الروسي.',
      expect: ['LOCATED_IN FSB -> Russia asserted []'],
    },
    {
      trap: '"لولا" تنفي وقوع ما بعدها',
      text: 'لولا التحديث لاخترقت مجموعة APT33 أرامكو السعودية.',
      expect: [],
    },
    {
      trap: 'في قائمة مجموعات، التي نفت ليست الفاعلة، بعد "غير أن"',
      text: 'وذكرت التقارير مجموعات APT28 وTurla وساندوورم، غير أن Turla نفت أي دور في اختراق البوندستاغ.',
      expect: [
        'DENIES Turla -> Hack of Bundestag denied [Turla]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'ضحية جملة وفاعل جملة أخرى: العقوبات ليست اختراقا',
      text: 'واخترقت مجموعة APT28 البوندستاغ، ثم فرضت ألمانيا عقوبات على مجموعة APT28.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'الوكالة التي تنقل كلام عضو في مجموعة ليست عضوا فيها',
      text: 'وقال عضو في مجموعة APT28 لوكالة رويترز: "لم نخترق قناة TV5Monde".',
      expect: [],
    },
    {
      trap: '"ليس من عمل X بل من عمل Y": الهجوم ينسب إلى Y وحدها',
      text: 'لم يكن الهجوم على قناة TV5Monde من عمل مجموعة APT28 بل من عمل مجموعة ساندوورم.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> Sandworm Team asserted []',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '"ليست X بل Y هي التي" لا تجعل X فاعلة',
      text: 'ليست إيران بل كوريا الشمالية هي التي اخترقت سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: '"اتهموا في البداية X ثم اتهموا Y لاحقا": X مشتبه بها فقط',
      text: 'واتهم المحققون في البداية مجموعة APT33 بالهجوم على أرامكو السعودية، ثم اتهموا إيران لاحقا.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'نسبة "ثم تراجعوا عن ذلك" مشتبه بها فقط',
      text: 'ونسب مسؤولون اختراق سوني بيكتشرز إلى مجموعة لازاروس ثم تراجعوا عن ذلك.',
      expect: [
        'ATTRIBUTED_TO Hack of Sony Pictures -> Lazarus Group suspected []',
        'TARGETED Hack of Sony Pictures -> Sony Pictures asserted []',
      ],
    },
    {
      trap: '"X، التي تقول Y إنه لا صلة لها بها": Y لا تنقل الجملة الرئيسية',
      text: 'مجموعة APT28، التي تقول موسكو إنه لا صلة لها بها، استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: '"X، التي تقول Y إنها لا علاقة لها بـZ": لا صلة بـZ',
      text: 'واستهدفت مجموعة ساندوورم، التي تقول روسيا إنها لا علاقة لها بالاستخبارات العسكرية الروسية، أوكرانيا.',
      expect: ['LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: 'الوكالة الناقلة ضحية في جملة الصلة وناقلة في الرئيسية',
      text: 'وذكرت وكالة رويترز، التي اخترقتها مجموعة APT28 عام 2018، أن مجموعة Turla استهدفت حلف الناتو.',
      expect: ['TARGETED Turla -> NATO reported [Reuters]'],
    },
    {
      trap: 'الوكالة التي نشرت تقرير شركة ليست صاحبة الادعاء',
      text: 'وأفاد تقرير لشركة كراودسترايك، نشرته وكالة رويترز، بأن مجموعة APT29 استهدفت وزارة الخارجية الأمريكية.',
      expect: [
        'TARGETED APT29 -> US Department of State reported [CrowdStrike]',
        'LOCATED_IN US Department of State -> United States asserted []',
      ],
    },
    {
      trap: 'اختراق مجهول الفاعل لا ينسب إلى أحد',
      text: 'واختُرق البوندستاغ، لكن لا أحد يعرف من يقف وراء ذلك.',
      expect: [],
    },
    {
      trap: '"لا شيء يشير إلى أن" لا يثبت دورا',
      text: 'لا شيء يشير إلى أن مجموعة APT33 لعبت دورا في الهجوم على أرامكو السعودية.',
      expect: ['TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []'],
    },
    {
      trap: '"من غير المرجح أن" لا تثبت شيئا',
      text: 'من غير المرجح أن تكون مجموعة APT28 قد استهدفت حلف الناتو.',
      expect: [],
    },
    {
      trap: 'تشكيك خبراء لا يثبت شيئا',
      text: 'ويشكك خبراء في أن تكون كوريا الشمالية قد اخترقت سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: 'وصف الاتهام بأنه لا أساس له نفي',
      text: 'ووصفت روسيا الاتهام بأن مجموعة APT28 اخترقت قناة TV5Monde بأنه لا أساس له.',
      expect: ['DENIES Russia -> APT28 denied [Russia]', 'TARGETED APT28 -> TV5Monde denied [Russia]'],
    },
    {
      trap: 'وصف الادعاء بأنه كذب نفي',
      text: 'ووصفت بيونغ يانغ الادعاء بأن مجموعة لازاروس اخترقت سوني بيكتشرز بأنه كذب.',
      expect: [
        'DENIES Pyongyang -> Lazarus Group denied [Pyongyang]',
        'TARGETED Lazarus Group -> Sony Pictures denied [Pyongyang]',
      ],
    },
    {
      trap: 'تبني مجموعة لهجوم يشكك فيه خبراء يبقى ادعاءها',
      text: 'وتبنت مجموعة APT28 اختراق حلف الناتو، لكن خبراء شككوا في ذلك.',
      expect: [
        'ATTRIBUTED_TO Hack of NATO -> APT28 reported [APT28]',
        'TARGETED Hack of NATO -> NATO asserted []',
      ],
    },
    {
      trap: '"يقول البعض إن X، بينما يتهم آخرون Y" رواية لا واقعة',
      text: 'ويقول البعض إن مجموعة APT28 اخترقت البوندستاغ، بينما يتهم آخرون مجموعة Turla.',
      expect: ['TARGETED APT28 -> Bundestag reported []'],
    },
    {
      trap: '"لم يقل ما إذا" لا تثبت شيئا',
      text: 'ولم يقل مكتب التحقيقات الفيدرالي ما إذا كانت كوريا الشمالية قد اخترقت سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: '"لم يربط أحد X بـY" لا تربط شيئا',
      text: 'ولم يربط أحد مجموعة Turla بجهاز الأمن الفيدرالي الروسي.',
      expect: ['LOCATED_IN FSB -> Russia asserted []'],
    },
    {
      trap: '"رفضت القول ما إذا" ليست نفيا ولا إثباتا',
      text: 'ورفضت مايكروسوفت القول ما إذا كانت مجموعة APT28 قد استهدفت حلف الناتو.',
      expect: [],
    },
    {
      trap: '"لم تعد تعتقد أن" اعتقاد متروك، مشتبه به فقط',
      text: 'ولم تعد مانديانت تعتقد أن مجموعة APT33 استهدفت أرامكو السعودية.',
      expect: ['TARGETED APT33 -> Saudi Aramco suspected [Mandiant]'],
    },
    {
      trap: '"قد تكون وراء ...، لكن لا يوجد أي دليل" اشتباه فقط',
      text: 'قد تكون مجموعة APT28 وراء اختراق البوندستاغ، لكن لا يوجد أي دليل.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 suspected []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'عملية مضادة على خوادم مجموعة لا تجعلها ضحية اختراق',
      text: 'واستهدف حلف الناتو خوادم مجموعة APT28 في عملية مضادة.',
      expect: [],
    },
    {
      trap: '"بدلا من X، يتهم المحققون Y": لا شيء ينسب إلى X',
      text: 'وبدلا من مجموعة APT28، يتهم المحققون الآن مجموعة Turla باختراق البوندستاغ.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> Turla reported []',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'متهم ينفي أنه عمل لصالح مجموعة ليس عضوا فيها',
      text: 'ونفى المتهم، وهو ضابط سابق في الاستخبارات العسكرية الروسية، أنه عمل لصالح مجموعة APT28.',
      expect: ['LOCATED_IN GRU -> Russia asserted []'],
    },
    {
      trap: 'الصلات المزعومة التي شكك فيها باحثون لا تربط شيئا',
      text: 'وشكك باحثون في الصلات المزعومة بين مجموعة Turla وجهاز الأمن الفيدرالي الروسي.',
      expect: ['LOCATED_IN FSB -> Russia asserted []'],
    },
    {
      trap: 'سؤال يليه "يبقى السؤال مفتوحا" لا يثبت شيئا',
      text: 'هل مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية؟ يبقى السؤال مفتوحا.',
      expect: [],
    },
    {
      trap: '"لا أحد يعرف ما إذا" لا تثبت شيئا',
      text: 'لا أحد يعرف ما إذا كانت مجموعة APT28 قد اخترقت قناة TV5Monde.',
      expect: [],
    },
    {
      trap: '"لا علاقة لها بـ" التي أكدتها موسكو لا تنسب الاختراق',
      text: 'وأكدت موسكو أن مجموعة APT28 لا علاقة لها باختراق قناة TV5Monde.',
      expect: ['TARGETED Hack of TV5Monde -> TV5Monde asserted []'],
    },
    {
      trap: 'سؤال "كما تقول صحيفة" لا يثبت شيئا',
      text: 'هل اخترقت مجموعة APT28 فعلا قناة TV5Monde كما تقول صحيفة لوموند؟',
      expect: [],
    },
    {
      trap: '"لم تثبت أي صلة" لا تربط شيئا',
      text: 'ولم تثبت أي صلة بين مجموعة Turla وجهاز الأمن الفيدرالي الروسي.',
      expect: [],
    },
    {
      trap: '"بحسب موسكو، ليست X هي التي" نفي موسكو',
      text: 'وبحسب موسكو، فإن مجموعة APT28 ليست هي التي اخترقت قناة TV5Monde.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> TV5Monde denied [Moscow]'],
    },
    {
      trap: '"نسبت في البداية ... قبل أن تشير إلى Y": النسبة الأولى مشتبه بها فقط',
      text: 'ونسبت مانديانت في البداية اختراق قناة TV5Monde إلى مجموعة APT28، قبل أن تشير إلى ساندوورم.',
      expect: [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected [Mandiant]',
        'TARGETED Hack of TV5Monde -> TV5Monde asserted []',
      ],
    },
    {
      trap: '"لم تخترق X ...، بل اخترقت Y ...": فاعل الجملة بعد "بل" هو Y',
      text: 'لم تخترق مجموعة APT28 البوندستاغ، بل اخترقت مجموعة Turla حلف الناتو.',
      expect: ['TARGETED Turla -> NATO asserted []'],
    },
    {
      trap: '"نفت ... بل اتهمت أوكرانيا" لا تنسب الهجوم',
      text: 'ونفت روسيا أي صلة لها بالهجوم، بل اتهمت أوكرانيا بتدبيره.',
      expect: [],
    },
    {
      trap: '"غير أن موسكو نفت أن" نفي موسكو',
      text: 'غير أن موسكو نفت أن تكون مجموعة APT28 قد استهدفت حلف الناتو.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> NATO denied [Moscow]'],
    },
    {
      trap: '"قالت X إن ...، غير أن الكرملين نفى ذلك" يبقى رواية X',
      text: 'وقالت مايكروسوفت إن مجموعة APT28 استهدفت حلف الناتو، غير أن الكرملين نفى ذلك.',
      expect: ['TARGETED APT28 -> NATO reported [Microsoft]'],
    },
    {
      trap: '"إذا تبين أن" شرط لا يثبت شيئا',
      text: 'وإذا تبين أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية، فستفرض عقوبات.',
      expect: [],
    },
    {
      trap: 'مجموعة تعرضت لاختراق من حلف ليست فاعلة',
      text: 'وتعرضت مجموعة APT28 لاختراق من قبل حلف الناتو.',
      expect: [],
    },
    {
      trap: 'اعتقاد البعض دون دليل لا يثبت شيئا',
      text: 'ويعتقد البعض أن مجموعة APT28 ربما تكون وراء الهجوم، دون تقديم أي دليل.',
      expect: [],
    },
    {
      trap: '"لكن" تفتح جملة فعلية فاعلها بعد فعلها',
      text: 'لم تستهدف مجموعة APT28 أوكرانيا، لكن استهدفت مجموعة Sandworm بولندا.',
      expect: ['TARGETED Sandworm Team -> Poland asserted []'],
    },
    {
      trap: '"بل" دون فاعل بعد الفعل تبقي فاعل الجملة المنفية',
      text: 'وقالت مايكروسوفت إن مجموعة APT28 لم تستهدف أوكرانيا بل استهدفت بولندا.',
      expect: [
        'DENIES Microsoft -> APT28 denied [Microsoft]',
        'TARGETED APT28 -> Poland reported [Microsoft]',
        'TARGETED APT28 -> Ukraine denied [Microsoft]',
      ],
    },
    {
      trap: 'الصحيفة التي يتحدث إليها عضو في مجموعة ليست عضوا فيها',
      text: 'وقال عضو في مجموعة لازاروس لصحيفة لوموند إن المجموعة لم تخترق سوني بيكتشرز.',
      expect: [],
    },
    {
      trap: '"قبل أن تتهم" طرفا آخر تجعل النسبة الأولى مشتبها بها فقط',
      text: 'ونسبت شركة كاسبرسكي الهجوم على أرامكو السعودية إلى مجموعة APT33 قبل أن تتهم إيران.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected [Kaspersky]',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: '"من غير المحتمل أن" لا تثبت شيئا',
      text: 'ومن غير المحتمل أن تكون مجموعة Turla مرتبطة بجهاز الأمن الفيدرالي الروسي.',
      expect: [],
    },
    {
      trap: '"رفض القول ما إذا" ليست نفيا',
      text: 'ورفض الكرملين القول ما إذا كانت مجموعة APT28 قد اخترقت البوندستاغ.',
      expect: [],
    },
    {
      trap: 'a spokesman named after his ministry, between commas, speaks with it and is no party',
      text: 'وقال المتحدث باسم وزارة الخارجية الروسية، سيرغي ميدفيديف، إن مجموعة APT28 لم تستهدف حلف الناتو.',
      expect: [
        'DENIES سيرغي ميدفيديف -> APT28 denied [سيرغي ميدفيديف, وزارة الخارجية الروسية]',
        'TARGETED APT28 -> NATO denied [سيرغي ميدفيديف, وزارة الخارجية الروسية]',
        'WORKS_FOR سيرغي ميدفيديف -> وزارة الخارجية الروسية asserted []',
        'LOCATED_IN وزارة الخارجية الروسية -> Russia asserted []',
      ],
    },
    {
      trap: 'a director named after his company, between commas, keeps the hedge of what he says',
      text: 'وقال مدير شركة كاسبرسكي، علي الكناني، إنه يُعتقد أن مجموعة لازاروس استهدفت أرامكو السعودية.',
      expect: [
        'LEADS علي الكناني -> Kaspersky asserted []',
        'TARGETED Lazarus Group -> Saudi Aramco suspected [Kaspersky, علي الكناني]',
      ],
    },
    {
      trap: "a spokesman's denial between commas is his and his ministry's, never an accusation",
      text: 'ونفى المتحدث باسم وزارة الخارجية الإيرانية، حسين رضائي، أي علاقة لطهران بالهجوم على شركة أرامكو السعودية.',
      expect: [
        'DENIES حسين رضائي -> Hack of Saudi Aramco denied [حسين رضائي, وزارة الخارجية الإيرانية]',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
        'WORKS_FOR حسين رضائي -> وزارة الخارجية الإيرانية asserted []',
        'LOCATED_IN وزارة الخارجية الإيرانية -> Iran asserted []',
      ],
    },
    {
      trap: 'hackers who "call themselves" something: the name they take acts, never the verb',
      text: 'واخترقت مجموعة قراصنة تطلق على نفسها اسم "الصقر الأسود" شبكة شركة أرامكو السعودية.',
      expect: ['TARGETED الصقر الأسود -> Saudi Aramco asserted []'],
    },
    {
      trap: 'the place that locates the victim of "تعرضت X في Y لهجوم" was not targeted',
      text: 'وتعرضت شركة أرامكو السعودية في الرياض لهجوم إلكتروني من قبل مجموعة APT33.',
      expect: ['LOCATED_IN Saudi Aramco -> Riyadh asserted []', 'TARGETED APT33 -> Saudi Aramco asserted []'],
    },
    {
      trap: 'a drone strike on a company is no hack of it',
      text: 'وأعلنت جماعة الحوثي مسؤوليتها عن الهجوم على شركة أرامكو السعودية بطائرات مسيرة.',
      expect: [],
    },
    {
      trap: 'an attack on a country, in a text that says nothing of cyberattacks, is no hack',
      text: 'وخلف الهجوم على أوكرانيا دمارا واسعا في المدن الشرقية.',
      expect: [],
    },
    {
      trap: 'a mayor whose name is not given, then an aside between commas: the aside names no holder',
      text: 'وقال رئيس بلدية الخليل، في بيان، إن مجموعة لازاروس استهدفت البلدية.',
      expect: [],
    },
    {
      trap: "the body of a speaker's post is no attacker of what the speaker says was attacked",
      text: 'وقال مدير شركة كيرفال للاتصالات إن الهجوم استهدف بنك الإسكان.',
      expect: ['TARGETED Hack of بنك الإسكان -> بنك الإسكان asserted []'],
    },
    {
      trap: 'a spokesman\'s ministry, between commas before "إن", is no attacker either',
      text: 'وقال سامر الخطيب، المتحدث باسم وزارة الاتصالات، إن الهجوم استهدف شبكة الوزارة.',
      expect: [
        'TARGETED Hack of وزارة الاتصالات -> وزارة الاتصالات asserted []',
        'WORKS_FOR سامر الخطيب -> وزارة الاتصالات asserted []',
      ],
    },
    {
      trap: 'a post holder set off by commas speaks, and the hedge stays his',
      text: 'وقال المتحدث باسم بلدية ريفرتون، مارك ديفيس، إن مجموعة Darkmoth ربما استهدفت جامعة هارتفيلد.',
      expect: [
        'TARGETED Darkmoth -> جامعة هارتفيلد suspected [بلدية ريفرتون, مارك ديفيس]',
        'WORKS_FOR مارك ديفيس -> بلدية ريفرتون asserted []',
      ],
    },
    {
      trap: "a post holder's negation set off by commas denies, he is no party",
      text: 'وقال رئيس بلدية ريفرتون، مارك ديفيس، إن مجموعة Darkmoth لم تستهدف جامعة هارتفيلد.',
      expect: [
        'DENIES مارك ديفيس -> Darkmoth denied [بلدية ريفرتون, مارك ديفيس]',
        'LEADS مارك ديفيس -> بلدية ريفرتون asserted []',
        'TARGETED Darkmoth -> جامعة هارتفيلد denied [بلدية ريفرتون, مارك ديفيس]',
      ],
    },
    {
      trap: 'a name after the comma that ends a list is no holder of the post before it',
      text: 'وأرسل المتحدث باسم بلدية ريفرتون رسالة إلى شركة نوردفيك لاينز، ومارك ديفيس، مدير الشركة، لم يرد.',
      expect: [],
    },
    {
      trap: 'the king a hospital is named after is no target apart from it',
      text: 'استهدف الهجوم مستشفى الملك عبدالله، وقالت شركة نورتك إن مجموعة Darkmoth نفذته.',
      expect: [
        'ATTRIBUTED_TO Hack of مستشفى الملك عبدالله -> Darkmoth reported [نورتك]',
        'TARGETED Hack of مستشفى الملك عبدالله -> مستشفى الملك عبدالله asserted []',
      ],
    },
    {
      trap: 'a masculine "وهو" after a firm named with "شركة" stands for the man, not the firm',
      text: 'قال أحمد سالم، الباحث لدى شركة نورتك، وهو عضو في جمعية الإنترنت، إن الهجوم كان واسعا.',
      expect: [
        'MEMBER_OF أحمد سالم -> جمعية الإنترنت asserted []',
        'WORKS_FOR أحمد سالم -> نورتك asserted []',
      ],
    },
    {
      trap: 'a hack by a group that a firm denies is denied, on its word',
      text: 'ونفت شركة نورتك أن يكون قد تم اختراق بلدية ريفرتون من قبل مجموعة Darkmoth.',
      expect: [
        'DENIES نورتك -> Darkmoth denied [نورتك]',
        'TARGETED Darkmoth -> بلدية ريفرتون denied [نورتك]',
        'TARGETED Hack of بلدية ريفرتون -> بلدية ريفرتون asserted []',
      ],
    },
    {
      trap: 'the hack a statement says did not happen is no hack by the group named in it',
      text: 'وقالت شركة نورتك إن اختراق بلدية ريفرتون من قبل مجموعة Darkmoth لم يحدث.',
      expect: ['TARGETED Hack of بلدية ريفرتون -> بلدية ريفرتون asserted []'],
    },
    {
      trap: 'a body denying the hack of its own systems is no part of an incident name',
      text: 'ونفت بلدية ريفرتون اختراق أنظمة البلدية من قبل مجموعة Darkmoth.',
      expect: ['DENIES بلدية ريفرتون -> Darkmoth denied [بلدية ريفرتون]'],
    },
    {
      trap: 'a hack by a group denied with the verbal noun is denied, the group cleared on the firm’s word',
      text: 'ونفت شركة نورتك اختراق بلدية ريفرتون من قبل مجموعة Darkmoth.',
      expect: [
        'DENIES نورتك -> Darkmoth denied [نورتك]',
        'TARGETED Darkmoth -> بلدية ريفرتون denied [نورتك]',
        'TARGETED Hack of بلدية ريفرتون -> بلدية ريفرتون asserted []',
      ],
    },
    {
      trap: 'a negated belief about an attack on a ministry does not reach the seat the next sentence gives it',
      text: 'ولا يعتقد الباحثون أن مجموعة APT28 شاركت في الهجوم على وزارة الدفاع التركية. وأكدت الوزارة، ومقرها أنقرة، أن الهجوم كان محدودا.',
      expect: [
        'LOCATED_IN وزارة الدفاع التركية -> Ankara asserted []',
        'LOCATED_IN وزارة الدفاع التركية -> Turkey asserted []',
        'TARGETED Hack of وزارة الدفاع التركية -> وزارة الدفاع التركية asserted []',
      ],
    },
    {
      trap: "a hedge on a ministry's hack stays in its sentence: the seat the next one gives is the text's own",
      text: 'ويرجح الباحثون أن مجموعة APT28 استهدفت وزارة الدفاع التركية. وأكدت الوزارة، ومقرها أنقرة، أن الهجوم كان محدودا.',
      expect: [
        'LOCATED_IN وزارة الدفاع التركية -> Ankara asserted []',
        'LOCATED_IN وزارة الدفاع التركية -> Turkey asserted []',
        'TARGETED APT28 -> وزارة الدفاع التركية suspected []',
      ],
    },
    {
      trap: 'سؤال بـ"هل" لا يثبت شيئا',
      text: 'هل اخترقت مجموعة APT28 البوندستاغ؟',
      expect: [],
    },
    {
      trap: 'سؤال عن الوقوف وراء اختراق لا ينسبه إلى أحد',
      text: 'هل كانت مجموعة لازاروس وراء اختراق سوني بيكتشرز؟',
      expect: [],
    },
    {
      trap: 'شرط بـ"إذا" وجوابه لا يثبتان شيئا',
      text: 'إذا كانت مجموعة ساندوورم قد هاجمت أوكرانيا، فستفرض عقوبات.',
      expect: [],
    },
    {
      trap: 'شرط امتناع بـ"لو" لا يثبت شيئا',
      text: 'لو اخترقت مجموعة APT28 حلف الناتو لأعلن الحلف ذلك.',
      expect: [],
    },
    {
      trap: 'سؤال منقول بـ"عما إذا" لا يثبت شيئا',
      text: 'وتساءل المحققون عما إذا كانت مجموعة Turla قد اخترقت وزارة الدفاع الإستونية.',
      expect: [],
    },
    {
      trap: 'شرط بـ"في حال ثبت أن" لا يثبت شيئا',
      text: 'وفي حال ثبت أن مجموعة لازاروس اخترقت البنك، فإن العقوبات ستشدد.',
      expect: [],
    },
    {
      trap: '"من غير الواضح ما إذا" في كلام شركة لا يثبت شيئا',
      text: 'وقالت شركة نورتك إنه من غير الواضح ما إذا كانت مجموعة APT28 قد اخترقت البوندستاغ.',
      expect: [],
    },
    {
      trap: '"ليست X بل Y هي التي": Y الفاعلة لا X',
      text: 'ليست مجموعة APT28 بل مجموعة ساندوورم هي التي هاجمت أوكرانيا.',
      expect: ['TARGETED Sandworm Team -> Ukraine asserted []'],
    },
    {
      trap: '"اتهمت X، لا Y، باختراق": النفي في الاعتراض لا يجعل المتهِم نافيا',
      text: 'واتهمت ألمانيا مجموعة APT28، لا مجموعة Turla، باختراق البوندستاغ.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> APT28 reported [Germany]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: 'قائمة أهداف مع هدف منفي بعد "لكنها لم": المنفي ليس ضحية',
      text: 'واستهدفت مجموعة APT28 حلف الناتو والاتحاد الأوروبي، لكنها لم تستهدف البوندستاغ.',
      expect: ['TARGETED APT28 -> European Union asserted []', 'TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: 'عدم الاتهام ليس اتهاما',
      text: 'ولم تتهم ألمانيا مجموعة APT28 باختراق البوندستاغ.',
      expect: ['TARGETED Hack of Bundestag -> Bundestag asserted []'],
    },
    {
      trap: 'تباهي عضو في مجموعة ادعاء لا حقيقة',
      text: 'وتفاخر أحد أعضاء مجموعة لازاروس بأن المجموعة اخترقت سوني بيكتشرز.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported []'],
    },
    {
      trap: '"لم تقل X إن" لا تكفل شيئا',
      text: 'ولم تقل مايكروسوفت إن مجموعة APT28 اخترقت حلف الناتو.',
      expect: ['TARGETED APT28 -> NATO suspected []'],
    },
    {
      trap: 'ادعاء مجموعة لم يؤكده أحد يبقى ادعاءها',
      text: 'وزعمت مجموعة APT28 أنها اخترقت حلف الناتو، لكن أحدا لم يؤكد ذلك.',
      expect: ['TARGETED APT28 -> NATO reported [APT28]'],
    },
    {
      trap: '"لم يزعم أحد أن" لا يثبت شيئا',
      text: 'ولم يزعم أحد أن مجموعة ساندوورم هاجمت أوكرانيا.',
      expect: [],
    },
    {
      trap: 'الشائعات ليست حقيقة',
      text: 'وتفيد شائعات بأن مجموعة Turla اخترقت حلف الناتو.',
      expect: ['TARGETED Turla -> NATO suspected []'],
    },
    {
      trap: 'كلام مشتبه به منقول لا حقيقة',
      text: 'وقال مشتبه به في القضية إن مجموعة لازاروس اخترقت سوني بيكتشرز.',
      expect: ['TARGETED Lazarus Group -> Sony Pictures reported []'],
    },
    {
      trap: 'نفي يصف التهمة بالكذب يبقى نفيا',
      text: 'ونفت روسيا أن تكون مجموعة APT28 قد اخترقت البوندستاغ، ووصفت ذلك بأنه كذب.',
      expect: ['DENIES Russia -> APT28 denied [Russia]', 'TARGETED APT28 -> Bundestag denied [Russia]'],
    },
    {
      trap: 'اشتباه بين فاصلتين "دون أن يتمكنوا من إثبات ذلك" يبقى اشتباها',
      text: 'ويشتبه المسؤولون، دون أن يتمكنوا من إثبات ذلك، في أن مجموعة APT28 اخترقت البوندستاغ.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: 'دولة ترد بعد الواو ليست ضحية ثانية',
      text: 'واخترقت مجموعة APT28 البوندستاغ، وردت ألمانيا بفرض عقوبات.',
      expect: ['TARGETED APT28 -> Bundestag asserted []'],
    },
    {
      trap: 'دولة تطرد دبلوماسيين بعد الفاء ليست ضحية ثانية',
      text: 'واخترقت مجموعة ساندوورم شركة أوكرينيرغو، فطردت أوكرانيا دبلوماسيين روس.',
      expect: ['TARGETED Sandworm Team -> Ukrenergo asserted []'],
    },
    {
      trap: 'الناطق في جملة صلة لا ينقل الجملة الرئيسية',
      text: 'ومجموعة كيمسوكي، التي يقول مسؤولون كوريون جنوبيون إنها تعمل لصالح بيونغ يانغ، أرسلت رسائل تصيد إلى وزارة التوحيد.',
      expect: ['ATTRIBUTED_TO Kimsuky -> Pyongyang reported []'],
    },
    {
      trap: 'من عمل سابقا في وكالة لا يتكلم باسمها',
      text: 'وقال أحمد سالم، الذي عمل سابقا في وكالة الأمن القومي، إن مجموعة APT28 اخترقت البوندستاغ.',
      expect: ['TARGETED APT28 -> Bundestag reported [أحمد سالم]'],
    },
    {
      trap: 'تقرير تبين أنه خاطئ لا يثبت شيئا',
      text: 'وتبين أن التقرير الذي يفيد بأن مجموعة APT28 استهدفت البوندستاغ كان خاطئا.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: '"ثم" بلا فاعل بعد الفعل: الفاعل هو المجموعة لا ضحيتها الأولى',
      text: 'واستهدفت مجموعة APT33 أرامكو السعودية، ثم هاجمت شركات في قطر.',
      expect: ['TARGETED APT33 -> Qatar asserted []', 'TARGETED APT33 -> Saudi Aramco asserted []'],
    },
    {
      trap: '"ثم استهدفت" بعد فاصلة: الضحية الأولى ليست مهاجمة',
      text: 'واخترقت مجموعة APT28 البوندستاغ، ثم استهدفت حلف الناتو.',
      expect: ['TARGETED APT28 -> Bundestag asserted []', 'TARGETED APT28 -> NATO asserted []'],
    },
    {
      trap: '"في البداية ... ثم هاجمت" تسلسل أفعال لا تراجع عن نسبة',
      text: 'واستهدفت مجموعة APT33 في البداية أرامكو السعودية، ثم هاجمت شركات في قطر.',
      expect: ['TARGETED APT33 -> Qatar asserted []', 'TARGETED APT33 -> Saudi Aramco asserted []'],
    },
    {
      trap: '"اتهمت في البداية X ... ثم اتهمت Y": X مشتبه بها فقط',
      text: 'واتهمت ألمانيا في البداية مجموعة Turla باختراق البوندستاغ، ثم اتهمت مجموعة APT28.',
      expect: [
        'ATTRIBUTED_TO Hack of Bundestag -> Turla suspected [Germany]',
        'TARGETED Hack of Bundestag -> Bundestag asserted []',
      ],
    },
    {
      trap: '"نسبت في بادئ الأمر ... ثم نسبته إلى Y": الأولى مشتبه بها وY ليست ناقلة',
      text: 'ونسبت الشركة في بادئ الأمر الهجوم على أرامكو السعودية إلى مجموعة APT33، ثم نسبته إلى إيران.',
      expect: [
        'ATTRIBUTED_TO Hack of Saudi Aramco -> APT33 suspected []',
        'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
      ],
    },
    {
      trap: 'وصف التقرير بأنه دقيق ليس نفيا',
      text: 'ووصفت شركة نورتك التقرير بأن مجموعة APT28 اخترقت قناة TV5Monde بأنه دقيق.',
      expect: ['TARGETED APT28 -> TV5Monde asserted []'],
    },
    {
      trap: 'وصف الاتهامات بالكذب دون ذكر مضمونها لا ينفي فعلا لأحد',
      text: 'ووصف الكرملين الاتهامات بأنها كاذبة.',
      expect: [],
    },
    {
      trap: '"لا يستبعد الخبراء" اشتباه لا حقيقة',
      text: 'ولا يستبعد الخبراء أن تكون مجموعة APT28 قد اخترقت البوندستاغ.',
      expect: ['TARGETED APT28 -> Bundestag suspected []'],
    },
    {
      trap: 'تقرير سحبته شركة لا يكفل النسبة',
      text: 'وسحبت مايكروسوفت تقريرها الذي نسب اختراق حلف الناتو إلى مجموعة Turla.',
      expect: [
        'ATTRIBUTED_TO Hack of NATO -> Turla suspected []',
        'TARGETED Hack of NATO -> NATO asserted []',
      ],
      gap: '"سحبت X تقريرها الذي نسب ..." لا تُقرأ سحبا: الفعل في جملة الصلة ينقل النسبة',
    },
    {
      trap: 'a dual verb denied: both groups cleared, their targeting denied',
      text: 'ونفت موسكو أن تكون مجموعتا APT29 وTurla قد استهدفتا حلف الناتو.',
      expect: [
        'DENIES Moscow -> APT29 denied [Moscow]',
        'DENIES Moscow -> Turla denied [Moscow]',
        'TARGETED APT29 -> NATO denied [Moscow]',
        'TARGETED Turla -> NATO denied [Moscow]',
      ],
    },
    {
      trap: 'a dual verb under "if" is no targeting',
      text: 'وإذا كانت مجموعتا APT29 وTurla قد اخترقتا حلف الناتو فإن الخطر كبير.',
      expect: [],
    },
    {
      trap: 'a plural verb no evidence bears out is no targeting',
      text: 'ولم تثبت أي أدلة أن عناصر مجموعة Salt Typhoon اخترقوا شركة فيرايزون.',
      expect: [],
    },
    {
      trap: 'a plural verb of unnamed hackers after a firm’s staff makes the firm no attacker',
      text: 'وقال موظفون في شركة فيرايزون إن قراصنة اخترقوا حساباتهم.',
      expect: [],
    },
    {
      trap: 'a group’s attacks that a state denies any part in are denied, on its word',
      text: 'ونفت موسكو أي دور في هجمات مجموعة APT28 على حلف الناتو.',
      expect: ['DENIES Moscow -> APT28 denied [Moscow]', 'TARGETED APT28 -> NATO denied [Moscow]'],
    },
    {
      trap: 'a state’s war on another is no attack of a group',
      text: 'وتواصل هجوم روسيا على أوكرانيا منذ 2022.',
      expect: [],
    },
    {
      trap: 'attacks of unnamed hackers name no attacker',
      text: 'وتصاعدت هجمات القراصنة على حلف الناتو.',
      expect: [],
    },
    {
      trap: 'a firm speaking in the next clause, "و" glued to its verb and no comma, is no victim of the attack',
      text: 'استهدف الهجوم بنك الإسكان وقالت شركة كاسبرسكي إن البرمجية معروفة.',
      expect: ['TARGETED Hack of بنك الإسكان -> بنك الإسكان asserted []'],
    },
    {
      trap: 'nor is it the victim of an incident whose own victim goes unnamed',
      text: 'واستهدف الهجوم أنظمة المختبرات وقالت شركة تريند مايكرو إن مجموعة Black Basta تقف وراءه.',
      expect: [],
    },
    {
      trap: 'a firm saying something of its own in the next clause vouches for nothing before it',
      text: 'اخترقت مجموعة APT28 بنك الإسكان وقالت شركة كاسبرسكي إن البرمجية معروفة.',
      expect: ['TARGETED APT28 -> بنك الإسكان asserted []'],
    },
    {
      trap: 'a firm closing the statement after a comma still vouches for it',
      text: 'اخترقت مجموعة APT28 بنك الإسكان، قالت شركة كاسبرسكي.',
      expect: ['TARGETED APT28 -> بنك الإسكان reported [Kaspersky]'],
    },
    {
      trap: 'an Arabic group name one sound from a known actor’s Arabic alias is its own group',
      text: 'وتبنت مجموعة تطلق على نفسها اسم "الذئب الأحمر" اختراق بلدية ريفرتون.',
      expect: [
        'ATTRIBUTED_TO Hack of بلدية ريفرتون -> الذئب الأحمر reported [الذئب الأحمر]',
        'TARGETED Hack of بلدية ريفرتون -> بلدية ريفرتون asserted []',
      ],
    },
    {
      trap: 'a ministry placed by its adjective still denies, and the denial attributes nothing',
      text: 'ونفت وزارة الخارجية الإيرانية أن تكون مجموعة APT35 وراء اختراق بلدية ريفرتون.',
      expect: [
        'ATTRIBUTED_TO Hack of بلدية ريفرتون -> Magic Hound denied [وزارة الخارجية الإيرانية]',
        'DENIES وزارة الخارجية الإيرانية -> Magic Hound denied [وزارة الخارجية الإيرانية]',
        'LOCATED_IN وزارة الخارجية الإيرانية -> Iran asserted []',
        'TARGETED Hack of بلدية ريفرتون -> بلدية ريفرتون asserted []',
      ],
    },
    {
      trap: 'a country closing a firm’s Arabic name is part of the name and places nothing',
      text: 'ويعمل سامر لدى شركة أرامكو السعودية منذ سنوات.',
      expect: [],
    },
    {
      trap: 'a government named by its adjective is no body placed in its country',
      text: 'واتهمت الحكومة الصينية مجموعة APT28 باستهداف بلدية ريفرتون.',
      expect: ['TARGETED APT28 -> بلدية ريفرتون reported [الحكومة الصينية]'],
    },
    {
      trap: 'the capital noun in construct ("عاصمة عمان", the capital of Oman) makes no city of the country',
      text: 'وقالت وزارة الخارجية في عاصمة عمان مسقط إن الهجوم فشل.',
      expect: [],
    },
    {
      trap: 'after the capital noun with its article "عمان" is Amman, and the adjective between is no place',
      text: 'أعلنت هيئة الاتصالات في العاصمة الأردنية عمان توقيف شخصين.',
      expect: ['LOCATED_IN هيئة الاتصالات -> Amman asserted []'],
    },
    {
      trap: 'an adjective that does not agree with the body’s name ("العام الماضي", last year) is no part of it',
      text: 'وقالت وزارة الصحة العام الماضي إن مجموعة APT34 استهدفت بلدية ريفرتون.',
      expect: ['TARGETED OilRig -> بلدية ريفرتون reported [وزارة الصحة]'],
    },
    {
      trap: 'a body’s name closed by its agreeing adjective is the spokesman’s employer in full',
      text: 'وقال الناطق باسم مديرية الأمن العام، سامر خليل، إن الموقع عاد للعمل.',
      expect: ['WORKS_FOR سامر خليل -> مديرية الأمن العام asserted []'],
    },
    {
      trap: 'an attack noun with a glued preposition ("بهجوم") ends the victim’s name; its author is the relative’s subject',
      text: 'تم اختراق بلدية ريفرتون بهجوم شنته مجموعة APT34.',
      expect: [
        'ATTRIBUTED_TO Hack of بلدية ريفرتون -> OilRig asserted []',
        'TARGETED Hack of بلدية ريفرتون -> بلدية ريفرتون asserted []',
      ],
    },
  ],
};

for (const [lang, traps] of Object.entries(TRAPS) as Array<[LanguageTag, readonly Trap[]]>) {
  describe(`trap sentences (${lang})`, () => {
    for (const { trap, text, expect, gap } of traps) {
      test(trap, () => {
        // One line per edge: the same relation found twice in a sentence is one edge.
        const found = [...new Set(relationLines(text, lang))].sort();
        if (gap) assert.notDeepEqual(found, [...expect].sort(), `fixed, remove the gap: ${gap}`);
        else assert.deepEqual(found, [...expect].sort(), text);
      });
    }
  });
}
