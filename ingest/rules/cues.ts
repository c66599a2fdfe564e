/**
 * Words that tell what kind of thing a name is: titles before people, "company"/"société"
 * before firms, "hacker group"/"مجموعة قرصنة" before threat actors, head words inside
 * organisation names, suffixes such as "Inc.". Vocabulary only; the finders decide how to use it.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { capitalisedFunctionWords, PACKS, rolesAfterName, triggerWords } from '../extract/lang/index.ts';

/** Words right before a name that make it a person (titles, roles, honorifics). */
export const PERSON_TITLES_LATIN = phrases(
  'M. | Mme | Mlle | Me | Dr | Dr. | Pr | Mr | Mr. | Mrs | Mrs. | Ms | Ms. | Sir | président | ' +
    'présidente | vice-président | vice-présidente | ministre | premier ministre | directeur | ' +
    'directrice | porte-parole | chercheur | chercheuse | analyste | expert | experte | ' +
    'spécialiste | candidat | candidate | député | députée | sénateur | sénatrice | maire | juge | ' +
    'général | colonel | journaliste | avocat | avocate | fondateur | fondatrice | patron | ' +
    'patronne | PDG | chef | secrétaire | conseiller | conseillère | ambassadeur | ambassadrice | ' +
    'dirigeant | dirigeante | militant | militante | procureur | commissaire | ' +
    'président-directeur | President | Vice President | Prime Minister | Minister | Secretary | ' +
    'Senator | Governor | Mayor | Judge | General | director | researcher | analyst | expert | ' +
    'spokesman | spokeswoman | spokesperson | CEO | founder | chairman | chairwoman | chief | ' +
    'candidate | journalist | lawyer | leader | president | minister | senator | professor | ' +
    'Professor | officer | head | executive',
);

/** Role nouns in an apposition after a name (", directeur de ...", ", a researcher at ..."), from the language packs. */
export const PERSON_ROLES_AFTER = rolesAfterName();

/** Nouns right before a name that make it an organisation. */
export const ORGANIZATION_CUES_LATIN = phrases(
  'société | entreprise | firme | compagnie | agence | ministère | parti | mouvement | ' +
    'association | organisation | ONG | banque | cabinet | plateforme | site | journal | ' +
    'quotidien | chaîne | institut | université | fondation | start-up | éditeur | opérateur | ' +
    'company | firm | agency | ministry | party | organisation | organization | bank | website | ' +
    'newspaper | outlet | broadcaster | startup | vendor | platform | university | a firm called | ' +
    'a company called | une société baptisée | une société appelée | fournisseur | prestataire | ' +
    'transporteur | armateur | laboratoire | constructeur | assureur | distributeur | filiale | ' +
    'hébergeur | fabricant | équipementier | provider | supplier | retailer | carrier | insurer | ' +
    'manufacturer | maker | contractor | subsidiary | operator | conglomerate | lab | laboratory | ' +
    'consultancy | news agency | news source | media source',
);

/**
 * Verbs and nouns of employment right before a name: the name is the employer. An unnamed
 * speaker's employer ("un analyste de Sekoia", "a researcher at Dragos") is the claimant.
 */
export const EMPLOYER_CUES_LATIN = [
  ...phrases(
    'worked for | works for | working for | work for | employed by | an employee of | ' +
      'travaille pour | travaillait pour | a travaillé pour | employé par | employée par | salarié de | ' +
      'salariée de',
  ),
  ...PACKS.filter((pack) => !pack.verbFirst).flatMap((pack) => pack.claims.unnamedSpeakers),
  // After a post, "chez" introduces the employer ("analyste chez Sekoia", "travaille chez X").
  ...triggerWords('employment').flatMap((words) =>
    words.phrases.filter((phrase) => phrase.endsWith(' chez')),
  ),
];

/**
 * Head nouns of technical things that an acronym may qualify ("the SMB protocol", "the SHA-256
 * hash"): the acronym then names a technology, not an organisation.
 */
export const TECHNICAL_NOUNS_LATIN = phrases(
  'protocol | protocols | hash | hashes | algorithm | format | port | ports | file | files | ' +
    'encryption | standard | server | servers | certificate | certificates | key | keys | flaw | ' +
    'vulnerability | exploit | command | commands | record | records | request | requests | packet | ' +
    'packets | protocole | protocoles | algorithme | fichier | fichiers | chiffrement | serveur | ' +
    'serveurs | certificat | clé | clés | faille | vulnérabilité | commande | requête | requêtes | ' +
    'paquet | paquets',
);

