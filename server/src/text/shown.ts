// What of a plan's text is shown to whoever reads the plan: HTML comments,
// fenced code and YAML comments are notes of the clinician's or examples,
// blanked out here (with their line breaks kept, so offsets still hold).

export function shownText(text: string, frontmatter: boolean): string {
  const blank = (m: string) => m.replace(/[^\n\r]/g, ' ');
  let out = text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank);
  // A non-breaking space written as an entity ("SI&nbsp;with&nbsp;plan") is a space.
  out = out.replace(/&(?:nbsp|ensp|emsp|thinsp|#160|#xa0);/gi, (m) => ' '.repeat(m.length));
  out = out.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[^\n]*$|(?![\s\S]))/gm, blank);
  if (frontmatter) out = out.replace(/(^|\s)#[^\n]*/gm, (m, lead: string) => lead + blank(m.slice(lead.length)));
  return out;
}
