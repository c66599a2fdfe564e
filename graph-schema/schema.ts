/**
 * The graph's vocabulary, declared once. Store DDL, Neo4j constraints, the client legend,
 * export mappings and batch validation are all derived from these tables.
 */

export const LANGUAGES = ['ar', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface DisplayNames {
  ar: string;
  fr: string;
  en: string;
}

export interface EntityTypeSpec {
  /** Node label on every backend (`MATCH (a:ThreatActor)`). */
  name: string;
  /** Short prefix of deterministic ids, so an id says what it names. */
  idPrefix: string;
  color: string;
  /** True for observables (domains, IPs, hashes...): their id is a function of their value. */
  indicator: boolean;
  /** STIX 2.1 object type the entity maps to on export. */
  stix: string;
  display: DisplayNames;
}

export const ENTITY_TYPES = [
  {
    name: 'ThreatActor',
    idPrefix: 'ta',
    color: '#d62728',
    indicator: false,
    stix: 'intrusion-set',
    display: { ar: 'جهة تهديد', fr: 'Acteur de la menace', en: 'Threat actor' },
  },
  {
    name: 'Organization',
    idPrefix: 'org',
    color: '#1f77b4',
    indicator: false,
    stix: 'identity',
    display: { ar: 'منظمة', fr: 'Organisation', en: 'Organization' },
  },
  {
    name: 'Person',
    idPrefix: 'per',
    color: '#2ca02c',
    indicator: false,
    stix: 'identity',
    display: { ar: 'شخص', fr: 'Personne', en: 'Person' },
  },
  {
    name: 'Location',
    idPrefix: 'loc',
    color: '#8c564b',
    indicator: false,
    stix: 'location',
    display: { ar: 'مكان', fr: 'Lieu', en: 'Location' },
  },
  {
    name: 'Event',
    idPrefix: 'evt',
    color: '#ff7f0e',
    indicator: false,
    stix: 'campaign',
    display: { ar: 'حدث', fr: 'Événement', en: 'Event' },
  },
  {
    name: 'Malware',
    idPrefix: 'mal',
    color: '#9467bd',
    indicator: false,
    stix: 'malware',
    display: { ar: 'برمجية خبيثة', fr: 'Logiciel malveillant', en: 'Malware' },
  },
  {
    name: 'Vulnerability',
    idPrefix: 'vul',
    color: '#e377c2',
    indicator: true,
    stix: 'vulnerability',
    display: { ar: 'ثغرة', fr: 'Vulnérabilité', en: 'Vulnerability' },
  },
  {
    name: 'Domain',
    idPrefix: 'dom',
    color: '#17becf',
    indicator: true,
    stix: 'domain-name',
    display: { ar: 'نطاق', fr: 'Domaine', en: 'Domain' },
  },
  {
    name: 'Url',
    idPrefix: 'url',
    color: '#0e8a9a',
    indicator: true,
    stix: 'url',
    display: { ar: 'رابط', fr: 'URL', en: 'URL' },
  },
  {
    name: 'Email',
    idPrefix: 'eml',
    color: '#bcbd22',
    indicator: true,
    stix: 'email-addr',
    display: { ar: 'بريد إلكتروني', fr: 'Adresse e-mail', en: 'Email address' },
  },
  {
    name: 'IpAddress',
    idPrefix: 'ip',
    color: '#7f7f7f',
    indicator: true,
    stix: 'ipv4-addr',
    display: { ar: 'عنوان IP', fr: 'Adresse IP', en: 'IP address' },
  },
  {
    name: 'Hash',
    idPrefix: 'hash',
    color: '#5a5a5a',
    indicator: true,
    stix: 'file',
    display: { ar: 'بصمة ملف', fr: 'Empreinte', en: 'File hash' },
  },
  {
    name: 'Account',
    idPrefix: 'acc',
    color: '#aec7e8',
    indicator: true,
    stix: 'user-account',
    display: { ar: 'حساب', fr: 'Compte', en: 'Account' },
  },
  {
    name: 'Hashtag',
    idPrefix: 'tag',
    color: '#ffbb78',
    indicator: true,
    stix: 'x-hashtag',
    display: { ar: 'وسم', fr: 'Hashtag', en: 'Hashtag' },
  },
] as const satisfies readonly EntityTypeSpec[];

export type EntityType = (typeof ENTITY_TYPES)[number]['name'];

const ACTORS = ['ThreatActor', 'Organization', 'Person'] as const;
const INFRASTRUCTURE = ['Domain', 'Url', 'Email', 'IpAddress', 'Account'] as const;

export interface RelationTypeSpec {
  /** Relationship type on every backend (`-[:ATTRIBUTED_TO]->`). */
  name: string;
  /** Allowed (source type, target type) pairs; the extractor and the store refuse others. */
  endpoints: ReadonlyArray<readonly [EntityType, EntityType]>;
  stix: string;
  display: DisplayNames;
}

function pairs(
  sources: readonly EntityType[],
  targets: readonly EntityType[],
): Array<readonly [EntityType, EntityType]> {
  return sources.flatMap((source) => targets.map((target) => [source, target] as const));
}

export const RELATION_TYPES = [
  {
    name: 'ATTRIBUTED_TO',
    endpoints: [
      ...pairs(['Event', 'Malware'], ['ThreatActor', 'Organization', 'Person', 'Location']),
      ...pairs(['ThreatActor'], ['ThreatActor', 'Organization', 'Location']),
    ],
    stix: 'attributed-to',
    display: { ar: 'يُنسب إلى', fr: 'attribué à', en: 'attributed to' },
  },
  {
    name: 'REGISTERED',
    endpoints: pairs(ACTORS, ['Domain', 'Email', 'Account']),
    stix: 'related-to',
    display: { ar: 'سجّل', fr: 'a enregistré', en: 'registered' },
  },
  {
    name: 'USES',
    endpoints: pairs(ACTORS, [...INFRASTRUCTURE, 'Malware', 'Vulnerability', 'Hash']),
    stix: 'uses',
    display: { ar: 'يستخدم', fr: 'utilise', en: 'uses' },
  },
  {
    name: 'IMPERSONATES',
    endpoints: pairs([...INFRASTRUCTURE, 'ThreatActor'], ['Organization', 'Person', 'Domain']),
    stix: 'impersonates',
    display: { ar: 'ينتحل صفة', fr: 'usurpe', en: 'impersonates' },
  },
  {
    name: 'TARGETED',
    endpoints: pairs(
      ['ThreatActor', 'Organization', 'Person', 'Malware', 'Event'],
      ['Organization', 'Person', 'Location', 'Event', 'Account', 'Email'],
    ),
    stix: 'targets',
    display: { ar: 'استهدف', fr: 'a ciblé', en: 'targeted' },
  },
  {
    name: 'WORKS_FOR',
    endpoints: pairs(['Person'], ['Organization', 'ThreatActor']),
    stix: 'related-to',
    display: { ar: 'يعمل لدى', fr: 'travaille pour', en: 'works for' },
  },
  {
    name: 'MEMBER_OF',
    endpoints: pairs(['Person', 'Organization'], ['Organization', 'ThreatActor']),
    stix: 'related-to',
    display: { ar: 'عضو في', fr: 'membre de', en: 'member of' },
  },
  {
    name: 'LEADS',
    endpoints: pairs(['Person'], ['Organization', 'ThreatActor', 'Location']),
    stix: 'related-to',
    display: { ar: 'يقود', fr: 'dirige', en: 'leads' },
  },
  {
    name: 'FOUNDED',
    endpoints: pairs(['Person', 'Organization'], ['Organization', 'ThreatActor']),
    stix: 'related-to',
    display: { ar: 'أسّس', fr: 'a fondé', en: 'founded' },
  },
  {
    name: 'PART_OF',
    endpoints: [
      ...pairs(['Organization', 'ThreatActor'], ['Organization']),
      ['Url', 'Domain'],
      ['Location', 'Location'],
    ],
    stix: 'related-to',
    display: { ar: 'جزء من', fr: 'fait partie de', en: 'part of' },
  },
  {
    name: 'LOCATED_IN',
    endpoints: pairs(['Organization', 'Person', 'Event', 'IpAddress', 'ThreatActor'], ['Location']),
    stix: 'located-at',
    display: { ar: 'يقع في', fr: 'situé à', en: 'located in' },
  },
  {
    name: 'PUBLISHED',
    endpoints: pairs(
      ['Organization', 'Person', 'ThreatActor', 'Account'],
      ['Event', 'Hashtag', 'Url', 'Domain'],
    ),
    stix: 'related-to',
    display: { ar: 'نشر', fr: 'a publié', en: 'published' },
  },
  {
    name: 'RESOLVES_TO',
    endpoints: [['Domain', 'IpAddress']],
    stix: 'resolves-to',
    display: { ar: 'يُحيل إلى', fr: 'résout vers', en: 'resolves to' },
  },
  {
    name: 'DENIES',
    endpoints: pairs(['Person', 'Organization', 'Location'], ['Event', 'ThreatActor', 'Organization']),
    stix: 'related-to',
    display: { ar: 'ينفي', fr: 'dément', en: 'denies' },
  },
] as const satisfies readonly RelationTypeSpec[];

export type RelationType = (typeof RELATION_TYPES)[number]['name'];

/** How a claim is put: plainly, on someone's word, as a suspicion, or denied. */
export const MODALITIES = ['asserted', 'reported', 'suspected', 'denied'] as const;
export type Modality = (typeof MODALITIES)[number];

export type PropertyType = 'string' | 'string[]' | 'int' | 'int[]' | 'double' | 'double[]';

export interface PropertySpec {
  name: string;
  type: PropertyType;
}

/** Properties every entity node carries, whatever its type. `id` is the key. */
export const ENTITY_PROPERTIES = [
  { name: 'id', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'aliases', type: 'string[]' },
  /** External identifiers as `scheme:value`, e.g. `mitre-attack:G0007`. */
  { name: 'externalIds', type: 'string[]' },
  /** Why surface forms were merged into this node, one line per rule applied. */
  { name: 'mergeReasons', type: 'string[]' },
  { name: 'mentionCount', type: 'int' },
  { name: 'firstSeen', type: 'string' },
  { name: 'lastSeen', type: 'string' },
] as const satisfies readonly PropertySpec[];

/**
 * What an entity's details and neighbour page count, kept on the entity so that a hub's page
 * reads no edge and no document to count them: the documents mentioning it, its edges by
 * relation type (in or out, each once) and its distinct neighbours by entity type, each count
 * beside its key in two parallel lists (no maps in properties). Kept exact at every write,
 * bulk load and retraction (store/entity-summary.ts).
 */
export const ENTITY_SUMMARY_PROPERTIES = [
  { name: 'documentCount', type: 'int' },
  { name: 'relationTypes', type: 'string[]' },
  { name: 'relationCounts', type: 'int[]' },
  { name: 'neighborTypes', type: 'string[]' },
  { name: 'neighborCounts', type: 'int[]' },
] as const satisfies readonly PropertySpec[];

export const DOCUMENT_LABEL = 'Document';
export const DOCUMENT_PROPERTIES = [
  { name: 'id', type: 'string' },
  { name: 'uri', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'lang', type: 'string' },
  { name: 'publishedAt', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'text', type: 'string' },
  { name: 'ingestedAt', type: 'string' },
  /** Added after the first stores were written: opening an older store read-write adds them. */
  { name: 'author', type: 'string' },
  { name: 'encoding', type: 'string' },
] as const satisfies readonly PropertySpec[];

/** Entity -> Document, one relationship per mention. */
export const MENTION_LABEL = 'MENTIONED_IN';
export const MENTION_PROPERTIES = [
  { name: 'start', type: 'int' },
  { name: 'end', type: 'int' },
  { name: 'surface', type: 'string' },
] as const satisfies readonly PropertySpec[];

/**
 * Entity -> Document, one relationship per entity a document's batch describes: what that
 * document said of the entity (its name, the aliases, external ids and merge reasons it brought).
 * An entity's record is the merge of these, so retracting a document recomputes it exactly.
 */
export const DESCRIPTION_LABEL = 'DESCRIBED_IN';
export const DESCRIPTION_PROPERTIES = [
  { name: 'name', type: 'string' },
  { name: 'aliases', type: 'string[]' },
  { name: 'externalIds', type: 'string[]' },
  { name: 'mergeReasons', type: 'string[]' },
] as const satisfies readonly PropertySpec[];

/**
 * Properties of every typed relation: its summary, kept up to date as evidence arrives and
 * leaves. The evidence itself is stored apart (CLAIM_LABEL, EVIDENCE_LABEL), one record per
 * piece, so adding a sentence to an edge never rewrites what the edge already holds.
 */
export const RELATION_PROPERTIES = [
  { name: 'id', type: 'string' },
  /** The strongest piece of evidence. */
  { name: 'confidence', type: 'double' },
  { name: 'modality', type: 'string' },
  /** Union of the claimants across the evidence. */
  { name: 'assertedBy', type: 'string[]' },
  /** Pieces of evidence, and distinct documents they come from. */
  { name: 'evidenceCount', type: 'int' },
  { name: 'documentCount', type: 'int' },
  /** Languages of the pieces, and days their documents were published: what a canvas filters by. */
  { name: 'langs', type: 'string[]' },
  { name: 'dates', type: 'string[]' },
] as const satisfies readonly PropertySpec[];

/**
 * The first few pieces of the relation's evidence in evidence order, the sentences a preview
 * shows, one list per field and one element per piece (no maps in properties): a preview reads
 * them through the claim's key, and no evidence record. On the claim rather than the edge: the
 * engine reads an edge's columns for every edge a pattern meets before any filter, so lists of
 * sentences on the edges slowed every read of a hub's edges. A piece's claimants follow each
 * other in `firstPieceClaimants`, `firstPieceClaimantCounts` of them per piece.
 */
export const FIRST_PIECE_PROPERTIES = [
  { name: 'firstPieceDocuments', type: 'string[]' },
  { name: 'firstPieceStarts', type: 'int[]' },
  { name: 'firstPieceEnds', type: 'int[]' },
  { name: 'firstPieceTexts', type: 'string[]' },
  { name: 'firstPieceLangs', type: 'string[]' },
  { name: 'firstPieceConfidences', type: 'double[]' },
  { name: 'firstPieceClaimants', type: 'string[]' },
  { name: 'firstPieceClaimantCounts', type: 'int[]' },
  { name: 'firstPieceExtractors', type: 'string[]' },
] as const satisfies readonly PropertySpec[];

/**
 * One node per typed relation, keyed by the relation's id: what its evidence points to (a
 * relationship cannot be the end of another). It repeats the relation's type and endpoints so
 * that retracting a document finds the edges its evidence supported without a scan, and keeps
 * the relation's first pieces of evidence (FIRST_PIECE_PROPERTIES).
 */
export const CLAIM_LABEL = 'Claim';
export const CLAIM_PROPERTIES = [
  { name: 'id', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'target', type: 'string' },
  ...FIRST_PIECE_PROPERTIES,
] as const satisfies readonly PropertySpec[];

/**
 * Entity -> Claim, one relationship per claimant of a relation (each entity of its summary's
 * `assertedBy`), kept in step with that summary: the claims an entity makes are read from the
 * entity, not found by reading every relation's claimant list.
 */
export const CLAIMANT_LABEL = 'ASSERTS';

/** Document -> Claim, one relationship per piece of evidence (a sentence supporting the claim). */
export const EVIDENCE_LABEL = 'EVIDENCE';
export const EVIDENCE_PROPERTIES = [
  { name: 'start', type: 'int' },
  { name: 'end', type: 'int' },
  { name: 'text', type: 'string' },
  { name: 'lang', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'assertedBy', type: 'string[]' },
  /** `Extractor.name` of what found the piece. */
  { name: 'extractor', type: 'string' },
] as const satisfies readonly PropertySpec[];

export function entityTypeSpec(name: string): EntityTypeSpec | undefined {
  return ENTITY_TYPES.find((spec) => spec.name === name);
}

export function relationTypeSpec(name: string): RelationTypeSpec | undefined {
  return RELATION_TYPES.find((spec) => spec.name === name);
}

export function isEntityType(name: string): name is EntityType {
  return entityTypeSpec(name) !== undefined;
}

export function isRelationType(name: string): name is RelationType {
  return relationTypeSpec(name) !== undefined;
}

/** Whether graph-schema allows `type` from an entity of `source` type to one of `target` type. */
export function allowsEndpoints(type: RelationType, source: EntityType, target: EntityType): boolean {
  const spec = relationTypeSpec(type);
  return spec !== undefined && spec.endpoints.some(([s, t]) => s === source && t === target);
}
