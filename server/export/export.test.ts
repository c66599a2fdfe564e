import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphJson, GraphJsonPart } from '../../graph-schema/graph-json.ts';
import { CSV_LIST_SEPARATOR } from './csv.ts';
import { GEXF_LIST_SEPARATOR } from './gexf.ts';
import { GraphJsonWriter } from './graph-json.ts';
import { GRAPHML_LIST_SEPARATOR } from './graphml.ts';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, csvEdgesPath } from './index.ts';

// Names chosen to break naive writers: quotes, commas, newlines, markup, Arabic, a control char.
const TRICKY_NAME = 'Groupe "Sable", <noir> & co\nligne 2';
const ARABIC_NAME = 'مجموعة الرمال، "السوداء"';

const graph: GraphJson = {
  documents: [{ id: 'doc_1', uri: '/tmp/a.txt', title: 'Un titre, "cité"', lang: 'fr' }],
  nodes: [
    {
      id: 'org_1',
      type: 'Organization',
      name: TRICKY_NAME,
      aliases: [TRICKY_NAME, 'GS'],
      documents: ['doc_1'],
    },
    {
      id: 'ta_2',
      type: 'ThreatActor',
      name: ARABIC_NAME,
      aliases: [ARABIC_NAME, 'Black Sand\u0007'],
      documents: ['doc_1'],
    },
  ],
  edges: [
    {
      id: 'rel_1',
      type: 'ATTRIBUTED_TO',
      source: 'ta_2',
      target: 'org_1',
      confidence: 0.75,
      modality: 'reported',
      assertedBy: ['org_1'],
      evidence: [{ documentId: 'doc_1', text: 'Selon "X", a & b.', start: 0, end: 17, lang: 'fr' }],
    },
  ],
};

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict reader for the XML subset our writers emit; throws on anything not well-formed. */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  while (at < body.length) {
    if (body[at] !== '<') {
      const end = body.indexOf('<', at);
      const raw = body.slice(at, end === -1 ? body.length : end);
      const parent = stack.at(-1);
      if (!parent) {
        assert.match(raw, /^\s*$/, 'text outside the root element');
      } else {
        parent.text += decodeReferences(raw);
      }
      at = end === -1 ? body.length : end;
      continue;
    }
    const close = body.indexOf('>', at);
    assert.ok(close > at, 'unterminated tag');
    const tag = body.slice(at + 1, close);
    at = close + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      assert.equal(tag.slice(1), open?.name, 'mismatched closing tag');
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const match = /^([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*\/?$/.exec(tag);
    assert.ok(match, `malformed tag <${tag}>`);
    const element: XmlElement = { name: match[1] ?? '', attributes: {}, children: [], text: '' };
    for (const [, name, value] of (match[2] ?? '').matchAll(/([A-Za-z_][\w:.-]*)="([^"]*)"/g)) {
      assert.ok(name !== undefined && value !== undefined);
      assert.ok(!(name in element.attributes), `duplicate attribute ${name}`);
      element.attributes[name] = decodeReferences(value);
    }
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else {
      assert.equal(root, undefined, 'more than one root element');
      root = element;
    }
    if (!selfClosing) stack.push(element);
  }
  assert.equal(stack.length, 0, 'unclosed elements');
  assert.ok(root, 'no root element');
  return root;
}

function decodeReferences(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
  assert.doesNotMatch(raw, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, 'control character in XML');
  return raw.replace(/&([^;]*);|&/g, (whole, name: string | undefined) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name === undefined) assert.fail(`bare & in ${JSON.stringify(raw)}`);
    if (name in named) return named[name] ?? '';
    const code = /^#(\d+)$/.exec(name)?.[1];
    assert.ok(code, `unknown entity ${whole}`);
    return String.fromCodePoint(Number(code));
  });
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendants(child, name),
  ]);
}

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      assert.equal(field, '', 'quote inside an unquoted field');
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.equal(row.length + field.length, 0, 'last record not terminated by CRLF');
  return rows;
}

