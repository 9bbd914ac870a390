/** The reader's "Listen" controls: play or pause, previous and next paragraph, stop, and the speed. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';
import { ReadAloud, SPOKEN_BLOCKS, type ReadAloudStatus } from './read-aloud';

/** Speeds offered, as multiples of the voice's normal rate. */
const RATES = [0.75, 1, 1.25, 1.5, 2] as const;

export function Listen({ lang }: { lang: string }) {
  const t = useT();
  const reader = useRef<ReadAloud | null>(null);
  const [status, setStatus] = useState<ReadAloudStatus>({ state: 'idle', paragraph: 0, paragraphs: 0 });
  const [rate, setRate] = useState(1);
  const [noVoice, setNoVoice] = useState(false);
  useEffect(() => () => reader.current?.stop(), []);
  if (typeof window.speechSynthesis === 'undefined') return null;

  const aloud = (): ReadAloud => {
    reader.current ??= new ReadAloud(Array.from(document.querySelectorAll<HTMLElement>(SPOKEN_BLOCKS)), lang, rate, setStatus);
    return reader.current;
  };
  const playOrPause = async (): Promise<void> => {
    if (status.state === 'playing') return aloud().pause();
    setNoVoice(!(await aloud().play()));
  };
  const active = status.state !== 'idle';
  return (
    <span class="listen" role="group" aria-label={t('listen')}>
      <button type="button" class="listen-play" aria-pressed={status.state === 'playing'} onClick={() => void playOrPause()}>
        {status.state === 'playing' ? t('pause') : status.state === 'paused' ? t('resume') : t('listen')}
      </button>
      {active && (
        <>
          <button type="button" class="listen-previous" aria-label={t('previousParagraph')} title={t('previousParagraph')} onClick={() => aloud().previous()}>⏮</button>
          <button type="button" class="listen-next" aria-label={t('nextParagraph')} title={t('nextParagraph')} onClick={() => aloud().next()}>⏭</button>
          <button type="button" class="listen-stop" onClick={() => aloud().stop()}>{t('stopListening')}</button>
          <label class="listen-rate">
            <span class="visually-hidden">{t('speechRate')}</span>
            <select
              aria-label={t('speechRate')}
              value={String(rate)}
              onChange={(e) => {
                const next = Number((e.target as HTMLSelectElement).value);
                setRate(next);
                aloud().setRate(next);
              }}
            >
              {RATES.map((r) => (
                <option key={r} value={String(r)}>{`${r}×`}</option>
              ))}
            </select>
          </label>
        </>
      )}
      {noVoice && <span class="notice-inline" role="alert">{t('noVoice')}</span>}
    </span>
  );
}
