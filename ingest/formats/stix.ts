/**
 * STIX 2.1 bundles (as OpenCTI and MISP export them) read as what a platform already knows:
 * its objects become known entities with their aliases and external ids, its `relationship`
 * objects relations as the platform states them.
 *
 * The bundle's text is itself the document. A relation's evidence is the exact slice of that
 * text holding its relationship object, and an entity's mention the name (or value) inside
 * its object, so offsets stay exact and the evidence panel shows what the platform said. The
 * claimant of a relationship is the identity of its `created_by_ref`, when the bundle has it.
 *
 * What each object means comes from stix-objects.ts (types through graph-schema's STIX names).
 * A relationship the schema does not allow between its mapped ends is skipped and counted; an
 * object that is malformed is named in a warning, and everything valid still lands.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type { ExtractedEntity, ExtractedRelation, Extraction, KnownName } from '../extractor.ts';
import { IngestError, type RawDocument, type Span } from '../types.ts';
import {
  aliasesOf,
  confidenceOf,
  entityTypeOf,
  externalIdsOf,
  identityOf,
  isObject,
  modalityOf,
  nameOf,
  observableOfPattern,
  relationTypeOf,
  stixTypeOf,
  unique,
  type StixObject,
} from './stix-objects.ts';
import { bundleObjectSpans } from './stix-spans.ts';

export const STIX_MEDIA_TYPE = 'application/stix+json';
/** The `source` of every bundle document: how a store's bundles are found again (known-names.ts). */
export const STIX_SOURCE = 'STIX 2.1 bundle';
/** The extractor name recorded for what a bundle states. */
export const STIX_EXTRACTOR = 'stix';

/** Malformed objects named one by one up to this many; the rest are counted. */
const MAX_NAMED_PROBLEMS = 20;

export interface BundleImport {
  extraction: Extraction;
  /** Skipped relationships and ignored objects, counted; malformed objects, named. */
  warnings: string[];
  /** The bundle's own id, for a title. */
  bundleId: string | undefined;
}

/** A parsed JSON value that is a STIX bundle (its `objects` may still be malformed). */
export function isStixBundle(value: unknown): value is StixObject {
  return isObject(value) && value.type === 'bundle' && 'objects' in value;
}

/** The raw document of a bundle whose text the caller has read (and found to be one). */
export function stixRawDocument(uri: string, text: string, title?: string): RawDocument {
  return {
    uri,
    bytes: new TextEncoder().encode(text),
    mediaType: STIX_MEDIA_TYPE,
    encoding: 'utf-8',
    source: STIX_SOURCE,
    ...(title ? { title } : {}),
  };
}

/** Reads a bundle's text; throws IngestError when it is not a bundle at all. */
export function importStixBundle(uri: string, text: string): BundleImport {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch (error) {
    throw new IngestError(uri, 'malformed', `not valid JSON: ${(error as Error).message}`);
  }
  if (!isStixBundle(bundle)) throw new IngestError(uri, 'malformed', 'not a STIX bundle');
  if (!Array.isArray(bundle.objects))
    throw new IngestError(uri, 'malformed', 'the STIX bundle\'s "objects" is not an array');
  const spans = bundleObjectSpans(text);
  if (spans.length !== bundle.objects.length)
    throw new IngestError(uri, 'malformed', "the STIX bundle's objects could not be located in its text");
  const reader = new BundleReader(text, bundle.objects, spans);
  return {
    extraction: reader.read(),
    warnings: reader.warnings(),
    bundleId: typeof bundle.id === 'string' ? bundle.id : undefined,
  };
}

/** The names a bundle teaches, for the extraction of later documents. */
export function knownNamesOfBundle(uri: string, text: string): KnownName[] {
  return importStixBundle(uri, text).extraction.entities.map(({ key, type, name, aliases, externalIds }) => ({
    key,
    type,
    name,
    aliases,
    externalIds,
  }));
}

interface Located {
  object: StixObject;
  index: number;
  span: Span;
}

class BundleReader {
  private readonly text: string;
  private readonly objects: readonly Located[];
  /** Every object id in the bundle, to tell a reference to a left-out object from a dangling one. */
  private readonly ids: ReadonlySet<string>;
  /** STIX id -> typed key (typedKey) of the entity it became. */
  private readonly keyOf = new Map<string, string>();
  private readonly typeOfKey = new Map<string, EntityType>();
  private readonly entities = new Map<string, ExtractedEntity>();
  private readonly problems: string[] = [];
  private readonly ignoredTypes = new Map<string, number>();
  private readonly skipped = new Map<string, number>();
  /** Relationship id -> ids of the further identities that claim it (our export's claim notes). */
  private readonly claims = new Map<string, string[]>();

