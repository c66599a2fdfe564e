/**
 * French words around names: civilities and titles before people, street words before places.
 * Example sentences are our own.
 */
import type { NameVocabulary } from '../types.ts';

export const names = {
  lang: 'fr',
  civilities: [
    {
      phrases: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr'],
      examples: [
        {
          text: 'Au conseil municipal, M. Kerbrat a défendu le budget du port.',
          expect: { name: 'Kerbrat', type: 'Person' },
        },
        {
          text: 'La réunion était présidée par M. de Kervégan, ancien maire.',
          expect: { name: 'Kervégan', type: 'Person' },
        },
        {
          text: 'Mme Le Goff a reçu les délégués à la mairie.',
          expect: { name: 'Le Goff', type: 'Person' },
        },
      ],
    },
    {
      // What OCR makes of "M." in old newspapers: the two strokes of M read as N and I.
      phrases: ['NI.', 'Ni.'],
      examples: [
        {
          text: 'Le piano sera tenu par NI. Kerhervé, organiste de la paroisse.',
          expect: { name: 'Kerhervé', type: 'Person' },
        },
      ],
    },
  ],
  pluralCivilities: [
    {
      // "MM:" is what OCR makes of the full stop.
      phrases: ['MM.', 'MM:', 'Mmes', 'Mlles'],
      examples: [
        {
          text: 'Les candidats sont MM. Le Bihan, Quéré et Tanguy, tous trois conseillers.',
          expect: { name: 'Tanguy', type: 'Person' },
        },
        {
          // Results list each candidate with his votes.
          text: 'Sont élus MM. Quéré, 812 Tanguy, 790 voix.',
          expect: { name: 'Tanguy', type: 'Person' },
        },
        {
          // A long list, with initials, still reaches back to its civility.
          text: 'Section du Port MM. J. Quéré, 912 L. Tanguy, 930 Le Bihan, 905 Kerhervé, 904 Morvan, 899 Guéguen, 896 Salaün, 890 voix.',
          expect: { name: 'Salaün', type: 'Person' },
        },
      ],
    },
    {
      // Plural ranks and callings, with their article: "les généraux X et de Y".
      phrases: [
        'les généraux',
        'les colonels',
        'les capitaines',
        'les lieutenants',
        'les docteurs',
        'les abbés',
        'les citoyens',
        'les camarades',
        'les sieurs',
      ],
      examples: [
        {
          text: "Ce matin les généraux Kerhervé et de Lanvaux se sont rendus à l'hôpital.",
          expect: { name: 'Lanvaux', type: 'Person' },
        },
      ],
    },
  ],
  firstNames: [
    {
      // Given names common in France from the nineteenth century to today.
      phrases: [
        'Jean',
        'Pierre',
        'Louis',
        'Joseph',
        'François',
        'Jacques',
        'Yves',
        'Henri',
        'Charles',
        'Paul',
        'Georges',
        'Émile',
        'Eugène',
        'Marcel',
        'René',
        'Auguste',
        'Alphonse',
        'Mathurin',
        'Raoul',
        'Victor',
        'Ernest',
        'Alexandre',
        'Julien',
        'André',
        'Lucien',
        'Maurice',
        'Gabriel',
        'Guillaume',
        'Hervé',
        'Olivier',
        'Léon',
        'Jules',
        'Théodore',
        'Adolphe',
        'Édouard',
        'Camille',
        'Michel',
        'Nicolas',
        'Antoine',
        'Étienne',
        'Félix',
        'Frédéric',
        'Gustave',
        'Hippolyte',
        'Joachim',
        'Laurent',
        'Mathieu',
        'Prosper',
        'Raymond',
        'Claude',
        'Denis',
        'Emmanuel',
        'Benjamin',
        'Philippe',
        'Bernard',
        'Alain',
        'Patrick',
        'Thierry',
        'Christophe',
        'Sébastien',
        'Jean-Baptiste',
        'Jean-Marie',
        'Jean-Pierre',
        'Jean-Louis',
        'Jean-Paul',
        'Marie',
        'Jeanne',
        'Anne',
        'Anna',
        'Louise',
        'Augustine',
        'Joséphine',
        'Marguerite',
        'Germaine',
        'Berthe',
        'Suzanne',
        'Madeleine',
        'Françoise',
        'Catherine',
        'Hélène',
        'Julie',
        'Mathilde',
        'Émilie',
        'Célestine',
        'Victorine',
        'Eugénie',
        'Clémence',
        'Philomène',
        'Sophie',
        'Claire',
        'Élise',
        'Aline',
        'Léontine',
        'Yvonne',
        'Lucie',
        'Marthe',
        'Valérie',
        'Isabelle',
        'Nathalie',
        'Sylvie',
        'Christine',
        'Martine',
        'Monique',
        'Nicole',
        'Ségolène',
        'Marine',
      ],
      examples: [
        {
          text: 'Naissances. Yvonne Kerjean, rue du Port.',
          expect: { name: 'Yvonne Kerjean', type: 'Person' },
        },
      ],
    },
    {
      // Given names common in France today, as the news writes its officials and experts; none
      // is also a place or a word of another sense ("Florence", "Pascal", "Christian" stay out).
      phrases: [
        'Vincent',
        'Thomas',
        'David',
        'Éric',
        'Stéphane',
        'Didier',
        'Gérard',
        'Fabien',
        'Maxime',
        'Romain',
        'Xavier',
        'Bruno',
        'Arnaud',
        'Jérôme',
        'Cédric',
        'Damien',
        'Ludovic',
        'Yannick',
        'Gilles',
        'Benoît',
        'Florian',
        'Rémi',
        'Cécile',
        'Sandrine',
        'Véronique',
        'Aurélie',
        'Céline',
        'Agnès',
        'Delphine',
        'Amélie',
        'Pauline',
        'Élisabeth',
        'Brigitte',
        'Laurence',
      ],
      examples: [
        {
          text: "Cédric Kerjean, à la tête de l'agence depuis 2022, a averti les entreprises.",
          expect: { name: 'Cédric Kerjean', type: 'Person' },
        },
      ],
    },
  ],
  organisationHeads: [
    {
      phrases: [
        'Compagnie',
        'Société',
        'Confédération',
        'Faculté',
        'Bourse',
        'Cercle',
        'Conservatoire',
        'Académie',
        'Lycée',
        'Collège',
        'École',
        'Caisse',
        'Crédit',
        'Chambre',
        'Préfecture',
        'Mairie',
        'Séminaire',
        'Forges',
        'Chantier',
        'Chantiers',
        'Ateliers',
        'Manufacture',
        // A movement or a party: « l'Action libérale populaire », « l'Action française ».
        'Action',
      ],
      examples: [
        {
          text: 'Les ouvriers de la Compagnie des Forges de Kerhuel sont en grève.',
          expect: { name: 'Compagnie des Forges de Kerhuel', type: 'Organization' },
        },
        {
          text: 'Il a soutenu sa thèse devant la Faculté de Rennes hier.',
          expect: { name: 'Faculté de Rennes', type: 'Organization' },
        },
        {
          text: "La réunion organisée par l'Action républicaine a rassemblé mille électeurs.",
          expect: { name: 'Action républicaine', type: 'Organization' },
        },
      ],
    },
    {
      // Hospitals go by their acronym and their city: "le CHU de Rennes" is the hospital, not the city.
      phrases: ['CHU', 'CHR', 'CHRU'],
      examples: [
        {
          text: 'Le CHU de Rennes a reporté plusieurs centaines d’opérations.',
          expect: { name: 'CHU de Rennes', type: 'Organization' },
        },
      ],
    },
  ],
  lowerCaseHeads: [
    {
      phrases: [
        'ministère',
        'direction',
        'direction générale',
        'département',
        'secrétariat',
        'commission',
        'comité',
        'conseil',
        'office',
        'service',
        'services',
        'agence',
        'hôpital',
        'centre hospitalier',
        'parquet',
        // Local authorities, frequent victims in the press: « la mairie de Brévannes ».
        'mairie',
        'préfecture',
        // Establishments named by their kind and a capitalised complement: « le café du Commerce ».
        'café',
        'cabaret',
        'auberge',
        'théâtre',
      ],
      examples: [
        {
          text: 'Le texte a été transmis au ministère des Affaires portuaires hier.',
          expect: { name: 'ministère des Affaires portuaires', type: 'Organization' },
        },
        {
          text: 'Selon la direction générale de la Sécurité portuaire, la panne est finie.',
          expect: { name: 'direction générale de la Sécurité portuaire', type: 'Organization' },
        },
        {
          text: 'Les pirates ont paralysé la mairie de Kerlouan pendant une semaine.',
          expect: { name: 'mairie de Kerlouan', type: 'Organization' },
        },
      ],
    },
  ],
  nameParticles: [
    {
      phrases: ['de', 'du', 'des', 'de la', "d'"],
      examples: [
        {
          text: "Les pirates ont visé la Caisse d'Épargne de Kerhuel en mai.",
          expect: { name: "Caisse d'Épargne de Kerhuel", type: 'Organization' },
        },
      ],
    },
  ],
  bodiesByHead: [
    {
      phrases: ['Sénat', 'Parlement', 'Congrès', 'Gouvernement', 'Gendarmerie', 'Armée', 'Assemblée'],
      examples: [
        { text: 'Le texte a été voté par le Sénat hier.', expect: { name: 'Sénat', type: 'Organization' } },
      ],
    },
    {
      phrases: ['Chambre', 'État', 'Etat', 'République'],
      examples: [
        {
          text: "Le projet de loi sera discuté demain à la Chambre, puis l'État fixera le tarif.",
          expect: { name: 'Chambre', type: 'Organization' },
        },
      ],
    },
  ],
  titles: [
    {
      phrases: [
        'général',
        'colonel',
        'lieutenant-colonel',
        'commandant',
        'capitaine',
        'lieutenant',
        'amiral',
        'docteur',
        'maître',
        'abbé',
        'chanoine',
        'pasteur',
        'curé',
        'cardinal',
        'baron',
        'baronne',
        'comte',
        'comtesse',
        'vicomte',
        'marquis',
        'marquise',
        'duc',
        'duchesse',
        'citoyen',
        'citoyenne',
        'sieur',
        'veuve',
        'professeur',
        'préfet',
        'brigadier',
        'sous-brigadier',
        'commissaire',
        'inspecteur',
        'vicaire',
        'recteur',
      ],
      examples: [
        {
          text: "Le colonel Guivarc'h commandait alors la garnison.",
          expect: { name: "Guivarc'h", type: 'Person' },
        },
        {
          text: "La messe fut dite par l'abbé Le Floch devant une foule nombreuse.",
          expect: { name: 'Le Floch', type: 'Person' },
        },
      ],
    },
  ],
  streets: [
    {
      phrases: ['rue', 'avenue', 'boulevard', 'quai', 'place', 'impasse', 'faubourg', 'cours'],
      examples: [
        {
          text: "L'incendie s'est déclaré rue de la Corderie, près du marché.",
          expect: { name: 'rue de la Corderie', type: 'Location' },
        },
        {
          text: 'Le cortège a traversé la place Saint-Corentin avant midi.',
          expect: { name: 'place Saint-Corentin', type: 'Location' },
        },
      ],
    },
  ],
  hamletNouns: [
    {
      phrases: ['village', 'hameau', 'lieu-dit', 'ferme', 'métairie'],
      examples: [
        {
          text: 'Un incendie a détruit une grange au village de la Ville-Jégu hier soir.',
          expect: { name: 'Ville-Jégu', type: 'Location' },
        },
        {
          text: 'Le feu a pris dans une étable au hameau de la Petite-Lande.',
          expect: { name: 'Petite-Lande', type: 'Location' },
        },
        {
          text: 'Un journalier demeurant à la Grande-Noë a été arrêté.',
          expect: { name: 'Grande-Noë', type: 'Location' },
        },
      ],
    },
  ],
  regionHeads: [
    {
      phrases: ['Province', 'Canton', 'Département', 'Préfecture', 'Gouvernorat', 'Territoire'],
      examples: [
        {
          text: 'Les écoles du Canton de Valbrune ferment une semaine.',
          expect: { name: 'Canton de Valbrune', type: 'Location' },
        },
      ],
    },
  ],
  vessels: [
    {
      phrases: [
        'navire',
        'vapeur',
        'steamer',
        'paquebot',
        'transatlantique',
        'cargo',
        'chalutier',
        'goélette',
        'trois-mâts',
        'quatre-mâts',
        'deux-mâts',
        'brick',
        'cotre',
        'dundee',
        'sloop',
        'voilier',
        'caboteur',
        'thonier',
        'remorqueur',
        'yacht',
        'cuirassé',
        'croiseur',
        'torpilleur',
        'contre-torpilleur',
        'aviso',
        'sous-marin',
      ],
      examples: [
        {
          text: 'Le chalutier à vapeur Goéland, de Lorient, est rentré au port hier soir.',
          expect: { name: 'Goéland', type: 'Organization' },
        },
        {
          text: 'La goélette Anne-Yvonne a perdu deux hommes au large de Terre-Neuve.',
          expect: { name: 'Anne-Yvonne', type: 'Organization' },
        },
      ],
    },
  ],
  boarding: [
    {
      phrases: [
        'embarque sur',
        'embarquent sur',
        'embarqué sur',
        'embarqués sur',
        'embarquera sur',
        'passe sur',
        'passé sur',
        'à bord du',
        'à bord de la',
        "à bord de l'",
        // Port news: "tout bien à bord" and the ships met, named right after without an article.
        'à bord',
      ],
      examples: [
        {
          text: 'Le docteur Morvan, de la Normandie, embarque sur la Picardie.',
          expect: { name: 'Picardie', type: 'Organization' },
        },
        {
          text: 'Trois mousses sont morts à bord du Kerlouan en mer.',
          expect: { name: 'Kerlouan', type: 'Organization' },
        },
        {
          text: 'Rencontré sur les Bancs le 3 mai, tout bien à bord Marie-Perrine.',
          expect: { name: 'Marie-Perrine', type: 'Organization' },
        },
      ],
    },
  ],
  pressCues: [
    {
      // "du", "de la", "de l'", "le", "la", "l'", "au": the article belongs to the cue.
      phrases: [
        'article du',
        'article de la',
        "article de l'",
        'numéro du',
        'numéro de la',
        "numéro de l'",
        'feuilleton du',
        'feuilleton de la',
        "feuilleton de l'",
        'rédaction du',
        'rédaction de la',
        "rédaction de l'",
        'lis dans le',
        'lis dans la',
        "lis dans l'",
        'lit dans le',
        'lit dans la',
        "lit dans l'",
        'lu dans le',
        'lu dans la',
        "lu dans l'",
        'publié dans le',
        'publié dans la',
        "publié dans l'",
        'déclaré au',
        'confié au',
        'indiqué au',
        'expliqué au',
        'affirmé au',
        'précisé au',
        'raconté au',
        'entretien au',
        'entretien accordé au',
      ],
      examples: [
        {
          text: 'M. Bougot répond à un article du Républicain sur la grève.',
          expect: { name: 'Républicain', type: 'Organization' },
        },
        {
          text: "Je lis dans l'Écho-Breton de ce jour une information fantaisiste.",
          expect: { name: 'Écho-Breton', type: 'Organization' },
        },
        {
          text: "Le ministre a déclaré au Courrier que l'enquête avançait.",
          expect: { name: 'Courrier', type: 'Organization' },
        },
      ],
    },
    {
      // A verb of saying or revealing, then an article and a name: a person takes no article
      // there, a newspaper or a body does ("dit la Dépêche", "révèle le Canard").
      phrases: [
        'dit le',
        'dit la',
        "dit l'",
        'écrit le',
        'écrit la',
        "écrit l'",
        'rapporte le',
        'rapporte la',
        "rapporte l'",
        'révèle le',
        'révèle la',
        "révèle l'",
      ],
      examples: [
        {
          text: "L'attitude du préfet, dit la Vigie, a été provocante.",
          expect: { name: 'Vigie', type: 'Organization' },
        },
        {
          text: 'Le groupe a visé trois ministères, révèle le Guetteur dans son édition du jour.',
          expect: { name: 'Guetteur', type: 'Organization' },
        },
      ],
    },
  ],
  shipMovements: [
    {
      phrases: [
        'Arrivé',
        'Arrivés',
        'Parti',
        'Partis',
        'Entré',
        'Entrés',
        'Sorti',
        'Sortis',
        'Passé',
        'Passés',
      ],
      examples: [
        {
          text: 'Concarneau, 12. Arrivé Jeune-Hortense, c. Kerbrat, ven. de Swansea.',
          expect: { name: 'Jeune-Hortense', type: 'Organization' },
        },
        {
          text: 'Concarneau, 12. Arrivé Jeune-Hortense, c. Kerbrat, ven. de Swansea.',
          expect: { name: 'Kerbrat', type: 'Person' },
        },
      ],
    },
  ],
  shipRoutes: [
    {
      // Whence ("de", "du", "venant de", "ven. de") or whither ("pour", "p.", "allant à").
      phrases: ['de', 'du', "d'", 'venant de', 'ven. de', 'pour', 'p.', 'allant à', 'allant a'],
      examples: [
        {
          text: 'Arrivés à Dunkerque : le 22, Belle-Hélène, de Saint-Nazaire à Alger.',
          expect: { name: 'Belle-Hélène', type: 'Organization' },
        },
        {
          text: 'Paquebots. Atlantique, le 21, allant à La Plata, est passé à Dakar.',
          expect: { name: 'Atlantique', type: 'Organization' },
        },
      ],
    },
  ],
  recipientVerbs: [
    {
      phrases: [
        'revient',
        'reviennent',
        'appartient',
        'appartiennent',
        'succède',
        'donné',
        'donnée',
        'attribué',
        'attribuée',
        'décerné',
        'décernée',
        'remis',
        'remise',
        'confié',
        'confiée',
        'offert',
        'offerte',
        'adressé',
        'adressée',
        'envoyé',
        'envoyée',
        'vendu',
        'vendue',
        'écrit',
        'dit',
        'répondu',
        'demandé',
        'parlé',
      ],
      examples: [
        {
          text: 'Le premier prix revient à Tornade, montée par J. Kerbellec, devant Mistral.',
          expect: { name: 'J. Kerbellec', type: 'Person' },
        },
      ],
    },
  ],
  datelineMonths: [
    {
      phrases: [
        'janvier',
        'février',
        'mars',
        'avril',
        'mai',
        'juin',
        'juillet',
        'août',
        'septembre',
        'octobre',
        'novembre',
        'décembre',
      ],
      examples: [
        {
          text: 'Kerlouan, 14 mars. Un violent incendie a détruit la ferme.',
          expect: { name: 'Kerlouan', type: 'Location' },
        },
      ],
    },
  ],
  technicalTerms: [],
  secondCompanyForms: [],
  organisationNameWords: [
    {
      phrases: [
        'Commission',
        'Agence',
        'Ministère',
        'Département',
        'Conseil',
        'Comité',
        'Parti',
        'Front',
        'Mouvement',
        'Union',
        'Association',
        'Fondation',
        'Institut',
        'Université',
        'Banque',
        'Office',
        'Bureau',
        'Service',
        'Services',
        'Direction',
        'Autorité',
        'Assemblée',
        'Cour',
        'Tribunal',
        'Fédération',
        'Organisation',
        'Centre',
        'Ligue',
        'Chambre',
        'Administration',
        'Police',
        'Gendarmerie',
        'Armée',
        'Parlement',
        'Sénat',
        'Congrès',
        'Gouvernement',
        'Haute',
        'Observatoire',
        'Syndicat',
        'Secrétariat',
        'Collectif',
        'Coalition',
        'Alliance',
        'International',
        'Journal',
        'Monde',
        'Presse',
        'Radio',
        'Télévision',
        'Groupe',
        'Bibliothèque',
        'Musée',
      ],
      examples: [
        {
          text: 'Le Comité Kerhuel a voté la motion.',
          expect: { name: 'Comité Kerhuel', type: 'Organization' },
        },
      ],
    },
  ],
  closingHeads: [],
  businessLineHeads: [],
  noPersonLastWords: [
    {
      phrases: ['Équipe'],
      examples: [
        {
          text: 'Le rapport de la Kerhuel Équipe a été publié.',
          expect: { name: 'Kerhuel Équipe', type: 'none' },
        },
      ],
    },
  ],
  islandLastWords: [],
  timeQualifiers: [
    {
      phrases: [
        'actuel',
        'actuelle',
        'actuels',
        'actuelles',
        'ancien',
        'ancienne',
        'anciens',
        'anciennes',
        'futur',
        'future',
        'futurs',
        'futures',
        'prochain',
        'prochaine',
        'prochains',
        'prochaines',
        'précédent',
        'précédente',
        'précédents',
        'précédentes',
        'sortant',
        'sortante',
        'sortants',
        'sortantes',
        'défunt',
        'défunte',
        'défunts',
        'défuntes',
      ],
      examples: [
        {
          text: 'Hier, 200 membres du Parlement actuel ont voté le texte.',
          expect: { name: 'Parlement', type: 'Organization' },
        },
        {
          text: 'Le candidat a dénoncé les méfaits de la Confédération générale actuelle.',
          expect: { name: 'Confédération générale', type: 'Organization' },
        },
      ],
    },
  ],
  personTitles: [
    {
      phrases: [
        'M.',
        'Mme',
        'Mlle',
        'Me',
        'Pr',
        'président',
        'présidente',
        'vice-président',
        'vice-présidente',
        'ministre',
        'premier ministre',
        'directeur',
        'directrice',
        'porte-parole',
        'chercheur',
        'chercheuse',
        'analyste',
        'expert',
        'experte',
        'spécialiste',
        'candidat',
        'candidate',
        'député',
        'députée',
        'sénateur',
        'sénatrice',
        'maire',
        'juge',
        'général',
        'colonel',
        'journaliste',
        'avocat',
        'avocate',
        'fondateur',
        'fondatrice',
        'patron',
        'patronne',
        'PDG',
        'chef',
        'secrétaire',
        'conseiller',
        'conseillère',
        'ambassadeur',
        'ambassadrice',
        'dirigeant',
        'dirigeante',
        'militant',
        'militante',
        'procureur',
        'commissaire',
        'président-directeur',
      ],
      examples: [
        {
          text: "Le porte-parole Yann Kerhoas a confirmé l'attaque.",
          expect: { name: 'Yann Kerhoas', type: 'Person' },
        },
      ],
    },
  ],
  organisationCues: [
    {
      phrases: [
        'société',
        'entreprise',
        'firme',
        'compagnie',
        'agence',
        'ministère',
        'parti',
        'mouvement',
        'association',
        'organisation',
        'ONG',
        'banque',
        'cabinet',
        'plateforme',
        'site',
        'journal',
        'quotidien',
        'chaîne',
        'institut',
        'université',
        'fondation',
        'start-up',
        'éditeur',
        'opérateur',
        'une société baptisée',
        'une société appelée',
        'fournisseur',
        'prestataire',
        'transporteur',
        'armateur',
        'laboratoire',
        'constructeur',
        'assureur',
        'distributeur',
        'filiale',
        'hébergeur',
        'fabricant',
        'équipementier',
        // Bodies the press names by their kind of service: "la clinique Helvia", "la messagerie Kordo".
        'clinique',
        'messagerie',
        'mutuelle',
        "plateforme d'échange",
        'plateforme d’échange',
        'plateforme de réservation',
      ],
      examples: [
        {
          text: 'Les pirates ont visé la société Vantor en mai.',
          expect: { name: 'Vantor', type: 'Organization' },
        },
        {
          text: 'La clinique Morvelle a porté plainte après la fuite.',
          expect: { name: 'Morvelle', type: 'Organization' },
        },
        {
          text: 'Le fondateur de la messagerie Quillo a été entendu.',
          expect: { name: 'Quillo', type: 'Organization' },
        },
        {
          text: "Des pirates ont vidé les comptes de la plateforme d'échange Vantex.",
          expect: { name: 'Vantex', type: 'Organization' },
        },
      ],
    },
  ],
  employerCues: [
    {
      phrases: [
        'travaille pour',
        'travaillait pour',
        'a travaillé pour',
        'employé par',
        'employée par',
        'salarié de',
        'salariée de',
        // Ce qu'une personne fonde est une organisation : « X a fondé Quillsec ».
        'a fondé',
        'a cofondé',
        'fondateur de',
        'fondatrice de',
        'cofondateur de',
        'cofondatrice de',
      ],
      examples: [
        {
          text: "Il travaillait pour Vantor jusqu'en 2019.",
          expect: { name: 'Vantor', type: 'Organization' },
        },
      ],
    },
  ],
  technicalNouns: [
    {
      phrases: [
        'protocole',
        'protocoles',
        'algorithme',
        'fichier',
        'fichiers',
        'chiffrement',
        'serveur',
        'serveurs',
        'certificat',
        'clé',
        'clés',
        'faille',
        'vulnérabilité',
        'commande',
        'requête',
        'requêtes',
        'paquet',
        'paquets',
      ],
      examples: [{ text: 'Le protocole QXP a été détourné.', expect: { name: 'QXP', type: 'none' } }],
    },
  ],
  routeNouns: [
    {
      phrases: ['itinéraire'],
      examples: [{ text: "L'itinéraire QBX relie les ports.", expect: { name: 'QBX', type: 'none' } }],
    },
  ],
  organisationSuffixes: [
    {
      phrases: ['SARL', 'SAS'],
      legalForm: true,
      examples: [
        {
          text: 'Des pirates ont visé Vantor SARL en mai.',
          expect: { name: 'Vantor SARL', type: 'Organization' },
        },
      ],
    },
    {
      phrases: ['SA', 'Groupe'],
      examples: [
        {
          text: 'Quillgrave Groupe a signalé la faille.',
          expect: { name: 'Quillgrave Groupe', type: 'Organization' },
        },
      ],
    },
  ],
  threatActorCues: [
    {
      phrases: [
        'groupe de pirates',
        'groupe de pirates informatiques',
        'groupe de hackers',
        'groupe de hackeurs',
        'groupe de cyberespionnage',
        'groupe de cybercriminels',
        'groupe de rançongiciel',
        'collectif de hackers',
        'pirates',
        'acteur malveillant',
        'groupe APT',
        'groupe',
        'le groupe',
      ],
      examples: [
        {
          text: 'Le groupe de pirates « Stormquill » a visé des banques.',
          expect: { name: 'Stormquill', type: 'ThreatActor' },
        },
        {
          text: 'La clinique a été visée par le groupe de rançongiciel Rookblack en mai.',
          expect: { name: 'Rookblack', type: 'ThreatActor' },
        },
      ],
    },
  ],
  genericGroupWords: [
    {
      phrases: ['groupe', 'le groupe', 'collectif', 'le collectif'],
      examples: [
        {
          text: 'Un groupe appelé Amis du Port a tenu sa réunion.',
          expect: { name: 'Amis du Port', type: 'none' },
        },
      ],
    },
  ],
  threatActorTracking: [
    {
      phrases: ['que nous appelons', 'que nous suivons sous le nom de'],
      examples: [
        {
          text: 'Des banques ont été visées par un groupe que nous appelons Marrowfen.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
      ],
    },
  ],
  threatActorNamingVerbs: [],
  threatActorNaming: [
    {
      phrases: ['baptisé', 'appelé', 'surnommé', 'connu sous le nom de'],
      examples: [
        {
          text: 'Des banques ont été visées par un groupe de pirates baptisé Marrowfen.',
          expect: { name: 'Marrowfen', type: 'ThreatActor' },
        },
      ],
    },
  ],
  threatActorCuesAfter: [],
  researchVerbs: [
    {
      phrases: ['a observé', 'a découvert', 'a identifié', 'estime'],
      examples: [
        {
          text: 'Quillsec 471 a observé la campagne.',
          expect: { name: 'Quillsec 471', type: 'Organization' },
        },
      ],
    },
  ],
  researchStaffAfter: [],
  // Des mots d'intrusion informatique seulement : « Brest a été touchée par la tempête » ne nomme
  // aucune organisation.
  victimWordsAfter: [
    {
      phrases: [
        'a été piraté',
        'a été piratée',
        'aurait été piraté',
        'aurait été piratée',
        'ont été piratés',
        'ont été piratées',
        'a été compromis',
        'a été compromise',
        "a été victime d'une cyberattaque",
        "a été victime d'une attaque informatique",
        "a été victime d'une intrusion",
        "a été victime d'un piratage",
        "a été victime d'un rançongiciel",
        "a été la cible d'une cyberattaque",
      ],
      examples: [
        {
          text: "Quillbank a été victime d'une cyberattaque revendiquée par LockBit.",
          expect: { name: 'Quillbank', type: 'Organization' },
        },
        {
          text: 'Hier, Quillmart a été piratée par le groupe APT31.',
          expect: { name: 'Quillmart', type: 'Organization' },
        },
        { text: 'Hier, Kervella a été touché par la tempête.', expect: { name: 'Kervella', type: 'none' } },
      ],
    },
  ],
  locationCues: [
    {
      phrases: [
        'basée à',
        'basé à',
        'basés à',
        'basées à',
        'basée au',
        'basé au',
        'basée en',
        'basé en',
        'installée à',
        'installé à',
        'située à',
        'situé à',
        'siège à',
        'ville de',
        'capitale',
        'région de',
        'province de',
        'pays',
        'village de',
        'village de la',
        'village du',
        'hameau de',
        'bourg de',
        'commune de',
        'canton de',
        'gare de',
        'route de',
        'maire de',
        'curé de',
        'près de',
        'environs de',
        'habitants de',
        'port de',
        'en',
        'près',
      ],
      examples: [
        { text: 'La société est basée à Kettlewick.', expect: { name: 'Kettlewick', type: 'Location' } },
      ],
    },
  ],
  accountCues: [
    {
      phrases: ['compte', 'compte Twitter', 'compte nommé', 'pseudo', 'pseudonyme'],
      examples: [
        {
          text: 'Le compte Quillmoth a publié les fichiers.',
          expect: { name: 'Quillmoth', type: 'Account' },
        },
      ],
    },
  ],
  stateBodies: [
    {
      // Named in English, as the English nouns are: "le gouvernement iranien" and "the Iranian
      // government" are one node, "Government of Iran".
      organ: 'Government',
      phrases: ['gouvernement', 'régime'],
      examples: [
        {
          text: 'Le gouvernement iranien a démenti toute implication dans la campagne.',
          expect: { name: 'gouvernement iranien', type: 'Organization' },
        },
        {
          text: "Les chercheurs lient le groupe au gouvernement de la Chine depuis l'an dernier.",
          expect: { name: 'gouvernement de la Chine', type: 'Organization' },
        },
        {
          text: 'Selon le rapport, le régime syrien finançait les opérateurs.',
          expect: { name: 'régime syrien', type: 'Organization' },
        },
      ],
    },
    {
      phrases: ['armée', 'services de renseignement', 'renseignement militaire'],
      examples: [
        {
          text: "L'opération a été confiée à l'armée russe selon les enquêteurs.",
          expect: { name: 'armée russe', type: 'Organization' },
        },
      ],
    },
  ],
  // A French organ takes its state after it ("le gouvernement iranien"): no noun follows in between.
  stateBodyCompounds: [],
  namingVerbs: [
    {
      // After the kind and "que": "le groupe que nous avons baptisé X"; before it: "nous avons baptisé ce groupe X".
      phrases: [
        'nous appelons',
        'nous avons appelé',
        'nous avons appelée',
        'nous avons baptisé',
        'nous avons baptisée',
        'nous avons nommé',
        'nous avons nommée',
        'nous avons surnommé',
        'nous avons surnommée',
        'nous suivons',
        'nous désignons',
        // Whoever gives it: "un groupe surnommé X", "une porte dérobée surnommée X".
        'surnommé',
        'surnommée',
      ],
      examples: [
        {
          text: 'Les assaillants ont utilisé une porte dérobée que nous avons baptisée Roselame contre le ministère.',
          expect: { name: 'Roselame', type: 'Malware' },
        },
        {
          text: 'Le groupe que nous appelons Brumevent a visé trois ministères.',
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
        {
          text: 'Nous avons baptisé ce mode opératoire Brumevent. Brumevent a visé trois ministères.',
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
        {
          text: 'Un groupe surnommé Brumevent a visé trois ministères.',
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
        {
          text: "L'acteur, que nous suivons sous le nom de Brumevent, a visé trois ministères.",
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
      ],
    },
  ],
  othersNamingVerbs: [
    {
      phrases: [
        'a baptisé',
        'a baptisée',
        'a baptisés',
        'a baptisées',
        'ont baptisé',
        'ont baptisée',
        'ont baptisés',
        'ont baptisées',
        'a nommé',
        'ont nommé',
        'a surnommé',
        'ont surnommé',
        'appelle',
        'appellent',
        'suit',
        'suivent',
      ],
      examples: [
        {
          text: 'Les pirates informatiques que Quillsec a baptisés Brumevent ne volent rien.',
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
        {
          text: "Les chercheurs ont décrit le programme destructeur employé, qu'ils ont baptisé Roselame.",
          expect: { name: 'Roselame', type: 'Malware' },
        },
      ],
    },
  ],
  namingBrackets: [
    {
      phrases: ['ci-après', 'ci-après dénommé', 'ci-après dénommée', 'ci-après appelé', 'ci-après appelée'],
      examples: [
        {
          text: 'Un nouvel acteur malveillant (ci-après Brumevent) a visé trois ministères.',
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
      ],
    },
  ],
  namingAfter: [
    {
      phrases: [
        "comme nous l'appelons",
        "comme nous l'avons baptisé",
        "comme nous l'avons baptisée",
        "comme nous l'avons nommé",
      ],
      examples: [
        {
          text: "La porte dérobée, Roselame comme nous l'appelons, télécharge un second module.",
          expect: { name: 'Roselame', type: 'Malware' },
        },
      ],
    },
  ],
  namingFronted: [
    {
      phrases: [
        'baptisé',
        'baptisée',
        'surnommé',
        'surnommée',
        'appelé',
        'appelée',
        'nommé',
        'nommée',
        'connu sous le nom de',
        'connue sous le nom de',
      ],
      examples: [
        {
          text: 'Baptisé Brumevent, le groupe a visé trois ministères.',
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
      ],
    },
  ],
  namedKinds: [
    {
      kind: 'ThreatActor',
      phrases: [
        'groupe',
        'pirates',
        'pirates informatiques',
        'acteur',
        'acteur malveillant',
        'mode opératoire',
        'campagne',
        'ensemble d’intrusion',
        "ensemble d'intrusion",
        'opérateurs',
      ],
      examples: [
        {
          text: 'Nous appelons cette campagne Brumevent. Brumevent a visé trois ministères.',
          expect: { name: 'Brumevent', type: 'ThreatActor' },
        },
      ],
    },
    {
      kind: 'Malware',
      phrases: [
        'logiciel malveillant',
        'logiciel destructeur',
        'programme malveillant',
        'programme destructeur',
        'maliciel',
        'porte dérobée',
        'cheval de Troie',
        'rançongiciel',
        'implant',
        'chargeur',
        'outil',
        'variante',
      ],
      examples: [
        {
          text: 'Les assaillants ont déployé un implant que nous appelons Roselame sur chaque poste.',
          expect: { name: 'Roselame', type: 'Malware' },
        },
      ],
    },
  ],
  acronymBodyHeads: [],
  descriptionHeads: [
    {
      // A state's services described in apposition: « le GRU, le renseignement militaire russe ».
      phrases: [
        'renseignement',
        'renseignement militaire',
        'renseignement extérieur',
        'renseignement intérieur',
        'service de renseignement',
        'service de renseignement militaire',
        'service de renseignement extérieur',
      ],
      examples: [
        {
          text: 'Le groupe a visé le KVR, le service de renseignement extérieur allemand, en mai.',
          expect: { name: 'KVR', type: 'Organization' },
        },
      ],
    },
  ],
  gamesHeads: [
    {
      phrases: ['Jeux', 'JO', 'Mondial'],
      examples: [{ text: 'Les supporters suivaient le Mondial.', expect: { name: 'Mondial', type: 'none' } }],
    },
  ],
  gatheringHeads: [
    {
      phrases: ['Conférence', 'Sommet', 'Colloque'],
      examples: [
        {
          text: 'Les délégués se sont réunis au Grand Colloque à Genève.',
          expect: { name: 'Grand Colloque', type: 'none' },
        },
      ],
    },
  ],
  tailStops: [
    {
      phrases: [
        'a',
        'ont',
        'est',
        'sont',
        'était',
        'doit',
        'va',
        'peut',
        'qui',
        'que',
        'dont',
        'un',
        'une',
        'ce',
        'cette',
        'sur',
        'avec',
        'dans',
        'par',
        'à',
        'au',
        'aux',
        'pour',
        'selon',
        'après',
        'avant',
        'pendant',
        'durant',
        'et',
        'ou',
        'mais',
      ],
      examples: [
        {
          text: 'La Fédération nationale a publié un rapport.',
          expect: { name: 'Fédération nationale', type: 'Organization' },
        },
      ],
    },
  ],
  tailPrepositions: [
    {
      phrases: ['en'],
      examples: [
        {
          text: "Les élus de l'Union des commerçants en ligne ont voté.",
          expect: { name: 'Union des commerçants en ligne', type: 'Organization' },
        },
      ],
    },
  ],
  adjectiveEndings: [
    {
      phrases: [
        'al',
        'aux',
        'ant',
        'ique',
        'ien',
        'ienn',
        'ais',
        'el',
        'ell',
        'if',
        'iv',
        'é',
        'aire',
        'eur',
        'euse',
        'ois',
        'in',
        'èr',
        'ist',
      ],
      examples: [
        {
          text: 'Les adhérents de la Fédération socialiste du Finistère ont voté.',
          expect: { name: 'Fédération socialiste du Finistère', type: 'Organization' },
        },
      ],
    },
  ],
  adjectiveLookalikes: [
    {
      phrases: ['sist', 'xist'],
      examples: [
        {
          text: 'La République existe depuis longtemps.',
          expect: { name: 'République', type: 'Organization' },
        },
      ],
    },
  ],
  participleEndings: [
    {
      phrases: ['ant'],
      examples: [
        {
          text: 'Le département du Trésor estimant que la banque a été piratée, les clients ont été prévenus.',
          expect: { name: 'département du Trésor', type: 'Organization' },
        },
      ],
    },
  ],
  surnameArticles: [
    {
      phrases: ['Le', 'La'],
      examples: [{ text: 'Marie Le Gal a témoigné.', expect: { name: 'Marie Le Gal', type: 'Person' } }],
    },
  ],
  remitHeads: [],
  malwareNouns: [],
  malwareKindNouns: [
    {
      phrases: ['famille', 'variante', 'souche'],
      examples: [
        {
          text: 'Les chercheurs ont analysé un malware famille baptisé Quillrot.',
          expect: { name: 'Quillrot', type: 'Malware' },
        },
      ],
    },
  ],
  malwareNaming: [
    {
      phrases: ['baptisé', 'appelé', 'nommé', 'dénommé', 'connu sous le nom de'],
      examples: [
        {
          text: 'Les chercheurs ont analysé un malware baptisé Quillrot.',
          expect: { name: 'Quillrot', type: 'Malware' },
        },
      ],
    },
  ],
  victimObjectEnds: [],
  groupClaimVerbs: [
    {
      phrases: ['revendiqué', 'revendiquée', 'revendiqués', 'revendiquées'],
      examples: [
        {
          text: "L'attaque contre la mairie a été revendiquée mardi par le groupe Quillmoth.",
          expect: { name: 'Quillmoth', type: 'ThreatActor' },
        },
        {
          text: "L'attaque a été revendiquée par le collectif Ravenquill sur Telegram.",
          expect: { name: 'Ravenquill', type: 'ThreatActor' },
        },
      ],
    },
  ],
} as const satisfies NameVocabulary;
