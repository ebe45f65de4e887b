/**
 * Where each character of a sentence's text came from in the file, kept as runs: a run is a
 * stretch of text whose characters sit at consecutive offsets of the source. Prose between markup
 * is one run however long it is, so the map costs a few numbers per sentence instead of one
 * number per character (on an 8 MB file, the difference between a few hundred KB and 64 MB).
 */
export class SourceOffsets {
  /**
   * @param runs pairs (index in the text where a run starts, its offset in the file), by index
   * @param length length of the text
   */
  constructor(
    private readonly runs: readonly number[],
    readonly length: number,
  ) {}

  /** The file offset of character `index` of the text. */
  at(index: number): number {
    let low = 0;
    let high = this.runs.length / 2 - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.runs[2 * middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return this.runs[2 * low + 1]! + (index - this.runs[2 * low]!);
  }

  first(): number {
    return this.at(0);
  }

  last(): number {
    return this.at(this.length - 1);
  }
}

/** Builds a sentence's text (white space collapsed to one space, trimmed) with its offsets. */
export class SentenceTextBuilder {
  private readonly pieces: string[] = [];
  private readonly runs: number[] = [];
  private length = 0;
  /** File offset just past the last character added: where a run would continue. */
  private next = -1;
  private endsWithSpace = false;

  /** Adds `text` (no white space in it) whose characters sit at `offset`, `offset + 1`, … */
  addRun(text: string, offset: number): void {
    if (!text) return;
    if (offset !== this.next) this.runs.push(this.length, offset);
    this.pieces.push(text);
    this.length += text.length;
    this.next = offset + text.length;
    this.endsWithSpace = false;
  }

  /** Adds white space at `offset`: one space, unless the text is empty or already ends in one. */
  addSpace(offset: number): void {
    if (this.length === 0 || this.endsWithSpace) return;
    this.addRun(' ', offset);
    this.endsWithSpace = true;
  }

  /** The text and its offsets, or undefined when there is no text. */
  build(): { text: string; offsets: SourceOffsets } | undefined {
    if (this.endsWithSpace) {
      this.pieces.pop();
      this.length--;
      // The trailing space may have started a run of its own.
      if (this.runs[this.runs.length - 2] === this.length) this.runs.length -= 2;
    }
    if (this.length === 0) return undefined;
    return { text: this.pieces.join(''), offsets: new SourceOffsets(this.runs, this.length) };
  }
}
