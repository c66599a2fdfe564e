/**
 * Look-alike infrastructure: a domain, URL or address that borrows an organisation's name or
 * site ("onedrive-en-marche.fr", "mail-en-marche.fr" for En Marche! and en-marche.fr)
 * impersonates it. Detected without any list of known fakes: the organisation's own site
 * label or its folded name appears as whole hyphen/dot-separated parts of the indicator's
 * host, or the host label is one edit away from the organisation's site label (typosquats).
 * When the text itself presents the indicator as an imitation ("look-alike", "trompeur",
 * "مزيف"), a short acronym of the organisation ("wada-arna.org" for WADA) is evidence enough.
 *
 * A host the report writes defanged ("microsoft-update[.]com") is one its writer marks as an
 * attack's: when a brand's name is one of its labels or hyphen-separated parts beside others, the
 * host names what it imitates by itself, with no sentence needed to present it (the brand being
 * an organisation of the document or of the gazetteer). The brand alone as the registrable name
 * ("support.huawei[.]com") is its own site, not a copy. A short form the gazetteer gives a brand
 * ("1drv" for OneDrive, "msft" for Microsoft) counts as its name there, even alone when it has
 * four characters or more ("1drv[.]example"); and who imitates a product imitates its owner too.
 * A name or short form glued in one label to a word look-alikes add, the packs'
 * `lookalikeHostWords`, is spelled there as well ("office365online[.]app").
 */
import { parse } from 'tldts';
import type { EntityType } from '../../graph-schema/schema.ts';
import { connectiveWords, lookalikeHostWords, PACKS } from '../extract/lang/index.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { foldKey } from '../normalize/fold.ts';
import type { GazetteerEntry } from '../gazetteer/index.ts';
import { alternation } from './patterns.ts';
import { escapeRegExp, hasArabic } from './text.ts';
import type { ResolvedEntity } from './types.ts';

const MIN_BORROWED_LETTERS = 5;
const MIN_TYPOSQUAT_LENGTH = 6;
/** The types of the entities that may imitate another's site or name: addresses. */
export const IMITATING_TYPES: ReadonlySet<EntityType> = new Set(['Domain', 'Url', 'Email']);
/** An acronym as written: one word of capitals ("WADA", "TAS"); shorter ones are too often chance. */
const ACRONYM = /^[A-Z]{3,6}$/;
/** A one-word alias of letters and digits ("Trellix"), which a host may spell as one label. */
const ONE_WORD = /^[\p{L}\p{N}]+$/u;
/**
 * Words that present an address as a copy of someone else's, the packs'
 * `enumerations.imitationWords`; an Arabic one maybe after a conjunction glued to it
 * (`connectives.clauseClitics`, "و", "ف").
 */
