/**
 * An in-memory index over the search keys of every entity, for backends that rank in memory:
 * it gives the same hits as ranking every candidate (rankCandidates) while comparing the query
 * with few of them. A store of 100,000 documents holds some 480,000 entities; a pass over all
 * of them took 76 ms per keystroke there.
 *
 * The score bands make this possible: any name or alias starting with the query scores above
 * any containing it, which scores above any near spelling (search-key.ts). So the candidates
 * are gathered band by band, and a band that already fills the page ends the search:
 * - prefixes: keys of names and aliases sorted within each length, read shortest first (a
 *   shorter key scores higher), until no longer key can still reach the page;
 * - substrings: only keys holding the query's rarest three-letter piece;
 * - near spellings: only keys (whole or of one word) whose length is within the edits allowed
 *   and whose digits are the query's.
 */
import type { EntityType } from '../graph-schema/schema.ts';
import type { SearchHit } from './graph-store.ts';
import {
  DEFAULT_SEARCH_LIMIT,
  digitsOf,
  editDistanceWithin,
  keyScore,
  maxEdits,
  prefixScore,
  rankCandidates,
  rankScored,
  roundedScore,
  scored,
  searchKey,
  type IndexedCandidate,
} from './search-key.ts';

/** Letters of the pieces a substring is looked up by. */
const PIECE = 3;

/** Keys of one length, sorted, with the candidate (index) each belongs to. */
interface SortedKeys {
  keys: string[];
  owners: Int32Array;
}

/** Keys of one length, each with every candidate holding it, the letters and the digits it holds. */
interface KeysOfLength {
  keys: string[];
  owners: number[][];
  letters: number[];
  digits: string[];
}

/**
 * The letters of a key as bits (a letter's code modulo 32). Each edit takes at most one letter
 * of the query away, so a key within `k` edits lacks at most `k` of the query's bits; letters
 * sharing a bit only let more keys through to the distance.
 */
