/**
 * The page: reads what the user pastes or drops, sends it to the analysis worker (so the page
 * stays responsive whatever the input) and draws the answer. Nothing is sent anywhere else.
 */
import type { Diagnosis } from './diagnosis.js';
import { clear, h } from './dom.js';
import { diagnosisToMarkdown } from './export-markdown.js';
import { ANALYSIS_TIMEOUT_MS, MAX_FILE_BYTES, MAX_FILES, MAX_PASTE_CHARS, formatSize } from './limits.js';
import type { AnalyzeRequest, AnalyzeResponse, FileInput } from './protocol.js';
import { renderDiagnosis, summaryLine } from './render-diagnosis.js';
import { scriptUrl } from './trusted-urls.js';

/** Typing pauses this long before the input is analysed; a paste is analysed at once. */
const TYPING_DEBOUNCE_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`page: #${id} is missing`);
  return el as T;
}

const input = byId<HTMLTextAreaElement>('input');
const fileInput = byId<HTMLInputElement>('files');
const chooseButton = byId<HTMLButtonElement>('choose');
const clearButton = byId<HTMLButtonElement>('clear');
const status = byId<HTMLElement>('status');
const results = byId<HTMLElement>('results');
const exportBar = byId<HTMLElement>('export');
const dropZone = byId<HTMLElement>('drop');

let worker: Worker | null = null;
let nextId = 1;
/** The request the worker is working on, and the newest one waiting behind it. */
let running: { req: AnalyzeRequest; started: number; timer: ReturnType<typeof setTimeout> } | null = null;
let pending: AnalyzeRequest | null = null;
let current: Diagnosis | null = null;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

let shown = 0;

function setState(state: 'idle' | 'busy' | 'done' | 'error', message: string): void {
  results.dataset['state'] = state;
  // Counts answers shown, so tests and the benchmark can wait for the next one.
  if (state === 'done' || state === 'error') results.dataset['seq'] = String(++shown);
  status.textContent = message;
  status.className = `status ${state}`;
}

function getWorker(): Worker {
  if (worker === null) {
    worker = new Worker(scriptUrl('worker.js'));
    worker.addEventListener('message', (e: MessageEvent<AnalyzeResponse>) => onResult(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      fail('The analysis stopped with an internal error. Please report it with the input, if you can share it.');
    });
  }
  return worker;
}

function fail(message: string): void {
  if (running !== null) clearTimeout(running.timer);
  running = null;
  pending = null;
  worker?.terminate();
  worker = null;
  showNothing();
  setState('error', message);
}

function send(req: AnalyzeRequest): void {
  if (running !== null) {
    pending = req;
    return;
  }
  const timer = setTimeout(
    () => fail(`The analysis took longer than ${ANALYSIS_TIMEOUT_MS / 1000} s and was stopped. Try a smaller input.`),
    ANALYSIS_TIMEOUT_MS,
  );
  running = { req, started: performance.now(), timer };
  setState('busy', 'Reading…');
  const transfer = req.type === 'files' ? req.files.map((f) => f.bytes.buffer as ArrayBuffer) : [];
  getWorker().postMessage(req, transfer);
}

function onResult(res: AnalyzeResponse): void {
  if (running === null || res.id !== running.req.id) return;
  clearTimeout(running.timer);
  const started = running.started;
  running = null;
  if (pending !== null) {
    const next = pending;
    pending = null;
    send(next);
    return;
  }
  if (!res.ok) {
    showNothing();
    setState('error', res.error);
    return;
  }
  show(res.diagnosis);
  const now = performance.now();
  results.dataset['renderedAt'] = now.toFixed(1);
  results.dataset['renderMs'] = (now - started).toFixed(1);
  results.dataset['analysisMs'] = res.ms.toFixed(1);
}

function showNothing(): void {
  current = null;
  clear(results);
  exportBar.hidden = true;
}

function show(d: Diagnosis): void {
  current = d;
  clear(results);
  if (d.kind === 'empty') {
    exportBar.hidden = true;
    setState('idle', '');
    return;
  }
  results.append(renderDiagnosis(d));
  exportBar.hidden = false;
  setState('done', summaryLine(d));
}