const IMITATION_PHRASES = PACKS.flatMap((pack) => pack.enumerations.imitationWords);
const IMITATION_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(IMITATION_PHRASES.filter((phrase) => !hasArabic(phrase)))}` +
    String.raw`|(?:${alternation(connectiveWords('clauseClitics'))})?(?:${alternation(IMITATION_PHRASES.filter(hasArabic))}))(?![\p{L}\p{M}])`,
  'iu',
);

/** Whether a sentence presents the addresses it names as imitations of someone else's. */
export function presentsImitation(sentence: string): boolean {
  return IMITATION_WORDS.test(sentence);
}

export interface Impersonation {
  imitator: ResolvedEntity;
  imitated: ResolvedEntity;
  reason: string;
  /** For a brand found by name alone, the words of its name the host spells, in order. */
  spelled?: readonly string[];
}

/**
 * `presented`: keys of the indicators the text calls imitations; for them an organisation's
 * short acronym, in any language the gazetteer knows, counts as borrowed.
 */
export function findImpersonations(
  entities: readonly ResolvedEntity[],
  presented: ReadonlySet<string> = new Set(),
): Impersonation[] {
  const imitators = entities.flatMap((imitator) => {
    const host = IMITATING_TYPES.has(imitator.type) ? hostOf(imitator.key) : undefined;
    return host ? [{ imitator, host }] : [];
  });
  if (imitators.length === 0) return [];
  // Every indicator is compared with every organisation: what is read from an organisation's
  // sites and name is read once, not once per indicator.
  const organisations = entities
    .filter((entity) => entity.type === 'Organization' || entity.type === 'Person')
    .map(imitable);
  const found: Impersonation[] = [];
  for (const { imitator, host } of imitators) {
    const parts = hostParts(host);
    for (const forms of organisations) {
      const imitated = forms.entity;
      const reason =
        imitationReason(host, parts, forms) ??
        (presented.has(imitator.key) ? acronymReason(host, parts.labels, forms) : undefined);
      if (reason) found.push({ imitator, imitated, reason });
    }
  }
  return found;
}

/**
 * Brand look-alikes among `marked`, the keys of the hosts the text writes defanged, and `held`,
 * those a list gives an actor ("TA999 used the following domains:"): each is compared with the
 * document's organisations and the gazetteer's, by name only. A held host whose registrable name
 * is a document brand's whole name is that name under another suffix, not the brand's own site.
 */
export function findBrandLookalikes(
  entities: readonly ResolvedEntity[],
  marked: ReadonlySet<string>,
  held: ReadonlySet<string> = new Set(),
): Impersonation[] {
  const imitators = entities.flatMap((imitator) => {
    const listed = marked.has(imitator.key) || held.has(imitator.key);
    const host = listed && IMITATING_TYPES.has(imitator.type) ? hostOf(imitator.key) : undefined;
    return host ? [{ imitator, host }] : [];
  });
  if (imitators.length === 0) return [];
  const inDocument = entities.filter((entity) => entity.type === 'Organization');
  const byKey = new Map(inDocument.map((entity) => [entity.key, entity]));
  const documentBrands: Brand[] = inDocument.map((entity) => ({
    ...imitable(entity),
    known: undefined,
    shortForms: entity.known ? (loadGazetteer().byKey(entity.key)?.shortForms ?? []) : [],
  }));
  const known = gazetteerBrandsByFirstWord();
  const found = new Map<string, Impersonation>();
  const add = (
    imitator: ResolvedEntity,
    imitated: ResolvedEntity,
    reason: string,
    spelled: readonly string[],
  ) => {
    const pair = `${imitator.key}\u0000${imitated.key}`;
    if (!found.has(pair)) found.set(pair, { imitator, imitated, reason, spelled });
  };
  // A gazetteer brand becomes an entity of this document: a fresh one, never the shared entry.
  const entityOf = (entry: GazetteerEntry) => byKey.get(entry.key) ?? knownEntity(entry);
  for (const { imitator, host } of imitators) {
    const parts = hostParts(host);
    // Only the gazetteer's brands whose name or short form starts on one of the host's labels can be spelled by it.
    const candidates = [
      ...documentBrands,
      ...new Set(
        parts.labels.flatMap((label) => [...(known.get(label) ?? []), ...gluedCandidates(label, known)]),
      ),
    ].filter((brand) => brand.known === undefined || !byKey.has(brand.entity.key));
    for (const brand of candidates) {
      const spelling = brandSpelling(host, parts, brand, imitator.type !== 'Url', held.has(imitator.key));
      if (!spelling) continue;
      const imitated = brand.known ? knownEntity(brand.known) : brand.entity;
      add(imitator, imitated, spelling.reason, spelling.spelled);
      const owner = (brand.known ?? loadGazetteer().byKey(brand.entity.key))?.ownedBy;
      const ownerEntry = owner === undefined ? undefined : loadGazetteer().byKey(owner);
      if (ownerEntry) {
        const reason = `${host} imitates ${imitated.name}, a product of ${ownerEntry.name}`;
        add(imitator, entityOf(ownerEntry), reason, spelling.spelled);
      }
    }
  }
  return [...found.values()];
}

/**
 * An organisation as a brand; `known` is the gazetteer entry of a brand the document does not
 * name, `shortForms` what a host may spell instead of its name.
 */
interface Brand extends Imitable {
  known: GazetteerEntry | undefined;
  shortForms: readonly string[];
}

/** A short form alone as a host's name must be this long: "ms[.]com" may stand for anything. */
const MIN_LONE_SHORT_FORM = 4;
/** The fewest letters of a name or short form glued to another word in one label ("office365online"). */
const MIN_GLUED_NAME = 6;
/** The packs' words a look-alike glues to a brand ("online", "login", "secure"). */
const GLUED_WORDS = lookalikeHostWords();

/**
 * The label less one of the packs' look-alike words glued before or after it ("office365online":
 * "office365"; "securequillbank": "quillbank"), what a brand's name may be; a short rest is too
 * often part of an ordinary word ("larkspurgarden" may be anything).
 */
function gluedNames(label: string): string[] {
  return [...GLUED_WORDS]
    .flatMap((word) => [
      ...(label.startsWith(word) ? [label.slice(word.length)] : []),
      ...(label.endsWith(word) ? [label.slice(0, -word.length)] : []),
    ])
    .filter((rest) => rest.length >= MIN_GLUED_NAME);
}

/** Whether `label` is `name` with one of the packs' look-alike words glued to it. */
function gluesName(label: string, name: string): boolean {
  return gluedNames(label).includes(name);
}

/** The gazetteer's brands a label may spell with a look-alike word glued to them: by the label less that word. */
function gluedCandidates(label: string, known: ReadonlyMap<string, Brand[]>): Brand[] {
  return gluedNames(label).flatMap((rest) => known.get(rest) ?? []);
}

/**
 * The brand's name as labels of the host, beside others, or one of its short forms as a label,
 * and the host none of its sites: why the host imitates it, and the words of the host that say so.
 * A short form is read on a host written by itself (`bareHost`: a domain, an address), not on
 * each page of it a report lists: the look-alike is the host, not every link to it.
 */
function brandSpelling(
  host: string,
  parts: { labels: string[]; registrableLabel: string },
  { entity, sites, nameWords, shortForms, known }: Brand,
  bareHost: boolean,
  held: boolean,
): { reason: string; spelled: readonly string[] } | undefined {
  if (sites.some(({ site }) => host === site || host.endsWith(`.${site}`))) return undefined;
  const shortForm = (bareHost ? shortForms : []).find(
    (form) => parts.labels.includes(form) && (parts.labels.length > 1 || form.length >= MIN_LONE_SHORT_FORM),
  );
  if (shortForm)
    return { reason: `${host} spells ${shortForm}, short for ${entity.name}`, spelled: [shortForm] };
  const gluedForm = (bareHost ? shortForms : []).find((form) =>
    parts.labels.some((label) => gluesName(label, form)),
  );
  if (gluedForm)
    return {
      reason: `${host} glues ${gluedForm}, short for ${entity.name}, to another word`,
      spelled: [gluedForm],
    };
  const registrable = parts.registrableLabel.split(/[.-]+/);
  if (registrable.join(' ') === nameWords.join(' ') || registrable.join('') === nameWords.join('')) {
    // The brand's whole name is its own site, unless a list gives the host to an actor: then it is
    // the name under a suffix the brand does not hold (a name the document gives, long enough).
    const copied = held && known === undefined && nameWords.join('').length >= MIN_TYPOSQUAT_LENGTH;
    return copied
      ? { reason: `${host} is the name ${entity.name} on a host of the actor's`, spelled: nameWords }
      : undefined;
  }
  if (borrows(parts.labels, nameWords, false))
    return { reason: `${host} spells the name ${entity.name}`, spelled: nameWords };
  if (parts.labels.some((label) => gluesName(label, nameWords.join(''))))
    return { reason: `${host} glues the name ${entity.name} to another word`, spelled: nameWords };
  // A misspelling is read against the names the document gives, never the gazetteer's: a long
  // list of brands would find one a letter away from many an ordinary label.
  return known === undefined && misspells(parts, nameWords)
    ? { reason: `${host} misspells the name ${entity.name}`, spelled: nameWords }
    : undefined;
}