  constructor(text: string, objects: readonly unknown[], spans: readonly Span[]) {
    this.text = text;
    this.objects = objects.flatMap((object, index) => {
      const span = spans[index] as Span;
      if (!isObject(object) || typeof object.type !== 'string' || typeof object.id !== 'string') {
        this.problem(index, undefined, 'is not a STIX object (an object with a "type" and an "id")');
        return [];
      }
      return [{ object, index, span }];
    });
    this.ids = new Set(this.objects.map(({ object }) => String(object.id)));
  }

  read(): Extraction {
    const relationships: Located[] = [];
    const speakers: Located[] = [];
    for (const located of this.objects) {
      const { object } = located;
      if (object.revoked === true) {
        this.count(this.ignoredTypes, `${String(object.type)} (revoked)`);
      } else if (object.type === 'relationship') {
        relationships.push(located);
      } else if (typeof object.x_evigraph_speaks_for === 'string') {
        // Our own export's stand-in identity for a claimant that is no identity: it is that entity.
        speakers.push(located);
      } else if (object.type === 'note' && object.x_evigraph_claim === true) {
        this.addClaim(located);
      } else if (!this.addEntity(located)) {
        this.count(this.ignoredTypes, String(object.type));
      }
    }
    this.resolveSpeakers(speakers);
    const relations = relationships.flatMap((located) => this.relation(located) ?? []);
    return { entities: [...this.entities.values()], relations };
  }

  warnings(): string[] {
    const warnings: string[] = [];
    const skipped = [...this.skipped.values()].reduce((sum, count) => sum + count, 0);
    if (skipped > 0) warnings.push(`skipped ${skipped} relationship(s): ${listCounts(this.skipped)}`);
    const ignored = [...this.ignoredTypes.values()].reduce((sum, count) => sum + count, 0);
    if (ignored > 0)
      warnings.push(`left out ${ignored} object(s) with no entity type: ${listCounts(this.ignoredTypes)}`);
    warnings.push(...this.problems.slice(0, MAX_NAMED_PROBLEMS));
    if (this.problems.length > MAX_NAMED_PROBLEMS)
      warnings.push(`and ${this.problems.length - MAX_NAMED_PROBLEMS} more malformed object(s)`);
    return warnings;
  }

  /** True when the object is of a kind that becomes an entity (even if it was malformed). */
  private addEntity({ object, index, span }: Located): boolean {
    const stixType = stixTypeOf(String(object.type));
    const described = stixType === 'indicator' ? this.indicatorValue(object, index) : { stixType, object };
    if (described === undefined) return true;
    const type = entityTypeOf(described.stixType, described.object);
    if (type === undefined && stixType === 'indicator')
      this.count(this.ignoredTypes, `indicator (of ${described.stixType})`);
    if (type === undefined) return stixType === 'indicator';
    const name = nameOf(type, described.stixType, described.object);
    if (name === undefined) {
      this.problem(index, object.id, `has no ${type === 'Hash' ? 'hash' : 'name or value'}`);
      return true;
    }
    const aliases =
      type === 'Hash' ? [] : aliasesOf(object, (message) => this.problem(index, object.id, message));
    const externalIds = externalIdsOf(object, described.object);
    const identity = identityOf(type, name, aliases, externalIds);
    const mention = this.mentionOf(name, span);
    const known = this.entities.get(typedKey(type, identity.key));
    const reasons = [`stix: ${String(object.id)}`, ...(identity.reason ? [identity.reason] : [])];
    if (known === undefined) {
      this.entities.set(typedKey(type, identity.key), {
        key: identity.key,
        type,
        name,
        aliases: unique(aliases),
        externalIds: unique([...externalIds, ...identity.externalIds]),
        mergeReasons: reasons,
        mentions: [mention],
      });
    } else {
      known.aliases = unique([...known.aliases, name, ...aliases]);
      known.externalIds = unique([...known.externalIds, ...externalIds, ...identity.externalIds]);
      known.mergeReasons = unique([...known.mergeReasons, ...reasons]);
      if (!known.mentions.some((m) => m.start === mention.start)) known.mentions.push(mention);
    }
    this.keyOf.set(String(object.id), typedKey(type, identity.key));
    this.typeOfKey.set(typedKey(type, identity.key), type);
    return true;
  }

  /** An indicator stands for the observable its pattern names, when it names exactly one. */
  private indicatorValue(
    object: StixObject,
    index: number,
  ): { stixType: string; object: StixObject } | undefined {
    if (object.pattern_type !== undefined && object.pattern_type !== 'stix') {
      this.count(this.ignoredTypes, `indicator (${String(object.pattern_type)} pattern)`);
      return undefined;
    }
    if (typeof object.pattern !== 'string') {
      this.problem(index, object.id, 'is an indicator without a pattern');
      return undefined;
    }
    const observable = observableOfPattern(object.pattern);
    if (observable === undefined) {
      this.count(this.ignoredTypes, 'indicator (pattern other than one value)');
      return undefined;
    }
    return { stixType: observable.stixType, object: { ...observable.object, name: object.name } };
  }

