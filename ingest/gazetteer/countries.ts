/**
 * Country entries: the ISO 3166-1 names in Arabic, French and English that the
 * i18n-iso-countries package ships (key `iso3166:XX`), before the curated additions.
 */
import { createRequire } from 'node:module';
import type { CuratedEntry } from './types.ts';

interface LocaleFile {
  countries: Record<string, string | string[]>;
}

const require = createRequire(import.meta.url);

function localeNames(language: 'ar' | 'fr' | 'en'): Record<string, string[]> {
  const file = require(`i18n-iso-countries/langs/${language}.json`) as LocaleFile;
  return Object.fromEntries(
    Object.entries(file.countries).map(([code, names]) => [code, Array.isArray(names) ? names : [names]]),
  );
}

/** One Location entry per ISO code, named by its first English name. */
export function countryEntries(): CuratedEntry[] {
  const english = localeNames('en');
  const french = localeNames('fr');
  const arabic = localeNames('ar');
  return Object.keys(english)
    .sort()
    .map((code) => {
      const [name = code, ...others] = english[code] ?? [];
      return {
        key: `iso3166:${code}`,
        type: 'Location' as const,
        name,
        en: others,
        fr: french[code] ?? [],
        ar: arabic[code] ?? [],
        externalIds: [`iso3166:${code}`],
      };
    });
}