/**
 * Whether a label of the host, or its registrable name without hyphens, is the brand's name
 * with one letter added, dropped, changed or two neighbours swapped ("brigthwave",
 * "halvard-insitute"): a typosquat of the name, long enough not to be chance.
 */
function misspells(
  parts: { labels: string[]; registrableLabel: string },
  nameWords: readonly string[],
): boolean {
  const name = nameWords.join('');
  if (name.length < MIN_TYPOSQUAT_LENGTH) return false;
  const forms = [...parts.labels, parts.registrableLabel.replace(/[.-]+/gu, '')];
  return forms.some((form) => withinOneEdit(form, name) || swapsNeighbours(form, name));
}

/** Whether `a` is `b` with two neighbouring letters swapped. */
function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differing = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
  const [first, second] = differing;
  return (
    differing.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  );
}

/**
 * Where the host, as `written` (defanged), spells the brand's words: a mention of the brand
 * inside the indicator, for a brand the text names nowhere else. The words may be glued to
 * another word on one side, as a look-alike may write them.
 */
export function spelledAt(
  written: string,
  words: readonly string[],
): { start: number; end: number } | undefined {
  const separator = String.raw`(?:[.\-]|\[\.\]|\(\.\)|\[\.)`;
  const spelled = words.map(escapeRegExp).join(separator);
  // Apart from the other labels, else glued to another word on one side ("office365online").
  const apart = new RegExp(String.raw`(?<![\p{L}\p{N}])${spelled}(?![\p{L}\p{N}])`, 'iu');
  const glued = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${spelled}(?=\p{L})|(?<=\p{L})${spelled}(?![\p{L}\p{N}])`,
    'iu',
  );
  const match = apart.exec(written) ?? glued.exec(written);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

let knownBrands: Map<string, Brand[]> | undefined;

/**
 * The gazetteer's organisations as brands, by the first word of their name: by their name and
 * their one-word aliases of letters and digits, never a name the gazetteer matches only in
 * context, an ordinary word ("Apple"); and by each of their short forms.
 */
function gazetteerBrandsByFirstWord(): Map<string, Brand[]> {
  if (knownBrands) return knownBrands;
  knownBrands = new Map();
  for (const entry of loadGazetteer().entries) {
    if (entry.type !== 'Organization') continue;
    const entity = knownEntity(entry);
    const ordinary = new Set(entry.contextOnly.map(foldKey));
    const names = [entry.name, ...entry.aliases].filter(
      (name, index) => !ordinary.has(foldKey(name)) && (index === 0 || ONE_WORD.test(name)),
    );
    const shortForms = entry.shortForms ?? [];
    const brands = names.map((name): Brand => ({
      ...imitable({ ...entity, name }),
      entity,
      known: entry,
      shortForms,
    }));
    // Its short forms are looked up like the first word of a name, by the label that spells them,
    // for a brand whose name is an ordinary word too: the short form is no such word.
    const abbreviated: Brand = { ...imitable(entity), nameWords: [], entity, known: entry, shortForms };
    const byFirstLabel = [
      ...brands.map((brand) => [brand.nameWords[0], brand] as const),
      ...shortForms.map((form) => [form, abbreviated] as const),
    ];
    for (const [first, brand] of byFirstLabel) {
      if (first === undefined) continue;
      const listed = knownBrands.get(first);
      if (listed) listed.push(brand);
      else knownBrands.set(first, [brand]);
    }
  }
  return knownBrands;
}

function knownEntity(entry: GazetteerEntry): ResolvedEntity {
  return {
    key: entry.key,
    type: entry.type,
    name: entry.name,
    aliases: new Set(entry.aliases),
    externalIds: new Set(entry.externalIds),
    mergeReasons: new Set(),
    mentions: [],
    known: true,
    domains: entry.domains,
  };
}

function hostOf(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  const parsed = parse(at >= 0 ? value.slice(at + 1) : value);
  return parsed.hostname ?? undefined;
}

function hostParts(host: string): HostParts {
  const parsed = parse(host);
  const registrableLabel = parsed.domainWithoutSuffix ?? host;
  // "www." adds nothing to a name: www.linkedin.com is LinkedIn's site, not a copy of it.
  const subdomain = parsed.subdomain?.replace(/^www\d*(?:\.|$)/u, '');
  const prefix = subdomain ? `${subdomain}.` : '';
  return {
    labels: `${prefix}${registrableLabel}`.split(/[.-]+/).filter(Boolean),
    registrableLabel,
    registrableJoined: registrableLabel.split(/[.-]+/).join(''),
  };
}

interface HostParts {
  labels: string[];
  registrableLabel: string;
  /** The registrable label without its dots and hyphens, compared with every organisation's name. */
  registrableJoined: string;
}

/** An organisation as look-alikes are compared with it: its sites' labels and its name's words. */
interface Imitable {
  entity: ResolvedEntity;
  sites: readonly { readonly site: string; readonly label: string; readonly labelWords: readonly string[] }[];
  nameWords: readonly string[];
  /** Its names that are acronyms, read when an address presented as an imitation is compared with it. */
  acronyms?: string[];
}

/**
 * What a site's address and a name give to the comparison, kept per string: the same
 * organisations recur from document to document, and each document's entities are new objects
 * (kept per entity, the readings cost more in the collector's weak tables than they save).
 */
const siteReadings = new Map<string, Imitable['sites'][number]>();
const nameWordReadings = new Map<string, readonly string[]>();
const READINGS_KEPT = 10_000;

function imitable(entity: ResolvedEntity): Imitable {
  return {
    entity,
    sites: [...entity.domains].map(readSite),
    nameWords: readNameWords(entity.name),
  };
}

function readSite(site: string): Imitable['sites'][number] {
  let reading = siteReadings.get(site);
  if (!reading) {
    if (siteReadings.size >= READINGS_KEPT) siteReadings.clear();
    const label = parse(site).domainWithoutSuffix ?? site;
    reading = { site, label, labelWords: label.split(/[.-]+/) };
    siteReadings.set(site, reading);
  }
  return reading;
}

function readNameWords(name: string): readonly string[] {
  let words = nameWordReadings.get(name);
  if (!words) {
    if (nameWordReadings.size >= READINGS_KEPT) nameWordReadings.clear();
    words = foldKey(name)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    nameWordReadings.set(name, words);
  }
  return words;
}

function imitationReason(
  host: string,
  parts: HostParts,
  { entity: organisation, sites, nameWords }: Imitable,
): string | undefined {
  for (const { site } of sites) {
    if (host === site || host.endsWith(`.${site}`)) return undefined;
  }
  for (const { site, label: siteLabel, labelWords } of sites) {
    if (borrows(parts.labels, labelWords, true)) {
      return `${host} contains the label of ${organisation.name}'s site ${site}`;
    }
    if (siteLabel.length >= MIN_TYPOSQUAT_LENGTH && withinOneEdit(parts.registrableLabel, siteLabel)) {
      return `${host} is one letter away from ${organisation.name}'s site ${site}`;
    }
  }
  // "labs.sentinelone.com": a host under a registrable name that is the organisation's name is
  // its unknown real site, whatever the subdomain.
  if (parts.registrableJoined === nameWords.join('')) return undefined;
  if (borrows(parts.labels, nameWords, false)) return `${host} contains the name ${organisation.name}`;
  return undefined;
}

