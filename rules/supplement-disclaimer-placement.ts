import { isBold } from '../src/parse/emphasis.js';
import { finding } from '../src/rule-kit/finding.js';
import type { Finding, Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'supplement-disclaimer-placement',
  severity: 'warning' as const,
  category: 'disclaimer',
  description: 'Check that the supplement disclaimer stands by its statements or is linked to them by a symbol, and is in bold.',
  regulations: ['cfr-101.93d', 'cfr-101.93e'],
  suggestions: [
    'Put the disclaimer right after the statements, or mark each statement and the disclaimer with the same symbol (*).',
    'Set the disclaimer in bold (<strong>), inside a box where it is not next to the statements.',
  ],
};

/** Sentences between a statement and the disclaimer that still count as "adjacent". */
const ADJACENT_SENTENCES = 3;
const LINK_SYMBOL = /[*†‡§¹²³]/;

const rule: Rule = {
  meta,
  examples: {
    incorrect: [
      {
        text: '<p>supports the immune system</p><p>These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.</p>',
        format: 'html',
        source: 'FDA structure/function example (fixtures/corpus/compliant.jsonl) and 21 CFR 101.93(c)(2), not in bold',
      },
    ],
    correct: [
      {
        text: '<p>supports the immune system</p><p><strong>These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.</strong></p>',
        format: 'html',
        source: 'FDA structure/function example (fixtures/corpus/compliant.jsonl) and 21 CFR 101.93(c)(2), in bold',
      },
    ],
  },
  check(analysis) {
    const { document, disclaimers, structureFunction } = analysis;
    const [disclaimer] = disclaimers;
    if (!disclaimer || structureFunction.length === 0) return [];
    const at = disclaimer.sentences[0]!;
    const found: Finding[] = [];
    const linked = LINK_SYMBOL.test(document.source.slice(Math.max(0, disclaimer.start - 2), disclaimer.start + 1));
    const far = structureFunction.filter((s) => {
      const distance = Math.min(Math.abs(s.index - at.index), Math.abs(s.index - disclaimer.sentences.at(-1)!.index));
      return distance > ADJACENT_SENTENCES && !(linked && LINK_SYMBOL.test(s.text));
    });
    if (far.length) {
      found.push(
        finding(meta, {
          message: `${far.length} structure/function statement(s) (the first at line ${far[0]!.span.start.line}) stand away from the disclaimer and are not linked to it by a symbol.`,
          sentence: at,
        }),
      );
    }
    if (document.bold === undefined) {
      found.push(
        finding(meta, {
          severity: 'info',
          message: 'Plain text cannot show boldface or a box: check by eye that the disclaimer is in bold and boxed where it is not next to the statements.',
          sentence: at,
        }),
      );
    } else if (!isBold(document.bold, disclaimer.start, disclaimer.end)) {
      found.push(
        finding(meta, {
          message: 'The supplement disclaimer is not in bold in the markup (no <strong>, <b> or bold style around it); a stylesheet may still make it bold.',
          sentence: at,
        }),
      );
    }
    return found;
  },
};

export default rule;
