/** Building findings: the one place a rule's meta becomes citations on a finding. */
import { regulation } from '../knowledge/authorities.js';
import type { Citation, Evidence, Sentence, Severity } from '../types.js';
import type { Finding, RuleMeta } from './types.js';

export function citations(ids: string[]): Citation[] {
  return ids.map((id) => {
    const { cite, url } = regulation(id);
    return { cite, url };
  });
}

export interface FindingDetails {
  message: string;
  sentence: Sentence;
  severity?: Severity;
  endSentence?: Sentence;
  evidence?: Evidence[];
  suggestions?: string[];
  fix?: Finding['fix'];
}

export function finding(meta: RuleMeta, details: FindingDetails): Finding {
  return {
    ruleId: meta.id,
    severity: details.severity ?? meta.severity,
    message: details.message,
    sentence: details.sentence,
    endSentence: details.endSentence,
    category: meta.category,
    evidence: details.evidence ?? [],
    regulations: citations(meta.regulations),
    suggestions: details.suggestions ?? meta.suggestions,
    fix: details.fix,
  };
}
