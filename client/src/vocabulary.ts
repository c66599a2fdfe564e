/**
 * The graph's vocabulary as the server describes it (/api/schema), turned into what the
 * explorer draws: type colours, relation colours, names in the interface language, and how
 * strongly each modality is drawn.
 */
import type { Modality, SchemaEntityType, SchemaRelationType, SchemaResponse } from './api-types.ts';
import { displayName, t, type StringKey } from './i18n.ts';

/** Muted tones for relation types, distinct enough side by side on a light background. */
const RELATION_PALETTE = [
  '#b03a48',
  '#3b6ea5',
  '#5b8c3a',
  '#8a5a9e',
  '#c07a2c',
  '#2f8f8a',
  '#7d6b58',
  '#a05c7b',
  '#4f5d75',
  '#9a8f2f',
  '#6a7fdb',
  '#c25b3f',
  '#3d7a5e',
  '#8c2f2f',
];

/**
 * Opacity by modality: a plain assertion is drawn fully, a report slightly lighter and a
 * suspicion faded, so hedged claims never look like established fact.
 */
const MODALITY_ALPHA: Record<Exclude<Modality, 'denied'>, number> = {
  asserted: 0.9,
  reported: 0.75,
  suspected: 0.4,
};

/** Denials have a colour of their own (and are dashed): a denial is news, not a faint link. */
export const DENIAL_COLOR = 'rgba(194, 24, 91, 0.85)';

const FALLBACK_COLOR = '#888888';

export class Vocabulary {
  private readonly entityTypes = new Map<string, SchemaEntityType>();
  private readonly relationTypes = new Map<string, SchemaRelationType>();
  private readonly relationColors = new Map<string, string>();

  constructor(schema: SchemaResponse) {
    for (const type of schema.entityTypes) this.entityTypes.set(type.name, type);
    schema.relationTypes.forEach((type, index) => {
      this.relationTypes.set(type.name, type);
      this.relationColors.set(type.name, RELATION_PALETTE[index % RELATION_PALETTE.length] ?? FALLBACK_COLOR);
    });
  }

  entityTypeList(): SchemaEntityType[] {
    return [...this.entityTypes.values()];
  }

  relationTypeList(): string[] {
    return [...this.relationTypes.keys()];
  }

  entityColor(type: string): string {
    return this.entityTypes.get(type)?.color ?? FALLBACK_COLOR;
  }

  entityTypeName(type: string): string {
    return displayName(this.entityTypes.get(type)?.display, type);
  }

  relationName(type: string): string {
    return displayName(this.relationTypes.get(type)?.display, type.toLowerCase().replaceAll('_', ' '));
  }

  relationColor(type: string, modality: Modality): string {
    if (modality === 'denied') return DENIAL_COLOR;
    return withAlpha(this.relationColors.get(type) ?? FALLBACK_COLOR, MODALITY_ALPHA[modality] ?? 1);
  }
}

export function modalityName(modality: Modality): string {
  return t(modality satisfies StringKey);
}

/** What "hide suspected and denied" hides: claims nobody stands behind as fact. */
export const WEAK_MODALITIES: readonly Modality[] = ['denied', 'suspected'];

export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  const [, r, g, b] = match;
  return `rgba(${parseInt(r ?? '0', 16)}, ${parseInt(g ?? '0', 16)}, ${parseInt(b ?? '0', 16)}, ${alpha})`;
}
