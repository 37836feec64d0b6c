/** An accessible tab bar: arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern). */
import { useRef } from 'preact/hooks';

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  tabs: TabDef<K>[];
  current: K;
  onSelect: (key: K) => void;
  label: string;
}

export const tabId = (key: string) => `tab-${key}`;
export const panelId = (key: string) => `panel-${key}`;

export function Tabs<K extends string>({ tabs, current, onSelect, label }: Props<K>) {
  const ref = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const i = tabs.findIndex((tab) => tab.key === current);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.key);
    ref.current?.querySelector<HTMLElement>(`#${tabId(tab.key)}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={ref} onKeyDown={move}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={tabId(tab.key)}
          class="tab"
          aria-selected={tab.key === current ? 'true' : 'false'}
          aria-controls={panelId(tab.key)}
          tabIndex={tab.key === current ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
