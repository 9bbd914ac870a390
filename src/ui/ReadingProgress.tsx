/** A thin bar under the reader's toolbar: how far down the story the reader has scrolled. */
import { useEffect, useState } from 'preact/hooks';

/** The share of the page scrolled, 0 to 1 (1 when it all fits in the window). */
export function scrolledFraction(): number {
  const room = document.documentElement.scrollHeight - window.innerHeight;
  return room <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / room));
}

export function ReadingProgress({ label }: { label: string }) {
  const [fraction, setFraction] = useState(scrolledFraction);
  useEffect(() => {
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setFraction(scrolledFraction()));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    // The story grows without a scroll (its pictures load, related reads arrive): the same place is then
    // a smaller share of it.
    const growth = new ResizeObserver(update);
    growth.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      growth.disconnect();
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  const percent = Math.round(fraction * 100);
  return (
    <div class="reading-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div class="reading-progress-bar" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}
