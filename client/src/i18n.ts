/**
 * Interface language (English by default, French, Arabic) and the words of the interface.
 * Type and relation names come from the server's schema in all three languages.
 */
import type { DisplayNames } from './api-types.ts';

export type UiLanguage = keyof DisplayNames;
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'fr', 'ar'];

const STRINGS = {
  search: {
    en: 'Search names and aliases',
    fr: 'Chercher noms et alias',
    ar: 'ابحث في الأسماء والأسماء البديلة',
  },
  noResults: { en: 'No match', fr: 'Aucun résultat', ar: 'لا نتائج' },
  extractedBy: { en: 'Found by this extractor', fr: 'Trouvé par cet extracteur', ar: 'استخرجه هذا المستخرج' },
  examples: { en: 'Examples', fr: 'Exemples', ar: 'أمثلة' },
  history: { en: 'History', fr: 'Historique', ar: 'السجل' },
  line: { en: 'line', fr: 'ligne', ar: 'السطر' },
  onCanvas: { en: 'entities on the canvas', fr: 'entités sur le graphe', ar: 'كيانات على اللوحة' },
  allTypes: { en: 'All types', fr: 'Tous les types', ar: 'كل الأنواع' },
  inEvidence: { en: 'In evidence sentences', fr: 'Dans les phrases de preuve', ar: 'في جمل الأدلة' },
  layoutRun: { en: 'Run layout', fr: 'Lancer la disposition', ar: 'تشغيل التخطيط' },
  layoutStop: { en: 'Stop layout', fr: 'Arrêter la disposition', ar: 'إيقاف التخطيط' },
  hideWeak: {
    en: 'Hide suspected and denied',
    fr: 'Masquer soupçons et démentis',
    ar: 'إخفاء المشتبه به والمنفي',
  },
  legend: { en: 'Legend', fr: 'Légende', ar: 'مفتاح الألوان' },
  filters: { en: 'Filters', fr: 'Filtres', ar: 'المرشّحات' },
  clearFilters: { en: 'Clear', fr: 'Effacer', ar: 'مسح' },
  minConfidence: { en: 'Minimum confidence', fr: 'Confiance minimale', ar: 'أدنى ثقة' },
  minSources: { en: 'Minimum documents', fr: 'Documents minimum', ar: 'أدنى عدد من الوثائق' },
  evidenceLanguage: { en: 'Language of evidence', fr: 'Langue des preuves', ar: 'لغة الأدلة' },
  documentDates: { en: 'Document dates', fr: 'Dates des documents', ar: 'تواريخ الوثائق' },
  anyone: { en: 'Anyone', fr: 'Quiconque', ar: 'أي طرف' },
  showIsolated: {
    en: 'Show entities without drawn relations',
    fr: 'Afficher les entités sans relation affichée',
    ar: 'إظهار الكيانات بلا علاقات ظاهرة',
  },
  showMore: { en: 'Show more neighbours', fr: 'Plus de voisins', ar: 'مزيد من الجوار' },
  pin: { en: 'Pin', fr: 'Épingler', ar: 'تثبيت' },
  unpin: { en: 'Unpin', fr: 'Détacher', ar: 'إلغاء التثبيت' },
  keepOnly: { en: 'Keep only this', fr: 'Garder seulement', ar: 'الإبقاء عليه وحده' },
  dismiss: { en: 'Dismiss', fr: 'Retirer', ar: 'إزالة' },
  undo: { en: 'Undo', fr: 'Annuler', ar: 'تراجع' },
  redo: { en: 'Redo', fr: 'Rétablir', ar: 'إعادة' },
  documentsTool: { en: 'Documents', fr: 'Documents', ar: 'الوثائق' },
  pathsTool: { en: 'Paths', fr: 'Chemins', ar: 'المسارات' },
  exportTool: { en: 'Export', fr: 'Exporter', ar: 'تصدير' },
  shortcuts: { en: 'Keyboard shortcuts', fr: 'Raccourcis clavier', ar: 'اختصارات لوحة المفاتيح' },
  retry: { en: 'Retry', fr: 'Réessayer', ar: 'إعادة المحاولة' },
  serverDown: {
    en: 'The server is not answering.',
    fr: 'Le serveur ne répond pas.',
    ar: 'الخادم لا يستجيب.',
  },
  emptyTitle: { en: 'The store is empty', fr: 'Le stock est vide', ar: 'المخزن فارغ' },
  emptyHint: {
    en: 'Add documents (text, HTML, Markdown, JSONL; Arabic, French, English) from a terminal:',
    fr: 'Ajoutez des documents (texte, HTML, Markdown, JSONL ; arabe, français, anglais) depuis un terminal :',
    ar: 'أضف وثائق (نص، HTML، Markdown، JSONL؛ عربية وفرنسية وإنجليزية) من سطر الأوامر:',
  },
  keyHelp: { en: 'Show this sheet', fr: 'Afficher cette aide', ar: 'إظهار هذه القائمة' },
  keySearch: { en: 'Search', fr: 'Chercher', ar: 'بحث' },
  keyEscape: { en: 'Close the panel or dialog', fr: 'Fermer le panneau', ar: 'إغلاق اللوحة' },
  keyZoomIn: { en: 'Zoom in', fr: 'Zoomer', ar: 'تكبير' },
  keyZoomOut: { en: 'Zoom out', fr: 'Dézoomer', ar: 'تصغير' },
  keyFit: { en: 'Fit the graph', fr: 'Ajuster le graphe', ar: 'ملاءمة الرسم' },
  keyLayout: {
    en: 'Run or stop the layout',
    fr: 'Lancer ou arrêter la disposition',
    ar: 'تشغيل التخطيط أو إيقافه',
  },
  keyExpand: { en: 'Expand the selected entity', fr: 'Étendre l’entité choisie', ar: 'توسيع الكيان المحدد' },
  keyDismiss: {
    en: 'Dismiss the selected entity',
    fr: 'Retirer l’entité choisie',
    ar: 'إزالة الكيان المحدد',
  },
  keyPin: {
    en: 'Pin or unpin the selected entity',
    fr: 'Épingler l’entité choisie',
    ar: 'تثبيت الكيان المحدد',
  },
  keyFilters: { en: 'Filters', fr: 'Filtres', ar: 'المرشّحات' },
  keyDocuments: { en: 'Documents', fr: 'Documents', ar: 'الوثائق' },
  keyConsole: { en: 'Cypher console', fr: 'Console Cypher', ar: 'وحدة Cypher' },
  currentView: { en: 'Current view', fr: 'Vue actuelle', ar: 'العرض الحالي' },
  wholeGraph: { en: 'Whole graph', fr: 'Graphe entier', ar: 'الرسم كاملًا' },
  docTitle: { en: 'Title', fr: 'Titre', ar: 'العنوان' },
  docLanguage: { en: 'Language', fr: 'Langue', ar: 'اللغة' },
  docSource: { en: 'Source', fr: 'Source', ar: 'المصدر' },
  docDate: { en: 'Date', fr: 'Date', ar: 'التاريخ' },
  docEntities: { en: 'Entities', fr: 'Entités', ar: 'الكيانات' },
  docSearch: {
    en: 'Filter by title, source, address',
    fr: 'Filtrer par titre, source, adresse',
    ar: 'تصفية بالعنوان أو المصدر',
  },
  openInDocument: { en: 'Open in document', fr: 'Ouvrir dans le document', ar: 'فتح في الوثيقة' },
  pathKind: { en: 'Which path', fr: 'Quel chemin', ar: 'أي مسار' },
  pathShortest: { en: 'Shortest', fr: 'Le plus court', ar: 'الأقصر' },
  pathAttested: {
    en: 'Best attested (well-sourced, asserted relations)',
    fr: 'Le mieux attesté (relations affirmées, bien sourcées)',
    ar: 'الأوثق (علاقات مؤكدة متعددة المصادر)',
  },
  findPath: { en: 'Find path', fr: 'Chercher', ar: 'ابحث عن مسار' },
  pathFrom: { en: 'From', fr: 'De', ar: 'من' },
  pathTo: { en: 'To', fr: 'À', ar: 'إلى' },
  useSelection: {
    en: 'use the selected entity',
    fr: 'prendre l’entité choisie',
    ar: 'استخدام الكيان المحدد',
  },
  noPath: {
    en: 'No path found between them (denials are not steps of a path).',
    fr: 'Aucun chemin trouvé (les démentis ne comptent pas).',
    ar: 'لا يوجد مسار بينهما (النفي لا يُحتسب).',
  },
  uploadTool: { en: 'Upload', fr: 'Importer', ar: 'رفع' },
  dropHere: {
    en: 'Drop files or a folder here (text, HTML, Markdown, JSONL)',
    fr: 'Déposez des fichiers ou un dossier ici (texte, HTML, Markdown, JSONL)',
    ar: 'أفلت الملفات أو مجلدًا هنا (نص، HTML، Markdown، JSONL)',
  },
  chooseFiles: { en: 'Choose files', fr: 'Choisir des fichiers', ar: 'اختيار ملفات' },
  chooseFolder: { en: 'Choose a folder', fr: 'Choisir un dossier', ar: 'اختيار مجلد' },
  waiting: { en: 'waiting', fr: 'en attente', ar: 'في الانتظار' },
  ingested: { en: 'added', fr: 'ajouté', ar: 'أضيف' },
  skipped: { en: 'already there', fr: 'déjà présent', ar: 'موجود مسبقًا' },
  failed: { en: 'failed', fr: 'échec', ar: 'فشل' },
  schemaTool: { en: 'Schema', fr: 'Schéma', ar: 'المخطط' },
  entityTypes: { en: 'Entity types', fr: 'Types d’entités', ar: 'أنواع الكيانات' },
  sizeBy: { en: 'Size', fr: 'Taille', ar: 'الحجم' },
  colourBy: { en: 'Colour', fr: 'Couleur', ar: 'اللون' },
  degree: { en: 'connections', fr: 'connexions', ar: 'الروابط' },
  entityType: { en: 'type', fr: 'type', ar: 'النوع' },
  community: { en: 'community (Louvain)', fr: 'communauté (Louvain)', ar: 'المجتمع (لوفان)' },
  more: { en: 'more', fr: 'de plus', ar: 'أخرى' },
  loadMore: { en: 'Show more', fr: 'Afficher plus', ar: 'عرض المزيد' },
  show: { en: 'Show', fr: 'Afficher', ar: 'إظهار' },
  isolatedHidden: {
    en: 'entities without drawn relations hidden',
    fr: 'entités sans relation affichée masquées',
    ar: 'كيانات بلا علاقات ظاهرة مخفية',
  },
  legendAsserted: { en: 'asserted or reported', fr: 'affirmé ou rapporté', ar: 'مؤكَّد أو منقول' },
  legendSuspected: { en: 'suspected (faded)', fr: 'soupçonné (estompé)', ar: 'مشتبه به (باهت)' },
  legendDenied: { en: 'denied (dashed)', fr: 'démenti (pointillé)', ar: 'منفي (متقطع)' },
  legendThickness: {
    en: 'thicker: more documents',
    fr: 'plus épais : plus de documents',
    ar: 'أسمك: وثائق أكثر',
  },
  close: { en: 'Close', fr: 'Fermer', ar: 'إغلاق' },
  back: { en: 'Back', fr: 'Retour', ar: 'رجوع' },
  aliases: { en: 'Aliases', fr: 'Alias', ar: 'الأسماء البديلة' },
  externalIds: { en: 'External ids', fr: 'Identifiants externes', ar: 'معرّفات خارجية' },
  whyMerged: { en: 'Why merged', fr: 'Pourquoi fusionné', ar: 'سبب الدمج' },
  relations: { en: 'Relations', fr: 'Relations', ar: 'العلاقات' },
  claimsMade: { en: 'Claims made', fr: 'Affirmations', ar: 'ادعاءات صادرة عنه' },
  documents: { en: 'Documents', fr: 'Documents', ar: 'الوثائق' },
  mentions: { en: 'mentions', fr: 'mentions', ar: 'إشارات' },
  source: { en: 'source', fr: 'source', ar: 'مصدر' },
  sources: { en: 'sources', fr: 'sources', ar: 'مصادر' },
  expand: { en: 'Show neighbours in graph', fr: 'Afficher les voisins', ar: 'إظهار الجوار في الرسم' },
  confidence: { en: 'Confidence', fr: 'Confiance', ar: 'الثقة' },
  modality: { en: 'Modality', fr: 'Modalité', ar: 'الصيغة' },
  claimants: { en: 'Claimed by', fr: 'Selon', ar: 'حسب' },
  evidence: { en: 'Evidence', fr: 'Preuves', ar: 'الأدلة' },
  none: { en: 'None', fr: 'Aucun', ar: 'لا شيء' },
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },
  console: { en: 'Cypher console', fr: 'Console Cypher', ar: 'وحدة Cypher' },
  run: { en: 'Run (Ctrl+Enter)', fr: 'Exécuter (Ctrl+Entrée)', ar: 'تنفيذ (Ctrl+Enter)' },
  addToGraph: { en: 'Add to graph', fr: 'Ajouter au graphe', ar: 'إضافة إلى الرسم' },
  openRelation: { en: 'Open relation', fr: 'Ouvrir la relation', ar: 'فتح العلاقة' },
  addAll: { en: 'Add all nodes to graph', fr: 'Ajouter tous les nœuds', ar: 'إضافة كل العقد' },
  rows: { en: 'rows', fr: 'lignes', ar: 'صفوف' },
  truncated: { en: 'truncated', fr: 'tronqué', ar: 'مقتطع' },
  statsDocuments: { en: 'documents', fr: 'documents', ar: 'وثائق' },
  statsEntities: { en: 'entities', fr: 'entités', ar: 'كيانات' },
  statsRelations: { en: 'relations', fr: 'relations', ar: 'علاقات' },
  statsShown: { en: 'shown', fr: 'affichés', ar: 'معروض' },
  nodes: { en: 'nodes', fr: 'nœuds', ar: 'عقد' },
  edges: { en: 'edges', fr: 'arêtes', ar: 'روابط' },
  language: { en: 'Interface language', fr: 'Langue de l’interface', ar: 'لغة الواجهة' },
  loadFailed: { en: 'Could not load', fr: 'Chargement impossible', ar: 'تعذّر التحميل' },
  asserted: { en: 'asserted', fr: 'affirmé', ar: 'مؤكَّد' },
  reported: { en: 'reported', fr: 'rapporté', ar: 'منقول' },
  suspected: { en: 'suspected', fr: 'soupçonné', ar: 'مشتبه به' },
  denied: { en: 'denied', fr: 'démenti', ar: 'منفي' },
} satisfies Record<string, DisplayNames>;

export type StringKey = keyof typeof STRINGS;

type Listener = (language: UiLanguage) => void;

let current: UiLanguage = 'en';
const listeners = new Set<Listener>();

export function uiLanguage(): UiLanguage {
  return current;
}

export function setUiLanguage(language: UiLanguage): void {
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener(language);
}

export function onUiLanguageChange(listener: Listener): void {
  listeners.add(listener);
}

export function t(key: StringKey): string {
  return STRINGS[key][current];
}

/** A schema display name in the interface language. */
export function displayName(names: DisplayNames | undefined, fallback: string): string {
  return names?.[current] ?? fallback;
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Writing direction of text in a document language; `auto` lets the browser decide. */
export function textDirection(lang: string): 'rtl' | 'ltr' | 'auto' {
  if (lang === 'ar') return 'rtl';
  if (lang === 'fr' || lang === 'en') return 'ltr';
  return 'auto';
}
