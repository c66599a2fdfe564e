import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { findBrandLookalikes, findImpersonations, presentsImitation, spelledAt } from './impersonation.ts';
import { extractWithRules } from './index.ts';
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
  // A firm whose site the gazetteer does not know: its name as the registrable label is its own
  // site, under any subdomain; its name beside other words is a copy.
  const firm = entity('Organization', 'org:quillsec', 'QuillSec');
  assert.deepEqual(
    imitated(
      [entity('Url', 'https://labs.quillsec.com/blog/report'), entity('Domain', 'quillsec-login.com')],
      [firm],
    ),
    ['quillsec-login.com -> QuillSec'],
  );
});

test('sentences calling addresses copies of someone else are recognised in three languages', () => {
  assert.ok(presentsImitation('The crew set up look-alike portals such as login-bank.example.'));
  assert.ok(presentsImitation('Les enquêteurs ont trouvé des adresses trompeuses visant la mairie.'));
  assert.ok(presentsImitation('أنشأ القراصنة مواقع مزيفة لسرقة بيانات الموظفين.'));
  assert.ok(!presentsImitation('The agency publishes its reports on its own site.'));
  assert.ok(!presentsImitation('Le ministère a publié un communiqué sur son site officiel.'));
});

test('an acronym inside a host counts only for an address presented as an imitation', () => {
  const federation = entity('Organization', 'org:fifa', 'Fédération internationale', []);
  federation.aliases.add('FIFA');
  const lookAlike = entity('Domain', 'fifa-tickets.net');
  assert.deepEqual(imitated([lookAlike], [federation]), []);
  assert.deepEqual(
    findImpersonations([lookAlike, federation], new Set([lookAlike.key])).map((found) => found.imitated.name),
    ['Fédération internationale'],
  );
  // The acronym alone as the whole label may be the organisation's own site under another name.
  const bare = entity('Domain', 'fifa.net');
  assert.deepEqual(findImpersonations([bare, federation], new Set([bare.key])), []);
});

test('"www." before a name whose site is unknown adds nothing to it: the real site, no imitation', () => {
  const network = entity('Organization', 'org:peoplenet', 'Peoplenet');
  assert.deepEqual(
    imitated(
      [
        entity('Url', 'https://www.peoplenet.com/company/acme/'),
        entity('Domain', 'login-peoplenet.com'),
        entity('Domain', 'www.peoplenet-login.com'),
      ],
      [network],
    ),
    ['login-peoplenet.com -> Peoplenet', 'www.peoplenet-login.com -> Peoplenet'],
  );
});

const lookalikes = (indicators: ResolvedEntity[], organisations: ResolvedEntity[] = []) =>
  findBrandLookalikes([...indicators, ...organisations], new Set(indicators.map((found) => found.key))).map(
    (found) => `${found.imitator.key} -> ${found.imitated.name}`,
  );

test("a defanged host spelling a brand's name as one of its labels imitates it, named in the text or not", () => {
  const studio = entity('Organization', 'org:larkspur', 'Larkspur');
  assert.deepEqual(
    lookalikes(
      [
        entity('Domain', 'larkspur-support.net'),
        entity('Domain', 'files.cdn-larkspur.app'),
        entity('Url', 'https://larkspur.portal-share.io/x'),
      ],
      [studio],
    ),
    [
      'larkspur-support.net -> Larkspur',
      'files.cdn-larkspur.app -> Larkspur',
      'https://larkspur.portal-share.io/x -> Larkspur',
    ],
  );
  // Brands the gazetteer knows need no mention: Microsoft is one.
  assert.deepEqual(lookalikes([entity('Domain', 'mail.microsoft-update.app')]), [
    'mail.microsoft-update.app -> Microsoft',
  ]);
});

test('the brand as the whole registrable name, its own site, a word inside a label or a short name is no look-alike', () => {
  const studio = entity('Organization', 'org:larkspur', 'Larkspur', ['larkspur.com']);
  assert.deepEqual(
    lookalikes(
      [
        entity('Domain', 'support.larkspur.net'),
        entity('Domain', 'cdn.larkspur.com'),
        entity('Domain', 'larkspurgarden.net'),
        entity('Domain', 'gru-mail.com'),
      ],
      [studio, entity('Organization', 'org:gru', 'GRU')],
    ),
    [],
  );
  // A gazetteer name it matches only in context is an ordinary word: "apple-pie.shop" imitates no one.
  assert.deepEqual(lookalikes([entity('Domain', 'apple-pie.shop')]), []);
});

