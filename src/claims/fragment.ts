/**
 * A heading, a menu entry or a list item: a few words and no full stop at the end ("Pancreatic
 * Cancer", "Ozone Therapy For Lyme Disease", "• Cure your pets cancer").
 */
export function isFragment(text: string, maxWords = 12): boolean {
  // A quotation's ellipsis ("Cancer . . .") leaves an item unfinished, not ended.
  const trimmed = text.replace(/\s*(?:…|\.\s?\.\s?\.)\s*$/, '');
  // Words, not the marks and numbers between them ("Donate to Cancer Research + Cancer Compass +",
  // "4. Cancer Metastasis: More details about the program").
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words <= maxWords && !/[.!?]["'”’)]*$/.test(trimmed);
}
