/**
 * The detectors' markers, checked in one place: a {@link MarkerScan} reads a message's header
 * fields, part types and body head once, and tells for each detector whether any of its
 * {@link DetectorMarkers} is present. The pipeline skips a detector whose markers are all absent,
 * which is what its own first test would have concluded, without running its code.
 */
import type { ParsedMessage } from '../mime/types.js';
import type { Detector, DetectorMarkers } from './types.js';

/** How much of the body text a body marker is looked for in (as `hasMarker` in text-report.ts). */
const BODY_WINDOW = 8192;
/** Longest body marker: the head read is the window plus this, so a marker that starts inside the window is whole. */
const MAX_BODY_MARKER = 256;

/**
 * One detector's markers with every list present (empty when not declared): one object shape
 * for all detectors, so the checks below stay fast property reads.
 */
export interface CompiledMarkers {
  readonly present: readonly string[];
  readonly headers: readonly { readonly name: string; readonly test: RegExp }[];
  readonly parts: readonly string[];
  readonly body: readonly string[];
}

/** One detector's markers in the form {@link MarkerScan} reads. */
export function compileMarkers(m: DetectorMarkers): CompiledMarkers {
  return { present: m.present ?? [], headers: m.headers ?? [], parts: m.parts ?? [], body: m.body ?? [] };
}

/** Compiled marker lists of recent detector lists (a list is compiled once; entries go with their list). */
const compiled = new WeakMap<readonly Detector[], readonly (CompiledMarkers | null)[]>();

/** The compiled markers of each detector of `detectors`, in order; null for a detector with none. */
export function markersOf(detectors: readonly Detector[]): readonly (CompiledMarkers | null)[] {
  let c = compiled.get(detectors);
  if (c === undefined) {
    c = detectors.map((d) => (d.markers === undefined ? null : compileMarkers(d.markers)));
    compiled.set(detectors, c);
  }
  return c;
}

/** The markers a message shows, read lazily, once per message. */
export class MarkerScan {
  private readonly message: ParsedMessage;
  private head: string | undefined;
  private types: ReadonlySet<string> | undefined;

  constructor(message: ParsedMessage) {
    this.message = message;
  }

  /** True when at least one of `markers` is present (always true for a detector with none). */
  shows(markers: CompiledMarkers | null): boolean {
    if (markers === null) return true;
    const h = this.message.headers;
    for (const name of markers.present) if (h.has(name)) return true;
    for (const { name, test } of markers.headers) if (test.test(h.get(name))) return true;
    if (markers.parts.length > 0) {
      this.types ??= new Set(this.message.parts.map((p) => p.contentType));
      for (const t of markers.parts) if (this.types.has(t)) return true;
    }
    if (markers.body.length > 0) {
      if (this.head === undefined) {
        const flat = this.message.flatText;
        this.head = flat.length > BODY_WINDOW + MAX_BODY_MARKER ? flat.slice(0, BODY_WINDOW + MAX_BODY_MARKER) : flat;
      }
      for (const m of markers.body) if (this.head.includes(m)) return true;
    }
    return false;
  }
}

/**
 * Whether a marker list is well formed: body markers non-empty and no longer than the scan's
 * slack, header names lower case, tests without the stateful `g` / `y` flags. Checked by the
 * detector contract tests.
 */
export function markersWellFormed(markers: DetectorMarkers): boolean {
  const bodyOk = (markers.body ?? []).every((m) => m.length > 0 && m.length <= MAX_BODY_MARKER);
  const testsOk = (markers.headers ?? []).every(({ name, test }) => name === name.toLowerCase() && !test.global && !test.sticky);
  return bodyOk && testsOk;
}