describe('export formats', () => {
  test('graph-json is the contract shape with stable key order and parses back unchanged', () => {
    const shuffled: GraphJson = {
      edges: graph.edges,
      nodes: graph.nodes.map((node) => ({
        documents: node.documents,
        aliases: node.aliases,
        name: node.name,
        type: node.type,
        id: node.id,
      })),
      documents: graph.documents,
    };
    const text = EXPORT_FORMATS['graph-json'].render(shuffled, 'nodes');
    assert.deepEqual(JSON.parse(text), graph);
    assert.equal(text, EXPORT_FORMATS['graph-json'].render(graph, 'nodes'));
    assert.deepEqual(Object.keys(JSON.parse(text) as object), ['documents', 'nodes', 'edges']);
    assert.ok(text.includes('\n  "documents"'), 'pretty-printed');
  });

  test('graph-json written part by part is the same text as the whole graph rendered at once', async () => {
    const written = async (parts: readonly GraphJsonPart[]) => {
      let text = '';
      const writer = new GraphJsonWriter(async (chunk) => void (text += chunk));
      for (const part of parts) await writer.add(part);
      await writer.end();
      return text;
    };
    const whole = (of: GraphJson) => EXPORT_FORMATS['graph-json'].render(of, 'nodes');
    const [first, second] = graph.nodes;
    assert.ok(first && second);
    assert.equal(
      await written([
        { documents: graph.documents },
        { nodes: [first] },
        { nodes: [] },
        { nodes: [second] },
        { edges: graph.edges },
      ]),
      whole(graph),
    );
    // Lists no part brings, or only empty parts, are written empty.
    assert.equal(await written([]), whole({ documents: [], nodes: [], edges: [] }));
    assert.equal(
      await written([{ documents: [] }, { edges: graph.edges }]),
      whole({ documents: [], nodes: [], edges: graph.edges }),
    );
    assert.equal(
      await written([{ nodes: graph.nodes }]),
      whole({ documents: [], nodes: graph.nodes, edges: [] }),
    );
    const outOfOrder = new GraphJsonWriter(async () => undefined);
    await outOfOrder.add({ edges: graph.edges });
    await assert.rejects(outOfOrder.add({ nodes: graph.nodes }), /out of order: nodes after edges/);
  });

  test('GEXF is well-formed and carries names, types, aliases and edge attributes', () => {
    const root = parseXml(EXPORT_FORMATS.gexf.render(graph, 'nodes'));
    assert.equal(root.name, 'gexf');
    assert.equal(root.attributes.version, '1.3');
    const nodes = descendants(root, 'node');
    assert.deepEqual(
      nodes.map((node) => node.attributes.label),
      [TRICKY_NAME, ARABIC_NAME],
    );
    const values = (element: XmlElement) =>
      Object.fromEntries(descendants(element, 'attvalue').map((v) => [v.attributes.for, v.attributes.value]));
    assert.deepEqual(values(nodes[0] as XmlElement), {
      type: 'Organization',
      aliases: [TRICKY_NAME, 'GS'].join(GEXF_LIST_SEPARATOR),
      externalIds: '',
      documentCount: '1',
      documentTitles: 'Un titre, "cité"',
    });
    assert.equal(
      values(nodes[1] as XmlElement).aliases,
      [ARABIC_NAME, 'Black Sand'].join(GEXF_LIST_SEPARATOR),
    );
    const [edge] = descendants(root, 'edge');
    assert.equal(edge?.attributes.source, 'ta_2');
    assert.equal(edge?.attributes.target, 'org_1');
    assert.equal(edge?.attributes.kind, 'ATTRIBUTED_TO:reported');
    assert.deepEqual(values(edge as XmlElement), {
      type: 'ATTRIBUTED_TO',
      kind: 'ATTRIBUTED_TO:reported',
      confidence: '0.75',
      modality: 'reported',
      assertedBy: 'org_1',
      assertedByNames: TRICKY_NAME,
      evidenceCount: '1',
      documentCount: '1',
      firstEvidence: 'Selon "X", a & b.',
      documentTitles: 'Un titre, "cité"',
    });
    const declared = descendants(root, 'attribute').map((a) => a.attributes.id);
    for (const used of descendants(root, 'attvalue').map((v) => v.attributes.for)) {
      assert.ok(declared.includes(used), `attribute ${used} is declared`);
    }
  });

  test('GraphML declares every key it uses and keeps values intact', () => {
    const root = parseXml(EXPORT_FORMATS.graphml.render(graph, 'nodes'));
    assert.equal(root.name, 'graphml');
    const keys = new Map(descendants(root, 'key').map((key) => [key.attributes.id, key.attributes]));
    const data = descendants(root, 'data');
    assert.ok(data.length > 0);
    for (const item of data) assert.ok(keys.has(item.attributes.key), `key ${item.attributes.key} declared`);
    const [first] = descendants(root, 'node');
    const field = (element: XmlElement | undefined, name: string) =>
      element?.children.find((child) => keys.get(child.attributes.key ?? '')?.['attr.name'] === name)?.text;
    assert.equal(field(first, 'label'), TRICKY_NAME);
    assert.equal(field(first, 'aliases'), [TRICKY_NAME, 'GS'].join(GRAPHML_LIST_SEPARATOR));
    const [edge] = descendants(root, 'edge');
    assert.equal(field(edge, 'confidence'), '0.75');
    assert.equal(field(edge, 'type'), 'ATTRIBUTED_TO');
  });

  test('cyjs has the Cytoscape elements shape with interaction as the relation type', () => {
    const parsed = JSON.parse(EXPORT_FORMATS.cyjs.render(graph, 'nodes')) as {
      elements: {
        nodes: Array<{ data: Record<string, unknown> }>;
        edges: Array<{ data: Record<string, unknown> }>;
      };
    };
    assert.deepEqual(
      parsed.elements.nodes.map((node) => [node.data.id, node.data.name, node.data.type]),
      [
        ['org_1', TRICKY_NAME, 'Organization'],
        ['ta_2', ARABIC_NAME, 'ThreatActor'],
      ],
    );
    assert.deepEqual(parsed.elements.edges[0]?.data, {
      id: 'rel_1',
      source: 'ta_2',
      target: 'org_1',
      interaction: 'ATTRIBUTED_TO',
      type: 'ATTRIBUTED_TO',
      kind: 'ATTRIBUTED_TO:reported',
      confidence: 0.75,
      modality: 'reported',
      assertedBy: ['org_1'],
      assertedByNames: [TRICKY_NAME],
      evidenceCount: 1,
      documentCount: 1,
      firstEvidence: 'Selon "X", a & b.',
      documentTitles: ['Un titre, "cité"'],
    });
  });

  test('CSV tables round-trip quotes, commas, newlines and Arabic', () => {
    const nodes = parseCsv(EXPORT_FORMATS.csv.render(graph, 'nodes'));
    assert.deepEqual(nodes[0], [
      'Id',
      'Label',
      'EntityType',
      'Aliases',
      'ExternalIds',
      'DocumentCount',
      'DocumentTitles',
    ]);
    assert.deepEqual(nodes[1], [
      'org_1',
      TRICKY_NAME,
      'Organization',
      `${TRICKY_NAME}${CSV_LIST_SEPARATOR}GS`,
      '',
      '1',
      'Un titre, "cité"',
    ]);
    assert.equal(nodes[2]?.[1], ARABIC_NAME);
    assert.equal(nodes.length, 3);
    const edges = parseCsv(EXPORT_FORMATS.csv.render(graph, 'edges'));
    const header = edges[0] ?? [];
    const row = Object.fromEntries(header.map((name, i) => [name, edges[1]?.[i]]));
    assert.deepEqual(row, {
      Id: 'rel_1',
      Source: 'ta_2',
      Target: 'org_1',
      Type: 'Directed',
      Label: 'ATTRIBUTED_TO',
      Relation: 'ATTRIBUTED_TO',
      Weight: '1',
      Confidence: '0.75',
      Modality: 'reported',
      AssertedBy: 'org_1',
      AssertedByNames: TRICKY_NAME,
      Kind: 'ATTRIBUTED_TO:reported',
      EvidenceCount: '1',
      FirstEvidence: 'Selon "X", a & b.',
      DocumentTitles: 'Un titre, "cité"',
    });
  });

  test('an empty graph exports in every format', () => {
    const empty: GraphJson = { documents: [], nodes: [], edges: [] };
    for (const name of EXPORT_FORMAT_NAMES) {
      const text = EXPORT_FORMATS[name].render(empty, 'edges');
      if (name === 'gexf' || name === 'graphml') parseXml(text);
      else if (name === 'csv') assert.equal(parseCsv(text).length, 1);
      else JSON.parse(text);
    }
  });

  test('the CSV edges file name', () => {
    assert.equal(csvEdgesPath('out/graph.csv'), 'out/graph-edges.csv');
    assert.equal(csvEdgesPath('out.d/graph'), 'out.d/graph-edges');
    assert.equal(csvEdgesPath('.hidden'), '.hidden-edges');
  });
});
