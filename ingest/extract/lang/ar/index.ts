import type { LanguagePack } from '../types.ts';
import { claims } from './claims.ts';
import { enumerations } from './enumerations.ts';
import {
  capitalisedFunctionWords,
  connectives,
  lookalikeHostWords,
  referenceHeadings,
} from './function-words.ts';
import { incidents } from './incidents.ts';
import { references } from './references.ts';
import { roles } from './roles.ts';
import { tables } from './tables.ts';
import { triggers } from './triggers.ts';

export const pack = {
  lang: 'ar',
  verbFirst: true,
  claims,
  triggers,
  incidents,
  roles,
  enumerations,
  references,
  capitalisedFunctionWords,
  referenceHeadings,
  lookalikeHostWords,
  connectives,
  tables,
} as const satisfies LanguagePack;
