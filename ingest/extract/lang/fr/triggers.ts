/**
 * French words of the relation triggers. What each trigger means (relation types, the side of
 * each argument, word class) is in ingest/rules/triggers.ts under the same id. Example
 * sentences are our own.
 */
import type { TriggerVocabulary } from '../types.ts';

/**
 * « M. Paul Morel, fils du directeur de la société X » : a post right after a word of kinship is a
 * relative's, not the named man's (« flls », what OCR often makes of « fils »).
 */
const relatives = [
  'fils',
  'flls',
  'fille',
  'frère',
  'sœur',
  'veuve',
  'veuf',
  'neveu',
  'nièce',
  'gendre',
  'bru',
];

export const triggers = {
  affiliation: {
    phrases: [
      'lié(e)(s) au|à',
      'lié aux',
      'rattaché(e) au|à',
      'rattachés à',
      'rattache au',
      'rattachent au|à',
      // « le groupe, que des chercheurs lient au GRU » : the verb with its object before it.
      'lie|lient|liait|liaient au|à|aux',
      'proche du|de',
      'affilié au|à',
      'au service du',
      'dépend|dépendent de|du|des',
      // « L'office est placé sous l'autorité du ministère » : un organe qui répond à un autre.
      "placé(e)(s) sous l'autorité de|du|des",
      'placé(e)(s) sous la tutelle de|du|des',
      "sous l'autorité de|du|des",
      'sous la tutelle de|du|des',
      // « APT28 est une émanation du GRU » : ce qui émane d'un service en relève.
      "émanation de|du|des|d'",
    ],
    // « X est lié à un article publié par Microsoft » : une page qui cite X, dont l'auteur n'est pas partie.
    notBefore: [
      'un|le|ce article|rapport|billet|document|communiqué|message|tweet|blog',
      'une|la|cette étude|analyse|publication|enquête|note|alerte',
    ],
    examples: [
      { text: 'APT28 est lié au GRU.', expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' } },
      {
        text: "L'ANSSI, qui dépend du SGDSN, a publié un guide.",
        expect: { source: 'ANSSI', type: 'PART_OF', target: 'SGDSN' },
      },
      {
        text: "L'Office Vauban est placé sous l'autorité du ministère de la Défense.",
        expect: { source: 'Office Vauban', type: 'PART_OF', target: 'ministère de la Défense' },
      },
      {
        text: 'Le groupe Sandworm, rattaché au GRU, a frappé Ukrenergo.',
        expect: { source: 'Sandworm', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'Le groupe Sandworm est une émanation du GRU.',
        expect: { source: 'Sandworm', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
    ],
  },
  proxy: {
    phrases: [
      // « APT28 agit pour le compte du GRU », « un groupe contrôlé par le GRU ».
      'pour le compte du|de|des',
      // « des pirates travaillant pour le GRU » : le participe décrit le nom qui le précède.
      'travaillant|œuvrant|agissant pour',
      'contrôlé(e)(s)|financé(e)(s) par',
      // « un groupe soutenu par l'Iran » : l'instrument d'un commanditaire, jamais une partie de
      // lui (« un ministère soutenu par la Banque mondiale » n'en fait pas partie).
      'soutenu(e)(s) par',
      'parrainé(e)(s)|sponsorisé(e)(s) par',
    ],
    examples: [
      {
        text: "Le groupe APT28, travaillant pour le GRU, a visé l'OTAN.",
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'APT28 agit pour le compte du GRU.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'Sandworm, un groupe contrôlé par le GRU, a frappé Ukrenergo.',
        expect: { source: 'Sandworm', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        text: 'Selon Google, le groupe APT41, soutenu par Pékin, a visé des gouvernements.',
        expect: { source: 'APT41', type: 'ATTRIBUTED_TO', target: 'Pékin' },
      },
      {
        // Le sponsor d'un groupe, aussi dans « présente X comme un groupe parrainé par Y ».
        text: "L'agence présente le groupe Sandworm comme un groupe parrainé par la Russie.",
        expect: { source: 'Sandworm', type: 'ATTRIBUTED_TO', target: 'Russie' },
      },
    ],
  },
  responsibility: {
    phrases: ['derrière', "à l'origine de|du|des", 'responsable(s) de', 'responsable du', 'auteur(s) de'],
    examples: [
      {
        text: 'APT28 était derrière le piratage de TV5Monde.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  conduct: {
    phrases: [
      'a|ont|avait|avaient|aurait|auraient mené|conduit|perpétré|commis|orchestré|commandité',
      // Une inculpation pour un incident en fait l'auteur présumé (les haies des inculpations
      // le disent soupçonné) : « X a été inculpé mardi pour l'attaque contre Y ».
      // Avec l'auxiliaire seulement : c'est lui que les haies des inculpations lisent.
      'a|ont|avait|avaient été inculpé(e)(s) pour',
      'est|sont|était|étaient inculpé(e)(s) pour',
      'a|ont|avait|avaient été mis(e)(s) en examen pour',
      'est|sont|était|étaient mis(e)(s) en examen pour',
      'a|ont|avait|avaient été inculpé(e)(s) lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier pour',
      'a|ont|avait|avaient été mis(e)(s) en examen lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier pour',
    ],
    examples: [
      {
        text: "Le groupe APT28 a mené l'attaque contre TV5Monde.",
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: "Paul Girard a été inculpé mardi pour l'attaque contre TV5Monde.",
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'Paul Girard' },
      },
    ],
  },
  'self-claim': {
    phrases: ['a|ont|avait|avaient revendiqué', 'revendique'],
    examples: [
      {
        text: 'Le groupe Lazarus a revendiqué le piratage de Sony Pictures.',
        expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Lazarus' },
      },
      {
        text: "Le groupe LockBit avait revendiqué l'attaque contre l'hôpital de Cannes sur son site.",
        expect: { source: 'Hack of hôpital de Cannes', type: 'ATTRIBUTED_TO', target: 'LockBit' },
      },
    ],
  },
  'claimed-by': {
    // La presse date la revendication entre le participe et l'agent : « revendiquée mardi par X ».
    phrases: [
      'revendiqué(e)(s) par',
      'revendiqué(e)(s) lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier par',
    ],
    examples: [
      {
        text: "L'attaque contre l'hôpital de Cannes, revendiquée par LockBit, a paralysé les urgences.",
        expect: { source: 'Hack of hôpital de Cannes', type: 'ATTRIBUTED_TO', target: 'LockBit' },
      },
      {
        text: "L'attaque contre l'hôpital de Cannes a été revendiquée mardi par LockBit.",
        expect: { source: 'Hack of hôpital de Cannes', type: 'ATTRIBUTED_TO', target: 'LockBit' },
      },
    ],
  },
  attribution: {
    phrases: [
      // Agreeing with plural incidents too: « les attaques contre X ont été attribuées à ».
      'attribué(e)(s) à|au|aux',
      'imputé(e)(s) à|au|aux',
      // « l'attaque a été attribuée jeudi à X » : le jour entre le participe et la partie.
      'attribué(e)(s)|imputé(e)(s) lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier à|au|aux',
      'piloté(e)(s)|orchestré(e)(s)|mené(e)(s) par',
      'commis(e)(s) par',
      'commandité(e)(s) par',
      "l'œuvre|l'oeuvre de",
      // « l'intrusion serait l'œuvre du groupe X » : l'article contracté après « œuvre ».
      "l'œuvre|l'oeuvre du|des|d'",
      // « l'attaque a été mise sur le compte d'APT28 » : ce qu'on impute à quelqu'un.
      "mis(e)(s) sur le compte de|du|des|d'",
    ],
    examples: [
      {
        text: 'Le piratage de TV5Monde est attribué au groupe APT28.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: "L'attaque contre TV5Monde a été attribuée jeudi au groupe APT28.",
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: "L'attaque contre TV5Monde a été mise sur le compte du groupe APT28.",
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: "Les attaques contre l'OTAN ont été attribuées au groupe APT28.",
        expect: { source: 'Hack of NATO', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: "Le piratage de TV5Monde serait l'œuvre du groupe APT28.",
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'Le piratage de TV5Monde a été commandité par la Russie.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'Russie' },
      },
    ],
  },
  'incident-by': {
    phrases: ['par'],
    examples: [
      {
        text: 'Le piratage de TV5Monde par le groupe APT28 a duré des heures.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'attributed-by': {
    // L'agent, qui l'affirme, puis la cible : « attribué par Microsoft à APT29 ».
    phrases: ['attribué(e)(s)|imputé(e)(s) par'],
    examples: [
      {
        text: "Le piratage de TV5Monde a été attribué par l'ANSSI à APT28.",
        expect: { source: 'Piratage de TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'attribution-split': {
    // La source, puis la cible : « a attribué le piratage au SVR ».
    // The participle agrees with an object set before it: « l'attaque, que Londres a attribuée à ».
    phrases: [
      'a|ont|avait|avaient attribué(e)(s)',
      'attribue|attribuent',
      'a relié(e)(s)',
      'relie',
      // « Quillsec impute le piratage de X au groupe APT28 » : imputer, c'est attribuer.
      'a|ont|avait|avaient imputé(e)(s)',
      'impute|imputent',
    ],
    examples: [
      {
        text: 'Microsoft a attribué le piratage de SolarWinds au SVR.',
        expect: { source: 'Hack of SolarWinds', type: 'ATTRIBUTED_TO', target: 'SVR' },
      },
      {
        text: "Le piratage de TV5Monde, que l'ANSSI a attribué à APT28, a duré des heures.",
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        // The party first, after "à": it is still the target.
        text: "L'ANSSI a attribué au groupe APT28 le piratage de TV5Monde.",
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'Mandiant impute le piratage de TV5Monde au groupe APT28.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  accusation: {
    // La cible, puis la source : « accuse la Corée du Nord de l'attaque ».
    phrases: ['a|ont accusé', 'accuse|accusent'],
    deedLinkers: [
      "de|du|des|d'",
      "d'être derrière",
      "d'être responsable(s) de|du|des",
      "d'être à l'origine de|du|des",
    ],
    deedAuxiliaries: ["d'avoir"],
    examples: [
      {
        text: 'Washington accuse la Corée du Nord du piratage de Sony Pictures.',
        expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Corée du Nord' },
      },
      // The accused is the antecedent of "que" before the verb, the deed after the linker.
      {
        text: "La Corée du Nord, que le FBI accuse d'être à l'origine du piratage de Sony Pictures, a rappelé son ambassadeur.",
        expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Corée du Nord' },
      },
      {
        text: "L'Iran, que Washington accuse d'avoir commandité le piratage de Sony Pictures, a rappelé son ambassadeur.",
        expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'Iran' },
      },
    ],
  },
  registration: {
    phrases: ['a|ont|avait|aurait enregistré', 'enregistré', 'a déposé'],
    examples: [
      {
        text: 'Le groupe APT28 a enregistré le domaine faux-login.fr.',
        expect: { source: 'APT28', type: 'REGISTERED', target: 'faux-login.fr' },
      },
    ],
  },
  'registered-by': {
    phrases: ['enregistré(e)(s) par'],
    examples: [
      {
        text: 'Le domaine faux-login.fr a été enregistré par APT28.',
        expect: { source: 'APT28', type: 'REGISTERED', target: 'faux-login.fr' },
      },
    ],
  },
  use: {
    phrases: [
      'a|ont|aurait utilisé',
      'utilise|utilisent|utilisait',
      'a employé|déployé|exploité',
      'exploitant|exploite',
      // « APT28 a piraté l'OTAN en utilisant Zebrocy » : le gérondif a le sujet du verbe principal.
      'en utilisant|employant|déployant',
      // "a exfiltré des données grâce à son outil X": the means of what the subject did.
      'grâce à son|leur outil|logiciel',
      'au moyen de son|leur outil|logiciel',
      "à l'aide de son|leur outil|logiciel",
      // « Sandworm a lancé NotPetya contre l'Ukraine » : ce qui est lancé est le moyen.
      'a|ont|avait lancé',
      // « le groupe a eu recours au logiciel X », « s'est servi de X » : d'autres verbes d'usage.
      'a|ont|avait|avaient eu recours à|au|aux',
      'recourt|recourent|recourait à|au|aux',
      "s'est servi(e) de|du|des|d'",
      "se sont servi(e)s de|du|des|d'",
      "se sert|servent de|du|des|d'",
    ],
    examples: [
      {
        text: 'Le groupe Sandworm a déployé NotPetya en Ukraine.',
        expect: { source: 'Sandworm', type: 'USES', target: 'NotPetya' },
      },
      {
        text: "APT28 a piraté l'OTAN en utilisant Zebrocy.",
        expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
      },
      {
        text: "Le groupe Sandworm a lancé NotPetya contre l'Ukraine.",
        expect: { source: 'Sandworm', type: 'USES', target: 'NotPetya' },
      },
      {
        text: 'Le groupe LockBit a volé les fichiers grâce à son outil Draklet avant de chiffrer les serveurs.',
        expect: { source: 'LockBit', type: 'USES', target: 'Draklet' },
      },
      {
        text: 'Le groupe APT28 a eu recours au logiciel malveillant Zebrocy.',
        expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
      },
      {
        text: "Pour entrer dans le réseau, le groupe APT28 s'est servi de Zebrocy.",
        expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
      },
      {
        // A program the verb takes and a participle names is the group's, unknown as it is.
        text: 'Le groupe APT28 utilise un outil baptisé Quillwire pour masquer son trafic.',
        expect: { source: 'APT28', type: 'USES', target: 'Quillwire' },
      },
    ],
  },
  'used-by': {
    phrases: [
      'utilisé(e)(s) par',
      'déployé(e) par',
      'employé par',
      // « la faille EternalBlue exploitée par la NSA », « un implant installé par APT28 ».
      'exploité(e)(s)|installé(e)(s)|distribué(e)(s) par',
    ],
    examples: [
      {
        text: 'NotPetya, un logiciel déployé par Sandworm, a paralysé Maersk.',
        expect: { source: 'Sandworm', type: 'USES', target: 'NotPetya' },
      },
      {
        text: 'Le logiciel Zebrocy, installé par APT28, a touché des ministères.',
        expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
      },
    ],
  },
  impersonation: {
    phrases: [
      'imitant|imite|imitent|usurpant|usurpe',
      'se faisant passer pour',
      "s'est fait passer pour",
      'se sont fait passer pour',
      'se fait|font passer pour',
      'a|ont imité',
      "a|ont usurpé l'identité de",
      "usurpant l'identité de",
    ],
    // "Microsoft a été imité par APT35": the passive names the impostor after it.
    notBefore: ['par'],
    examples: [
      {
        text: 'Le domaine microsoft-update.com imite Microsoft.',
        expect: { source: 'microsoft-update.com', type: 'IMPERSONATES', target: 'Microsoft' },
      },
      {
        text: "Au printemps, le groupe APT35 s'est fait passer pour la BBC auprès de journalistes.",
        expect: { source: 'APT35', type: 'IMPERSONATES', target: 'BBC' },
      },
    ],
  },
  targeting: {
    phrases: [
      'visant|vise|visait|visé',
      'ciblé|ciblant|cible',
      'a|ont|avait|avaient visé|ciblé|attaqué|piraté|frappé|infiltré',
      // The participle agrees with an object set before it: « l'OTAN, que le groupe a visée ».
      'a|ont|avait|avaient visée(s)|ciblée(s)|attaquée(s)|piratée(s)|frappée(s)|infiltrée(s)',
      'a|ont|avait|avaient visés|ciblés|attaqués|piratés|frappés|infiltrés',
      'aurait|auraient visée(s)|ciblée(s)|attaquée(s)|piratée(s)|infiltrée(s)',
      'a|ont|avait|avaient pénétré',
      // « le groupe a compromis les serveurs de X », « s'est introduit dans les réseaux de X ».
      'a|ont|avait|avaient compromis',
      "s'est introduit(e) dans|chez",
      'se sont introduit(e)s dans|chez',
      // « le groupe a infecté les ordinateurs de l'OTAN », « a espionné l'OTAN ».
      'a|ont|avait infecté|espionné',
      // « APT29 s'en est pris à SolarWinds », « Sandworm a paralysé Ukrenergo ».
      "s'en est|sont pris(e)(s) à|au|aux",
      // « la société, à laquelle le groupe s'en est pris, » : l'objet est l'antécédent du relatif.
      "s'en est|sont pris(e)(s)",
      "s'est attaqué(e) à|au|aux",
      'se sont attaqué(e)s à|au|aux',
      'a|ont|avait paralysé|saboté',
      // « l'OTAN, que le groupe APT28 a pris pour cible en 2019 ».
      'a|ont|avait|avaient pris pour cible',
      // The infinitive after an accusation or a suspicion, and the conditional of hearsay: « soupçonné
      // d'avoir piraté X », « APT28 aurait piraté X ».
      "d'avoir|aurait|auraient piraté|attaqué|infiltré|pénétré|infecté|espionné|paralysé|saboté|compromis",
      // « APT99 s'est ingéré dans l'élection présidentielle de 2019 » : une élection visée (le
      // verbe conjugué seul ; le nom, « l'ingérence dans », prendrait n'importe quel nom avant lui).
      "s'est ingéré(e) dans",
      'se sont ingéré(e)s dans',
      // The subjunctive after a denial or a doubt, the infinitive after a modal: « nie que X ait
      // piraté Y », « X pourrait avoir piraté Y ».
      'ait|aient|avoir piraté|attaqué|infiltré|pénétré|infecté|espionné|paralysé|saboté|visé|ciblé',
    ],
    // « l'opération visait à saboter des Jeux dont la Russie était écartée » : « viser à » dit un
    // but, et un nom dans la suite n'en est pas la cible.
    notBefore: [
      'à saboter|perturber|déstabiliser|affaiblir|punir|intimider|discréditer|influencer|empêcher|nuire',
      // « X a compromis la réputation de Y » : un tort, pas une intrusion.
      'la|sa|leur réputation|crédibilité',
      "l'image|l'avenir",
      'son image|avenir',
      'ses|leurs chances',
    ],
    examples: [
      {
        text: "Le groupe APT28 a ciblé l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "Le groupe APT99 s'est ingéré dans l'élection présidentielle de 2019.",
        expect: { source: 'APT99', type: 'TARGETED', target: 'élection présidentielle de 2019' },
      },
      {
        text: "Le groupe APT29 s'en est pris à la société SolarWinds.",
        expect: { source: 'APT29', type: 'TARGETED', target: 'SolarWinds' },
      },
      {
        text: "La société SolarWinds, à laquelle le groupe APT29 s'en est pris en 2020, a porté plainte.",
        expect: { source: 'APT29', type: 'TARGETED', target: 'SolarWinds' },
      },
      {
        text: 'Le groupe APT28 a compromis les serveurs du ministère des Armées.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'ministère des Armées' },
      },
      {
        text: "Le groupe APT28 s'est introduit dans les réseaux de l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "Pendant des années, APT28 a espionné l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "Le groupe APT28 a pris pour cible l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "Le groupe APT28 est soupçonné d'avoir infiltré l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "Le Kremlin nie que le groupe APT28 ait infiltré l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
    ],
  },
  // « APT28 a utilisé Zebrocy pour compromettre l'OTAN » : l'infinitif de but nomme la cible.
  purpose: {
    phrases: [
      'pour cibler|viser|compromettre|pirater|attaquer|infiltrer|infecter|espionner',
      'afin de cibler|viser|compromettre|pirater',
      "afin d'attaquer|d'infiltrer|d'infecter|d'espionner",
      // « pour influencer le résultat de l'élection » : peser sur l'issue d'un scrutin l'attaque.
      'pour influencer|infléchir|fausser le résultat de|du|des',
      'pour influencer|infléchir|fausser les résultats de|du|des',
      "pour influencer|infléchir|fausser l'issue de|du|des",
      "afin d'influencer|d'infléchir le résultat|l'issue de|du|des",
    ],
    examples: [
      {
        text: "APT28 a utilisé Zebrocy pour compromettre l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        // The aim is the subject's, not that of the object of the verb before it.
        text: "APT99 a piraté les serveurs de l'OSCE pour influencer le résultat de l'élection présidentielle de 2019 à Harbour.",
        expect: { source: 'APT99', type: 'TARGETED', target: 'élection présidentielle de 2019' },
      },
    ],
  },
  'stolen-from': {
    phrases: ['volé(e)(s)|dérobé(e)(s)|exfiltré(e)(s) à|au|aux'],
    examples: [
      {
        text: 'Le groupe Babuk a publié en mai les derniers fichiers volés au ministère de la Défense.',
        expect: { source: 'Babuk', type: 'TARGETED', target: 'ministère de la Défense' },
      },
    ],
  },
  theft: {
    phrases: [
      'a|ont|avait|avaient dérobé|volé|exfiltré|subtilisé',
      // « APT28 a eu accès au réseau du Bundestag » : une intrusion dite par ce qu'elle a gagné.
      'a|ont|avait|avaient eu accès à|au|aux',
    ],
    examples: [
      {
        text: 'Le groupe Lazarus a dérobé 81 millions de dollars à la Bangladesh Bank.',
        expect: { source: 'Lazarus', type: 'TARGETED', target: 'Bangladesh Bank' },
      },
      {
        text: 'Le groupe APT28 a eu accès au réseau du Bundestag.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
      },
      {
        // The kind of body before its name does not take the victim out of the verb's reach.
        text: "Le groupe Lazarus a dérobé 30 millions de dollars à la plateforme d'échange Vantex.",
        expect: { source: 'Lazarus', type: 'TARGETED', target: 'Vantex' },
      },
    ],
  },
  opposition: {
    // « une campagne contre X » est une attaque ; « une plainte contre X » est une démarche en justice.
    phrases: ['contre'],
    notAfter: [
      'plainte(s)',
      'poursuites',
      'procès',
      'procédure',
      'recours',
      'action en justice',
      'protestation',
      'mesures',
      'sanctions',
      'accusations',
      // « M. Leroy combat courageusement contre M. Vidal », « la lutte contre la fraude » : une
      // rivalité ou une cause, pas une attaque.
      'combat(s)',
      'combattre',
      'lutte(s)',
      'lutter',
      'se bat|battent',
      'guerre',
      'action militaire',
      // « L'ANSSI se refuse à commenter l'attaque contre X » : qui parle d'une attaque, la juge ou
      // l'impute à un autre n'en est pas l'auteur.
      'commenter',
      'commente(nt)',
      'condamner',
      'condamne(nt)',
      'condamné',
      'dénoncer',
      'dénonce(nt)',
      'dénoncé',
      'enquêter sur',
      'enquête(nt) sur',
      'attribuer',
      'imputer',
    ],
    // « Microsoft a détaillé une offensive contre l'OTAN » : qui découvre, décrit ou signale une
    // campagne n'en est pas l'auteur ; l'auteur nommé entre les deux l'est (« a observé une
    // campagne d'APT29 contre l'OTAN »).
    notAfterUnlessNamed: [
      'découvre|découvrent|découvert',
      'détaille(nt)|détaillé',
      'observe(nt)|observé',
      'alerte(nt)|alerté sur',
      'réagi(t)|réagissent à',
      'décrit|décrivent',
      'signale(nt)|signalé',
      'révèle(nt)|révélé',
      'dévoile(nt)|dévoilé',
      'documente(nt)|documenté',
      'analyse(nt)|analysé',
      'repère(nt)|repéré',
      'identifie(nt)|identifié',
    ],
    examples: [
      {
        text: "Le groupe APT28 a mené une campagne contre l'OTAN.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
    ],
  },
  'targets-of': {
    phrases: [
      'cibles|victimes sont',
      'cibles|victimes ont été',
      // « Ses cibles incluent des ministères en Estonie » : ce que compte la liste de ses cibles.
      'cibles|victimes incluent|comprennent|comptent|incluaient|comprenaient|comptaient',
    ],
    examples: [
      {
        text: 'Le groupe APT33 est actif depuis 2013. Ses cibles incluent des ministères en Arabie saoudite.',
        expect: { source: 'APT33', type: 'TARGETED', target: 'Arabie saoudite' },
      },
      {
        text: "Pour APT33, les cibles sont l'Arabie saoudite et les États-Unis.",
        expect: { source: 'APT33', type: 'TARGETED', target: 'Arabie saoudite' },
      },
    ],
  },
  victim: {
    phrases: [
      'victime(s) de',
      "victime d'un|d'une",
      'victimes du',
      'la cible de',
      "la cible d'une|d'un",
      // « l'OTAN a été la cible du groupe APT28 », « la cible d'APT28 ».
      "la cible du|des|d'",
      'ciblé(e)(s)|visé(e)(s)|piraté(e)(s)|frappé(e)(s)|touché(e)(s) par',
      // « l'OTAN a été attaquée par APT28 », « prise pour cible par APT28 ».
      'attaqué(e)(s)|infiltré(e)(s)|espionné(e)(s)|paralysé(e)(s)|compromis(e)(s) par',
      'pris(e)(s) pour cible par',
      // « l'OTAN a fait l'objet d'une attaque d'APT28 ».
      "l'objet d'une attaque|offensive|campagne de|du|des|d'",
      "l'objet d'attaques de|du|des|d'",
      'infecté|infectée|infectés par',
      // « des banques en Suède ont subi les assauts d'Anonymous Sudan ».
      "ont|a|avait|avaient subi les assauts|attaques de|du|des|d'",
      // « la société X a subi une cyberattaque du groupe APT28 ».
      "ont|a|avait|avaient subi une attaque|cyberattaque|offensive|intrusion de|du|d'",
      // « le Bundestag compte parmi les victimes d'APT28 », « figurent parmi les cibles du groupe ».
      "parmi les victimes|cibles de|du|des|d'",
    ],
    examples: [
      {
        text: "L'OTAN a été ciblée par APT28.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "L'OTAN a été la cible du groupe APT28.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "Le Bundestag et l'OTAN figurent parmi les cibles d'APT28.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "L'OTAN a été attaquée par APT28.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "L'OTAN a fait l'objet d'une attaque d'APT28.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'OTAN' },
      },
      {
        text: "Des banques en Suède ont subi les assauts d'APT28.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'Suède' },
      },
      {
        text: 'Le ministère des Armées a subi une cyberattaque du groupe APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'ministère des Armées' },
      },
      {
        // Every item of a list before the verb, each naming its own kind of victim.
        text: "Des banques en Suède, des hôpitaux au Portugal et des mairies en Grèce ont subi les assauts d'APT28.",
        expect: { source: 'APT28', type: 'TARGETED', target: 'Portugal' },
      },
    ],
  },
  employment: {
    phrases: [
      "directeur|directrice d'études à",
      'directeur de recherche à',
      'chercheur|chercheuse|analyste à|chez',
      'ingénieur chez',
      // « X, ingénieur à l'ANSSI », « X, experte chez Quillsec ».
      "ingénieur(e) à|de|du|des|d'",
      // « M. X, inspecteur de l'Académie de Rennes » : un corps d'inspection est un employeur.
      "inspecteur|inspectrice de|du|des|d'",
      'expert(e)|spécialiste à|chez',
      'employé(e) de',
      'porte-parole de|du',
      'travaille|travaillent pour|chez',
      'travaillait|travaillaient pour',
      // Le passé et l'infinitif des inculpations : « inculpé pour avoir travaillé pour X ».
      'a|ont|avait|avaient travaillé pour|chez',
      'avoir travaillé pour|chez',
      'travailler pour|chez',
      'officier du|de',
      'officiers du',
      'agent du',
      'conseiller à|de',
      'vice-président chez',
      // A calling held at a named body: « professeur de chimie au Lycée de Kerhuel », « ordonnateur
      // du Bureau de bienfaisance ». At a town it places no one: the town is no employer.
      "professeur|professeure|institutrice|instituteur|ordonnateur|économe|aumônier au|à|du|de|des|d'",
      "sous-ingénieur des|du|de|d'",
      // Le conditionnel et l'infinitif après un soupçon : « il aurait travaillé pour X », « il est
      // soupçonné d'avoir travaillé pour X » (le soupçon vient des haies, non de l'emploi).
      'aurait|auraient travaillé pour|chez',
      "d'avoir travaillé pour|chez",
      // Le passif du recrutement : « X a été recruté par le FSB ».
      'recruté(e)(s) par',
      // « un ex-agent du FSB » : le préfixe colle au nom du poste.
      "ex-agent|ex-officier|ex-employé(e)|ex-espion du|de|d'",
    ],
    notAfter: relatives,
    examples: [
      {
        text: 'Paul Girard, chercheur chez Mandiant, suit APT28.',
        expect: { source: 'Paul Girard', type: 'WORKS_FOR', target: 'Mandiant' },
      },
      {
        text: "M. Le Gall, inspecteur de l'Académie de Kerhuel, a visité l'école.",
        expect: { source: 'Le Gall', type: 'WORKS_FOR', target: 'Académie de Kerhuel' },
      },
      {
        text: 'Paul Girard a été inculpé pour avoir travaillé pour le FSB.',
        expect: { source: 'Paul Girard', type: 'WORKS_FOR', target: 'FSB' },
      },
      {
        text: "M. l'abbé Kervella, professeur de chimie au Collège de Kerhuel, est nommé curé.",
        expect: { source: 'Kervella', type: 'WORKS_FOR', target: 'Collège de Kerhuel' },
      },
      {
        text: 'On annonce la mort de M. Le Dantec, ancien gendarme et ordonnateur de la Caisse des écoles.',
        expect: { source: 'Le Dantec', type: 'WORKS_FOR', target: 'Caisse des écoles' },
      },
      {
        text: "Paul Girard a été arrêté. Il est soupçonné d'avoir travaillé pour le FSB.",
        expect: { source: 'Paul Girard', type: 'WORKS_FOR', target: 'FSB' },
      },
      {
        text: 'Paul Girard, un ex-agent du FSB, a été recruté par le GRU en 2015.',
        expect: { source: 'Paul Girard', type: 'WORKS_FOR', target: 'GRU' },
      },
      {
        // Le pluriel, souvent dit d'un groupe par une reprise : « ces pirates travaillent pour X ».
        text: 'Le groupe APT40 a ciblé des chantiers navals. Selon Washington, ces pirates travaillent pour le MSS.',
        expect: { source: 'APT40', type: 'ATTRIBUTED_TO', target: 'MSS' },
      },
    ],
  },
  leadership: {
    phrases: [
      'dirige|dirigeait',
      'qui dirige',
      'président(e) de|du',
      'présidente du parti',
      'chef|patron de|du',
      'à la tête de|du|des',
      "à la tête de l'",
      "directeur|directrice général(e) de|du|des|d'",
      'PDG de|du',
      'PDG',
      "directeur|directrice de|du|d'",
      "dirigeant(e) de|du|d'",
      "secrétaire général de|du|d'",
      'secrétaire générale de',
      'émir du',
      // A town's mayor heads the town: "X, maire de Lyon".
      "maire de|du|d'",
    ],
    notAfter: relatives,
    // « le convoi se dirigeait vers Lyon » : se diriger vers, c'est aller, non diriger.
    notBefore: ['vers'],
    examples: [
      {
        text: "Guillaume Poupard, directeur de l'ANSSI, a pris la parole.",
        expect: { source: 'Guillaume Poupard', type: 'LEADS', target: 'ANSSI' },
      },
      {
        text: 'Jean Dupont, le dirigeant de LockBit, a été inculpé.',
        expect: { source: 'Jean Dupont', type: 'LEADS', target: 'LockBit' },
      },
      {
        text: "Guillaume Poupard, à la tête de l'ANSSI jusqu'en 2022, a averti les entreprises.",
        expect: { source: 'Guillaume Poupard', type: 'LEADS', target: 'ANSSI' },
      },
      {
        text: 'Claire Vasseur, directrice générale du CHU de Rennes, a répondu aux questions.',
        expect: { source: 'Claire Vasseur', type: 'LEADS', target: 'CHU de Rennes' },
      },
      {
        text: 'Marc Durand, maire de Lyon, a porté plainte après la panne.',
        expect: { source: 'Marc Durand', type: 'LEADS', target: 'Lyon' },
      },
    ],
  },
  'shared-leadership': {
    // « les dirigeants de X » : a group's heads, often two or more, each of them named before.
    phrases: ["dirigeants|dirigeantes|chefs de|du|d'"],
    examples: [
      {
        text: 'La justice a inculpé Paul Martin et Jean Martin, présentés comme les dirigeants de LockBit.',
        expect: { source: 'Paul Martin', type: 'LEADS', target: 'LockBit' },
      },
    ],
  },
  'led-by': {
    phrases: ['dirigé(e)(s)|présidé(e)(s) par'],
    examples: [
      {
        text: "L'ANSSI, dirigée par Guillaume Poupard, publie un rapport.",
        expect: { source: 'Guillaume Poupard', type: 'LEADS', target: 'ANSSI' },
      },
    ],
  },
  succession: {
    phrases: ['succédant|succède à', 'a succédé à'],
    examples: [
      {
        text: "Guillaume Poupard est nommé directeur général de l'ANSSI en 2014, succédant à Patrick Pailloux.",
        expect: { source: 'Patrick Pailloux', type: 'LEADS', target: 'ANSSI' },
      },
    ],
  },
  membership: {
    phrases: [
      'vice-président(e) du|de',
      'membre du|de',
      'député du',
      'militant du',
      'cadre du',
      // A party's candidate, a federation's or a union's delegate: « X, candidat du Parti radical ».
      "candidat(e)|délégué(e) du|de|des|d'",
      // « Paul Morel, l'un des membres du groupe APT28 » : un parmi d'autres.
      "l'un|l'une des membres du|de|des|d'",
      // Un membre que l'on présume : « X, membre présumé du groupe Y » (la haie « présumé » en fait
      // un soupçon).
      "membre(s) présumé(s) du|de|des|d'",
      // L'appartenance après un soupçon : « soupçonné d'appartenir au groupe Y » (le verbe
      // conjugué, « X appartient au groupe Y », est au trigger `belonging`).
      "d'appartenir au|à|aux",
    ],
    notAfter: relatives,
    examples: [
      {
        text: 'Florian Philippot, vice-président du Front national, a réagi.',
        expect: { source: 'Florian Philippot', type: 'MEMBER_OF', target: 'Front national' },
      },
      {
        text: "Paul Morel, l'un des membres du groupe APT28, a été inculpé.",
        expect: { source: 'Paul Morel', type: 'MEMBER_OF', target: 'APT28' },
      },
      {
        text: 'Le citoyen Le Goff, délégué de la Fédération des tanneurs et corroyeurs, a parlé des salaires.',
        expect: { source: 'Le Goff', type: 'MEMBER_OF', target: 'Fédération des tanneurs et corroyeurs' },
      },
      {
        text: "M. Kervella sera candidat de l'Union républicaine aux prochaines élections.",
        expect: { source: 'Kervella', type: 'MEMBER_OF', target: 'Union républicaine' },
      },
      {
        text: 'Un membre présumé du groupe APT28, Paul Morel, a été arrêté.',
        expect: { source: 'Paul Morel', type: 'MEMBER_OF', target: 'APT28' },
      },
      {
        text: "Paul Morel est soupçonné d'appartenir au groupe APT28.",
        expect: { source: 'Paul Morel', type: 'MEMBER_OF', target: 'APT28' },
      },
    ],
  },
  founding: {
    phrases: ['a fondé|créé', 'fondateur|cofondateur de|du', 'fondatrice|cofondatrice|co-fondateur de'],
    examples: [
      {
        text: 'En 2011, Omar Haddad a fondé CrowdStrike.',
        expect: { source: 'Omar Haddad', type: 'FOUNDED', target: 'CrowdStrike' },
      },
    ],
  },
  'founded-by': {
    phrases: ['fondé(e)|créé(e) par', 'fondé(e) en'],
    examples: [
      {
        text: 'La société CrowdStrike, fondée par Omar Haddad, suit APT28.',
        expect: { source: 'Omar Haddad', type: 'FOUNDED', target: 'CrowdStrike' },
      },
    ],
  },
  part: {
    phrases: [
      'filiale|unité|branche de|du',
      // « le village de Kerlouan, commune de Plouvenez » : un lieu et la commune ou le canton qui
      // le contient.
      "commune|canton de|du|d'",
    ],
    examples: [
      {
        text: 'Sandworm est une unité du GRU.',
        expect: { source: 'Sandworm', type: 'PART_OF', target: 'GRU' },
      },
      {
        text: 'Un incendie a détruit une ferme au village de Kerlouan, commune de Plouvenez.',
        expect: { source: 'Kerlouan', type: 'PART_OF', target: 'Plouvenez' },
      },
    ],
  },
  location: {
    phrases: [
      'basé(e)(s) à',
      'basé(e) au|en',
      'installé(e)|situé(e) à',
      'dont le siège est à',
      // « Quillsec, qui a son siège à Lyon », « Quillsec, dont le siège social est à Lyon ».
      'a|avait son siège à',
      'dont le siège social est à',
      'implanté(e)(s) à',
      'opère|opérant depuis',
    ],
    examples: [
      {
        text: 'Kaspersky, qui a son siège à Moscou, suit APT28.',
        expect: { source: 'Kaspersky', type: 'LOCATED_IN', target: 'Moscou' },
      },
      {
        text: 'Flashpoint, une société basée à New York, suit APT28.',
        expect: { source: 'Flashpoint', type: 'LOCATED_IN', target: 'New York' },
      },
    ],
  },
  seat: {
    phrases: ["le siège de|du|d'"],
    between: ['est|se trouve à', 'est situé|installé à'],
    examples: [
      {
        text: "Le siège de l'ANSSI est situé à Paris.",
        expect: { source: 'ANSSI', type: 'LOCATED_IN', target: 'Paris' },
      },
    ],
  },
  publication: {
    phrases: ['a|ont publié|diffusé', 'publie', 'a mis en ligne', 'a posté'],
    examples: [
      {
        text: 'Le groupe APT28 a publié des courriels sur le domaine faux-fuites.fr.',
        expect: { source: 'APT28', type: 'PUBLISHED', target: 'faux-fuites.fr' },
      },
    ],
  },
  'published-by': {
    phrases: [
      'publié|publiée|publiés|publiées par',
      'diffusé|diffusée|diffusés|diffusées par',
      // « les courriels ont été publiés via WikiLeaks » : le site qui les a mis en ligne.
      'publié|publiée|publiés|publiées|diffusé|diffusée|diffusés|diffusées via',
    ],
    examples: [
      {
        text: 'Le domaine faux-fuites.fr a été diffusé par APT28.',
        expect: { source: 'APT28', type: 'PUBLISHED', target: 'faux-fuites.fr' },
      },
    ],
  },
  resolution: {
    phrases: ['pointe|pointait|résout|résolvait vers', 'hébergé sur|à'],
    examples: [
      {
        text: 'Le domaine faux-login.fr pointe vers 185.86.148.227.',
        expect: { source: 'faux-login.fr', type: 'RESOLVES_TO', target: '185.86.148.227' },
      },
    ],
  },
  belonging: {
    phrases: [
      'fait|font|faisait|faisaient partie de|du|des',
      // « le groupe X, qui appartient au GRU » : un groupe qui relève d'un service en fait partie ;
      // une personne qui appartient au groupe (ou « appartiendrait », au conditionnel) en est membre.
      'appartient|appartiennent|appartenait|appartenaient|appartiendrait|appartiendraient|appartenir au|à|aux',
    ],
    examples: [
      {
        text: 'Le groupe Sandworm fait partie du GRU, a affirmé le ministère.',
        expect: { source: 'Sandworm', type: 'PART_OF', target: 'GRU' },
      },
      {
        text: 'Le groupe Sandworm, qui appartient au GRU, a visé Ukrenergo.',
        expect: { source: 'Sandworm', type: 'PART_OF', target: 'GRU' },
      },
      {
        text: 'Paul Morel appartiendrait au groupe APT28.',
        expect: { source: 'Paul Morel', type: 'MEMBER_OF', target: 'APT28' },
      },
    ],
  },
} as const satisfies TriggerVocabulary;
