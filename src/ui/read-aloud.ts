/**
 * Reading the story aloud with the browser's own local voices (`speechSynthesis`): paragraph by paragraph,
 * the spoken one marked and kept in view. Network voices are never used: a voice whose `localService` is
 * false would send the text away, so with no local voice for the story's language nothing is spoken and
 * the reader says so. The browser's objects are looked up when used, not when this module loads.
 */
export type ReadAloudState = 'idle' | 'playing' | 'paused';

export interface ReadAloudStatus {
  state: ReadAloudState;
  paragraph: number;
  paragraphs: number;
}

/** The story's spoken blocks, in reading order: title, headings, paragraphs, list items, quotes, captions. */
export const SPOKEN_BLOCKS = '.story .title, .story .content :is(p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre):not(:is(li, blockquote) :is(p, li))';
/** The class the paragraph being spoken carries. */
export const SPEAKING_CLASS = 'speaking';
/** How long to wait for the browser to list its voices (it may list none at first) before saying there is none. */
const VOICES_WAIT_MS = 1_500;

/** The browser's local voice for a language: its exact tag first, then the language alone, the default voice first. */
export function localVoiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const local = voices.filter((voice) => voice.localService);
  const tag = lang.toLowerCase();
  const language = tag.split(/[-_]/)[0]!;
  const ranked = (list: SpeechSynthesisVoice[]) => [...list].sort((a, b) => Number(b.default) - Number(a.default));
  return (
    ranked(local.filter((v) => v.lang.toLowerCase().replace('_', '-') === tag))[0] ??
    ranked(local.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language))[0] ??
    null
  );
}

async function voices(): Promise<SpeechSynthesisVoice[]> {
  const synth = window.speechSynthesis;
  const now = synth.getVoices();
  if (now.length > 0) return now;
  return new Promise((resolve) => {
    const done = (): void => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

export class ReadAloud {
  private index = 0;
  private state: ReadAloudState = 'idle';
  private current: SpeechSynthesisUtterance | null = null;
  private voice: SpeechSynthesisVoice | null = null;

  constructor(
    private readonly blocks: HTMLElement[],
    private readonly lang: string,
    private rate: number,
    private readonly onChange: (status: ReadAloudStatus) => void,
  ) {}

  /** False (and nothing spoken) when no local voice speaks the story's language. */
  async play(): Promise<boolean> {
    if (this.state === 'paused') {
      window.speechSynthesis.resume();
      this.set('playing');
      return true;
    }
    this.voice ??= localVoiceFor(await voices(), this.lang);
    if (!this.voice) return false;
    this.speak(this.index);
    return true;
  }

  pause(): void {
    if (this.state !== 'playing') return;
    window.speechSynthesis.pause();
    this.set('paused');
  }

  stop(): void {
    this.silence();
    this.mark(null);
    this.index = 0;
    this.set('idle');
  }

  next(): void {
    this.jump(this.index + 1);
  }

  previous(): void {
    this.jump(this.index - 1);
  }

  /** A new rate applies from the start of the paragraph being spoken. */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.state !== 'idle') this.speak(this.index);
  }

  private jump(index: number): void {
    const target = Math.max(0, Math.min(this.blocks.length - 1, index));
    if (this.state === 'idle') {
      this.index = target;
      return this.set('idle');
    }
    this.speak(target);
  }

  private speak(index: number): void {
    this.silence();
    if (index >= this.blocks.length) return this.stop();
    this.index = index;
    const block = this.blocks[index]!;
    const utterance = new window.SpeechSynthesisUtterance(block.textContent?.trim() ?? '');
    utterance.voice = this.voice;
    utterance.lang = this.voice?.lang ?? this.lang;
    utterance.rate = this.rate;
    // Cancelling fires `end` on the cancelled utterance in some browsers: only the current one moves on.
    utterance.addEventListener('end', () => {
      if (this.current === utterance) this.speak(index + 1);
    });
    utterance.addEventListener('error', () => {
      if (this.current === utterance) this.stop();
    });
    this.current = utterance;
    this.mark(block);
    window.speechSynthesis.speak(utterance);
    this.set('playing');
  }

  private silence(): void {
    this.current = null;
    window.speechSynthesis.cancel();
  }

  private mark(block: HTMLElement | null): void {
    for (const el of this.blocks) el.classList.remove(SPEAKING_CLASS);
    if (!block) return;
    block.classList.add(SPEAKING_CLASS);
    block.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  private set(state: ReadAloudState): void {
    this.state = state;
    this.onChange({ state, paragraph: this.index, paragraphs: this.blocks.length });
  }
}
