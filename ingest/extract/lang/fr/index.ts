import type { LanguagePack } from '../types.ts';
import { claims } from './claims.ts';
import { capitalisedFunctionWords } from './function-words.ts';
import { incidents } from './incidents.ts';
import { roles } from './roles.ts';
import { triggers } from './triggers.ts';

export const pack = {
  lang: 'fr',
  verbFirst: false,
  claims,
  triggers,
  incidents,
  roles,
  capitalisedFunctionWords,
} as const satisfies LanguagePack;
