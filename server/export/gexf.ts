/**
 * GEXF 1.3, the format Gephi and Gephi Lite open natively. Node colours come from
 * graph-schema so the file looks like the explorer; edge weight is the number of distinct
 * documents supporting the edge, so thickness shows how well attested a claim is.
 */
import type { GraphJson, GraphJsonEdge, GraphJsonNode } from '../../graph-schema/graph-json.ts';
import { entityTypeSpec } from '../../graph-schema/schema.ts';
import { escapeXmlText, xmlAttributes } from './xml.ts';

/** Joins list values into one attribute; GEXF list types are read inconsistently by tools. */
export const GEXF_LIST_SEPARATOR = ' | ';

export function toGexf(graph: GraphJson): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta>',
    '    <creator>evigraph</creator>',
    `    <description>${escapeXmlText(describe(graph))}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="aliases" title="aliases" type="string"/>',
    '      <attribute id="documentCount" title="documentCount" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="confidence" title="confidence" type="double"/>',
    '      <attribute id="modality" title="modality" type="string"/>',
    '      <attribute id="assertedBy" title="assertedBy" type="string"/>',
    '      <attribute id="evidenceCount" title="evidenceCount" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
    ...graph.nodes.flatMap(nodeLines),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.flatMap(edgeLines),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}

function describe(graph: GraphJson): string {
  return `${graph.nodes.length} entities and ${graph.edges.length} relations from ${graph.documents.length} documents`;
}

function nodeLines(node: GraphJsonNode): string[] {
  const [r, g, b] = rgb(entityTypeSpec(node.type)?.color ?? '#999999');
  return [
    `      <node ${xmlAttributes([
      ['id', node.id],
      ['label', node.name],
    ])}>`,
    '        <attvalues>',
    attvalue('type', node.type),
    attvalue('aliases', node.aliases.join(GEXF_LIST_SEPARATOR)),
    attvalue('documentCount', node.documents.length),
    '        </attvalues>',
    `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
    '      </node>',
  ];
}

function edgeLines(edge: GraphJsonEdge): string[] {
  const supportingDocuments = new Set(edge.evidence.map((piece) => piece.documentId)).size;
  return [
    `      <edge ${xmlAttributes([
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
      ['label', edge.type],
      ['weight', Math.max(1, supportingDocuments)],
    ])}>`,
    '        <attvalues>',
    attvalue('type', edge.type),
    attvalue('confidence', edge.confidence),
    attvalue('modality', edge.modality),
    attvalue('assertedBy', edge.assertedBy.join(GEXF_LIST_SEPARATOR)),
    attvalue('evidenceCount', edge.evidence.length),
    '        </attvalues>',
    '      </edge>',
  ];
}

function attvalue(key: string, value: string | number): string {
  return `          <attvalue ${xmlAttributes([
    ['for', key],
    ['value', value],
  ])}/>`;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
