// The risk screen's data made at build time: scripts/build.mjs puts the data
// in this module's place in the bundles, so that a process does not read the
// lexicon's patterns at start. The tests, which run the source, make it at
// run time; createScreen uses made data only when it was made from the very
// terms it is given.
import type { ScreenData } from './screen';

export const MADE: ScreenData | undefined = undefined;
