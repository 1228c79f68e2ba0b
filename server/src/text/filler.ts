// Words that fill a place without saying anything: "N/A", "none", "-",
// "TBD", "see above", "discussed". A safety plan's part or a risk rationale
// written so is empty, however it looks.

import { isPlaceholder } from './placeholders';

const FILLER = new RegExp(
  String.raw`^(?:n\/?a|n\.a\.?|na|none|nil|nothing|no|x|\?+|\.+|-+|\u2014+|\u2013+|_+|not\s+(?:yet\s+)?(?:discussed|done|completed|addressed|applicable|reviewed|assessed|known|given|provided)|(?:was\s+|were\s+)?(?:discussed|reviewed|addressed|covered|done|completed|ok|okay|fine|yes|same|as\s+above|see\s+above|see\s+below)|tbd|tba|tbc|to\s+be\s+(?:determined|discussed|completed|added|done|confirmed)|see\s+(?:above|below|note|notes|chart|progress\s+notes?|assessment|intake|attached|file)|(?:same\s+)?as\s+(?:above|before|usual)|pending|deferred|later|will\s+(?:discuss|complete|add|do|review)(?:\s+(?:later|next\s+(?:session|time|visit)))?|unknown|unsure|declined|refused|per\s+(?:client|pt|patient)|\(?blank\)?|empty|fill\s+in|todo|to\s+do)$`,
  'i',
);

/** True when a text holds no words of its own: empty, a placeholder, or filler such as "N/A". */
export function isFiller(text: string): boolean {
  const t = text
    .replace(/[*_`~"'\u201c\u201d\u2018\u2019]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:!]+$/, '')
    .trim();
  return t === '' || isPlaceholder(t) || FILLER.test(t);
}
