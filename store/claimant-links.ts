/**
 * The links from each claimant to the claims it makes (graph-schema's CLAIMANT_LABEL): one per
 * entity of a relation's `assertedBy`. Every backend writes what these functions decide, so the
 * links follow the summaries exactly as evidence arrives and leaves.
 */
/** A claimant and the relation (its claim) it asserts. */
export interface ClaimantLink {
  claimant: string;
  relationId: string;
}

export interface ClaimantLinkChanges {
  added: ClaimantLink[];
  removed: ClaimantLink[];
}

/** A relation's id and the claimants of its summary. */
type Claimed = { id: string; assertedBy: readonly string[] };

/** Every link of the relations' summaries. */
export function claimantLinks(relations: readonly Claimed[]): ClaimantLink[] {
  return relations.flatMap((relation) =>
    [...new Set(relation.assertedBy)].map((claimant) => ({ claimant, relationId: relation.id })),
  );
}

/**
 * What rewriting summaries does to the links: `before` holds the claimants stored for each
 * relation (absent for a relation new to the store), `after` the summaries written.
 */
export function claimantLinkChanges(
  before: ReadonlyMap<string, readonly string[]>,
  after: readonly Claimed[],
): ClaimantLinkChanges {
  const added: ClaimantLink[] = [];
  const removed: ClaimantLink[] = [];
  for (const relation of after) {
    const previous = new Set(before.get(relation.id) ?? []);
    const next = new Set(relation.assertedBy);
    for (const claimant of next)
      if (!previous.has(claimant)) added.push({ claimant, relationId: relation.id });
    for (const claimant of previous)
      if (!next.has(claimant)) removed.push({ claimant, relationId: relation.id });
  }
  return { added, removed };
}
