import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { findColonLists } from './colon-lists.ts';
import { extractWithRules } from './index.ts';

function relationLines(text: string): string[] {
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations
    .map(
      (relation) =>
        `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
    )
    .sort();
}

describe('lists a colon opens', () => {
  test('"used by X:" then one tool a line: each tool is software X uses, names unknown elsewhere included; three lines of prose close the list', () => {
    const text = [
      'The toolset used by APT99:',
      'Blackpine (Backdoor.Pine): a backdoor that collects files.',
      'It also deletes logs.',
      'Greyfox: a tool to steal passwords.',
      'Analysts at several firms followed the group for years.',
      'Its operators were careful.',
      'Few of its lures were ever seen.',
      'Redkite: not an item any more.',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES APT99 -> Blackpine asserted',
      'USES APT99 -> Greyfox asserted',
    ]);
  });

  test('"X used the following:" with bulleted items that are indicators', () => {
    const text =
      'In that campaign, APT99 exploited the following flaws:\n*\no    CVE-2017-0199 [3]\no    CVE-2017-11882 [6]\n';
    assert.deepEqual(relationLines(text), [
      'USES APT99 -> CVE-2017-0199 asserted',
      'USES APT99 -> CVE-2017-11882 asserted',
    ]);
  });

  test('items bulleted by a lone "o" right under the lead, and a lead that names its end through "the group"', () => {
    const text = [
      'APT99 sent spear-phishing mails to several ministries.',
      'In its campaigns the group mostly exploited the following flaws:',
      'o    CVE-2017-0199 [3]',
      'o    CVE-2017-11882 [6]',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES APT99 -> CVE-2017-0199 asserted',
      'USES APT99 -> CVE-2017-11882 asserted',
    ]);
  });

  test('a lone "o" padded with no-break spaces, as web pages write bullets, is a bullet too', () => {
    const text = [
      'APT99 sent spear-phishing mails to several ministries.',
      'The group mostly exploited the following flaws:',
      'o\u00a0\u00a0 CVE-2017-0199 [3]',
      'o\u00a0\u00a0 CVE-2017-11882 [6]',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES APT99 -> CVE-2017-0199 asserted',
      'USES APT99 -> CVE-2017-11882 asserted',
    ]);
  });

  test('indicators as items, in lower case and defanged, on the lines right after the lead', () => {
    const text = [
      'APT99 sent lures to several ministries.',
      'In that campaign APT99 registered the following domains:',
      'office-login[.]com',
      '* mail-secure[.]net [4]',
      '1drv[.]live',
      'The lures were in English.',
    ].join('\n');
    // "1drv" is OneDrive's short form: the host imitates it and its owner.
    assert.deepEqual(relationLines(text), [
      'IMPERSONATES 1drv.live -> Microsoft asserted',
      'IMPERSONATES 1drv.live -> OneDrive asserted',
      'REGISTERED APT99 -> 1drv.live asserted',
      'REGISTERED APT99 -> mail-secure.net asserted',
      'REGISTERED APT99 -> office-login.com asserted',
    ]);
  });

  test('a pipe table under the lead: the indicators of its rows are the items, its other cells are not', () => {
    const text = [
      'APT99 sent lures to several ministries.',
      'The infrastructure used by APT99:',
      '| Domain             | IP              | Imitating          |',
      '| office-login[.]com | 198.51.100[.]23 | Northern Board Ltd |',
      '| mail-secure[.]net  | 203.0.113[.]7   | Western Board Ltd  |',
      'The lures were in English.',
    ].join('\n');
    // The column headed as imitated gives its own relation (./table-rows.ts), not items; a
    // company is named without its legal form, as anywhere else.
    assert.deepEqual(relationLines(text), [
      'IMPERSONATES mail-secure.net -> Western Board asserted',
      'IMPERSONATES office-login.com -> Northern Board asserted',
      'USES APT99 -> 198.51.100.23 asserted',
      'USES APT99 -> 203.0.113.7 asserted',
      'USES APT99 -> mail-secure.net asserted',
      'USES APT99 -> office-login.com asserted',
    ]);
  });

  test('a name far from the trigger in the lead is not its end; a short heading opens no list', () => {
    const text =
      'The toolset used by operators who were once close to APT99:\nBlackpine: a backdoor.\nGreyfox: a stealer.\n';
    const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
    // The items are still software; only the end is left open.
    assert.deepEqual(result.entities.map((entity) => `${entity.type}:${entity.name}`).sort(), [
      'Malware:Blackpine',
      'Malware:Greyfox',
      'ThreatActor:APT99',
    ]);
    assert.deepEqual(result.relations, []);
    assert.deepEqual(findColonLists('Summary:\nBlackpine: a backdoor.\n'), []);
  });

  test('a lead without a relation word is no list', () => {
    assert.deepEqual(findColonLists('The following part shows the files:\nReport.doc: a lure.\n'), []);
  });

  test('indicators one a line under a sentence ending in a full stop; tied to an actor, they are its infrastructure', () => {
    const text = [
      'Analysts found other domains attributed to TA999 with high confidence.',
      'billing-portal[.]net',
      'secure-invoice[.]org | Domain',
      '- 198.51.100[.]23',
      'The lures were in English.',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES TA999 -> 198.51.100.23 asserted',
      'USES TA999 -> billing-portal.net asserted',
      'USES TA999 -> secure-invoice.org asserted',
    ]);
  });

  test("a heading or a lead that names one actor and its indicators lists the actor's infrastructure", () => {
    assert.deepEqual(relationLines('Infrastructure of TA999\nbilling-portal[.]net\nsecure-invoice[.]org\n'), [
      'USES TA999 -> billing-portal.net asserted',
      'USES TA999 -> secure-invoice.org asserted',
    ]);
    assert.deepEqual(relationLines('TA999 C2 servers:\n* billing-portal[.]net\n* 198.51.100[.]23\n'), [
      'USES TA999 -> 198.51.100.23 asserted',
      'USES TA999 -> billing-portal.net asserted',
    ]);
  });

  test("a possessive heading that refers to the actor named before lists the actor's infrastructure", () => {
    for (const heading of ["The actor's C2 servers:", "This adversary's infrastructure"]) {
      assert.deepEqual(
        relationLines(
          `TA999 sent lures to shipping firms in May.\n${heading}\nbilling-portal[.]net\n198.51.100[.]23\n`,
        ),
        ['USES TA999 -> 198.51.100.23 asserted', 'USES TA999 -> billing-portal.net asserted'],
      );
    }
  });

  test('indicators under a lead that names no owner, or two, belong to no one', () => {
    assert.deepEqual(
      relationLines('Indicators of compromise\nbilling-portal[.]net\nsecure-invoice[.]org\n'),
      [],
    );
    assert.deepEqual(
      relationLines('The phishing mails came from the following domains:\nbilling-portal[.]net\n'),
      [],
    );
    assert.deepEqual(
      relationLines('Infrastructure of TA999 and TA998\nbilling-portal[.]net\nsecure-invoice[.]org\n'),
      [],
    );
  });

  test('under a sentence ending in a full stop only indicators are items, and only right under it', () => {
    assert.deepEqual(findColonLists('TA999 used several tools.\nBlackpine\nGreyfox\n'), []);
    assert.deepEqual(
      findColonLists('TA999 used these domains.\n\nThe lures were short.\nbilling-portal[.]net\n'),
      [],
    );
  });

  test("tools a lead says were used without saying by whom are the report's topic actor's; its indicators are no one's", () => {
    const text = [
      'APT99 sent lures to several ministries. APT99 then moved through their networks.',
      'Specifically, the new backdoors used in the ministries ([4]):',
      'Blackpine: a backdoor that reads files.',
      'It runs as a service.',
      'It hides its traffic in DNS queries.',
      'Greyfox (also called "Fox"): a stealer with these features:',
      '▪ Reading the clipboard.',
      '▪ Keylogging',
      'Redkite: a loader.',
      'Hosts used in the campaign:',
      'billing-portal[.]net',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES APT99 -> Blackpine asserted',
      'USES APT99 -> Greyfox asserted',
      'USES APT99 -> Redkite asserted',
    ]);
  });

  test('with no actor named far more often than the others, such a list has no user', () => {
    const text = [
      'APT99 and APT98 sent lures to several ministries.',
      'The backdoors used in the ministries:',
      'Blackpine: a backdoor that reads files.',
      'Greyfox: a stealer.',
    ].join('\n');
    assert.deepEqual(relationLines(text), []);
  });

  test('a table flattened to one cell a line: under its header, each indicator is an item of the lead, the other cells no strays', () => {
    const text = [
      'APT99 sent lures to several ministries. APT99 also hit two banks.',
      'The table below lists the indicators of this campaign.',
      'Indicator',
      'Type',
      'Description',
      'billing-portal[.]net',
      'Domain',
      'Phishing page for the ministries',
      '198.51.100[.]23',
      'IP',
      'Command server',
      'secure-invoice[.]org',
      'Domain',
      'Second stage',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES APT99 -> 198.51.100.23 asserted',
      'USES APT99 -> billing-portal.net asserted',
      'USES APT99 -> secure-invoice.org asserted',
    ]);
    // A lead with a trigger: the header's cells and the types are no tools.
    const used = [
      'Indicators of compromise used by APT99:',
      'Indicator',
      'Type',
      'billing-portal[.]net',
      'Domain',
      'Redkite',
      'Malware',
    ].join('\n');
    assert.deepEqual(relationLines(used), ['USES APT99 -> billing-portal.net asserted']);
  });

  test('a flattened table under a heading that names no actor, or two, belongs to no one', () => {
    const header = ['Indicator', 'Type', 'billing-portal[.]net', 'Domain', '198.51.100[.]23', 'IP'];
    const none = ['APT99 sent lures to several ministries.', 'Indicators of compromise', ...header];
    assert.deepEqual(relationLines(none.join('\n')), []);
    const two = ['APT99 sent lures to several ministries.', 'Infrastructure of APT99 and APT98', ...header];
    assert.deepEqual(relationLines(two.join('\n')), []);
  });

  test('a lead in which the actor, named or referred to, takes up infrastructure lists indicators it uses', () => {
    const text = [
      'Quillsec follows a threat actor called TA999. TA999 sends lures to engineers.',
      'The actor set up the following accounts:',
      'billing.desk[@]gmail.com (sender)',
      'support.team[@]gmail.com – reply-to address',
      'The lures were short.',
      'In May the group hosted its loader on these servers: 198.51.100[.]23, 203.0.113[.]7 and hxxps://cdn-files[.]net/s.',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES TA999 -> 198.51.100.23 asserted',
      'USES TA999 -> 203.0.113.7 asserted',
      'USES TA999 -> billing.desk@gmail.com asserted',
      'USES TA999 -> https://cdn-files.net/s asserted',
      'USES TA999 -> support.team@gmail.com asserted',
    ]);
  });

  test('the lead of a line ending in a colon is its last sentence: a verb of attack before it rules nothing', () => {
    const text = 'TA999 targeted banks in Chile. It then set up these domains:\nbilling-portal[.]net\n';
    assert.deepEqual(relationLines(text), [
      'TARGETED TA999 -> Chile asserted',
      'USES TA999 -> billing-portal.net asserted',
    ]);
  });

  test('indicators a lead says the actor attacked or imitated are not its own', () => {
    const lines = (lead: string) =>
      relationLines(`Quillsec follows TA999. ${lead}\nbank-one[.]com\nbank-two[.]com\n`).filter((line) =>
        line.startsWith('USES'),
      );
    assert.deepEqual(lines('TA999 targeted the following domains:'), []);
    assert.deepEqual(lines('TA999 attacked these domains:'), []);
  });

  test("a heading that leads a list of its own, after a blank line, closes the list above; with no actor its indicators are no one's", () => {
    const text = [
      'Quillsec follows TA999. TA999 used the following domains:',
      'billing-portal[.]net',
      'secure-invoice[.]org',
      '',
      'Indicators of compromise',
      'hxxp://203.0.113[.]9/gate.php',
      'other-host[.]info',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'USES TA999 -> billing-portal.net asserted',
      'USES TA999 -> secure-invoice.org asserted',
    ]);
  });

  test('a heading marked as one closes the list above even with no blank line before it', () => {
    const text = [
      'Quillsec follows TA999. TA999 used the following domains:',
      'billing-portal[.]net',
      '**Other indicators**',
      'other-host[.]info',
    ].join('\n');
    assert.deepEqual(relationLines(text), ['USES TA999 -> billing-portal.net asserted']);
  });

  test("hosts an actor's list holds imitate the brands the document names, the whole name under another suffix too; compromised sites do not", () => {
    const text = [
      'TA999 sent lures that pretended to come from Brightwave, a shipping company.',
      'TA999 used the following domains:',
      'brightwave.net',
      'track-brightwave.com',
      'random-host.com',
      '',
      'TA999 used the following compromised websites:',
      'brightwave.org',
    ].join('\n');
    assert.deepEqual(
      relationLines(text).filter((line) => line.startsWith('IMPERSONATES')),
      [
        'IMPERSONATES brightwave.net -> Brightwave asserted',
        'IMPERSONATES track-brightwave.com -> Brightwave asserted',
      ],
    );
    // Without an actor's list, the brand's name as the whole registrable name is its own site.
    assert.deepEqual(
      relationLines('Brightwave is a shipping company. Its staff use brightwave[.]net daily.').filter(
        (line) => line.startsWith('IMPERSONATES'),
      ),
      [],
    );
  });

  test('a sentence that names no actor leads indicators that belong to no one, after its colon too', () => {
    const text =
      'Quillsec follows TA999. TA999 sends lures to engineers. The mails came from the following domain: billing-portal[.]net.\n';
    assert.deepEqual(relationLines(text), []);
  });
});

describe('a list lead naming its end through a reference', () => {
  function confidences(text: string): Map<string, number> {
    const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
    const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
    return new Map(
      result.relations.map((relation) => [
        `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`,
        relation.confidence,
      ]),
    );
  }

  test('gives its items the lower confidence of a reference, as a sentence would', () => {
    const items = ['billing-portal[.]net', 'secure-login[.]org'];
    const named = confidences(
      ['APT99 sent lures.', 'APT99 used the following infrastructure:', ...items].join('\n'),
    );
    const referred = confidences(
      ['APT99 sent lures.', 'These operators used the following infrastructure:', ...items].join('\n'),
    );
    const line = 'USES APT99 -> billing-portal.net';
    const [before, after] = [named.get(line), referred.get(line)];
    assert.ok(before !== undefined && after !== undefined, `${before} ${after}`);
    assert.ok(after < before, `${after} should be below ${before}`);
  });
});