function analyseText(): void {
  clearTimeout(typingTimer);
  const text = input.value;
  if (text.length > MAX_PASTE_CHARS) {
    pending = null;
    showNothing();
    setState('error', `This text is too large to read here (${formatSize(text.length)} characters; the limit is ${formatSize(MAX_PASTE_CHARS)}). Save it as a .eml file and drop the file instead.`);
    return;
  }
  if (text.trim() === '') {
    showNothing();
    setState('idle', '');
    return;
  }
  send({ id: nextId++, type: 'text', text });
}

input.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  if (pasted.length > MAX_PASTE_CHARS) {
    e.preventDefault();
    showNothing();
    setState('error', `That paste is too large (${formatSize(pasted.length)} characters; the limit is ${formatSize(MAX_PASTE_CHARS)}). Save it as a .eml file and drop the file instead.`);
  }
});

input.addEventListener('input', (e) => {
  clearTimeout(typingTimer);
  const kind = (e as InputEvent).inputType ?? '';
  if (kind === 'insertFromPaste' || kind === 'insertFromDrop' || kind === '') analyseText();
  else typingTimer = setTimeout(analyseText, TYPING_DEBOUNCE_MS);
});

async function readFiles(list: FileList | readonly File[]): Promise<void> {
  const files = Array.from(list);
  if (files.length === 0) return;
  if (files.length > MAX_FILES) {
    setState('error', `Drop at most ${MAX_FILES} files at a time (you dropped ${files.length}).`);
    return;
  }
  const big = files.find((f) => f.size > MAX_FILE_BYTES);
  if (big !== undefined) {
    setState('error', `${big.name} is too large (${formatSize(big.size)}; the limit is ${formatSize(MAX_FILE_BYTES)} per file).`);
    return;
  }
  setState('busy', `Reading ${files.length} file${files.length === 1 ? '' : 's'}…`);
  const inputs: FileInput[] = [];
  for (const f of files) inputs.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  input.value = '';
  send({ id: nextId++, type: 'files', files: inputs });
}

chooseButton.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  if (fileInput.files !== null) void readFiles(fileInput.files);
  fileInput.value = '';
});

// Files may be dropped anywhere on the page; text dropped on the text box is handled by it.
document.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) {
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    dropZone.classList.add('dragging');
  }
});
document.addEventListener('dragleave', (e) => {
  if (e.relatedTarget === null) dropZone.classList.remove('dragging');
});
document.addEventListener('drop', (e) => {
  dropZone.classList.remove('dragging');
  const files = e.dataTransfer?.files;
  if (files !== undefined && files.length > 0) {
    e.preventDefault();
    void readFiles(files);
  }
});

clearButton.addEventListener('click', () => {
  input.value = '';
  pending = null;
  showNothing();
  setState('idle', '');
  input.focus();
});

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { download: name, class: 'hidden-link' });
  a.href = url;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function markdown(): string {
  return current === null ? '' : diagnosisToMarkdown(current);
}

byId<HTMLButtonElement>('export-md').addEventListener('click', () => download('ndr-diagnosis.md', 'text/markdown', markdown()));
byId<HTMLButtonElement>('export-json').addEventListener('click', () => {
  if (current !== null) download('ndr-diagnosis.json', 'application/json', `${JSON.stringify(current.json, null, 2)}\n`);
});
byId<HTMLButtonElement>('copy-md').addEventListener('click', (e) => {
  const button = e.currentTarget as HTMLButtonElement;
  const done = (ok: boolean): void => {
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => (button.textContent = 'Copy Markdown'), 1500);
  };
  if (navigator.clipboard === undefined) done(false);
  else navigator.clipboard.writeText(markdown()).then(() => done(true), () => done(false));
});

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register(scriptUrl('sw.js')).catch(() => {
    // Offline use is a bonus: without it the page still works while the server is up.
  });
}

setState('idle', '');
document.documentElement.dataset['ready'] = 'true';
if (input.value.trim() !== '') analyseText();
