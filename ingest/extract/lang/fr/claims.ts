/**
 * French claim vocabulary: who vouches for a statement and how firmly. Example sentences are
 * our own.
 */
import type { ClaimVocabulary } from '../types.ts';

export const claims = {
  sources: [
    {
      // The passive of an accusation names the accuser after it.
      phrases: ['accusé(e)(s) par'],
      examples: [
        {
          text: "L'Iran est accusé par Washington d'être derrière l'attaque contre Saudi Aramco.",
          expect: { modality: 'reported', claimant: 'Washington' },
        },
      ],
    },
    {
      // Le passif d'un soupçon nomme celui qui soupçonne, jamais l'auteur de ce qu'il soupçonne.
      phrases: ['soupçonné(e)(s)|suspecté(e)(s) par'],
      examples: [
        {
          text: "Le groupe APT29 est soupçonné par Microsoft d'avoir piraté l'OTAN.",
          expect: { modality: 'suspected', claimant: 'Microsoft' },
          gap: 'the passive of a suspicion is read as a source: its claimant is right, its hedge is lost (reported)',
        },
      ],
    },
    {
      phrases: ['selon', "d'après", 'de source', 'à en croire', 'aux dires de|du|des'],
      examples: [
        {
          text: 'Selon Mandiant, APT28 est lié au GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: "D'après Microsoft, le groupe APT28 a enregistré le domaine faux-login.fr.",
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: 'À en croire Mandiant, le groupe APT28 est lié au GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
  ],
  saying: [
    {
      // Verbs of a spoken or written statement: a capitalised name beside them is a speaker.
      phrases: [
        'affirme|affirment|déclare|déclarent|indique|indiquent|précise|précisent|explique|expliquent|ajoute|ajoutent|estime|estiment|souligne|soulignent|assure|assurent|rappelle|rappellent',
        'a|ont|avait|avaient affirmé|déclaré|indiqué|précisé|expliqué|ajouté|estimé|souligné|assuré|rappelé',
        // "dit" alone may also name ("un groupe dit X"): only the compound tense, or before "que".
        'a|ont|avait|avaient dit|écrit',
        "dit|disent|écrit|écrivent que|qu'",
        // An infinitive after the verb: "l'OTAN, que Mandiant dit avoir été visée par APT28".
        'dit|disent|affirme|affirment|estime|estiment avoir|être',
        // A boast is its speaker's word, no fact: « X s'est vanté d'avoir piraté Y ».
        "s'est vanté(e)",
        'se sont vanté(e)s',
        'se vante|vantent',
      ],
      marksSpeaker: true,
      examples: [
        {
          text: 'Mandiant affirme que APT28 est lié au GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: 'Microsoft souligne que le groupe APT28 est lié au GRU.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: 'Kaspersky a précisé que Sandworm était lié au GRU.',
          expect: { modality: 'reported', claimant: 'Kaspersky' },
        },
        {
          text: "Mandiant dit que l'OTAN a été visée par APT28.",
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: "L'OTAN, que Mandiant dit avoir été visée par APT28, a renforcé ses défenses.",
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
    {
      // Verbs that report a finding or a judgement.
      phrases: [
        'rapporte|rapportent|annonce|annoncent|confirme|confirment|soutient|soutiennent|pense|pensent|considère|considèrent|relève|relèvent|conclut|concluent',
        'a|ont|avait|avaient rapporté|annoncé|confirmé|soutenu|relevé|conclu',
        // The finding made public, often given after the fact: "..., a révélé Microsoft".
        'révèle|révèlent',
        'a|ont|avait|avaient révélé|dévoilé',
      ],
      examples: [
        {
          text: 'Google confirme que le groupe Sandworm est lié au GRU.',
          expect: { modality: 'reported', claimant: 'Google' },
        },
        {
          text: 'ESET a conclu que Sandworm était lié au GRU.',
          expect: { modality: 'reported', claimant: 'ESET' },
        },
        {
          text: 'Le groupe Sandworm a visé Maersk, a révélé Microsoft.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // The gerund has the main verb's subject, before it even across a comma: "Microsoft a
      // publié un rapport en mai, en révélant que".
      phrases: [
        'en révélant|affirmant|indiquant|précisant|expliquant|assurant|soulignant|annonçant|estimant|concluant',
      ],
      subjectBefore: true,
      examples: [
        {
          text: 'Microsoft a publié un rapport en mai, en révélant que le groupe APT28 avait ciblé la Pologne.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: 'Microsoft avait été la première à décrire ces intrusions, en mai, en révélant que le groupe APT28 avait ciblé la Pologne.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // "X a inculpé A, qu'il présente comme le dirigeant de Y": the pronoun of the relative clause
      // is the main clause's subject, who presents A so; the name right before is its object.
      phrases: [
        "qu'il|qu'elle|qu'ils|qu'elles présente|présentent|présentait|présentaient|désigne|désignent comme",
        "qu'il|qu'elle|qu'ils|qu'elles a|ont|avait|avaient présenté(e)(s)|désigné(e)(s) comme",
        // "X a rompu avec l'Iran, qu'il accuse d'avoir commandité Y": the accused is the object.
        "qu'il|qu'elle|qu'ils|qu'elles accuse|accusent|accusait|accusaient",
      ],
      subjectBefore: true,
      examples: [
        {
          text: "Le parquet de Paris a inculpé Paul Martin, qu'il présente comme le dirigeant de LockBit.",
          expect: { modality: 'reported', claimant: 'parquet de Paris' },
        },
        {
          text: "Le gouvernement allemand a rompu avec l'Iran, qu'il accuse d'avoir commandité le piratage de TV5Monde.",
          expect: { modality: 'reported', claimant: 'gouvernement allemand' },
        },
      ],
    },
    {
      // Condemning, denouncing, reporting, describing: a public statement whose subject speaks and
      // does not act ("X a dénoncé une attaque contre Y", "X évoque une campagne contre Y": X did
      // not attack Y); also after the fact.
      phrases: [
        'dénonce|dénoncent|condamne|condamnent|signale|signalent|évoque|évoquent|décrit|décrivent|mentionne|mentionnent',
        'a|ont|avait|avaient dénoncé|condamné|signalé|évoqué|décrit|mentionné',
      ],
      examples: [
        {
          text: "Microsoft a signalé que APT28 a ciblé l'OTAN.",
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: "Le rapport de Mandiant évoque une campagne d'APT28 contre l'OTAN.",
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
    {
      // An accusation is a claim of its accuser, also as a participle clause before its subject.
      phrases: ['accuse|accusent', 'a|ont|avait|avaient|avoir accusé'],
      examples: [
        {
          text: "Washington accuse le groupe APT33 d'être lié à l'Iran.",
          expect: { modality: 'reported', claimant: 'Washington' },
        },
      ],
    },
  ],
  unconfirmed: [
    {
      phrases: [
        "n'a|n'ont|n'avait pas confirmé|indiqué|précisé|dit",
        'ne confirme|confirment pas',
        'refuse|refusent de confirmer|commenter',
        'a|ont refusé de confirmer|commenter',
        // Not denying is no denial: "Moscou n'a pas démenti que ..." vouches for nothing.
        "n'a|n'ont|n'avait pas démenti|nié|contesté",
        'ne dément|démentent|nie|nient|conteste|contestent pas',
        // A belief denied: "Mandiant ne croit pas que ..." vouches for nothing.
        'ne croit|croient|croyait|pense|pensent|pensait pas',
      ],
      examples: [
        {
          text: "Mandiant n'a pas confirmé que APT28 était derrière le piratage de TV5Monde.",
          expect: { modality: 'suspected' },
        },
        {
          text: 'Microsoft refuse de confirmer que APT28 est lié au GRU.',
          expect: { modality: 'suspected' },
        },
        {
          text: "Moscou n'a pas démenti que le groupe APT28 a ciblé l'OTAN.",
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  hedges: [
    {
      // Appearance, possibility and hearsay.
      phrases: [
        'peut-être|apparemment|prétendument|éventuellement|semblerait|sembleraient',
        "possible|probable que|qu'",
        'supposément|présumément',
        // Le conditionnel d'appartenance : « X figurerait parmi les cibles de Y ».
        'figurerait|figureraient|compterait|compteraient|appartiendrait|appartiendraient',
      ],
      examples: [
        { text: 'APT28 est peut-être lié au GRU.', expect: { modality: 'suspected' } },
        { text: 'Il semblerait que APT28 soit lié au GRU.', expect: { modality: 'suspected' } },
        { text: 'Il est possible que APT28 soit lié au GRU.', expect: { modality: 'suspected' } },
        { text: 'Il est probable que APT28 a piraté TV5Monde.', expect: { modality: 'suspected' } },
        { text: 'APT28 est supposément lié au GRU.', expect: { modality: 'suspected' } },
      ],
    },
    {
      // An impersonal belief names no one who vouches: "on estime que" is a hedge, not the
      // report that "estime" after a named subject makes.
      phrases: [
        "on|l'on pense|croit|estime|suppose|soupçonne que|qu'",
        "il est|était admis|supposé|présumé que|qu'",
      ],
      examples: [
        {
          text: 'On pense que APT28 est derrière le piratage de TV5Monde.',
          expect: { modality: 'suspected' },
        },
        { text: "L'on estime que APT28 est lié au GRU.", expect: { modality: 'suspected' } },
      ],
    },
    {
      // The conditional of hearsay.
      phrases: ['serait|seraient|aurait|auraient|pourrait|pourraient'],
      examples: [
        {
          text: 'Selon Mandiant, APT28 serait derrière le piratage de TV5Monde.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        { text: "Le groupe APT33 pourrait être lié à l'Iran.", expect: { modality: 'suspected' } },
      ],
    },
    {
      phrases: [
        'sans doute',
        'probablement|vraisemblablement|possiblement',
        'soupçonné(e)(s)|présumé(e)(s)|supposé(e)(s)',
        'semble|semblent',
      ],
      examples: [
        { text: 'APT28 est probablement lié au GRU.', expect: { modality: 'suspected' } },
        {
          text: 'Le groupe APT28, soupçonné d’être lié au GRU, a visé TV5Monde.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // An accusation in the passive with no accuser named: what the accused is accused of is
      // only alleged ("X est accusé d'avoir visé Y").
      phrases: ["est|sont|était|étaient accusé(e)(s) de|d'", "a|ont été accusé(e)(s) de|d'"],
      examples: [
        { text: "Le groupe APT33 est accusé d'avoir visé Saudi Aramco.", expect: { modality: 'suspected' } },
        { text: "APT33 a été accusé d'avoir piraté Saudi Aramco.", expect: { modality: 'suspected' } },
      ],
    },
    {
      // Une inculpation au passif n'est qu'une charge : « X a été inculpé à Paris pour avoir
      // travaillé pour Y ». À l'actif, le parquet qui inculpe en est la source.
      phrases: [
        'est|sont|était|étaient inculpé(e)(s)',
        'a|ont|avait|avaient été inculpé(e)(s)',
        'est|sont|était|étaient mis(e)(s) en examen',
        'a|ont|avait|avaient été mis(e)(s) en examen',
      ],
      examples: [
        {
          text: 'Paul Girard a été inculpé à Paris pour avoir travaillé pour le FSB.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Paul Girard est mis en examen pour avoir travaillé pour le FSB.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // "les informations selon lesquelles ...": what a report or a rumour says is only alleged,
      // and "selon" there names no source.
      phrases: ['selon laquelle|lesquelles|lequel|lesquels'],
      examples: [
        {
          text: 'Les informations selon lesquelles APT33 a visé Saudi Aramco circulent depuis mai.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // Not ruled out is possible: "il n'est pas exclu que X ait piraté Y".
      phrases: ["n'est|n'était pas exclu que|qu'"],
      examples: [
        {
          text: "Il n'est pas exclu que le groupe APT28 ait piraté TV5Monde.",
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // Ce qu'une accusation dit n'est qu'allégué, quel que soit qui la commente.
      phrases: ['allégation(s)|accusation(s) selon laquelle|lesquelles'],
      examples: [
        {
          text: "Téhéran n'a pas commenté les accusations selon lesquelles APT33 a visé Saudi Aramco.",
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  suspicions: [
    {
      // A suspicion held of someone, by its subject: "des experts soupçonnent X d'avoir piraté
      // Y", "Quillsec soupçonne X d'avoir piraté Y" (Quillsec holds it).
      phrases: ['soupçonne|soupçonnent|soupçonnait|soupçonnaient|suspecte|suspectent'],
      examples: [
        {
          text: "Des experts soupçonnent le groupe APT28 d'avoir piraté TV5Monde.",
          expect: { modality: 'suspected' },
        },
        {
          text: "Microsoft soupçonne le groupe APT28 d'avoir piraté TV5Monde.",
          expect: { modality: 'suspected', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // A guess, by whoever makes it: "des sources anonymes supposent que ...", "Microsoft
      // présume que ...".
      phrases: ["suppose|supposent|soupçonne|soupçonnent|présume|présument que|qu'"],
      examples: [
        {
          text: 'Des sources anonymes supposent que APT33 a visé Saudi Aramco.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'Microsoft présume que APT33 a visé Saudi Aramco.',
          expect: { modality: 'suspected', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // Ne pas exclure, c'est tenir pour possible : « les enquêteurs n'excluent pas que X ait visé Y ».
      phrases: ["n'exclut|n'excluent|n'excluait|n'excluaient pas que|qu'"],
      examples: [
        {
          text: "Microsoft n'exclut pas que APT33 ait visé Saudi Aramco.",
          expect: { modality: 'suspected', claimant: 'Microsoft' },
        },
        {
          text: "Les enquêteurs n'excluent pas que le groupe APT33 ait visé Saudi Aramco.",
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // Une croyance abandonnée : ce qu'elle tenait n'est plus que soupçonné, par qui la tenait.
      phrases: ["ne croit|croient|pense|pensent plus que|qu'"],
      examples: [
        {
          text: 'Microsoft ne croit plus que APT33 ait visé Saudi Aramco.',
          expect: { modality: 'suspected', claimant: 'Microsoft' },
        },
      ],
    },
  ],
  denials: [
    {
      phrases: [
        'nie|nient|dément|démentent|rejette|rejettent|récuse|récusent',
        'a|ont nié|démenti|rejeté|récusé',
        'réfute|réfutent|conteste|contestent',
        'a|ont|avait réfuté|contesté',
        'démenti',
        // "Pékin a qualifié d'« infondées » les accusations": calling them baseless rejects them.
        "qualifie|qualifient|juge|jugent d'infondé(e)(s)",
        "a|ont|avait qualifié|jugé d'infondé(e)(s)",
        "qualifie|qualifient|juge|jugent d'« infondé(e)(s)",
        "a|ont|avait qualifié|jugé d'« infondé(e)(s)",
        // "Pékin a qualifié de mensonge l'affirmation selon laquelle ...": a lie is no claim kept.
        'qualifie|qualifient|juge|jugent de mensonge(s)',
        'a|ont|avait qualifié|jugé de mensonge(s)',
        // « Moscou qualifie ces accusations de paranoïa » : ce que l'accusé appelle les
        // accusations portées contre lui est la façon dont il les écarte.
        'qualifie|qualifient|considère|considèrent|décrit|décrivent les|ces accusations|allégations de|comme',
        'a|ont|avait qualifié|considéré|décrit les|ces accusations|allégations de|comme',
      ],
      examples: [
        {
          text: 'APT28 est à l’origine du piratage de TV5Monde. Le Kremlin a qualifié les accusations de « paranoïa occidentale ».',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
        {
          text: 'Moscou dément être derrière le piratage de TV5Monde.',
          expect: { modality: 'denied', claimant: 'Moscou' },
        },
        {
          text: 'Le Kremlin a démenti tout lien avec APT28.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
        {
          text: 'Le Kremlin conteste que le groupe APT28 soit lié au GRU.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
        {
          text: "Moscou a qualifié d'infondées les accusations le liant au piratage de TV5Monde.",
          expect: { modality: 'denied', claimant: 'Moscou' },
        },
        {
          text: "Moscou a qualifié de mensonge l'affirmation selon laquelle le groupe Turla a piraté l'OSCE.",
          expect: { modality: 'denied', claimant: 'Moscou' },
        },
      ],
    },
  ],
  passiveDenials: [
    {
      phrases: ['démenti(e)(s)|rejeté(e)(s)|nié(e)(s)|récusé(e)(s) par'],
      examples: [
        {
          text: "L'implication d'APT28 dans le piratage de TV5Monde a été démentie par le Kremlin.",
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  negations: [
    {
      phrases: [
        'ne pas',
        "n'est|n'a|n'était|n'ont pas",
        'ne sont pas',
        // "n'a jamais visé", "n'avait nullement piraté": any negation of the verb's auxiliary.
        "n'est|n'a|n'était|n'ont|n'avait|n'avaient|n'aurait|n'auraient jamais|nullement|point",
        "n'avait|n'avaient|n'aurait|n'auraient pas",
        // « X ne figure pas parmi les victimes de Y » : le verbe d'appartenance nié.
        'ne figure|figurent|figurait|figuraient|compte|comptent|comptait|comptaient pas|jamais|plus',
        // « X n'a toujours pas ciblé Y », « n'a plus visé » : l'adverbe entre l'auxiliaire et la
        // négation n'en fait pas une affirmation.
        "n'est|n'a|n'était|n'ont|n'avait|n'avaient|n'aurait|n'auraient toujours|encore pas|jamais",
        "n'est|n'a|n'était|n'ont|n'avait|n'avaient|n'aurait|n'auraient plus",
      ],
      examples: [
        {
          text: "WikiLeaks assure ne pas être à l'origine de la fuite des courriels d'En Marche.",
          expect: { modality: 'denied', claimant: 'WikiLeaks' },
        },
        {
          // Negated and closed by its speaker: the speaker denies it.
          text: "Le groupe APT28 n'a jamais piraté TV5Monde, a affirmé le Kremlin.",
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
        {
          // An aside between the auxiliary and "jamais" leaves the negation in force.
          text: "Le Kremlin affirme que TV5Monde n'a, à ce jour, jamais été visé par APT28.",
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
        {
          text: "Le groupe APT28 n'a toujours pas ciblé l'OTAN, selon Mandiant.",
          expect: { modality: 'denied', claimant: 'Mandiant' },
        },
      ],
    },
  ],
  contrasts: [
    {
      phrases: ['mais', 'tandis que', 'alors que'],
      examples: [
        {
          text: "APT28 n'a pas visé l'OTAN mais a piraté le Bundestag.",
          expect: { modality: 'asserted' },
        },
        {
          text: 'APT99 a piraté la banque Quillon en mai, mais la banque a ensuite accusé un employé.',
          expect: { modality: 'asserted' },
        },
      ],
    },
  ],
  imitations: [
    {
      phrases: [
        'imitant',
        "imitateur(s)|imitatrice(s) de|d'|du|des",
        'se faisant|fait|faisaient passer pour',
        "s'est|se sont|s'était|s'étaient fait passer pour",
        'déguisé(e)(s) en',
      ],
      examples: [
        {
          text: 'Les attaquants se sont fait passer pour APT28 afin de pirater TV5Monde.',
          expect: { modality: 'unstated' },
        },
        { text: "Un groupe imitant APT28 a visé l'OTAN.", expect: { modality: 'unstated' } },
      ],
    },
  ],
  laterDoubts: [
    {
      phrases: [
        "n'a|n'ont|n'avait|n'avaient jamais|pas été prouvé(e)(s)|confirmé(e)(s)|vérifié(e)(s)|établi(e)(s)|démontré(e)(s)",
        "n'a|n'ont|n'avait|n'avaient pas pu être prouvé(e)(s)|confirmé(e)(s)|vérifié(e)(s)|établi(e)(s)",
        'sans que cela|ceci ait pu être prouvé|confirmé|vérifié|établi',
        'sans que cela|ceci puisse être|soit prouvé|confirmé|vérifié|établi',
        'reste|restent à prouver|démontrer|confirmer',
        // A claim its author took back.
        'avant de se rétracter',
        'avant de revenir sur',
        "s'est|se sont depuis rétracté(e)(s)",
        // A first culprit its accuser traded for another.
        'avant de désigner|incriminer',
        'avant de mettre en cause',
        "avant d'accuser|d'incriminer",
      ],
      examples: [
        {
          text: 'Le piratage du Bundestag par APT28 n’a jamais été prouvé.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'APT28 a piraté le Bundestag, sans que cela ait pu être vérifié.',
          expect: { modality: 'suspected' },
        },
        {
          text: "Selon Mandiant, APT28 a piraté le Bundestag, ce qui n'a pas pu être confirmé.",
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        {
          text: "Mandiant a accusé APT33 de l'attaque contre Saudi Aramco, avant de se rétracter.",
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        {
          text: "Mandiant a d'abord attribué l'attaque contre Saudi Aramco à APT33, avant de désigner l'Iran.",
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
      ],
    },
  ],
  concessions: [
    {
      phrases: ['bien que', 'quoique', 'malgré', 'en dépit de', 'même si'],
      examples: [
        {
          text: 'Selon Mandiant, même si le Kremlin dément, APT28 est lié au GRU.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
      ],
    },
  ],
  conditions: [
    {
      // A condition, an open question, a missing proof: the clause states nothing.
      phrases: ["si|s'il|s'ils", 'aucune preuve', 'rien ne prouve|montre|indique'],
      examples: [
        {
          text: "Si APT28 était derrière le piratage de TV5Monde, le GRU l'aurait ordonné.",
          expect: { modality: 'unstated' },
        },
        { text: 'On ignore si Sandworm est lié au GRU.', expect: { modality: 'unstated' } },
        { text: "Rien ne prouve que APT33 soit lié à l'Iran.", expect: { modality: 'unstated' } },
        { text: "APT33 est-il lié à l'Iran ?", expect: { modality: 'unstated' } },
      ],
    },
    {
      // A supposition, a claim no one makes, a look given on purpose.
      phrases: [
        "à supposer que|qu'",
        "en supposant que|qu'",
        "personne n'a|n'avait affirmé|dit|prouvé|montré que|qu'",
        'pour ressembler à|au|aux',
        // Une vraisemblance niée, un indice dit absent : rien n'est affirmé.
        "peu probable que|qu'",
        "improbable que|qu'",
        "rien n'indique|n'atteste que|qu'",
        "peu d'éléments laissent|laissaient penser|croire que|qu'",
      ],
      examples: [
        {
          text: "À supposer qu'APT33 ait visé Saudi Aramco, le mobile reste obscur.",
          expect: { modality: 'unstated' },
        },
        {
          text: "Personne n'a affirmé qu'APT28 avait piraté TV5Monde.",
          expect: { modality: 'unstated' },
        },
        {
          text: "L'attaque contre TV5Monde a été maquillée pour ressembler à une opération d'APT28.",
          expect: { modality: 'unstated' },
        },
        {
          text: "Il est peu probable qu'APT33 ait visé Saudi Aramco.",
          expect: { modality: 'unstated' },
        },
        {
          text: "Rien n'indique qu'APT33 ait visé Saudi Aramco.",
          expect: { modality: 'unstated' },
        },
        {
          text: "Peu d'éléments laissent penser qu'APT33 a visé Saudi Aramco.",
          expect: { modality: 'unstated' },
        },
      ],
    },
  ],
  participles: [
    {
      // The infinitive's auxiliary is part of the verb of saying ("avoir accusé").
      phrases: ['après'],
      examples: [
        {
          text: "Après avoir accusé l'Iran d'être derrière l'attaque contre Saudi Aramco, Washington a annoncé des sanctions.",
          expect: { modality: 'reported', claimant: 'Washington' },
        },
      ],
    },
  ],
  relatives: [
    {
      // The object's pronoun: the words after it are the subject who states the link, named or not.
      phrases: ['que', "qu'"],
      objectCase: true,
      examples: [
        {
          text: "Le groupe APT33, que Microsoft a lié à l'Iran, a visé Saudi Aramco.",
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: 'Le groupe Turla, que plusieurs gouvernements rattachent au FSB, a visé des ambassades.',
          expect: { modality: 'reported' },
        },
      ],
    },
    {
      phrases: ['qui'],
      examples: [
        {
          text: "Le groupe APT33, qui selon Microsoft est lié à l'Iran, a visé Saudi Aramco.",
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
  ],
  timesBeforeSpeaker: [
    {
      // La presse place le jour entre le verbe et la source qui le suit : "..., a indiqué mardi X".
      phrases: [
        'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
        'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche matin|soir',
        'hier|hier soir|ce matin|ce soir',
      ],
      examples: [
        {
          text: "Le groupe APT28 a visé l'OTAN, a indiqué mardi Mandiant à l'AFP.",
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: 'Le groupe Sandworm a visé Maersk, a affirmé jeudi soir Microsoft.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
  ],
  unnamedSpeakers: [
    {
      phrases: [
        'un|une analyste|chercheur|chercheuse|expert|experte|responsable|porte-parole|dirigeant|dirigeante de|chez',
      ],
      examples: [
        {
          text: 'Un analyste de Mandiant affirme que le groupe APT28 a enregistré le domaine faux-login.fr.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: 'Le groupe APT28 reste actif. Un analyste de Sekoia affirme que le groupe a enregistré le domaine faux-login.fr.',
          expect: { modality: 'reported', claimant: 'Sekoia' },
        },
      ],
    },
  ],
  accusations: [
    {
      phrases: ['accusation(s)', 'allégation(s)'],
      examples: [
        {
          text: 'APT28 serait derrière le piratage de TV5Monde. Le Kremlin a rejeté ces accusations.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  laterAccusers: [],
  continuation: {
    subjects: [
      "l'expert",
      'le spécialiste',
      'le chercheur',
      "l'analyste",
      'il',
      'elle',
      'la société',
      "l'entreprise",
      'la firme',
    ],
    verbs: [
      'ajoute',
      'a ajouté',
      'précise',
      'poursuit',
      'explique',
      'a expliqué',
      'estime',
      'indique',
      'a indiqué',
      'affirme',
      'a affirmé',
    ],
    sources: [
      "selon|d'après les chercheurs|analystes|experts",
      "selon|d'après le chercheur|l'analyste|l'expert",
    ],
    examples: [
      {
        text: "Selon Mandiant, l'enquête se poursuit. L'analyste ajoute que le groupe APT28 a enregistré le domaine faux-login.fr.",
        expect: { modality: 'reported', claimant: 'Mandiant' },
      },
      {
        text: 'Des chercheurs de Mandiant ont signalé une campagne. Selon les chercheurs, le groupe APT28 a enregistré le domaine faux-login.fr.',
        expect: { modality: 'reported', claimant: 'Mandiant' },
      },
    ],
  },
  clefts: [],
  // Not yet written for this language.
  involvements: [],
  dismissiveCalls: [],
  dismissals: [],
  revisionOpenings: [],
  revisionTurns: [],
  // French keeps its relative pronoun ("un groupe que Microsoft relie à Y").
  contactRelatives: [],
  sayingRelatives: [
    {
      // « X, dont Microsoft affirme qu'il travaille pour Y, a visé Z » : la relative est à
      // Microsoft, la principale à l'auteur de l'article.
      phrases: ['dont'],
      examples: [
        {
          text: "Le groupe APT28, dont Microsoft affirme qu'il appartient au GRU, a visé l'OTAN.",
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
  ],
} as const satisfies ClaimVocabulary;
