/**
 * The analysis worker: runs the library on what the page sends, off the page's main thread, so
 * a large or slow input never freezes the tab (and can be stopped). Nothing leaves the browser.
 */
import { explain, explainReply } from '../explain/explain.js';
import { analyzeHeaders } from '../headers/analyze-headers.js';
import { parseBounce } from '../parse/parse-bounce.js';
import { analyzeFiles, analyzeText } from './analyze.js';
import type { Library } from './analyze.js';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol.js';

const library: Library = {
  explain: (input) => explain(input),
  explainReply,
  analyzeHeaders: (text) => analyzeHeaders(text),
  parseBounce: (input, options) => parseBounce(input, options),
};

interface WorkerScope {
  onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(message: AnalyzeResponse): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const req = e.data;
  const t0 = performance.now();
  let work: Promise<AnalyzeResponse>;
  try {
    work = (req.type === 'text' ? analyzeText(library, req.text) : analyzeFiles(library, req.files)).then((diagnosis) => ({
      id: req.id,
      ok: true as const,
      diagnosis,
      ms: performance.now() - t0,
    }));
  } catch (err) {
    work = Promise.reject(err);
  }
  work.then(
    (res) => scope.postMessage(res),
    (err: unknown) => scope.postMessage({ id: req.id, ok: false, error: err instanceof Error && err.name === 'NdrkitError' ? err.message : `The analysis failed: ${err instanceof Error ? err.message : String(err)}` }),
  );
};
