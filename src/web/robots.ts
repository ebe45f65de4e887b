/**
 * robots.txt, read once per origin with healthlint's own user agent and parsed with robots-parser
 * (the parser Crawlee uses). Handed to Crawlee as a RobotsTxtFile so its queue skips disallowed
 * URLs; kept here too for the Crawl-delay and to say which line disallowed a page.
 *
 * As RFC 9309 says: a 4xx robots.txt means no restriction; a 5xx or an unreachable one means the
 * whole site is disallowed until it can be read.
 */
import { RobotsTxtFile } from '@crawlee/utils';
import robotsParserModule from 'robots-parser';
import { FetchProblem, type Fetched } from './fetch.js';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
type RobotsParser = (url: string, content: string) => Robot;
// robots-parser is CommonJS: its module.exports is the function.
const robotsParser: RobotsParser =
  typeof robotsParserModule === 'function'
    ? (robotsParserModule as unknown as RobotsParser)
    : (robotsParserModule as unknown as { default: RobotsParser }).default;

export interface RobotsRules {
  robotsUrl: string;
  /** For Crawlee. */
  file: RobotsTxtFile;
  allows(url: string): boolean;
  /** Why a URL is disallowed, for the report. */
  why(url: string): string;
  crawlDelaySeconds?: number;
  sitemaps: string[];
}

const DISALLOW_ALL = 'User-agent: *\nDisallow: /\n';

export class RobotsCache {
  private readonly cache = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly fetchRobots: (robotsUrl: string) => Promise<Fetched>,
    /** The product token matched against User-agent lines ("healthlint"). */
    private readonly token: string,
    private readonly onLoaded?: (origin: string, rules: RobotsRules) => void,
  ) {}

  get(pageUrl: string): Promise<RobotsRules> {
    const origin = new URL(pageUrl).origin;
    let rules = this.cache.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.cache.set(origin, rules);
    }
    return rules;
  }

  private async load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    let content = '';
    let unreadable: string | undefined;
    try {
      const fetched = await this.fetchRobots(robotsUrl);
      content = fetched.body.toString('utf8');
    } catch (error) {
      const problem = error instanceof FetchProblem ? error : undefined;
      const status = problem?.details.status;
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) {
        content = '';
      } else {
        unreadable = problem?.message ?? (error as Error).message;
        content = DISALLOW_ALL;
      }
    }
    const robot = robotsParser(robotsUrl, content);
    const token = this.token;
    const rules: RobotsRules = {
      robotsUrl,
      file: RobotsTxtFile.from(robotsUrl, content),
      allows: (url) => robot.isAllowed(url, token) ?? true,
      why: (url) => {
        if (unreadable) return `${robotsUrl} could not be read (${unreadable}), so the site is treated as disallowed (RFC 9309)`;
        const line = robot.getMatchingLineNumber(url, token);
        return `${robotsUrl}${line > 0 ? ` (line ${line})` : ''} disallows it for user agent "${token}"`;
      },
      crawlDelaySeconds: unreadable ? undefined : robot.getCrawlDelay(token),
      sitemaps: unreadable ? [] : robot.getSitemaps(),
    };
    this.onLoaded?.(origin, rules);
    return rules;
  }
}
