/** The end-to-end suite in Debian's Firefox ESR with the built extension (dist/firefox). */
import { describe } from 'vitest';
import { firefoxDriver } from '../support/firefox-driver';
import { describeReaderSuite } from './reader-suite';

describe('Firefox', () => describeReaderSuite(firefoxDriver));
