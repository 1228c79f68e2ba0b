// Prints the risk screen's data for the lexicon, for scripts/build.mjs to put in the bundles.
import { ALL_TERMS } from '../server/src/text/risk/reader';
import { screenData } from '../server/src/text/risk/screen';

process.stdout.write(JSON.stringify(screenData(ALL_TERMS)));