function letterBits(key: string): number {
  let bits = 0;
  for (let at = 0; at < key.length; at++) bits |= 1 << (key.charCodeAt(at) & 31);
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

export class SearchIndex {
  private readonly candidates: readonly IndexedCandidate[];
  /** Keys of names and aliases by length, lengths ascending. */
  private readonly prefixes: Array<[number, SortedKeys]>;
  /** The same keys in one list, with their candidates, and where each piece of PIECE letters occurs. */
  private readonly wholeKeys: string[] = [];
  private readonly wholeOwners: number[] = [];
  private readonly pieces = new Map<string, Int32Array>();
  /** Every distinct key a near spelling is measured against, by length. */
  private readonly nearKeys = new Map<number, KeysOfLength>();
  /** Each candidate's place in the hits' order at equal scores: shorter name, then id. */
  private readonly order: Int32Array;

  constructor(candidates: readonly IndexedCandidate[]) {
    this.candidates = candidates;
    const near = new Map<string, number[]>();
    candidates.forEach((candidate, owner) => {
      for (const key of new Set([candidate.nameKey, ...candidate.aliasKeys])) {
        if (key.length === 0) continue;
        this.wholeKeys.push(key);
        this.wholeOwners.push(owner);
      }
      const measured = [
        candidate.nameKey,
        ...candidate.nameWordKeys,
        ...candidate.aliasKeys,
        ...candidate.aliasWordKeys,
      ];
      for (const key of new Set(measured)) {
        if (key.length === 0) continue;
        const owners = near.get(key);
        if (owners) owners.push(owner);
        else near.set(key, [owner]);
      }
    });
    this.order = new Int32Array(candidates.length);
    candidates
      .map((candidate, owner) => ({ candidate, owner }))
      .sort(
        (a, b) =>
          a.candidate.name.length - b.candidate.name.length ||
          (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
      )
      .forEach(({ owner }, place) => (this.order[owner] = place));
    this.prefixes = this.sortedByLength();
    this.indexPieces();
    for (const [key, owners] of near) {
      const group = this.nearKeys.get(key.length) ?? { keys: [], owners: [], letters: [], digits: [] };
      group.keys.push(key);
      group.owners.push(owners);
      group.letters.push(letterBits(key));
      group.digits.push(digitsOf(key));
      this.nearKeys.set(key.length, group);
    }
  }

  private sortedByLength(): Array<[number, SortedKeys]> {
    const byLength = new Map<number, number[]>();
    this.wholeKeys.forEach((key, entry) => {
      const group = byLength.get(key.length);
      if (group) group.push(entry);
      else byLength.set(key.length, [entry]);
    });
    return [...byLength]
      .sort(([a], [b]) => a - b)
      .map(([length, entries]) => {
        entries.sort((a, b) => {
          const keyA = this.wholeKeys[a] ?? '';
          const keyB = this.wholeKeys[b] ?? '';
          return keyA < keyB ? -1 : keyA > keyB ? 1 : a - b;
        });
        return [
          length,
          {
            keys: entries.map((entry) => this.wholeKeys[entry] ?? ''),
            owners: Int32Array.from(entries, (entry) => this.wholeOwners[entry] ?? -1),
          },
        ];
      });
  }

  private indexPieces(): void {
    const lists = new Map<string, number[]>();
    this.wholeKeys.forEach((key, entry) => {
      for (let at = 0; at + PIECE <= key.length; at++) {
        const piece = key.slice(at, at + PIECE);
        const list = lists.get(piece);
        if (!list) lists.set(piece, [entry]);
        else if (list[list.length - 1] !== entry) list.push(entry);
      }
    });
    for (const [piece, list] of lists) this.pieces.set(piece, Int32Array.from(list));
  }

  /** The hits rankCandidates gives over every candidate, in the same order. */
  rank(query: string, options: { types?: readonly EntityType[]; limit?: number } = {}): SearchHit[] {
    const queryKey = searchKey(query);
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    if (queryKey.length === 0) return [];
    // A page of no hits (or a negative one, which cuts from the end) cannot stop at a band.
    if (!(limit > 0)) return rankCandidates(query, this.candidates, options);
    const types = options.types && options.types.length > 0 ? new Set(options.types) : undefined;
    const accepts = (owner: number) => {
      const candidate = this.candidates[owner];
      return candidate !== undefined && (!types || types.has(candidate.type));
    };

    const prefixed = this.prefixed(queryKey, limit, accepts);
    if (prefixed.length >= limit) {
      return rankScored(
        prefixed.flatMap(({ owner, score }) => {
          const candidate = this.candidates[owner];
          return candidate ? [scored(candidate, score)] : [];
        }),
        limit,
      );
    }
    // Fewer names than a page start with a letter or two: rare enough for a pass over all.
    if (queryKey.length < PIECE) return rankCandidates(query, this.candidates, options);
    const found = new Set(prefixed.map((item) => item.owner));
    for (const entry of this.rarestPieceOf(queryKey)) {
      const owner = this.wholeOwners[entry] ?? -1;
      if (this.wholeKeys[entry]?.includes(queryKey) && accepts(owner)) found.add(owner);
    }
    if (found.size < limit) {
      const edits = maxEdits(queryKey.length);
      const letters = letterBits(queryKey);
      const digits = digitsOf(queryKey);
      for (let length = queryKey.length - edits; edits > 0 && length <= queryKey.length + edits; length++) {
        const group = this.nearKeys.get(length);
        group?.keys.forEach((key, index) => {
          if (group.digits[index] !== digits) return;
          if (bitCount(letters & ~(group.letters[index] ?? 0)) > edits) return;
          if (editDistanceWithin(queryKey, key, edits) === undefined) return;
          for (const owner of group.owners[index] ?? []) if (accepts(owner)) found.add(owner);
        });
      }
    }
    return rankCandidates(
      query,
      [...found].flatMap((owner) => this.candidates[owner] ?? []),
      options,
    );
  }

  /**
   * The best `limit` candidates with a name or alias starting with the query (all of them when
   * fewer), each with its best score. Keys are read shortest first (a shorter key scores
   * higher); within a length every key scores the same, so a key is kept only when its
   * candidate comes before the page's last in the hits' order (shorter name, then id), and
   * longer keys are read only while their score, as hits round it, can still tie the last.
   */
  private prefixed(queryKey: string, limit: number, accepts: (owner: number) => boolean): Prefixed[] {
    const top: Prefixed[] = [];
    const inTop = new Set<number>();
    for (const [length, group] of this.prefixes) {
      if (length < queryKey.length) continue;
      const exact = length === queryKey.length;
      const levelScore = prefixScore(queryKey.length, length);
      const last = top.length >= limit ? top[top.length - 1] : undefined;
      if (!exact && last && roundedScore(levelScore) < last.rounded) break;
      const [from, to] = prefixRange(group.keys, queryKey);
      for (let index = from; index < to; index++) {
        const owner = group.owners[index] ?? -1;
        // Every key of this length equals the query: the candidate's best is its name's, if it is one.
        const score = exact
          ? (keyScore(queryKey, queryKey, this.candidates[owner]?.nameKey === queryKey) ?? 0)
          : levelScore;
        const item = { owner, score, rounded: roundedScore(score), order: this.order[owner] ?? 0 };
        const kth = top.length >= limit ? top[top.length - 1] : undefined;
        if ((kth && !before(item, kth)) || inTop.has(owner) || !accepts(owner)) continue;
        let at = top.length;
        while (at > 0 && before(item, top[at - 1] as Prefixed)) at--;
        top.splice(at, 0, item);
        inTop.add(owner);
        if (top.length > limit) inTop.delete((top.pop() as Prefixed).owner);
      }
    }
    return top;
  }

  /** Entries (of wholeKeys) holding the query's rarest piece: every key containing the query. */
  private rarestPieceOf(queryKey: string): Int32Array {
    let rarest: Int32Array | undefined;
    for (let at = 0; at + PIECE <= queryKey.length; at++) {
      const list = this.pieces.get(queryKey.slice(at, at + PIECE)) ?? NONE;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest ?? NONE;
  }
}

const NONE = new Int32Array(0);
/** A candidate met among the prefixes, with its score, rounded, and its place at equal scores. */
interface Prefixed {
  owner: number;
  score: number;
  rounded: number;
  order: number;
}

/** Whether `a` comes before `b` in the hits: higher score as rounded, then its place. */
function before(a: Prefixed, b: Prefixed): boolean {
  return a.rounded > b.rounded || (a.rounded === b.rounded && a.order < b.order);
}

/** Indices from the first sorted key starting with `prefix` to the first after them. */
function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  const from = firstFrom(keys, prefix);
  let low = from;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? '').startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return [from, low];
}

/** Index of the first sorted key not below `key`. */
function firstFrom(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? '') < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