test("a brand's name or short form glued to a look-alike word in one label imitates it; glued to any other word it does not", () => {
  const studio = entity('Organization', 'org:larkspur', 'Larkspur');
  assert.deepEqual(
    lookalikes(
      [
        entity('Domain', 'larkspurlogin.net'),
        entity('Domain', 'files.securelarkspur.app'),
        entity('Domain', 'larkspurgarden.net'),
      ],
      [studio],
    ),
    ['larkspurlogin.net -> Larkspur', 'files.securelarkspur.app -> Larkspur'],
  );
  // The gazetteer's brands and short forms too, and the product's owner with the product.
  assert.deepEqual(
    lookalikes([entity('Domain', 'linkedinverify.com'), entity('Domain', 'api.office365online.app')]),
    ['linkedinverify.com -> LinkedIn', 'api.office365online.app -> Microsoft'],
  );
  // Where the host spells the glued name: its mention, when the text names the brand nowhere else.
  assert.deepEqual(spelledAt('api.office365online[.]app', ['office365']), { start: 4, end: 13 });
});

test('a defanged host misspelling the name of a brand the document names imitates it: a letter added, dropped, changed or two swapped', () => {
  const studio = entity('Organization', 'org:larkspur', 'Larkspur');
  const institute = entity('Organization', 'org:halvard', 'Halvard Institute');
  assert.deepEqual(
    lookalikes(
      [
        entity('Domain', 'larkpsur-mail.net'),
        entity('Domain', 'larkspurr-360.files.workers.dev'),
        entity('Domain', 'mail.larksper.app'),
        entity('Domain', 'halvard-insitute.org'),
      ],
      [studio, institute],
    ),
    [
      'larkpsur-mail.net -> Larkspur',
      'larkspurr-360.files.workers.dev -> Larkspur',
      'mail.larksper.app -> Larkspur',
      'halvard-insitute.org -> Halvard Institute',
    ],
  );
});

test('a misspelling of a short name, of a brand only the gazetteer knows, or two letters away is no look-alike', () => {
  const shop = entity('Organization', 'org:kest', 'Kest');
  const studio = entity('Organization', 'org:larkspur', 'Larkspur');
  assert.deepEqual(
    lookalikes(
      [
        entity('Domain', 'kesst-mail.net'),
        entity('Domain', 'micrsoft-login.app'),
        entity('Domain', 'lurkspor.net'),
      ],
      [shop, studio],
    ),
    [],
  );
});

test('only the hosts written defanged are compared by name alone', () => {
  const studio = entity('Organization', 'org:larkspur', 'Larkspur');
  const host = entity('Domain', 'larkspur-support.net');
  assert.deepEqual(findBrandLookalikes([host, studio], new Set()), []);
});

test('a brand the text names only inside a defanged host is found there, its mention the part that spells it', () => {
  const text = 'Hosts of the campaign:\n- files.microsoft-update[.]app\n- billing-portal[.]net\n';
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const brand = result.entities.find((found) => found.name === 'Microsoft');
  assert.deepEqual(
    brand?.mentions.map((mention) => mention.surface),
    ['microsoft'],
  );
  assert.deepEqual(
    result.relations.map((relation) => `${relation.source} ${relation.type} ${relation.target}`),
    [`files.microsoft-update.app IMPERSONATES ${brand?.key}`],
  );
  assert.deepEqual(spelledAt('mail-en[.]marche[.]fr', ['en', 'marche']), { start: 5, end: 16 });
  assert.equal(spelledAt('seven-marches[.]fr', ['en', 'marche']), undefined);
});

test("a short form the gazetteer gives a brand imitates it and the brand's owner, on a host written by itself", () => {
  assert.deepEqual(
    lookalikes([
      entity('Domain', '1drv.live'),
      entity('Domain', 'msft-login.net'),
      entity('Domain', 'gdrive-share.online'),
      entity('Url', 'https://1drv.surf/b/x1'),
    ]),
    [
      '1drv.live -> OneDrive',
      '1drv.live -> Microsoft',
      'msft-login.net -> Microsoft',
      'gdrive-share.online -> Google Drive',
      'gdrive-share.online -> Google',
    ],
  );
  // The brand's own short-link site, a short form of fewer than four letters alone, a short form
  // inside a longer label: no look-alike.
  assert.deepEqual(
    lookalikes([entity('Domain', '1drv.ms'), entity('Domain', 'ms.site'), entity('Domain', 'gdrives.net')]),
    [],
  );
});

test('the owner a document names is the one imitated, and the part of the host that spells the short form names the product', () => {
  const text =
    'Microsoft warned its users.\nHosts of the campaign:\n- 1drv-files[.]site\n- billing-portal[.]net\n';
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((found) => [found.key, found.name]));
  assert.deepEqual(
    result.relations
      .filter((relation) => relation.type === 'IMPERSONATES')
      .map((relation) => `${relation.source} -> ${nameOf.get(relation.target)}`)
      .sort(),
    ['1drv-files.site -> Microsoft', '1drv-files.site -> OneDrive'],
  );
  const product = result.entities.find((found) => found.name === 'OneDrive');
  assert.deepEqual(
    product?.mentions.map((mention) => mention.surface),
    ['1drv'],
  );
  assert.equal(result.entities.filter((found) => found.name === 'Microsoft').length, 1);
});
