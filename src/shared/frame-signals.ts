/**
 * The two signals the content script and the reader frame exchange with postMessage as the reader
 * closes: the frame is asked to write down where it was scrolled to, and says when it has. The page
 * sees them and may send them too: all it can cause is a position written down early, or the frame
 * removed without waiting.
 */
export const WRITE_DOWN_POSITION = 'lectern:write-down-position';
export const POSITION_WRITTEN = 'lectern:position-written';
