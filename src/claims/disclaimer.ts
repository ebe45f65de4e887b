/**
 * The dietary supplement disclaimer of 21 CFR 101.93(c): found in its exact forms and in the
 * departures sellers print ("…evaluated by the FDA", "cure or prevent"), with what departs.
 */
import type { Document, Sentence } from '../types.js';

export const REQUIRED_DISCLAIMER = {
  singular:
    'This statement has not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.',
  plural:
    'These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.',
} as const;

export interface Disclaimer {
  sentences: Sentence[];
  /** Source offsets of the whole disclaimer. */
  start: number;
  end: number;
  /** The disclaimer as printed, whitespace collapsed. */
  text: string;
  form: 'singular' | 'plural';
  departures: string[];
}

// A disclaimer is a sentence of its own, perhaps after a symbol or a label ("*", "Disclaimer:");
// the same words inside a sentence about disclaimers are not one.
const LEAD = String.raw`^[\s*†‡§¹²³]*(?:(?:fda\s+)?disclaimers?\s*:\s*)?`;
const EVALUATED = new RegExp(String.raw`${LEAD}(?:this|these|the)\s+(?:statements?|claims?|products?)\b[^.]{0,60}?\bnot\s+been\s+evaluated\b`, 'i');
const NOT_INTENDED = new RegExp(String.raw`${LEAD}(?:this|the|our|these)\s+products?\s+(?:is|are)\s+not\s+intended\s+to\s+(?:diagnose|treat|cure|prevent|mitigate)\b`, 'i');

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function departuresFrom(text: string, form: 'singular' | 'plural'): string[] {
  const required = REQUIRED_DISCLAIMER[form];
  if (text === required) return [];
  const found: string[] = [];
  if (/\bby the FDA\b|\bby FDA\b|\bF\.D\.A\./.test(text)) found.push('abbreviates “Food and Drug Administration” to “FDA”');
  if (/\bcure or prevent\b/i.test(text)) found.push('drops the comma in “cure, or prevent”');
  if (!NOT_INTENDED.test(text)) found.push('lacks “This product is not intended to diagnose, treat, cure, or prevent any disease.”');
  if (!EVALUATED.test(text)) found.push(`lacks “${required.split('. ')[0]}.”`);
  if (/\band\/or\b|\bor mitigate\b|\bmitigate\b/i.test(text)) found.push('adds words the regulation does not have');
  if (found.length === 0) found.push('its wording differs from the text 21 CFR 101.93(c) prescribes');
  return found;
}

export function findDisclaimers(document: Document): Disclaimer[] {
  const { sentences } = document;
  const disclaimers: Disclaimer[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i]!;
    const evaluated = EVALUATED.test(first.text);
    if (!evaluated && !NOT_INTENDED.test(first.text)) continue;
    const parts = [first];
    const next = sentences[i + 1];
    if (evaluated && !NOT_INTENDED.test(first.text) && next && NOT_INTENDED.test(next.text)) parts.push(next);
    const last = parts[parts.length - 1]!;
    const start = first.span.start.offset;
    const end = last.span.end.offset;
    const text = collapse(parts.map((p) => p.text).join(' '));
    const form = /\b(?:these|statements)\b/i.test(text) ? 'plural' : 'singular';
    disclaimers.push({ sentences: parts, start, end, text, form, departures: departuresFrom(text, form) });
    i += parts.length - 1;
  }
  return disclaimers;
}
