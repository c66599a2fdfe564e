/**
 * English claim vocabulary: who vouches for a statement and how firmly. Example sentences are
 * our own.
 */
import type { ClaimVocabulary } from '../types.ts';

export const claims = {
  sources: [
    {
      // The passive of an accusation, or of a report, names the accuser after it.
      phrases: ['accused|blamed by', 'claims|accusations|allegations by', 'reported|revealed|disclosed by'],
      examples: [
        {
          text: 'The breach of the Quillon Water Authority by APT99 was reported by Mandiant.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: 'Iran was accused by Washington of being behind the attack on Saudi Aramco.',
          expect: { modality: 'reported', claimant: 'Washington' },
        },
        {
          text: 'Moscow rejected claims by Washington that APT29 targeted the State Department.',
          expect: { modality: 'reported', claimant: 'Washington' },
        },
      ],
    },
    {
      // Named by someone the sentence may not name: "X has been named as the one responsible
      // for Y" reports a designation ("by the FBI" after it names who made it).
      phrases: ['is|are|was|were named as', 'has|have|had been named as'],
      examples: [
        {
          text: 'Sandworm has been named as the one responsible for the attack on Ukrenergo.',
          expect: { modality: 'reported' },
        },
      ],
    },
    {
      phrases: ['according to', 'citing'],
      examples: [
        {
          text: 'According to Mandiant, APT28 is linked to the GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: 'According to a researcher at Dragos, Sandworm was behind the attack on Ukrenergo.',
          expect: { modality: 'reported', claimant: 'Dragos' },
        },
        {
          // Unnamed sources relayed by a speaker: the speaker vouches for them, and the clause
          // after the closing comma is what is said.
          text: 'Reuters said, citing sources, that APT28 targeted NATO.',
          expect: { modality: 'reported', claimant: 'Reuters' },
        },
      ],
    },
  ],
  saying: [
    {
      // Verbs of a spoken or written statement: a capitalised name beside them is a speaker.
      phrases: [
        'said|says|say|added|adds|explained|wrote|writes|noted|argued|argues|stressed|stresses',
        // A boast is its speaker's word, no fact: "a member of X boasted that the group had hacked Y".
        'boasted|boasts|bragged|brags',
      ],
      marksSpeaker: true,
      examples: [
        {
          text: 'Mandiant said APT28 is linked to the GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: 'Microsoft and Google said APT28 was behind the attack on TV5Monde.',
          expect: { modality: 'reported', claimant: 'Microsoft, Google' },
        },
        {
          text: 'Microsoft argued that APT28 was behind the attack on TV5Monde.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          // A pronoun speaking inside a description in apposition is the main clause's
          // subject, never the name described.
          text: 'Mandiant named Ivan Petrov, a developer it said worked for Kovalsky Labs, as the author.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
    {
      // Telling someone: the name after the verb is the listener, a newspaper or an agency
      // ("..., an official told Reuters"), never the one who speaks.
      phrases: ['told|tells|tell'],
      marksSpeaker: true,
      namesListener: true,
      examples: [
        {
          text: 'APT28 targeted NATO, an official at Microsoft told Reuters.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: 'APT28 targeted NATO, an official told Reuters.',
          expect: { modality: 'reported' },
        },
      ],
    },
    {
      // Verbs that report a finding or a judgement.
      phrases: [
        'reported|stated|states|claims|confirmed|confirms|announced|concluded|concludes|believes|believe|thinks|assesses|assessed|considers|consider',
      ],
      examples: [
        {
          text: 'Google concluded that Sandworm is linked to the GRU.',
          expect: { modality: 'reported', claimant: 'Google' },
        },
        {
          text: 'ESET assessed that Sandworm is tied to the GRU.',
          expect: { modality: 'reported', claimant: 'ESET' },
        },
        {
          text: 'ESET considers that Sandworm is tied to the GRU.',
          expect: { modality: 'reported', claimant: 'ESET' },
        },
      ],
    },
    {
      // An indictment: what the accused is charged with is the accuser's claim ("The Justice
      // Department charged X with working for Y").
      phrases: ['charged|charges|indicted|indicts'],
      // The name right after the verb is the accused, never who speaks; "X was indicted" is
      // the accused too.
      namesListener: true,
      notAfter: ['was|were|been|be|being|is|are', 'was|were|been|is|are later|publicly|formally|also'],
      examples: [
        {
          text: 'The Justice Department charged Ivan Petrov with working for the GRU.',
          expect: { modality: 'reported', claimant: 'US Department of Justice' },
        },
      ],
    },
    {
      // "claimed" says something, except in the passive: "the attack was claimed by X" is X's
      // claim (the claimed-by trigger), never its subject's.
      phrases: ['claimed'],
      notBefore: ['by'],
      examples: [
        {
          text: 'Mandiant claimed that Sandworm is tied to the GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
    {
      // "reports" in the present says something, except "X reports to Y": then X answers to Y
      // (an affiliation trigger). "reported to X that ..." tells X something and stays here.
      phrases: ['reports'],
      notBefore: ['to', 'directly to'],
      examples: [
        {
          text: 'Mandiant reports that Sandworm is tied to the GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
    {
      // A text that treats a subject: "a report from X talks about Y being tied to Z" is X's word.
      phrases: ['talks|talked|talk about', 'discusses|discussed|discuss'],
      examples: [
        {
          text: 'A report from Mandiant talks about APT28 being tied to attacks against NATO.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
    {
      // Making a finding public: "researchers disclosed that ...", "Microsoft revealed that ...".
      phrases: ['disclosed|discloses|revealed|reveals'],
      examples: [
        {
          text: 'Microsoft disclosed that APT28 targeted NATO.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // A public condemnation or warning: its subject speaks and does not act ("X condemned an
      // attack against Y": X did not attack Y).
      phrases: ['condemned|condemns|denounced|denounces|warned|warns'],
      examples: [
        {
          text: 'Microsoft warned that APT28 targeted NATO.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // Accusing or blaming someone is a claim of the accuser.
      phrases: ['accused|accuses|accusing|blamed|blames|blaming'],
      // "The attack was blamed on X", "could be blamed on X": a passive, its subject the deed, not
      // its accuser.
      notBefore: ['on'],
      examples: [
        {
          text: 'The United States blamed North Korea for the attack on Sony Pictures.',
          expect: { modality: 'reported', claimant: 'United States' },
        },
      ],
    },
  ],
  unconfirmed: [
    {
      phrases: [
        'has|have|had not confirmed|said',
        'did|does|do|would|could not confirm|say',
        'declined|refused to confirm|comment|say',
        // A report its author took back vouches for nothing.
        'retracted|withdrew its|their|the report|claim|statement|attribution',
        // A claim walked back, a statement never made, a belief denied: no one vouches.
        'walked|walks back its|their|the report|claim|statement|attribution',
        'never said|confirmed|claimed',
        'does|do|did not believe|think',
      ],
      examples: [
        {
          text: 'Mandiant has not confirmed that APT28 was behind the attack on TV5Monde.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Microsoft declined to confirm that APT28 is linked to the GRU.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Microsoft retracted its report that APT28 targeted NATO.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Microsoft never said that APT28 targeted NATO.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Microsoft does not believe that APT28 targeted NATO.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  hedges: [
    {
      // Appearance, possibility and hearsay.
      phrases: [
        'apparently|seemingly|purportedly|supposedly|perhaps|maybe',
        'seems|seem|seemed|appear|appeared to',
        'possible that',
        'is|are|was|were said to',
        // Hearsay named as such: "rumours that X hacked Y spread".
        'rumour(s)|rumor(s) that',
      ],
      examples: [
        { text: 'APT28 is apparently linked to the GRU.', expect: { modality: 'suspected' } },
        { text: 'APT28 seems to be linked to the GRU.', expect: { modality: 'suspected' } },
        { text: 'It is possible that APT28 is linked to the GRU.', expect: { modality: 'suspected' } },
        { text: 'APT28 is said to be linked to the GRU.', expect: { modality: 'suspected' } },
      ],
    },
    {
      // An impersonal belief names no one who vouches: "it is assessed that" is a hedge, not
      // the report that "assessed" alone makes.
      phrases: [
        'it is|was believed|thought|assessed|understood|presumed|assumed that',
        'it has|had been believed|thought|assessed|understood|presumed|assumed that',
      ],
      examples: [
        {
          text: 'It is believed that APT34 was behind the attack on Saudi Aramco.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'It has been assessed that APT34 was behind the attack on Saudi Aramco.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'According to Mandiant, it is thought that APT34 was behind the attack on Saudi Aramco.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
      ],
    },
    {
      phrases: [
        'reportedly|allegedly|alleged|likely|probably|possibly|presumably|potentially',
        'suspected|suspect',
        'believed|thought to',
        'believed|thought by some|many|others to',
        'may|might|could|would have|be',
        'may|might|could later|eventually|yet be',
        // A possibility no one has excluded.
        'not rule|ruled out',
        "cannot|can't rule out",
        // A link only possible: "new evidence might link X to Y".
        'may|might|could link|tie|connect',
        'appears to',
      ],
      examples: [
        { text: 'APT28 was reportedly behind the attack on TV5Monde.', expect: { modality: 'suspected' } },
        { text: 'APT33 is believed to be linked to Iran.', expect: { modality: 'suspected' } },
        {
          text: 'APT33 is believed by some to have targeted Saudi Aramco.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'The attack on Saudi Aramco may later be attributed to APT33.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Investigators have not ruled out that APT33 was behind the attack on Saudi Aramco.',
          expect: { modality: 'suspected' },
        },
        { text: 'APT33 is potentially connected to Iran.', expect: { modality: 'suspected' } },
        { text: 'APT33 may be tied to Iran.', expect: { modality: 'suspected' } },
        {
          text: 'New evidence might link the attack on Saudi Aramco to APT33.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'APT33 would have targeted Saudi Aramco had it not been stopped.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // An accusation in the passive with no accuser named: the accused is its subject, and
      // what it is accused of is only alleged ("X was blamed for Y").
      phrases: [
        'is|are|was|were accused|blamed of|for',
        'has|have|had been accused|blamed of|for',
        'is|are|was|were blamed on',
        'has|have|had been blamed on',
        // The participle after a noun: "the group blamed for the blackout", "a man accused of".
        'blamed for',
        'accused of',
      ],
      examples: [
        {
          text: 'The attack on Saudi Aramco was blamed on APT33.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'The attack on Saudi Aramco could be blamed on APT33.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'APT33, the group blamed for the attack on Saudi Aramco, is tied to Iran.',
          expect: { modality: 'suspected' },
        },
        { text: 'APT33 was accused of hacking Saudi Aramco.', expect: { modality: 'suspected' } },
        { text: 'APT33 has been blamed for the attack on Saudi Aramco.', expect: { modality: 'suspected' } },
      ],
    },
    {
      // A confidence short of high, as analysts grade their judgements.
      phrases: [
        'with low|medium|moderate confidence',
        'with a low|medium|moderate level|degree of confidence',
      ],
      examples: [
        {
          text: 'Mandiant said with moderate confidence that APT33 targeted Saudi Aramco.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
      ],
    },
    {
      // A guess or a hint, whoever makes it: "officials speculated that", "the evidence suggests that".
      phrases: ['speculated|speculates|speculate|suggested|suggests|suggest that'],
      examples: [
        {
          text: 'Some officials speculated that APT33 targeted Saudi Aramco.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'The evidence suggests that APT28 was behind the attack on TV5Monde.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // What an accusation says is only alleged, whoever comments on it.
      phrases: ['allegation(s)|accusation(s) that', 'the claim(s) that'],
      examples: [
        {
          text: 'Tehran did not comment on allegations that APT33 targeted Saudi Aramco.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  suspicions: [
    {
      // A suspicion its subject holds: "X suspects that ..." is X's suspicion ("it is suspected
      // that" names no one).
      phrases: [
        'suspects|suspected|suspect that',
        // A belief given up: what it held is no more than suspected, still the holder's.
        'no longer believes|believe|thinks|think that',
      ],
      examples: [
        {
          text: 'Mandiant suspects that APT33 targeted Saudi Aramco.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        {
          text: 'Investigators at Microsoft suspected that APT28 was behind the attack on TV5Monde.',
          expect: { modality: 'suspected', claimant: 'Microsoft' },
        },
        {
          text: 'Microsoft no longer believes that APT28 was behind the attack on TV5Monde.',
          expect: { modality: 'suspected', claimant: 'Microsoft' },
        },
      ],
    },
  ],
  denials: [
    {
      phrases: ['denied|denies|deny|rejected|rejects|dismissed|refuted'],
      examples: [
        {
          text: 'The Kremlin denied that APT28 was behind the attack on TV5Monde.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
    {
      // "Moscow called the accusations 'paranoia'": what the accused calls the accusations against
      // it, after "as", is how it dismisses them.
      phrases: [
        'considers|considered|calls|called|describes|described|labels|labelled|labeled|brands|branded|treats|treated the|these|those|such accusations|allegations|charges as',
        'considers|considered|calls|called|describes|described|labels|labelled|labeled|brands|branded|treats|treated all the|these|those accusations|allegations|charges as',
      ],
      examples: [
        {
          text: 'APT28 was behind the hack of TV5Monde. The Kremlin described the accusations as "western hysteria".',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  passiveDenials: [
    {
      phrases: ['denied|rejected|dismissed|refuted by'],
      examples: [
        {
          text: 'The claim that APT28 was behind the attack on TV5Monde was rejected by the Kremlin.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  negations: [
    {
      phrases: ['not|never', "wasn't|isn't|didn't"],
      examples: [
        {
          text: 'Moscow said it was not behind the attack on TV5Monde.',
          expect: { modality: 'denied', claimant: 'Moscow' },
        },
        {
          // An aside between the negation and its predicate leaves the negation in force.
          text: 'Moscow said TV5Monde has not, so far, been targeted by APT28.',
          expect: { modality: 'denied', claimant: 'Moscow' },
        },
      ],
    },
  ],
  contrasts: [
    {
      phrases: ['but', 'yet', 'while'],
      examples: [
        {
          text: 'APT28 did not target NATO but hacked the Bundestag.',
          expect: { modality: 'asserted' },
        },
        {
          text: 'APT99 hacked the Quillon Bank in May, but the bank later blamed an insider.',
          expect: { modality: 'asserted' },
        },
      ],
    },
  ],
  imitations: [
    {
      phrases: [
        'imitating|mimicking',
        'copycat(s) of',
        'posing|posed as',
        'pretending|pretended to be',
        'disguised as',
      ],
      examples: [
        { text: 'A group mimicking APT28 targeted NATO.', expect: { modality: 'unstated' } },
        { text: 'Attackers posing as APT28 hacked TV5Monde.', expect: { modality: 'unstated' } },
      ],
    },
  ],
  laterDoubts: [
    {
      phrases: [
        'could|can not be confirmed|verified|proven|proved',
        'cannot be confirmed|verified|proven|proved',
        'has|have|had never|not been confirmed|verified|proven|proved|established',
        'was|were never|not confirmed|verified|proven|proved|established',
        'remains|remain|remained unconfirmed|unproven|unverified',
        // A claim its author took back.
        'later|since|then withdrew|retracted|withdraws|retracts',
        'has|have|had since withdrawn|retracted',
        // "The report that APT28 hacked X was wrong": a claim the text calls false after it.
        'was|were|is|are|proved|proven wrong|false|untrue|mistaken|incorrect|unfounded|baseless',
        'turned out to be wrong|false|untrue|mistaken|incorrect|unfounded|baseless',
      ],
      examples: [
        {
          text: 'APT28 hacked the Bundestag, though this could not be confirmed.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Mandiant said APT28 hacked the Bundestag, but this has never been proven.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        {
          text: 'That APT28 was behind the hack of the Bundestag was never proven.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Mandiant blamed APT33 for the attack on Saudi Aramco, but later withdrew the claim.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        {
          text: 'The report that APT33 targeted Saudi Aramco was wrong.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  concessions: [
    {
      phrases: ['although', 'even though', 'despite', 'in spite of'],
      examples: [
        {
          text: 'According to Mandiant, although the Kremlin denies it, APT28 is linked to the GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
  ],
  conditions: [
    {
      // A condition, an open question, a missing proof: the clause states nothing.
      phrases: ['if|whether', 'no evidence|proof that|of'],
      examples: [
        {
          text: 'If APT28 was behind the attack on TV5Monde, the GRU ordered it.',
          expect: { modality: 'unstated' },
        },
        { text: 'It is unclear whether Sandworm is linked to the GRU.', expect: { modality: 'unstated' } },
        { text: 'There is no evidence that APT33 is tied to Iran.', expect: { modality: 'unstated' } },
        { text: 'Was APT33 behind the attack on Saudi Aramco?', expect: { modality: 'unstated' } },
      ],
    },
    {
      // A supposition, a claim no one makes, a look given on purpose, a threat.
      phrases: [
        'assuming|supposing',
        'nobody has|had claimed|said|shown|proved|proven that',
        'no one has|had claimed|said|shown|proved|proven that',
        'nobody|no one claimed|said|showed|proved that',
        // A look given on purpose: what it points to is no one's statement.
        'made|designed|meant to look like',
        // A threat: what it threatens has not happened.
        'threatened|threatens|threaten to',
        // A likelihood denied, or a hint said to be missing: nothing is stated.
        'unlikely|improbable|doubtful that',
        'unlikely to',
        'little|nothing to suggest|indicate that',
        // A link no one has made.
        'nobody has|had linked|tied|connected',
        'no one has|had linked|tied|connected',
        // A question its speaker would not answer is still open.
        'declined|refused to say|confirm whether|if',
      ],
      examples: [
        {
          text: 'Assuming APT33 targeted Saudi Aramco, the motive is unclear.',
          expect: { modality: 'unstated' },
        },
        { text: 'Nobody has claimed that APT28 hacked TV5Monde.', expect: { modality: 'unstated' } },
        {
          text: 'The attack on TV5Monde was made to look like the work of APT28.',
          expect: { modality: 'unstated' },
        },
        { text: 'APT28 threatened to hack NATO.', expect: { modality: 'unstated' } },
        { text: 'It is unlikely that APT33 targeted Saudi Aramco.', expect: { modality: 'unstated' } },
        {
          text: 'There is little to suggest that APT33 targeted Saudi Aramco.',
          expect: { modality: 'unstated' },
        },
        { text: 'No one has linked APT33 to Iran.', expect: { modality: 'unstated' } },
        { text: 'APT33 is unlikely to be tied to Iran.', expect: { modality: 'unstated' } },
        {
          text: 'Microsoft declined to say whether APT33 targeted Saudi Aramco.',
          expect: { modality: 'unstated' },
        },
      ],
    },
  ],
  participles: [
    {
      phrases: ['after|having'],
      examples: [
        {
          text: 'After accusing Iran of being behind the attack on Saudi Aramco, Washington imposed sanctions.',
          expect: { modality: 'reported', claimant: 'Washington' },
        },
      ],
    },
  ],
  relatives: [
    {
      phrases: ['which|that|whom'],
      examples: [
        {
          text: 'APT33, which Microsoft has linked to Iran, targeted Saudi Aramco.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: 'APT33, which Microsoft links to Iran, targeted Saudi Aramco.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
  ],
  // The time follows the speaker ("said on Tuesday"), or opens the sentence.
  timesBeforeSpeaker: [],
  unnamedSpeakers: [
    {
      phrases: [
        'a|an researcher|analyst|expert|official|spokesperson|spokesman|spokeswoman|executive at|with|from',
      ],
      examples: [
        {
          text: 'A researcher at Dragos said Sandworm was behind the attack on Ukrenergo.',
          expect: { modality: 'reported', claimant: 'Dragos' },
        },
      ],
    },
  ],
  accusations: [
    {
      phrases: ['accusation(s)', 'allegation(s)', 'the charges', 'the claims'],
      examples: [
        {
          text: 'APT28 was behind the hack of TV5Monde. The Kremlin denied the accusations.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  laterAccusers: [],
  continuation: {
    subjects: ['the expert', 'the researcher', 'the analyst', 'he', 'she', 'the company', 'the firm'],
    verbs: ['added', 'adds', 'explained', 'went on', 'said', 'says'],
    sources: ['according to the researcher(s)|analyst(s)|expert(s)'],
    examples: [
      {
        text: 'According to Mandiant, the inquiry goes on. The company added that APT28 registered the domain fake-login.com.',
        expect: { modality: 'reported', claimant: 'Mandiant' },
      },
      {
        text: 'Mandiant researchers reported a new campaign. It spread quickly. According to the researchers, APT28 registered the domain fake-login.com.',
        expect: { modality: 'reported', claimant: 'Mandiant' },
      },
    ],
  },
  clefts: [],
  involvements: [
    {
      // Wire copy: "X has denied any involvement", "denied any role": a part in what was told.
      phrases: ['any|its|their involvement|role|part', 'involvement'],
      examples: [
        {
          text: 'APT28 hacked TV5Monde. The Kremlin has denied any involvement.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  dismissiveCalls: [
    {
      phrases: [
        'called|calls|described|describes|branded|brands|labelled|labeled the|this|that claim|accusation|allegation|charge|report|suggestion that',
      ],
      examples: [
        {
          text: 'Moscow called the claim that APT28 hacked TV5Monde a fabrication.',
          expect: { modality: 'denied', claimant: 'Moscow' },
        },
      ],
    },
  ],
  dismissals: [
    {
      phrases: [
        'a fabrication|lie|fantasy|smear|provocation|hoax|fiction',
        'baseless|groundless|unfounded|false|absurd|nonsense|fabricated|ridiculous|slanderous',
        'fake news',
      ],
      examples: [
        {
          text: 'Moscow described the accusation that APT28 hacked TV5Monde as baseless.',
          expect: { modality: 'denied', claimant: 'Moscow' },
        },
      ],
    },
  ],
  revisionOpenings: [
    {
      phrases: [
        'initially|originally blamed|accused|attributed|linked|suspected|named|identified',
        'at first blamed|accused|attributed|linked|suspected|named|identified',
      ],
      examples: [
        {
          text: 'Analysts initially blamed APT33 for the attack on Saudi Aramco, later Iran.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  revisionTurns: [
    {
      phrases: ['later|then|afterwards|subsequently'],
      examples: [
        {
          text: 'Analysts at first blamed APT33 for the attack on Saudi Aramco, then Iran.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  contactRelatives: [
    {
      phrases: ['a|an group|gang|crew|unit|outfit'],
      examples: [
        {
          text: 'APT99, a group Microsoft links to the GRU, targeted Quillon Bank.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
  ],
  sayingRelatives: [],
} as const satisfies ClaimVocabulary;
