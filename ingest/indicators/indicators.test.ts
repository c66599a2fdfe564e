import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findIndicators, type IndicatorMention } from './index.ts';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

function summary(text: string): string[] {
  return findIndicators(text).map((mention) => `${mention.type} ${mention.value}`);
}

function assertOffsets(text: string, mentions: IndicatorMention[]): void {
  for (const mention of mentions) {
    assert.equal(text.slice(mention.start, mention.end), mention.surface);
  }
}

describe('findIndicators', () => {
  test('indicators are found whatever the case of the letters each kind needs', () => {
    const text =
      'Patch for cve-2024-31337 and Cve-2023-0042; the beacon called FE80::A1:2 and 2001:DB8::7, ' +
      'wrote to Ops@Relay-Mail.org, posted #LeakWeek from @Night_Owl and linked HTTPS://Drop.Example.com/x.';
    assert.deepEqual(summary(text), [
      'Vulnerability CVE-2024-31337',
      'Vulnerability CVE-2023-0042',
      'IpAddress fe80::a1:2',
      'IpAddress 2001:db8::7',
      'Email ops@relay-mail.org',
      'Hashtag leakweek',
      'Account @night_owl',
      'Url https://drop.example.com/x',
    ]);
  });

  test('domains need an ICANN suffix and never are file names, versions or abbreviations', () => {
    const text =
      'Le groupe a enregistré onedrive-en-marche.fr et mail-en-marche.fr. Fichiers : setup.py, ' +
      'invoice.zip, report.pdf, main.js ; version 1.2.3 ; M. Macron et les U.S. officials; ' +
      'intranet.local et foo.co.uk.';
    assert.deepEqual(summary(text), [
      'Domain onedrive-en-marche.fr',
      'Domain mail-en-marche.fr',
      'Domain foo.co.uk',
    ]);
  });

  test('a file-extension suffix counts as a host when a scheme or www. says so', () => {
    assert.deepEqual(summary('Drop sites www.invoice.zip and https://files.zip/a.'), [
      'Domain www.invoice.zip',
      'Url https://files.zip/a',
    ]);
  });

  test('sentences glued without a space are not host names', () => {
    assert.deepEqual(summary('Les médias attendaient.Il a répondu.Le reste.'), []);
  });

  test('URLs with and without scheme, trailing punctuation trimmed', () => {
    const text =
      'Voir «https://Example.COM/Path?q=1», (http://en.wikipedia.org/wiki/Foo_(bar)), ' +
      'pic.twitter.com/LaLA1hgXYk. et "http://evil.ru/x".';
    const mentions = findIndicators(text);
    assert.deepEqual(
      mentions.map((mention) => [mention.type, mention.value, mention.surface]),
      [
        ['Url', 'https://example.com/Path?q=1', 'https://Example.COM/Path?q=1'],
        ['Url', 'http://en.wikipedia.org/wiki/Foo_(bar)', 'http://en.wikipedia.org/wiki/Foo_(bar)'],
        ['Url', 'pic.twitter.com/LaLA1hgXYk', 'pic.twitter.com/LaLA1hgXYk'],
        ['Url', 'http://evil.ru/x', 'http://evil.ru/x'],
      ],
    );
    assertOffsets(text, mentions);
  });

  test('defanged indicators are refanged in value and located in the original text', () => {
    const text = 'C2 at hxxps://evil[.]example[.]com/gate.php, mail admin[@]evil(dot)ru, ip 45.9.148[.]108.';
    const mentions = findIndicators(text);
    assert.deepEqual(
      mentions.map((mention) => [mention.type, mention.value, mention.surface]),
      [
        ['Url', 'https://evil.example.com/gate.php', 'hxxps://evil[.]example[.]com/gate.php'],
        ['Email', 'admin@evil.ru', 'admin[@]evil(dot)ru'],
        ['IpAddress', '45.9.148.108', '45.9.148[.]108'],
      ],
    );
    assertOffsets(text, mentions);
  });

  test('a bracket opened before the dot and never closed defangs too, and keeps the text as written', () => {
    const text = '| fake-agency [.org | 198.51.100 [.23 | and 203.0.113[.7 |';
    const mentions = findIndicators(text);
    assert.deepEqual(
      mentions.map((mention) => [mention.type, mention.value, mention.surface]),
      [
        ['Domain', 'fake-agency.org', 'fake-agency [.org'],
        ['IpAddress', '198.51.100.23', '198.51.100 [.23'],
        ['IpAddress', '203.0.113.7', '203.0.113[.7'],
      ],
    );
    assertOffsets(text, mentions);
  });

  test('a defanged dot before a capital is a host, an undefanged one may be two glued sentences', () => {
    assert.deepEqual(summary('Mail came from fakecertification[.]Net. Then it stopped.Next came more.'), [
      'Domain fakecertification.net',
    ]);
  });

  test('prose brackets are not defanging', () => {
    assert.deepEqual(summary('Il a dit (...) et (at) la fin. See note [.] and [.5] here.'), []);
  });

  test('domains inside URLs and e-mails are not reported again', () => {
    assert.deepEqual(summary('Contact press@en-marche.fr or https://en-marche.fr/news today.'), [
      'Email press@en-marche.fr',
      'Url https://en-marche.fr/news',
    ]);
  });

  test('IPv4 with valid octets, IPv6, and neither clock times nor C++ scopes', () => {
    assert.deepEqual(
      summary('Hosts 10.0.0.1, 256.1.1.1, 192.168.1.300, 2001:DB8::1 at 12:30:45 std::vector.'),
      ['IpAddress 10.0.0.1', 'IpAddress 2001:db8::1'],
    );
  });

  test('MD5, SHA1 and SHA256 hashes, not inside longer hex runs', () => {
    const md5 = 'D41D8CD98F00B204E9800998ECF8427E';
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    assert.deepEqual(summary(`md5 ${md5} sha1 ${sha1} sha256 ${sha256} long ${sha256}ab`), [
      `Hash ${md5.toLowerCase()}`,
      `Hash ${sha1}`,
      `Hash ${sha256}`,
    ]);
  });

  test('CVE ids are upper-cased', () => {
    assert.deepEqual(summary('Exploits cve-2017-0144 and CVE–2021–44228.'), [
      'Vulnerability CVE-2017-0144',
      'Vulnerability CVE-2021-44228',
    ]);
  });

  test('hashtags in Latin and Arabic script, not C# or HTML entities', () => {
    assert.deepEqual(summary('Tags #MacronLeaks, #ماكرون_ليكس و#فرنسا; C# &#39; #2017 issue.'), [
      'Hashtag macronleaks',
      'Hashtag ماكرون_ليكس',
      'Hashtag فرنسا',
    ]);
  });

  test('handles with the platform named around them, never the local part of an e-mail', () => {
    const text =
      'WikiLeaks (@wikileaks) sur Twitter; écrire à tips@wikileaks.org.\n\nPuis @Someone ailleurs.';
    const accounts = findIndicators(text).filter((mention) => mention.type === 'Account');
    assert.deepEqual(
      accounts.map((mention) => [mention.value, mention.platform]),
      [
        ['@wikileaks', 'twitter'],
        ['@someone', undefined],
      ],
    );
  });

  test('Arabic text with Latin indicators glued to Arabic words', () => {
    const text =
      'ونشر حساب @EMLEAKS على تويتر الرابط pastebin.com/abc123وقال إن النطاق mail-en-marche.fr مزيف #MacronLeaks.وأضاف';
    const mentions = findIndicators(text);
    assert.deepEqual(
      mentions.map((mention) => `${mention.type} ${mention.value} ${mention.platform ?? ''}`.trim()),
      [
        'Account @emleaks twitter',
        'Url pastebin.com/abc123',
        'Domain mail-en-marche.fr',
        'Hashtag macronleaks',
      ],
    );
    assertOffsets(text, mentions);
  });

  test('seed articles: the look-alike domains, the tweet link, hashtags and handles', (context) => {
    if (!existsSync(SEEDS)) {
      context.skip('seed articles not found in ../shared/seeds');
      return;
    }
    const found = new Map<string, string[]>();
    for (const name of readdirSync(SEEDS).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      const mentions = findIndicators(text);
      assertOffsets(text, mentions);
      found.set(
        name.slice(0, 3),
        mentions.map((mention) => `${mention.type} ${mention.value}`),
      );
    }
    assert.deepEqual(found.get('000'), ['Hashtag macronleaks']);
    assert.deepEqual(found.get('001'), []);
    assert.deepEqual(found.get('002'), ['Domain onedrive-en-marche.fr', 'Domain mail-en-marche.fr']);
    assert.deepEqual(found.get('003'), [
      'Hashtag macronleaks',
      'Account @wikileaks',
      'Account @emmanuelmacron',
      'Url pic.twitter.com/LaLA1hgXYk',
      'Account @cnccep',
      'Hashtag macronleaks',
    ]);
  });
});
