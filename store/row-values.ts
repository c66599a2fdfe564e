/**
 * Typed readers for the values in the rows of the store's own queries, on any backend. A
 * missing or mistyped value reads as empty rather than failing: lists are never NULL as the
 * store writes them, but may be after hand edits in the database.
 */

/** Neo4j's driver returns 64-bit integers as objects of its own that convert themselves. */
interface DriverInteger {
  toNumber(): number;
}

function isDriverInteger(value: unknown): value is DriverInteger {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<DriverInteger>).toNumber === 'function'
  );
}

export function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function asOptionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isDriverInteger(value)) return value.toNumber();
  return 0;
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(asString) : [];
}

export function asNumbers(value: unknown): number[] {
  return Array.isArray(value) ? value.map(asNumber) : [];
}
