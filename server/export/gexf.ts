/**
 * GEXF 1.3, the format Gephi and Gephi Lite open natively. Node colours come from
 * graph-schema so the file looks like the explorer; edge weight is the number of distinct
 * documents supporting the edge, so thickness shows how well attested a claim is; edge `kind`
 * (relation type and modality) keeps two relations between the same pair apart in Gephi.
 */
import type { GraphJson, GraphJsonEdge, GraphJsonNode } from '../../graph-schema/graph-json.ts';
import { entityTypeSpec } from '../../graph-schema/schema.ts';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  edgeKind,
  exportContext,
  flatValue,
  supportingDocuments,
  type AttributeSpec,
  type ExportContext,
} from './flat-attributes.ts';
import { escapeXmlText, xmlAttributes } from './xml.ts';

/** Joins list values into one attribute; GEXF list types are read inconsistently by tools. */
export const GEXF_LIST_SEPARATOR = ' | ';

const GEXF_TYPES = { string: 'string', int: 'integer', double: 'double' } as const;

export function toGexf(graph: GraphJson): string {
  const context = exportContext(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta>',
    '    <creator>evigraph</creator>',
    `    <description>${escapeXmlText(describe(graph))}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...graph.nodes.flatMap((node) => nodeLines(node, context)),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.flatMap((edge) => edgeLines(edge, context)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}

function declarations<T>(domain: 'node' | 'edge', specs: ReadonlyArray<AttributeSpec<T>>): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...specs.map(
      (spec) =>
        `      <attribute ${xmlAttributes([
          ['id', spec.name],
          ['title', spec.name],
          ['type', GEXF_TYPES[spec.type]],
        ])}/>`,
    ),
    '    </attributes>',
  ];
}

function describe(graph: GraphJson): string {
  return `${graph.nodes.length} entities and ${graph.edges.length} relations from ${graph.documents.length} documents`;
}

function nodeLines(node: GraphJsonNode, context: ExportContext): string[] {
  const [r, g, b] = rgb(entityTypeSpec(node.type)?.color ?? '#999999');
  return [
    `      <node ${xmlAttributes([
      ['id', node.id],
      ['label', node.name],
    ])}>`,
    ...attvalues(node, NODE_ATTRIBUTES, context),
    `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
    '      </node>',
  ];
}

function edgeLines(edge: GraphJsonEdge, context: ExportContext): string[] {
  return [
    `      <edge ${xmlAttributes([
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
      ['kind', edgeKind(edge)],
      ['label', edge.type],
      ['weight', Math.max(1, supportingDocuments(edge).length)],
    ])}>`,
    ...attvalues(edge, EDGE_ATTRIBUTES, context),
    '      </edge>',
  ];
}

function attvalues<T>(element: T, specs: ReadonlyArray<AttributeSpec<T>>, context: ExportContext): string[] {
  return [
    '        <attvalues>',
    ...specs.map(
      (spec) =>
        `          <attvalue ${xmlAttributes([
          ['for', spec.name],
          ['value', flatValue(spec.value(element, context), GEXF_LIST_SEPARATOR)],
        ])}/>`,
    ),
    '        </attvalues>',
  ];
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
