/**
 * Header analysis speed: median time per message for a typical 30-hop header block (target
 * < 0.5 ms), and over the real header blocks of the corpus (every fixture, own and original).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { analyzeHeaders } from '../src/index.js';
import { measure, median, report, type Sample } from './harness.js';

const fixtures = new URL('../test/fixtures/', import.meta.url);

/** A 30-hop block: a real Exchange Online NDR's own headers plus 27 Received fields of the usual forms. */
export function thirtyHopBlock(): string {
  const real = readFileSync(new URL('sisimai/eml/lhost-office365-06.eml', fixtures), 'latin1').replace(/\r\n/g, '\n');
  const head = real.slice(0, real.indexOf('\n\n'));
  const forms = [
    (i: number) => `Received: from relay${i}.example.net (relay${i}.example.net [192.0.2.${i}])\n\tby mx${i}.example.org (Postfix) with ESMTPS id 4Q${i}ABC\n\tfor <user@example.org>; Mon, 1 Jan 2024 10:${String(i).padStart(2, '0')}:00 +0000`,
    (i: number) => `Received: from mail-sor-f${i}.google.com (mail-sor-f${i}.google.com. [209.85.220.${i}])\n        by mx.google.com with SMTPS id a${i}sor123\n        for <user@example.org>; Mon, 01 Jan 2024 02:${String(i).padStart(2, '0')}:00 -0800 (PST)`,
    (i: number) => `Received: from AM${i}PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:20b:${i}::16) by AM${i}PR01MB5678.eurprd01.prod.exchangelabs.com\n (2603:10a6:20b:${i}::17) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7${i}.10; Mon, 1 Jan 2024\n 10:${String(i).padStart(2, '0')}:00 +0000`,
  ];
  const extra: string[] = [];
  for (let i = 27; i >= 1; i--) extra.push((forms[i % 3] as (i: number) => string)(i));
  return `${extra.join('\n')}\n${head}\n\nbody\n`;
}

export async function run(): Promise<void> {
  const block = thirtyHopBlock();
  const check = analyzeHeaders(block);
  const perCall = 200;
  const samples: Sample[] = [];
  // CPU time (user + system) of each batch too: on a shared, loaded machine wall time also
  // counts the time this process waited for a core.
  const cpu: number[] = [];
  const s30 = await measure(`30-hop header block (${check.hops.length} hops, ${check.summary.fieldCount} fields) x${perCall}`, () => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < perCall; i++) analyzeHeaders(block);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000 / perCall);
  }, 15, 3);
  const cpuRuns = cpu.slice(3);
  samples.push({
    ...s30,
    name: `30-hop header block, per message`,
    medianMs: s30.medianMs / perCall,
    minMs: s30.minMs / perCall,
    maxMs: s30.maxMs / perCall,
    extra: { hops: check.hops.length, fields: check.summary.fieldCount, 'cpu median µs': Math.round(median(cpuRuns) * 1000), target: '< 500 µs' },
  });

  // The built library (dist/, what package users run) when it exists: plain JS, no tsx loader.
  const dist = new URL('../dist/index.js', import.meta.url);
  if (existsSync(dist)) {
    const built = (await import(dist.href)) as { analyzeHeaders: typeof analyzeHeaders };
    const cpuD: number[] = [];
    const sd = await measure('30-hop (dist)', () => {
      const c0 = process.cpuUsage();
      for (let i = 0; i < perCall; i++) built.analyzeHeaders(block);
      const c = process.cpuUsage(c0);
      cpuD.push((c.user + c.system) / 1000 / perCall);
    }, 15, 3);
    samples.push({ ...sd, name: '30-hop header block, per message (dist/)', medianMs: sd.medianMs / perCall, minMs: sd.minMs / perCall, maxMs: sd.maxMs / perCall, extra: { 'cpu median µs': Math.round(median(cpuD.slice(3)) * 1000), target: '< 500 µs' } });
  }

  const inputs: { text: string; part: 'outer' | 'original' }[] = [];
  for (const f of readdirSync(new URL('sisimai/eml/', fixtures))) {
    const text = readFileSync(new URL(`sisimai/eml/${f}`, fixtures), 'latin1');
    inputs.push({ text, part: 'outer' }, { text, part: 'original' });
  }
  const sc = await measure(`corpus header blocks (${inputs.length} analyses)`, () => {
    for (const x of inputs) analyzeHeaders(x.text, { part: x.part });
  }, 7, 1);
  samples.push({ ...sc, name: 'corpus, per analysis', medianMs: sc.medianMs / inputs.length, minMs: sc.minMs / inputs.length, maxMs: sc.maxMs / inputs.length, extra: { analyses: inputs.length, 'analyses/s': Math.round(inputs.length / (sc.medianMs / 1000)) } });
  report('headers (analyzeHeaders)', samples);
}
