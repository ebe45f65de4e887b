// The claim analysis on real sentences from the corpus and the seed pages: who the agent is,
// and whether the sentence is the seller's claim. Each case is a construction the analysis
// must resolve; the sentences are quoted from fixtures/corpus/*.jsonl and fixtures/pages.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/claims/analyze.js';
import { verdictFor } from '../src/claims/verdict.js';
import { parseDocument } from '../src/parse/index.js';
import type { AgentKind, Verdict } from '../src/types.js';

function read(text: string, pageKind?: 'commerce' | 'informational') {
  const analysis = analyzeDocument(parseDocument(text, 'text', 'x.txt'), undefined, { pageKind });
  return analysis.frames.map((f) => ({ agent: f.agent.kind, verdict: verdictFor(f, analysis.page), category: f.category }));
}

const cases: [string, string, AgentKind, Verdict][] = [
  ['an order to the reader, naming the product', 'Stop cancer tumor spread with MyTea Magic', 'imperative', 'claim'],
  ['a label with its subject left out', 'Treats all forms of cancer', 'product', 'claim'],
  ['an established treatment', 'Chemotherapy can kill cancer cells throughout the body even if they traveled away from the original tumor.', 'treatment', 'not-a-claim'],
  ['a treatment noun compromise reads as a verb', 'Sometimes immunotherapy lessens the side effects of other cancer treatments.', 'treatment', 'not-a-claim'],
  ['a fronted means clause', 'By destroying cancer cells or slowing down their growth, chemotherapy works to cure or control cancer.', 'treatment', 'not-a-claim'],
  ['an activity as the subject', 'Preventing HPV infection will protect against over 90% of cancers caused by HPV.', 'treatment', 'not-a-claim'],
  ['a passive purpose', 'It can also be given to shrink and control a cancer to help reduce symptoms and prolong life.', 'unknown', 'not-a-claim'],
  ['a finding reported by research', 'Research has confirmed that Vitamin C in high concentration kills cancer cells while leaving normal tissue unharmed', 'substance', 'possible-claim'],
  ['a head named before "along with"', 'In numerous cases Essiac along with a lifestyle overhaul has cured cancer.', 'substance', 'possible-claim'],
  ['research framing', 'Researchers are studying new ways to kill or stop the growth of primary and metastatic cancer cells.', 'research', 'not-a-claim'],
];

describe('agents and verdicts on a page of unknown kind', () => {
  it.each(cases)('%s', (_what, sentence, agent, verdict) => {
    const frames = read(sentence);
    expect(frames.length).toBeGreaterThan(0);
    // The construction's own frame names the expected agent; no frame of the sentence may be
    // judged otherwise than expected.
    expect(frames.map((f) => f.agent)).toContain(agent);
    expect(new Set(frames.map((f) => f.verdict))).toEqual(new Set([verdict]));
  });
});

describe('the page decides what an unbranded or unnamed agent is', () => {
  const sentence = 'Research has confirmed that Vitamin C in high concentration kills cancer cells while leaving normal tissue unharmed';
  it('on a sales page the substance is the product sold', () => {
    expect(read(sentence, 'commerce')[0]!.verdict).toBe('claim');
  });
  it('on an informational page it is information', () => {
    expect(read(sentence, 'informational')[0]!.verdict).toBe('not-a-claim');
  });
});
