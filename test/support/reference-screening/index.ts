/**
 * FROZEN REFERENCE — do not optimise, do not "fix", do not share code with `src/screening`.
 *
 * Why it exists: screening results are stored (`resultJson` + `resultHash`) and replayed byte for
 * byte years later. When the screening path in `src/screening` was optimised for throughput, this
 * folder kept a verbatim copy of the implementation as it stood before (screen-proposal,
 * improvements, templates, evaluate, format-value, facts, derived-facts, compile-pack, conditions;
 * only import paths changed). It is the identity oracle: `test/screening-speed-identity.test.ts`
 * screens thousands of generated proposals with both and requires the same canonical JSON. It
 * compiles its own engines from the pack content, so a change to the optimised compiler cannot
 * leak into the oracle. Only modules nobody optimises (pack schema, proposal fields, parameters)
 * are imported from `src/`.
 *
 * A deliberate change of results (a new result field, a wording fix) must change both sides and
 * be a versioned decision — never edit this copy to make the identity test pass.
 */
import type { PackVersion } from '../../../src/screening/pack-registry.js';
import { segmentStartFor, segmentStarts } from '../../../src/screening/parameters.js';
import type { Proposal } from '../../../src/screening/proposal-schema.js';
import type { ScreeningResult } from '../../../src/screening/screening-result.js';
import { compileEngine, type Engine } from './compile-pack.js';
import { type ScreenOptions, screenWithEngine } from './screen-proposal.js';

const engines = new WeakMap<PackVersion, Map<string, Engine>>();

function referenceEngineOn(version: PackVersion, asOf: string): Engine {
  let bySegment = engines.get(version);
  if (!bySegment) {
    bySegment = new Map();
    engines.set(version, bySegment);
  }
  const start = segmentStartFor(segmentStarts(version.content), asOf);
  let engine = bySegment.get(start);
  if (!engine) {
    engine = compileEngine(version.content, version.hash, start);
    bySegment.set(start, engine);
  }
  return engine;
}

/** The pre-optimisation `screenProposal`, on an engine compiled by the frozen compiler. */
export function referenceScreenProposal(
  version: PackVersion,
  proposal: Proposal,
  asOf: string,
  options: ScreenOptions = {},
): ScreeningResult {
  return screenWithEngine(referenceEngineOn(version, asOf), proposal, asOf, options);
}