  /**
   * Our own export's note for each claimant of a relation several claim (a relationship has
   * one `created_by_ref`): its author claims the relationships it refers to.
   */
  private addClaim({ object, index }: Located): void {
    const refs = Array.isArray(object.object_refs) ? object.object_refs : [];
    if (typeof object.created_by_ref !== 'string' || refs.length === 0) {
      this.problem(index, object.id, 'is a claim without an author or the relationships it claims');
      return;
    }
    for (const ref of refs) {
      if (typeof ref !== 'string') continue;
      this.claims.set(ref, [...(this.claims.get(ref) ?? []), object.created_by_ref]);
    }
  }

  /** Identities our export made to stand for claimants (x_evigraph_speaks_for) are those entities. */
  private resolveSpeakers(speakers: readonly Located[]): void {
    const byEntityId = new Map<string, string>();
    for (const { object } of this.objects) {
      const key = this.keyOf.get(String(object.id));
      if (key !== undefined && typeof object.x_evigraph_entity_id === 'string')
        byEntityId.set(object.x_evigraph_entity_id, key);
    }
    for (const located of speakers) {
      const key = byEntityId.get(String(located.object.x_evigraph_speaks_for));
      if (key !== undefined) this.keyOf.set(String(located.object.id), key);
      else this.addEntity(located);
    }
  }

  private relation({ object, index, span }: Located): ExtractedRelation | undefined {
    const { source_ref: sourceRef, target_ref: targetRef } = object;
    if (typeof sourceRef !== 'string' || typeof targetRef !== 'string') {
      this.problem(index, object.id, 'needs a source_ref and a target_ref');
      return undefined;
    }
    if (typeof object.relationship_type !== 'string') {
      this.problem(index, object.id, 'has no relationship_type');
      return undefined;
    }
    const source = this.keyOf.get(sourceRef);
    const target = this.keyOf.get(targetRef);
    if (source === undefined || target === undefined) {
      const missing = source === undefined ? sourceRef : targetRef;
      this.count(
        this.skipped,
        this.ids.has(missing)
          ? `an end with no entity type (${stixTypeOfId(missing)})`
          : 'an end not in the bundle',
      );
      return undefined;
    }
    const sourceType = this.typeOfKey.get(source) as EntityType;
    const targetType = this.typeOfKey.get(target) as EntityType;
    const type = relationTypeOf(object, sourceType, targetType);
    if (typeof type !== 'string') {
      this.count(
        this.skipped,
        `${type.candidates === 0 ? 'not allowed' : 'ambiguous'}: ${object.relationship_type} from ${sourceType} to ${targetType}`,
      );
      return undefined;
    }
    if (source === target) {
      this.count(this.skipped, 'both ends the same entity');
      return undefined;
    }
    const claimants = [
      ...(typeof object.created_by_ref === 'string' ? [object.created_by_ref] : []),
      ...(this.claims.get(String(object.id)) ?? []),
    ].flatMap((ref) => this.keyOf.get(ref) ?? []);
    return {
      type,
      source: keyPart(source),
      target: keyPart(target),
      modality: modalityOf(object),
      confidence: confidenceOf(object.confidence),
      assertedBy: unique(claimants.map(keyPart)),
      evidence: { start: span.start, end: span.end },
    };
  }

  /** The object's name (or value) inside its own text; the whole object when it is escaped there. */
  private mentionOf(name: string, span: Span): Span & { surface: string } {
    const literal = JSON.stringify(name);
    // Searched within the object only: a name written escaped there must not send a search
    // through the rest of the bundle.
    const within = this.text.slice(span.start, span.end).indexOf(literal);
    if (within >= 0) {
      const at = span.start + within;
      return { start: at + 1, end: at + literal.length - 1, surface: name };
    }
    return { ...span, surface: this.text.slice(span.start, span.end) };
  }

  private problem(index: number, id: unknown, message: string): void {
    this.problems.push(`object ${index + 1}${typeof id === 'string' ? ` (${id})` : ''} ${message}`);
  }

  private count(counts: Map<string, number>, reason: string): void {
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
}

/** Entities of one type are keyed apart from those of another, as the batch step does. */
function typedKey(type: EntityType, key: string): string {
  return `${type}\u0000${key}`;
}

function keyPart(typed: string): string {
  return typed.slice(typed.indexOf('\u0000') + 1);
}

function stixTypeOfId(id: string): string {
  return id.slice(0, id.indexOf('--')) || id;
}

function listCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([reason, count]) => `${count} ${reason}`)
    .join('; ');
}