/**
 * Head nouns of a trade route or a project that an acronym may qualify ("the GTC route", "the
 * BRI corridor"): the acronym then names the route or the plan, not an organisation.
 */
export const ROUTE_NOUNS_LATIN = phrases(
  'route | routes | corridor | corridors | initiative | road | roads | railway | itinéraire',
);

/** Words after a name that make it an organisation. */
export const ORGANIZATION_SUFFIXES = phrases(
  'Inc | Inc. | Corp | Corp. | Corporation | Ltd | Ltd. | LLC | SA | SAS | SARL | GmbH | AG | ' +
    'PLC | Co. | Labs | Technologies | Security | Group | Groupe',
);

/** Words of organisation names, first or last ("Commission nationale de ...", "Democratic Party"). */
export const ORGANIZATION_HEADS = new Set(
  (
    'Commission Agence Agency Ministère Ministry Department Département Conseil Council Comité ' +
    'Committee Parti Party Front Mouvement Union Association Fondation Foundation Institut ' +
    'Institute Université University Banque Bank Office Bureau Service Services Direction ' +
    'Autorité Authority Assemblée Assembly Cour Court Tribunal Fédération Federation ' +
    'Corporation Company Organisation Organization Centre Center Ligue League Chambre Chamber ' +
    'Administration Police Gendarmerie Armée Army Navy Parlement Parliament Sénat Senate ' +
    'Congress Congrès Gouvernement Government Haute High Observatoire Observatory Syndicat Secrétariat ' +
    'Secretariat ' +
    'Collectif Coalition Alliance International Journal Airways Airlines Software Pictures ' +
    'Entertainment Pipeline Lab Labs Systems Networks News Times Post Media Holdings Energy ' +
    'Stories Logic Technologies Solutions Motors Electric Telecom Communications Press Herald Tribune ' +
    'Monde Presse Radio Television Télévision Group Groupe Library Bibliothèque Museum Musée'
  ).split(' '),
);

/**
 * Head words that close an English company's name and never open one ("Lazarus Group", "Cisco
 * Systems", "British Airways"): one that opens a title-case phrase heads no name there ("Group
 * Policies", "Media History").
 */
export const ORGANIZATION_CLOSING_HEADS = new Set(
  (
    'Group Lab Labs Systems Networks Media News Times Pipeline Holdings Technologies Solutions ' +
    'Airways Airlines Software Pictures Entertainment Stories Logic Motors Electric Communications Herald Tribune'
  ).split(' '),
);

/**
 * Closing heads that also name a line of business: after an abstract noun ("Payment Systems",
 * "Information Technologies") they name the field, not a firm.
 */
export const BUSINESS_LINE_HEADS = new Set(
  'Systems Networks Technologies Solutions Software Media Communications'.split(' '),
);

/**
 * Last words of the name of a team or a product line, never of a person's: "the Global
 * Research Team", "the Winspy Suite".
 */
export const NO_PERSON_LAST_WORDS = new Set('Team Teams Squad Crew Staff Suite Équipe'.split(' '));

/** Last words that make a name of two words or more an archipelago or an island: "the Faroe Islands". */
export const ISLAND_LAST_WORDS = new Set('Islands Island Isles'.split(' '));

/** Phrases before a name that make it a threat actor. */
export const THREAT_ACTOR_CUES_LATIN = phrases(
  'groupe de pirates | groupe de pirates informatiques | groupe de hackers | groupe de hackeurs | ' +
    'groupe de cyberespionnage | groupe de cybercriminels | collectif de hackers | pirates | ' +
    'hackers | acteur malveillant | hacker group | hacking group | threat actor | threat group | ' +
    'APT group | cyber-espionage group | cyberespionage group | espionage group | ' +
    'ransomware group | ransomware gang | gang | groupe APT | groupe | group | the group | ' +
    'le groupe | intrusion set',
);

/**
 * Words by which a report names the actor it tracks ("a threat actor we call X", "the group,
 * tracked as X"): after any word for a group, the name is the actor's.
 */
export const THREAT_ACTOR_TRACKING_LATIN = phrases(
  'we call | we called | we have called | we named | we have named | we dubbed | we track as | ' +
    'we are tracking as | we refer to as | tracked as | que nous appelons | que nous suivons sous le nom de',
);

