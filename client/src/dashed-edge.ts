/**
 * An edge program for denials: the curved arrow of @sigma/edge-curve with gaps cut into it,
 * so a denied relation never reads as an established one even where colours are hard to
 * tell apart. The dash follows the distance from the edge's start on screen, which tracks
 * the curve closely at the gentle curvatures used for parallel edges.
 */
import { createEdgeCurveProgram, DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS } from '@sigma/edge-curve';
import type { EdgeProgramType, ProgramDefinition } from 'sigma/rendering';

const DASH_PX = 9;
const GAP_PX = 6;

// The factory's declared type hides the concrete class's getDefinition, which is what we extend.
type ConcreteEdgeProgram = new (
  ...args: ConstructorParameters<EdgeProgramType>
) => InstanceType<EdgeProgramType> & { getDefinition(): ProgramDefinition };

const CurvedArrow = createEdgeCurveProgram({
  arrowHead: DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS.arrowHead ?? {
    extremity: 'target',
    lengthToThicknessRatio: 2.5,
    widenessToThicknessRatio: 2,
  },
}) as unknown as ConcreteEdgeProgram;

const ANCHOR = 'float halfThickness = thickness / 2.0;';

export class DashedEdgeProgram extends CurvedArrow {
  override getDefinition(): ProgramDefinition {
    const definition = super.getDefinition();
    const source = definition.FRAGMENT_SHADER_SOURCE;
    if (!source.includes(ANCHOR)) throw new Error('@sigma/edge-curve changed its shader: update the dashes');
    // Picking (hover and click) keeps the full line so the gaps stay clickable.
    const dashed = source.replace(
      ANCHOR,
      `${ANCHOR}
  #ifndef PICKING_MODE
  if (mod(length(gl_FragCoord.xy - v_cpA), ${(DASH_PX + GAP_PX).toFixed(1)}) > ${DASH_PX.toFixed(1)}) halfThickness = 0.0;
  #endif`,
    );
    return { ...definition, FRAGMENT_SHADER_SOURCE: dashed };
  }
}
