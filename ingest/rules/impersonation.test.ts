import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findImpersonations } from './impersonation.ts';
import type { ResolvedEntity } from './types.ts';

function entity(
  type: ResolvedEntity['type'],
  key: string,
  name = key,
  domains: string[] = [],
): ResolvedEntity {
  return {
    key,
    type,
    name,
    aliases: new Set([name]),
    externalIds: new Set(),
    mergeReasons: new Set(),
    mentions: [],
    known: domains.length > 0,
    domains,
  };
}

const movement = entity('Organization', 'org:en-marche', 'En Marche!', ['en-marche.fr']);
const imitated = (indicators: ResolvedEntity[], organisations = [movement]) =>
  findImpersonations([...indicators, ...organisations]).map(
    (found) => `${found.imitator.key} -> ${found.imitated.name}`,
  );

test('a host borrowing the site label or the name of an organisation imitates it', () => {
  assert.deepEqual(
    imitated([entity('Domain', 'onedrive-en-marche.fr'), entity('Domain', 'mail-en-marche.fr')]),
    ['onedrive-en-marche.fr -> En Marche!', 'mail-en-marche.fr -> En Marche!'],
  );
  assert.deepEqual(imitated([entity('Url', 'https://en-marche.secure-login.com/auth')]), [
    'https://en-marche.secure-login.com/auth -> En Marche!',
  ]);
  assert.deepEqual(imitated([entity('Email', 'staff@en-marche.org')]), ['staff@en-marche.org -> En Marche!']);
});

test('a typosquat one letter away from the real site imitates it', () => {
  const bank = entity('Organization', 'org:bank', 'Banque Lumière', ['lumierebank.com']);
  assert.deepEqual(
    imitated([entity('Domain', 'lumeirbank.com'), entity('Domain', 'lumierbank.com')], [bank]),
    ['lumierbank.com -> Banque Lumière'],
  );
});

test('the real site, unrelated hosts and short names are no imitation', () => {
  assert.deepEqual(
    imitated([
      entity('Domain', 'en-marche.fr'),
      entity('Domain', 'www.en-marche.fr'),
      entity('Domain', 'marche-public.fr'),
    ]),
    [],
  );
  const gru = entity('Organization', 'org:gru', 'GRU');
  assert.deepEqual(imitated([entity('Domain', 'gru-mail.com')], [gru]), []);
});