/** A report naming an actor with the verb first: "we have named this threat actor X". */
export const THREAT_ACTOR_NAMING_VERBS_LATIN = phrases(
  'we call | we called | we have called | we named | we have named | we dubbed | we have dubbed | ' +
    'we track | we are tracking | we refer to | we designate | we have designated',
);

/**
 * Words that give any name ("dubbed X", "known as X"): after a word for a hacking group only, as
 * "a group called X" may be any association.
 */
export const THREAT_ACTOR_NAMING_LATIN = phrases(
  'dubbed | called | named | codenamed | code-named | known as | referred to as | baptisé | ' +
    'appelé | surnommé | connu sous le nom de',
);

/** Words for a group that are no hacking group's alone ("a group called X" may be any association). */
export const GENERIC_GROUP_WORDS_LATIN = phrases('group | groupe | the group | le groupe | gang');

/** Words for a threat actor right after its name ("the CloudHollow APT", "Stormhollow threat actor"). */
export const THREAT_ACTOR_CUES_AFTER_LATIN = phrases(
  'APT | APT group | threat actor | threat group | hacking group | hacker group | espionage group | ' +
    'cyber-espionage group | cyberespionage group | ransomware gang | intrusion set',
);

/**
 * Verbs of a research team's findings after its name ("Intel 471 has observed", "Unit 42 found"):
 * a capitalised word and a number before them name the team's organisation.
 */
export const RESEARCH_VERBS_LATIN = phrases(
  'observed | has observed | have observed | found | has found | discovered | has discovered | ' +
    'identified | has identified | obtained | tracks | has tracked | assesses | believes | ' +
    'also believes | determined | was able to | will continue to | a observé | a découvert | ' +
    'a identifié | estime',
);

/** The staff of a firm named right before them ("Proofpoint researchers", "SentinelOne's analysts"). */
export const RESEARCH_STAFF_AFTER_LATIN = phrases(
  'researchers | analysts | research team | threat researchers | security researchers | ' +
    'threat intelligence team | threat research team',
);

/** Prepositions/phrases before a name that make it a place. */
export const LOCATION_CUES_LATIN = phrases(
  'basée à | basé à | basés à | basées à | basée au | basé au | basée en | basé en | ' +
    'installée à | installé à | située à | situé à | siège à | based in | headquartered in | ' +
    'located in | based at | headquartered at | located at | city of | ville de | capitale | région de | province de | pays | village de | ' +
    'village de la | village du | hameau de | bourg de | commune de | canton de | gare de | ' +
    'route de | maire de | curé de | près de | environs de | habitants de | port de | town of | ' +
    'village of | port of | mayor of | en | près',
);

/** Words before a name that make it an account. */
export const ACCOUNT_CUES_LATIN = phrases(
  'compte | compte Twitter | compte nommé | pseudo | pseudonyme | account | handle | user | ' +
    'username | Twitter account | a user called | an account called | alias',
);

/** Words that give a named operation or leak its name ("baptisée «MacronLeaks»"). */
export const EVENT_NAMING_CUES_LATIN = phrases(
  'baptisée | baptisé | surnommée | surnommé | appelée | dénommée | nom de code | opération | ' +
    'campagne | dubbed | called | named | codenamed | code-named | operation | campaign',
);

