import { useT } from '../i18n/i18n';

interface LengthCounterProps {
  id: string;
  /** The field's text; counted in characters as the portal counts them (code points). */
  text: string;
  limit: number;
}

/** How long a field is against the house limit from Cài đặt; warns, never blocks, above it. */
export function LengthCounter({ id, text, limit }: LengthCounterProps) {
  const t = useT();
  const count = [...text].length;
  const over = count > limit;
  return (
    <p id={id} className={over ? 'length-counter length-counter-over' : 'length-counter'}>
      {over ? t.lengthOver(count, limit) : t.lengthCount(count, limit)}
    </p>
  );
}