/** An acronym of the organisation as one label of a longer host ("wada-arna.org" for WADA). */
function acronymReason(host: string, labels: readonly string[], forms: Imitable): string | undefined {
  if (labels.length < 2) return undefined;
  const acronym = (forms.acronyms ??= acronymsOf(forms.entity)).find((name) =>
    labels.includes(name.toLowerCase()),
  );
  return acronym ? `${host} is presented as an imitation and contains ${acronym}` : undefined;
}

/** The organisation's names, in the text and in the gazetteer, that are acronyms, in that order. */
function acronymsOf(organisation: ResolvedEntity): string[] {
  const known = organisation.known ? (loadGazetteer().byKey(organisation.key)?.aliases ?? []) : [];
  return [organisation.name, ...organisation.aliases, ...known].filter((name) => ACRONYM.test(name));
}

/**
 * Whether `words` occur as consecutive whole labels, long enough not to be a coincidence. A
 * site label may be the whole host label (same name under another suffix); a bare name must
 * come with something added, since an organisation's unknown real site bears its name.
 */
function borrows(labels: readonly string[], words: readonly string[], wholeAllowed: boolean): boolean {
  if (words.length === 0 || words.join('').length < MIN_BORROWED_LETTERS) return false;
  if (labels.length < words.length || (!wholeAllowed && labels.length === words.length)) return false;
  for (let start = 0; start + words.length <= labels.length; start++) {
    if (words.every((word, offset) => labels[start + offset] === word)) return true;
  }
  return false;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
