/** The end-to-end suite in Debian's Chromium with the built extension (dist/chrome). */
import { describe } from 'vitest';
import { chromiumDriver } from '../support/chromium-driver';
import { describeReaderSuite } from './reader-suite';

describe('Chromium', () => describeReaderSuite(chromiumDriver));
