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
  layoutRun: { en: 'Run layout', fr: 'Lancer la disposition', ar: 'تشغيل التخطيط' },
  layoutStop: { en: 'Stop layout', fr: 'Arrêter la disposition', ar: 'إيقاف التخطيط' },
  hideWeak: {
    en: 'Hide suspected and denied',
    fr: 'Masquer soupçons et démentis',
    ar: 'إخفاء المشتبه به والمنفي',
  },
  legend: { en: 'Legend', fr: 'Légende', ar: 'مفتاح الألوان' },
  modalityKey: {
    en: 'Faded: suspected · pale: denied',
    fr: 'Estompé : soupçonné · pâle : démenti',
    ar: 'باهت: مشتبه به · شاحب: منفي',
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