/** Arabic cue phrases, with the type of the name that follows. */
export const ARABIC_CUES: ReadonlyArray<{ phrase: string; type: EntityType; quotedOnly?: boolean }> = [
  { phrase: 'مجموعة تسمى', type: 'ThreatActor' },
  // "تتابعها تحت اسم X": the name a firm tracks a group under; "تطلق على نفسها اسم X": its own.
  { phrase: 'تحت اسم', type: 'ThreatActor' },
  { phrase: 'على نفسها اسم', type: 'ThreatActor' },
  { phrase: 'مجموعة تدعى', type: 'ThreatActor' },
  { phrase: 'مجموعة قرصنة', type: 'ThreatActor' },
  { phrase: 'مجموعة القرصنة', type: 'ThreatActor' },
  { phrase: 'مجموعة قراصنة', type: 'ThreatActor' },
  { phrase: 'مجموعة القراصنة', type: 'ThreatActor' },
  { phrase: 'مجموعة المتسللين', type: 'ThreatActor' },
  { phrase: 'جماعة قرصنة', type: 'ThreatActor' },
  { phrase: 'مجموعة', type: 'ThreatActor', quotedOnly: true },
  { phrase: 'جماعة', type: 'ThreatActor', quotedOnly: true },
  { phrase: 'حساب يسمى', type: 'Account' },
  { phrase: 'حساب يدعى', type: 'Account' },
  { phrase: 'حساب باسم', type: 'Account' },
  { phrase: 'حساب', type: 'Account', quotedOnly: true },
  { phrase: 'شركة', type: 'Organization' },
  { phrase: 'مؤسسة', type: 'Organization' },
  { phrase: 'وكالة', type: 'Organization' },
  // "مختبرات ميرك": laboratories, as a company's name often begins.
  { phrase: 'مختبرات', type: 'Organization' },
  { phrase: 'موقع', type: 'Organization', quotedOnly: true },
  { phrase: 'منصة', type: 'Organization', quotedOnly: true },
  { phrase: 'صحيفة', type: 'Organization' },
  { phrase: 'حزب', type: 'Organization', quotedOnly: true },
  { phrase: 'عملية', type: 'Event', quotedOnly: true },
  { phrase: 'أطلق عليها', type: 'Event', quotedOnly: true },
  { phrase: 'برمجية', type: 'Malware' },
  { phrase: 'برمجية خبيثة', type: 'Malware', quotedOnly: true },
  { phrase: 'برمجيات خبيثة', type: 'Malware', quotedOnly: true },
  { phrase: 'برنامج خبيث', type: 'Malware', quotedOnly: true },
  { phrase: 'البرمجية الخبيثة', type: 'Malware' },
  { phrase: 'برمجية الفدية', type: 'Malware' },
  { phrase: 'برنامج الفدية', type: 'Malware' },
  { phrase: 'برنامج التجسس', type: 'Malware' },
  { phrase: 'برنامج تجسس', type: 'Malware' },
  { phrase: 'فيروس', type: 'Malware' },
  { phrase: 'الفيروس', type: 'Malware' },
  { phrase: 'فيروس الفدية', type: 'Malware' },
  { phrase: 'دودة', type: 'Malware' },
  { phrase: 'الرئيس', type: 'Person' },
  { phrase: 'رئيس', type: 'Person' },
  { phrase: 'الرئيسة', type: 'Person' },
  { phrase: 'الوزير', type: 'Person' },
  { phrase: 'وزير', type: 'Person' },
  { phrase: 'الوزيرة', type: 'Person' },
  { phrase: 'الباحث', type: 'Person' },
  { phrase: 'الباحثة', type: 'Person' },
  { phrase: 'الخبير', type: 'Person' },
  { phrase: 'الخبيرة', type: 'Person' },
  { phrase: 'المحلل', type: 'Person' },
  { phrase: 'المدير', type: 'Person' },
  { phrase: 'مدير', type: 'Person' },
  { phrase: 'مديرة', type: 'Person' },
  { phrase: 'المرشح', type: 'Person' },
  { phrase: 'المرشحة', type: 'Person' },
  { phrase: 'مرشح', type: 'Person' },
  { phrase: 'مرشحة', type: 'Person' },
  { phrase: 'منافسه', type: 'Person' },
  { phrase: 'منافسته', type: 'Person' },
  { phrase: 'النائب', type: 'Person' },
  { phrase: 'النائبة', type: 'Person' },
  { phrase: 'الشيخ', type: 'Person' },
  { phrase: 'الأمير', type: 'Person' },
  { phrase: 'السيد', type: 'Person' },
  { phrase: 'السيدة', type: 'Person' },
  { phrase: 'زعيم', type: 'Person' },
  { phrase: 'زعيمة', type: 'Person' },
  { phrase: 'مؤسس', type: 'Person' },
  { phrase: 'الصحفي', type: 'Person' },
  { phrase: 'الصحفية', type: 'Person' },
];

/** Capitalised words that start sentences or clauses without being names, from every language pack. */
export const CAPITALISED_FUNCTION_WORDS = capitalisedFunctionWords();

/** Lower-case words that may join the parts of one name ("Banque de France", "Bank of England"). */
export const NAME_CONNECTORS = new Set([
  'de',
  'du',
  'des',
  'de la',
  "d'",
  'd’',
  'of',
  'the',
  'for',
  'and',
  'al',
  'el',
  'van',
  'von',
  'der',
  'bin',
  'ben',
  'ibn',
  'la',
  'le',
  'y',
  'da',
  'di',
  'dos',
  'do',
]);

/** A vocabulary written as one `|`-separated string, so long lists stay readable. */
function phrases(list: string): string[] {
  return list
    .split('|')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0);
}
